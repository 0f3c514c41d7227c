## Ret og Frist — klageveje og tjek af sagsbehandlingen (dansk, kildesprog).
## Korte sætninger, hverdagsord. Fagord står i parentes.
## Data og kilder: rules/dk/klageveje.toml og rules/dk/sagsbehandling.toml.

## Myndigheder og andre, der er med i en klagesag
body-kommune = Kommunen
body-a-kasse = A-kassen
body-udbetaling-danmark = Udbetaling Danmark
body-anden-aktoer = Den anden aktør (et firma eller en anden, der hjælper kommunen med din sag)
body-star = STAR (Styrelsen for Arbejdsmarked og Rekruttering)
body-ankestyrelsen = Ankestyrelsen
body-ombudsmand = Folketingets Ombudsmand
body-domstole = Domstolene

## Ydelser
benefit-kontanthjaelp = Kontanthjælp
benefit-dagpenge = Dagpenge
benefit-sygedagpenge = Sygedagpenge
benefit-ledighedsydelse = Ledighedsydelse
benefit-fleksjob = Fleksjob
benefit-foertidspension = Førtidspension
benefit-jobafklaring = Jobafklaringsforløb
benefit-ressourceforloeb = Ressourceforløb

## Hvad sker der på hvert trin. { $body } er navnet på myndigheden.
action-complain-here = { $body } skal have din klage, før fristen er slut. Du kan skrive et brev, sende en mail eller ringe.
action-genvurdering = { $body } ser på sagen igen (genvurdering). Får du ikke fuldt medhold (helt ret), sender de selv klagen videre. Du skal ikke sende den igen.
action-forward = { $body } sender din klage og papirerne i sagen videre. Du skal ikke gøre noget.
action-decide = { $body } behandler klagen og træffer en ny afgørelse. Du kan få ret, få delvis ret eller ikke få ret. Sagen kan også blive sendt tilbage og afgjort igen (hjemvist).
action-final-administrative = { $body } er den sidste myndighed, du kan klage til (øverste administrative klageinstans). Du kan ikke klage videre til en anden myndighed.
action-ombudsman = { $body } kan undersøge, om myndighederne har fulgt reglerne. Klagen skal være der senest 12 måneder efter den sidste afgørelse. Ombudsmanden kan ikke selv ændre afgørelsen, men kan kritisere og anbefale, at sagen bliver taget op igen.
action-court = { $body } kan prøve, om afgørelsen er lovlig, hvis du anlægger en retssag. Vi har ikke undersøgt fristerne for det. Få råd, før du går i gang.

## Mens du venter på svar
meanwhile-no-suspensive-effect = Afgørelsen gælder, mens du klager (klagen har ikke opsættende virkning). Fx fortsætter en sanktion eller et stop, indtil afgørelsen bliver lavet om. (Retssikkerhedsloven § 72, stk. 1)
meanwhile-suspensive-effect-exceptions = Der er nogle få undtagelser, hvor en klage sætter afgørelsen på pause. De handler om fx anbringelse af børn, botilbud og tilbagebetaling af boligstøtte. Ingen af dem gælder de ydelser, som appen handler om. (Retssikkerhedsloven § 72, stk. 2-6)
meanwhile-reformatio-in-pejus = Ankestyrelsen kan i sjældne tilfælde ændre afgørelsen, så den bliver dårligere for dig. Det sker oftest kun, hvis den første afgørelse var ulovlig. Så bestemmer Ankestyrelsen også, fra hvornår ændringen gælder. (Retssikkerhedsloven § 72, stk. 7)
meanwhile-akasse-decision-applies = A-kassens afgørelse gælder, indtil den måske bliver lavet om. Det gælder også, selv om du har klaget. Den nye afgørelse fra STAR kan både blive bedre og dårligere for dig.
meanwhile-sygedagpenge-stop-needs-valid-decision = Kommunen må kun stoppe dine sygedagpenge, når den har truffet en gyldig afgørelse om det. Stopper pengene uden en afgørelse, så kontakt kommunen med det samme og få hjælp.
meanwhile-late-complaint-dispensation = Har du klaget for sent, kan Ankestyrelsen se bort fra det, hvis der er en særlig grund. Det kan fx være, at du var alvorligt syg i hele perioden eller lige omkring fristen. Manglede der klagevejledning i brevet, skal klagen måske også behandles.
meanwhile-complaint-form-free = Der er ingen regler for, hvordan en klage skal se ud. Du kan skrive et brev, sende en mail eller ringe. Du behøver ikke forklare hvorfor, men det hjælper. Skriv dit navn, din adresse, dit cpr-nummer, og hvilken afgørelse du klager over.
meanwhile-main-reason-for-reversal = Når Ankestyrelsen ændrede en afgørelse eller sendte den tilbage i 2023, var grunden i 74 % af sagerne, at sagen ikke var godt nok undersøgt, eller at afgørelsen ikke var godt nok begrundet. Brug tjeklisten over sagsbehandlingen, når du skriver din klage.
meanwhile-hastebehandling = Haster din sag, kan du bede Ankestyrelsen om at behandle den hurtigere (hastebehandling). Skriv, hvorfor den haster for dig.
meanwhile-new-information-during-appeal = Du kan sende nye papirer til Ankestyrelsen, mens de behandler din klage. Send kopier. Du får dem ikke tilbage.

## Hvor tit Ankestyrelsen ændrer afgørelser (omgørelsesprocent), pr. lovområde
reversal-area-all-kommunale = Alle klager over kommunernes afgørelser om sociale forhold og beskæftigelse
reversal-area-aktivloven = Aktivloven (fx kontanthjælp)
reversal-area-sygedagpengeloven = Sygedagpengeloven
reversal-area-lab = Beskæftigelsesloven (LAB: fx fleksjob, ressourceforløb og tilbud)
reversal-area-social-pension = Lov om social pension (mest førtidspension)

## Tjek af sagsbehandlingen. Spørgsmål = rådgiverens ja/nej-spørgsmål. Problem = hvad et "nej" kan betyde.
## Label = kort, til afkrydsning i brevhjælpen ("Fejl i sagen"). Aldrig i brevet: brevets sætning er klage-error-<id> i breve.ftl.
check-partshoering-question = Fik du et brev om partshøring (mulighed for at svare på oplysninger i sagen), før afgørelsen blev truffet?
check-partshoering-problem = Hvis nej: Kommunen skal som regel vise dig oplysninger, der taler imod dig og er vigtige for sagen, og give dig tid til at svare, før den træffer afgørelse. Ellers kan afgørelsen være ugyldig. (Forvaltningsloven § 19, stk. 1)
check-partshoering-label = Jeg fik ikke mulighed for at se og svare på oplysningerne, før afgørelsen blev truffet (partshøring)
check-begrundelse-regler-question = Står der i afgørelsen, hvilke regler (lov og §) den bygger på?
check-begrundelse-regler-problem = Hvis nej: Begrundelsen skal nævne de regler, afgørelsen bygger på. Det er en fejl i begrundelsen. (Forvaltningsloven § 24, stk. 1, 1. pkt.)
check-begrundelse-regler-label = Afgørelsen nævner ikke, hvilke regler den bygger på
check-begrundelse-hovedhensyn-question = Hvis kommunen har skullet vurdere noget (skønne), står det så, hvad der har vejet tungest i vurderingen?
check-begrundelse-hovedhensyn-problem = Hvis nej: Når en afgørelse bygger på et skøn, skal begrundelsen sige, hvilke hensyn der var vigtigst (hovedhensyn). Det er en fejl i begrundelsen. (Forvaltningsloven § 24, stk. 1, 2. pkt.)
check-begrundelse-hovedhensyn-label = Afgørelsen siger ikke, hvad der vejede tungest i vurderingen
check-begrundelse-faktum-question = Står der i afgørelsen, hvilke oplysninger om din situation der har haft betydning?
check-begrundelse-faktum-problem = Hvis nej: Begrundelsen skal, når det er nødvendigt, kort fortælle, hvilke fakta der har haft stor betydning. Ellers kan du ikke se, hvad afgørelsen bygger på. (Forvaltningsloven § 24, stk. 2)
check-begrundelse-faktum-label = Afgørelsen siger ikke, hvilke oplysninger om min situation der havde betydning
check-klagevejledning-question = Står der i brevet, hvem du kan klage til, hvordan, og inden for hvilken frist (klagevejledning)?
check-klagevejledning-problem = Hvis nej: Afgørelsen skal have en klagevejledning med klageinstans, fremgangsmåde og frist. Mangler den, skal en klage, der kommer for sent, måske alligevel behandles. (Forvaltningsloven § 25, stk. 1)
check-klagevejledning-label = Afgørelsen siger ikke, hvem jeg kan klage til, hvordan og hvornår (klagevejledning)
check-notatpligt-question = Har kommunen skrevet ned (noteret), hvad du har sagt i telefonen eller til møder, når det har betydning for sagen?
check-notatpligt-problem = Hvis nej: Myndigheden skal skrive vigtige mundtlige oplysninger ned så hurtigt som muligt (notatpligt). Bed om aktindsigt for at se notaterne. (Offentlighedsloven § 13, stk. 1)
check-notatpligt-label = Det, jeg sagde i telefonen eller til møder, er ikke skrevet ned
check-vejledning-question = Har kommunen forklaret dig dine muligheder og pligter, så du forstod dem (vejledning)?
check-vejledning-problem = Hvis nej: Myndigheden skal vejlede og hjælpe dig i det omfang, der er brug for. Manglende vejledning kan have betydning for afgørelsen. (Forvaltningsloven § 7, stk. 1)
check-vejledning-label = Jeg fik ikke forklaret mine muligheder og pligter (vejledning)
check-oplysning-question = Har kommunen skaffet de oplysninger, der var nødvendige, før den traf afgørelse (fx fra læge eller arbejdsgiver)?
check-oplysning-problem = Hvis nej: Kommunen har ansvaret for, at sagen er godt nok undersøgt (oplyst), før den træffer afgørelse. Det er den mest almindelige grund til, at Ankestyrelsen ændrer afgørelser. (Retssikkerhedsloven § 10)
check-oplysning-label = De skaffede ikke de oplysninger, der var nødvendige, fx fra læge eller arbejdsgiver
check-helhedsvurdering-question = Har kommunen set på alle de former for hjælp, du kunne have ret til, og ikke kun den, du søgte om?
check-helhedsvurdering-problem = Hvis nej: Kommunen skal se på alle muligheder for hjælp i den sociale lovgivning og overveje hjælp efter andre love (helhedsvurdering). (Retssikkerhedsloven § 5)
check-helhedsvurdering-label = De så kun på den hjælp, jeg søgte om, ikke på alt det, jeg kunne have ret til
check-inddragelse-question = Har du fået mulighed for at være med i behandlingen af din sag, fx til samtaler og møder?
check-inddragelse-problem = Hvis nej: Du har ret til at være med i behandlingen af din sag, og kommunen skal tilrettelægge sagen, så det kan lade sig gøre (inddragelse). (Retssikkerhedsloven § 4)
check-inddragelse-label = Jeg fik ikke lov at være med i behandlingen af min sag
check-partsrepraesentant-question = Hvis du havde en bisidder eller en, der talte din sag (partsrepræsentant), fik du så lov til at have vedkommende med, og fik vedkommende brevene?
check-partsrepraesentant-problem = Hvis nej: Du må altid have en anden med eller lade en anden tale din sag, og den person skal normalt have brevene. Kun i særlige tilfælde kan myndigheden sige nej. (Forvaltningsloven § 8, stk. 1)
check-partsrepraesentant-label = Jeg fik ikke lov at have en bisidder eller partsrepræsentant med, eller vedkommende fik ikke brevene
check-aktindsigt-besvaret-question = Hvis du bad om at se sagens papirer (aktindsigt), fik du så svar inden for 7 arbejdsdage eller besked om, hvorfor det tog længere tid?
check-aktindsigt-besvaret-problem = Hvis nej: Myndigheden skal svare hurtigt. Har den ikke svaret efter 7 arbejdsdage, skal den fortælle hvorfor og hvornår du får svar. Du kan klage over, at det tager for lang tid. (Forvaltningsloven § 16, stk. 2; offentlighedsloven § 36, stk. 2)
check-aktindsigt-besvaret-label = Jeg bad om aktindsigt og fik ikke svar i tide
check-skriftlig-afgoerelse-question = Har du fået afgørelsen på skrift (brev eller Digital Post)?
check-skriftlig-afgoerelse-problem = Hvis nej: Fik du kun afgørelsen mundtligt, kan du bede om en skriftlig begrundelse. En skriftlig afgørelse skal være begrundet, hvis du ikke får fuldt medhold. (Forvaltningsloven §§ 22-23)
check-skriftlig-afgoerelse-label = Jeg fik kun afgørelsen mundtligt
check-sanktionsvejledning-question = Har kommunen skriftligt fortalt dig om dine pligter og om, hvad der sker, hvis du ikke overholder dem, før du fik sanktionen?
check-sanktionsvejledning-problem = Hvis nej: Kommunen må ikke trække i din kontanthjælp, hvis den ikke først har vejledt dig skriftligt om dine rettigheder og pligter og om sanktioner. (Lov om aktiv socialpolitik § 35, stk. 1-2)
check-sanktionsvejledning-label = Jeg fik ikke skriftlig besked om mine pligter, og om hvad der ville ske, hvis jeg ikke overholdt dem
check-rimelig-grund-vurderet-question = Har kommunen undersøgt og skrevet, om du havde en rimelig grund, fx sygdom eller manglende pasning af dine børn?
check-rimelig-grund-vurderet-problem = Hvis nej: Kommunen skal vurdere, om du havde en rimelig grund, før den giver en sanktion. Er du aktivitetsparat, skal den også se på dine andre problemer end ledighed. (Lov om aktiv socialpolitik § 13, stk. 7-8 og 15; tjek de gældende regler)
check-rimelig-grund-vurderet-label = Kommunen har ikke vurderet, om jeg havde en rimelig grund
check-personlig-kontakt-aktivitetsparate-question = Hvis du er aktivitetsparat: Prøvede kommunen at få personlig kontakt med dig, før du fik sanktionen?
check-personlig-kontakt-aktivitetsparate-problem = Hvis nej: Før kommunen tager hjælp fra en aktivitetsparat borger, skal den have prøvet alle rimelige måder at få personlig kontakt på. Den skal også vurdere, om sanktionen hjælper. (Lov om aktiv socialpolitik § 13, stk. 8 og Ankestyrelsens praksis; den præcise § er ikke bekræftet)
check-personlig-kontakt-aktivitetsparate-label = Jeg er aktivitetsparat, og kommunen prøvede ikke at få personlig kontakt med mig først
check-stop-efter-afgoerelse-question = Fik du en afgørelse om stop af dine sygedagpenge, før udbetalingen stoppede?
check-stop-efter-afgoerelse-problem = Hvis nej: Sygedagpenge må først stoppe, når kommunen har truffet en gyldig afgørelse og givet dig besked. Stopper de for manglende medvirken, skal kommunen også partshøre dig først. (Sygedagpengeloven § 21 a og §§ 24 og 27)
check-stop-efter-afgoerelse-label = Mine sygedagpenge stoppede, før jeg fik en afgørelse om det

## Særlige forhold for en klagevej
route-note-ressourceforloeb-kommune = Ressourceforløb er afskaffet for nye borgere med beskæftigelsesreformen (lov nr. 1750 af 29.12.2025). Er du i et forløb, som stadig er i gang, er afgørelserne stadig kommunens. Så vidt vi ved, klager du på samme måde. Tjek klagevejledningen i brevet.
route-note-jobafklaring-kommune = Der er et forslag om at afskaffe jobafklaringsforløb fra 1. januar 2027. Det er kun et forslag, ikke en vedtaget lov. Indtil videre gælder klagevejen her.
route-note-fleksjob-kommune = Med reformen (lov nr. 1750 af 29.12.2025) skal din sag ikke længere forbi et rehabiliteringsteam. Kommunen skal i stedet lave en samlet beskrivelse og få sundhedsfaglig rådgivning. Du klager stadig til kommunen.
route-note-foertidspension-kommune = Med reformen (lov nr. 1750 af 29.12.2025) skal din sag ikke længere forbi et rehabiliteringsteam. Kommunen skal i stedet få sundhedsfaglig rådgivning. Du klager stadig til kommunen.
route-note-foertidspension-udbetaling-danmark = Udbetaling Danmark tager sig af beregning og udbetaling af din pension. Om du får førtidspension, afgør kommunen. Klag over beregning og udbetaling til Udbetaling Danmark.
route-note-dagpenge-a-kasse = Får du ikke fuldt medhold, skal a-kassen sende din klage videre til STAR senest 4 uger efter, at den fik klagen. Vil du klage over STAR's afgørelse, står fristen og adressen i STAR's klagevejledning.
route-note-dagpenge-star = Læs klagevejledningen i STAR's afgørelse. Der står, hvor og hvornår du skal klage til Ankestyrelsen. Det har vi ikke kunnet bekræfte her.
route-note-dagpenge-kommune = Kommunen afgør kun ting som samtaler og tilbud. Om du mister dagpenge eller får karantæne, afgør a-kassen. Så skal du klage til a-kassen.
route-note-kontanthjaelp-anden-aktoer = Klag til den anden aktør inden 4 uger. Giver de dig ikke ret, sender de klagen til kommunen. Kommunens afgørelse kan du klage over til kommunen og Ankestyrelsen som normalt.
route-note-sygedagpenge-anden-aktoer = Klag til den anden aktør inden 4 uger. Giver de dig ikke ret, sender de klagen til kommunen. Kommunens afgørelse kan du klage over til kommunen og Ankestyrelsen som normalt.
route-note-dagpenge-anden-aktoer = Klag til den anden aktør inden 4 uger. Giver de dig ikke ret, sender de klagen til kommunen. Om du mister dagpenge, afgør a-kassen, ikke den anden aktør.

## Sagsbehandlingstider
processing-kommunale-sager-90pct = Ankestyrelsen afgør 9 ud af 10 klager over kommunen inden for { $n ->
    [one] { $n } måned
   *[other] { $n } måneder
  }.
processing-kommunale-sager-hurtige = Enkle sager og sager, der haster for dig, afgøres inden for { $n ->
    [one] { $n } måned
   *[other] { $n } måneder
  }.
processing-kommunale-sager-gennemsnit-2019 = I 2019 tog en klage over kommunen i gennemsnit { $n ->
    [one] { $n } uge
   *[other] { $n } uger
  }.
processing-kommunale-sager-gennemsnit-2018 = I 2018 tog en klage over kommunen i gennemsnit { $n ->
    [one] { $n } uge
   *[other] { $n } uger
  }.
processing-kommunale-sager-maal-13-uger = Målet har været { $n ->
    [one] { $n } uge
   *[other] { $n } uger
  } i gennemsnit. Rigsrevisionen fandt i 2019, at målet ikke var nået i mange år.
processing-tilbud-dagpengemodtagere = Klager over tilbud til dagpengemodtagere skal efter en kilde afgøres inden for { $n ->
    [one] { $n } uge
   *[other] { $n } uger
  }. Det er ikke bekræftet i loven.
appeal-processing-title = Hvor lang tid tager det?
