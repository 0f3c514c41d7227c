## Ret og Frist — dansk (kildesprog). Korte sætninger, hverdagsord.

app-title = Ret og Frist
app-tagline = Dine frister, regler og rettigheder — beregnet på din egen enhed.
nav-label = Hovedmenu
# The button that opens the folded menu on a phone.
menu-button = Menu
# Closes the menu drawer on a phone (its button in the drawer's top bar).
menu-close = Luk menu
nav-frister = Frister
lang-label = Sprog
lang-da = Dansk
lang-en = English
lang-uk = Українська
lang-ar = العربية
skip-link = Gå til indhold
offline-note = Appen virker uden internet. Intet du skriver, bliver sendt nogen steder hen.
# The web build fetched a new version in the background (service worker); shown until the person reloads.
update-title = Ny version – genindlæs
update-ready = Der er en ny version af appen.
update-reload = Genindlæs
not-advice = Ret og Frist er et hjælpeværktøj, ikke juridisk rådgivning. Få gratis hjælp hos kommunens borgerrådgiver, din fagforening eller a-kasse, DUKH eller en retshjælp.

## Frister-skærmen
frister-title = Beregn din frist
frister-intro = Vælg hvilken frist det drejer sig om, og skriv datoen. Fristen bliver regnet ud med det samme.
kind-label = Hvilken frist?
kind-complaint = Klage over en afgørelse fra kommunen eller Udbetaling Danmark
kind-complaint-akasse = Klage over en afgørelse fra din a-kasse
kind-genvurdering = Hvornår kommunen skal have sendt din klage videre
kind-ombudsman = Klage til Folketingets Ombudsmand
kind-aktindsigt = Hvornår du skal have svar på aktindsigt
kind-partshoering = Svar på en partshøring
kind-sygedagpenge = Hvornår kommunen skal revurdere dine sygedagpenge

delivery-legend = Hvordan fik du brevet?
delivery-digital = Digital Post (e-Boks, mit.dk)
delivery-paper = Almindelig post (papirbrev)
delivery-quickpost = Quickpost (der står Q på kuverten)

employment-label = Hvad var du, da du blev syg?
employment-employee = Lønmodtager
employment-self-employed = Selvstændig

event-received = Hvilken dag fik du afgørelsen?
event-sent = Hvilken dato står der på brevet?
event-complaint-received = Hvilken dag fik kommunen din klage?
event-decided = Hvilken dato er den endelige afgørelse fra?
event-request-received = Hvilken dag fik myndigheden din anmodning?
event-reply-by = Hvilken svarfrist står der i brevet?
event-first-sick-day = Hvilken dag var din første sygedag?
date-hint = Skriv datoen som dag.måned.år, fx 05.03.2026.
date-understood = Du har skrevet: { $date }

result-title = Din frist
result-deadline-complaint = Din klage skal være modtaget senest
result-deadline-complaint-akasse = Din klage skal være modtaget af a-kassen senest
result-deadline-genvurdering = Kommunen skal have sendt klagen til Ankestyrelsen senest
result-deadline-ombudsman = Din klage skal være hos Ombudsmanden senest
result-deadline-aktindsigt = Myndigheden skal svare eller skrive hvorfor det tager tid, senest
result-deadline-partshoering = Dit svar skal være modtaget senest
result-deadline-sygedagpenge = Kommunen skal revurdere dine sygedagpenge senest
result-empty = Skriv en dato for at se fristen.
deadline-today = Fristen er i dag.
deadline-days-left = { $n ->
    [one] Der er 1 dag til fristen.
   *[other] Der er { $n } dage til fristen.
  }
deadline-passed = { $n ->
    [one] Fristen udløb i går.
   *[other] Fristen udløb for { $n } dage siden.
  }
steps-title = Sådan er fristen regnet ud
warnings-title = Vær opmærksom på
notes-title = Godt at vide
rules-title = Regler bag beregningen
rule-confidence = Sikkerhed: { $confidence }
rule-source = Kilde

## Datoer
date-long = { $weekday } { $day }. { $month } { $year }
weekday-1 = mandag
weekday-2 = tirsdag
weekday-3 = onsdag
weekday-4 = torsdag
weekday-5 = fredag
weekday-6 = lørdag
weekday-7 = søndag
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Fejl i datoer
date-error-empty = Skriv en dato.
date-error-format = Det ligner ikke en dato. Skriv den som dag.måned.år, fx 05.03.2026.
date-error-no-such-date = Den dato findes ikke i kalenderen. Se efter dag og måned.
date-error-out-of-range = Appen kan kun regne med år fra 1900 til 2200.
error-no-rule = Vi kan ikke beregne fristen: Appen kender ikke reglen ({ $path }) for { $date }.
error-missing-rule = Vi kan ikke beregne fristen: Reglen { $path } mangler.
error-out-of-calendar = Vi kan ikke beregne fristen: Datoen ligger uden for kalenderen.

## Trin i forklaringen
step-sent = Brevet er dateret { $date } og sendt med { $delivery ->
    [paper] almindelig post
    [quickpost] Quickpost
   *[other] Digital Post
  }.
step-presumed-received = Et brev med posten regnes for modtaget { $n ->
    [one] { $n } omdelingsdag
   *[other] { $n } omdelingsdage
  } senere: { $date }.
step-start = { $event ->
    [received] Du fik afgørelsen { $date }. Den dag tæller ikke med (dag 0).
    [complaint-received] Kommunen fik klagen { $date }. Den dag tæller ikke med (dag 0).
    [decided] Den endelige afgørelse er fra { $date }.
    [request-received] Myndigheden fik anmodningen { $date }. Den dag tæller ikke med (dag 0).
    [first-sick-day] Din første sygedag var { $date }.
   *[other] Fristen regnes fra { $date }.
  }
step-counted = { $length } senere er { $date }.
step-moved = Fristen falder { $from }, som er { $reason }. Den flytter til { $to }.
step-kept-uncertain = Fristen falder { $date }, som er { $day }. Den bliver på den dag.
step-not-counted = { $n ->
    [one] Den første dag ({ $from } til { $to }) tæller ikke med.
   *[other] De første { $n } dage ({ $from } til { $to }) tæller ikke med.
  }
step-limit-passed = Grænsen på 22 uger er passeret { $date }.
step-end-of-month = Revurderingen skal ske senest ved udgangen af måneden: { $date }.
step-authority-set = Myndigheden har sat fristen til { $date }. Den dato gælder.

unit-weeks = { $n ->
    [one] 1 uge
   *[other] { $n } uger
  }
unit-months = { $n ->
    [one] 1 måned
   *[other] { $n } måneder
  }
unit-days = { $n ->
    [one] 1 dag
   *[other] { $n } dage
  }
unit-working-days = { $n ->
    [one] 1 arbejdsdag
   *[other] { $n } arbejdsdage
  }
unit-delivery-days = { $n ->
    [one] 1 omdelingsdag
   *[other] { $n } omdelingsdage
  }

day-off-saturday = en lørdag
day-off-sunday = en søndag
day-nytaarsdag = nytårsdag
day-skaertorsdag = skærtorsdag
day-langfredag = langfredag
day-paaskedag = påskedag
day-anden-paaskedag = 2. påskedag
day-store-bededag = store bededag
day-kristi-himmelfartsdag = Kristi himmelfartsdag
day-pinsedag = pinsedag
day-anden-pinsedag = 2. pinsedag
day-juledag = juledag
day-anden-juledag = 2. juledag
day-grundlovsdag = grundlovsdag
day-juleaftensdag = juleaftensdag
day-nytaarsaftensdag = nytårsaftensdag
day-fredag-efter-kristi-himmelfart = fredagen efter Kristi himmelfart

## Advarsler og gode råd
warning-uncertain-day = Fristen slutter { $date }, som er { $day }. Nogle myndigheder holder lukket den dag og forlænger fristen til { $later }. Det er ikke sikkert. Send derfor senest { $date }.
warning-authority-date = Myndigheden har sat svarfristen til { $date }, som er { $reason }. Svar før, så du er sikker.
warning-not-confirmed = En af reglerne i beregningen (se "Regler bag beregningen" nedenfor) er ikke helt bekræftet. Sikkerhed: { $confidence }. Tjek fristen i dit brev.
warning-holiday-rule-unconfirmed = Det er ikke bekræftet, at weekender og helligdage forlænger kommunens egen frist.
note-dispensation = Kommer klagen for sent, kan Ankestyrelsen se bort fra det, hvis der er en særlig grund, fx alvorlig sygdom.
note-must-arrive = Klagen skal være nået frem inden dagen slutter (kl. 23.59 ved digital post). Send den gerne tidligere.
note-extension = Har du brug for mere tid, så bed om en længere frist før fristen udløber. Myndigheden bør normalt sige ja.
note-not-hard = Efter 7 arbejdsdage skal myndigheden fortælle dig, hvorfor det tager tid, og hvornår du får svar.
note-earlier-sick = Har du været syg i andre perioder inden for de sidste 9 måneder, kommer datoen tidligere. Kommunen regner ud fra sine oplysninger.
note-exhaust-remedies = Du skal først have brugt de andre klagemuligheder, fx klage til Ankestyrelsen. Ombudsmanden kan ikke ændre afgørelsen, men kan kritisere og henstille.

confidence-high = høj
confidence-medium = middel
confidence-low = lav
confidence-unconfirmed = ikke bekræftet

## Navigation og fælles
nav-status = Min status
nav-klage = Klag
nav-tjek = Tjek afgørelsen
choose = Vælg …
unconfirmed-warning = Reglen er ikke bekræftet i en officiel kilde. Brug den ikke som sikker viden. Spørg kommunen, din a-kasse eller en rådgiver.
card-kind-right = Ret
card-kind-duty = Pligt
badge-proposal = Forslag – ikke vedtaget
badge-derived = Afledt – beregnet efter lovens metode, ikke offentliggjort
badge-in-effect = Gælder nu
badge-adopted-future = Vedtaget, gælder senere
valid-from = Gælder fra { $from }.
valid-from-to = Gælder fra { $from } til { $to }.
read-the-law = Læs loven

## Min status
status-title = Hvor står jeg?
status-intro = Svar på få spørgsmål. Så ser du din målgruppe, hvad den betyder, og dine rettigheder og pligter.
status-benefit-label = Hvad får du udbetalt nu?
status-readiness-legend = Hvad har kommunen vurderet dig som?
status-age-label = Din alder (år)
status-date-label = Hvilken dato vil du se reglerne for?
status-date-hint = Lad feltet stå tomt for i dag. Skriv fx 01.01.2027 for at se senere regler.
status-empty = Vælg hvad du får udbetalt for at se din status.
status-error-date = Datoen kan ikke læses. Skriv den som dag.måned.år, fx 01.01.2027.
status-error-age = Skriv din alder som et tal, fx 35.
status-result-title = Din status
status-group-headline = Din målgruppe { $date }: { $group }
status-no-group = Vi kan ikke finde din målgruppe { $date } ud fra dine svar. Svar på alle spørgsmål, eller spørg kommunen.
status-need-readiness = Svar på, om du er jobparat eller aktivitetsparat. Det ændrer resultatet.
status-need-age = Skriv din alder. Den ændrer resultatet.
status-not-confirmed = Reglen "{ $id }" er ikke bekræftet. Brug den ikke som sikker viden.
status-proposals-title = Foreslåede ændringer (ikke vedtaget)
status-proposal = Forslag fra { $date }: { $group }
cards-title = Dine rettigheder og pligter
proposed-cards-title = Foreslåede regler (ikke vedtaget)
timeline-title = Reformen: hvad ændrer sig hvornår

## Klag
appeal-title = Sådan klager du
appeal-intro = Vælg hvad afgørelsen handler om, og hvem der har truffet den. Så ser du, hvor du skal klage, hvornår, og hvad der sker imens.
appeal-benefit-label = Hvad handler afgørelsen om?
appeal-decided-by-legend = Hvem har truffet afgørelsen?
appeal-received-label = Hvilken dag fik du afgørelsen? (frivilligt)
appeal-received-hint = Skriv datoen som dag.måned.år, fx 05.03.2026. Så regner vi din klagefrist ud.
appeal-empty = Vælg hvad afgørelsen handler om.
appeal-no-route = Vi kender ikke klagevejen for den afgørelse. Se klagevejledningen i dit brev, eller spørg en rådgiver.
appeal-result-title = Din klage
appeal-deadline = Din klage skal være modtaget senest { $date }.
appeal-deadline-unknown = Skriv den dag, du fik afgørelsen, så regner vi fristen ud.
appeal-see-deadline = Se hvordan fristen er regnet ud
appeal-route-title = Trin for trin
appeal-meanwhile-title = Mens du venter
appeal-rates-title = Hvor ofte ændrer Ankestyrelsen afgørelsen?
appeal-rates-intro = Andelen af sager, hvor Ankestyrelsen ændrede afgørelsen eller sendte den tilbage til ny behandling.
appeal-rates-caption = Omgørelsesprocent i Ankestyrelsen efter lovområde og år
appeal-rates-area = Lovområde
appeal-rates-year = År
appeal-rates-percent = Ændret eller hjemvist
appeal-rates-confidence = Sikkerhed

## Tjek afgørelsen
check-title = Tjek afgørelsen
check-intro = Har kommunen fulgt reglerne? Svar på spørgsmålene om dit brev og din sag. Et "nej" kan være en fejl, du kan bruge i en klage.
check-decision-label = Hvad slags afgørelse er det?
decision-sanction = En sanktion (fradrag i din ydelse)
decision-stop = Stop af en ydelse
decision-refusal = Afslag på en ansøgning
decision-other = Noget andet
answer-yes = Ja
answer-no = Nej
answer-unknown = Ved ikke
check-result-title = Mulige fejl i sagsbehandlingen
check-summary = { $errors ->
    [0] Ingen mulige fejl ud fra dine svar.
    [one] 1 mulig fejl.
   *[other] { $errors } mulige fejl.
  } { $unknown ->
    [0] {""}
    [one] 1 spørgsmål er ikke besvaret.
   *[other] { $unknown } spørgsmål er ikke besvaret.
  }
check-find-out = Ved du ikke svaret? Bed om aktindsigt i din sag. Så kan du se, hvad kommunen har gjort.

benefit-none = Ingen ydelse lige nu

status-sick-day-label = Hvilken dag var din første sygedag?
status-letter-label = Har du fået et brev for nylig?
status-letter-none = Nej, ikke lige nu
status-letter-partshoering = Ja, et brev om at kommunen vil træffe en afgørelse (partshøring)
status-letter-afgoerelse = Ja, en afgørelse
status-next-title = Dine næste skridt
status-revurdering = Kommunen skal revurdere dine sygedagpenge senest { $date }, hvis du er lønmodtager og har været syg uden afbrydelse.
status-see-how = Se hvordan datoen er regnet ud
status-next-partshoering = Svar på brevet inden fristen. Skriv, hvad du er uenig i, og send dokumentation med, fx en lægeerklæring. Har du brug for mere tid, så bed om det før fristen.
status-next-partshoering-link = Skriv svarfristen ind og se, hvornår du skal svare
status-next-afgoerelse = Er du uenig, kan du klage. Tjek også om kommunen har fulgt reglerne.
status-next-klage-link = Se hvor og hvornår du kan klage
status-next-tjek-link = Tjek afgørelsen

## Breve
nav-breve = Skriv brev
letters-title = Skriv et brev til myndigheden
letters-not-advice = Brevhjælpen hjælper dig med at skrive. Den er ikke juridisk rådgivning, og du skal selv læse brevet igennem, før du sender det. Brevet er altid på dansk, fordi det skal til en dansk myndighed.
letters-steps-label = Trin i brevet
letters-step-kind = Hvilket brev
letters-step-you = Om dig
letters-step-authority = Myndigheden
letters-step-dates = Datoer
letters-step-points = Det er du uenig i
letters-step-errors = Fejl i sagen
letters-step-request = Det beder du om
letters-step-finish = Hent brevet
letters-back = Tilbage
letters-next = Næste
letters-kind-legend = Hvilket brev vil du skrive?
letters-kind-partshoering = Svar på partshøring
letters-kind-partshoering-help = Kommunen har skrevet, at den vil træffe en afgørelse, fx en sanktion. Her fortæller du din side af sagen, før den beslutter noget.
letters-kind-fristforlaengelse = Bed om længere svarfrist
letters-kind-fristforlaengelse-help = Har du brug for mere tid til at svare på en partshøring, kan du bede om det. Myndigheden bør normalt sige ja.
letters-kind-aktindsigt = Bed om aktindsigt
letters-kind-aktindsigt-help = Se alle papirer i din sag, også notater om samtaler. Myndigheden skal svare hurtigt, normalt inden 7 arbejdsdage.
letters-kind-begrundelse = Bed om en begrundelse
letters-kind-begrundelse-help = Forstår du ikke, hvorfor du har fået afslag eller en sanktion, kan du kræve en skriftlig begrundelse med de regler, der er brugt.
letters-kind-klage = Klag over en afgørelse
letters-kind-klage-help = Send klagen til den, der har truffet afgørelsen. De ser på sagen igen og sender den videre til Ankestyrelsen, hvis de ikke giver dig ret.
letters-kind-ombudsmand = Klag til Folketingets Ombudsmand
letters-kind-ombudsmand-help = Når Ankestyrelsen har truffet den endelige afgørelse, kan du inden 12 måneder bede Ombudsmanden se på sagen.
letters-name = Dit navn
letters-address = Din adresse
letters-address-hint = Skriv hver linje for sig, fx gade og nummer på første linje og postnummer og by på næste.
letters-phone = Telefon (frivilligt)
letters-email = E-mail (frivilligt)
letters-cpr = CPR-nummer (frivilligt)
letters-cpr-hint = Du behøver ikke skrive dit CPR-nummer. Myndigheden kan finde sagen ud fra sagsnummeret.
letters-place = By (skrives før datoen i brevet)
letters-authority = Myndighedens navn
letters-authority-hint = Fx "Aarhus Kommune" eller navnet på din a-kasse. Se brevet, du har fået.
letters-unit = Afdeling (frivilligt)
letters-authority-address = Myndighedens adresse (frivilligt)
letters-case = Sagsnummer (frivilligt)
letters-case-hint = Står ofte øverst i brevet, du har fået.
letters-letter-date = Hvilken dato står der på myndighedens brev?
letters-letter-date-hint = Datoen står øverst i brevet. Kom brevet i Digital Post, er det som regel samme dag, som du fik det.
letters-reply-by = Hvilken svarfrist står der i brevet?
letters-reply-by-hint = Lad feltet stå tomt, hvis der ikke står en frist.
letters-new-reply-by = Hvilken ny frist beder du om?
letters-extension-reason = Hvorfor har du brug for mere tid?
letters-received = Hvilken dag fik du afgørelsen?
letters-received-hint = Så skriver vi i brevet, at klagen er sendt inden fristen.
letters-decided-by = Hvem har truffet afgørelsen?
letters-matter = Hvad handler sagen om? (frivilligt)
letters-matter-hint = Få ord, fx "sanktion i kontanthjælp".
letters-final-authority = Hvem traf den endelige afgørelse?
letters-final-date = Hvilken dato er den endelige afgørelse fra?
letters-ombudsman-received = Hvilken dag fik du den endelige afgørelse?
letters-date = Dato for dit brev
letters-date-hint = Lad feltet stå tomt for i dag.
letters-bad-date = Datoen kan ikke læses. Skriv den som dag.måned.år, fx 05.03.2026.
letters-points-hint = Tag ét punkt ad gangen. Skriv med dine egne ord, hvad der skete, og hvorfor.
letters-point-legend = Punkt { $n }
letters-topic = Hvad handler punktet om?
letters-topic-none = Vælg emne
letters-topic-missed-meeting = Jeg mødte ikke op til en samtale eller et tilbud
letters-topic-refused-offer = Jeg sagde nej til et tilbud eller et job
letters-topic-not-available = Kommunen mener, jeg ikke står til rådighed
letters-topic-illness = Sygdom
letters-topic-other = Noget andet
letters-event-date = Hvornår skete det? (dato, frivilligt)
letters-account = Hvad skete der?
letters-account-hint = Skriv kort og konkret. Fx: "Jeg var syg med feber og ringede til jobcentret kl. 8, men kom ikke igennem."
letters-reason = Havde du en rimelig grund?
letters-reason-none = Vælg, hvis det passer
letters-reason-illness = Ja, jeg var syg
letters-reason-childcare = Ja, jeg kunne ikke få passet mit barn
letters-reason-transport = Ja, jeg kunne ikke komme frem
letters-reason-caring-for-relative = Ja, jeg skulle passe et sygt familiemedlem
letters-reason-other = Ja, af en anden grund (skriv den ovenfor)
letters-documents = Hvad kan bevise det? (bilag)
letters-documents-hint = Et bilag pr. linje, fx "Lægeerklæring af 4. november 2026". Husk at vedlægge dem, når du sender brevet.
letters-contact = Prøvede kommunen at kontakte dig personligt først? (vigtigt, hvis du er aktivitetsparat)
letters-contact-none = Ved ikke
letters-contact-yes = Ja
letters-contact-no = Nej
letters-guidance = Fik du skriftlig besked om, hvad der ville ske, hvis du ikke mødte op?
letters-guidance-none = Ved ikke
letters-guidance-yes = Ja
letters-guidance-no = Nej
letters-add-point = Tilføj et punkt
letters-remove-point = Fjern dette punkt
letters-errors-legend = Har myndigheden lavet fejl i sagsbehandlingen?
letters-errors-hint = Sæt kryds ved det, der passer. Brug evt. "Tjek afgørelsen" først.
letters-request = Hvad beder du om? (frivilligt)
letters-request-hint = Lad feltet stå tomt, så skriver vi en almindelig formulering.
letters-enclosures = Andre bilag (frivilligt)
letters-enclosures-hint = Et bilag pr. linje.
letters-finish-intro = Læs brevet igennem til højre. Ret dine svar, hvis noget er forkert. Hent det derefter som PDF, udskriv det, eller kopier teksten til Digital Post eller en e-mail.
letters-download-pdf = Hent som PDF
letters-print = Udskriv
letters-pdf-ready = PDF-filen er klar. Find den i dine overførsler.
letters-pdf-failed = PDF-filen kunne ikke laves
letters-pdf-unsupported = PDF-filen kan ikke laves, fordi brevets skrift ikke har disse tegn: { $chars }. Skriv dem med latinske bogstaver (som i dit pas eller på dit sundhedskort), eller kopiér brevets tekst herunder i stedet.
letters-not-ready = Brevet mangler stadig nogle svar. Se listen under "Dit brev".
letters-plain-text = Brevet som tekst
letters-plain-text-hint = Marker teksten og kopier den ind i Digital Post eller en e-mail.
letters-preview = Dit brev
letters-rules-used = Regler, brevet bygger på
letters-missing = Brevet mangler disse svar:
letters-field-sender-name = Dit navn
letters-field-recipient-name = Myndighedens navn
letters-field-date = Dato for dit brev
letters-field-letter-date = Datoen på myndighedens brev
letters-field-points = Mindst ét punkt
letters-field-points-account = Hvad der skete (for hvert punkt)
letters-field-reply-by = Svarfristen i brevet
letters-field-new-reply-by = Den nye frist, du beder om
letters-field-points-or-procedural-errors-or-request = Hvad du er uenig i, en fejl i sagen eller hvad du beder om
letters-field-final-authority = Hvem traf den endelige afgørelse
letters-field-final-decision-date = Datoen for den endelige afgørelse
letters-help-title = Gratis hjælp
letters-help-body = Du kan få gratis hjælp hos kommunens borgerrådgiver (hvis din kommune har en), din fagforening eller a-kasse, Den Uvildige Konsulentordning på Handicapområdet (DUKH) og retshjælpen.
letters-pdf-saved = PDF-filen er gemt her: { $path }
letters-reply-deadline = Svar senest { $date }.
letters-complaint-deadline = Klagen skal være modtaget senest { $date }.
letters-deadline-explain = Se hvordan fristen er regnet ud

## Mine sager
nav-sager = Mine sager
cases-title = Mine sager og frister
cases-intro = Gem de breve, du får, så holder appen styr på dine frister. Fristerne regnes altid forfra ud fra dine breve.
cases-where-desktop = Dine sager gemmes kun på denne computer.
cases-where-web = Dine sager gemmes kun i denne browser på denne enhed. Sletter du browserens data, forsvinder de.
cases-reminders-title = Husk
cases-reminder = { $kind } i sagen "{ $case }": senest { $date }. { $days }
cases-check-in = Du klagede { $date } i sagen "{ $case }". Har du fået svar? Hvis ikke, kan du spørge myndigheden, hvornår du får svar.
cases-open = Gå til Mine sager
cases-saved = Gemt.
cases-save-failed = Kunne ikke gemme
cases-deleted = Sagen er slettet.
cases-back = Tilbage til alle sager
cases-all-deleted = Alt er slettet fra denne enhed.
cases-untitled = Ny sag
cases-deadlines-title = Mine frister
cases-deadlines-caption = Alle frister i dine sager, den nærmeste først
cases-no-deadlines = Du har ingen frister endnu. Opret en sag og skriv de breve ind, du har fået.
cases-col-date = Frist
cases-col-left = Tid tilbage
cases-col-kind = Hvad
cases-col-case = Sag
cases-col-rule = Regel
cases-ics = Hent fristerne til din kalender (.ics)
cases-ics-ready = Kalenderfilen er klar. Åbn den for at lægge fristerne og påmindelserne i din kalender.
cases-list-title = Sager
cases-adviser-mode = Rådgivertilstand (flere klienter)
cases-search = Søg i sager
cases-next = Næste frist: { $date }
cases-new-title = Navn på ny sag
cases-new = Opret sag
cases-person = Klientens navn
cases-events-title = Breve og handlinger
cases-case-deadlines = Frister i sagen
cases-add-event = Tilføj et brev eller en handling
cases-event-kind = Hvad er sket?
cases-event-decision = Afgørelse fra kommunen eller Udbetaling Danmark
cases-event-akasse-decision = Afgørelse fra a-kassen
cases-event-partshoering = Brev om partshøring (datoen er svarfristen)
cases-event-final-decision = Endelig afgørelse fra Ankestyrelsen
cases-event-aktindsigt-requested = Jeg har bedt om aktindsigt
cases-event-complaint-filed = Jeg har klaget (myndigheden har fået klagen)
cases-event-sick-from = Første sygedag
cases-event-other = Andet
cases-event-date = Dato
cases-event-date-reply = Svarfristen i brevet (den dato, I senest skal svare)
cases-event-paper = Brevet kom med almindelig post (datoen er datoen på brevet)
cases-by-paper = med post
cases-event-authority = Myndighed (frivilligt)
cases-add = Tilføj
cases-notes = Noter
cases-note-label = Ny note
cases-add-note = Gem note
cases-print = Udskriv sagen
cases-delete = Slet sagen
cases-delete-confirm = Vil du slette sagen og alt i den? Det kan ikke fortrydes.
cases-delete-all-title = Slet alt
cases-delete-all-body = Fjern alle sager, kladder og udfyldte svar fra denne enhed.
cases-delete-all = Slet alt på denne enhed
cases-delete-all-confirm = Vil du slette alt, appen har gemt på denne enhed? Det kan ikke fortrydes.
cases-export-title = Send sagen til en rådgiver
cases-export-body = Sagen gemmes som én fil, der er låst med en adgangskode. Send filen og fortæl adgangskoden på en anden måde, fx i telefonen.
cases-fuldmagt = Hvis en rådgiver skal handle på dine vegne over for kommunen eller a-kassen, skal du give en fuldmagt (forvaltningslovens § 8).
cases-fuldmagt-template = Skabelon til fuldmagt
cases-fuldmagt-text = FULDMAGT

    Jeg, [dit navn], [din adresse], giver hermed [rådgiverens navn], [organisation], fuldmagt til at repræsentere mig i min sag hos [myndighed], sagsnummer [nummer].

    Fuldmagten giver ret til at få aktindsigt, modtage breve og afgørelser, udtale sig og klage på mine vegne, jf. forvaltningslovens § 8.

    Fuldmagten gælder, indtil jeg skriftligt tilbagekalder den.

    Dato: __________  Underskrift: ____________________
cases-passphrase = Adgangskode
cases-passphrase-hint = Mindst 8 tegn. Brug gerne nogle ord i træk, fx "blå cykel spiser sne".
cases-passphrase-short = Adgangskoden skal være mindst 8 tegn.
cases-export = Gem sagen som låst fil
cases-exported = Sagen er gemt som låst fil her: { $path }
cases-exported-download = Sagen er hentet som låst fil (sag.rof). Du finder den i din browsers overførsler.
cases-import-title = Modtag en sag
cases-import-body = Vælg en sagsfil (.rof), og skriv adgangskoden. En nyere sag på denne enhed bliver aldrig overskrevet uden, at du vælger det.
cases-import-file = Sagsfil
cases-import = Åbn sagsfilen
cases-import-choose = Vælg først en sagsfil.
cases-import-added = Sagen er tilføjet.
cases-import-updated = Sagen er opdateret med den nyere version fra filen.
cases-import-unchanged = Sagen fandtes allerede uændret. Intet er ændret.
cases-import-conflict = Der findes allerede en version af sagen på denne enhed, som er nyere eller anderledes. Vælg, hvad der skal ske.
cases-import-conflict-caption = De to versioner af sagen
cases-import-on-device = På denne enhed
cases-import-in-file = I filen
cases-import-version = Version
cases-import-changed = Sidst ændret
cases-import-keep-both = Behold begge
cases-import-replace = Erstat med filens version
cases-import-error-wrong-passphrase = Forkert adgangskode. Intet er ændret.
cases-import-error-empty = Filen er tom. Intet er ændret.
cases-import-error-too-large = Filen er for stor til at være en sagsfil. Intet er ændret.
cases-import-error-not-age-file = Det er ikke en låst sagsfil. Intet er ændret.
cases-import-error-not-passphrase-file = Filen er ikke låst med en adgangskode. Intet er ændret.
cases-import-error-truncated = Filen er afkortet. Bed om at få den igen. Intet er ændret.
cases-import-error-damaged = Filen er beskadiget. Bed om at få den igen. Intet er ændret.
cases-import-error-too-much-work = Filen kan ikke åbnes sikkert. Intet er ændret.
cases-import-error-not-a-case-file = Filen kan åbnes, men er ikke en sag fra Ret og Frist. Intet er ændret.
cases-import-error-newer-format = Filen er lavet med en nyere version af appen. Opdater appen. Intet er ændret.
cases-import-error-newer-case-schema = Filen er lavet med en nyere version af appen. Opdater appen. Intet er ændret.
cases-import-error-invalid-case = Sagen i filen er ikke gyldig. Intet er ændret.
cases-reminder-days = Påmind mig så mange dage før en frist
cases-reminder-days-hint = Skriv tal adskilt af komma, fx 7, 2. Påmindelserne vises, når du åbner appen, og kommer med i kalenderfilen.
cases-reminder-days-error = Skriv hele dage mellem 0 og 60, adskilt af komma, fx 7, 2.
cases-reminder-days-save = Gem påmindelser

## Regler og satser
nav-regler = Regler og satser
rulebook-title = Regler og satser
rules-intro = Her er alle de regler, appen regner med: værdien, hvornår den gælder, paragraffen, kilden og hvor sikre vi er. Regler, der ikke er bekræftet i en officiel kilde, er markeret.
rules-search = Søg i reglerne
rules-search-hint = Søg på ord, paragraf eller sti, fx "klage", "§ 19" eller "frist.complaint".
rules-unconfirmed-only = Vis kun regler, der ikke er bekræftet
rules-count = Viser { $shown } af { $total } regler.
# Sections of the rule book that open and close; the heading carries the number of rules in it.
rules-area-heading = { $area } ({ $count })
rules-area-deadlines = Frister og helligdage
rules-area-benefits = Ydelser og satser
rules-area-family = Bolig og børn
rules-area-tax = Skat
rules-area-municipal-tax = Kommuneskat og kirkeskat
rules-area-status = Målgrupper, rettigheder og pligter
rules-area-appeals = Klage og sagsbehandling
rules-area-other = Andre regler
rules-current = Gælder nu
rules-history = Historik og fremtidige værdier
rule-id = Regel-id (til rådgivere og kommandolinjen)
status-save-title = Gem din status i en sag
status-save-case = Sag
status-save = Gem status i sagen
status-saved-to-case = Din status er gemt i sagen.
cases-status-title = Status og rettigheder
cases-status-line = Målgruppe { $date }: { $group }
cases-no-group = ikke fundet
pack-title = Regelpakke
pack-active-builtin = Appen bruger de indbyggede regler ({ $pack }).
pack-active-imported = Appen bruger den indlæste regelpakke { $pack } af { $date }. Den er kontrolleret med appens nøgle.
pack-import = Indlæs en nyere regelpakke
pack-import-hint = En regelpakke er en fil med nye satser og regler. Den bruges kun, hvis den er underskrevet med Ret og Frists nøgle, og alle regler har kilde, paragraf og dato.
pack-refused = Regelpakken blev afvist, og intet er ændret: { $why }
pack-back = Gå tilbage til de indbyggede regler
pack-error-untrusted-key = Den er ikke underskrevet med Ret og Frists nøgle.
pack-error-bad-signature = Underskriften passer ikke. Filen kan være ændret.
pack-error-hash-mismatch = Indholdet passer ikke med underskriften. Filen kan være ændret.
pack-error-malformed = Det er ikke en regelpakke.
pack-error-too-large = Filen er for stor til at være en regelpakke.
pack-error-invalid-rules = Reglerne i pakken er ikke gyldige.
overrides-title = Beregnet med overstyrede regler
overrides-clear = Fjern alle overstyringer
overrides-baseline = Uden overstyring ville fristen være { $date }.
overrides-form = Overstyr værdien (for rådgivere)
overrides-value = Ny værdi (helt tal)
overrides-note = Hvorfor, og hvad er kilden? (skal udfyldes)
overrides-save = Brug den nye værdi på denne enhed
overrides-need-note = Skriv hvorfor og kilden. Uden en begrundelse bruges overstyringen ikke.
overrides-need-number = Skriv et helt tal.
error-too-far = Vi kan ikke beregne fristen: Reglen { $path } giver en optælling på mere end { $limit } dage. Tjek, om reglen er overstyret med en forkert værdi.
overrides-out-of-range = Værdien skal ligge mellem { $min } og { $max }.
pack-error-older = Pakken er ældre end de regler, appen bruger nu. En ældre pakke kan ikke erstatte nyere regler.
pack-dropped = Den gemte regelpakke { $pack } er fjernet, fordi den ikke længere kan bruges: { $why } Appen bruger nu de indbyggede regler.
pack-not-loaded = Din gemte regelpakke kunne ikke hentes lige nu, så appen bruger de indbyggede regler. Pakken er ikke slettet: genindlæs siden, når du har forbindelse.
# Shown when a stored case cannot be read (damaged); the other cases are shown as usual.
cases-damaged = Sagen "{ $name }" er beskadiget og kan ikke åbnes. Den er gemt, som den var. Dine andre sager og påmindelser virker som normalt.

## Marks a field that must be filled in (after its label).
field-required = (skal udfyldes)
## A rule that rests on practice, not on a § of a law.
rule-reference-none = Ingen bestemt § i loven
## Shown while a part of the app that is fetched on first use loads (the letter reader, the case file, the PDF).
lazy-loading = Henter …
## That part could not be fetched (e.g. offline before the first visit with a connection).
lazy-load-failed = Den del af appen kunne ikke hentes. Er du offline? Prøv igen, når du har forbindelse. Efter ét besøg med forbindelse virker den også offline.

# Case detail: the section with the reminder setting.
cases-reminders-section = Påmindelser
## The chosen language's texts could not be fetched (web build; e.g. offline before the first visit with a connection). $lang is the language's own name.
lang-load-failed = { $lang } kunne ikke hentes. Er du offline? Siden vises fortsat på dette sprog. Prøv igen, når du har forbindelse; efter ét besøg med forbindelse virker alle sprog også offline.
## navigator --pack FILE: the pack cannot be used (the reason follows).
cli-pack-refused = Regelpakken { $file } kan ikke bruges: { $why }
pack-error-wrong-format = Filen er ikke i regelpakkernes format.
pack-error-unsupported-version = Pakken er lavet til en anden version af appen.
pack-error-invalid-field = Et felt i pakkens hoved er ugyldigt.
pack-error-unknown-file = Pakken indeholder en regelfil, som appen ikke kender.
pack-error-missing-file = Pakken mangler en regelfil.
pack-error-key = Nøglefilen kan ikke bruges.
