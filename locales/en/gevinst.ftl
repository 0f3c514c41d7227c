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

gain-cliff-ends = { $part } stops at { $hours } hours a week.
gain-cliff-starts-falling = { $part } starts to fall at { $hours } hours a week.
gain-cliff-drop = At { $hours } hours a week your disposable income falls, because { $part } falls.
