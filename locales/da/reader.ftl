## "Forstå dit brev": the letter reader screen.

nav-brev = Forstå dit brev
start-reader-title = Har du fået et brev?
start-reader-body = Start med brevet. Sæt teksten ind eller åbn PDF-filen, så fortæller vi, hvad brevet betyder, og hvad du kan gøre.
start-reader-link = Forstå dit brev

reader-title = Forstå dit brev
reader-intro = Har du fået en afgørelse eller en partshøring? Åbn PDF-filen fra Digital Post, eller skriv eller kopier teksten fra brevet ind. Så fortæller vi, hvad brevet er, hvad det betyder, hvad du kan gøre, og hvornår du skal gøre det.
reader-private = Brevet bliver læst her på din enhed. Det bliver ikke sendt nogen steder, og vi gemmer det ikke, medmindre du selv gemmer en sag.
reader-file-label = Åbn brevet som fil (PDF eller tekst)
reader-file-hint = PDF-filer fra Digital Post kan læses. Et scannet billede uden tekst kan ikke læses.
reader-text-label = Eller sæt brevets tekst ind her
reader-read = Læs brevet
reader-status-read = Brevet er læst. Se, hvad vi fandt, herunder.
reader-status-failed = Brevet kunne ikke læses.

reader-error-title = Vi kunne ikke læse brevet
reader-error-empty = Der er ingen tekst. Sæt brevets tekst ind, eller vælg en anden fil.
reader-error-too-large = Filen er for stor. Den må højst fylde 10 MB.
reader-error-binary = Filen er hverken tekst eller PDF. Vælg brevet som PDF, eller sæt teksten ind.
reader-error-no-text-layer = PDF-filen er et billede uden tekst (fx en scanning). Vi kan ikke læse billeder. Skriv de vigtigste oplysninger selv.
reader-error-pdf-unreadable = PDF-filen kunne ikke læses. Den er måske beskadiget. Prøv at kopiere teksten ind i stedet.
reader-error-pdf-encrypted = PDF-filen er beskyttet med en adgangskode. Kopier teksten ind i stedet.
reader-error-too-many-pages = PDF-filen har for mange sider til at være et brev.
reader-error-pdf-too-complex = PDF-filen er for indviklet at læse. Kopier teksten ind i stedet.
reader-error-not-danish = Brevet ser ikke ud til at være på dansk. Vi kan kun læse danske breve.
reader-manual = Du kan stadig bruge appen. Vælg selv, hvad du vil:

reader-result-title = Det står der i brevet
reader-says-decision = Brevet er en afgørelse fra { $authority }.
reader-says-partshoering = Brevet er en partshøring fra { $authority }. Det betyder, at de overvejer at træffe en afgørelse, og at du kan sige din mening først.
reader-says-other = Vi kan ikke se, om brevet er en afgørelse eller en partshøring. Det er fra { $authority }. Vælg selv herunder, hvis du ved det.
reader-says-what = { $benefit ->
    [none] Det drejer sig om: { $decision }.
   *[other] Det drejer sig om: { $decision } – { $benefit }.
}
reader-says-reply-by = Du kan svare, inden de beslutter noget. Dit svar skal være der senest { $date }.
reader-says-reply-by-unknown = Du kan svare, inden de beslutter noget. Vi fandt ingen svarfrist i brevet. Se efter den i brevet.
reader-says-can-complain = Er du uenig, kan du klage. Beregn fristen herunder, så du ved, hvornår klagen senest skal være der.
reader-says-no-guidance = Vi fandt ingen klagevejledning i brevet. Det kan være en fejl: en afgørelse skal fortælle, hvordan du klager (forvaltningslovens § 25).
reader-says-no-reasons = Vi fandt ingen begrundelse i brevet. Det kan være en fejl: en afgørelse skal forklare hvorfor (forvaltningslovens §§ 22-24).

reader-conflicts-title = Brevet siger to forskellige ting
reader-conflict-kind = Hvad slags brev er det?
reader-conflict-decision = Hvad har de besluttet?
reader-conflict-authority = Hvem har sendt brevet?
reader-conflict-benefit = Hvilken ydelse handler det om?
reader-conflict-letter-date = Brevet har to datoer. Hvilken er brevets dato?
reader-conflict-reply-by = Brevet har to svarfrister. Hvilken er den rigtige?
reader-conflict-amount-monthly = Brevet har to beløb om måneden. Hvilket er det rigtige?
reader-conflict-amount-one-off = Brevet har to beløb. Hvilket er det rigtige?

reader-facts-title = Det fandt vi
reader-facts-intro = Ret det, hvis noget er forkert. Under hvert felt står den sætning fra brevet, vi har brugt.
reader-not-found = Ikke fundet – vælg selv
reader-evidence = Fra brevet:
reader-warning-unknown = Vi fandt det ikke i brevet. Udfyld det selv, hvis du kan.
reader-warning-reply-period = Brevet giver en svarfrist i dage eller uger, ikke en dato. Regn datoen ud, og skriv den her.
reader-warning-no-complaint-deadline = Klagevejledningen nævner ingen frist.

reader-kind-label = Hvad slags brev
reader-kind-decision = Afgørelse
reader-kind-partshoering = Partshøring (de vil høre dig, før de beslutter)
reader-kind-other = Andet brev
reader-decision-label = Hvad er besluttet (eller overvejet)
reader-decision-sanction = Sanktion (fradrag i ydelsen)
reader-decision-stop = Stop af ydelsen
reader-decision-refusal = Afslag
reader-decision-repayment = Krav om at betale tilbage
reader-decision-grant = Bevilling (du får ydelsen)
reader-decision-change = Ændring af ydelsen
reader-decision-other = En anden slags afgørelse
reader-authority-label = Hvem har sendt brevet
reader-authority-kommune = Kommunen (jobcenter)
reader-authority-a-kasse = A-kassen
reader-authority-udbetaling-danmark = Udbetaling Danmark
reader-authority-ankestyrelsen = Ankestyrelsen
reader-authority-star = Styrelsen for Arbejdsmarked og Rekruttering (STAR)
reader-authority-anden-aktoer = En anden aktør (på vegne af jobcentret)
reader-authority-unknown = en myndighed
reader-authority-name-label = Navn på afsender
reader-benefit-label = Ydelse
reader-benefit-kontanthjaelp = Kontanthjælp
reader-benefit-dagpenge = Dagpenge
reader-benefit-sygedagpenge = Sygedagpenge
reader-benefit-ledighedsydelse = Ledighedsydelse
reader-benefit-fleksjob = Fleksjob
reader-benefit-foertidspension = Førtidspension
reader-benefit-jobafklaring = Jobafklaringsforløb
reader-benefit-ressourceforloeb = Ressourceforløb
reader-benefit-boligstoette = Boligstøtte
reader-benefit-boerneydelse = Børne- og ungeydelse
reader-letter-date-label = Brevets dato
reader-reply-by-label = Svarfrist (partshøring)
reader-amount-monthly-label = Beløb om måneden (kr.)
reader-amount-one-off-label = Beløb én gang – fradrag eller tilbagebetaling (kr.)
reader-paragraphs-label = Paragraffer i brevet
reader-guidance-label = Brevet har en klagevejledning
reader-guidance-deadline-label = Klagefrist, som brevet skriver den
reader-reasons-label = Brevet har en begrundelse

reader-next-title = Det kan du gøre nu
reader-received-label = Hvilken dag kom brevet i din digitale postkasse?
reader-to-frister = Beregn fristen
reader-to-reply = Skriv et svar på partshøringen
reader-to-complaint = Skriv en klage
reader-to-appeal = Se, hvor du klager
reader-to-check = Tjek afgørelsen for fejl
reader-to-aktindsigt = Bed om aktindsigt (se dine papirer)
reader-to-gain = Kan det betale sig at arbejde?
reader-save-case = Gem som sag
reader-case-needs-date = Skriv brevets dato (eller svarfristen) først. Så kan sagen regne fristen ud.

reader-help-title = Få gratis hjælp
reader-not-advice = Appen hjælper dig med at forstå brevet. Det er ikke juridisk rådgivning, og den kan tage fejl. Tjek altid med brevet selv.
reader-help = Du kan få gratis hjælp hos kommunens borgerrådgiver, din fagforening, din a-kasse eller DUKH (Den Uafhængige Konfliktløsningsenhed).
