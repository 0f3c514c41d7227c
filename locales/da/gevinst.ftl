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

gain-cliff-ends = { $part } falder bort ved { $hours } timer om ugen.
gain-cliff-starts-falling = { $part } begynder at blive mindre ved { $hours } timer om ugen.
gain-cliff-drop = Ved { $hours } timer om ugen falder det, du har til rådighed, fordi { $part } falder.
