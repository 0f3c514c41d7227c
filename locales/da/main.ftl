## Ret og Frist — dansk (kildesprog). Korte sætninger, hverdagsord.

app-title = Ret og Frist
app-tagline = Dine frister, regler og rettigheder — beregnet på din egen enhed.
nav-label = Hovedmenu
nav-frister = Frister
lang-label = Sprog
lang-da = Dansk
lang-en = English
skip-link = Gå til indhold
offline-note = Appen virker uden internet. Intet du skriver, bliver sendt nogen steder hen.
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
step-presumed-received = Et brev med posten regnes for modtaget { $n } omdelingsdage senere: { $date }.
step-start = { $event ->
    [received] Du fik afgørelsen { $date }. Den dag tæller ikke med (dag 0).
    [complaint-received] Kommunen fik klagen { $date }. Den dag tæller ikke med (dag 0).
    [decided] Den endelige afgørelse er fra { $date }.
    [request-received] Myndigheden fik anmodningen { $date }. Den dag tæller ikke med (dag 0).
    [first-sick-day] Din første sygedag var { $date }.
   *[other] Fristen regnes fra { $date }.
  }
step-counted = { $length } senere er { $date }.
step-moved = { $from } er { $reason }. Fristen flytter til { $to }.
step-kept-uncertain = { $date } er { $day }. Fristen bliver på den dag.
step-not-counted = De første { $n } dage ({ $from } til { $to }) tæller ikke med.
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
warning-not-confirmed = En regel i beregningen ({ $path }) er ikke helt bekræftet. Sikkerhed: { $confidence }. Tjek fristen i dit brev.
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
