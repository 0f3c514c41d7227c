# Rate names by rule path: rate-<path with . as ->.

## boligstoette.toml
rate-boligsikring-husleje_andel = Housing benefit, share of housing cost
rate-boligsikring-indkomst_andel = Housing benefit, reduction rate on income above the threshold
rate-boligsikring-indkomstgraense = Housing benefit, income threshold
rate-boligsikring-graense_pr_barn = Housing benefit, income threshold increase per child (2nd to 4th child)
rate-boligsikring-egenbetaling_min = Housing benefit, minimum own payment
rate-boligsikring-maks = Housing benefit, maximum (0 to 3 children)
rate-boligsikring-maks_4_boern_tillaeg = Housing benefit, increase of the maximum with 4 or more children
rate-boligsikring-maks_andel_uden_boern = Housing benefit without children, cap as share of housing cost
rate-boligsikring-huslejeloft = Housing benefit, maximum housing cost counted (no children)
rate-boligsikring-huslejeloft_boern_tillaeg-1_barn = Rent cap, increase with 1 child
rate-boligsikring-huslejeloft_boern_tillaeg-2_boern = Rent cap, increase with 2 children
rate-boligsikring-huslejeloft_boern_tillaeg-3_boern = Rent cap, increase with 3 children
rate-boligsikring-huslejeloft_boern_tillaeg-4_boern = Rent cap, increase with 4 or more children
rate-boligsikring-minimum_udbetaling = Housing benefit, minimum amount paid out
rate-boligsikring-areal-foerste_person = Housing benefit, floor area counted for the first person
rate-boligsikring-areal-pr_person = Housing benefit, floor area counted per additional person
rate-boligsikring-varme_fradrag = Deduction from rent per m² when heating is included in the rent
rate-boligsikring-varme_tillaeg = Addition to rent per m² when heating is paid separately
rate-boligsikring-formue-graense1 = Wealth add-on, lower wealth limit
rate-boligsikring-formue-sats1 = Wealth add-on, rate on wealth between lower and upper limit
rate-boligsikring-formue-graense2 = Wealth add-on, upper wealth limit
rate-boligsikring-formue-sats2 = Wealth add-on, rate on wealth above the upper limit
rate-boligsikring-varmt_vand_fradrag = Deduction from rent per m² when hot water is included in the rent
rate-boligsikring-el_fradrag = Deduction from rent per m² when electricity is included in the rent

## familie.toml
rate-boerneydelse-0_2 = Child benefit, age 0 to 2, per child
rate-boerneydelse-3_6 = Child benefit, age 3 to 6, per child
rate-boerneydelse-7_14 = Child benefit, age 7 to 14, per child
rate-boerneydelse-15_17 = Youth benefit, age 15 to 17, per child
rate-boerneydelse-aftrapning-graense = Child and youth benefit, income threshold for the reduction
rate-boerneydelse-aftrapning-sats = Child and youth benefit, reduction rate on income above the threshold
rate-boernetilskud-ordinaert = Ordinary child allowance per child (single parent)
rate-boernetilskud-ekstra = Extra child allowance per family (single parent)
rate-friplads-nedre_graense = Daycare subsidy, lower income limit (full subsidy)
rate-friplads-oevre_graense = Daycare subsidy, upper income limit (no subsidy at or above)
rate-friplads-enlig_tillaeg = Daycare subsidy, limit increase for single parents
rate-friplads-pr_barn_tillaeg = Daycare subsidy, limit increase per child beyond the first
rate-friplads-foerste_egenbetaling = Daycare subsidy, own payment at the first step
rate-friplads-trin = Daycare subsidy, own-payment increase per step
rate-friplads-antal_trin = Daycare subsidy, number of steps between the lower and upper limit

## regulering.toml
rate-regulering-psl20 = Regulation under the Personal Tax Act s. 20
rate-regulering-satsregulering = Rate adjustment percentage (satsreguleringsprocent)

## skat.toml
rate-skat-am_bidrag-sats = Labour market contribution (AM-bidrag), rate
rate-skat-atp-loenmodtager-fuld = ATP, employee share, full rate (monthly paid)
rate-skat-atp-loenmodtager-to_tredjedele = ATP, employee share, two-thirds rate (monthly paid)
rate-skat-atp-loenmodtager-en_tredjedel = ATP, employee share, one-third rate (monthly paid)
rate-skat-atp-timer-fuld = ATP, lower hour limit for the full rate (monthly paid)
rate-skat-atp-timer-to_tredjedele = ATP, lower hour limit for the two-thirds rate (monthly paid)
rate-skat-atp-timer-en_tredjedel = ATP, lower hour limit for the one-third rate (monthly paid)
rate-skat-atp-overfoersel-modtager = ATP, recipient's share on kontanthjælp etc. (full-time)
rate-skat-atp-dagpenge-modtager_pr_time = ATP, recipient's share per hour of unemployment benefit
rate-skat-personfradrag = Personal allowance (fully tax-liable persons)
rate-skat-bundskat-sats = Bottom-bracket tax, rate
rate-skat-mellemskat-sats = Middle-bracket tax, rate (from 2026)
rate-skat-mellemskat-graense = Middle-bracket tax, threshold (from 2026)
rate-skat-topskat-sats = Top-bracket tax, rate
rate-skat-topskat-graense = Top-bracket tax, threshold
rate-skat-toptopskat-sats = Top-top-bracket tax, rate (from 2026)
rate-skat-toptopskat-graense = Top-top-bracket tax, threshold (from 2026)
rate-skat-topskat-kapital_bundfradrag = Allowance for positive net capital income in the top-bracket base (until 2025)
rate-skat-mellemskat-kapital_bundfradrag = Allowance for positive net capital income in the middle-bracket base (from 2026)
rate-skat-skatteloft-kapitalindkomst = Tax ceiling on positive net capital income
rate-skat-skatteloft-mellemskat = Tax ceiling on personal income, middle-bracket taxpayers (from 2026)
rate-skat-skatteloft-topskat = Tax ceiling on personal income, top-bracket taxpayers
rate-skat-beskaeftigelsesfradrag-sats = Employment deduction, rate
rate-skat-beskaeftigelsesfradrag-maks = Employment deduction, maximum
rate-skat-beskaeftigelsesfradrag-senior-sats = Extra employment deduction for seniors, rate
rate-skat-beskaeftigelsesfradrag-senior-maks = Extra employment deduction for seniors, maximum
rate-skat-beskaeftigelsesfradrag-senior-aar_foer = Extra employment deduction for seniors: income years before the year the state pension age is reached
rate-folkepension-alder = State pension age (years) by date of birth - from/to are dates of birth
rate-skat-beskaeftigelsesfradrag-enlig_forsoerger-sats = Extra employment deduction for single parents, rate
rate-skat-beskaeftigelsesfradrag-enlig_forsoerger-maks = Extra employment deduction for single parents, maximum
rate-skat-jobfradrag-sats = Job deduction, rate
rate-skat-jobfradrag-graense = Job deduction, lower income limit
rate-skat-jobfradrag-maks = Job deduction, maximum
rate-skat-atp-arbejdsgiver-fuld = ATP, employer share, full rate (monthly paid)
rate-skat-atp-arbejdsgiver-to_tredjedele = ATP, employer share, 78-116 hours (monthly paid)
rate-skat-atp-arbejdsgiver-en_tredjedel = ATP, employer share, 39-77 hours (monthly paid)
rate-skat-atp-overfoersel-karens_maaneder = ATP on social assistance: first months without contribution
rate-skat-atp-overfoersel-mindste_ydelse_forsoerger = ATP on social assistance etc.: minimum monthly benefit, parents
rate-skat-atp-overfoersel-mindste_ydelse_andre = ATP on social assistance etc.: minimum monthly benefit, others

## ydelser.toml
rate-kontanthjaelp-boernetillaeg = Child supplement to social assistance
rate-kontanthjaelp-enlig_forsoerger_tillaeg = Supplement for single parents
rate-kontanthjaelp-enlig_tillaeg = Supplement for single people without children
rate-kontanthjaelp-ungetillaeg-aldersgraense = Special youth supplement: only for people under this age
rate-kontanthjaelp-ungetillaeg-aldersgraense_yngste = Special youth supplement without children: the lower amount under this age (else the 25-29 amount)
rate-kontanthjaelp-ungetillaeg-under_25 = Special youth supplement, under 25, no children
rate-kontanthjaelp-ungetillaeg-25_29 = Special youth supplement, age 25-29, no children
rate-kontanthjaelp-ungetillaeg-med_boern = Special youth supplement, under 30, with children
rate-kontanthjaelp-fritidstillaeg-pr_barn = Leisure supplement per child (tax-free)
rate-kontanthjaelp-fritidstillaeg-enlig_pr_barn = Leisure supplement per child, single parent (tax-free)
rate-kontanthjaelp-fritidstillaeg-maks_boern = Leisure supplement, maximum number of children
rate-kontanthjaelp-tilpasningstillaeg-aldersgraense = Temporary adjustment supplement: only for people under this age (1 Jul 2025 - 30 Jun 2027)
rate-kontanthjaelp-tilpasningstillaeg = Temporary adjustment supplement per month (amount NOT confirmed)
rate-kontanthjaelp-indtaegt-maks_timer = Earnings disregard: maximum hours per month
rate-kontanthjaelp-indtaegt-fribeloeb_pr_time = Earnings disregard per hour worked
rate-dagpenge-maks = Maximum unemployment benefit, full-time insured
rate-dagpenge-beskaeftigelsestillaeg-andel = Employment supplement: highest unemployment benefit as a share of the maximum rate
rate-dagpenge-beskaeftigelsestillaeg-afrunding = Employment supplement: the highest rate is rounded to whole kroner
rate-dagpenge-atp-afrunding = ATP on unemployment benefit: the member's share for a month is rounded down to whole kroner
rate-dagpenge-daekningsgrad = Unemployment benefit as a share of previous income
rate-dagpenge-fuldtid_timer = Hours per month, full-time insured
rate-dagpenge-supplerende-min_ledige_timer = Supplementary benefit: minimum unemployed hours per month
rate-sygedagpenge-maks_pr_uge = Maximum sickness benefit per week
rate-sygedagpenge-maks_pr_time = Maximum sickness benefit per hour
rate-ledighedsydelse-andel = Unemployment allowance for flex-job candidates, share of maximum unemployment benefit
rate-fleksjob-tilskud-andel = Maximum flex-job wage subsidy, share of maximum unemployment benefit
rate-fleksjob-fradrag-under = Flex-job subsidy reduction on wages up to the threshold
rate-fleksjob-fradrag-over = Flex-job subsidy reduction on wages above the threshold
rate-fleksjob-bundgraense = Flex-job subsidy threshold (30 % below, 55 % above)

## kommuner.toml: every municipality's two rates ($name is the municipality)
rate-kommune-kommuneskat = Municipal tax, { $name }
rate-kommune-kirkeskat = Church tax, { $name }

## Ages and child steps (familie.toml, boligstoette.toml)
rate-barn-aldersgraense = Children in the household: under this age they count as children (børnetilskud, boligsikring, kontanthjælp supplements, friplads)
rate-boerneydelse-alder-3_6 = Child benefit: age from which the 3–6 amount applies
rate-boerneydelse-alder-7_14 = Child benefit: age from which the 7–14 amount applies
rate-boerneydelse-alder-15_17 = Youth benefit: age from which the youth benefit applies (before it, child benefit)
rate-boerneydelse-alder-ophoer = Child and youth benefit: none from this age
rate-boligsikring-boern_trin_max = Housing benefit: number of children from which the increases stop growing ("4 or more children")
rate-boligsikring-huslejeloft_afrunding = Rent cap: a raised cap is rounded to the nearest multiple of this amount
rate-gevinst-referencedag-maaned = Gain calculation: month of the year's calculation day (display choice, not law)
rate-gevinst-referencedag-dag = Gain calculation: day of the month of the year's calculation day (display choice, not law)
rate-gevinst-kurve-maks_timer = Gain calculation: the chart shows 0 to this many hours a week (display choice, not law)
rate-gevinst-kurve-trin = Gain calculation: number of steps in the chart (display choice, not law)
