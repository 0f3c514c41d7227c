## Ret og Frist — status, rettigheder og reform (dansk, kildesprog).
## Korte sætninger, hverdagsord. Fagord forklares første gang.
## Ids følger rules/dk/maalgrupper.toml, rettigheder.toml og reform.toml.

## Visitation (kun kontanthjælp)

readiness-jobparat = Jobparat – kommunen vurderer, at du kan tage et almindeligt job inden for kort tid.
readiness-aktivitetsparat = Aktivitetsparat – kommunen vurderer, at du har brug for hjælp, før du kan tage et job eller en uddannelse.

## Målgrupper

group-jobparat-kontanthjaelp-name = Jobparat kontanthjælpsmodtager
group-jobparat-kontanthjaelp-meaning =
    Kommunen vurderer, at du kan tage et almindeligt job inden for kort tid.
    Du skal søge job og stå til rådighed for arbejde.
    Til gengæld har du ret til jobsamtaler hos kommunen.

group-aktivitetsparat-under-30-name = Aktivitetsparat kontanthjælpsmodtager under 30 år
group-aktivitetsparat-under-30-meaning =
    Kommunen vurderer, at du har brug for hjælp, før du kan tage et job eller en uddannelse.
    Har du ikke en uddannelse, der giver dig et fag (en erhvervskompetencegivende uddannelse), får du også et uddannelsespålæg. Det er en plan for, hvordan du kommer i gang med en uddannelse.
    Du får kontanthjælp, også selv om du før fik uddannelseshjælp.

group-aktivitetsparat-under-30-til-2025-name = Aktivitetsparat under 30 år (før 1. juli 2025)
group-aktivitetsparat-under-30-til-2025-meaning =
    Kommunen vurderede, at du havde brug for hjælp, før du kunne tage et job eller en uddannelse.
    Havde du ikke en uddannelse, der giver et fag, fik du uddannelseshjælp og et uddannelsespålæg.
    Havde du sådan en uddannelse, fik du kontanthjælp.

group-aktivitetsparat-kontanthjaelp-name = Aktivitetsparat kontanthjælpsmodtager
group-aktivitetsparat-kontanthjaelp-meaning =
    Kommunen vurderer, at du har brug for hjælp, før du kan tage et job.
    Det kan fx være på grund af dit helbred eller andre problemer end ledighed.
    Kommunen skal tage hensyn til det, når den giver dig tilbud og stiller krav.

group-uddannelsesparat-kontanthjaelp-name = Uddannelsesparat kontanthjælpsmodtager (under 30 år)
group-uddannelsesparat-kontanthjaelp-meaning =
    Du er under 30 år og har ikke en uddannelse, der giver dig et fag. Kommunen vurderer, at du kan begynde på en uddannelse.
    Du får kontanthjælp og et uddannelsespålæg. Hvor meget du får, afhænger bl.a. af din alder, om du bor hjemme, og hvor længe du har arbejdet.
    Har du en uddannelse, der giver et fag, så vælg jobparat eller aktivitetsparat i stedet.

group-uddannelsesparat-uddannelseshjaelp-name = Uddannelsesparat på uddannelseshjælp (før 1. juli 2025)
group-uddannelsesparat-uddannelseshjaelp-meaning =
    Før 1. juli 2025 fik unge under 30 år uden en uddannelse, der giver et fag, uddannelseshjælp i stedet for kontanthjælp.
    Uddannelseshjælpen lå på niveau med SU.
    Du havde et uddannelsespålæg og skulle i gang med en uddannelse så hurtigt som muligt.

group-kontanthjaelp-visitation-ukendt-name = Kontanthjælpsmodtager – jobparat eller aktivitetsparat
group-kontanthjaelp-visitation-ukendt-meaning =
    Er du 30 år eller ældre, er du enten jobparat eller aktivitetsparat.
    Kommunen har vurderet det, og det står i dine breve eller i din plan.
    Vælg det her i appen, så kan vi vise de regler, der passer til dig.

group-dagpengemodtager-name = Dagpengemodtager
group-dagpengemodtager-meaning =
    Du får dagpenge fra din a-kasse.
    I de første 3 måneder har du mest kontakt med a-kassen. Derefter holder kommunen også samtaler med dig.
    Du skal hele tiden stå til rådighed for arbejde og søge job.

group-sygedagpengemodtager-name = Sygedagpengemodtager
group-sygedagpengemodtager-meaning =
    Du får sygedagpenge, fordi du er syg og ikke kan arbejde.
    Kommunen følger op på din sygdom og skal hjælpe dig tilbage i arbejde.
    Sygedagpenge varer som udgangspunkt 22 uger inden for 9 måneder, men de kan forlænges.

group-jobafklaringsforloeb-name = I jobafklaringsforløb
group-jobafklaringsforloeb-meaning =
    Du er stadig syg, men dine sygedagpenge kunne ikke forlænges.
    Derfor er du i et jobafklaringsforløb og får ressourceforløbsydelse.
    Kommunen skal give dig en indsats, der passer til dit helbred.

group-ressourceforloeb-til-2026-name = I ressourceforløb (før 1. februar 2026)
group-ressourceforloeb-til-2026-meaning =
    Et ressourceforløb var en længere indsats for personer, der havde brug for hjælp på flere områder.
    Du fik ressourceforløbsydelse.
    Kommunen skulle give dig tilbud efter en samlet plan.

group-ressourceforloeb-udfasning-name = I ressourceforløb, der er ved at blive afviklet
group-ressourceforloeb-udfasning-meaning =
    Fra 1. februar 2026 kan kommunen ikke starte nye ressourceforløb.
    Er du allerede i et forløb, fortsætter det efter særlige overgangsregler.
    Spørg kommunen, hvornår dit forløb slutter, og hvad der sker bagefter.

group-ledighedsydelsesmodtager-name = På ledighedsydelse (visiteret til fleksjob)
group-ledighedsydelsesmodtager-meaning =
    Kommunen har vurderet, at du kan arbejde i et fleksjob, men du har ikke et fleksjob lige nu.
    Imens får du ledighedsydelse.
    Du skal tage imod et passende fleksjob eller tilbud, ellers kan du miste ydelsen i en periode.

group-fleksjobvisiteret-name = Visiteret til fleksjob
group-fleksjobvisiteret-meaning =
    Kommunen har vurderet, at din arbejdsevne er varigt og meget nedsat, så du kan arbejde i et fleksjob.
    Du hører stadig til kommunens beskæftigelsesindsats og kan få hjælp derfra.
    Bliver du ledig, kan du få ledighedsydelse.

group-foertidspensionist-name = Førtidspensionist
group-foertidspensionist-meaning =
    Du får førtidspension.
    Du hører stadig til en målgruppe i loven om beskæftigelsesindsatsen. Vil du gerne arbejde lidt, kan kommunen hjælpe dig, fx med et job med løntilskud.
    Vi har ikke fundet pligter over for kommunen, som følger af din pension.

group-unge-under-18-name = Ung under 18 år
group-unge-under-18-meaning =
    Du er under 18 år og får ingen ydelse.
    Har du brug for det, kan kommunen hjælpe dig på vej mod uddannelse eller job.

group-selvforsoergende-ledig-name = Selvforsørgende ledig
group-selvforsoergende-ledig-meaning =
    Du får ingen offentlig ydelse. Selvforsørgende betyder, at du klarer dig selv økonomisk.
    Er du uden arbejde, kan kommunen alligevel hjælpe dig med at finde job.
    Du har de samme rettigheder i din sag som alle andre.

## Målgrupper efter den nye lov fra 2027. Teksterne siger ikke "forslag": appen viser status (forslag eller vedtaget) ved siden af, så en regelpakke kan vedtage dem uden nye tekster.

group-lab2027-dagpenge-name = Dagpengemodtager (ny lov fra 2027)
group-lab2027-dagpenge-meaning =
    Den nye lov om beskæftigelsesindsatsen samler de mange målgrupper til 5. Du er fortsat i målgruppen for dagpengemodtagere.
    Unge dagpengemodtagere får ikke længere uddannelsespålæg. De første 3 måneder har du samtaler i a-kassen ligesom andre.
    Det præcise navn på målgruppen står i loven.

group-lab2027-kontanthjaelp-aktivitetsparat-name = Aktivitetsparat på kontanthjælp (ny lov fra 2027)
group-lab2027-kontanthjaelp-aktivitetsparat-meaning =
    Kommunen har vurderet, at du har brug for hjælp til andet end at finde job, før du kan arbejde.
    Som aktivitetsparat skal du som udgangspunkt ikke have sanktioner. En sanktion er et fradrag i din ydelse.
    Det gælder uanset alder og uddannelse. De særlige regler for unge under 30 uden uddannelse falder væk.

group-lab2027-kontanthjaelp-name = Kontanthjælp – jobparat som udgangspunkt (ny lov fra 2027)
group-lab2027-kontanthjaelp-meaning =
    Alle på kontanthjælp bliver som udgangspunkt registreret som jobparate. Jobparat betyder, at du forventes at kunne få et job inden for 6 måneder.
    Uddannelsespålægget afskaffes, og unge under 30 uden uddannelse følger de samme regler som andre.
    Vurderer kommunen, at du er aktivitetsparat, gælder der andre regler for dig.

group-lab2027-sygedagpenge-name = Sygedagpengemodtager (ny lov fra 2027)
group-lab2027-sygedagpenge-meaning =
    Sygemeldte skal have ét sammenhængende forløb hos kommunen.
    Kan dine sygedagpenge ikke forlænges, fortsætter du på en lavere sygedagpengesats i stedet for at komme i et jobafklaringsforløb.
    Beløbet, og hvornår satsen falder, er ikke offentliggjort endnu.

group-lab2027-jobafklaring-name = Jobafklaringsforløb afskaffes (fra 2027)
group-lab2027-jobafklaring-meaning =
    Jobafklaringsforløb afskaffes fra 1. januar 2027.
    Sygemeldte, der ikke kan få forlænget sygedagpengene, får i stedet en lavere sygedagpengesats.
    Hvad der sker med et forløb, der allerede er i gang, er ikke offentliggjort. Spørg kommunen.

group-lab2027-ledighedsydelse-name = Ledighedsydelse (ny lov fra 2027)
group-lab2027-ledighedsydelse-meaning =
    Den nye lov samler de mange målgrupper til 5.
    Du er fortsat visiteret til fleksjob og kan få ledighedsydelse, mens du søger et fleksjob.
    Hvilken af de nye målgrupper du hører til, er ikke offentliggjort.

group-lab2027-fleksjob-name = Visiteret til fleksjob (ny lov fra 2027)
group-lab2027-fleksjob-meaning =
    Fleksjob fortsætter. Den nye lov samler de mange målgrupper til 5.
    Hvilken af de nye målgrupper du hører til, er ikke offentliggjort.

group-lab2027-foertidspension-name = Førtidspensionist (ny lov fra 2027)
group-lab2027-foertidspension-meaning =
    Førtidspension fortsætter. Den nye lov samler de mange målgrupper til 5.
    Hvilken af de nye målgrupper du hører til, er ikke offentliggjort.

group-lab2027-ressourceforloeb-name = Ressourceforløb under udfasning (ny lov fra 2027)
group-lab2027-ressourceforloeb-meaning =
    Nye ressourceforløb er stoppet. Forløb, der allerede kører, bliver udfaset.
    Den nye lov samler de mange målgrupper til 5.
    Hvor du hører til efter den nye lov, er ikke offentliggjort. Spørg kommunen.

group-lab2027-oevrige-name = Øvrige borgere (ny lov fra 2027)
group-lab2027-oevrige-meaning =
    Den nye lov samler de mange målgrupper til 5. Her hører du til, hvis du ikke får en ydelse, eller hvis du er under 18 år.
    En ekspertgruppe foreslog en målgruppe for øvrige borgere. Om loven har sådan en gruppe, og hvem der er med, er ikke offentliggjort.

## Reformens tidslinje

reform-akasse-foerste-3-maaneder-title = A-kassen står for dine første 3 måneder
reform-akasse-foerste-3-maaneder-body =
    Fra 1. januar 2024 holder a-kassen samtalerne med dig i de første 3 måneder, du er ledig.
    Derefter tager kommunen over.

reform-kontanthjaelpsreform-2025-title = Nyt kontanthjælpssystem
reform-kontanthjaelpsreform-2025-body =
    Fra 1. juli 2025 er uddannelseshjælp, selvforsørgelses- og hjemrejseydelse og overgangsydelse samlet i én ydelse: kontanthjælp.
    Der er fire satser: mindstesats, grundsats, forhøjet sats og sats for hjemmeboende. Der er også nye tillæg, fx børnetillæg til alle forsørgere.
    225-timersreglen og kontanthjælpsloftet er afskaffet med samme lov.

reform-arbejdspligt-title = Arbejdspligt på op til 37 timer om ugen
reform-arbejdspligt-body =
    Opfylder du ikke kravene om ophold i Danmark og arbejde, skal du deltage i aktiviteter op til 37 timer om ugen.
    Det gælder for kontanthjælp fra 1. juli 2025. For selvforsørgelses-, hjemrejse- og overgangsydelse gjaldt det allerede fra 1. januar 2025.
    Kommunen skal tage hensyn til dit helbred.

reform-jobcentre-afskaffet-title = Jobcentre er ikke længere et krav
reform-jobcentre-afskaffet-body =
    Kommunen bestemmer nu selv, hvordan den organiserer hjælpen til ledige. I loven står der nu »kommunen« i stedet for »jobcenteret«.
    Skriv derfor til kommunen, når du klager eller spørger.
    Datoen 1. februar 2026 er ikke helt bekræftet.

reform-ressourceforloeb-revalidering-afskaffet-title = Ressourceforløb og revalidering lukker for nye
reform-ressourceforloeb-revalidering-afskaffet-body =
    Kommunen kan ikke længere starte nye ressourceforløb eller revalideringer. Revalidering var hjælp, fx en uddannelse, til personer med nedsat arbejdsevne.
    Er du allerede i et forløb, gælder særlige overgangsregler.
    Datoen 1. februar 2026 er ikke helt bekræftet.

reform-rehabiliteringsteam-afskaffet-title = Rehabiliteringsteamet forsvinder
reform-rehabiliteringsteam-afskaffet-body =
    Kommunen skal ikke længere forelægge sager om fx fleksjob og førtidspension for et rehabiliteringsteam. Det var et møde med fagfolk fra flere områder.
    I stedet skal kommunen lave en samlet beskrivelse af din situation og få sundhedsfaglig rådgivning fra regionen.
    Vi ved ikke sikkert, om det gælder fra 1. februar eller 1. juli 2026.

reform-sygemeldte-i-job-title = Færre samtaler, når du er sygemeldt fra et job
reform-sygemeldte-i-job-body =
    Har du et job, og forventer både du og din arbejdsgiver, at du er syg i mindre end 26 uger, skal du som udgangspunkt ikke til samtaler i kommunen.
    Andre sygemeldte skal have mindst én samtale i det første halve år.
    Datoen for ændringen er ikke bekræftet.

reform-kontaktforloeb-75-procent-title = Færre faste samtaler for ledige
reform-kontaktforloeb-75-procent-body =
    Fra 1. juli 2026 skal kommunen holde jobsamtaler med mindst 75 % af de ledige, der er tæt på arbejdsmarkedet.
    Kommunen kan altså undtage op til hver fjerde, hvis den vurderer, at personen selv kan finde job.
    Alle jobparate skal dog have den første samtale.

reform-tilbud-fleksible-title = Nye regler for tilbud
reform-tilbud-fleksible-body =
    Fra 1. juli 2026 skal mindst 75 % af de ledige tæt på arbejdsmarkedet have et tilbud inden for de første 6 måneder. Et tilbud er fx praktik, job med løntilskud eller et kursus.
    Har du arbejdspligt, gælder reglerne om op til 37 timer om ugen stadig for dig.

reform-ny-lab-2027-title = Ny lov om beskæftigelsesindsatsen
reform-ny-lab-2027-body =
    En helt ny lov om beskæftigelsesindsatsen skal gælde fra 1. januar 2027. Loven om organisering af beskæftigelsesindsatsen lægges ind i den.
    Målgrupperne går fra 13 til 5, og der bliver færre særregler.
    Efter det, vi har set, klager du stadig til Ankestyrelsen gennem kommunen. Paragrafnumrene i loven ændrer sig.

reform-uddannelsespaalaeg-afskaffes-title = Uddannelsespålægget afskaffes
reform-uddannelsespaalaeg-afskaffes-body =
    Uddannelsespålægget gælder stadig i hele 2026.
    Med den nye lov afskaffes det fra 1. januar 2027, også for unge dagpengemodtagere.

reform-sanktioner-2027-title = Ændrede sanktioner
reform-sanktioner-2027-body =
    En sanktion er et fradrag i eller et stop af din ydelse.
    Aktivitetsparate på kontanthjælp skal som udgangspunkt ikke have sanktioner, og reglerne for sygedagpenge bliver mildere.
    Detaljerne er ikke offentliggjort.

reform-jobafklaring-afskaffes-2027-title = Jobafklaringsforløb afskaffes
reform-jobafklaring-afskaffes-2027-body =
    Jobafklaringsforløb stopper 1. januar 2027.
    Sygemeldte, der ikke kan få forlænget sygedagpengene, får i stedet en lavere sygedagpengesats.
    Beløb og regler er ikke offentliggjort.

reform-akasse-forsoeg-2027-title = Forsøg: mere ansvar til a-kasserne
reform-akasse-forsoeg-2027-body =
    Fra 2027 skal a-kasser i et forsøg tage sig af de første 4 måneder for ca. 100.000 nye dagpengemodtagere.
    I 19 kommuner kan ca. 25.000 ledige selv vælge mellem kommunen, a-kassen og en anden aktør.
    Forsøget er meldt ud, men den præcise startdato er ikke bekræftet.

## Rettigheder og pligter

card-aktindsigt-title = Du må se papirerne i din sag
card-aktindsigt-body =
    Du har ret til at se dokumenterne i din egen sag. Det hedder aktindsigt.
    Du kan bede om det skriftligt eller i telefonen.
    Får du ikke svar inden 7 arbejdsdage, skal myndigheden fortælle dig hvorfor, og hvornår du får svar.

card-partsrepraesentant-title = Du må have en anden med
card-partsrepraesentant-body =
    Du må altid tage en bisidder med til møder. En bisidder er en person, der støtter dig.
    Du kan også lade en anden føre sagen for dig. Kommunen kan bede om en skriftlig fuldmagt.

card-partshoering-title = Du skal høres, før kommunen afgør din sag
card-partshoering-body =
    Har kommunen oplysninger, der taler imod dig, og som du ikke kender, skal du have dem at se først. Det hedder partshøring.
    Du skal have rimelig tid til at svare.
    Beder du om mere tid, skal kommunen som regel give dig det.

card-udtalelse-title = Du kan bede kommunen vente på dit svar
card-udtalelse-body =
    Du kan bede om, at kommunen venter med at afgøre sagen, til du har sagt din mening.
    Kommunen kan sætte en frist for dit svar.

card-begrundelse-title = Du har ret til en begrundelse
card-begrundelse-body =
    Får du et skriftligt afslag, skal kommunen forklare hvorfor.
    Den skal nævne de regler, den har brugt, og de vigtigste hensyn.
    Fik du afgørelsen mundtligt, kan du bede om en skriftlig begrundelse.

card-klagevejledning-title = Afgørelsen skal fortælle, hvordan du klager
card-klagevejledning-body =
    Et afslag skal fortælle dig, hvor du kan klage, hvordan, og hvornår fristen udløber. Det hedder klagevejledning.
    Mangler den, kan en klage, der kommer for sent, i nogle tilfælde blive behandlet alligevel.

card-vejledning-title = Du har ret til vejledning
card-vejledning-body =
    Kommunen skal hjælpe og vejlede dig om de regler, der gælder for dig.
    Sender du et brev til den forkerte myndighed, skal det sendes videre til den rigtige.

card-inddragelse-title = Du skal være med i din sag
card-inddragelse-body =
    Du har ret til at være med, når kommunen behandler din sag.
    Kommunen skal tilrettelægge arbejdet, så det er muligt.

card-helhedsvurdering-title = Kommunen skal se på alle dine muligheder
card-helhedsvurdering-body =
    Når du søger om hjælp, skal kommunen se på alle de muligheder for hjælp, du kan have. Ikke kun den ydelse, du har søgt om.
    Det hedder en helhedsvurdering.

card-oplysning-title = Kommunen skal undersøge din sag ordentligt
card-oplysning-body =
    Kommunen har ansvaret for, at sagen er godt nok undersøgt, før den træffer en afgørelse.
    Er den ikke det, kan afgørelsen blive ændret, hvis du klager.
    Dårlig undersøgelse eller begrundelse var i 2023 den største grund til, at Ankestyrelsen ændrede kommunernes afgørelser.

card-klage-title = Du kan klage over kommunens afgørelse
card-klage-body =
    Du har 4 uger fra den dag, du fik afgørelsen. Send klagen til kommunen, ikke til Ankestyrelsen.
    Kommunen ser sagen igennem igen. Ændrer den ikke afgørelsen, sender den klagen til Ankestyrelsen inden 4 uger.
    Afgørelsen gælder, mens du venter på svar.

card-klage-akasse-title = Du kan klage over a-kassens afgørelse
card-klage-akasse-body =
    Send klagen til a-kassen inden 4 uger. A-kassen ser sagen igennem igen.
    Får du ikke helt ret, sender a-kassen klagen videre til Styrelsen for Arbejdsmarked og Rekruttering (STAR).
    Er du uenig i STARs afgørelse, kan du klage til Ankestyrelsen.

card-akasse-sagsbehandling-title = A-kassen skal også behandle din sag ordentligt
card-akasse-sagsbehandling-body =
    A-kassen er ikke omfattet af forvaltningsloven, som gælder for kommunen.
    Men særlige regler stiller i det væsentlige de samme krav til a-kassens sagsbehandling.
    Du kan altid bede a-kassen forklare, hvilke regler den har brugt.

card-jobsamtaler-kontanthjaelp-title = Jobsamtaler hos kommunen
card-jobsamtaler-kontanthjaelp-body =
    Fra 1. juli 2026 skal de fleste jobparate have mindst 4 jobsamtaler hos kommunen i de første 6 måneder. Det gælder også på ledighedsydelse.
    Kommunen må undtage op til hver fjerde, hvis den vurderer, at personen selv kan finde job. Alle jobparate skal dog have den første samtale.
    Er du jobparat, har du ret til jobsamtaler, så længe du er ledig.

card-jobsamtaler-dagpenge-title = Samtaler med a-kassen og kommunen
card-jobsamtaler-dagpenge-body =
    Fra 1. juli 2026 skal a-kassen holde mindst 2 jobsamtaler med de fleste nye ledige i de første 3 måneder.
    Derefter skal kommunen holde mindst 2 jobsamtaler inden for de første 6 måneder. Op til hver fjerde kan blive undtaget.
    Senest efter 16 måneders ledighed skal kommunen holde en samtale om en mere intensiv indsats.

card-akasse-kontakt-title = Du skal holde kontakt med a-kassen
card-akasse-kontakt-body =
    De første 3 måneder står a-kassen for samtalerne med dig.
    Du skal deltage i samtaler og aktiviteter i a-kassen og selv booke samtaler, når du bliver bedt om det.
    Udebliver du, kan du miste dagpenge, indtil du kontakter dem igen.

card-tilbud-title = Tilbud i de første 6 måneder
card-tilbud-body =
    Fra 1. juli 2026 skal mindst 75 % af de ledige tæt på arbejdsmarkedet have et tilbud inden for de første 6 måneder. Et tilbud er fx praktik i en virksomhed, job med løntilskud eller et kursus.
    Du har pligt til at tage imod et rimeligt tilbud.
    Kommunen kan undtage dig, hvis den vurderer, at du selv kan finde job.

card-raadighed-kontanthjaelp-title = Du skal stå til rådighed
card-raadighed-kontanthjaelp-body =
    For at få kontanthjælp skal du kunne og ville tage et arbejde og deltage i samtaler og tilbud.
    Har du en rimelig grund, må du godt sige nej. Fortæl kommunen om grunden.
    Er du aktivitetsparat, skal kommunen tage hensyn til dine andre problemer end ledighed.

card-raadighed-dagpenge-title = Du skal stå til rådighed for arbejde
card-raadighed-dagpenge-body =
    For at få dagpenge skal du søge job aktivt og kunne tage et arbejde dagen efter, du får det tilbudt.
    Du skal deltage i samtaler og tilbud og bo og opholde dig i Danmark.
    Er du syg, kan du som udgangspunkt kun få dagpenge i de første 14 dage.

card-joblog-cv-title = Joblog og cv
card-joblog-cv-body =
    Du skal skrive din jobsøgning ind i din joblog, på Jobnet eller i a-kassens digitale joblog.
    Du skal også have et cv, så a-kassen og kommunen kan hjælpe dig med at finde job.
    Fra 2026 må kommuner og a-kasser bruge deres egne digitale løsninger til det.

card-uddannelsespaalaeg-title = Uddannelsespålæg
card-uddannelsespaalaeg-body =
    Er du under 30 år og har ingen uddannelse, der giver et fag, får du et uddannelsespålæg.
    Det er en plan for, hvordan du kommer i gang med en uddannelse, og du skal følge den.
    Reglerne gælder også i 2026, men er foreslået afskaffet fra 2027.

card-sanktion-kontanthjaelp-title = Sanktioner: når kommunen trækker i din hjælp
card-sanktion-kontanthjaelp-body =
    Kommunen kan trække i din kontanthjælp, hvis du uden rimelig grund udebliver fra en samtale eller et tilbud.
    Det kræver, at kommunen først har forklaret dig reglerne skriftligt, og at du er blevet hørt.
    Ved gentagne brud kan du i op til 3 måneder kun få hjælp for de dage, du møder op.
    Beløbet for et fradrag i 2026 er ikke bekræftet.

card-sanktion-dagpenge-title = Sanktioner for dagpenge (karantæne)
card-sanktion-dagpenge-body =
    Siger du selv dit job op, eller siger du nej til et job eller tilbud uden gyldig grund, kan du få karantæne i 3 uger. Så får du ikke dagpenge i den tid.
    Sker det to gange inden for 12 måneder, mister du retten til dagpenge, indtil du har arbejdet igen (300 løntimer for fuldtidsforsikrede).
    Udebliver du fra en samtale, får du ikke dagpenge, før du har kontaktet dem igen.

card-sanktion-sygedagpenge-title = Når sygedagpengene kan stoppe
card-sanktion-sygedagpenge-body =
    Kommunen kan stoppe dine sygedagpenge, hvis du uden rimelig grund ikke deltager i opfølgningen eller gør det sværere for dig selv at blive rask.
    Siger du nej til lægebehandling, fx en operation eller medicin, mister du ikke sygedagpengene af den grund.
    Kommunen skal høre dig først, og pengene stopper først, når du har fået afgørelsen.

card-sygedagpenge-22-uger-title = Sygedagpenge i 22 uger – og revurdering
card-sygedagpenge-22-uger-body =
    Sygedagpenge stopper som udgangspunkt, når du har fået dem i mere end 22 uger inden for 9 måneder.
    Før det skal kommunen se på, om de kan forlænges. Det hedder revurdering.
    Arbejdsgiverens første 30 dage tæller ikke med, og pengene må kun stoppe efter en gyldig afgørelse.

card-sygedagpenge-forlaengelse-title = 7 grunde til at forlænge sygedagpenge
card-sygedagpenge-forlaengelse-body =
    Sygedagpenge kan forlænges, fx hvis du er i behandling, der forventes at gøre dig i stand til at arbejde, hvis du har en livstruende, alvorlig sygdom, hvis du har en arbejdsskadesag, eller hvis du har søgt førtidspension.
    Der er i alt 7 grunde i loven, og kommunen skal selv undersøge, om en af dem passer på dig.
    Reformen i 2026 har ændret nogle af grundene, og den nye ordlyd er ikke bekræftet.

card-jobafklaringsforloeb-title = Jobafklaringsforløb, når sygedagpengene stopper
card-jobafklaringsforloeb-body =
    Kan dine sygedagpenge ikke forlænges, og er du stadig syg, har du ret til et jobafklaringsforløb.
    Du får ressourceforløbsydelse. Den afhænger ikke af din ægtefælles indtægt eller formue.
    Et forløb kan vare op til 2 år ad gangen. Jobafklaringsforløb er foreslået afskaffet fra 2027.

card-foertidspension-ansoegning-title = Har du søgt førtidspension?
card-foertidspension-ansoegning-body =
    Har du søgt om førtidspension, kan dine sygedagpenge forlænges, mens kommunen behandler sagen.
    Det er en af de 7 grunde til forlængelse i sygedagpengeloven.

card-sygemeldt-i-job-title = Sygemeldt fra et job: færre samtaler
card-sygemeldt-i-job-body =
    Har du et job, og forventer både du og din arbejdsgiver, at du er syg i mindre end 26 uger, skal du som udgangspunkt ikke til samtaler i kommunen.
    Andre sygemeldte skal have mindst én samtale i det første halve år.
    Datoen for den nye regel er ikke bekræftet.

card-arbejdspligt-title = Arbejdspligt (op til 37 timer om ugen)
card-arbejdspligt-body =
    Opfylder du ikke kravet om ophold i Danmark (9 af de sidste 10 år) eller om arbejde (2½ år på fuld tid inden for de sidste 10 år), har du arbejdspligt.
    Du skal så deltage i aktiviteter op til 37 timer om ugen, fx løntimer, praktik eller nytteindsats.
    Kommunen skal tage hensyn til dit helbred og din situation.

card-formue-kontanthjaelp-title = Formue: grænsen er hævet
card-formue-kontanthjaelp-body =
    Fra 1. juli 2025 må du have op til 15.500 kr., og et ægtepar op til 31.000 kr., og stadig få kontanthjælp.
    Før var grænsen 10.000 og 20.000 kr.
    Tallene kommer fra én kilde og er ikke kontrolleret i selve lovteksten.

card-fleksjob-title = Fleksjob
card-fleksjob-body =
    Fleksjob er for dig, hvis din arbejdsevne er varigt og meget nedsat.
    Fra 2026 skal kommunen lave en samlet beskrivelse af din situation og få sundhedsfaglig rådgivning, før den afgør sagen. Et rehabiliteringsteam er ikke længere et krav.
    Du kan klage over afgørelsen til Ankestyrelsen gennem kommunen.

card-ledighedsydelse-pligter-title = Pligter på ledighedsydelse
card-ledighedsydelse-pligter-body =
    Siger du nej til et fleksjob eller et tilbud uden rimelig grund, eller stopper du selv, får du ikke ledighedsydelse i 3 uger.
    Udebliver du fra et tilbud, bliver du trukket for de dage.
    Sker det igen inden for 12 måneder, kan du miste retten til ledighedsydelse.

card-foertidspension-title = Førtidspension: afgørelse og klage
card-foertidspension-body =
    Det er kommunen, der afgør, om du får førtidspension.
    Du kan klage til Ankestyrelsen gennem kommunen inden 4 uger.
    Spørgsmål om udbetaling og beregning hører til Udbetaling Danmark.

card-sanktioner-aktivitetsparate-2027-title = Aktivitetsparate: som udgangspunkt ingen sanktioner (fra 2027)
card-sanktioner-aktivitetsparate-2027-body =
    En sanktion er et fradrag i eller et stop af din ydelse.
    Er du aktivitetsparat på kontanthjælp, skal kommunen som udgangspunkt ikke give dig sanktioner.
    "Som udgangspunkt" betyder, at der kan være undtagelser. De er ikke offentliggjort. For jobparate ændres reglerne ikke her.

card-sanktioner-sygedagpenge-2027-title = Mildere sanktioner på sygedagpenge (fra 2027)
card-sanktioner-sygedagpenge-2027-body =
    Reglerne for, hvornår kommunen kan stoppe dine sygedagpenge, fordi du ikke medvirker, bliver mildere.
    Hvilke regler der bliver tilbage, er ikke offentliggjort.
    Se også kortet om, hvornår sygedagpengene kan stoppe.

card-sygedagpenge-reduceret-sats-2027-title = Lavere sygedagpengesats i stedet for jobafklaringsforløb (fra 2027)
card-sygedagpenge-reduceret-sats-2027-body =
    Ved revurderingen vurderer kommunen, om dine sygedagpenge kan forlænges.
    Kan de ikke forlænges, kommer du ikke i et jobafklaringsforløb. Du fortsætter på sygedagpenge med en lavere sats.
    Beløbet, hvornår satsen falder, og hvilke forlængelsesregler der bliver tilbage, er ikke offentliggjort.

