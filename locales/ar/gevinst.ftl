## "هل العمل مُجزٍ؟" — أسماء كل الأرقام (gain-<id>)، والرسائل، والاستبيان.

gain-disposable = الدخل المتاح للصرف
gain-person1 = أنت
gain-person2 = شريكك
gain-net_income = الدخل بعد الضريبة
gain-wage = الأجر قبل الضريبة
gain-benefits_taxable = الإعانة قبل الضريبة
gain-atp = معاش ATP (حصتك)
gain-benefit_atp = ATP على الإعانة (حصتك)
gain-am_bidrag = مساهمة سوق العمل (AM-bidrag)
gain-income_tax = ضريبة الدخل
gain-personal_income = الدخل الشخصي
gain-taxable_income = الدخل الخاضع للضريبة
gain-beskaeftigelsesfradrag = خصم العمل (beskæftigelsesfradrag)
gain-ekstra_beskaeftigelsesfradrag = خصم عمل إضافي للوالدين الوحيدين
gain-jobfradrag = خصم الوظيفة (jobfradrag)
gain-bundskat = الضريبة الأساسية (bundskat)
gain-mellemskat = الضريبة المتوسطة (mellemskat)
gain-topskat = الضريبة العليا (topskat)
gain-toptopskat = الضريبة العليا الإضافية (toptopskat)
gain-kommuneskat = ضريبة البلدية
gain-kirkeskat = ضريبة الكنيسة
gain-personfradrag_rest = جزء من الإعفاء الشخصي (personfradrag) لم تستخدمه ضريبة أخرى
gain-personfradrag_aegtefaelle = الإعفاء الشخصي (personfradrag) المنقول من الزوج أو الزوجة
gain-kontanthjaelp = المساعدة النقدية (kontanthjælp)
gain-kontanthjaelp-sats = المساعدة النقدية قبل الخصومات
gain-kontanthjaelp-fradrag_egen_loen = خصم بسبب أجرك
gain-kontanthjaelp-fradrag_aegtefaelle = خصم بسبب دخل شريكك
gain-dagpenge = إعانة البطالة (dagpenge)
gain-sygedagpenge = إعانة المرض (sygedagpenge)
gain-ledighedsydelse = إعانة البطالة للوظيفة المرنة (ledighedsydelse)
gain-fleksloentilskud = دعم الأجر في الوظيفة المرنة
gain-boligsikring = إعانة السكن (boligsikring)
gain-boligsikring-boligudgift = الإيجار المحسوب لإعانة السكن
gain-boligsikring-areal = الإيجار للمساحة المحسوبة
gain-boligsikring-huslejeloft = أعلى إيجار محسوب
gain-boligsikring-indkomst = دخل الأسرة
gain-boligsikring-formuetillaeg = إضافة بسبب الثروة
gain-boligsikring-egenbetaling = الحد الأقصى: الإيجار ناقص أقل مبلغ تدفعه بنفسك
gain-boligsikring-maks = أعلى إعانة سكن
gain-boligsikring-uden_boern = بدون أطفال: 15 % من الإيجار كحد أقصى
gain-boligsikring-minimum = أقل مبلغ يُدفع
gain-boerneydelse = إعانة الأطفال والشباب (børne- og ungeydelse)
gain-boerneydelse-barn = طفل
gain-boerneydelse-aftrapning = تخفيض بسبب الدخل المرتفع
gain-boernetilskud = إعانة الأطفال للوالدين الوحيدين (børnetilskud)
gain-boernetilskud-ordinaert = إعانة الأطفال العادية
gain-boernetilskud-ekstra = إعانة الأطفال الإضافية
gain-fritidstillaeg = إضافة وقت الفراغ (fritidstillæg)
gain-childcare = رعاية الأطفال بعد الدعم
gain-childcare-price = سعر رعاية الأطفال
gain-friplads = دعم رعاية الأطفال (fripladstilskud)
gain-transport = المواصلات إلى العمل

gain-cannot = لا نستطيع حساب { $what }: المعدل { $path } { $reason ->
    [no-such-rate] ليست له قاعدة في بيانات القواعد
   *[other] ليست له قيمة مؤكدة في { $date }
  }. يستطيع المستشار أن يُدخل القيمة في "القواعد والمبالغ" (مع ذكر السبب).

gain-cliff-ends = { $part }: يتوقف هذا البند عند { $n-plural ->
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
   *[other] { $hours } ساعة
  } في الأسبوع.
gain-cliff-starts-falling = { $part }: يبدأ هذا البند بالانخفاض عند { $n-plural ->
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
   *[other] { $hours } ساعة
  } في الأسبوع.
gain-cliff-drop = عند { $n-plural ->
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
   *[other] { $hours } ساعة
  } في الأسبوع ينخفض دخلك المتاح للصرف، لأن هذا البند ينخفض: { $part }.
gain-cliff-cost = عند { $n-plural ->
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
   *[other] { $hours } ساعة
  } في الأسبوع ينخفض دخلك المتاح لأن تكلفة جديدة تبدأ: { $part }.

## شاشة الاستبيان والنتائج (#gevinst)

nav-gevinst = هل العمل مُجزٍ؟
gain-title = هل يستحق العمل؟
gain-intro = أجب عن بعض الأسئلة. بعدها نعرض كم من المال لدى أسرتك للعيش اليوم، وكم سيكون لديك مع الوظيفة. نعرض القاعدة وراء كل كرونة. كل شيء يُحسب على جهازك. لا يُرسل أي شيء.
gain-steps-label = الأسئلة
gain-step-you = أنت
gain-step-partner = الشريك
gain-step-children = الأطفال
gain-step-housing = السكن
gain-step-benefit = الإعانة اليوم
gain-step-job = الوظيفة
gain-step-result = النتيجة
gain-back = رجوع
gain-next = التالي
gain-show-result = اعرض النتيجة
gain-interim = حتى الآن: { "\u2066" }{ $gain } kr.{ "\u2069" } أكثر أو أقل في الشهر مع الوظيفة (علامة الناقص تعني أقل). أجب عن باقي الأسئلة لتحصل على رقم أدق.
gain-interim-cannot = لا نستطيع حساب كل شيء بعد. انظر السبب تحت "النتيجة".
gain-interim-missing = أجب عن الأسئلة وسنعرض هنا نتيجة أولى.
gain-error-negative = لا يجوز أن يكون الرقم سالبًا.
gain-error-required = أدخل رقمًا هنا.
gain-error-number = أدخل رقمًا، مثلًا 12500 أو 165.50.
gain-error-ages = أدخل أعمار الأطفال كأرقام تفصل بينها فواصل، مثلًا 4, 9.
gain-error-area = يجب أن تكون المساحة أكثر من 0 m².
gain-error-municipality = اختر بلدية من القائمة.
gain-error-range = الرقم خارج الحدود الممكنة (العمر 15–120، والحد الأقصى 80 ساعة في الأسبوع).
gain-kr-month = { "\u2066" }{ $amount } kr.{ "\u2069" } في الشهر
gain-kr-year = { "\u2066" }{ $amount } kr.{ "\u2069" } في السنة
gain-rules-used = القواعد
gain-age = عمرك
gain-municipality = بلديتك
gain-year = السنة
gain-church = أنا عضو في كنيسة الدنمارك الوطنية (folkekirken)
gain-partner = أعيش مع زوج أو زوجة أو شريك
gain-married = نحن متزوجان
gain-partner-age = عمر شريكك
gain-partner-hours = ساعات عمل شريكك في الأسبوع
gain-partner-hours-hint = أدخل 0 إذا كان شريكك لا يعمل.
gain-partner-wage = أجر شريكك الشهري قبل الضريبة
gain-partner-benefit = إعانة شريكك
gain-partner-kh-amount = المساعدة النقدية لشريكك في الشهر قبل الضريبة
gain-benefit-none = لا توجد إعانة
gain-benefit-kontanthjaelp = المساعدة النقدية (kontanthjælp)
gain-benefit-dagpenge = إعانة البطالة (dagpenge)
gain-benefit-sygedagpenge = إعانة المرض (sygedagpenge)
gain-benefit-fleksjob = مؤهَّل لوظيفة مرنة (ledighedsydelse)
gain-children = أعمار الأطفال
gain-children-hint = الأطفال الذين يعيشون معك. أدخل أعمارهم تفصل بينها فواصل، مثلًا 4, 9. اتركه فارغًا إذا لم يكن معك أطفال.
gain-childcare-hint = السعر الكامل قبل دعم رعاية الأطفال. اتركه فارغًا إذا كنت لا تدفع لرعاية الأطفال.
gain-renting = أسكن في بيت مستأجر
gain-rent = الإيجار في الشهر
gain-rent-hint = الإيجار كما هو مكتوب في عقد الإيجار.
gain-area = المساحة بالمتر المربع (m²)
gain-area-hint = المساحة مكتوبة في عقد الإيجار (lejekontrakt)، مثلًا "Boligareal: 65 m²".
gain-heating-separate = أدفع التدفئة منفصلة عن الإيجار
gain-hot-water-included = الماء الساخن مشمول في الإيجار
gain-electricity-included = الكهرباء مشمولة في الإيجار
gain-kh-tilpasning = الإضافة المؤقتة للتكيف (midlertidigt tilpasningstillæg) شهريًا
gain-kh-tilpasning-hint = فقط إذا كان عمرك أقل من 30 سنة وكانت الإضافة مذكورة في قرارك، مثل "Midlertidigt tilpasningstillæg: … kr.". اترك الحقل فارغًا إذا لم تكن مذكورة أو إذا كان المبلغ مشمولًا في الـ kontanthjælp أعلاه.
gain-dp-beskaeftigelsestillaeg = أحصل على إضافة التوظيف (beskæftigelsestillæg) مع الـ dagpenge
gain-dp-beskaeftigelsestillaeg-hint = إضافة التوظيف هي سعر أعلى في بداية فترة الـ dagpenge. وهي مذكورة في قرار صندوق البطالة (a-kasse) بشأن الـ dagpenge. ضع علامة فقط إذا كانت مذكورة هناك.
gain-wealth = ثروة الأسرة
gain-wealth-hint = مثلًا المدخرات. اتركه فارغًا إذا لم يكن لديك شيء.
gain-benefit = إعانتك اليوم
gain-kh-sats = معدلك
gain-kh-sats-forhoejet = المعدل المرتفع (forhøjet sats)
gain-kh-sats-grundsats = المعدل الأساسي (grundsats)
gain-kh-sats-mindstesats = المعدل الأدنى (mindstesats)
gain-kh-sats-hjemmeboende = معدل من يسكنون مع والديهم
gain-kh-amount = مساعدتك النقدية في الشهر قبل الضريبة
gain-kh-amount-hint = المبلغ مكتوب في قرار البلدية الخاص بك، مثلًا "Din kontanthjælp udgør … kr. om måneden" (مساعدتك النقدية … kr. في الشهر). أضف الإضافات. معدلات 2026 غير مؤكدة في التطبيق، لذلك نحتاج إلى مبلغك.
gain-kh-months = عدد الأشهر المتتالية التي حصلت فيها على المساعدة النقدية (kontanthjælp)
gain-kh-months-hint = يُستخدم لحساب ATP: في السنة الأولى لا تدفع ATP من المساعدة النقدية. اترك الحقل فارغًا إذا كانت المدة أكثر من سنة.
gain-dp-rate = معدل إعانة البطالة (dagpenge) الشهري الخاص بك
gain-dp-rate-hint = تعرفه a-kasse الخاصة بك. اتركه فارغًا إذا كنت لا تعرفه.
gain-dp-prev-wage = أجرك الشهري قبل أن تصبح عاطلًا عن العمل
gain-dp-prev-wage-hint = يُستخدم لحساب المعدل (90 % من الأجر بعد AM-bidrag) إذا كنت لا تعرفه. إذا تركته فارغًا نستخدم أعلى معدل.
gain-syg-wage = أجرك في الساعة قبل أن تمرض
gain-syg-hours = ساعاتك في الأسبوع قبل أن تمرض
gain-fleksjob-hint = بدون وظيفة تحصل على ledighedsydelse. مع الوظيفة تحصل على أجر عن الساعات التي تعملها، بالإضافة إلى دعم الأجر في الوظيفة المرنة.
gain-job-hours = ساعات العمل في الأسبوع في الوظيفة
gain-job-hours-hint = 37 ساعة هي دوام كامل.
gain-hours-example = مثلًا 37
gain-job-wage = الأجر في الساعة قبل الضريبة
gain-job-wage-hint = مثلًا 165 أو 165.50 kr.
gain-transport-cost = المواصلات إلى الوظيفة في الشهر
gain-problems-title = صحّح هذه الإجابات
gain-period = اعرض المبالغ
gain-period-month = في الشهر
gain-period-year = في السنة
gain-result-title = ماذا تعني الوظيفة بالنسبة لك
gain-result-cannot = لا نستطيع حساب النتيجة كاملة. انظر السبب في الأسفل.
gain-gain-positive = تحصل على { $amount } أكثر مع الوظيفة.
gain-gain-negative = تحصل على { $amount } أقل مع الوظيفة.
gain-per-hour = هذا يعني { "\u2066" }{ $amount } kr.{ "\u2069" } عن كل ساعة إضافية تعملها.
gain-summary-caption = الدخل المتاح للصرف اليوم ومع الوظيفة
gain-today = اليوم
gain-with-job = مع الوظيفة
gain-cannot-title = ما لا نستطيع حسابه
gain-overridden-title = محسوب بمعدلات مصحّحة
gain-uncertain = { $count } من المعدلات التي نستخدمها غير مؤكدة من مصدر رسمي. انظر أيها.
gain-tree-title = كيف تُحسب الأرقام
gain-tree-hint = افتح سطرًا لترى مما يتكون، وما القاعدة التي وراءه.
gain-chart-title = الدخل المتاح للصرف مع عدد مختلف من الساعات
gain-chart-hint = الأجر نفسه في الساعة، من 0 إلى 45 ساعة في الأسبوع. الأماكن المظللة هي حيث يتوقف الدعم.
gain-chart-desc = خط يبين الدخل المتاح للصرف للأسرة في الشهر مع زيادة الساعات. الأرقام موجودة في الجدول المجاور.
gain-chart-x = الساعات في الأسبوع
gain-chart-caption = الدخل المتاح للصرف في الشهر. الجدول فيه الأرقام نفسها.
gain-chart-tap = اضغط على المنحنى لترى الأرقام عند عدد ساعات معيّن.
gain-chart-point = عند { $n-plural ->
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
   *[other] { $hours } ساعة
  } في الأسبوع: الأجر قبل الضريبة { $wage } كرونة، والمتاح للصرف { $disposable } كرونة في الشهر.
gain-table-caption = الدخل المتاح للصرف لكل عدد من الساعات (kr. في الشهر)
gain-col-hours = الساعات في الأسبوع
gain-col-wage = الأجر قبل الضريبة
gain-col-disposable = الدخل المتاح للصرف
gain-col-marginal = الجزء الذي تخسره من آخر أجر إضافي
gain-edit = غيّر إجاباتك
gain-print = اطبع النتيجة
gain-not-advice = هذا الحساب أداة مساعدة، وليس قرارًا. البلدية و a-kasse و Udbetaling Danmark يقومون بحساباتهم الخاصة. اسأل a-kasse الخاصة بك أو نقابتك أو مستشار المواطنين إذا كان الرقم مهمًا لاختيارك.

## وحدات المعدلات في متصفح القواعد
unit-kr-year = { "\u2066" }{ $n } kr.{ "\u2069" } في السنة
unit-kr-quarter = { "\u2066" }{ $n } kr.{ "\u2069" } في ربع السنة
unit-kr-month = { "\u2066" }{ $n } kr.{ "\u2069" } في الشهر
unit-kr-week = { "\u2066" }{ $n } kr.{ "\u2069" } في الأسبوع
unit-kr-hour = { "\u2066" }{ $n } kr.{ "\u2069" } في الساعة
unit-m2 = { $n } m²
unit-kr-m2-year = { "\u2066" }{ $n } kr.{ "\u2069" } لكل m² في السنة
unit-hours-month = { $n } ساعة في الشهر
unit-count = { $n }

## حسابات المكسب المحفوظة في قضية، والقواعد المصحّحة لقضية واحدة
gain-from-case = محسوب للقضية "{ $title }" بالقواعد المصحّحة لهذه القضية.
gain-case-forget = استخدم القواعد المعتادة في التطبيق
gain-save-title = احفظ الحساب في قضية
gain-save-no-cases = أنشئ قضية أولًا؛ بعدها تستطيع أن تحفظ الحساب فيها.
gain-save-case = القضية
gain-save-name = اسم الحساب (اختياري)
gain-save-button = احفظ في القضية
gain-save-default-title = وظيفة { $hours } ساعة في الأسبوع، { "\u2066" }{ $wage } kr.{ "\u2069" } في الشهر
gain-saved = تم الحفظ في القضية "{ $title }".
gain-save-failed = لم يتم حفظ الحساب: { $why }
cases-overridden-badge = قاعدة مصحّحة
cases-scenario-gain = { "\u2066" }{ $gain } kr.{ "\u2069" } في الشهر مع الوظيفة (محسوب بقواعد اليوم)
cases-scenario-open = افتح
cases-remove = احذف
cases-scenarios-title = هل العمل مُجزٍ؟ الحسابات المحفوظة
cases-scenarios-none = لا توجد حسابات محفوظة. احسب وظيفة في
cases-overrides-title = القواعد المصحّحة لهذه القضية
cases-overrides-hint = للمستشارين: صحّح معدلًا أو موعدًا نهائيًا لهذه القضية فقط، مثلًا لأن قرار البلدية يستخدم مبلغًا آخر. اذكر السبب دائمًا. المواعيد النهائية والحسابات في القضية تُظهر أن القاعدة مصحّحة.
cases-override-path = القاعدة (المسار، مثلًا frist.complaint)
cases-override-unknown = هذه القاعدة غير موجودة. اختر مسارًا من القائمة في "القواعد والمبالغ".
cases-override-add = صحّح القاعدة لهذه القضية
gain-baseline = بدون القواعد المصحّحة: مكسب قدره { $amount }.

# --- Years whose rates are not published (estimated or cannot compute) ---
gain-cannot-not-published = لا نستطيع حساب { $what }: المعدل { $path } لسنة { $year } لم يُنشر بعد، والقانون لا يعطي طريقة لتقديره. يستطيع المستشار أن يُدخل القيمة في "القواعد والمبالغ" (مع ذكر السبب).
gain-estimated-title = تقدير: معدلات سنة { $year } لم تُنشر
gain-estimated-warning = الحساب لسنة { $year } مبني على تقدير. بعض معدلات سنة { $year } لم تُنشر بعد، وقد قُدّرت من آخر معدل منشور. النتيجة ليست مبلغًا وفق القانون لسنة { $year }.
gain-estimated-unchanged = { $label }: دون تغيير منذ { $value_year }، ومعدل سنة { $year } لم يُنشر.
gain-estimated-regulated = { $label }: معدل سنة { $value_year } معدّلًا { $method ->
    [psl20] وفق المادة 20 من قانون ضريبة الأشخاص
   *[other] بنسبة تعديل المعدلات
  } ({ $percents }){ $missing_count ->
    [0] {""}
   *[other] ، ودون تغيير لسنة { $missing } (لم تُنشر)
  }.

## علاوة التوظيف (dagpenge) والعلاوة المؤقتة للتكيّف (kontanthjælp): التسميات ورسالة «غير محتسب».
gain-dagpenge-beskaeftigelsestillaeg = أعلى إعانة بطالة مع علاوة التوظيف (beskæftigelsestillæg)
gain-kontanthjaelp-tilpasningstillaeg = العلاوة المؤقتة للتكيّف (midlertidigt tilpasningstillæg)
gain-not-included-title = غير محسوب
gain-senior_beskaeftigelsesfradrag = خصم التوظيف الإضافي لكبار السن
gain-capital_income = دخل رأس المال الموجب (مثل الفوائد)
gain-mellemskat-kapitalindkomst = الضريبة الوسطى على دخل رأس المال
gain-topskat-kapitalindkomst = الضريبة العليا على دخل رأس المال
gain-birth-year = سنة الميلاد
gain-birth-month = شهر الميلاد (1-12)
gain-capital-income = دخل رأس المال الموجب في السنة (مثل الفوائد)، بالكرون
gain-birth-hint = يُستخدم للخصم الإضافي على دخل العمل لكبار السن في السنوات التي تسبق سن التقاعد (folkepensionsalder). مكتوب على بطاقتك الصحية.
gain-capital-income-hint = مثل فوائد المدخرات في السنة بعد خصم الفوائد المدفوعة. مذكور في التسوية الضريبية السنوية (årsopgørelse). اترك الحقل فارغًا إذا لم يكن لديك.
gain-partner-capital-income = دخل رأس المال الموجب لشريكك في السنة (مثل الفوائد)، كرونة
gain-not-included = { $reason ->
    [tax-only] { $adult ->
        [1] دخل رأس المال الخاص بك
       *[other] دخل رأس المال الخاص بشريكك
      } محتسب في الضريبة فقط، وليس في المساعدة النقدية أو إعانة السكن أو دعم رعاية الأطفال أو إعانة الأطفال. دخل رأس المال السالب (مثل الفوائد المدفوعة) غير محتسب إطلاقًا.
   *[other] { $what } غير محتسبة { $adult ->
        [1] لك
       *[other] لشريكك
      }: { $reason ->
        [amount-not-confirmed] مبلغها غير مؤكد في القانون، لذلك لا نخمّنه. إذا كانت العلاوة مذكورة في قرار المساعدة النقدية، فأدخل المبلغ.
        [needs-birth-date] لا يمكننا معرفة ما إذا كان هذا الشخص في السنوات الأخيرة قبل سن التقاعد الحكومي. أدخل سنة الميلاد وشهره وسنحتسبه إن انطبق.
       *[other] تُدفع العلاوة فقط من { $from } إلى { $to } وفقط لمن هم دون { $age } عامًا.
      }
  }

## Formulas with words (gain-f-<id>); $v1, $v2, … are the values as shown.
gain-f-kh-decision = المبلغ الوارد في قرارك
gain-f-kh-decision-year = المبلغ الوارد في قرارك × 12
gain-f-kh-deduction = ({ $v1 } − { "\u2066" }{ $v2 } kr.{ "\u2069" } × { $v3 } ساعة) × 12
gain-f-kh-none = دخلك أكبر من المساعدة: لا يُصرف kontanthjælp
gain-f-dp-tillaeg = { $v1 } × { $v2 } = { "\u2066" }{ $v3 } kr.{ "\u2069" } في الشهر
gain-f-dp-none = أقل من { $v1 } ساعة بلا عمل: لا تُصرف dagpenge تكميلية
gain-f-sdp = min({ "\u2066" }{ $v1 } kr.{ "\u2069" } × { $v2 } ساعة؛ { "\u2066" }{ $v3 } kr.{ "\u2069" } في الأسبوع × 52 / 12)
gain-f-child-age = العمر: { $v1 }
gain-f-bu-reduction = { $v1 } × (الدخل − { $v2 })
gain-f-friplads = { $v1 } × (100 % − { $v2 } %)؛ الدخل { $v3 } بين { $v4 } و{ $v5 }
gain-f-fritidstillaeg = { "\u2066" }{ $v1 } kr.{ "\u2069" } × { $v2 } (عدد الأطفال) × 12
gain-f-atp = { "\u2066" }{ $v1 } kr.{ "\u2069" } × 12 ({ $v2 } ساعة في الشهر)
gain-f-atp-none = { $v1 } ساعة في الشهر أقل من الحد
gain-cannot-kh-amount = لا يمكن حساب { $what }: التطبيق لا يعرف معدلات المساعدة النقدية (kontanthjælp) لعام { $year }. اكتب المبلغ المذكور في قرار البلدية في خانة «{ gain-kh-amount }» (أو خانة شريكك) في خطوة الإعانة، وسنحسب على أساسه.
gain-error-year = لا تحتوي القواعد على يوم يُحسب منه هذا العام. اختر عامًا آخر.
