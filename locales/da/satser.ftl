# Satsernes navne, efter regelsti: rate-<sti med . som ->.
# Navnet her er det, skærm og CLI viser. rules/dk/satser/*.toml har stadig label/label_en:
# dem bruger en regelpakke med en ny sats, som ingen tekst har her.

## boligstoette.toml
rate-boligsikring-husleje_andel = Boligsikring, andel af boligudgiften
rate-boligsikring-indkomst_andel = Boligsikring, fradrag af indkomst over grænsen
rate-boligsikring-indkomstgraense = Boligsikring, indkomstgrænse
rate-boligsikring-graense_pr_barn = Boligsikring, forhøjelse af indkomstgrænsen pr. barn (2.–4. barn)
rate-boligsikring-egenbetaling_min = Boligsikring, mindste egenbetaling
rate-boligsikring-maks = Boligsikring, højeste beløb (0–3 børn)
rate-boligsikring-maks_4_boern_tillaeg = Boligsikring, forhøjelse af højeste beløb ved 4 eller flere børn
rate-boligsikring-maks_andel_uden_boern = Boligsikring uden børn, højst andel af boligudgiften
rate-boligsikring-huslejeloft = Boligsikring, højeste boligudgift der medregnes (uden børn)
rate-boligsikring-huslejeloft_boern_tillaeg-1_barn = Huslejeloft, forhøjelse med 1 barn
rate-boligsikring-huslejeloft_boern_tillaeg-2_boern = Huslejeloft, forhøjelse med 2 børn
rate-boligsikring-huslejeloft_boern_tillaeg-3_boern = Huslejeloft, forhøjelse med 3 børn
rate-boligsikring-huslejeloft_boern_tillaeg-4_boern = Huslejeloft, forhøjelse med 4 eller flere børn
rate-boligsikring-minimum_udbetaling = Boligsikring, mindste beløb der udbetales
rate-boligsikring-areal-foerste_person = Boligsikring, areal der medregnes for første person
rate-boligsikring-areal-pr_person = Boligsikring, areal der medregnes pr. ekstra person
rate-boligsikring-varme_fradrag = Fradrag i huslejen pr. m², når varme er med i huslejen
rate-boligsikring-varme_tillaeg = Tillæg til huslejen pr. m², når varme betales særskilt
rate-boligsikring-formue-graense1 = Formuetillæg, nedre formuegrænse
rate-boligsikring-formue-sats1 = Formuetillæg, procent af formue mellem nedre og øvre grænse
rate-boligsikring-formue-graense2 = Formuetillæg, øvre formuegrænse
rate-boligsikring-formue-sats2 = Formuetillæg, procent af formue over øvre grænse
rate-boligsikring-varmt_vand_fradrag = Fradrag i huslejen pr. m², når varmt vand er med i huslejen
rate-boligsikring-el_fradrag = Fradrag i huslejen pr. m², når el er med i huslejen

## familie.toml
rate-boerneydelse-0_2 = Børneydelse, 0–2 år, pr. barn
rate-boerneydelse-3_6 = Børneydelse, 3–6 år, pr. barn
rate-boerneydelse-7_14 = Børneydelse, 7–14 år, pr. barn
rate-boerneydelse-15_17 = Ungeydelse, 15–17 år, pr. barn
rate-boerneydelse-aftrapning-graense = Børne- og ungeydelse, indkomstgrænse for nedsættelse
rate-boerneydelse-aftrapning-sats = Børne- og ungeydelse, nedsættelse i procent af indkomsten over grænsen
rate-boernetilskud-ordinaert = Ordinært børnetilskud pr. barn (enlig forsørger)
rate-boernetilskud-ekstra = Ekstra børnetilskud pr. familie (enlig forsørger)
rate-friplads-nedre_graense = Fripladstilskud, nedre indkomstgrænse (hel friplads)
rate-friplads-oevre_graense = Fripladstilskud, øvre indkomstgrænse (intet tilskud herover)
rate-friplads-enlig_tillaeg = Fripladstilskud, forhøjelse af grænserne for enlige forsørgere
rate-friplads-pr_barn_tillaeg = Fripladstilskud, forhøjelse af grænserne pr. barn ud over det første
rate-friplads-foerste_egenbetaling = Fripladstilskud, egenbetaling på første trin
rate-friplads-trin = Fripladstilskud, stigning i egenbetaling pr. trin
rate-friplads-antal_trin = Fripladstilskud, antal trin mellem nedre og øvre grænse

## regulering.toml
rate-regulering-psl20 = Regulering efter personskattelovens § 20
rate-regulering-satsregulering = Satsreguleringsprocent

## skat.toml
rate-skat-am_bidrag-sats = Arbejdsmarkedsbidrag (AM-bidrag), sats
rate-skat-atp-loenmodtager-fuld = ATP, lønmodtagerens egen andel, fuld tid (månedsløn)
rate-skat-atp-loenmodtager-to_tredjedele = ATP, lønmodtagerens egen andel, 2/3-sats (månedsløn)
rate-skat-atp-loenmodtager-en_tredjedel = ATP, lønmodtagerens egen andel, 1/3-sats (månedsløn)
rate-skat-atp-timer-fuld = ATP, timegrænse for fuldt bidrag (månedsløn)
rate-skat-atp-timer-to_tredjedele = ATP, timegrænse for 2/3-bidrag (månedsløn)
rate-skat-atp-timer-en_tredjedel = ATP, timegrænse for 1/3-bidrag (månedsløn)
rate-skat-atp-overfoersel-modtager = ATP, modtagerens egen andel af kontanthjælp m.v. (fuld tid)
rate-skat-atp-dagpenge-modtager_pr_time = ATP, din andel pr. time med arbejdsløshedsdagpenge
rate-skat-personfradrag = Personfradrag (fuldt skattepligtige)
rate-skat-bundskat-sats = Bundskat, sats
rate-skat-mellemskat-sats = Mellemskat, sats (fra 2026)
rate-skat-mellemskat-graense = Mellemskat, grænse (fra 2026)
rate-skat-topskat-sats = Topskat, sats
rate-skat-topskat-graense = Topskat, grænse
rate-skat-toptopskat-sats = Toptopskat, sats (fra 2026)
rate-skat-toptopskat-graense = Toptopskat, grænse (fra 2026)
rate-skat-topskat-kapital_bundfradrag = Bundfradrag for positiv nettokapitalindkomst i topskattegrundlaget (til og med 2025)
rate-skat-mellemskat-kapital_bundfradrag = Bundfradrag for positiv nettokapitalindkomst i mellemskattegrundlaget (fra 2026)
rate-skat-skatteloft-kapitalindkomst = Skatteloft for positiv nettokapitalindkomst
rate-skat-skatteloft-mellemskat = Skatteloft for personlig indkomst, mellemskatteydere (fra 2026)
rate-skat-skatteloft-topskat = Skatteloft for personlig indkomst, topskatteydere
rate-skat-beskaeftigelsesfradrag-sats = Beskæftigelsesfradrag, sats
rate-skat-beskaeftigelsesfradrag-maks = Beskæftigelsesfradrag, højeste fradrag
rate-skat-beskaeftigelsesfradrag-senior-sats = Ekstra beskæftigelsesfradrag til seniorer, sats
rate-skat-beskaeftigelsesfradrag-senior-maks = Ekstra beskæftigelsesfradrag til seniorer, højeste fradrag
rate-skat-beskaeftigelsesfradrag-senior-aar_foer = Ekstra beskæftigelsesfradrag til seniorer: antal indkomstår før det år, hvor folkepensionsalderen nås
rate-folkepension-alder = Folkepensionsalder (år) efter fødselsdato - fra/til er fødselsdatoer
rate-skat-beskaeftigelsesfradrag-enlig_forsoerger-sats = Ekstra beskæftigelsesfradrag til enlige forsørgere, sats
rate-skat-beskaeftigelsesfradrag-enlig_forsoerger-maks = Ekstra beskæftigelsesfradrag til enlige forsørgere, højeste fradrag
rate-skat-jobfradrag-sats = Jobfradrag, sats
rate-skat-jobfradrag-graense = Jobfradrag, bundgrænse
rate-skat-jobfradrag-maks = Jobfradrag, højeste fradrag
rate-skat-atp-arbejdsgiver-fuld = ATP, arbejdsgiverens andel, fuld tid (månedsløn)
rate-skat-atp-arbejdsgiver-to_tredjedele = ATP, arbejdsgiverens andel, 78-116 timer (månedsløn)
rate-skat-atp-arbejdsgiver-en_tredjedel = ATP, arbejdsgiverens andel, 39-77 timer (månedsløn)
rate-skat-atp-overfoersel-karens_maaneder = ATP af kontanthjælp: de første måneder uden bidrag
rate-skat-atp-overfoersel-mindste_ydelse_forsoerger = ATP af kontanthjælp m.v.: mindste ydelse pr. måned, forsørgere
rate-skat-atp-overfoersel-mindste_ydelse_andre = ATP af kontanthjælp m.v.: mindste ydelse pr. måned, andre

## ydelser.toml
rate-kontanthjaelp-boernetillaeg = Børnetillæg til kontanthjælp
rate-kontanthjaelp-enlig_forsoerger_tillaeg = Tillæg til enlige forsørgere
rate-kontanthjaelp-enlig_tillaeg = Tillæg til enlige uden børn
rate-kontanthjaelp-ungetillaeg-aldersgraense = Særligt ungetillæg: kun for personer under denne alder
rate-kontanthjaelp-ungetillaeg-aldersgraense_yngste = Særligt ungetillæg uden børn: det lave beløb under denne alder (ellers 25-29-beløbet)
rate-kontanthjaelp-ungetillaeg-under_25 = Særligt ungetillæg, under 25 år uden børn
rate-kontanthjaelp-ungetillaeg-25_29 = Særligt ungetillæg, 25-29 år uden børn
rate-kontanthjaelp-ungetillaeg-med_boern = Særligt ungetillæg, under 30 år med børn
rate-kontanthjaelp-fritidstillaeg-pr_barn = Fritidstillæg pr. barn (skattefrit)
rate-kontanthjaelp-fritidstillaeg-enlig_pr_barn = Fritidstillæg pr. barn, enlig forsørger (skattefrit)
rate-kontanthjaelp-fritidstillaeg-maks_boern = Fritidstillæg, højst antal børn
rate-kontanthjaelp-tilpasningstillaeg-aldersgraense = Midlertidigt tilpasningstillæg: kun for personer under denne alder (1.7.2025-30.6.2027)
rate-kontanthjaelp-tilpasningstillaeg = Midlertidigt tilpasningstillæg pr. måned (beløbet er IKKE bekræftet)
rate-kontanthjaelp-indtaegt-maks_timer = Fradrag for arbejde: højst antal timer med fribeløb
rate-kontanthjaelp-indtaegt-fribeloeb_pr_time = Fradrag for arbejde: beløb pr. arbejdstime, der ikke trækkes
rate-dagpenge-maks = Højeste dagpengesats, fuldtidsforsikret
rate-dagpenge-beskaeftigelsestillaeg-andel = Beskæftigelsestillæg: højeste dagpenge i procent af højeste dagpengesats
rate-dagpenge-beskaeftigelsestillaeg-afrunding = Beskæftigelsestillæg: højeste sats afrundes til hele kroner
rate-dagpenge-atp-afrunding = ATP af dagpenge: medlemmets andel for en måned rundes ned til hele kroner
rate-dagpenge-daekningsgrad = Dagpenge i procent af tidligere indkomst
rate-dagpenge-fuldtid_timer = Timer pr. måned for en fuldtidsforsikret
rate-dagpenge-supplerende-min_ledige_timer = Supplerende dagpenge: mindst antal ledige timer pr. måned
rate-sygedagpenge-maks_pr_uge = Højeste sygedagpenge pr. uge
rate-sygedagpenge-maks_pr_time = Højeste sygedagpenge pr. time
rate-ledighedsydelse-andel = Ledighedsydelse i procent af højeste dagpengesats
rate-fleksjob-tilskud-andel = Højeste fleksløntilskud i procent af højeste dagpengesats
rate-fleksjob-fradrag-under = Fradrag i fleksløntilskud for løn op til bundgrænsen
rate-fleksjob-fradrag-over = Fradrag i fleksløntilskud for løn over bundgrænsen
rate-fleksjob-bundgraense = Bundgrænse for fradrag i fleksløntilskud

## kommuner.toml: every municipality's two rates ($name is the municipality)
rate-kommune-kommuneskat = Kommuneskat, { $name }
rate-kommune-kirkeskat = Kirkeskat, { $name }

## Ages and child steps (familie.toml, boligstoette.toml)
rate-barn-aldersgraense = Børn i husstanden: under denne alder tæller de som børn (børnetilskud, boligsikring, kontanthjælpens tillæg, friplads)
rate-boerneydelse-alder-3_6 = Børneydelse: alder hvor 3–6-års-beløbet begynder
rate-boerneydelse-alder-7_14 = Børneydelse: alder hvor 7–14-års-beløbet begynder
rate-boerneydelse-alder-15_17 = Ungeydelse: alder hvor ungeydelsen begynder (ellers børneydelse)
rate-boerneydelse-alder-ophoer = Børne- og ungeydelse: ingen ydelse fra denne alder
rate-boligsikring-boern_trin_max = Boligsikring: antal børn, hvorfra forhøjelserne ikke stiger mere ("4 eller flere børn")
rate-boligsikring-huslejeloft_afrunding = Huslejeloft: et forhøjet loft afrundes til nærmeste hele antal af dette beløb
rate-gevinst-referencedag-maaned = Gevinstberegning: måned for årets beregningsdag (visningsvalg, ikke lov)
rate-gevinst-referencedag-dag = Gevinstberegning: dag i måneden for årets beregningsdag (visningsvalg, ikke lov)
rate-gevinst-kurve-maks_timer = Gevinstberegning: kurven viser 0 til så mange timer om ugen (visningsvalg, ikke lov)
rate-gevinst-kurve-trin = Gevinstberegning: antal trin i kurven (visningsvalg, ikke lov)
