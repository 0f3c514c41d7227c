## «افهم رسالتك»: شاشة قراءة الرسائل.

nav-brev = افهم رسالتك
start-reader-title = هل وصلتك رسالة؟
start-reader-body = ابدأ بالرسالة. الصق النص أو افتح ملف PDF، وسنشرح لك معنى الرسالة وما يمكنك فعله.
start-reader-link = افهم رسالتك

reader-title = افهم رسالتك
reader-intro = هل وصلك قرار أو partshøring (استماع قبل القرار)؟ افتح ملف PDF من Digital Post، أو اكتب نص الرسالة أو الصقه. سنخبرك ما هي الرسالة وما معناها وما يمكنك فعله وحتى متى.
reader-private = تُقرأ الرسالة هنا على جهازك. لا تُرسل إلى أي مكان، ولا يُحفظ شيء إلا إذا حفظت قضية بنفسك.
reader-file-label = افتح الرسالة كملف (PDF أو نص)
reader-file-hint = يمكن قراءة ملفات PDF من Digital Post. لا يمكن قراءة صورة ممسوحة ضوئيًا بلا نص.
reader-text-label = أو الصق نص الرسالة هنا
reader-read = اقرأ الرسالة
reader-status-read = تمت قراءة الرسالة. انظر ما وجدناه أدناه.
reader-status-failed = تعذرت قراءة الرسالة.

reader-error-title = لم نتمكن من قراءة الرسالة
reader-error-empty = لا يوجد نص. الصق نص الرسالة أو اختر ملفًا آخر.
reader-error-too-large = الملف كبير جدًا. الحد الأقصى 10 ميغابايت.
reader-error-binary = الملف ليس نصًا ولا PDF. اختر الرسالة كملف PDF أو الصق النص.
reader-error-no-text-layer = ملف PDF صورة بلا نص (مثل مسح ضوئي). لا يمكننا قراءة الصور. اكتب المعلومات الأساسية بنفسك.
reader-error-pdf-unreadable = تعذرت قراءة ملف PDF. ربما يكون تالفًا. جرّب لصق النص بدلًا من ذلك.
reader-error-pdf-encrypted = ملف PDF محمي بكلمة مرور. الصق النص بدلًا من ذلك.
reader-error-too-many-pages = ملف PDF فيه صفحات كثيرة جدًا بالنسبة لرسالة.
reader-error-pdf-too-complex = ملف PDF معقد جدًا للقراءة. الصق النص بدلًا من ذلك.
reader-error-not-danish = يبدو أن الرسالة ليست باللغة الدنماركية. نستطيع قراءة الرسائل الدنماركية فقط.
reader-manual = لا يزال بإمكانك استخدام التطبيق. اختر ما تريد فعله:

reader-result-title = ماذا تقول الرسالة
reader-says-decision = الرسالة قرار من { $authority }.
reader-says-partshoering = الرسالة partshøring من { $authority }. هذا يعني أنهم يفكرون في اتخاذ قرار، ويمكنك أن تبدي رأيك أولًا.
reader-says-other = لا نستطيع معرفة ما إذا كانت الرسالة قرارًا أم partshøring. هي من { $authority }. اختر أدناه إن كنت تعرف.
reader-says-what = { $benefit ->
    [none] الموضوع: { $decision }.
   *[other] الموضوع: { $decision } – { $benefit }.
}
reader-says-reply-by = يمكنك الرد قبل أن يقرروا. يجب أن يصل ردك في موعد أقصاه { $date }.
reader-says-reply-by-unknown = يمكنك الرد قبل أن يقرروا. لم نجد موعدًا للرد في الرسالة. ابحث عنه في الرسالة.
reader-says-can-complain = إذا كنت غير موافق، يمكنك تقديم شكوى. احسب المهلة أدناه لتعرف متى يجب أن تصل شكواك.
reader-says-no-guidance = لم نجد إرشادات الشكوى (klagevejledning) في الرسالة. قد يكون هذا خطأ: يجب أن يخبرك القرار كيف تشتكي (المادة 25 من قانون الإدارة العامة).
reader-says-no-reasons = لم نجد تعليلًا (begrundelse) في الرسالة. قد يكون هذا خطأ: يجب أن يشرح القرار السبب (المواد 22-24 من قانون الإدارة العامة).

reader-conflicts-title = الرسالة تقول شيئين مختلفين
reader-conflict-kind = ما نوع الرسالة؟
reader-conflict-decision = ماذا قرروا؟
reader-conflict-authority = من أرسل الرسالة؟
reader-conflict-benefit = أي إعانة تخص الرسالة؟
reader-conflict-letter-date = في الرسالة تاريخان. أيهما تاريخ الرسالة؟
reader-conflict-reply-by = في الرسالة موعدان للرد. أيهما الصحيح؟
reader-conflict-amount-monthly = في الرسالة مبلغان شهريان. أيهما الصحيح؟
reader-conflict-amount-one-off = في الرسالة مبلغان. أيهما الصحيح؟

reader-facts-title = ما وجدناه
reader-facts-intro = صحّح ما هو خطأ. تحت كل حقل الجملة من الرسالة التي استخدمناها.
reader-not-found = غير موجود – اختر بنفسك
reader-evidence = من الرسالة:
reader-warning-unknown = لم نجد هذا في الرسالة. املأه بنفسك إن استطعت.
reader-warning-reply-period = تذكر الرسالة مدة للرد بالأيام أو الأسابيع وليس تاريخًا. احسب التاريخ واكتبه هنا.
reader-warning-no-complaint-deadline = لا تذكر إرشادات الشكوى أي مهلة.

reader-kind-label = نوع الرسالة
reader-kind-decision = قرار
reader-kind-partshoering = Partshøring (يريدون سماعك قبل القرار)
reader-kind-other = رسالة أخرى
reader-decision-label = ما الذي تقرر (أو يُدرس)
reader-decision-sanction = عقوبة (خصم من الإعانة)
reader-decision-stop = إيقاف الإعانة
reader-decision-refusal = رفض
reader-decision-repayment = مطالبة بالسداد
reader-decision-grant = موافقة (تحصل على الإعانة)
reader-decision-change = تغيير في الإعانة
reader-decision-other = نوع آخر من القرارات
reader-authority-label = من أرسل الرسالة
reader-authority-kommune = البلدية (مركز العمل)
reader-authority-a-kasse = صندوق البطالة (a-kasse)
reader-authority-udbetaling-danmark = Udbetaling Danmark
reader-authority-ankestyrelsen = مجلس الطعون (Ankestyrelsen)
reader-authority-star = هيئة سوق العمل والتوظيف (STAR)
reader-authority-anden-aktoer = جهة أخرى (نيابة عن مركز العمل)
reader-authority-unknown = جهة رسمية
reader-authority-name-label = اسم المرسل
reader-benefit-label = الإعانة
reader-benefit-kontanthjaelp = المساعدة النقدية (kontanthjælp)
reader-benefit-dagpenge = إعانة البطالة (dagpenge)
reader-benefit-sygedagpenge = إعانة المرض (sygedagpenge)
reader-benefit-ledighedsydelse = إعانة انتظار العمل المرن (ledighedsydelse)
reader-benefit-fleksjob = العمل المرن (fleksjob)
reader-benefit-foertidspension = معاش العجز (førtidspension)
reader-benefit-jobafklaring = برنامج توضيح القدرة على العمل (jobafklaring)
reader-benefit-ressourceforloeb = برنامج الموارد (ressourceforløb)
reader-benefit-boligstoette = دعم السكن (boligstøtte)
reader-benefit-boerneydelse = إعانة الأطفال (børne- og ungeydelse)
reader-letter-date-label = تاريخ الرسالة
reader-reply-by-label = موعد الرد (partshøring)
reader-amount-monthly-label = المبلغ الشهري (كرونة)
reader-amount-one-off-label = مبلغ لمرة واحدة – خصم أو سداد (كرونة)
reader-paragraphs-label = المواد (§) في الرسالة
reader-guidance-label = في الرسالة إرشادات للشكوى
reader-guidance-deadline-label = مهلة الشكوى كما تذكرها الرسالة
reader-reasons-label = في الرسالة تعليل

reader-next-title = ما يمكنك فعله الآن
reader-received-label = في أي يوم وصلت الرسالة إلى Digital Post الخاص بك؟
reader-to-frister = احسب المهلة
reader-to-reply = اكتب ردًا على partshøring
reader-to-complaint = اكتب شكوى
reader-to-appeal = اعرف أين تشتكي
reader-to-check = افحص القرار بحثًا عن أخطاء
reader-to-aktindsigt = اطلب الاطلاع على ملفك (aktindsigt)
reader-to-gain = هل العمل مجدٍ ماليًا؟
reader-save-case = احفظ كقضية
reader-case-needs-date = اكتب تاريخ الرسالة (أو موعد الرد) أولًا. عندها تستطيع القضية حساب المهلة.

reader-help-title = احصل على مساعدة مجانية
reader-not-advice = يساعدك التطبيق على فهم الرسالة. هذا ليس استشارة قانونية، وقد يخطئ. تحقق دائمًا من الرسالة نفسها.
reader-help = يمكنك الحصول على مساعدة مجانية من مستشار المواطنين في البلدية (borgerrådgiver) أو نقابتك أو صندوق البطالة (a-kasse) أو DUKH (الوحدة المستقلة لحل النزاعات).
