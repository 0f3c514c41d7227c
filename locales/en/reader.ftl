## "Understand your letter": the letter reader screen.

nav-brev = Understand your letter
start-reader-title = Have you received a letter?
start-reader-body = Start with the letter. Paste the text or open the PDF file, and we tell you what the letter means and what you can do.
start-reader-link = Understand your letter

reader-title = Understand your letter
reader-intro = Have you received a decision or a partshøring (a hearing before a decision)? Open the PDF file from Digital Post, or type or paste the text of the letter. We tell you what the letter is, what it means, what you can do and by when.
reader-private = The letter is read here on your device. It is not sent anywhere, and nothing is saved unless you save a case yourself.
reader-file-label = Open the letter as a file (PDF or text)
reader-file-hint = PDF files from Digital Post can be read. A scanned image without text cannot be read.
reader-text-label = Or paste the letter's text here
reader-read = Read the letter
reader-status-read = The letter has been read. See what we found below.
reader-status-failed = The letter could not be read.

reader-error-title = We could not read the letter
reader-error-empty = There is no text. Paste the letter's text, or choose another file.
reader-error-too-large = The file is too large. The limit is 10 MB.
reader-error-binary = The file is neither text nor PDF. Choose the letter as a PDF, or paste the text.
reader-error-no-text-layer = The PDF file is an image without text (for example a scan). We cannot read images. Type the main facts in yourself.
reader-error-pdf-unreadable = The PDF file could not be read. It may be damaged. Try pasting the text instead.
reader-error-pdf-encrypted = The PDF file is protected by a password. Paste the text instead.
reader-error-too-many-pages = The PDF file has too many pages to be a letter.
reader-error-pdf-too-complex = The PDF file is too complex to read. Paste the text instead.
reader-error-not-danish = The letter does not seem to be in Danish. We can only read Danish letters.
reader-manual = You can still use the app. Choose what you want to do:

reader-result-title = What the letter says
reader-says-decision = The letter is a decision from { $authority }.
reader-says-partshoering = The letter is a partshøring from { $authority }. This means they are considering a decision and you can give your view first.
reader-says-other = We cannot tell whether the letter is a decision or a partshøring. It is from { $authority }. Choose below if you know.
reader-says-what = { $benefit ->
    [none] It is about: { $decision }.
   *[other] It is about: { $decision } – { $benefit }.
}
reader-says-reply-by = You can reply before they decide. Your reply must arrive by { $date }.
reader-says-reply-by-unknown = You can reply before they decide. We found no reply date in the letter. Look for it in the letter.
reader-says-can-complain = If you disagree, you can complain. Calculate the deadline below so you know when your complaint must arrive.
reader-says-no-guidance = We found no complaint guidance (klagevejledning) in the letter. That may be an error: a decision must tell you how to complain (Public Administration Act § 25).
reader-says-no-reasons = We found no reasons (begrundelse) in the letter. That may be an error: a decision must explain why (Public Administration Act §§ 22-24).

reader-conflicts-title = The letter says two different things
reader-conflict-kind = What kind of letter is it?
reader-conflict-decision = What have they decided?
reader-conflict-authority = Who sent the letter?
reader-conflict-benefit = Which benefit is it about?
reader-conflict-letter-date = The letter has two dates. Which is the letter's date?
reader-conflict-reply-by = The letter has two reply dates. Which is right?
reader-conflict-amount-monthly = The letter has two monthly amounts. Which is right?
reader-conflict-amount-one-off = The letter has two amounts. Which is right?

reader-facts-title = What we found
reader-facts-intro = Correct anything that is wrong. Under each field is the sentence from the letter we used.
reader-not-found = Not found – choose yourself
reader-evidence = From the letter:
reader-warning-unknown = We did not find this in the letter. Fill it in yourself if you can.
reader-warning-reply-period = The letter gives a reply time in days or weeks, not a date. Work out the date and type it here.
reader-warning-no-complaint-deadline = The complaint guidance states no deadline.

reader-kind-label = Kind of letter
reader-kind-decision = Decision
reader-kind-partshoering = Partshøring (they want to hear you before deciding)
reader-kind-other = Other letter
reader-decision-label = What is decided (or considered)
reader-decision-sanction = Sanction (deduction from the benefit)
reader-decision-stop = Benefit stopped
reader-decision-refusal = Refusal
reader-decision-repayment = Demand to pay back
reader-decision-grant = Granted (you get the benefit)
reader-decision-change = Change of the benefit
reader-decision-other = Another kind of decision
reader-authority-label = Who sent the letter
reader-authority-kommune = The municipality (job centre)
reader-authority-a-kasse = The unemployment fund (a-kasse)
reader-authority-udbetaling-danmark = Udbetaling Danmark
reader-authority-ankestyrelsen = The National Social Appeals Board (Ankestyrelsen)
reader-authority-star = The Danish Agency for Labour Market and Recruitment (STAR)
reader-authority-anden-aktoer = Another provider (for the job centre)
reader-authority-unknown = an authority
reader-authority-name-label = Sender's name
reader-benefit-label = Benefit
reader-benefit-kontanthjaelp = Social assistance (kontanthjælp)
reader-benefit-dagpenge = Unemployment benefit (dagpenge)
reader-benefit-sygedagpenge = Sickness benefit (sygedagpenge)
reader-benefit-ledighedsydelse = Flexjob unemployment benefit (ledighedsydelse)
reader-benefit-fleksjob = Flexjob
reader-benefit-foertidspension = Disability pension (førtidspension)
reader-benefit-jobafklaring = Job clarification programme (jobafklaring)
reader-benefit-ressourceforloeb = Resource programme (ressourceforløb)
reader-benefit-boligstoette = Housing benefit (boligstøtte)
reader-benefit-boerneydelse = Child benefit (børne- og ungeydelse)
reader-letter-date-label = Date of the letter
reader-reply-by-label = Reply by (partshøring)
reader-amount-monthly-label = Amount per month (DKK)
reader-amount-one-off-label = One-off amount – deduction or repayment (DKK)
reader-paragraphs-label = Sections (§) in the letter
reader-guidance-label = The letter has complaint guidance
reader-guidance-deadline-label = Complaint deadline as the letter states it
reader-reasons-label = The letter gives reasons

reader-next-title = What you can do now
reader-received-label = On which day did the letter arrive in your Digital Post?
reader-to-frister = Calculate the deadline
reader-to-reply = Write a reply to the partshøring
reader-to-complaint = Write a complaint
reader-to-appeal = See where to complain
reader-to-check = Check the decision for errors
reader-to-aktindsigt = Ask for access to your file (aktindsigt)
reader-to-gain = Does working pay?
reader-save-case = Save as a case
reader-case-needs-date = Type the letter's date (or the reply date) first. Then the case can work out the deadline.

reader-help-title = Get free help
reader-not-advice = The app helps you understand the letter. It is not legal advice, and it can be wrong. Always check with the letter itself.
reader-help = You can get free help from the municipality's citizens' adviser (borgerrådgiver), your trade union, your a-kasse or DUKH (the independent conflict resolution unit).
