## Ret og Frist — طرق الشكوى وفحص معالجة القضية (بالعربية، مترجمة من الإنجليزية والدانماركية).
## كلمات بسيطة. المصطلحات القانونية الدانماركية بين قوسين حيث سيجدها المستخدم في الرسائل.
## البيانات والمصادر: rules/dk/klageveje.toml و rules/dk/sagsbehandling.toml.

## الجهات وغيرها في الشكوى
body-kommune = البلدية (kommunen)
body-a-kasse = صندوق التأمين ضد البطالة (a-kassen)
body-udbetaling-danmark = Udbetaling Danmark (هيئة صرف المدفوعات في الدنمارك)
body-anden-aktoer = الجهة الأخرى (anden aktør: شركة أو جهة أخرى تساعد البلدية في قضيتك)
body-star = STAR (هيئة سوق العمل والتوظيف الدانماركية)
body-ankestyrelsen = هيئة الاستئناف الاجتماعي (Ankestyrelsen)
body-ombudsmand = أمين المظالم البرلماني (Folketingets Ombudsmand)
body-domstole = المحاكم

## الإعانات
benefit-kontanthjaelp = المساعدة النقدية (kontanthjælp)
benefit-dagpenge = إعانة البطالة (dagpenge)
benefit-sygedagpenge = إعانة المرض (sygedagpenge)
benefit-ledighedsydelse = إعانة البطالة للأشخاص المؤهَّلين لوظيفة مرنة (ledighedsydelse)
benefit-fleksjob = الوظيفة المرنة (fleksjob)
benefit-foertidspension = معاش العجز المبكر (førtidspension)
benefit-jobafklaring = برنامج توضيح القدرة على العمل (jobafklaringsforløb)
benefit-ressourceforloeb = برنامج الموارد (ressourceforløb)

## ماذا يحدث في كل خطوة. { $body } هو اسم الجهة الرسمية.
action-complain-here = يجب أن تصل شكواك إلى { $body } قبل أن ينتهي الموعد النهائي. يمكنك أن تكتب رسالة، أو ترسل بريدًا إلكترونيًا، أو تتصل بالهاتف.
action-genvurdering = { $body }: تنظر هذه الجهة في القضية مرة أخرى (genvurdering). إذا لم تحصل على الحق كاملًا، ترسل هذه الجهة الشكوى بنفسها إلى الجهة التالية. لا تحتاج إلى إرسالها مرة أخرى.
action-forward = { $body }: ترسل هذه الجهة شكواك وأوراق القضية إلى الجهة التالية. لا تحتاج إلى فعل أي شيء.
action-decide = { $body }: تعالج هذه الجهة الشكوى وتصدر قرارًا جديدًا. قد تحصل على الحق كاملًا، أو على جزء منه، أو لا تحصل عليه. وقد تُعاد القضية أيضًا ليُتخذ فيها قرار من جديد (hjemvist).
action-final-administrative = { $body }: هذه آخر جهة يمكنك أن تشتكي إليها (أعلى جهة إدارية للشكاوى). لا يمكنك أن تشتكي إلى جهة أخرى بعدها.
action-ombudsman = { $body }: تستطيع هذه الجهة أن تفحص هل اتبعت الجهات الرسمية القواعد. يجب أن تصل الشكوى في موعد أقصاه 12 شهرًا بعد آخر قرار. أمين المظالم لا يستطيع تغيير القرار، لكنه يستطيع أن ينتقد ويوصي بإعادة فتح القضية.
action-court = { $body }: يمكن أن تُراجَع قانونية القرار هنا إذا رفعت دعوى أمام المحكمة. لم نبحث في المواعيد النهائية لذلك. اطلب المشورة قبل أن تبدأ.

## أثناء انتظارك للرد
meanwhile-no-suspensive-effect = القرار يبقى ساريًا أثناء الشكوى (الشكوى لا توقف القرار). مثلًا، تستمر العقوبة أو الإيقاف حتى يتغير القرار. (Retssikkerhedsloven § 72, stk. 1)
meanwhile-suspensive-effect-exceptions = توجد بعض الاستثناءات القليلة التي توقف فيها الشكوى القرار. وهي تتعلق مثلًا بإيداع الأطفال في الرعاية، والسكن في مؤسسات الرعاية، واسترداد إعانة السكن. لا ينطبق أي منها على الإعانات التي يغطيها هذا التطبيق. (Retssikkerhedsloven § 72, stk. 2-6)
meanwhile-reformatio-in-pejus = في حالات نادرة تستطيع Ankestyrelsen أن تغيّر القرار فيصبح أسوأ لك. يحدث هذا عادةً فقط إذا كان القرار الأول غير قانوني. وعندها تقرر Ankestyrelsen أيضًا من متى يسري التغيير. (Retssikkerhedsloven § 72, stk. 7)
meanwhile-akasse-decision-applies = قرار a-kasse يبقى ساريًا حتى يتغير إن تغيّر. هذا صحيح حتى لو قدّمت شكوى. قرار STAR الجديد قد يكون أفضل لك أو أسوأ.
meanwhile-sygedagpenge-stop-needs-valid-decision = لا يحق للبلدية أن توقف إعانة المرض إلا بعد أن تصدر قرارًا صحيحًا بذلك. إذا توقفت المدفوعات بدون قرار، اتصل بالبلدية فورًا واطلب المساعدة.
meanwhile-late-complaint-dispensation = إذا قدّمت الشكوى متأخرًا، تستطيع Ankestyrelsen أن تتجاوز ذلك إذا كان هناك سبب خاص. مثلًا، إذا كنت مريضًا بشدة طوال الفترة أو قرب الموعد النهائي. وإذا لم تكن في الرسالة إرشادات عن طريقة الشكوى، فقد يجب أيضًا معالجة الشكوى.
meanwhile-complaint-form-free = لا توجد قواعد لشكل الشكوى. يمكنك أن تكتب رسالة، أو ترسل بريدًا إلكترونيًا، أو تتصل بالهاتف. لست مضطرًا أن تشرح السبب، لكن ذلك يساعد. اكتب اسمك وعنوانك ورقم CPR والقرار الذي تشتكي منه.
meanwhile-main-reason-for-reversal = عندما غيّرت Ankestyrelsen قرارًا أو أعادته في 2023، كان السبب في 74 % من القضايا أن القضية لم تُفحص جيدًا بما يكفي، أو أن أسباب القرار لم تُشرح جيدًا بما يكفي. استخدم قائمة فحص معالجة القضية عندما تكتب شكواك.
meanwhile-hastebehandling = إذا كانت قضيتك مستعجلة، يمكنك أن تطلب من Ankestyrelsen معالجتها بسرعة أكبر (hastebehandling). اكتب لماذا الأمر مستعجل بالنسبة لك.
meanwhile-new-information-during-appeal = يمكنك أن ترسل أوراقًا جديدة إلى Ankestyrelsen أثناء معالجة شكواك. أرسل نسخًا، لأنها لن تُعاد إليك.

## كم مرة تغيّر Ankestyrelsen القرارات (نسبة التغيير)، حسب مجال القانون
reversal-area-all-kommunale = كل الشكاوى على قرارات البلدية في الشؤون الاجتماعية والتوظيف
reversal-area-aktivloven = قانون السياسة الاجتماعية النشطة (aktivloven، مثلًا المساعدة النقدية)
reversal-area-sygedagpengeloven = قانون إعانة المرض (sygedagpengeloven)
reversal-area-lab = قانون التوظيف (LAB: مثلًا الوظائف المرنة وبرامج الموارد وعروض التفعيل)
reversal-area-social-pension = قانون المعاشات الاجتماعية (غالبًا معاش العجز المبكر)

## فحص معالجة القضية. السؤال = سؤال المستشار بنعم أو لا. المشكلة = ماذا قد تعني الإجابة "لا".
check-partshoering-question = هل وصلتك رسالة partshøring (فرصة للرد على معلومات في القضية) قبل أن يُتخذ القرار؟
check-partshoering-problem = إذا كانت الإجابة لا: يجب على البلدية كقاعدة أن تُريك المعلومات المهمة للقضية التي تكون ضدك، وأن تعطيك وقتًا للرد، قبل أن تقرر. وإلا فقد يكون القرار باطلًا. (Forvaltningsloven § 19, stk. 1)
check-partshoering-label = لم تُتح لي فرصة الاطلاع على المعلومات والرد عليها قبل اتخاذ القرار (partshøring)
check-begrundelse-regler-question = هل يذكر القرار القواعد (القانون والمادة §) التي بُني عليها؟
check-begrundelse-regler-problem = إذا كانت الإجابة لا: يجب أن تذكر أسباب القرار القواعدَ التي بُني عليها. هذا خطأ في الأسباب. (Forvaltningsloven § 24, stk. 1, 1. pkt.)
check-begrundelse-regler-label = لا يذكر القرار القواعد التي يستند إليها
check-begrundelse-hovedhensyn-question = إذا كان على البلدية أن تقوم بتقييم (تقدير)، هل يذكر القرار ما كان له الوزن الأكبر في هذا التقييم؟
check-begrundelse-hovedhensyn-problem = إذا كانت الإجابة لا: عندما يقوم القرار على التقدير، يجب أن تذكر الأسباب أهم الاعتبارات (hovedhensyn). هذا خطأ في الأسباب. (Forvaltningsloven § 24, stk. 1, 2. pkt.)
check-begrundelse-hovedhensyn-label = لا يذكر القرار ما كان له الوزن الأكبر في التقييم
check-begrundelse-faktum-question = هل يذكر القرار المعلومات عن وضعك التي كانت مهمة؟
check-begrundelse-faktum-problem = إذا كانت الإجابة لا: عند الحاجة، يجب أن تذكر الأسباب باختصار الوقائع التي كان لها وزن كبير. وإلا فلا يمكنك أن ترى على ماذا بُني القرار. (Forvaltningsloven § 24, stk. 2)
check-begrundelse-faktum-label = لا يذكر القرار المعلومات عن وضعي التي كان لها أثر
check-klagevejledning-question = هل تذكر الرسالة إلى من يمكنك أن تشتكي، وكيف، وما هو الموعد النهائي (إرشادات الشكوى)؟
check-klagevejledning-problem = إذا كانت الإجابة لا: يجب أن يتضمن القرار إرشادات عن طريقة الشكوى، مع جهة الشكوى والإجراءات والموعد النهائي. إذا كانت ناقصة، فقد يجب معالجة الشكوى حتى لو وصلت متأخرة. (Forvaltningsloven § 25, stk. 1)
check-klagevejledning-label = لا يذكر القرار إلى من وكيف ومتى يمكنني تقديم الشكوى (klagevejledning)
check-notatpligt-question = هل كتبت البلدية (سجّلت في ملاحظة) ما قلته في الهاتف أو في الاجتماعات، عندما يكون مهمًا للقضية؟
check-notatpligt-problem = إذا كانت الإجابة لا: يجب على الجهة الرسمية أن تكتب المعلومات الشفهية المهمة في أسرع وقت ممكن (واجب تسجيل الملاحظات). اطلب الاطلاع على الملف لترى الملاحظات. (Offentlighedsloven § 13, stk. 1)
check-notatpligt-label = لم يُدوَّن ما قلته في الهاتف أو في الاجتماعات
check-vejledning-question = هل شرحت لك البلدية خياراتك وواجباتك بحيث فهمتها (الإرشاد)؟
check-vejledning-problem = إذا كانت الإجابة لا: يجب على الجهة الرسمية أن ترشدك وتساعدك بالقدر اللازم. نقص الإرشاد قد يؤثر على القرار. (Forvaltningsloven § 7, stk. 1)
check-vejledning-label = لم تُشرح لي إمكانياتي وواجباتي (vejledning)
check-oplysning-question = هل جمعت البلدية المعلومات اللازمة قبل أن تقرر (مثلًا من الطبيب أو من صاحب العمل)؟
check-oplysning-problem = إذا كانت الإجابة لا: البلدية مسؤولة عن فحص القضية جيدًا بما يكفي قبل أن تقرر. وهذا أكثر سبب شائع لتغيير Ankestyrelsen للقرارات. (Retssikkerhedsloven § 10)
check-oplysning-label = لم يحصلوا على المعلومات اللازمة، مثلاً من الطبيب أو صاحب العمل
check-helhedsvurdering-question = هل نظرت البلدية في كل أنواع المساعدة التي قد يحق لك الحصول عليها، وليس فقط في المساعدة التي طلبتها؟
check-helhedsvurdering-problem = إذا كانت الإجابة لا: يجب على البلدية أن تنظر في كل إمكانيات المساعدة في القوانين الاجتماعية، وأن تفكر في المساعدة حسب قوانين أخرى (التقييم الشامل). (Retssikkerhedsloven § 5)
check-helhedsvurdering-label = نظروا فقط في المساعدة التي طلبتها، لا في كل ما قد يحق لي
check-inddragelse-question = هل أُعطيت فرصة للمشاركة في معالجة قضيتك، مثلًا في المقابلات والاجتماعات؟
check-inddragelse-problem = إذا كانت الإجابة لا: من حقك أن تشارك في معالجة قضيتك، ويجب على البلدية أن تنظم القضية بحيث يكون ذلك ممكنًا (المشاركة). (Retssikkerhedsloven § 4)
check-inddragelse-label = لم يُسمح لي بالمشاركة في معالجة قضيتي
check-partsrepraesentant-question = إذا كان معك مرافق أو شخص يتحدث نيابةً عنك (ممثل)، هل سُمح لك بإحضاره، وهل وصلته الرسائل؟
check-partsrepraesentant-problem = إذا كانت الإجابة لا: يحق لك دائمًا أن تُحضر شخصًا معك أو أن تترك شخصًا آخر يتحدث نيابةً عنك، وفي العادة يجب أن تصل الرسائل إلى هذا الشخص. لا تستطيع الجهة الرسمية أن ترفض إلا في حالات خاصة. (Forvaltningsloven § 8, stk. 1)
check-partsrepraesentant-label = لم يُسمح لي بإحضار مرافق أو ممثل، أو لم تصل الرسائل إلى هذا الشخص
check-aktindsigt-besvaret-question = إذا طلبت الاطلاع على أوراق القضية (الاطلاع على الملف)، هل حصلت على رد خلال 7 أيام عمل، أو على رسالة تشرح لماذا يستغرق الأمر وقتًا أطول؟
check-aktindsigt-besvaret-problem = إذا كانت الإجابة لا: يجب على الجهة الرسمية أن ترد بسرعة. إذا لم ترد بعد 7 أيام عمل، يجب أن تخبرك لماذا ومتى ستحصل على رد. يمكنك أن تشتكي من أن الأمر يستغرق وقتًا طويلًا. (Forvaltningsloven § 16, stk. 2; offentlighedsloven § 36, stk. 2)
check-aktindsigt-besvaret-label = طلبت الاطلاع على ملفي (aktindsigt) ولم أحصل على رد في الوقت المناسب
check-skriftlig-afgoerelse-question = هل حصلت على القرار مكتوبًا (رسالة أو Digital Post)؟
check-skriftlig-afgoerelse-problem = إذا كانت الإجابة لا: إذا حصلت على القرار شفهيًا فقط، يمكنك أن تطلب أسبابًا مكتوبة. القرار المكتوب يجب أن يتضمن الأسباب إذا لم تحصل على الحق كاملًا. (Forvaltningsloven §§ 22-23)
check-skriftlig-afgoerelse-label = حصلت على القرار شفهياً فقط
check-sanktionsvejledning-question = قبل العقوبة، هل أخبرتك البلدية كتابيًا بواجباتك وبما يحدث إذا لم تلتزم بها؟
check-sanktionsvejledning-problem = إذا كانت الإجابة لا: لا يحق للبلدية أن تخصم من مساعدتك النقدية إلا إذا أعطتك أولًا إرشادات مكتوبة عن حقوقك وواجباتك وعن العقوبات. (Lov om aktiv socialpolitik § 35, stk. 1-2)
check-sanktionsvejledning-label = لم أُبلَّغ كتابياً بواجباتي وبما سيحدث إذا لم ألتزم بها
check-rimelig-grund-vurderet-question = هل فحصت البلدية وكتبت هل كان لديك عذر مقبول، مثلًا مرض أو عدم وجود من يرعى طفلك؟
check-rimelig-grund-vurderet-problem = إذا كانت الإجابة لا: يجب على البلدية أن تقيّم هل كان لديك عذر مقبول (rimelig grund) قبل أن تعطيك عقوبة. إذا قُيّمت على أنك aktivitetsparat، فيجب عليها أيضًا أن تنظر في مشاكلك الأخرى غير البطالة. (Lov om aktiv socialpolitik § 13, stk. 7-8 og 15؛ تحقق من القواعد السارية)
check-rimelig-grund-vurderet-label = لم تقيّم البلدية ما إذا كان لدي سبب معقول (rimelig grund)
check-personlig-kontakt-aktivitetsparate-question = إذا قُيّمت على أنك aktivitetsparat (غير جاهز للعمل): هل حاولت البلدية أن تتواصل معك شخصيًا قبل العقوبة؟
check-personlig-kontakt-aktivitetsparate-problem = إذا كانت الإجابة لا: قبل أن تسحب البلدية المساعدة من مواطن aktivitetsparat، يجب أن تكون قد جرّبت كل الطرق المعقولة للتواصل معه شخصيًا. ويجب أيضًا أن تقيّم هل العقوبة مفيدة. (Lov om aktiv socialpolitik § 13, stk. 8 وممارسة Ankestyrelsen؛ رقم المادة § الدقيق غير مؤكد)
check-personlig-kontakt-aktivitetsparate-label = أنا aktivitetsparat، ولم تحاول البلدية التواصل معي شخصياً أولاً
check-stop-efter-afgoerelse-question = هل حصلت على قرار بإيقاف إعانة المرض قبل أن تتوقف المدفوعات؟
check-stop-efter-afgoerelse-problem = إذا كانت الإجابة لا: لا يجوز إيقاف إعانة المرض إلا بعد أن تصدر البلدية قرارًا صحيحًا وتخبرك به. إذا توقفت لأنك لم تتعاون، فيجب على البلدية أيضًا أن تسمع رأيك أولًا. (Sygedagpengeloven § 21 a og §§ 24 og 27)
check-stop-efter-afgoerelse-label = توقفت إعانة المرض قبل أن أحصل على قرار بذلك

## نقاط خاصة في طريق الشكوى
route-note-ressourceforloeb-kommune = أُلغيت برامج الموارد للمواطنين الجدد بإصلاح التوظيف (lov nr. 1750 af 29.12.2025). إذا كان برنامجك ما زال مستمرًا، فالقرارات ما زالت من البلدية. حسب معلوماتنا، تقدّم الشكوى بالطريقة نفسها. تحقق من الإرشادات في الرسالة.
route-note-jobafklaring-kommune = يوجد اقتراح بإلغاء برامج توضيح القدرة على العمل من 1 يناير 2027. هو مجرد اقتراح، وليس قانونًا معتمدًا. حاليًا يسري طريق الشكوى المذكور هنا.
route-note-fleksjob-kommune = منذ الإصلاح (lov nr. 1750 af 29.12.2025) لم تعد قضيتك تذهب إلى فريق إعادة التأهيل. بدلًا من ذلك يجب على البلدية أن تكتب وصفًا شاملًا وأن تحصل على مشورة صحية. وما زلت تقدّم الشكوى إلى البلدية.
route-note-foertidspension-kommune = منذ الإصلاح (lov nr. 1750 af 29.12.2025) لم تعد قضيتك تذهب إلى فريق إعادة التأهيل. بدلًا من ذلك يجب على البلدية أن تحصل على مشورة صحية. وما زلت تقدّم الشكوى إلى البلدية.
route-note-foertidspension-udbetaling-danmark = تحسب Udbetaling Danmark معاشك وتدفعه. أما قرار حصولك على معاش العجز المبكر فتتخذه البلدية. قدّم الشكوى على الحساب والدفع إلى Udbetaling Danmark.
route-note-dagpenge-a-kasse = إذا لم تحصل على الحق كاملًا، يجب على a-kasse أن ترسل شكواك إلى STAR في موعد أقصاه 4 أسابيع بعد استلام الشكوى. إذا أردت أن تشتكي على قرار STAR، فالموعد النهائي والعنوان موجودان في إرشادات الشكوى من STAR.
route-note-dagpenge-star = اقرأ إرشادات الشكوى في قرار STAR. فيها أين وحتى متى يجب أن تشتكي إلى Ankestyrelsen. لم نستطع التأكد من ذلك هنا.
route-note-dagpenge-kommune = البلدية تقرر فقط أمورًا مثل المقابلات وعروض التفعيل. أما فقدان إعانة البطالة أو فترة الانتظار فتقررها a-kasse. وعندها يجب أن تشتكي إلى a-kasse.
route-note-kontanthjaelp-anden-aktoer = قدّم الشكوى إلى الجهة الأخرى خلال 4 أسابيع. إذا لم توافق على رأيك، ترسل الشكوى إلى البلدية. يمكنك أن تشتكي على قرار البلدية إلى البلدية و Ankestyrelsen كالمعتاد.
route-note-sygedagpenge-anden-aktoer = قدّم الشكوى إلى الجهة الأخرى خلال 4 أسابيع. إذا لم توافق على رأيك، ترسل الشكوى إلى البلدية. يمكنك أن تشتكي على قرار البلدية إلى البلدية و Ankestyrelsen كالمعتاد.
route-note-dagpenge-anden-aktoer = قدّم الشكوى إلى الجهة الأخرى خلال 4 أسابيع. إذا لم توافق على رأيك، ترسل الشكوى إلى البلدية. أما فقدان إعانة البطالة فتقرره a-kasse، وليس الجهة الأخرى.

## مدة المعالجة
processing-kommunale-sager-90pct = تبتّ Ankestyrelsen في 9 من كل 10 شكاوى على البلدية خلال { $n-plural ->
    [one] شهر واحد
    [two] شهرين
    [few] { $n } أشهر
    [many] { $n } شهرًا
   *[other] { $n } شهر
  }.
processing-kommunale-sager-hurtige = القضايا البسيطة، والقضايا المستعجلة بالنسبة لك، يُبتّ فيها خلال { $n-plural ->
    [one] شهر واحد
    [two] شهرين
    [few] { $n } أشهر
    [many] { $n } شهرًا
   *[other] { $n } شهر
  }.
processing-kommunale-sager-gennemsnit-2019 = في 2019 استغرقت الشكوى على البلدية في المتوسط { $n-plural ->
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $n } أسابيع
    [many] { $n } أسبوعًا
   *[other] { $n } أسبوع
  }.
processing-kommunale-sager-gennemsnit-2018 = في 2018 استغرقت الشكوى على البلدية في المتوسط { $n-plural ->
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $n } أسابيع
    [many] { $n } أسبوعًا
   *[other] { $n } أسبوع
  }.
processing-kommunale-sager-maal-13-uger = كان الهدف { $n-plural ->
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $n } أسابيع
    [many] { $n } أسبوعًا
   *[other] { $n } أسبوع
  } في المتوسط. ووجد ديوان المحاسبة الوطني (Rigsrevisionen) في 2019 أن هذا الهدف لم يتحقق لسنوات كثيرة.
processing-tilbud-dagpengemodtagere = حسب أحد المصادر، يجب البتّ في الشكاوى على العروض المقدمة لمتلقي إعانة البطالة (dagpenge) خلال { $n-plural ->
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $n } أسابيع
    [many] { $n } أسبوعًا
   *[other] { $n } أسبوع
  }. هذا غير مؤكد في القانون.
appeal-processing-title = كم يستغرق الأمر؟
