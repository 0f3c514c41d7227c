## "Does work pay?" — labels of every figure (gain-<id>), messages and the questionnaire.

gain-disposable = Disposable income
gain-person1 = You
gain-person2 = Your partner
gain-net_income = Income after tax
gain-wage = Wage before tax
gain-benefits_taxable = Benefit before tax
gain-atp = ATP pension (your share)
gain-benefit_atp = ATP on the benefit (your share)
gain-am_bidrag = Labour market contribution (AM-bidrag)
gain-income_tax = Income tax
gain-personal_income = Personal income
gain-taxable_income = Taxable income
gain-beskaeftigelsesfradrag = Employment deduction
gain-ekstra_beskaeftigelsesfradrag = Extra employment deduction for single parents
gain-jobfradrag = Job deduction
gain-bundskat = Bottom-bracket tax
gain-mellemskat = Middle-bracket tax
gain-topskat = Top-bracket tax
gain-toptopskat = Additional top-bracket tax
gain-kommuneskat = Municipal tax
gain-kirkeskat = Church tax
gain-personfradrag_rest = Personal allowance another tax could not use
gain-personfradrag_aegtefaelle = Personal allowance transferred from your spouse
gain-kontanthjaelp = Social assistance (kontanthjælp)
gain-kontanthjaelp-sats = Social assistance before deductions
gain-kontanthjaelp-fradrag_egen_loen = Deduction for your wage
gain-kontanthjaelp-fradrag_aegtefaelle = Deduction for your partner's income
gain-dagpenge = Unemployment benefit (dagpenge)
gain-sygedagpenge = Sickness benefit (sygedagpenge)
gain-ledighedsydelse = Flex-job unemployment benefit (ledighedsydelse)
gain-fleksloentilskud = Flex-job wage subsidy
gain-boligsikring = Housing benefit (boligsikring)
gain-boligsikring-boligudgift = Rent counted for housing benefit
gain-boligsikring-areal = Rent for the area that counts
gain-boligsikring-huslejeloft = Highest rent counted
gain-boligsikring-indkomst = Household income
gain-boligsikring-formuetillaeg = Addition for wealth
gain-boligsikring-egenbetaling = At most: rent minus the minimum own payment
gain-boligsikring-maks = Maximum housing benefit
gain-boligsikring-uden_boern = At most 15 % of the rent without children
gain-boligsikring-minimum = Smallest amount paid out
gain-boerneydelse = Child benefit (børne- og ungeydelse)
gain-boerneydelse-barn = Child
gain-boerneydelse-aftrapning = Reduction at high income
gain-boernetilskud = Child allowance for single parents (børnetilskud)
gain-boernetilskud-ordinaert = Ordinary child allowance
gain-boernetilskud-ekstra = Extra child allowance
gain-fritidstillaeg = Leisure supplement (fritidstillæg)
gain-childcare = Childcare after subsidy
gain-childcare-price = Childcare price
gain-friplads = Childcare subsidy (fripladstilskud)
gain-transport = Transport to work

gain-cannot = Cannot compute { $what }: the rate { $path } has { $reason ->
    [no-such-rate] no rule in the rule data
   *[other] no confirmed value on { $date }
  }. An adviser can enter the value under Rules and rates (with a reason).

gain-cliff-ends = { $part } stops at { $n ->
    [one] { $hours } hour
   *[other] { $hours } hours
  } a week.
gain-cliff-starts-falling = { $part } starts to fall at { $n ->
    [one] { $hours } hour
   *[other] { $hours } hours
  } a week.
gain-cliff-drop = At { $n ->
    [one] { $hours } hour
   *[other] { $hours } hours
  } a week your disposable income falls, because { $part } falls.
gain-cliff-cost = At { $n ->
    [one] { $hours } hour
   *[other] { $hours } hours
  } a week your disposable income falls, because { $part } starts to cost money.

## The questionnaire and results screen (#gevinst)

nav-gevinst = Does work pay?
gain-title = Does it pay to work?
gain-intro = Answer a few questions. We then show how much money your household has to live on today, and how much you would have with the job. We show the rule behind every krone. Everything is computed on your device. Nothing is sent.
gain-steps-label = Questions
gain-step-you = You
gain-step-partner = Partner
gain-step-children = Children
gain-step-housing = Housing
gain-step-benefit = Benefit today
gain-step-job = The job
gain-step-result = Result
gain-back = Back
gain-next = Next
gain-show-result = Show the result
gain-interim = So far: { $gain } kr. more or less per month with the job (minus means less). Answer the rest for a surer figure.
gain-interim-cannot = We cannot compute everything yet. See why under Result.
gain-interim-missing = Answer the questions and we show a first result here.
gain-error-negative = The number must not be negative.
gain-error-required = Enter a number here.
gain-error-number = Enter a number, e.g. 12500 or 165.50.
gain-error-ages = Enter the children's ages as numbers separated by commas, e.g. 4, 9.
gain-error-area = The area must be more than 0 m².
gain-error-municipality = Choose a municipality from the list.
gain-error-range = The number is outside what is possible (age 15–120, at most 80 hours a week).
gain-kr-month = { $amount } kr. per month
gain-kr-year = { $amount } kr. per year
gain-rules-used = Rules
gain-age = Your age
gain-municipality = Your municipality
gain-year = Year
gain-church = I am a member of the Church of Denmark
gain-partner = I live with a spouse or partner
gain-married = We are married
gain-partner-age = Your partner's age
gain-partner-hours = Your partner's working hours per week
gain-partner-hours-hint = Enter 0 if your partner does not work.
gain-partner-wage = Your partner's monthly wage before tax
gain-partner-benefit = Your partner's benefit
gain-partner-kh-amount = Your partner's social assistance per month before tax
gain-benefit-none = No benefit
gain-benefit-kontanthjaelp = Social assistance (kontanthjælp)
gain-benefit-dagpenge = Unemployment benefit (dagpenge)
gain-benefit-sygedagpenge = Sickness benefit (sygedagpenge)
gain-benefit-fleksjob = Approved for a flex job (ledighedsydelse)
gain-children = Children's ages
gain-children-hint = Children living with you. Enter their ages separated by commas, e.g. 4, 9. Leave empty if no children live with you.
gain-childcare-hint = The full price before the childcare subsidy. Leave empty if you do not pay for childcare.
gain-renting = I rent my home
gain-rent = Rent per month
gain-rent-hint = The rent as stated in the lease.
gain-area = Floor area in m²
gain-area-hint = The area is in the lease (lejekontrakt), e.g. "Boligareal: 65 m²".
gain-heating-separate = I pay for heating separately from the rent
gain-hot-water-included = Hot water is included in the rent
gain-electricity-included = Electricity is included in the rent
gain-kh-tilpasning = Temporary adjustment supplement (midlertidigt tilpasningstillæg) per month
gain-kh-tilpasning-hint = Only if you are under 30 and the supplement is in your decision, e.g. "Midlertidigt tilpasningstillæg: … kr.". Leave it empty if it is not there or if the amount is already included in your kontanthjælp above.
gain-dp-beskaeftigelsestillaeg = I get the employment supplement (beskæftigelsestillæg) on my dagpenge
gain-dp-beskaeftigelsestillaeg-hint = The beskæftigelsestillæg is a higher rate at the start of the dagpenge period. It is in your a-kasse's decision about your dagpenge. Tick only if it is there.
gain-wealth = Household wealth
gain-wealth-hint = E.g. savings. Leave empty if you have none.
gain-benefit = Your benefit today
gain-kh-sats = Your rate
gain-kh-sats-forhoejet = Higher rate (forhøjet sats)
gain-kh-sats-grundsats = Basic rate (grundsats)
gain-kh-sats-mindstesats = Minimum rate (mindstesats)
gain-kh-sats-hjemmeboende = Rate for those living with parents
gain-kh-amount = Your social assistance per month before tax
gain-kh-amount-hint = The amount is in your decision from the municipality, e.g. "Din kontanthjælp udgør … kr. om måneden" (your social assistance is … kr. a month). Include supplements. The 2026 rates are not confirmed in the app, so we need your amount.
gain-kh-months = Months in a row you have received social assistance
gain-kh-months-hint = Used for ATP: in the first year you pay no ATP on social assistance. Leave empty if it is more than a year.
gain-dp-rate = Your monthly dagpenge rate
gain-dp-rate-hint = Your a-kasse has it. Leave empty if you do not know it.
gain-dp-prev-wage = Your monthly wage before you became unemployed
gain-dp-prev-wage-hint = Used to work out the rate (90 % of the wage after AM-bidrag) if you do not know it. Empty means the highest rate.
gain-syg-wage = Your hourly wage before you fell ill
gain-syg-hours = Your hours per week before you fell ill
gain-fleksjob-hint = Without a job you get ledighedsydelse. With the job you get wages for the hours you work, plus the flex-job wage subsidy.
gain-job-hours = Hours per week in the job
gain-job-hours-hint = 37 hours is full time.
gain-hours-example = e.g. 37
gain-job-wage = Hourly wage before tax
gain-job-wage-hint = E.g. 165 or 165.50 kr.
gain-transport-cost = Transport to the job per month
gain-problems-title = Correct these answers
gain-period = Show amounts
gain-period-month = Per month
gain-period-year = Per year
gain-result-title = What the job means for you
gain-result-cannot = We cannot compute the whole result. See why below.
gain-gain-positive = You get { $amount } more with the job.
gain-gain-negative = You get { $amount } less with the job.
gain-per-hour = That is { $amount } kr. for each extra hour you work.
gain-summary-caption = Disposable income today and with the job
gain-today = Today
gain-with-job = With the job
gain-cannot-title = What we cannot compute
gain-overridden-title = Computed with corrected rates
gain-uncertain = { $count ->
    [one] { $count } of the rates we use is not confirmed by an official source. See which.
   *[other] { $count } of the rates we use are not confirmed by an official source. See which.
  }
gain-tree-title = How the figures are worked out
gain-tree-hint = Open a line to see what it consists of and which rule is behind it.
gain-chart-title = Disposable income at different hours
gain-chart-hint = The same hourly wage, from 0 to 45 hours a week. The shaded places are where support stops.
gain-chart-desc = Line of the household's disposable income per month as the hours rise. The figures are in the table next to it.
gain-chart-x = Hours per week
gain-chart-caption = Disposable income per month. The table has the same figures.
gain-chart-tap = Tap the curve to see the figures at an hour count.
gain-chart-point = At { $n ->
    [one] { $hours } hour
   *[other] { $hours } hours
  } a week: wage before tax { $wage } kr., disposable { $disposable } kr. a month.
gain-table-caption = Disposable income at each number of hours (kr. per month)
gain-col-hours = Hours per week
gain-col-wage = Wage before tax
gain-col-disposable = Disposable income
gain-col-marginal = Share of the last extra wage lost
gain-edit = Change your answers
gain-print = Print the result
gain-not-advice = The calculation is an aid, not a decision. The municipality, the a-kasse and Udbetaling Danmark do their own calculations. Ask your a-kasse, union or the citizens' adviser if the figure matters for your choice.

## Units of rates in the rule browser
unit-kr-year = { $n } kr. per year
unit-kr-quarter = { $n } kr. per quarter
unit-kr-month = { $n } kr. per month
unit-kr-week = { $n } kr. per week
unit-kr-hour = { $n } kr. per hour
unit-m2 = { $n } m²
unit-kr-m2-year = { $n } kr. per m² per year
unit-hours-month = { $n } hours per month
unit-count = { $n }

## Gain calculations kept in a case, and rules corrected for one case
gain-from-case = Computed for the case "{ $title }" with the case's corrected rules.
gain-case-forget = Use the app's usual rules
gain-save-title = Save the calculation in a case
gain-save-no-cases = Create a case first; then you can save the calculation in it.
gain-save-case = Case
gain-save-name = Name of the calculation (optional)
gain-save-button = Save in the case
gain-save-default-title = Job { $n ->
    [one] { $hours } hour
   *[other] { $hours } hours
  } a week, { $wage } kr. a month
gain-saved = Saved in the case "{ $title }".
gain-save-failed = The calculation was not saved: { $why }
cases-overridden-badge = corrected rule
cases-scenario-gain = { $gain } kr. a month with the job (computed with today's rules)
cases-scenario-open = Open
cases-remove = Remove
cases-scenarios-title = Does work pay? Saved calculations
cases-scenarios-none = No saved calculations. Work out a job under
cases-overrides-title = Rules corrected for this case
cases-overrides-hint = For advisers: correct a rate or deadline for this case only, e.g. because the municipality's decision uses another amount. Always say why. Deadlines and calculations in the case show that a rule is corrected.
cases-override-path = Rule (path, e.g. frist.complaint)
cases-override-unknown = That rule does not exist. Pick a path from the list under Rules and rates.
cases-override-add = Correct the rule for the case
gain-baseline = Without the corrected rules: a gain of { $amount }.

# --- Years whose rates are not published (estimated or cannot compute) ---
gain-cannot-not-published = Cannot compute { $what }: the rate { $path } for { $year } is not published, and the law gives no method to estimate it. An adviser can enter the value under Rules and rates (with a reason).
gain-estimated-title = Estimate: rates for { $year } are not published
gain-estimated-warning = The calculation for { $year } rests on estimates. Some rates for { $year } are not published yet; they are estimated from the latest published rate. The result is not an amount under the law for { $year }.
gain-estimated-unchanged = { $label }: unchanged from { $value_year }, the rate for { $year } is not published.
gain-estimated-regulated = { $label }: the { $value_year } rate regulated by { $method ->
    [psl20] the Personal Tax Act s. 20
   *[other] the rate adjustment percentage
  } ({ $percents }){ $missing_count ->
    [0] {""}
   *[other] , unchanged for { $missing } (not published)
  }.

## Employment supplement (dagpenge), temporary adjustment supplement (kontanthjælp): labels and the "not included" message.
gain-dagpenge-beskaeftigelsestillaeg = Highest unemployment benefit with the employment supplement (beskæftigelsestillæg)
gain-kontanthjaelp-tilpasningstillaeg = Temporary adjustment supplement (midlertidigt tilpasningstillæg)
gain-not-included-title = Not included
gain-senior_beskaeftigelsesfradrag = Extra employment deduction for seniors
gain-capital_income = Positive capital income (e.g. interest)
gain-mellemskat-kapitalindkomst = Middle-bracket tax on capital income
gain-topskat-kapitalindkomst = Top-bracket tax on capital income
gain-birth-year = Year of birth
gain-birth-month = Month of birth (1-12)
gain-capital-income = Positive capital income per year (e.g. interest), DKK
gain-birth-hint = Used for the extra employment deduction for seniors in the years before the state pension age. It is on your health card.
gain-capital-income-hint = For example interest on savings per year, after interest paid. It is on your tax assessment (årsopgørelse). Leave it empty if you have none.
gain-partner-capital-income = Your partner's positive capital income per year (e.g. interest), DKK
gain-not-included = { $reason ->
    [tax-only] { $adult ->
        [1] Your capital income
       *[other] Your partner's capital income
      } is counted in the tax only, not in social assistance, housing benefit, the childcare subsidy or the child benefit. Negative capital income (e.g. interest paid) is not included at all.
   *[other] { $what } is not included for { $adult ->
        [1] you
       *[other] your partner
      }: { $reason ->
        [amount-not-confirmed] its amount is not confirmed in the law, so we do not guess it. If your decision on social assistance shows the supplement, enter the amount.
        [needs-birth-date] we cannot tell whether this person is in the last years before the state pension age. Enter the year and month of birth and we include it if it applies.
       *[other] the supplement is only paid from { $from } to { $to } and only to people under { $age }.
      }
  }

## Formulas with words (gain-f-<id>); $v1, $v2, … are the values as shown.
gain-f-kh-decision = the amount in your decision
gain-f-kh-decision-year = the amount in your decision × 12
gain-f-kh-deduction = ({ $v1 } − { $v2 } kr. × { $v3 } hours) × 12
gain-f-kh-none = your income is larger than the help: no kontanthjælp
gain-f-dp-tillaeg = { $v1 } × { $v2 } = { $v3 } kr. per month
gain-f-dp-none = under { $v1 } idle hours: no supplementary dagpenge
gain-f-sdp = min({ $v1 } kr. × { $v2 } hours; { $v3 } kr. per week × 52 / 12)
gain-f-child-age = age { $v1 }
gain-f-bu-reduction = { $v1 } × (income − { $v2 })
gain-f-friplads = { $v1 } × (100 % − { $v2 } %); income { $v3 } between { $v4 } and { $v5 }
gain-f-fritidstillaeg = { $v1 } kr. × { $v2 } children × 12
gain-f-atp = { $v1 } kr. × 12 ({ $v2 } hours/month)
gain-f-atp-none = { $v1 } hours/month is below the threshold
gain-cannot-kh-amount = Cannot calculate { $what }: the app does not know the social assistance (kontanthjælp) rates for { $year }. Type the amount from the municipality's decision in the field “{ gain-kh-amount }” (or your partner's) at the benefit step, and we will use it.
gain-error-year = The rules have no day to calculate this year from. Choose another year.
