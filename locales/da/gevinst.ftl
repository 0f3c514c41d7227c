## "Kan det betale sig?" — labels of every figure (gain-<id>), messages and the questionnaire.

gain-disposable = Til rådighed
gain-person1 = Dig
gain-person2 = Din partner
gain-net_income = Indkomst efter skat
gain-wage = Løn før skat
gain-benefits_taxable = Ydelse før skat
gain-atp = ATP (din del)
gain-benefit_atp = ATP af ydelsen (din del)
gain-am_bidrag = Arbejdsmarkedsbidrag (AM-bidrag)
gain-income_tax = Indkomstskat
gain-personal_income = Personlig indkomst
gain-taxable_income = Skattepligtig indkomst
gain-beskaeftigelsesfradrag = Beskæftigelsesfradrag
gain-ekstra_beskaeftigelsesfradrag = Ekstra beskæftigelsesfradrag for enlige forsørgere
gain-jobfradrag = Jobfradrag
gain-bundskat = Bundskat
gain-mellemskat = Mellemskat
gain-topskat = Topskat
gain-toptopskat = Toptopskat
gain-kommuneskat = Kommuneskat
gain-kirkeskat = Kirkeskat
gain-personfradrag_rest = Personfradrag, som andre skatter ikke kunne bruge
gain-personfradrag_aegtefaelle = Personfradrag overført fra ægtefællen
gain-kontanthjaelp = Kontanthjælp
gain-kontanthjaelp-sats = Kontanthjælp før fradrag
gain-kontanthjaelp-fradrag_egen_loen = Fradrag for din løn
gain-kontanthjaelp-fradrag_aegtefaelle = Fradrag for din partners indtægt
gain-dagpenge = Dagpenge
gain-sygedagpenge = Sygedagpenge
gain-ledighedsydelse = Ledighedsydelse
gain-fleksloentilskud = Fleksløntilskud
gain-boligsikring = Boligsikring (boligstøtte)
gain-boligsikring-boligudgift = Husleje, som boligstøtten regner med
gain-boligsikring-areal = Husleje for det areal, der tæller med
gain-boligsikring-huslejeloft = Højeste husleje, der tæller med
gain-boligsikring-indkomst = Husstandens indkomst
gain-boligsikring-formuetillaeg = Tillæg for formue
gain-boligsikring-egenbetaling = Højst: husleje minus mindste egenbetaling
gain-boligsikring-maks = Højeste boligsikring
gain-boligsikring-uden_boern = Højst 15 % af huslejen uden børn
gain-boligsikring-minimum = Mindste beløb, der udbetales
gain-boerneydelse = Børne- og ungeydelse
gain-boerneydelse-barn = Barn
gain-boerneydelse-aftrapning = Nedsættelse ved høj indkomst
gain-boernetilskud = Børnetilskud
gain-boernetilskud-ordinaert = Ordinært børnetilskud
gain-boernetilskud-ekstra = Ekstra børnetilskud
gain-fritidstillaeg = Fritidstillæg
gain-childcare = Børnepasning efter tilskud
gain-childcare-price = Pris for børnepasning
gain-friplads = Fripladstilskud
gain-transport = Transport til job

gain-cannot = Kan ikke beregne { $what }: satsen { $path } har { $reason ->
    [no-such-rate] ingen regel i regeldata
   *[other] ingen bekræftet værdi den { $date }
  }. En rådgiver kan indtaste værdien under Regler og satser (med en begrundelse).

gain-cliff-ends = { $part } falder bort ved { $n ->
    [one] { $hours } time
   *[other] { $hours } timer
  } om ugen.
gain-cliff-starts-falling = { $part } begynder at blive mindre ved { $n ->
    [one] { $hours } time
   *[other] { $hours } timer
  } om ugen.
gain-cliff-drop = Ved { $n ->
    [one] { $hours } time
   *[other] { $hours } timer
  } om ugen falder det, du har til rådighed, fordi { $part } falder.
gain-cliff-cost = Ved { $n ->
    [one] { $hours } time
   *[other] { $hours } timer
  } om ugen falder det, du har til rådighed, fordi { $part } begynder at koste penge.

## The questionnaire and results screen (#gevinst)

nav-gevinst = Kan det betale sig?
gain-title = Kan det betale sig at arbejde?
gain-intro = Svar på nogle få spørgsmål. Så viser vi, hvor mange penge din husstand har til rådighed i dag, og hvor mange I vil have med jobbet. Vi viser reglen bag hver krone. Alt regnes her på din enhed. Intet sendes.
gain-steps-label = Spørgsmål
gain-step-you = Dig
gain-step-partner = Partner
gain-step-children = Børn
gain-step-housing = Bolig
gain-step-benefit = Ydelse i dag
gain-step-job = Jobbet
gain-step-result = Resultat
gain-back = Tilbage
gain-next = Næste
gain-show-result = Vis resultatet
gain-interim = Foreløbigt: { $gain } kr. mere eller mindre om måneden med jobbet (minus betyder mindre). Svar på resten for et sikrere tal.
gain-interim-cannot = Vi kan ikke regne det hele ud endnu. Se hvorfor under Resultat.
gain-interim-missing = Svar på spørgsmålene, så viser vi et foreløbigt resultat her.
gain-error-negative = Tallet må ikke være negativt.
gain-error-required = Skriv et tal her.
gain-error-number = Skriv et tal, fx 12.500 eller 165,50.
gain-error-ages = Skriv børnenes alder som tal med komma imellem, fx 4, 9.
gain-error-area = Arealet skal være mere end 0 m².
gain-error-municipality = Vælg en kommune på listen.
gain-error-range = Tallet ligger uden for det mulige (alder 15–120 år, højst 80 timer om ugen).
gain-kr-month = { $amount } kr. om måneden
gain-kr-year = { $amount } kr. om året
gain-rules-used = Regler
gain-age = Din alder
gain-municipality = Din kommune
gain-year = År
gain-church = Jeg er medlem af folkekirken
gain-partner = Jeg bor sammen med en ægtefælle eller samlever
gain-married = Vi er gift
gain-partner-age = Din partners alder
gain-partner-hours = Din partners arbejdstimer om ugen
gain-partner-hours-hint = Skriv 0, hvis din partner ikke arbejder.
gain-partner-wage = Din partners løn om måneden før skat
gain-partner-benefit = Din partners ydelse
gain-partner-kh-amount = Din partners kontanthjælp om måneden før skat
gain-benefit-none = Ingen ydelse
gain-benefit-kontanthjaelp = Kontanthjælp
gain-benefit-dagpenge = Dagpenge fra a-kassen
gain-benefit-sygedagpenge = Sygedagpenge
gain-benefit-fleksjob = Visiteret til fleksjob (ledighedsydelse)
gain-children = Børnenes alder
gain-children-hint = Børn, der bor hos dig. Skriv alderen med komma imellem, fx 4, 9. Lad feltet være tomt, hvis du ikke har børn hjemme.
gain-childcare-hint = Den fulde pris før fripladstilskud. Lad feltet være tomt, hvis I ikke betaler for pasning.
gain-renting = Jeg bor til leje
gain-rent = Husleje om måneden
gain-rent-hint = Huslejen, som den står i lejekontrakten.
gain-area = Boligens areal i m²
gain-area-hint = Arealet står i lejekontrakten, fx "Boligareal: 65 m²".
gain-heating-separate = Jeg betaler varme ved siden af huslejen
gain-hot-water-included = Varmt vand er med i huslejen
gain-electricity-included = El er med i huslejen
gain-kh-tilpasning = Midlertidigt tilpasningstillæg om måneden
gain-kh-tilpasning-hint = Kun hvis du er under 30 år, og tillægget står i din afgørelse, fx "Midlertidigt tilpasningstillæg: … kr.". Lad feltet være tomt, hvis det ikke står der, eller hvis beløbet allerede er med i din kontanthjælp ovenfor.
gain-dp-beskaeftigelsestillaeg = Jeg får beskæftigelsestillæg til mine dagpenge
gain-dp-beskaeftigelsestillaeg-hint = Beskæftigelsestillægget er en højere sats i starten af dagpengeperioden. Det står i a-kassens afgørelse om dine dagpenge. Sæt kun kryds, hvis det står der.
gain-wealth = Husstandens formue
gain-wealth-hint = Fx opsparing. Lad feltet være tomt, hvis I ikke har formue.
gain-benefit = Din ydelse i dag
gain-kh-sats = Din sats
gain-kh-sats-forhoejet = Forhøjet sats
gain-kh-sats-grundsats = Grundsats
gain-kh-sats-mindstesats = Mindstesats
gain-kh-sats-hjemmeboende = Sats for hjemmeboende
gain-kh-amount = Din kontanthjælp om måneden før skat
gain-kh-amount-hint = Beløbet står i din afgørelse fra kommunen, fx "Din kontanthjælp udgør … kr. om måneden". Tag tillæg med. Satserne for 2026 er ikke bekræftet i appen, så vi har brug for dit beløb.
gain-kh-months = Antal måneder i træk, du har fået kontanthjælp
gain-kh-months-hint = Bruges til ATP: det første år betaler du ikke ATP af kontanthjælpen. Lad feltet være tomt, hvis det er mere end et år.
gain-dp-rate = Din dagpengesats om måneden
gain-dp-rate-hint = Står hos din a-kasse. Lad feltet være tomt, hvis du ikke kender den.
gain-dp-prev-wage = Din løn om måneden, før du blev ledig
gain-dp-prev-wage-hint = Bruges til at regne satsen ud (90 % af lønnen efter AM-bidrag), hvis du ikke kender den. Tomt betyder højeste sats.
gain-syg-wage = Din timeløn, før du blev syg
gain-syg-hours = Dine timer om ugen, før du blev syg
gain-fleksjob-hint = Uden job får du ledighedsydelse. Med jobbet får du løn for de timer, du arbejder, og fleksløntilskud.
gain-job-hours = Timer om ugen i jobbet
gain-job-hours-hint = 37 timer er fuld tid.
gain-hours-example = fx 37
gain-job-wage = Timeløn før skat
gain-job-wage-hint = Fx 165 eller 165,50 kr.
gain-transport-cost = Transport til jobbet om måneden
gain-problems-title = Ret disse svar
gain-period = Vis beløb
gain-period-month = Om måneden
gain-period-year = Om året
gain-result-title = Det betyder jobbet for jer
gain-result-cannot = Vi kan ikke regne hele resultatet ud. Se hvorfor nedenfor.
gain-gain-positive = I får { $amount } mere med jobbet.
gain-gain-negative = I får { $amount } mindre med jobbet.
gain-per-hour = Det er { $amount } kr. for hver ekstra time, du arbejder.
gain-summary-caption = Til rådighed i dag og med jobbet
gain-today = I dag
gain-with-job = Med jobbet
gain-cannot-title = Det kan vi ikke regne ud
gain-overridden-title = Beregnet med rettede satser
gain-uncertain = { $count } af de satser, vi regner med, er ikke bekræftet af en officiel kilde. Se hvilke.
gain-tree-title = Sådan er tallene regnet ud
gain-tree-hint = Åbn en linje for at se, hvad den består af, og hvilken regel der ligger bag.
gain-chart-title = Til rådighed ved forskellige timetal
gain-chart-hint = Samme timeløn, fra 0 til 45 timer om ugen. De skraverede steder er, hvor en støtte falder bort.
gain-chart-desc = Kurve over, hvad husstanden har til rådighed om måneden, når antallet af timer stiger. Tallene står i tabellen ved siden af.
gain-chart-x = Timer om ugen
gain-chart-caption = Til rådighed om måneden. Tabellen har de samme tal.
gain-chart-tap = Tryk på kurven for at se tallene ved et timetal.
gain-chart-point = Ved { $n ->
    [one] { $hours } time
   *[other] { $hours } timer
  } om ugen: løn før skat { $wage } kr., til rådighed { $disposable } kr. om måneden.
gain-table-caption = Til rådighed ved hvert timetal (kr. om måneden)
gain-col-hours = Timer om ugen
gain-col-wage = Løn før skat
gain-col-disposable = Til rådighed
gain-col-marginal = Af den sidste ekstra løn går tabt
gain-edit = Ret dine svar
gain-print = Udskriv resultatet
gain-not-advice = Beregningen er en hjælp, ikke en afgørelse. Kommunen, a-kassen og Udbetaling Danmark regner selv. Spørg din a-kasse, fagforening eller borgerrådgiveren, hvis tallet betyder noget for dit valg.

## Units of rates in the rule browser
unit-kr-year = { $n } kr. om året
unit-kr-quarter = { $n } kr. i kvartalet
unit-kr-month = { $n } kr. om måneden
unit-kr-week = { $n } kr. om ugen
unit-kr-hour = { $n } kr. i timen
unit-m2 = { $n } m²
unit-kr-m2-year = { $n } kr. pr. m² om året
unit-hours-month = { $n } timer om måneden
unit-count = { $n }

## Gain calculations kept in a case, and rules corrected for one case
gain-from-case = Beregnet for sagen "{ $title }" med sagens rettede regler.
gain-case-forget = Brug appens almindelige regler
gain-save-title = Gem beregningen i en sag
gain-save-no-cases = Opret en sag først, så kan du gemme beregningen i den.
gain-save-case = Sag
gain-save-name = Navn på beregningen (kan udelades)
gain-save-button = Gem i sagen
gain-save-default-title = Job { $n ->
    [one] { $hours } time
   *[other] { $hours } timer
  } om ugen, { $wage } kr. om måneden
gain-saved = Gemt i sagen "{ $title }".
gain-save-failed = Beregningen blev ikke gemt: { $why }
cases-overridden-badge = rettet regel
cases-scenario-gain = { $gain } kr. om måneden med jobbet (regnet med dagens regler)
cases-scenario-open = Åbn
cases-remove = Fjern
cases-scenarios-title = Kan det betale sig? Gemte beregninger
cases-scenarios-none = Ingen gemte beregninger. Regn et job igennem under
cases-overrides-title = Regler rettet for denne sag
cases-overrides-hint = For rådgivere: ret en sats eller frist kun for denne sag, fx fordi kommunens afgørelse bruger et andet beløb. Skriv altid hvorfor. Frister og beregninger i sagen viser, at en regel er rettet.
cases-override-path = Regel (sti, fx frist.complaint)
cases-override-unknown = Den regel findes ikke. Vælg en sti fra listen under Regler og satser.
cases-override-add = Ret reglen for sagen
gain-baseline = Uden de rettede regler: { $amount } i gevinst.

# --- Years whose rates are not published (estimated or cannot compute) ---
gain-cannot-not-published = Kan ikke beregne { $what }: satsen { $path } for { $year } er ikke offentliggjort, og loven giver ingen metode til at skønne den. En rådgiver kan indtaste værdien under Regler og satser (med en begrundelse).
gain-estimated-title = Skøn: satser for { $year } er ikke offentliggjort
gain-estimated-warning = Beregningen for { $year } bygger på skøn. Nogle satser for { $year } er ikke offentliggjort endnu; de er skønnet ud fra den seneste offentliggjorte sats. Resultatet er ikke et beløb efter loven for { $year }.
gain-estimated-unchanged = { $label }: uændret fra { $value_year }, satsen for { $year } er ikke offentliggjort.
gain-estimated-regulated = { $label }: { $value_year }-satsen reguleret med { $method ->
    [psl20] personskattelovens § 20
   *[other] satsreguleringsprocenten
  } ({ $percents }){ $missing_count ->
    [0] {""}
   *[other] , uændret for { $missing } (ikke offentliggjort)
  }.

## Beskæftigelsestillæg (dagpenge), midlertidigt tilpasningstillæg (kontanthjælp): labels and the "not included" message.
gain-dagpenge-beskaeftigelsestillaeg = Højeste dagpenge med beskæftigelsestillæg
gain-kontanthjaelp-tilpasningstillaeg = Midlertidigt tilpasningstillæg
gain-not-included-title = Ikke regnet med
gain-senior_beskaeftigelsesfradrag = Ekstra beskæftigelsesfradrag for seniorer
gain-capital_income = Positiv kapitalindkomst (fx renter)
gain-mellemskat-kapitalindkomst = Mellemskat af kapitalindkomst
gain-topskat-kapitalindkomst = Topskat af kapitalindkomst
gain-birth-year = Fødselsår
gain-birth-month = Fødselsmåned (1-12)
gain-capital-income = Positiv kapitalindkomst om året (fx renter), kr.
gain-birth-hint = Bruges til det ekstra beskæftigelsesfradrag for seniorer i årene før folkepensionsalderen. Står på dit sundhedskort.
gain-capital-income-hint = Fx renter af opsparing om året, når renteudgifter er trukket fra. Står på din årsopgørelse. Lad feltet være tomt, hvis du ikke har det.
gain-partner-capital-income = Din partners positive kapitalindkomst om året (fx renter), kr.
gain-not-included = { $reason ->
    [tax-only] { $adult ->
        [1] Din kapitalindkomst
       *[other] Din partners kapitalindkomst
      } er kun regnet med i skatten, ikke i kontanthjælp, boligstøtte, fripladstilskud eller børne- og ungeydelse. Negativ kapitalindkomst (fx renteudgifter) er slet ikke regnet med.
   *[other] { $what } er ikke regnet med for { $adult ->
        [1] dig
       *[other] din partner
      }: { $reason ->
        [amount-not-confirmed] beløbet er ikke bekræftet i loven, så vi gætter ikke. Står tillægget i afgørelsen om kontanthjælp, så skriv beløbet ind.
        [needs-birth-date] vi kan ikke se, om personen er i de sidste år før folkepensionsalderen. Skriv fødselsår og fødselsmåned, så regner vi det med, hvis det gælder.
       *[other] tillægget gives kun fra { $from } til { $to } og kun til personer under { $age } år.
      }
  }

## Formulas with words (gain-f-<id>, core/src/gain: fm!(id: ...)). $v1, $v2, … are the values as
## the formula shows them. The Danish text is the same as the template in the code (tested).
gain-f-kh-decision = beløbet fra din afgørelse
gain-f-kh-decision-year = beløbet fra din afgørelse × 12
gain-f-kh-deduction = ({ $v1 } − { $v2 } kr. × { $v3 } timer) × 12
gain-f-kh-none = indtægten er større end hjælpen: ingen kontanthjælp
gain-f-dp-tillaeg = { $v1 } × { $v2 } = { $v3 } kr. om måneden
gain-f-dp-none = under { $v1 } ledige timer: ingen supplerende dagpenge
gain-f-sdp = min({ $v1 } kr. × { $v2 } timer; { $v3 } kr. om ugen × 52 / 12)
gain-f-child-age = { $v1 } år
gain-f-bu-reduction = { $v1 } × (indkomst − { $v2 })
gain-f-friplads = { $v1 } × (100 % − { $v2 } %); indkomst { $v3 } mellem { $v4 } og { $v5 }
gain-f-fritidstillaeg = { $v1 } kr. × { $v2 } børn × 12
gain-f-atp = { $v1 } kr. × 12 ({ $v2 } timer/md.)
gain-f-atp-none = { $v1 } timer/md. er under grænsen
gain-cannot-kh-amount = Kan ikke beregne { $what }: appen kender ikke kontanthjælpens satser for { $year }. Skriv beløbet fra kommunens afgørelse i feltet «{ gain-kh-amount }» (eller din partners) på trinnet om ydelsen, så regner vi med det.
gain-error-year = Regnereglerne har ingen dag at regne dette år ud fra. Vælg et andet år.
