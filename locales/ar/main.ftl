## Ret og Frist — العربية (مترجمة من الإنجليزية، والدانماركية هي لغة المصدر).

app-title = Ret og Frist
app-tagline = مواعيدك النهائية وقواعدك وحقوقك — تُحسب على جهازك أنت.
nav-label = القائمة الرئيسية
# The button that opens the folded menu on a phone.
menu-button = القائمة
menu-close = إغلاق القائمة
nav-frister = المواعيد النهائية
lang-label = اللغة
lang-da = Dansk
lang-en = English
lang-uk = Українська
lang-ar = العربية
skip-link = انتقل إلى المحتوى
offline-note = يعمل التطبيق بدون إنترنت. لا يُرسَل أي شيء تكتبه إلى أي مكان.
# The web build fetched a new version in the background (service worker); shown until the person reloads.
update-title = إصدار جديد – إعادة التحميل
update-ready = يتوفر إصدار جديد من التطبيق.
update-reload = إعادة التحميل
not-advice = Ret og Frist أداة مساعدة، وليس استشارة قانونية. يمكنك الحصول على مساعدة مجانية من مستشار المواطنين في بلديتك (borgerrådgiver)، أو من نقابتك أو a-kasse (صندوق التأمين ضد البطالة)، أو من DUKH، أو من مكتب مساعدة قانونية.

## شاشة المواعيد النهائية
frister-title = احسب موعدك النهائي
frister-intro = اختر الموعد النهائي، ثم اكتب التاريخ. يُحسب الموعد النهائي فورًا.
kind-label = أي موعد نهائي؟
kind-complaint = شكوى على قرار من البلدية أو من Udbetaling Danmark
kind-complaint-akasse = شكوى على قرار من a-kasse الخاصة بك
kind-genvurdering = متى يجب على البلدية أن ترسل شكواك إلى الجهة التالية
kind-ombudsman = شكوى إلى أمين المظالم البرلماني
kind-aktindsigt = متى يجب أن تحصل على رد على طلبك الاطلاع على ملفك
kind-partshoering = الرد على رسالة partshøring (حق الرد قبل القرار)
kind-sygedagpenge = متى يجب على البلدية مراجعة إعانة المرض الخاصة بك

delivery-legend = كيف وصلتك الرسالة؟
delivery-digital = Digital Post (e-Boks, mit.dk)
delivery-paper = البريد العادي (رسالة ورقية)
delivery-quickpost = Quickpost (يوجد حرف Q على الظرف)

employment-label = ما كان وضعك عندما مرضت؟
employment-employee = موظف لدى صاحب عمل
employment-self-employed = صاحب عمل حر

event-received = في أي يوم استلمت القرار؟
event-sent = ما التاريخ المكتوب على الرسالة؟
event-complaint-received = في أي يوم استلمت البلدية شكواك؟
event-decided = ما تاريخ القرار النهائي؟
event-request-received = في أي يوم استلمت الجهة الرسمية طلبك؟
event-reply-by = ما موعد الرد المكتوب في الرسالة؟
event-first-sick-day = ما أول يوم مرضت فيه؟
date-hint = اكتب التاريخ بهذا الشكل: يوم.شهر.سنة، مثلًا 05.03.2026.
date-understood = لقد كتبت: { $date }

result-title = موعدك النهائي
result-deadline-complaint = يجب أن تصل شكواك في موعد أقصاه
result-deadline-complaint-akasse = يجب أن تصل شكواك إلى a-kasse في موعد أقصاه
result-deadline-genvurdering = يجب على البلدية أن ترسل الشكوى إلى Ankestyrelsen في موعد أقصاه
result-deadline-ombudsman = يجب أن تصل شكواك إلى أمين المظالم في موعد أقصاه
result-deadline-aktindsigt = يجب على الجهة أن ترد، أو أن تشرح سبب التأخير، في موعد أقصاه
result-deadline-partshoering = يجب أن يصل ردك في موعد أقصاه
result-deadline-sygedagpenge = يجب على البلدية مراجعة إعانة المرض الخاصة بك في موعد أقصاه
result-empty = اكتب تاريخًا لترى الموعد النهائي.
deadline-today = الموعد النهائي هو اليوم.
deadline-days-left = { $n-plural ->
    [one] بقي يوم واحد.
    [two] بقي يومان.
    [few] بقيت { $n } أيام.
    [many] بقي { $n } يومًا.
   *[other] بقي { $n } يوم.
  }
deadline-passed = { $n-plural ->
    [one] انتهى الموعد النهائي أمس.
    [two] انتهى الموعد النهائي قبل يومين.
    [few] انتهى الموعد النهائي قبل { $n } أيام.
    [many] انتهى الموعد النهائي قبل { $n } يومًا.
   *[other] انتهى الموعد النهائي قبل { $n } يوم.
  }
steps-title = كيف حُسب الموعد النهائي
warnings-title = انتبه
notes-title = من المفيد أن تعرف
rules-title = القواعد التي بُنيت عليها النتيجة
rule-confidence = درجة التأكد: { $confidence }
rule-source = المصدر

## التواريخ
date-long = { $weekday } { $day } { $month } { $year }
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## أخطاء في التاريخ
date-error-empty = اكتب تاريخًا.
date-error-format = هذا لا يبدو تاريخًا. اكتبه بهذا الشكل: يوم.شهر.سنة، مثلًا 05.03.2026.
date-error-no-such-date = هذا التاريخ غير موجود في التقويم. تحقق من اليوم والشهر.
date-error-out-of-range = يستطيع التطبيق أن يحسب فقط السنوات من 1900 إلى 2200.
error-no-rule = لا نستطيع حساب هذا الموعد النهائي: التطبيق لا يعرف القاعدة ({ $path }) للتاريخ { $date }.
error-missing-rule = لا نستطيع حساب هذا الموعد النهائي: القاعدة { $path } غير موجودة.
error-out-of-calendar = لا نستطيع حساب هذا الموعد النهائي: التاريخ خارج التقويم.

## خطوات الشرح
step-sent = الرسالة مؤرخة في { $date } وأُرسلت عبر { $delivery ->
    [paper] البريد العادي
    [quickpost] Quickpost
   *[other] Digital Post
  }.
step-presumed-received = الرسالة المرسلة بالبريد تُعتبر مستلَمة بعد { $n } من أيام توزيع البريد: { $date }.
step-start = { $event ->
    [received] استلمت القرار في { $date }. هذا اليوم لا يُحسب (اليوم 0).
    [complaint-received] استلمت البلدية الشكوى في { $date }. هذا اليوم لا يُحسب (اليوم 0).
    [decided] القرار النهائي مؤرخ في { $date }.
    [request-received] استلمت الجهة الرسمية الطلب في { $date }. هذا اليوم لا يُحسب (اليوم 0).
    [first-sick-day] أول يوم مرضت فيه كان { $date }.
   *[other] يبدأ حساب الموعد النهائي من { $date }.
  }
step-counted = بعد { $length } يكون التاريخ { $date }.
step-moved = { $from } يوافق { $reason }. لذلك ينتقل الموعد النهائي إلى { $to }.
step-kept-uncertain = { $date } يوافق { $day }. يبقى الموعد النهائي في هذا اليوم.
step-not-counted = الأيام الأولى لا تُحسب، وعددها { $n } (من { $from } إلى { $to }).
step-limit-passed = يتم تجاوز حد الـ 22 أسبوعًا في { $date }.
step-end-of-month = يجب أن تتم المراجعة قبل نهاية ذلك الشهر: { $date }.
step-authority-set = حددت الجهة الرسمية الموعد النهائي في { $date }. هذا التاريخ هو المعتمد.

unit-weeks = { $n-plural ->
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $n } أسابيع
    [many] { $n } أسبوعًا
   *[other] { $n } أسبوع
  }
unit-months = { $n-plural ->
    [one] شهر واحد
    [two] شهرين
    [few] { $n } أشهر
    [many] { $n } شهرًا
   *[other] { $n } شهر
  }
unit-days = { $n-plural ->
    [one] يوم واحد
    [two] يومين
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
  }
unit-working-days = { $n-plural ->
    [one] يوم عمل واحد
    [two] يومي عمل
    [few] { $n } أيام عمل
    [many] { $n } يوم عمل
   *[other] { $n } يوم عمل
  }
unit-delivery-days = { $n-plural ->
    [one] يوم توزيع بريد واحد
    [two] يومي توزيع بريد
    [few] { $n } أيام توزيع بريد
    [many] { $n } يوم توزيع بريد
   *[other] { $n } يوم توزيع بريد
  }

day-off-saturday = يوم سبت
day-off-sunday = يوم أحد
day-nytaarsdag = يوم رأس السنة
day-skaertorsdag = خميس العهد
day-langfredag = الجمعة العظيمة
day-paaskedag = أحد الفصح
day-anden-paaskedag = اثنين الفصح
day-store-bededag = يوم الصلاة الكبير (store bededag)
day-kristi-himmelfartsdag = عيد الصعود
day-pinsedag = أحد العنصرة
day-anden-pinsedag = اثنين العنصرة
day-juledag = يوم عيد الميلاد
day-anden-juledag = اليوم الثاني من عيد الميلاد
day-grundlovsdag = يوم الدستور
day-juleaftensdag = عشية عيد الميلاد
day-nytaarsaftensdag = عشية رأس السنة
day-fredag-efter-kristi-himmelfart = يوم الجمعة بعد عيد الصعود

## تحذيرات ونصائح
warning-uncertain-day = ينتهي الموعد النهائي في { $date }، وهو يوافق { $day }. بعض الجهات الرسمية تكون مغلقة في هذا اليوم وتمدد الموعد إلى { $later }. هذا غير مؤكد. لذلك أرسل في موعد أقصاه { $date }.
warning-authority-date = حددت الجهة الرسمية موعد الرد في { $date }، وهو يوافق { $reason }. رُدّ قبله لتكون في أمان.
warning-not-confirmed = قاعدة في هذا الحساب (انظر القواعد أدناه) غير مؤكدة تمامًا. درجة التأكد: { $confidence }. تحقق من الموعد النهائي في رسالتك.
warning-holiday-rule-unconfirmed = ليس من المؤكد أن عطلة نهاية الأسبوع والأعياد الرسمية تمدد الموعد النهائي الخاص بالبلدية نفسها.
note-dispensation = إذا وصلت الشكوى متأخرة، يمكن أن تقبلها Ankestyrelsen لسبب خاص، مثل مرض خطير.
note-must-arrive = يجب أن تصل الشكوى قبل نهاية اليوم (الساعة 23:59 للبريد الرقمي). أرسلها قبل ذلك إن استطعت.
note-extension = إذا احتجت وقتًا أطول، اطلب تمديد الموعد قبل أن ينتهي. في العادة يجب أن توافق الجهة الرسمية.
note-not-hard = بعد 7 أيام عمل يجب على الجهة الرسمية أن تخبرك لماذا يستغرق الأمر وقتًا أطول، ومتى ستحصل على رد.
note-earlier-sick = إذا كنت مريضًا في فترات أخرى خلال آخر 9 أشهر، فسيكون التاريخ أبكر. البلدية تحسب بناءً على سجلاتها.
note-exhaust-remedies = يجب أولًا أن تكون قد استخدمت طرق الشكوى الأخرى، مثل الشكوى إلى Ankestyrelsen. أمين المظالم لا يستطيع تغيير القرار، لكنه يستطيع أن ينتقد ويوصي.

confidence-high = عالية
confidence-medium = متوسطة
confidence-low = منخفضة
confidence-unconfirmed = غير مؤكدة

## التنقل والعناصر المشتركة
nav-status = وضعي
nav-klage = قدّم شكوى
nav-tjek = افحص القرار
choose = اختر …
unconfirmed-warning = هذه القاعدة غير مؤكدة من مصدر رسمي. لا تعتمد عليها. اسأل البلدية أو a-kasse الخاصة بك أو مستشارًا.
card-kind-right = حق
card-kind-duty = واجب
badge-proposal = اقتراح – لم يُعتمد
badge-derived = مُشتق – محسوب بطريقة القانون، غير منشور
badge-in-effect = ساري الآن
badge-adopted-future = معتمد، ويسري لاحقًا
valid-from = يسري من { $from }.
valid-from-to = يسري من { $from } إلى { $to }.
read-the-law = اقرأ القانون

## وضعي
status-title = ما هو وضعي؟
status-intro = أجب عن بعض الأسئلة. بعدها ترى فئتك المستهدفة، وماذا تعني، وحقوقك وواجباتك.
status-benefit-label = ما الذي يُدفع لك الآن؟
status-readiness-legend = كيف قيّمتك البلدية؟
status-age-label = عمرك (بالسنوات)
status-date-label = لأي تاريخ تريد أن ترى القواعد؟
status-date-hint = اتركه فارغًا لتاريخ اليوم. اكتب مثلًا 01.01.2027 لترى القواعد اللاحقة.
status-empty = اختر ما يُدفع لك لترى وضعك.
status-error-date = لا يمكن قراءة التاريخ. اكتبه بهذا الشكل: يوم.شهر.سنة، مثلًا 01.01.2027.
status-error-age = اكتب عمرك كرقم، مثلًا 35.
status-result-title = وضعك
status-group-headline = فئتك المستهدفة في { $date }: { $group }
status-no-group = لا نستطيع أن نحدد فئتك المستهدفة في { $date } من إجاباتك. أجب عن كل الأسئلة، أو اسأل البلدية.
status-need-readiness = أجب: هل أنت جاهز للعمل (jobparat) أم جاهز للأنشطة (aktivitetsparat)؟ هذا يغيّر النتيجة.
status-need-age = اكتب عمرك. هذا يغيّر النتيجة.
status-not-confirmed = القاعدة "{ $id }" غير مؤكدة. لا تعتمد عليها.
status-proposals-title = تغييرات مقترحة (لم تُعتمد)
status-proposal = مقترح من { $date }: { $group }
cards-title = حقوقك وواجباتك
proposed-cards-title = قواعد مقترحة (لم تُعتمد)
timeline-title = الإصلاح: ما الذي يتغير ومتى

## تقديم شكوى
appeal-title = كيف تقدّم شكوى
appeal-intro = اختر موضوع القرار ومن أصدره. بعدها ترى أين تقدّم الشكوى، وحتى متى، وماذا يحدث في هذه الأثناء.
appeal-benefit-label = ما موضوع القرار؟
appeal-decided-by-legend = من أصدر القرار؟
appeal-received-label = في أي يوم استلمت القرار؟ (اختياري)
appeal-received-hint = اكتب التاريخ بهذا الشكل: يوم.شهر.سنة، مثلًا 05.03.2026. بعدها نحسب موعدك النهائي.
appeal-empty = اختر موضوع القرار.
appeal-no-route = لا نعرف طريق الشكوى لهذا القرار. انظر إرشادات الشكوى في رسالتك، أو اسأل مستشارًا.
appeal-result-title = شكواك
appeal-deadline = يجب أن تصل شكواك في موعد أقصاه { $date }.
appeal-deadline-unknown = اكتب اليوم الذي استلمت فيه القرار، وسنحسب الموعد النهائي.
appeal-see-deadline = انظر كيف حُسب الموعد النهائي
appeal-route-title = خطوة بخطوة
appeal-meanwhile-title = أثناء انتظارك
appeal-rates-title = كم مرة تغيّر Ankestyrelsen القرار؟
appeal-rates-intro = نسبة القضايا التي غيّرت فيها Ankestyrelsen القرار أو أعادته لكي يُعالج من جديد.
appeal-rates-caption = نسبة القرارات التي غيّرتها Ankestyrelsen حسب مجال القانون والسنة
appeal-rates-area = مجال القانون
appeal-rates-year = السنة
appeal-rates-percent = غُيّر أو أُعيد
appeal-rates-confidence = درجة التأكد

## فحص القرار
check-title = افحص القرار
check-intro = هل اتبعت البلدية القواعد؟ أجب عن الأسئلة حول رسالتك وقضيتك. الإجابة "لا" قد تعني خطأً يمكنك استخدامه في شكوى.
check-decision-label = ما نوع القرار؟
decision-sanction = عقوبة (خصم من إعانتك)
decision-stop = إيقاف إعانة
decision-refusal = رفض طلب
decision-other = شيء آخر
answer-yes = نعم
answer-no = لا
answer-unknown = لا أعرف
check-result-title = أخطاء محتملة في معالجة قضيتك
check-summary = { $errors-plural ->
    [0] لا توجد أخطاء محتملة حسب إجاباتك.
    [one] يوجد خطأ واحد محتمل.
    [two] يوجد خطآن محتملان.
    [few] توجد { $errors } أخطاء محتملة.
    [many] يوجد { $errors } خطأً محتملًا.
   *[other] يوجد { $errors } خطأ محتمل.
  } { $unknown-plural ->
    [0] {""}
    [one] سؤال واحد بلا إجابة.
    [two] سؤالان بلا إجابة.
    [few] { $unknown } أسئلة بلا إجابة.
    [many] { $unknown } سؤالًا بلا إجابة.
   *[other] { $unknown } سؤال بلا إجابة.
  }
check-find-out = لا تعرف الإجابة؟ اطلب الاطلاع على ملفك (aktindsigt). عندها ترى ما فعلته البلدية.

benefit-none = لا توجد إعانة حاليًا

status-sick-day-label = ما أول يوم مرضت فيه؟
status-letter-label = هل وصلتك رسالة مؤخرًا؟
status-letter-none = لا، ليس الآن
status-letter-partshoering = نعم، رسالة تقول إن البلدية ستتخذ قرارًا (partshøring: حق الرد قبل القرار)
status-letter-afgoerelse = نعم، قرار
status-next-title = خطواتك التالية
status-revurdering = يجب على البلدية مراجعة إعانة المرض الخاصة بك في موعد أقصاه { $date }، إذا كنت موظفًا لدى صاحب عمل وكنت مريضًا بدون انقطاع.
status-see-how = انظر كيف حُسب التاريخ
status-next-partshoering = رُدّ على الرسالة قبل الموعد النهائي. اكتب ما لا توافق عليه، وأرسل مستندات، مثل تقرير من الطبيب. إذا احتجت وقتًا أطول، اطلبه قبل الموعد النهائي.
status-next-partshoering-link = أدخل موعد الرد وانظر متى يجب أن ترد
status-next-afgoerelse = إذا كنت لا توافق، يمكنك تقديم شكوى. وتحقق أيضًا هل اتبعت البلدية القواعد.
status-next-klage-link = انظر أين وحتى متى يمكنك تقديم شكوى
status-next-tjek-link = افحص القرار

## الرسائل
nav-breve = اكتب رسالة
letters-title = اكتب رسالة إلى الجهة الرسمية
letters-not-advice = مساعد الرسائل يساعدك على الكتابة. هو ليس استشارة قانونية، ويجب أن تقرأ الرسالة بنفسك قبل أن ترسلها. الرسالة تكون دائمًا باللغة الدانماركية، لأنها تذهب إلى جهة دانماركية.
letters-steps-label = خطوات الرسالة
letters-step-kind = أي رسالة
letters-step-you = معلومات عنك
letters-step-authority = الجهة الرسمية
letters-step-dates = التواريخ
letters-step-points = ما لا توافق عليه
letters-step-errors = أخطاء في القضية
letters-step-request = ما تطلبه
letters-step-finish = احصل على الرسالة
letters-back = رجوع
letters-next = التالي
letters-kind-legend = أي رسالة تريد أن تكتب؟
letters-kind-partshoering = الرد على رسالة partshøring (حق الرد قبل القرار)
letters-kind-partshoering-help = كتبت البلدية أنها ستتخذ قرارًا، مثل عقوبة. هنا تشرح وجهة نظرك قبل أن تقرر.
letters-kind-fristforlaengelse = اطلب وقتًا أطول للرد
letters-kind-fristforlaengelse-help = إذا احتجت وقتًا أطول للرد على رسالة partshøring، يمكنك أن تطلب ذلك. في العادة يجب أن توافق الجهة الرسمية.
letters-kind-aktindsigt = اطلب الاطلاع على ملفك (aktindsigt)
letters-kind-aktindsigt-help = اطّلع على كل الأوراق في قضيتك، ومنها الملاحظات عن المحادثات. يجب أن ترد الجهة الرسمية بسرعة، في العادة خلال 7 أيام عمل.
letters-kind-begrundelse = اطلب أسباب القرار
letters-kind-begrundelse-help = إذا لم تفهم لماذا حصلت على رفض أو عقوبة، يمكنك أن تطلب أسبابًا مكتوبة مع القواعد التي استُخدمت.
letters-kind-klage = قدّم شكوى على قرار
letters-kind-klage-help = أرسل الشكوى إلى الجهة التي أصدرت القرار. ستنظر في القضية مرة أخرى، وترسلها إلى Ankestyrelsen إذا لم توافق على رأيك.
letters-kind-ombudsmand = قدّم شكوى إلى أمين المظالم البرلماني
letters-kind-ombudsmand-help = بعد أن تصدر Ankestyrelsen القرار النهائي، يمكنك أن تطلب من أمين المظالم النظر في القضية خلال 12 شهرًا.
letters-name = اسمك
letters-address = عنوانك
letters-address-hint = سطر واحد في كل مرة: الشارع والرقم في السطر الأول، والرمز البريدي والمدينة في السطر التالي.
letters-phone = الهاتف (اختياري)
letters-email = البريد الإلكتروني (اختياري)
letters-cpr = رقم CPR (اختياري)
letters-cpr-hint = لا تحتاج إلى كتابة رقم CPR. تستطيع الجهة الرسمية أن تجد القضية من رقم القضية.
letters-place = المدينة (تُكتب قبل التاريخ في الرسالة)
letters-authority = اسم الجهة الرسمية
letters-authority-hint = مثلًا "Aarhus Kommune" أو اسم a-kasse الخاصة بك. انظر الرسالة التي وصلتك.
letters-unit = القسم (اختياري)
letters-authority-address = عنوان الجهة الرسمية (اختياري)
letters-case = رقم القضية (اختياري)
letters-case-hint = يكون غالبًا في أعلى الرسالة التي وصلتك.
letters-letter-date = ما التاريخ المكتوب على رسالة الجهة الرسمية؟
letters-letter-date-hint = التاريخ مكتوب في أعلى الرسالة. الرسالة في Digital Post تحمل عادةً تاريخ اليوم الذي وصلتك فيه.
letters-reply-by = ما موعد الرد المكتوب في الرسالة؟
letters-reply-by-hint = اتركه فارغًا إذا لم يكن هناك موعد.
letters-new-reply-by = ما الموعد الجديد الذي تطلبه؟
letters-extension-reason = لماذا تحتاج وقتًا أطول؟
letters-received = في أي يوم استلمت القرار؟
letters-received-hint = بذلك تذكر الرسالة أن الشكوى أُرسلت قبل الموعد النهائي.
letters-decided-by = من أصدر القرار؟
letters-matter = ما موضوع القضية؟ (اختياري)
letters-matter-hint = كلمات قليلة، مثلًا "sanktion i kontanthjælp" (بالدانماركية).
letters-final-authority = من أصدر القرار النهائي؟
letters-final-date = ما تاريخ القرار النهائي؟
letters-ombudsman-received = في أي يوم استلمت القرار النهائي؟
letters-date = تاريخ رسالتك
letters-date-hint = اتركه فارغًا لتاريخ اليوم.
letters-bad-date = لا يمكن قراءة التاريخ. اكتبه بهذا الشكل: يوم.شهر.سنة، مثلًا 05.03.2026.
letters-points-hint = نقطة واحدة في كل مرة. اكتب بكلماتك ماذا حدث ولماذا. اكتب بالدانماركية إن استطعت: الرسالة تذهب إلى جهة دانماركية.
letters-point-legend = النقطة { $n }
letters-topic = عن ماذا تتحدث هذه النقطة؟
letters-topic-none = اختر الموضوع
letters-topic-missed-meeting = لم أحضر اجتماعًا أو نشاطًا
letters-topic-refused-offer = رفضت عرضًا أو وظيفة
letters-topic-not-available = البلدية ترى أنني غير متاح للعمل
letters-topic-illness = المرض
letters-topic-other = شيء آخر
letters-event-date = متى حدث ذلك؟ (التاريخ، اختياري)
letters-account = ماذا حدث؟
letters-account-hint = اكتب باختصار وبشكل محدد. مثلًا: "Jeg var syg med feber og ringede til jobcentret kl. 8, men kom ikke igennem."
letters-reason = هل كان لديك سبب مقبول؟
letters-reason-none = اختر إن كان ذلك مناسبًا
letters-reason-illness = نعم، كنت مريضًا
letters-reason-childcare = نعم، لم أجد من يرعى طفلي
letters-reason-transport = نعم، لم أستطع الوصول
letters-reason-caring-for-relative = نعم، كان عليّ رعاية فرد مريض من عائلتي
letters-reason-other = نعم، لسبب آخر (اكتبه في الأعلى)
letters-documents = ما الذي يمكن أن يثبت ذلك؟ (المرفقات)
letters-documents-hint = مرفق واحد في كل سطر، مثلًا "Lægeerklæring af 4. november 2026". تذكّر أن ترفقها عندما ترسل الرسالة.
letters-contact = هل حاولت البلدية أولًا أن تتواصل معك شخصيًا؟ (مهم إذا كنت جاهزًا للأنشطة – aktivitetsparat)
letters-contact-none = لا أعرف
letters-contact-yes = نعم
letters-contact-no = لا
letters-guidance = هل أُبلغت كتابيًا بما سيحدث إذا لم تحضر؟
letters-guidance-none = لا أعرف
letters-guidance-yes = نعم
letters-guidance-no = لا
letters-add-point = أضف نقطة
letters-remove-point = احذف هذه النقطة
letters-errors-legend = هل ارتكبت الجهة الرسمية أخطاء في معالجة القضية؟
letters-errors-hint = ضع علامة على ما ينطبق. يمكنك أن تستخدم "افحص القرار" أولًا.
letters-request = ماذا تطلب؟ (اختياري)
letters-request-hint = اتركه فارغًا وسنكتب جملة عادية.
letters-enclosures = مرفقات أخرى (اختياري)
letters-enclosures-hint = مرفق واحد في كل سطر.
letters-finish-intro = اقرأ الرسالة تحت عنوان "رسالتك". صحّح إجاباتك إذا كان هناك خطأ. بعد ذلك احصل عليها كملف PDF، أو اطبعها، أو انسخ النص إلى Digital Post أو إلى بريد إلكتروني.
letters-download-pdf = احصل عليها كملف PDF
letters-print = اطبع
letters-pdf-ready = ملف PDF جاهز. تجده في مجلد التنزيلات.
letters-pdf-failed = تعذّر إنشاء ملف PDF
letters-pdf-unsupported = لا يمكن إنشاء ملف PDF لأن خط الرسالة لا يحتوي على هذه الحروف: { $chars }. اكتبها بالحروف اللاتينية (كما في جواز سفرك أو بطاقتك الصحية)، أو انسخ نص الرسالة أدناه بدلًا من ذلك.
letters-not-ready = ما زالت الرسالة تحتاج بعض الإجابات. انظر القائمة تحت "رسالتك".
letters-plain-text = الرسالة كنص
letters-plain-text-hint = حدّد النص وانسخه إلى Digital Post أو إلى بريد إلكتروني.
letters-preview = رسالتك
letters-rules-used = القواعد التي تعتمد عليها الرسالة
letters-missing = تحتاج الرسالة إلى هذه الإجابات:
letters-field-sender-name = اسمك
letters-field-recipient-name = اسم الجهة الرسمية
letters-field-date = تاريخ رسالتك
letters-field-letter-date = التاريخ على رسالة الجهة الرسمية
letters-field-points = نقطة واحدة على الأقل
letters-field-points-account = ماذا حدث (لكل نقطة)
letters-field-reply-by = موعد الرد في الرسالة
letters-field-new-reply-by = الموعد الجديد الذي تطلبه
letters-field-points-or-procedural-errors-or-request = ما لا توافق عليه، أو خطأ في القضية، أو ما تطلبه
letters-field-final-authority = من أصدر القرار النهائي
letters-field-final-decision-date = تاريخ القرار النهائي
letters-help-title = مساعدة مجانية
letters-help-body = يمكنك الحصول على مساعدة مجانية من مستشار المواطنين في البلدية (borgerrådgiver، إذا كان في بلديتك مستشار)، أو من نقابتك أو a-kasse، أو من DUKH (خدمة استشارية مستقلة في مجال الإعاقة)، أو من مكاتب المساعدة القانونية (retshjælp).
letters-pdf-saved = تم حفظ ملف PDF هنا: { $path }
letters-reply-deadline = رُدّ في موعد أقصاه { $date }.
letters-complaint-deadline = يجب أن تصل الشكوى في موعد أقصاه { $date }.
letters-deadline-explain = انظر كيف حُسب الموعد النهائي

## قضاياي
nav-sager = قضاياي
cases-title = قضاياي ومواعيدي النهائية
cases-intro = احفظ الرسائل التي تصلك، وسيتابع التطبيق مواعيدك النهائية. تُحسب المواعيد النهائية دائمًا من جديد من رسائلك.
cases-where-desktop = قضاياك محفوظة على هذا الكمبيوتر فقط.
cases-where-web = قضاياك محفوظة في هذا المتصفح على هذا الجهاز فقط. إذا حذفت بيانات المتصفح، فستختفي.
cases-reminders-title = تذكّر
cases-reminder = { $kind } في القضية "{ $case }": في موعد أقصاه { $date }. { $days }
cases-check-in = قدّمت شكوى في { $date } في القضية "{ $case }". هل حصلت على رد؟ إذا لم تحصل، يمكنك أن تسأل الجهة الرسمية متى ستحصل على رد.
cases-open = اذهب إلى قضاياي
cases-saved = تم الحفظ.
cases-save-failed = تعذّر الحفظ
cases-deleted = تم حذف القضية.
cases-back = العودة إلى كل الحالات
cases-all-deleted = تم حذف كل شيء من هذا الجهاز.
cases-untitled = قضية جديدة
cases-deadlines-title = مواعيدي النهائية
cases-deadlines-caption = كل المواعيد النهائية في قضاياك، الأقرب أولًا
cases-no-deadlines = ليس لديك مواعيد نهائية بعد. أنشئ قضية وأدخل الرسائل التي وصلتك.
cases-col-date = الموعد النهائي
cases-col-left = الوقت المتبقي
cases-col-kind = ماذا
cases-col-case = القضية
cases-col-rule = القاعدة
cases-ics = احصل على المواعيد النهائية لتقويمك (.ics)
cases-ics-ready = ملف التقويم جاهز. افتحه لتضع المواعيد النهائية والتذكيرات في تقويمك.
cases-list-title = القضايا
cases-adviser-mode = وضع المستشار (عدة عملاء)
cases-search = ابحث في القضايا
cases-next = الموعد النهائي التالي: { $date }
cases-new-title = اسم القضية الجديدة
cases-new = أنشئ قضية
cases-person = اسم العميل
cases-events-title = الرسائل والإجراءات
cases-case-deadlines = المواعيد النهائية في القضية
cases-add-event = أضف رسالة أو إجراءً
cases-event-kind = ماذا حدث؟
cases-event-decision = قرار من البلدية أو من Udbetaling Danmark
cases-event-akasse-decision = قرار من a-kasse
cases-event-partshoering = رسالة partshøring (حق الرد قبل القرار؛ التاريخ هو موعد الرد)
cases-event-final-decision = قرار نهائي من Ankestyrelsen
cases-event-aktindsigt-requested = طلبت الاطلاع على ملفي
cases-event-complaint-filed = قدّمت شكوى (الشكوى وصلت إلى الجهة الرسمية)
cases-event-sick-from = أول يوم مرض
cases-event-other = أخرى
cases-event-date = التاريخ
cases-event-date-reply = موعد الرد المذكور في الرسالة (آخر يوم للرد)
cases-event-paper = وصلت الرسالة بالبريد العادي (التاريخ هو التاريخ المكتوب على الرسالة)
cases-by-paper = بالبريد
cases-event-authority = الجهة الرسمية (اختياري)
cases-add = أضف
cases-notes = ملاحظات
cases-note-label = ملاحظة جديدة
cases-add-note = احفظ الملاحظة
cases-print = اطبع القضية
cases-delete = احذف القضية
cases-delete-confirm = هل تريد حذف القضية وكل ما فيها؟ لا يمكن التراجع عن ذلك.
cases-delete-all-title = احذف كل شيء
cases-delete-all-body = احذف كل القضايا والمسودات والإجابات المكتوبة من هذا الجهاز.
cases-delete-all = احذف كل شيء على هذا الجهاز
cases-delete-all-confirm = هل تريد حذف كل ما حفظه التطبيق على هذا الجهاز؟ لا يمكن التراجع عن ذلك.
cases-export-title = أرسل القضية إلى مستشار
cases-export-body = تُحفظ القضية في ملف واحد مقفل بكلمة مرور. أرسل الملف، وأعطِ كلمة المرور بطريقة أخرى، مثلًا عبر الهاتف.
cases-fuldmagt = إذا كان مستشار سيتصرف نيابةً عنك أمام البلدية أو a-kasse، يجب أن تعطيه توكيلًا (fuldmagt، forvaltningsloven § 8).
cases-fuldmagt-template = نموذج توكيل (بالدانماركية)
cases-fuldmagt-text = FULDMAGT

    Jeg, [dit navn], [din adresse], giver hermed [rådgiverens navn], [organisation], fuldmagt til at repræsentere mig i min sag hos [myndighed], sagsnummer [nummer].

    Fuldmagten giver ret til at få aktindsigt, modtage breve og afgørelser, udtale sig og klage på mine vegne, jf. forvaltningslovens § 8.

    Fuldmagten gælder, indtil jeg skriftligt tilbagekalder den.

    Dato: __________  Underskrift: ____________________
cases-passphrase = كلمة المرور
cases-passphrase-hint = 8 أحرف على الأقل. بضع كلمات متتالية تعمل جيدًا، مثلًا "دراجة زرقاء تأكل الثلج".
cases-passphrase-short = يجب أن تتكون كلمة المرور من 8 أحرف على الأقل.
cases-export = احفظ القضية كملف مقفل
cases-exported = تم حفظ القضية كملف مقفل هنا: { $path }
cases-exported-download = تم تنزيل القضية كملف مقفل (sag.rof). تجده في مجلد التنزيلات في متصفحك.
cases-import-title = استلم قضية
cases-import-body = اختر ملف قضية (.rof) واكتب كلمة المرور. القضية الأحدث على هذا الجهاز لا تُستبدل أبدًا إلا إذا اخترت ذلك.
cases-import-file = ملف القضية
cases-import = افتح ملف القضية
cases-import-choose = اختر ملف قضية أولًا.
cases-import-added = تمت إضافة القضية.
cases-import-updated = تم تحديث القضية بالنسخة الأحدث من الملف.
cases-import-unchanged = القضية موجودة هنا من قبل، بدون تغيير. لم يتغير شيء.
cases-import-conflict = توجد على هذا الجهاز نسخة من هذه القضية أحدث أو مختلفة. اختر ماذا تريد أن يحدث.
cases-import-conflict-caption = نسختا القضية
cases-import-on-device = على هذا الجهاز
cases-import-in-file = في الملف
cases-import-version = النسخة
cases-import-changed = آخر تغيير
cases-import-keep-both = احتفظ بالاثنتين
cases-import-replace = استبدلها بنسخة الملف
cases-import-error-wrong-passphrase = كلمة المرور خاطئة. لم يتغير شيء.
cases-import-error-empty = الملف فارغ. لم يتغير شيء.
cases-import-error-too-large = الملف أكبر من أن يكون ملف قضية. لم يتغير شيء.
cases-import-error-not-age-file = هذا ليس ملف قضية مقفلًا. لم يتغير شيء.
cases-import-error-not-passphrase-file = الملف غير مقفل بكلمة مرور. لم يتغير شيء.
cases-import-error-truncated = الملف ناقص. اطلبه مرة أخرى. لم يتغير شيء.
cases-import-error-damaged = الملف تالف. اطلبه مرة أخرى. لم يتغير شيء.
cases-import-error-too-much-work = لا يمكن فتح الملف بأمان. لم يتغير شيء.
cases-import-error-not-a-case-file = الملف يُفتح، لكنه ليس قضية من Ret og Frist. لم يتغير شيء.
cases-import-error-newer-format = أُنشئ الملف بنسخة أحدث من التطبيق. حدّث التطبيق. لم يتغير شيء.
cases-import-error-newer-case-schema = أُنشئ الملف بنسخة أحدث من التطبيق. حدّث التطبيق. لم يتغير شيء.
cases-import-error-invalid-case = القضية في الملف غير صالحة. لم يتغير شيء.
cases-reminder-days = ذكّرني بهذا العدد من الأيام قبل الموعد النهائي
cases-reminder-days-hint = اكتب أرقامًا تفصل بينها فواصل، مثلًا 7, 2. تظهر التذكيرات عندما تفتح التطبيق، وتُضاف إلى ملف التقويم.
cases-reminder-days-error = اكتب أيامًا كاملة من 0 إلى 60، تفصل بينها فواصل، مثلًا 7, 2.
cases-reminder-days-save = احفظ التذكيرات

## القواعد والمبالغ
nav-regler = القواعد والمبالغ
rulebook-title = القواعد والمبالغ
rules-intro = هنا كل القواعد التي يحسب بها التطبيق: القيمة، ومتى تسري، ومادة القانون، والمصدر، ودرجة تأكدنا. القواعد غير المؤكدة من مصدر رسمي عليها علامة.
rules-search = ابحث في القواعد
rules-search-hint = ابحث عن كلمة أو مادة قانون أو مسار، مثلًا "شكوى" أو "§ 19" أو "frist.complaint".
rules-unconfirmed-only = اعرض فقط القواعد غير المؤكدة
rules-count = القواعد المعروضة: { $shown } من { $total }.
# Sections of the rule book that open and close; the heading carries the number of rules in it.
rules-area-heading = { $area } ({ $count })
rules-area-deadlines = المواعيد النهائية والعطل الرسمية
rules-area-benefits = الإعانات والمعدلات
rules-area-family = السكن والأطفال
rules-area-tax = الضرائب
rules-area-municipal-tax = ضريبة البلدية وضريبة الكنيسة
rules-area-status = الفئات المستهدفة والحقوق والواجبات
rules-area-appeals = الشكاوى ومعالجة القضايا
rules-area-other = قواعد أخرى
rules-current = تسري الآن
rules-history = القيم السابقة والمستقبلية
rule-id = معرّف القاعدة (للمستشارين وسطر الأوامر)
status-save-title = احفظ وضعك في قضية
status-save-case = القضية
status-save = احفظ الوضع في القضية
status-saved-to-case = تم حفظ وضعك في القضية.
cases-status-title = الوضع والحقوق
cases-status-line = الفئة المستهدفة في { $date }: { $group }
cases-no-group = غير موجودة
pack-title = حزمة القواعد
pack-active-builtin = يستخدم التطبيق القواعد المدمجة فيه ({ $pack }).
pack-active-imported = يستخدم التطبيق حزمة القواعد المستوردة { $pack } بتاريخ { $date }. تم التحقق منها بمفتاح التطبيق.
pack-import = حمّل حزمة قواعد أحدث
pack-import-hint = حزمة القواعد ملف فيه مبالغ وقواعد جديدة. لا تُستخدم إلا إذا كانت موقّعة بمفتاح Ret og Frist، ولكل قاعدة مصدر ومادة قانون وتاريخ.
pack-refused = تم رفض حزمة القواعد، ولم يتغير شيء: { $why }
pack-back = ارجع إلى القواعد المدمجة
pack-error-untrusted-key = الحزمة غير موقّعة بمفتاح Ret og Frist.
pack-error-bad-signature = التوقيع غير مطابق. ربما تم تغيير الملف.
pack-error-hash-mismatch = المحتوى لا يطابق التوقيع. ربما تم تغيير الملف.
pack-error-malformed = هذه ليست حزمة قواعد.
pack-error-too-large = الملف أكبر من أن يكون حزمة قواعد.
pack-error-invalid-rules = القواعد في الحزمة غير صالحة.
overrides-title = محسوب بقواعد معدّلة يدويًا
overrides-clear = أزل كل التعديلات
overrides-baseline = بدون التعديل سيكون الموعد النهائي { $date }.
overrides-form = عدّل القيمة (للمستشارين)
overrides-value = القيمة الجديدة (عدد صحيح)
overrides-note = لماذا، وما هو المصدر؟ (مطلوب)
overrides-save = استخدم القيمة الجديدة على هذا الجهاز
overrides-need-note = اكتب السبب والمصدر. بدون سبب لا يُستخدم التعديل.
overrides-need-number = اكتب عددًا صحيحًا.
error-too-far = لا نستطيع حساب هذا الموعد النهائي: القاعدة { $path } تتطلب عدّ أكثر من { $limit } يومًا. تحقق مما إذا كانت القاعدة قد عُدّلت بقيمة خاطئة.
overrides-out-of-range = يجب أن تكون القيمة بين { $min } و{ $max }.
pack-error-older = هذه الحزمة أقدم من القواعد التي يستخدمها التطبيق الآن. لا يمكن لحزمة أقدم أن تحل محل قواعد أحدث.
pack-dropped = تمت إزالة حزمة القواعد المحفوظة { $pack } لأنه لم يعد من الممكن استخدامها: { $why } يستخدم التطبيق الآن القواعد المدمجة.
pack-not-loaded = تعذّر تحميل حزمة القواعد المحفوظة لديك الآن، لذلك يستخدم التطبيق القواعد المدمجة. لم تُحذف الحزمة: أعد تحميل الصفحة عندما يتوفر لديك اتصال.
# Shown when a stored case cannot be read (damaged); the other cases are shown as usual.
cases-damaged = القضية «{ $name }» تالفة ولا يمكن فتحها. تم الاحتفاظ بها كما كانت. قضاياك وتذكيراتك الأخرى تعمل كالمعتاد.

## Marks a field that must be filled in (after its label).
field-required = (مطلوب)
## A rule that rests on practice, not on a § of a law.
rule-reference-none = لا توجد مادة (§) محددة في القانون
## Shown while a part of the app that is fetched on first use loads (the letter reader, the case file, the PDF).
lazy-loading = جارٍ التحميل …
## That part could not be fetched (e.g. offline before the first visit with a connection).
lazy-load-failed = تعذّر تحميل هذا الجزء من التطبيق. هل أنت غير متصل؟ حاول مرة أخرى عندما يتوفر الاتصال. بعد زيارة واحدة مع اتصال يعمل أيضًا دون اتصال.

# Case detail: the section with the reminder setting.
cases-reminders-section = التذكيرات
## The chosen language's texts could not be fetched (web build; e.g. offline before the first visit with a connection). $lang is the language's own name.
lang-load-failed = تعذّر تحميل اللغة { $lang }. هل أنت غير متصل؟ تبقى الصفحة بهذه اللغة. حاول مرة أخرى عندما يتوفر الاتصال؛ بعد زيارة واحدة مع اتصال تعمل كل اللغات دون اتصال أيضًا.
## navigator --pack FILE: the pack cannot be used (the reason follows).
cli-pack-refused = لا يمكن استخدام حزمة القواعد { $file }: { $why }
pack-error-wrong-format = الملف ليس بتنسيق حزم القواعد.
pack-error-unsupported-version = الحزمة مصنوعة لإصدار آخر من التطبيق.
pack-error-invalid-field = أحد الحقول في رأس الحزمة غير صالح.
pack-error-unknown-file = تحتوي الحزمة على ملف قواعد لا يعرفه التطبيق.
pack-error-missing-file = ينقص الحزمة ملف قواعد.
pack-error-key = لا يمكن استخدام ملف المفتاح.
