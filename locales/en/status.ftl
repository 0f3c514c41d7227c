## Ret og Frist — status, rights and reform (English; Danish is the source).
## Faithful to locales/da/status.ftl. Danish legal terms are kept in brackets where useful.

## Assessment (kontanthjælp only)

readiness-jobparat = Job-ready (jobparat) – the municipality judges that you can take an ordinary job within a short time.
readiness-aktivitetsparat = Activity-ready (aktivitetsparat) – the municipality judges that you need help before you can take a job or start an education.

## Target groups

group-jobparat-kontanthjaelp-name = Job-ready recipient of social assistance (jobparat kontanthjælpsmodtager)
group-jobparat-kontanthjaelp-meaning =
    The municipality judges that you can take an ordinary job within a short time.
    You must look for work and be available for work.
    In return, you have a right to job interviews with the municipality.

group-aktivitetsparat-under-30-name = Activity-ready recipient of social assistance under 30
group-aktivitetsparat-under-30-meaning =
    The municipality judges that you need help before you can take a job or start an education.
    If you do not have an education that qualifies you for a trade (an erhvervskompetencegivende uddannelse), you also get an education order (uddannelsespålæg). It is a plan for how you get started on an education.
    You receive social assistance (kontanthjælp), even if you used to get education assistance (uddannelseshjælp).

group-aktivitetsparat-under-30-til-2025-name = Activity-ready under 30 (before 1 July 2025)
group-aktivitetsparat-under-30-til-2025-meaning =
    The municipality judged that you needed help before you could take a job or start an education.
    If you had no education that qualifies you for a trade, you received education assistance (uddannelseshjælp) and an education order.
    If you had such an education, you received social assistance (kontanthjælp).

group-aktivitetsparat-kontanthjaelp-name = Activity-ready recipient of social assistance (aktivitetsparat kontanthjælpsmodtager)
group-aktivitetsparat-kontanthjaelp-meaning =
    The municipality judges that you need help before you can take a job.
    This may be because of your health or problems other than unemployment.
    The municipality must take this into account when it gives you offers and makes demands.

group-uddannelsesparat-kontanthjaelp-name = Education-ready recipient of social assistance (under 30)
group-uddannelsesparat-kontanthjaelp-meaning =
    You are under 30 and do not have an education that qualifies you for a trade. The municipality judges that you can start an education.
    You receive social assistance and an education order. How much you get depends among other things on your age, whether you live with your parents, and how long you have worked.
    If you do have an education that qualifies you for a trade, choose job-ready or activity-ready instead.

group-uddannelsesparat-uddannelseshjaelp-name = Education-ready on education assistance (before 1 July 2025)
group-uddannelsesparat-uddannelseshjaelp-meaning =
    Before 1 July 2025, young people under 30 without an education that qualifies for a trade received education assistance (uddannelseshjælp) instead of social assistance.
    Education assistance was at the level of the student grant (SU).
    You had an education order and had to start an education as soon as possible.

group-kontanthjaelp-visitation-ukendt-name = Recipient of social assistance – job-ready or activity-ready
group-kontanthjaelp-visitation-ukendt-meaning =
    If you are 30 or older, you are either job-ready or activity-ready.
    The municipality has assessed this, and it is stated in your letters or in your plan.
    Choose it here in the app, and we can show the rules that fit you.

group-dagpengemodtager-name = Recipient of unemployment benefit (dagpengemodtager)
group-dagpengemodtager-meaning =
    You receive unemployment benefit (dagpenge) from your unemployment insurance fund (a-kasse).
    In the first 3 months you are mostly in contact with the a-kasse. After that, the municipality also holds interviews with you.
    You must be available for work and look for jobs the whole time.

group-sygedagpengemodtager-name = Recipient of sickness benefit (sygedagpengemodtager)
group-sygedagpengemodtager-meaning =
    You receive sickness benefit (sygedagpenge) because you are ill and cannot work.
    The municipality follows up on your illness and must help you back to work.
    Sickness benefit lasts, as a starting point, 22 weeks within 9 months, but it can be extended.

group-jobafklaringsforloeb-name = In a job clarification course (jobafklaringsforløb)
group-jobafklaringsforloeb-meaning =
    You are still ill, but your sickness benefit could not be extended.
    That is why you are in a job clarification course and receive resource course benefit (ressourceforløbsydelse).
    The municipality must give you support that fits your health.

group-ressourceforloeb-til-2026-name = In a resource course (before 1 February 2026)
group-ressourceforloeb-til-2026-meaning =
    A resource course (ressourceforløb) was a longer programme for people who needed help in several areas.
    You received resource course benefit (ressourceforløbsydelse).
    The municipality had to give you offers according to an overall plan.

group-ressourceforloeb-udfasning-name = In a resource course that is being phased out
group-ressourceforloeb-udfasning-meaning =
    From 1 February 2026 the municipality cannot start new resource courses.
    If you are already in one, it continues under special transition rules.
    Ask the municipality when your course ends and what happens afterwards.

group-ledighedsydelsesmodtager-name = On flex-job unemployment benefit (ledighedsydelse)
group-ledighedsydelsesmodtager-meaning =
    The municipality has found that you can work in a flex job, but you do not have one right now.
    Meanwhile you receive flex-job unemployment benefit (ledighedsydelse).
    You must accept a suitable flex job or offer, otherwise you can lose the benefit for a period.

group-fleksjobvisiteret-name = Approved for a flex job (visiteret til fleksjob)
group-fleksjobvisiteret-meaning =
    The municipality has found that your working capacity is permanently and greatly reduced, so you can work in a flex job.
    You still belong to the municipality's employment services and can get help there.
    If you become unemployed, you can receive flex-job unemployment benefit (ledighedsydelse).

group-foertidspensionist-name = Recipient of disability pension (førtidspensionist)
group-foertidspensionist-meaning =
    You receive disability pension (førtidspension).
    You still belong to a target group in the employment services act. If you would like to work a little, the municipality can help you, for example with a job with a wage subsidy.
    We have not found duties towards the municipality that follow from your pension.

group-unge-under-18-name = Young person under 18
group-unge-under-18-meaning =
    You are under 18 and receive no benefit.
    If you need it, the municipality can help you towards an education or a job.

group-selvforsoergende-ledig-name = Self-supporting unemployed person (selvforsørgende ledig)
group-selvforsoergende-ledig-meaning =
    You receive no public benefit. Self-supporting means that you support yourself financially.
    If you are out of work, the municipality can still help you find a job.
    You have the same rights in your case as everyone else.

## Target groups proposed from 2027 (proposals, not adopted)

group-lab2027-dagpenge-name = Recipient of unemployment benefit (new act from 2027)
group-lab2027-dagpenge-meaning =
    The new act on employment services merges the many target groups into 5. You are still in the target group for recipients of unemployment benefit (dagpenge).
    Young recipients of unemployment benefit no longer get an education order (uddannelsespålæg). For the first 3 months you have your interviews at the a-kasse, like everyone else.
    The exact name of the target group is in the act.

group-lab2027-kontanthjaelp-aktivitetsparat-name = Activity-ready recipient of social assistance (new act from 2027)
group-lab2027-kontanthjaelp-aktivitetsparat-meaning =
    The municipality has assessed that you need help with more than finding a job before you can work.
    As activity-ready you should, as a starting point, not be sanctioned. A sanction is a deduction from your benefit.
    This applies whatever your age and education. The special rules for people under 30 without an education disappear.

group-lab2027-kontanthjaelp-name = Social assistance – job-ready by default (new act from 2027)
group-lab2027-kontanthjaelp-meaning =
    Everyone on social assistance (kontanthjælp) is registered as job-ready by default. Job-ready means you are expected to be able to get a job within 6 months.
    The education order (uddannelsespålæg) is abolished, and people under 30 without an education follow the same rules as everyone else.
    If the municipality assesses that you are activity-ready, other rules apply to you.

group-lab2027-sygedagpenge-name = Recipient of sickness benefit (new act from 2027)
group-lab2027-sygedagpenge-meaning =
    People on sick leave are to have one continuous course with the municipality.
    If your sickness benefit cannot be extended, you continue on a lower sickness benefit rate instead of going into a job clarification course.
    The amount, and when the rate drops, have not been published yet.

group-lab2027-jobafklaring-name = Job clarification courses abolished (from 2027)
group-lab2027-jobafklaring-meaning =
    Job clarification courses (jobafklaringsforløb) are abolished from 1 January 2027.
    People on sick leave whose sickness benefit cannot be extended get a lower sickness benefit rate instead.
    What happens to a course that has already started has not been published. Ask the municipality.

group-lab2027-ledighedsydelse-name = Flex-job unemployment benefit (new act from 2027)
group-lab2027-ledighedsydelse-meaning =
    The new act merges the many target groups into 5.
    You are still approved for a flex job and can get flex-job unemployment benefit (ledighedsydelse) while you look for a flex job.
    Which of the new target groups you belong to has not been published.

group-lab2027-fleksjob-name = Approved for a flex job (new act from 2027)
group-lab2027-fleksjob-meaning =
    Flex jobs continue. The new act merges the many target groups into 5.
    Which of the new target groups you belong to has not been published.

group-lab2027-foertidspension-name = Recipient of disability pension (new act from 2027)
group-lab2027-foertidspension-meaning =
    Disability pension (førtidspension) continues. The new act merges the many target groups into 5.
    Which of the new target groups you belong to has not been published.

group-lab2027-ressourceforloeb-name = Resource course being phased out (new act from 2027)
group-lab2027-ressourceforloeb-meaning =
    New resource courses (ressourceforløb) have stopped. Courses already running are being phased out.
    The new act merges the many target groups into 5.
    Where you belong under the new act has not been published. Ask the municipality.

group-lab2027-oevrige-name = Other citizens (new act from 2027)
group-lab2027-oevrige-meaning =
    The new act merges the many target groups into 5. You belong here if you get no benefit, or if you are under 18.
    An expert group proposed a target group for other citizens. Whether the act has such a group, and who is in it, has not been published.

## Reform timeline

reform-akasse-foerste-3-maaneder-title = The a-kasse handles your first 3 months
reform-akasse-foerste-3-maaneder-body =
    From 1 January 2024 the a-kasse holds the interviews with you in the first 3 months you are unemployed.
    After that, the municipality takes over.

reform-kontanthjaelpsreform-2025-title = New social assistance system
reform-kontanthjaelpsreform-2025-body =
    From 1 July 2025, education assistance, self-support and repatriation benefit and transition benefit are merged into one benefit: social assistance (kontanthjælp).
    There are four rates: minimum rate, basic rate, higher rate and rate for people living with their parents. There are also new supplements, for example a child supplement for all parents.
    The 225-hour rule and the social assistance ceiling were abolished by the same act.

reform-arbejdspligt-title = Duty to work up to 37 hours a week
reform-arbejdspligt-body =
    If you do not meet the requirements for residence in Denmark and for work, you must take part in activities up to 37 hours a week.
    This applies to social assistance from 1 July 2025. For self-support, repatriation and transition benefit it already applied from 1 January 2025.
    The municipality must take your health into account.

reform-jobcentre-afskaffet-title = Job centres are no longer required
reform-jobcentre-afskaffet-body =
    The municipality now decides itself how it organises help for unemployed people. The law now says »the municipality« instead of »the job centre«.
    So write to the municipality when you complain or ask a question.
    The date 1 February 2026 is not fully confirmed.

reform-ressourceforloeb-revalidering-afskaffet-title = Resource courses and rehabilitation closed to new cases
reform-ressourceforloeb-revalidering-afskaffet-body =
    The municipality can no longer start new resource courses or rehabilitation (revalidering). Rehabilitation was help, for example an education, for people with reduced working capacity.
    If you are already in a course, special transition rules apply.
    The date 1 February 2026 is not fully confirmed.

reform-rehabiliteringsteam-afskaffet-title = The rehabilitation team disappears
reform-rehabiliteringsteam-afskaffet-body =
    The municipality no longer has to present cases about, for example, flex jobs and disability pension to a rehabilitation team. That was a meeting of professionals from several fields.
    Instead, the municipality must write an overall description of your situation and get health advice from the region.
    We do not know for sure whether this applies from 1 February or 1 July 2026.

reform-sygemeldte-i-job-title = Fewer interviews when you are on sick leave from a job
reform-sygemeldte-i-job-body =
    If you have a job, and both you and your employer expect you to be ill for less than 26 weeks, you do not, as a starting point, have to attend interviews at the municipality.
    Others on sick leave must have at least one interview in the first six months.
    The date of the change is not confirmed.

reform-kontaktforloeb-75-procent-title = Fewer fixed interviews for unemployed people
reform-kontaktforloeb-75-procent-body =
    From 1 July 2026 the municipality must hold job interviews with at least 75 % of the unemployed people who are close to the labour market.
    So the municipality can exempt up to one in four if it judges that the person can find a job on their own.
    All job-ready people must still have the first interview.

reform-tilbud-fleksible-title = New rules for offers
reform-tilbud-fleksible-body =
    From 1 July 2026 at least 75 % of unemployed people close to the labour market must get an offer within the first 6 months. An offer is, for example, work experience, a job with a wage subsidy or a course.
    If you have a duty to work, the rules on up to 37 hours a week still apply to you.

reform-ny-lab-2027-title = New act on employment services
reform-ny-lab-2027-body =
    A completely new act on employment services is to apply from 1 January 2027. The act on the organisation of employment services is merged into it.
    The target groups go from 13 to 5, and there will be fewer special rules.
    From what we have seen, you still complain to the National Social Appeals Board (Ankestyrelsen) through the municipality. The section numbers in the law change.

reform-uddannelsespaalaeg-afskaffes-title = The education order is abolished
reform-uddannelsespaalaeg-afskaffes-body =
    The education order (uddannelsespålæg) still applies throughout 2026.
    With the new act it is abolished from 1 January 2027, also for young recipients of unemployment benefit.

reform-sanktioner-2027-title = Changed sanctions
reform-sanktioner-2027-body =
    A sanction is a deduction from, or a stop of, your benefit.
    Activity-ready people on social assistance are, as a starting point, not to be sanctioned, and the rules for sickness benefit become milder.
    The details have not been published.

reform-jobafklaring-afskaffes-2027-title = Job clarification courses are abolished
reform-jobafklaring-afskaffes-2027-body =
    Job clarification courses stop on 1 January 2027.
    People on sick leave whose sickness benefit cannot be extended get a lower sickness benefit rate instead.
    Amounts and rules have not been published.

reform-akasse-forsoeg-2027-title = Trial: more responsibility for the a-kasser
reform-akasse-forsoeg-2027-body =
    From 2027, a-kasser are to take care of the first 4 months for about 100,000 new recipients of unemployment benefit in a trial.
    In 19 municipalities about 25,000 unemployed people can choose between the municipality, the a-kasse and another provider.
    The trial has been announced, but the exact start date is not confirmed.

## Rights and duties

card-aktindsigt-title = You may see the papers in your case
card-aktindsigt-body =
    You have a right to see the documents in your own case. This is called access to documents (aktindsigt).
    You can ask for it in writing or by phone.
    If you do not get an answer within 7 working days, the authority must tell you why and when you will get an answer.

card-partsrepraesentant-title = You may bring someone else
card-partsrepraesentant-body =
    You may always bring a supporter (bisidder) to meetings. A supporter is a person who backs you up.
    You can also let someone else handle the case for you. The municipality can ask for a written power of attorney.

card-partshoering-title = You must be heard before the municipality decides your case
card-partshoering-body =
    If the municipality has information that counts against you and that you do not know, you must see it first. This is called a hearing of the party (partshøring).
    You must have reasonable time to answer.
    If you ask for more time, the municipality should as a rule give it to you.

card-udtalelse-title = You can ask the municipality to wait for your answer
card-udtalelse-body =
    You can ask the municipality to wait with its decision until you have given your view.
    The municipality can set a deadline for your answer.

card-begrundelse-title = You have a right to reasons
card-begrundelse-body =
    If you get a written refusal, the municipality must explain why.
    It must name the rules it used and the most important considerations.
    If you got the decision orally, you can ask for written reasons.

card-klagevejledning-title = The decision must tell you how to complain
card-klagevejledning-body =
    A refusal must tell you where you can complain, how, and when the deadline runs out. This is called guidance on complaints (klagevejledning).
    If it is missing, a complaint that arrives late may in some cases still be dealt with.

card-vejledning-title = You have a right to guidance
card-vejledning-body =
    The municipality must help and guide you about the rules that apply to you.
    If you send a letter to the wrong authority, it must be forwarded to the right one.

card-inddragelse-title = You must be involved in your case
card-inddragelse-body =
    You have a right to take part when the municipality handles your case.
    The municipality must organise its work so that this is possible.

card-helhedsvurdering-title = The municipality must look at all your options
card-helhedsvurdering-body =
    When you apply for help, the municipality must look at all the kinds of help you may be entitled to. Not only the benefit you applied for.
    This is called an overall assessment (helhedsvurdering).

card-oplysning-title = The municipality must investigate your case properly
card-oplysning-body =
    The municipality is responsible for the case being investigated well enough before it makes a decision.
    If it is not, the decision can be changed if you complain.
    In 2023, poor investigation or reasoning was the biggest reason why the National Social Appeals Board (Ankestyrelsen) changed municipal decisions.

card-klage-title = You can complain about the municipality's decision
card-klage-body =
    You have 4 weeks from the day you received the decision. Send the complaint to the municipality, not to Ankestyrelsen.
    The municipality looks at the case again. If it does not change the decision, it sends the complaint to Ankestyrelsen within 4 weeks.
    The decision applies while you wait for an answer.

card-klage-akasse-title = You can complain about the a-kasse's decision
card-klage-akasse-body =
    Send the complaint to the a-kasse within 4 weeks. The a-kasse looks at the case again.
    If you are not fully proved right, the a-kasse sends the complaint on to the Danish Agency for Labour Market and Recruitment (STAR).
    If you disagree with STAR's decision, you can complain to Ankestyrelsen.

card-akasse-sagsbehandling-title = The a-kasse must also handle your case properly
card-akasse-sagsbehandling-body =
    The a-kasse is not covered by the Public Administration Act (forvaltningsloven), which applies to the municipality.
    But special rules set essentially the same requirements for how the a-kasse handles cases.
    You can always ask the a-kasse to explain which rules it used.

card-jobsamtaler-kontanthjaelp-title = Job interviews with the municipality
card-jobsamtaler-kontanthjaelp-body =
    From 1 July 2026 most job-ready people must have at least 4 job interviews with the municipality in the first 6 months. This also applies on flex-job unemployment benefit.
    The municipality may exempt up to one in four if it judges that the person can find a job on their own. All job-ready people must still have the first interview.
    If you are job-ready, you have a right to job interviews for as long as you are unemployed.

card-jobsamtaler-dagpenge-title = Interviews with the a-kasse and the municipality
card-jobsamtaler-dagpenge-body =
    From 1 July 2026 the a-kasse must hold at least 2 job interviews with most newly unemployed people in the first 3 months.
    After that, the municipality must hold at least 2 job interviews within the first 6 months. Up to one in four can be exempted.
    After 16 months of unemployment at the latest, the municipality must hold an interview about more intensive support.

card-akasse-kontakt-title = You must stay in contact with the a-kasse
card-akasse-kontakt-body =
    In the first 3 months the a-kasse holds the interviews with you.
    You must take part in interviews and activities at the a-kasse and book interviews yourself when you are asked to.
    If you do not turn up, you can lose unemployment benefit until you contact them again.

card-tilbud-title = Offers in the first 6 months
card-tilbud-body =
    From 1 July 2026 at least 75 % of unemployed people close to the labour market must get an offer within the first 6 months. An offer is, for example, work experience in a company, a job with a wage subsidy or a course.
    You have a duty to accept a reasonable offer.
    The municipality can exempt you if it judges that you can find a job on your own.

card-raadighed-kontanthjaelp-title = You must be available
card-raadighed-kontanthjaelp-body =
    To get social assistance you must be able and willing to take a job and to take part in interviews and offers.
    If you have a reasonable excuse (rimelig grund), you may say no. Tell the municipality the reason.
    If you are activity-ready, the municipality must take your problems other than unemployment into account.

card-raadighed-dagpenge-title = You must be available for work
card-raadighed-dagpenge-body =
    To get unemployment benefit you must actively look for jobs and be able to start work the day after it is offered to you.
    You must take part in interviews and offers, and live and stay in Denmark.
    If you are ill, you can as a starting point only get unemployment benefit for the first 14 days.

card-joblog-cv-title = Job log and CV
card-joblog-cv-body =
    You must record your job search in your job log, on Jobnet or in the a-kasse's digital job log.
    You must also have a CV, so the a-kasse and the municipality can help you find a job.
    From 2026 municipalities and a-kasser may use their own digital solutions for this.

card-uddannelsespaalaeg-title = Education order (uddannelsespålæg)
card-uddannelsespaalaeg-body =
    If you are under 30 and have no education that qualifies you for a trade, you get an education order.
    It is a plan for how you get started on an education, and you must follow it.
    The rules also apply in 2026 but are proposed to be abolished from 2027.

card-sanktion-kontanthjaelp-title = Sanctions: when the municipality deducts from your help
card-sanktion-kontanthjaelp-body =
    The municipality can deduct from your social assistance if you fail, without a reasonable excuse, to turn up for an interview or an offer.
    This requires that the municipality has first explained the rules to you in writing and that you have been heard.
    After repeated breaches you can, for up to 3 months, only get help for the days you turn up.
    The amount of a deduction in 2026 is not confirmed.

card-sanktion-dagpenge-title = Sanctions on unemployment benefit (quarantine)
card-sanktion-dagpenge-body =
    If you quit your job yourself, or refuse a job or offer without a valid reason, you can get a 3-week quarantine (karantæne). Then you get no unemployment benefit for that time.
    If it happens twice within 12 months, you lose the right to unemployment benefit until you have worked again (300 paid hours for full-time insured).
    If you miss an interview, you get no unemployment benefit until you have contacted them again.

card-sanktion-sygedagpenge-title = When sickness benefit can stop
card-sanktion-sygedagpenge-body =
    The municipality can stop your sickness benefit if you, without a reasonable excuse, do not take part in the follow-up or make it harder for yourself to recover.
    If you refuse medical treatment, for example an operation or medicine, you do not lose sickness benefit for that reason.
    The municipality must hear you first, and the money only stops once you have received the decision.

card-sygedagpenge-22-uger-title = Sickness benefit for 22 weeks – and reassessment
card-sygedagpenge-22-uger-body =
    Sickness benefit stops, as a starting point, when you have received it for more than 22 weeks within 9 months.
    Before that, the municipality must look at whether it can be extended. This is called reassessment (revurdering).
    The employer's first 30 days do not count, and the money may only stop after a valid decision.

card-sygedagpenge-forlaengelse-title = 7 grounds for extending sickness benefit
card-sygedagpenge-forlaengelse-body =
    Sickness benefit can be extended, for example if you are in treatment that is expected to make you able to work, if you have a life-threatening, serious illness, if you have an industrial injury case, or if you have applied for disability pension.
    There are 7 grounds in total in the act, and the municipality must itself examine whether one of them fits you.
    The 2026 reform changed some of the grounds, and the new wording is not confirmed.

card-jobafklaringsforloeb-title = Job clarification course when sickness benefit stops
card-jobafklaringsforloeb-body =
    If your sickness benefit cannot be extended and you are still ill, you have a right to a job clarification course.
    You receive resource course benefit. It does not depend on your spouse's income or wealth.
    A course can last up to 2 years at a time. Job clarification courses are proposed to be abolished from 2027.

card-foertidspension-ansoegning-title = Have you applied for disability pension?
card-foertidspension-ansoegning-body =
    If you have applied for disability pension, your sickness benefit can be extended while the municipality deals with the case.
    It is one of the 7 grounds for extension in the Sickness Benefit Act.

card-sygemeldt-i-job-title = On sick leave from a job: fewer interviews
card-sygemeldt-i-job-body =
    If you have a job, and both you and your employer expect you to be ill for less than 26 weeks, you do not, as a starting point, have to attend interviews at the municipality.
    Others on sick leave must have at least one interview in the first six months.
    The date of the new rule is not confirmed.

card-arbejdspligt-title = Duty to work (up to 37 hours a week)
card-arbejdspligt-body =
    If you do not meet the requirement of residence in Denmark (9 of the last 10 years) or of work (2½ years full-time within the last 10 years), you have a duty to work (arbejdspligt).
    You must then take part in activities up to 37 hours a week, for example paid hours, work experience or community work (nytteindsats).
    The municipality must take your health and your situation into account.

card-formue-kontanthjaelp-title = Savings: the limit has been raised
card-formue-kontanthjaelp-body =
    From 1 July 2025 you may have up to DKK 15,500, and a married couple up to DKK 31,000, and still get social assistance.
    Before, the limit was DKK 10,000 and 20,000.
    The figures come from one source and have not been checked in the text of the act itself.

card-fleksjob-title = Flex job
card-fleksjob-body =
    A flex job is for you if your working capacity is permanently and greatly reduced.
    From 2026 the municipality must write an overall description of your situation and get health advice before it decides the case. A rehabilitation team is no longer required.
    You can complain about the decision to Ankestyrelsen via the municipality.

card-ledighedsydelse-pligter-title = Duties on flex-job unemployment benefit
card-ledighedsydelse-pligter-body =
    If you refuse a flex job or an offer without a reasonable excuse, or stop yourself, you get no flex-job unemployment benefit for 3 weeks.
    If you miss an offer, you are deducted for those days.
    If it happens again within 12 months, you can lose the right to flex-job unemployment benefit.

card-foertidspension-title = Disability pension: decision and complaint
card-foertidspension-body =
    It is the municipality that decides whether you get disability pension.
    You can complain to Ankestyrelsen via the municipality within 4 weeks.
    Questions about payment and calculation belong with Udbetaling Danmark.

card-sanktioner-aktivitetsparate-2027-title = Activity-ready: as a starting point no sanctions (from 2027)
card-sanktioner-aktivitetsparate-2027-body =
    A sanction is a deduction from, or a stop of, your benefit.
    If you are activity-ready on social assistance, the municipality should, as a starting point, not sanction you.
    "As a starting point" means there can be exceptions. They have not been published. For job-ready people the rules do not change here.

card-sanktioner-sygedagpenge-2027-title = Milder sanctions on sickness benefit (from 2027)
card-sanktioner-sygedagpenge-2027-body =
    The rules on when the municipality can stop your sickness benefit because you do not take part become milder.
    Which rules remain has not been published.
    See also the card on when sickness benefit can stop.

card-sygedagpenge-reduceret-sats-2027-title = Lower sickness benefit rate instead of a job clarification course (from 2027)
card-sygedagpenge-reduceret-sats-2027-body =
    At the reassessment the municipality decides whether your sickness benefit can be extended.
    If it cannot, you do not go into a job clarification course. You continue on sickness benefit at a lower rate.
    The amount, when the rate drops, and which extension rules remain have not been published.

