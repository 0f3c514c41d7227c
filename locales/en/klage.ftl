## Ret og Frist — appeal routes and the case-handling check (English, translated from Danish).
## Plain words. Danish legal terms in brackets where the user will meet them in letters.
## Data and sources: rules/dk/klageveje.toml and rules/dk/sagsbehandling.toml.

## Authorities and others in an appeal
body-kommune = The municipality (kommunen)
body-a-kasse = The unemployment insurance fund (a-kassen)
body-udbetaling-danmark = Udbetaling Danmark (Payment Denmark)
body-anden-aktoer = The other provider (anden aktør: a company or other body that helps the municipality with your case)
body-star = STAR (Danish Agency for Labour Market and Recruitment)
body-ankestyrelsen = The National Social Appeals Board (Ankestyrelsen)
body-ombudsmand = The Parliamentary Ombudsman (Folketingets Ombudsmand)
body-domstole = The courts

## Benefits
benefit-kontanthjaelp = Social assistance (kontanthjælp)
benefit-dagpenge = Unemployment benefit (dagpenge)
benefit-sygedagpenge = Sickness benefit (sygedagpenge)
benefit-ledighedsydelse = Unemployment allowance for people approved for a flex job (ledighedsydelse)
benefit-fleksjob = Flex job (fleksjob)
benefit-foertidspension = Disability pension (førtidspension)
benefit-jobafklaring = Job clarification programme (jobafklaringsforløb)
benefit-ressourceforloeb = Resource programme (ressourceforløb)

## What happens at each step. { $body } is the name of the authority.
action-complain-here = { $body } must receive your complaint before the deadline ends. You can write a letter, send an e-mail or phone.
action-genvurdering = { $body } looks at the case again (genvurdering). If you are not fully upheld (fully in the right), they send the complaint on themselves. You do not need to send it again.
action-forward = { $body } sends your complaint and the case papers on. You do not need to do anything.
action-decide = { $body } handles the complaint and makes a new decision. You may be upheld, partly upheld or not upheld. The case may also be sent back to be decided again (hjemvist).
action-final-administrative = { $body } is the last authority you can complain to (the highest administrative appeal body). You cannot appeal to another authority.
action-ombudsman = { $body } can examine whether the authorities followed the rules. The complaint must arrive no later than 12 months after the last decision. The Ombudsman cannot change the decision, but can criticise and recommend that the case is reopened.
action-court = { $body } can review whether the decision is lawful if you bring a court case. We have not researched the deadlines for that. Get advice before you start.

## While you wait for an answer
meanwhile-no-suspensive-effect = The decision applies while you complain (the complaint has no suspensive effect). For example, a sanction or a stop continues until the decision is changed. (Retssikkerhedsloven § 72, stk. 1)
meanwhile-suspensive-effect-exceptions = There are a few exceptions where a complaint puts the decision on hold. They concern, for example, placing children in care, residential care and repayment of housing benefit. None of them applies to the benefits this app covers. (Retssikkerhedsloven § 72, stk. 2-6)
meanwhile-reformatio-in-pejus = In rare cases Ankestyrelsen can change the decision so that it becomes worse for you. This usually happens only if the first decision was unlawful. Ankestyrelsen then also decides from when the change applies. (Retssikkerhedsloven § 72, stk. 7)
meanwhile-akasse-decision-applies = The a-kasse's decision applies until it is possibly changed. This is so even if you have complained. STAR's new decision can turn out better or worse for you.
meanwhile-sygedagpenge-stop-needs-valid-decision = The municipality may only stop your sickness benefit once it has made a valid decision to do so. If the payments stop without a decision, contact the municipality at once and get help.
meanwhile-late-complaint-dispensation = If you complained too late, Ankestyrelsen can disregard it if there is a special reason. For example, you were seriously ill during the whole period or just around the deadline. If the letter had no guidance on how to complain, the complaint may also have to be handled.
meanwhile-complaint-form-free = There are no rules for what a complaint must look like. You can write a letter, send an e-mail or phone. You do not have to explain why, but it helps. Give your name, address, CPR number and which decision you are complaining about.
meanwhile-main-reason-for-reversal = When Ankestyrelsen changed a decision or sent it back in 2023, the reason in 74 % of the cases was that the case had not been investigated well enough or that the decision was not reasoned well enough. Use the case-handling checklist when you write your complaint.
meanwhile-hastebehandling = If your case is urgent, you can ask Ankestyrelsen to handle it faster (hastebehandling). Write why it is urgent for you.
meanwhile-new-information-during-appeal = You can send new papers to Ankestyrelsen while they handle your complaint. Send copies. You will not get them back.

## How often Ankestyrelsen changes decisions (reversal rate), by area of law
reversal-area-all-kommunale = All complaints about municipal decisions on social matters and employment
reversal-area-aktivloven = Active Social Policy Act (aktivloven, for example social assistance)
reversal-area-sygedagpengeloven = Sickness Benefit Act
reversal-area-lab = Employment Act (LAB: for example flex jobs, resource programmes and activation offers)
reversal-area-social-pension = Social Pensions Act (mostly disability pension)

## Case-handling check. Question = the adviser's yes/no question. Problem = what a "no" can mean.
check-partshoering-question = Did you get a letter about a hearing (partshøring: a chance to respond to information in the case) before the decision was made?
check-partshoering-problem = If no: The municipality must as a rule show you information that counts against you and is important for the case, and give you time to respond, before it decides. Otherwise the decision may be invalid. (Forvaltningsloven § 19, stk. 1)
check-partshoering-label = I was not given the chance to see and answer the information before the decision was made (partshøring)
check-begrundelse-regler-question = Does the decision say which rules (law and §) it is based on?
check-begrundelse-regler-problem = If no: The reasons must name the rules the decision is based on. This is an error in the reasons. (Forvaltningsloven § 24, stk. 1, 1. pkt.)
check-begrundelse-regler-label = The decision does not say which rules it is based on
check-begrundelse-hovedhensyn-question = If the municipality had to make an assessment (a discretionary judgement), does it say what weighed most in that assessment?
check-begrundelse-hovedhensyn-problem = If no: When a decision rests on discretion, the reasons must say which considerations mattered most (hovedhensyn). This is an error in the reasons. (Forvaltningsloven § 24, stk. 1, 2. pkt.)
check-begrundelse-hovedhensyn-label = The decision does not say what weighed most in the assessment
check-begrundelse-faktum-question = Does the decision say which information about your situation mattered?
check-begrundelse-faktum-problem = If no: Where needed, the reasons must briefly state which facts carried great weight. Otherwise you cannot see what the decision is based on. (Forvaltningsloven § 24, stk. 2)
check-begrundelse-faktum-label = The decision does not say which information about my situation mattered
check-klagevejledning-question = Does the letter say whom you can complain to, how, and by what deadline (guidance on how to complain)?
check-klagevejledning-problem = If no: The decision must include guidance on how to complain, with the appeal body, the procedure and the deadline. If it is missing, a complaint that arrives late may still have to be handled. (Forvaltningsloven § 25, stk. 1)
check-klagevejledning-label = The decision does not say where, how and by when I can complain (klagevejledning)
check-notatpligt-question = Has the municipality written down (made a note of) what you said on the phone or at meetings, when it matters for the case?
check-notatpligt-problem = If no: The authority must write down important oral information as soon as possible (duty to take notes). Ask for access to the file to see the notes. (Offentlighedsloven § 13, stk. 1)
check-notatpligt-label = What I said on the phone or at meetings was not written down
check-vejledning-question = Has the municipality explained your options and duties so that you understood them (guidance)?
check-vejledning-problem = If no: The authority must guide and help you as far as needed. Missing guidance can matter for the decision. (Forvaltningsloven § 7, stk. 1)
check-vejledning-label = My options and duties were not explained to me (vejledning)
check-oplysning-question = Did the municipality obtain the information that was needed before it decided (for example from a doctor or employer)?
check-oplysning-problem = If no: The municipality is responsible for the case being investigated well enough before it decides. This is the most common reason why Ankestyrelsen changes decisions. (Retssikkerhedsloven § 10)
check-oplysning-label = They did not get the information that was needed, e.g. from a doctor or employer
check-helhedsvurdering-question = Did the municipality look at all the kinds of help you might be entitled to, and not only the one you applied for?
check-helhedsvurdering-problem = If no: The municipality must look at all the possibilities for help in the social legislation and consider help under other laws (overall assessment). (Retssikkerhedsloven § 5)
check-helhedsvurdering-label = They only looked at the help I applied for, not at everything I could be entitled to
check-inddragelse-question = Were you given the chance to take part in the handling of your case, for example in interviews and meetings?
check-inddragelse-problem = If no: You have the right to take part in the handling of your case, and the municipality must organise the case so that this is possible (involvement). (Retssikkerhedsloven § 4)
check-inddragelse-label = I was not allowed to take part in the handling of my case
check-partsrepraesentant-question = If you had a companion or someone speaking for you (representative), were you allowed to bring that person, and did that person get the letters?
check-partsrepraesentant-problem = If no: You may always bring someone or let someone else speak for you, and that person should normally get the letters. Only in special cases can the authority say no. (Forvaltningsloven § 8, stk. 1)
check-partsrepraesentant-label = I was not allowed to bring a companion or representative, or that person did not get the letters
check-aktindsigt-besvaret-question = If you asked to see the case papers (access to the file), did you get an answer within 7 working days, or a message about why it took longer?
check-aktindsigt-besvaret-problem = If no: The authority must answer quickly. If it has not answered after 7 working days, it must tell you why and when you will get an answer. You can complain that it takes too long. (Forvaltningsloven § 16, stk. 2; offentlighedsloven § 36, stk. 2)
check-aktindsigt-besvaret-label = I asked to see my file (aktindsigt) and did not get an answer in time
check-skriftlig-afgoerelse-question = Did you get the decision in writing (a letter or Digital Post)?
check-skriftlig-afgoerelse-problem = If no: If you only got the decision orally, you can ask for written reasons. A written decision must give reasons if you are not fully upheld. (Forvaltningsloven §§ 22-23)
check-skriftlig-afgoerelse-label = I only got the decision orally
check-sanktionsvejledning-question = Before the sanction, did the municipality tell you in writing about your duties and what happens if you do not meet them?
check-sanktionsvejledning-problem = If no: The municipality may not cut your social assistance unless it has first given you written guidance on your rights and duties and on sanctions. (Lov om aktiv socialpolitik § 35, stk. 1-2)
check-sanktionsvejledning-label = I was not told in writing about my duties and what would happen if I did not meet them
check-rimelig-grund-vurderet-question = Did the municipality examine and write down whether you had a reasonable excuse, for example illness or no childcare?
check-rimelig-grund-vurderet-problem = If no: The municipality must assess whether you had a reasonable excuse (rimelig grund) before it gives a sanction. If you are assessed as aktivitetsparat, it must also look at your problems other than unemployment. (Lov om aktiv socialpolitik § 13, stk. 7-8 and 15; check the rules in force)
check-rimelig-grund-vurderet-label = The municipality did not assess whether I had a good reason (rimelig grund)
check-personlig-kontakt-aktivitetsparate-question = If you are assessed as aktivitetsparat (not ready for work): did the municipality try to get in personal contact with you before the sanction?
check-personlig-kontakt-aktivitetsparate-problem = If no: Before the municipality takes help away from an aktivitetsparat citizen, it must have tried every reasonable way to get in personal contact. It must also assess whether the sanction helps. (Lov om aktiv socialpolitik § 13, stk. 8 and Ankestyrelsen's practice; the exact § is not confirmed)
check-personlig-kontakt-aktivitetsparate-label = I am aktivitetsparat, and the municipality did not try to reach me personally first
check-stop-efter-afgoerelse-question = Did you get a decision stopping your sickness benefit before the payments stopped?
check-stop-efter-afgoerelse-problem = If no: Sickness benefit may only stop once the municipality has made a valid decision and told you. If it stops because you did not cooperate, the municipality must also hear you first. (Sygedagpengeloven § 21 a and §§ 24 and 27)
check-stop-efter-afgoerelse-label = My sickness benefit stopped before I got a decision about it

## Special points for an appeal route
route-note-ressourceforloeb-kommune = Resource programmes were abolished for new citizens by the employment reform (lov nr. 1750 af 29.12.2025). If your programme is still running, the decisions are still the municipality's. As far as we know, you complain the same way. Check the guidance in the letter.
route-note-jobafklaring-kommune = There is a proposal to abolish job clarification programmes from 1 January 2027. It is only a proposal, not an adopted law. For now the appeal route here applies.
route-note-fleksjob-kommune = Since the reform (lov nr. 1750 af 29.12.2025) your case no longer goes to a rehabilitation team. Instead the municipality must write an overall description and get health advice. You still complain to the municipality.
route-note-foertidspension-kommune = Since the reform (lov nr. 1750 af 29.12.2025) your case no longer goes to a rehabilitation team. Instead the municipality must get health advice. You still complain to the municipality.
route-note-foertidspension-udbetaling-danmark = Udbetaling Danmark calculates and pays your pension. Whether you get a disability pension is decided by the municipality. Complain about calculation and payment to Udbetaling Danmark.
route-note-dagpenge-a-kasse = If you are not fully upheld, the a-kasse must send your complaint on to STAR no later than 4 weeks after it received the complaint. If you want to complain about STAR's decision, the deadline and address are in STAR's guidance on how to complain.
route-note-dagpenge-star = Read the guidance on how to complain in STAR's decision. It says where and by when you must complain to Ankestyrelsen. We have not been able to confirm this here.
route-note-dagpenge-kommune = The municipality only decides things like interviews and activation offers. Whether you lose unemployment benefit or get a waiting period is decided by the a-kasse. Then you must complain to the a-kasse.
route-note-kontanthjaelp-anden-aktoer = Complain to the other provider within 4 weeks. If they do not agree with you, they send the complaint to the municipality. You can complain about the municipality's decision to the municipality and Ankestyrelsen as usual.
route-note-sygedagpenge-anden-aktoer = Complain to the other provider within 4 weeks. If they do not agree with you, they send the complaint to the municipality. You can complain about the municipality's decision to the municipality and Ankestyrelsen as usual.
route-note-dagpenge-anden-aktoer = Complain to the other provider within 4 weeks. If they do not agree with you, they send the complaint to the municipality. Whether you lose unemployment benefit is decided by the a-kasse, not by the other provider.

## Processing times
processing-kommunale-sager-90pct = Ankestyrelsen decides 9 out of 10 complaints about the municipality within { $n ->
    [one] { $n } month
   *[other] { $n } months
  }.
processing-kommunale-sager-hurtige = Simple cases, and cases that are urgent for you, are decided within { $n ->
    [one] { $n } month
   *[other] { $n } months
  }.
processing-kommunale-sager-gennemsnit-2019 = In 2019 a complaint about the municipality took { $n ->
    [one] { $n } week
   *[other] { $n } weeks
  } on average.
processing-kommunale-sager-gennemsnit-2018 = In 2018 a complaint about the municipality took { $n ->
    [one] { $n } week
   *[other] { $n } weeks
  } on average.
processing-kommunale-sager-maal-13-uger = The target has been { $n ->
    [one] { $n } week
   *[other] { $n } weeks
  } on average. The National Audit Office found in 2019 that it had not been met for many years.
processing-tilbud-dagpengemodtagere = According to one source, complaints about offers to dagpenge recipients must be decided within { $n ->
    [one] { $n } week
   *[other] { $n } weeks
  }. This is not confirmed in the law.
appeal-processing-title = How long does it take?
