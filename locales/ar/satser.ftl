# أسماء المعدلات حسب مسار القاعدة: rate-<المسار مع استبدال . بـ ->.
# NOTE: the Arabic rate names were translated from the Danish and English
# names and have not been read by a native speaker.

## boligstoette.toml
rate-boligsikring-husleje_andel = إعانة السكن، الحصة من تكلفة السكن
rate-boligsikring-indkomst_andel = إعانة السكن، نسبة التخفيض من الدخل فوق الحد
rate-boligsikring-indkomstgraense = إعانة السكن، حد الدخل
rate-boligsikring-graense_pr_barn = إعانة السكن، زيادة حد الدخل لكل طفل (الطفل الثاني إلى الرابع)
rate-boligsikring-egenbetaling_min = إعانة السكن، أقل مبلغ تدفعه بنفسك
rate-boligsikring-maks = إعانة السكن، أعلى مبلغ (0 إلى 3 أطفال)
rate-boligsikring-maks_4_boern_tillaeg = إعانة السكن، زيادة أعلى مبلغ مع 4 أطفال أو أكثر
rate-boligsikring-maks_andel_uden_boern = إعانة السكن بدون أطفال، أعلى حصة من تكلفة السكن
rate-boligsikring-huslejeloft = إعانة السكن، أعلى تكلفة سكن تُحسب (بدون أطفال)
rate-boligsikring-huslejeloft_boern_tillaeg-1_barn = حد الإيجار، الزيادة مع طفل واحد
rate-boligsikring-huslejeloft_boern_tillaeg-2_boern = حد الإيجار، الزيادة مع طفلين
rate-boligsikring-huslejeloft_boern_tillaeg-3_boern = حد الإيجار، الزيادة مع 3 أطفال
rate-boligsikring-huslejeloft_boern_tillaeg-4_boern = حد الإيجار، الزيادة مع 4 أطفال أو أكثر
rate-boligsikring-minimum_udbetaling = إعانة السكن، أقل مبلغ يُدفع
rate-boligsikring-areal-foerste_person = إعانة السكن، المساحة المحسوبة للشخص الأول
rate-boligsikring-areal-pr_person = إعانة السكن، المساحة المحسوبة لكل شخص إضافي
rate-boligsikring-varme_fradrag = خصم من الإيجار لكل متر مربع عندما تكون التدفئة ضمن الإيجار
rate-boligsikring-varme_tillaeg = إضافة إلى الإيجار لكل متر مربع عندما تُدفع التدفئة بشكل منفصل
rate-boligsikring-formue-graense1 = إضافة الثروة، الحد الأدنى للثروة
rate-boligsikring-formue-sats1 = إضافة الثروة، النسبة من الثروة بين الحد الأدنى والحد الأعلى
rate-boligsikring-formue-graense2 = إضافة الثروة، الحد الأعلى للثروة
rate-boligsikring-formue-sats2 = إضافة الثروة، النسبة من الثروة فوق الحد الأعلى
rate-boligsikring-varmt_vand_fradrag = خصم من الإيجار لكل متر مربع عندما يكون الماء الساخن ضمن الإيجار
rate-boligsikring-el_fradrag = خصم من الإيجار لكل متر مربع عندما تكون الكهرباء ضمن الإيجار

## familie.toml
rate-boerneydelse-0_2 = إعانة الأطفال، من 0 إلى 2 سنة، لكل طفل
rate-boerneydelse-3_6 = إعانة الأطفال، من 3 إلى 6 سنوات، لكل طفل
rate-boerneydelse-7_14 = إعانة الأطفال، من 7 إلى 14 سنة، لكل طفل
rate-boerneydelse-15_17 = إعانة الشباب، من 15 إلى 17 سنة، لكل طفل
rate-boerneydelse-aftrapning-graense = إعانة الأطفال والشباب، حد الدخل للتخفيض
rate-boerneydelse-aftrapning-sats = إعانة الأطفال والشباب، التخفيض كنسبة من الدخل فوق الحد
rate-boernetilskud-ordinaert = إعانة الطفل العادية لكل طفل (والد أو والدة وحيد/ة)
rate-boernetilskud-ekstra = إعانة الطفل الإضافية لكل أسرة (والد أو والدة وحيد/ة)
rate-friplads-nedre_graense = دعم رسوم الحضانة، الحد الأدنى للدخل (إعفاء كامل)
rate-friplads-oevre_graense = دعم رسوم الحضانة، الحد الأعلى للدخل (لا دعم عنده أو فوقه)
rate-friplads-enlig_tillaeg = دعم رسوم الحضانة، زيادة الحدود للوالد أو الوالدة الوحيد/ة
rate-friplads-pr_barn_tillaeg = دعم رسوم الحضانة، زيادة الحدود لكل طفل بعد الأول
rate-friplads-foerste_egenbetaling = دعم رسوم الحضانة، ما تدفعه بنفسك في الدرجة الأولى
rate-friplads-trin = دعم رسوم الحضانة، زيادة ما تدفعه بنفسك في كل درجة
rate-friplads-antal_trin = دعم رسوم الحضانة، عدد الدرجات بين الحد الأدنى والحد الأعلى

## regulering.toml
rate-regulering-psl20 = التعديل وفق المادة 20 من قانون الضريبة الشخصية
rate-regulering-satsregulering = نسبة تعديل المعدلات (satsreguleringsprocent)

## skat.toml
rate-skat-am_bidrag-sats = مساهمة سوق العمل (AM-bidrag)، النسبة
rate-skat-atp-loenmodtager-fuld = ATP، حصة الموظف، المعدل الكامل (راتب شهري)
rate-skat-atp-loenmodtager-to_tredjedele = ATP، حصة الموظف، معدل الثلثين (راتب شهري)
rate-skat-atp-loenmodtager-en_tredjedel = ATP، حصة الموظف، معدل الثلث (راتب شهري)
rate-skat-atp-timer-fuld = ATP، حد الساعات للمساهمة الكاملة (راتب شهري)
rate-skat-atp-timer-to_tredjedele = ATP، حد الساعات لمساهمة الثلثين (راتب شهري)
rate-skat-atp-timer-en_tredjedel = ATP، حد الساعات لمساهمة الثلث (راتب شهري)
rate-skat-atp-overfoersel-modtager = ATP، حصة المستفيد من المساعدة الاجتماعية وغيرها (دوام كامل)
rate-skat-atp-dagpenge-modtager_pr_time = ATP، حصتك عن كل ساعة من إعانة البطالة
rate-skat-personfradrag = الإعفاء الشخصي (الخاضعون للضريبة بالكامل)
rate-skat-bundskat-sats = الضريبة الأساسية (bundskat)، النسبة
rate-skat-mellemskat-sats = الضريبة المتوسطة (mellemskat)، النسبة (من 2026)
rate-skat-mellemskat-graense = الضريبة المتوسطة (mellemskat)، الحد (من 2026)
rate-skat-topskat-sats = الضريبة العليا (topskat)، النسبة
rate-skat-topskat-graense = الضريبة العليا (topskat)، الحد
rate-skat-toptopskat-sats = أعلى ضريبة (toptopskat)، النسبة (من 2026)
rate-skat-toptopskat-graense = أعلى ضريبة (toptopskat)، الحد (من 2026)
rate-skat-topskat-kapital_bundfradrag = الخصم الأساسي لصافي دخل رأس المال الموجب في أساس الضريبة العليا (حتى 2025)
rate-skat-mellemskat-kapital_bundfradrag = الخصم الأساسي لصافي دخل رأس المال الموجب في أساس الضريبة المتوسطة (من 2026)
rate-skat-skatteloft-kapitalindkomst = سقف الضريبة لصافي دخل رأس المال الموجب
rate-skat-skatteloft-mellemskat = سقف الضريبة للدخل الشخصي، دافعو الضريبة المتوسطة (من 2026)
rate-skat-skatteloft-topskat = سقف الضريبة للدخل الشخصي، دافعو الضريبة العليا
rate-skat-beskaeftigelsesfradrag-sats = خصم العمل، النسبة
rate-skat-beskaeftigelsesfradrag-maks = خصم العمل، أعلى خصم
rate-skat-beskaeftigelsesfradrag-senior-sats = خصم العمل الإضافي لكبار السن، النسبة
rate-skat-beskaeftigelsesfradrag-senior-maks = خصم العمل الإضافي لكبار السن، أعلى خصم
rate-skat-beskaeftigelsesfradrag-senior-aar_foer = خصم العمل الإضافي لكبار السن: عدد سنوات الدخل قبل السنة التي يُبلغ فيها سن التقاعد
rate-folkepension-alder = سن التقاعد الحكومي (بالسنوات) حسب تاريخ الميلاد - من/إلى هي تواريخ ميلاد
rate-skat-beskaeftigelsesfradrag-enlig_forsoerger-sats = خصم العمل الإضافي للوالد أو الوالدة الوحيد/ة، النسبة
rate-skat-beskaeftigelsesfradrag-enlig_forsoerger-maks = خصم العمل الإضافي للوالد أو الوالدة الوحيد/ة، أعلى خصم
rate-skat-jobfradrag-sats = خصم الوظيفة (jobfradrag)، النسبة
rate-skat-jobfradrag-graense = خصم الوظيفة (jobfradrag)، الحد الأدنى
rate-skat-jobfradrag-maks = خصم الوظيفة (jobfradrag)، أعلى خصم
rate-skat-atp-arbejdsgiver-fuld = ATP، حصة صاحب العمل، المعدل الكامل (راتب شهري)
rate-skat-atp-arbejdsgiver-to_tredjedele = ATP، حصة صاحب العمل، 78-116 ساعة (راتب شهري)
rate-skat-atp-arbejdsgiver-en_tredjedel = ATP، حصة صاحب العمل، 39-77 ساعة (راتب شهري)
rate-skat-atp-overfoersel-karens_maaneder = ATP من المساعدة الاجتماعية: الأشهر الأولى بدون مساهمة
rate-skat-atp-overfoersel-mindste_ydelse_forsoerger = ATP من المساعدة الاجتماعية وغيرها: أقل إعانة في الشهر، الآباء والأمهات
rate-skat-atp-overfoersel-mindste_ydelse_andre = ATP من المساعدة الاجتماعية وغيرها: أقل إعانة في الشهر، آخرون

## ydelser.toml
rate-kontanthjaelp-boernetillaeg = إضافة الأطفال إلى المساعدة الاجتماعية
rate-kontanthjaelp-enlig_forsoerger_tillaeg = إضافة للوالد أو الوالدة الوحيد/ة
rate-kontanthjaelp-enlig_tillaeg = إضافة للأشخاص الذين يعيشون وحدهم بدون أطفال
rate-kontanthjaelp-ungetillaeg-aldersgraense = إضافة الشباب الخاصة: فقط لمن هم دون هذا العمر
rate-kontanthjaelp-ungetillaeg-aldersgraense_yngste = إضافة الشباب الخاصة بدون أطفال: المبلغ الأقل دون هذا العمر (وإلا فمبلغ 25-29 سنة)
rate-kontanthjaelp-ungetillaeg-under_25 = إضافة الشباب الخاصة، دون 25 سنة بدون أطفال
rate-kontanthjaelp-ungetillaeg-25_29 = إضافة الشباب الخاصة، من 25 إلى 29 سنة بدون أطفال
rate-kontanthjaelp-ungetillaeg-med_boern = إضافة الشباب الخاصة، دون 30 سنة مع أطفال
rate-kontanthjaelp-fritidstillaeg-pr_barn = إضافة وقت الفراغ لكل طفل (معفاة من الضريبة)
rate-kontanthjaelp-fritidstillaeg-enlig_pr_barn = إضافة وقت الفراغ لكل طفل، للوالد أو الوالدة الوحيد/ة (معفاة من الضريبة)
rate-kontanthjaelp-fritidstillaeg-maks_boern = إضافة وقت الفراغ، أكبر عدد من الأطفال
rate-kontanthjaelp-tilpasningstillaeg-aldersgraense = إضافة التكيف المؤقتة: فقط لمن هم دون هذا العمر (1.7.2025 - 30.6.2027)
rate-kontanthjaelp-tilpasningstillaeg = إضافة التكيف المؤقتة في الشهر (المبلغ غير مؤكد)
rate-kontanthjaelp-indtaegt-maks_timer = الدخل من العمل الذي لا يُخصم: أكبر عدد من الساعات في الشهر
rate-kontanthjaelp-indtaegt-fribeloeb_pr_time = الدخل من العمل الذي لا يُخصم: المبلغ لكل ساعة عمل
rate-dagpenge-maks = أعلى معدل لإعانة البطالة، المؤمَّن عليهم بدوام كامل
rate-dagpenge-beskaeftigelsestillaeg-andel = إضافة العمل: أعلى إعانة كنسبة من أعلى معدل
rate-dagpenge-beskaeftigelsestillaeg-afrunding = إضافة العمل: يُقرَّب أعلى معدل إلى كرونات كاملة
rate-dagpenge-atp-afrunding = ATP من إعانة البطالة: تُقرَّب حصة العضو عن الشهر إلى الأسفل إلى كرونات كاملة
rate-dagpenge-daekningsgrad = إعانة البطالة كنسبة من الدخل السابق
rate-dagpenge-fuldtid_timer = عدد الساعات في الشهر للمؤمَّن عليهم بدوام كامل
rate-dagpenge-supplerende-min_ledige_timer = إعانة البطالة التكميلية: أقل عدد من ساعات البطالة في الشهر
rate-sygedagpenge-maks_pr_uge = أعلى إعانة مرض في الأسبوع
rate-sygedagpenge-maks_pr_time = أعلى إعانة مرض في الساعة
rate-ledighedsydelse-andel = إعانة انتظار الوظيفة المرنة كنسبة من أعلى معدل لإعانة البطالة
rate-fleksjob-tilskud-andel = أعلى دعم لأجر الوظيفة المرنة كنسبة من أعلى معدل لإعانة البطالة
rate-fleksjob-fradrag-under = تخفيض دعم الوظيفة المرنة للأجر حتى الحد الأدنى
rate-fleksjob-fradrag-over = تخفيض دعم الوظيفة المرنة للأجر فوق الحد الأدنى
rate-fleksjob-bundgraense = الحد الأدنى لتخفيض دعم الوظيفة المرنة

## kommuner.toml: every municipality's two rates ($name is the municipality)
rate-kommune-kommuneskat = ضريبة البلدية، { $name }
rate-kommune-kirkeskat = ضريبة الكنيسة، { $name }

## Ages and child steps (familie.toml, boligstoette.toml)
rate-barn-aldersgraense = الأطفال في الأسرة: يُعَدّون أطفالًا ما داموا دون هذا العمر (børnetilskud وboligsikring وإضافات kontanthjælp وfriplads)
rate-boerneydelse-alder-3_6 = إعانة الأطفال: العمر الذي يبدأ منه مبلغ 3–6 سنوات
rate-boerneydelse-alder-7_14 = إعانة الأطفال: العمر الذي يبدأ منه مبلغ 7–14 سنة
rate-boerneydelse-alder-15_17 = إعانة الشباب: العمر الذي تبدأ منه إعانة الشباب (وقبله إعانة الأطفال)
rate-boerneydelse-alder-ophoer = إعانة الأطفال والشباب: لا تُصرف ابتداءً من هذا العمر
rate-boligsikring-boern_trin_max = إعانة السكن: عدد الأطفال الذي لا تزيد بعده الزيادات («4 أطفال أو أكثر»)
rate-boligsikring-huslejeloft_afrunding = الحد الأقصى للإيجار: يُقرَّب الحد المرفوع إلى أقرب مضاعف لهذا المبلغ
rate-gevinst-referencedag-maaned = حساب المكسب: شهر يوم الحساب في السنة (اختيار للعرض، وليس قانونًا)
rate-gevinst-referencedag-dag = حساب المكسب: يوم الشهر ليوم الحساب في السنة (اختيار للعرض، وليس قانونًا)
rate-gevinst-kurve-maks_timer = حساب المكسب: يعرض المنحنى من 0 إلى هذا العدد من الساعات في الأسبوع (اختيار للعرض، وليس قانونًا)
rate-gevinst-kurve-trin = حساب المكسب: عدد الخطوات في المنحنى (اختيار للعرض، وليس قانونًا)
