## Ret og Frist — English.

app-title = Ret og Frist
app-tagline = Your deadlines, rules and rights — calculated on your own device.
nav-label = Main menu
# The button that opens the folded menu on a phone.
menu-button = Menu
menu-close = Close menu
nav-frister = Deadlines
lang-label = Language
lang-da = Dansk
lang-en = English
lang-uk = Українська
lang-ar = العربية
skip-link = Skip to content
offline-note = The app works without internet. Nothing you type is sent anywhere.
# The web build fetched a new version in the background (service worker); shown until the person reloads.
update-title = New version – reload
update-ready = A new version of the app is ready.
update-reload = Reload
not-advice = Ret og Frist is a help tool, not legal advice. Get free help from your municipality's citizens' adviser (borgerrådgiver), your union or a-kasse, DUKH or a legal aid office.

## Deadline screen
frister-title = Work out your deadline
frister-intro = Choose the deadline, then type the date. The deadline is worked out straight away.
kind-label = Which deadline?
kind-complaint = Complaint about a decision by the municipality or Udbetaling Danmark
kind-complaint-akasse = Complaint about a decision by your a-kasse
kind-genvurdering = When the municipality must pass your complaint on
kind-ombudsman = Complaint to the Parliamentary Ombudsman
kind-aktindsigt = When you should get an answer to a request for access to your file
kind-partshoering = Reply to a hearing letter (partshøring)
kind-sygedagpenge = When the municipality must review your sickness benefit

delivery-legend = How did you get the letter?
delivery-digital = Digital Post (e-Boks, mit.dk)
delivery-paper = Ordinary post (paper letter)
delivery-quickpost = Quickpost (a Q on the envelope)

employment-label = What were you when you fell ill?
employment-employee = Employee
employment-self-employed = Self-employed

event-received = On what day did you get the decision?
event-sent = What date is on the letter?
event-complaint-received = On what day did the municipality get your complaint?
event-decided = What is the date of the final decision?
event-request-received = On what day did the authority get your request?
event-reply-by = What reply date does the letter give?
event-first-sick-day = What was your first day of sickness?
date-hint = Type the date as day.month.year, for example 05.03.2026.
date-understood = You typed: { $date }

result-title = Your deadline
result-deadline-complaint = Your complaint must have arrived by
result-deadline-complaint-akasse = Your complaint must have reached the a-kasse by
result-deadline-genvurdering = The municipality must send the complaint to Ankestyrelsen by
result-deadline-ombudsman = Your complaint must reach the Ombudsman by
result-deadline-aktindsigt = The authority must answer, or say why it takes longer, by
result-deadline-partshoering = Your reply must have arrived by
result-deadline-sygedagpenge = The municipality must review your sickness benefit by
result-empty = Type a date to see the deadline.
deadline-today = The deadline is today.
deadline-days-left = { $n ->
    [one] 1 day left.
   *[other] { $n } days left.
  }
deadline-passed = { $n ->
    [one] The deadline ran out yesterday.
   *[other] The deadline ran out { $n } days ago.
  }
steps-title = How the deadline was worked out
warnings-title = Watch out
notes-title = Good to know
rules-title = Rules behind the result
rule-confidence = Confidence: { $confidence }
rule-source = Source

## Dates
date-long = { $weekday } { $day } { $month } { $year }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Date errors
date-error-empty = Type a date.
date-error-format = That does not look like a date. Type it as day.month.year, for example 05.03.2026.
date-error-no-such-date = That date is not in the calendar. Check the day and the month.
date-error-out-of-range = The app can only work with years from 1900 to 2200.
error-no-rule = We cannot work out this deadline: the app does not know the rule ({ $path }) for { $date }.
error-missing-rule = We cannot work out this deadline: the rule { $path } is missing.
error-out-of-calendar = We cannot work out this deadline: the date is outside the calendar.

## Explanation steps
step-sent = The letter is dated { $date } and was sent by { $delivery ->
    [paper] ordinary post
    [quickpost] Quickpost
   *[other] Digital Post
  }.
step-presumed-received = A letter by post counts as received { $n ->
    [one] { $n } delivery day
   *[other] { $n } delivery days
  } later: { $date }.
step-start = { $event ->
    [received] You got the decision on { $date }. That day does not count (day 0).
    [complaint-received] The municipality got the complaint on { $date }. That day does not count (day 0).
    [decided] The final decision is dated { $date }.
    [request-received] The authority got the request on { $date }. That day does not count (day 0).
    [first-sick-day] Your first day of sickness was { $date }.
   *[other] The deadline runs from { $date }.
  }
step-counted = { $length } later is { $date }.
step-moved = { $from } is { $reason }. The deadline moves to { $to }.
step-kept-uncertain = { $date } is { $day }. The deadline stays on that day.
step-not-counted = { $n ->
    [one] The first day ({ $from } to { $to }) does not count.
   *[other] The first { $n } days ({ $from } to { $to }) do not count.
  }
step-limit-passed = The 22-week limit is passed on { $date }.
step-end-of-month = The review must happen by the end of that month: { $date }.
step-authority-set = The authority set the deadline to { $date }. That date applies.

unit-weeks = { $n ->
    [one] 1 week
   *[other] { $n } weeks
  }
unit-months = { $n ->
    [one] 1 month
   *[other] { $n } months
  }
unit-days = { $n ->
    [one] 1 day
   *[other] { $n } days
  }
unit-working-days = { $n ->
    [one] 1 working day
   *[other] { $n } working days
  }
unit-delivery-days = { $n ->
    [one] 1 delivery day
   *[other] { $n } delivery days
  }

day-off-saturday = a Saturday
day-off-sunday = a Sunday
day-nytaarsdag = New Year's Day
day-skaertorsdag = Maundy Thursday
day-langfredag = Good Friday
day-paaskedag = Easter Sunday
day-anden-paaskedag = Easter Monday
day-store-bededag = Great Prayer Day (store bededag)
day-kristi-himmelfartsdag = Ascension Day
day-pinsedag = Whit Sunday
day-anden-pinsedag = Whit Monday
day-juledag = Christmas Day
day-anden-juledag = Boxing Day
day-grundlovsdag = Constitution Day
day-juleaftensdag = Christmas Eve
day-nytaarsaftensdag = New Year's Eve
day-fredag-efter-kristi-himmelfart = the Friday after Ascension Day

## Warnings and advice
warning-uncertain-day = The deadline ends on { $date }, which is { $day }. Some authorities are closed that day and extend the deadline to { $later }. That is not certain. So send it by { $date } at the latest.
warning-authority-date = The authority set the reply date to { $date }, which is { $reason }. Reply before it to be safe.
warning-not-confirmed = One of the rules in this calculation (see the rules below) is not fully confirmed. Confidence: { $confidence }. Check the deadline in your letter.
warning-holiday-rule-unconfirmed = It is not confirmed that weekends and holidays extend the municipality's own deadline.
note-dispensation = If the complaint is late, Ankestyrelsen can accept it for a special reason, such as serious illness.
note-must-arrive = The complaint must have arrived before the day ends (23:59 for digital post). Send it earlier if you can.
note-extension = If you need more time, ask for a longer deadline before it runs out. The authority should normally say yes.
note-not-hard = After 7 working days the authority must tell you why it takes longer and when you will get an answer.
note-earlier-sick = If you were ill in other periods in the last 9 months, the date comes earlier. The municipality counts from its own records.
note-exhaust-remedies = You must first have used the other ways to complain, such as Ankestyrelsen. The Ombudsman cannot change the decision, but can criticise and recommend.

confidence-high = high
confidence-medium = medium
confidence-low = low
confidence-unconfirmed = not confirmed

## Navigation and shared
nav-status = My status
nav-klage = Complain
nav-tjek = Check the decision
choose = Choose …
unconfirmed-warning = This rule is not confirmed by an official source. Do not rely on it. Ask the municipality, your a-kasse or an adviser.
card-kind-right = Right
card-kind-duty = Duty
badge-proposal = Proposal – not adopted
badge-derived = Derived – computed by the law's method, not published
badge-in-effect = In force now
badge-adopted-future = Adopted, applies later
valid-from = Applies from { $from }.
valid-from-to = Applies from { $from } to { $to }.
read-the-law = Read the law

## My status
status-title = Where do I stand?
status-intro = Answer a few questions. Then you see your target group, what it means, and your rights and duties.
status-benefit-label = What are you paid now?
status-readiness-legend = What has the municipality assessed you as?
status-age-label = Your age (years)
status-date-label = For which date do you want to see the rules?
status-date-hint = Leave it empty for today. Type for example 01.01.2027 to see later rules.
status-empty = Choose what you are paid to see your status.
status-error-date = The date cannot be read. Type it as day.month.year, for example 01.01.2027.
status-error-age = Type your age as a number, for example 35.
status-result-title = Your status
status-group-headline = Your target group on { $date }: { $group }
status-no-group = We cannot find your target group on { $date } from your answers. Answer all questions, or ask the municipality.
status-need-readiness = Answer whether you are job-ready or activity-ready. It changes the result.
status-need-age = Type your age. It changes the result.
status-not-confirmed = The rule "{ $id }" is not confirmed. Do not rely on it.
status-proposals-title = Proposed changes (not adopted)
status-proposal = Proposed from { $date }: { $group }
cards-title = Your rights and duties
proposed-cards-title = Proposed rules (not adopted)
timeline-title = The reform: what changes when

## Complain
appeal-title = How to complain
appeal-intro = Choose what the decision is about and who made it. Then you see where to complain, by when, and what happens meanwhile.
appeal-benefit-label = What is the decision about?
appeal-decided-by-legend = Who made the decision?
appeal-received-label = On what day did you get the decision? (optional)
appeal-received-hint = Type the date as day.month.year, for example 05.03.2026. Then we work out your deadline.
appeal-empty = Choose what the decision is about.
appeal-no-route = We do not know the complaint route for that decision. See the complaint guidance in your letter, or ask an adviser.
appeal-result-title = Your complaint
appeal-deadline = Your complaint must have arrived by { $date }.
appeal-deadline-unknown = Type the day you got the decision, and we work out the deadline.
appeal-see-deadline = See how the deadline is worked out
appeal-route-title = Step by step
appeal-meanwhile-title = While you wait
appeal-rates-title = How often does Ankestyrelsen change the decision?
appeal-rates-intro = The share of cases where Ankestyrelsen changed the decision or sent it back to be handled again.
appeal-rates-caption = Ankestyrelsen's reversal rate by area of law and year
appeal-rates-area = Area of law
appeal-rates-year = Year
appeal-rates-percent = Changed or sent back
appeal-rates-confidence = Confidence

## Check the decision
check-title = Check the decision
check-intro = Did the municipality follow the rules? Answer the questions about your letter and your case. A "no" may be an error you can use in a complaint.
check-decision-label = What kind of decision is it?
decision-sanction = A sanction (a cut in your benefit)
decision-stop = A benefit stopped
decision-refusal = An application refused
decision-other = Something else
answer-yes = Yes
answer-no = No
answer-unknown = Don't know
check-result-title = Possible errors in the handling of your case
check-summary = { $errors ->
    [0] No possible errors from your answers.
    [one] 1 possible error.
   *[other] { $errors } possible errors.
  } { $unknown ->
    [0] {""}
    [one] 1 question is not answered.
   *[other] { $unknown } questions are not answered.
  }
check-find-out = Don't know the answer? Ask for access to your file (aktindsigt). Then you can see what the municipality did.

benefit-none = No benefit at the moment

status-sick-day-label = What was your first day of sickness?
status-letter-label = Have you had a letter recently?
status-letter-none = No, not right now
status-letter-partshoering = Yes, a letter saying the municipality will make a decision (hearing, partshøring)
status-letter-afgoerelse = Yes, a decision
status-next-title = Your next steps
status-revurdering = The municipality must review your sickness benefit by { $date }, if you are an employee and have been ill without a break.
status-see-how = See how the date is worked out
status-next-partshoering = Reply to the letter before the deadline. Say what you disagree with, and send documents, such as a doctor's note. If you need more time, ask for it before the deadline.
status-next-partshoering-link = Enter the reply date and see when you must reply
status-next-afgoerelse = If you disagree, you can complain. Also check whether the municipality followed the rules.
status-next-klage-link = See where and by when you can complain
status-next-tjek-link = Check the decision

## Letters
nav-breve = Write a letter
letters-title = Write a letter to the authority
letters-not-advice = The letter helper helps you write. It is not legal advice, and you must read the letter yourself before you send it. The letter is always in Danish, because it goes to a Danish authority.
letters-steps-label = Steps of the letter
letters-step-kind = Which letter
letters-step-you = About you
letters-step-authority = The authority
letters-step-dates = Dates
letters-step-points = What you disagree with
letters-step-errors = Errors in the case
letters-step-request = What you ask for
letters-step-finish = Get the letter
letters-back = Back
letters-next = Next
letters-kind-legend = Which letter do you want to write?
letters-kind-partshoering = Reply to a hearing letter (partshøring)
letters-kind-partshoering-help = The municipality has written that it will make a decision, such as a sanction. Here you give your side of the story before it decides.
letters-kind-fristforlaengelse = Ask for more time to reply
letters-kind-fristforlaengelse-help = If you need more time to reply to a hearing letter, you can ask for it. The authority should normally say yes.
letters-kind-aktindsigt = Ask to see your file (aktindsigt)
letters-kind-aktindsigt-help = See all the papers in your case, including notes about conversations. The authority must answer quickly, normally within 7 working days.
letters-kind-begrundelse = Ask for the reasons
letters-kind-begrundelse-help = If you do not understand why you got a refusal or a sanction, you can demand written reasons with the rules that were used.
letters-kind-klage = Complain about a decision
letters-kind-klage-help = Send the complaint to whoever made the decision. They look at the case again and pass it on to Ankestyrelsen if they do not agree with you.
letters-kind-ombudsmand = Complain to the Parliamentary Ombudsman
letters-kind-ombudsmand-help = When Ankestyrelsen has made the final decision, you can ask the Ombudsman to look at the case within 12 months.
letters-name = Your name
letters-address = Your address
letters-address-hint = One line at a time: street and number on the first line, postcode and town on the next.
letters-phone = Phone (optional)
letters-email = E-mail (optional)
letters-cpr = CPR number (optional)
letters-cpr-hint = You do not need to give your CPR number. The authority can find the case from the case number.
letters-place = Town (written before the date in the letter)
letters-authority = Name of the authority
letters-authority-hint = For example "Aarhus Kommune" or the name of your a-kasse. See the letter you received.
letters-unit = Department (optional)
letters-authority-address = Address of the authority (optional)
letters-case = Case number (optional)
letters-case-hint = Often at the top of the letter you received.
letters-letter-date = What date is on the authority's letter?
letters-letter-date-hint = The date is at the top of the letter. A letter in Digital Post is usually dated the day you got it.
letters-reply-by = What reply deadline does the letter give?
letters-reply-by-hint = Leave it empty if there is no deadline.
letters-new-reply-by = What new deadline do you ask for?
letters-extension-reason = Why do you need more time?
letters-received = On what day did you get the decision?
letters-received-hint = Then the letter says that the complaint is sent before the deadline.
letters-decided-by = Who made the decision?
letters-matter = What is the case about? (optional)
letters-matter-hint = A few words, for example "sanktion i kontanthjælp" (in Danish).
letters-final-authority = Who made the final decision?
letters-final-date = What is the date of the final decision?
letters-ombudsman-received = On which day did you receive the final decision?
letters-date = Date of your letter
letters-date-hint = Leave it empty for today.
letters-bad-date = The date cannot be read. Type it as day.month.year, for example 05.03.2026.
letters-points-hint = One point at a time. Write in your own words what happened and why. Write in Danish if you can: the letter goes to a Danish authority.
letters-point-legend = Point { $n }
letters-topic = What is the point about?
letters-topic-none = Choose a topic
letters-topic-missed-meeting = I did not come to a meeting or an activity
letters-topic-refused-offer = I said no to an offer or a job
letters-topic-not-available = The municipality thinks I am not available for work
letters-topic-illness = Illness
letters-topic-other = Something else
letters-event-date = When did it happen? (date, optional)
letters-account = What happened?
letters-account-hint = Be short and concrete. For example: "Jeg var syg med feber og ringede til jobcentret kl. 8, men kom ikke igennem."
letters-reason = Did you have a good reason?
letters-reason-none = Choose if it fits
letters-reason-illness = Yes, I was ill
letters-reason-childcare = Yes, I could not get childcare
letters-reason-transport = Yes, I could not get there
letters-reason-caring-for-relative = Yes, I had to care for an ill family member
letters-reason-other = Yes, for another reason (write it above)
letters-documents = What can prove it? (enclosures)
letters-documents-hint = One enclosure per line, for example "Lægeerklæring af 4. november 2026". Remember to attach them when you send the letter.
letters-contact = Did the municipality try to contact you personally first? (important if you are activity-ready)
letters-contact-none = Don't know
letters-contact-yes = Yes
letters-contact-no = No
letters-guidance = Were you told in writing what would happen if you did not come?
letters-guidance-none = Don't know
letters-guidance-yes = Yes
letters-guidance-no = No
letters-add-point = Add a point
letters-remove-point = Remove this point
letters-errors-legend = Did the authority make errors in handling the case?
letters-errors-hint = Tick what fits. You may use "Check the decision" first.
letters-request = What do you ask for? (optional)
letters-request-hint = Leave it empty and we write a standard sentence.
letters-enclosures = Other enclosures (optional)
letters-enclosures-hint = One enclosure per line.
letters-finish-intro = Read the letter on the right. Correct your answers if something is wrong. Then get it as a PDF, print it, or copy the text into Digital Post or an e-mail.
letters-download-pdf = Get as PDF
letters-print = Print
letters-pdf-ready = The PDF file is ready. Find it in your downloads.
letters-pdf-failed = The PDF file could not be made
letters-pdf-unsupported = The PDF cannot be made, because the letter font has no glyph for these characters: { $chars }. Write them in Latin letters (as in your passport or on your health card), or copy the letter text below instead.
letters-not-ready = The letter still lacks some answers. See the list under "Your letter".
letters-plain-text = The letter as text
letters-plain-text-hint = Select the text and copy it into Digital Post or an e-mail.
letters-preview = Your letter
letters-rules-used = Rules the letter relies on
letters-missing = The letter lacks these answers:
letters-field-sender-name = Your name
letters-field-recipient-name = Name of the authority
letters-field-date = Date of your letter
letters-field-letter-date = The date on the authority's letter
letters-field-points = At least one point
letters-field-points-account = What happened (for each point)
letters-field-reply-by = The reply deadline in the letter
letters-field-new-reply-by = The new deadline you ask for
letters-field-points-or-procedural-errors-or-request = What you disagree with, an error in the case, or what you ask for
letters-field-final-authority = Who made the final decision
letters-field-final-decision-date = The date of the final decision
letters-help-title = Free help
letters-help-body = You can get free help from the municipality's citizens' adviser (borgerrådgiver, if your municipality has one), your union or a-kasse, DUKH (the independent advisory service on disability) and legal aid offices (retshjælp).
letters-pdf-saved = The PDF file is saved here: { $path }
letters-reply-deadline = Reply by { $date }.
letters-complaint-deadline = The complaint must have arrived by { $date }.
letters-deadline-explain = See how the deadline is counted

## My cases
nav-sager = My cases
cases-title = My cases and deadlines
cases-intro = Save the letters you get, and the app keeps track of your deadlines. The deadlines are always worked out again from your letters.
cases-where-desktop = Your cases are saved only on this computer.
cases-where-web = Your cases are saved only in this browser on this device. If you delete the browser's data, they are gone.
cases-reminders-title = Remember
cases-reminder = { $kind } in the case "{ $case }": by { $date }. { $days }
cases-check-in = You complained on { $date } in the case "{ $case }". Have you had an answer? If not, you can ask the authority when you will get one.
cases-open = Go to My cases
cases-saved = Saved.
cases-save-failed = Could not save
cases-deleted = The case is deleted.
cases-back = Back to all cases
cases-all-deleted = Everything is deleted from this device.
cases-untitled = New case
cases-deadlines-title = My deadlines
cases-deadlines-caption = All deadlines in your cases, the nearest first
cases-no-deadlines = You have no deadlines yet. Create a case and enter the letters you have received.
cases-col-date = Deadline
cases-col-left = Time left
cases-col-kind = What
cases-col-case = Case
cases-col-rule = Rule
cases-ics = Get the deadlines for your calendar (.ics)
cases-ics-ready = The calendar file is ready. Open it to put the deadlines and reminders in your calendar.
cases-list-title = Cases
cases-adviser-mode = Adviser mode (several clients)
cases-search = Search cases
cases-next = Next deadline: { $date }
cases-new-title = Name of the new case
cases-new = Create case
cases-person = Client's name
cases-events-title = Letters and actions
cases-case-deadlines = Deadlines in the case
cases-add-event = Add a letter or an action
cases-event-kind = What happened?
cases-event-decision = A decision from the municipality or Udbetaling Danmark
cases-event-akasse-decision = A decision from the a-kasse
cases-event-partshoering = A hearing letter (partshøring; the date is the reply deadline)
cases-event-final-decision = Final decision from Ankestyrelsen
cases-event-aktindsigt-requested = I asked for access to my file
cases-event-complaint-filed = I complained (the authority has the complaint)
cases-event-sick-from = First day of sickness
cases-event-other = Other
cases-event-date = Date
cases-event-date-reply = The reply deadline in the letter (the last day to answer)
cases-event-paper = The letter came by ordinary post (the date is the date on the letter)
cases-by-paper = by post
cases-event-authority = Authority (optional)
cases-add = Add
cases-notes = Notes
cases-note-label = New note
cases-add-note = Save note
cases-print = Print the case
cases-delete = Delete the case
cases-delete-confirm = Do you want to delete the case and everything in it? This cannot be undone.
cases-delete-all-title = Delete everything
cases-delete-all-body = Remove all cases, drafts and filled-in answers from this device.
cases-delete-all = Delete everything on this device
cases-delete-all-confirm = Do you want to delete everything the app has saved on this device? This cannot be undone.
cases-export-title = Send the case to an adviser
cases-export-body = The case is saved as one file locked with a passphrase. Send the file, and give the passphrase another way, for example by phone.
cases-fuldmagt = If an adviser is to act on your behalf towards the municipality or the a-kasse, you must give a power of attorney (fuldmagt, forvaltningsloven § 8).
cases-fuldmagt-template = Power of attorney template (in Danish)
cases-fuldmagt-text = FULDMAGT

    Jeg, [dit navn], [din adresse], giver hermed [rådgiverens navn], [organisation], fuldmagt til at repræsentere mig i min sag hos [myndighed], sagsnummer [nummer].

    Fuldmagten giver ret til at få aktindsigt, modtage breve og afgørelser, udtale sig og klage på mine vegne, jf. forvaltningslovens § 8.

    Fuldmagten gælder, indtil jeg skriftligt tilbagekalder den.

    Dato: __________  Underskrift: ____________________
cases-passphrase = Passphrase
cases-passphrase-hint = At least 8 characters. A few words in a row work well, for example "blue bike eats snow".
cases-passphrase-short = The passphrase must be at least 8 characters.
cases-export = Save the case as a locked file
cases-exported = The case is saved as a locked file here: { $path }
cases-exported-download = The case has been downloaded as a locked file (sag.rof). You find it in your browser's downloads.
cases-import-title = Receive a case
cases-import-body = Choose a case file (.rof) and type the passphrase. A newer case on this device is never overwritten unless you choose so.
cases-import-file = Case file
cases-import = Open the case file
cases-import-choose = First choose a case file.
cases-import-added = The case is added.
cases-import-updated = The case is updated with the newer version from the file.
cases-import-unchanged = The case was already here, unchanged. Nothing is changed.
cases-import-conflict = A version of this case on this device is newer or different. Choose what should happen.
cases-import-conflict-caption = The two versions of the case
cases-import-on-device = On this device
cases-import-in-file = In the file
cases-import-version = Version
cases-import-changed = Last changed
cases-import-keep-both = Keep both
cases-import-replace = Replace with the file's version
cases-import-error-wrong-passphrase = Wrong passphrase. Nothing is changed.
cases-import-error-empty = The file is empty. Nothing is changed.
cases-import-error-too-large = The file is too large to be a case file. Nothing is changed.
cases-import-error-not-age-file = This is not a locked case file. Nothing is changed.
cases-import-error-not-passphrase-file = The file is not locked with a passphrase. Nothing is changed.
cases-import-error-truncated = The file is cut off. Ask for it again. Nothing is changed.
cases-import-error-damaged = The file is damaged. Ask for it again. Nothing is changed.
cases-import-error-too-much-work = The file cannot be opened safely. Nothing is changed.
cases-import-error-not-a-case-file = The file opens, but it is not a Ret og Frist case. Nothing is changed.
cases-import-error-newer-format = The file was made with a newer version of the app. Update the app. Nothing is changed.
cases-import-error-newer-case-schema = The file was made with a newer version of the app. Update the app. Nothing is changed.
cases-import-error-invalid-case = The case in the file is not valid. Nothing is changed.
cases-reminder-days = Remind me this many days before a deadline
cases-reminder-days-hint = Type numbers separated by commas, for example 7, 2. The reminders show when you open the app and go into the calendar file.
cases-reminder-days-error = Type whole days from 0 to 60, separated by commas, for example 7, 2.
cases-reminder-days-save = Save reminders

## Rules and rates
nav-regler = Rules and rates
rulebook-title = Rules and rates
rules-intro = Here are all the rules the app calculates with: the value, when it applies, the section of the law, the source and how sure we are. Rules not confirmed by an official source are marked.
rules-search = Search the rules
rules-search-hint = Search for a word, a section or a path, for example "complaint", "§ 19" or "frist.complaint".
rules-unconfirmed-only = Show only rules that are not confirmed
rules-count = Showing { $shown } of { $total } rules.
# Sections of the rule book that open and close; the heading carries the number of rules in it.
rules-area-heading = { $area } ({ $count })
rules-area-deadlines = Deadlines and public holidays
rules-area-benefits = Benefits and rates
rules-area-family = Housing and children
rules-area-tax = Tax
rules-area-municipal-tax = Municipal and church tax
rules-area-status = Target groups, rights and duties
rules-area-appeals = Complaints and case handling
rules-area-other = Other rules
rules-current = Applies now
rules-history = History and future values
rule-id = Rule id (for advisers and the command line)
status-save-title = Save your status in a case
status-save-case = Case
status-save = Save status in the case
status-saved-to-case = Your status is saved in the case.
cases-status-title = Status and rights
cases-status-line = Target group on { $date }: { $group }
cases-no-group = not found
pack-title = Rule pack
pack-active-builtin = The app uses the built-in rules ({ $pack }).
pack-active-imported = The app uses the imported rule pack { $pack } of { $date }. It was checked with the app's key.
pack-import = Load a newer rule pack
pack-import-hint = A rule pack is a file with new rates and rules. It is used only if it is signed with Ret og Frist's key and every rule has a source, a section and a date.
pack-refused = The rule pack was refused, and nothing is changed: { $why }
pack-back = Go back to the built-in rules
pack-error-untrusted-key = It is not signed with Ret og Frist's key.
pack-error-bad-signature = The signature does not match. The file may have been changed.
pack-error-hash-mismatch = The content does not match the signature. The file may have been changed.
pack-error-malformed = This is not a rule pack.
pack-error-too-large = The file is too large to be a rule pack.
pack-error-invalid-rules = The rules in the pack are not valid.
overrides-title = Calculated with overridden rules
overrides-clear = Remove all overrides
overrides-baseline = Without the override the deadline would be { $date }.
overrides-form = Override the value (for advisers)
overrides-value = New value (whole number)
overrides-note = Why, and what is the source? (required)
overrides-save = Use the new value on this device
overrides-need-note = Write why and the source. Without a reason the override is not used.
overrides-need-number = Type a whole number.
error-too-far = We cannot work out this deadline: the rule { $path } would count more than { $limit } days. Check whether the rule is overridden with a wrong value.
overrides-out-of-range = The value must be between { $min } and { $max }.
pack-error-older = The pack is older than the rules the app uses now. An older pack cannot replace newer rules.
pack-dropped = The stored rule pack { $pack } was removed because it can no longer be used: { $why } The app now uses the built-in rules.
pack-not-loaded = Your stored rule pack could not be loaded just now, so the app uses the built-in rules. The pack has not been deleted: reload the page when you have a connection.
# Shown when a stored case cannot be read (damaged); the other cases are shown as usual.
cases-damaged = The case "{ $name }" is damaged and cannot be opened. It is kept as it was. Your other cases and reminders work as usual.

## Marks a field that must be filled in (after its label).
field-required = (required)
## A rule that rests on practice, not on a § of a law.
rule-reference-none = No specific § in the law
## Shown while a part of the app that is fetched on first use loads (the letter reader, the case file, the PDF).
lazy-loading = Loading …
## That part could not be fetched (e.g. offline before the first visit with a connection).
lazy-load-failed = This part of the app could not be loaded. Are you offline? Try again when you have a connection. After one visit with a connection it also works offline.

# Case detail: the section with the reminder setting.
cases-reminders-section = Reminders
## The chosen language's texts could not be fetched (web build; e.g. offline before the first visit with a connection). $lang is the language's own name.
lang-load-failed = { $lang } could not be loaded. Are you offline? The page stays in this language. Try again when you have a connection; after one visit with a connection every language also works offline.
## navigator --pack FILE: the pack cannot be used (the reason follows).
cli-pack-refused = The rule pack { $file } cannot be used: { $why }
pack-error-wrong-format = The file is not in the rule pack format.
pack-error-unsupported-version = The pack was made for another version of the app.
pack-error-invalid-field = A field in the pack's header is invalid.
pack-error-unknown-file = The pack contains a rule file the app does not know.
pack-error-missing-file = The pack lacks a rule file.
pack-error-key = The key file cannot be used.
