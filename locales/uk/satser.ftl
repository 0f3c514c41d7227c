# Назви ставок за шляхом правила: rate-<шлях, де . замінено на ->.
# NOTE: the Ukrainian rate names were translated from the Danish and English
# names and have not been read by a native speaker.

## boligstoette.toml
rate-boligsikring-husleje_andel = Житлова допомога, частка витрат на житло
rate-boligsikring-indkomst_andel = Житлова допомога, зменшення з доходу понад межу
rate-boligsikring-indkomstgraense = Житлова допомога, межа доходу
rate-boligsikring-graense_pr_barn = Житлова допомога, підвищення межі доходу на дитину (2-га–4-та дитина)
rate-boligsikring-egenbetaling_min = Житлова допомога, найменший власний внесок
rate-boligsikring-maks = Житлова допомога, найбільша сума (0–3 дітей)
rate-boligsikring-maks_4_boern_tillaeg = Житлова допомога, підвищення найбільшої суми при 4 або більше дітях
rate-boligsikring-maks_andel_uden_boern = Житлова допомога без дітей, найбільша частка витрат на житло
rate-boligsikring-huslejeloft = Житлова допомога, найбільші витрати на житло, що враховуються (без дітей)
rate-boligsikring-huslejeloft_boern_tillaeg-1_barn = Межа орендної плати, підвищення з 1 дитиною
rate-boligsikring-huslejeloft_boern_tillaeg-2_boern = Межа орендної плати, підвищення з 2 дітьми
rate-boligsikring-huslejeloft_boern_tillaeg-3_boern = Межа орендної плати, підвищення з 3 дітьми
rate-boligsikring-huslejeloft_boern_tillaeg-4_boern = Межа орендної плати, підвищення з 4 або більше дітьми
rate-boligsikring-minimum_udbetaling = Житлова допомога, найменша сума, що виплачується
rate-boligsikring-areal-foerste_person = Житлова допомога, площа, що враховується для першої особи
rate-boligsikring-areal-pr_person = Житлова допомога, площа, що враховується на кожну додаткову особу
rate-boligsikring-varme_fradrag = Вирахування з орендної плати за м², коли опалення входить в оренду
rate-boligsikring-varme_tillaeg = Надбавка до орендної плати за м², коли опалення оплачується окремо
rate-boligsikring-formue-graense1 = Надбавка за майно, нижня межа майна
rate-boligsikring-formue-sats1 = Надбавка за майно, відсоток від майна між нижньою і верхньою межею
rate-boligsikring-formue-graense2 = Надбавка за майно, верхня межа майна
rate-boligsikring-formue-sats2 = Надбавка за майно, відсоток від майна понад верхню межу
rate-boligsikring-varmt_vand_fradrag = Вирахування з орендної плати за м², коли гаряча вода входить в оренду
rate-boligsikring-el_fradrag = Вирахування з орендної плати за м², коли електрика входить в оренду

## familie.toml
rate-boerneydelse-0_2 = Допомога на дітей, 0–2 роки, на дитину
rate-boerneydelse-3_6 = Допомога на дітей, 3–6 років, на дитину
rate-boerneydelse-7_14 = Допомога на дітей, 7–14 років, на дитину
rate-boerneydelse-15_17 = Допомога на молодь, 15–17 років, на дитину
rate-boerneydelse-aftrapning-graense = Допомога на дітей і молодь, межа доходу для зменшення
rate-boerneydelse-aftrapning-sats = Допомога на дітей і молодь, зменшення у відсотках від доходу понад межу
rate-boernetilskud-ordinaert = Звичайна доплата на дитину (один із батьків, що сам виховує дітей)
rate-boernetilskud-ekstra = Додаткова доплата на сім'ю (один із батьків, що сам виховує дітей)
rate-friplads-nedre_graense = Знижка на плату за дитсадок, нижня межа доходу (повне звільнення)
rate-friplads-oevre_graense = Знижка на плату за дитсадок, верхня межа доходу (без знижки від цієї суми)
rate-friplads-enlig_tillaeg = Знижка на плату за дитсадок, підвищення меж для тих, хто сам виховує дітей
rate-friplads-pr_barn_tillaeg = Знижка на плату за дитсадок, підвищення меж на кожну дитину після першої
rate-friplads-foerste_egenbetaling = Знижка на плату за дитсадок, власна оплата на першому кроці
rate-friplads-trin = Знижка на плату за дитсадок, зростання власної оплати на кожному кроці
rate-friplads-antal_trin = Знижка на плату за дитсадок, кількість кроків між нижньою і верхньою межею

## regulering.toml
rate-regulering-psl20 = Індексація за § 20 закону про особисті податки
rate-regulering-satsregulering = Відсоток індексації ставок (satsreguleringsprocent)

## skat.toml
rate-skat-am_bidrag-sats = Внесок на ринок праці (AM-bidrag), ставка
rate-skat-atp-loenmodtager-fuld = ATP, власна частка працівника, повна ставка (місячна зарплата)
rate-skat-atp-loenmodtager-to_tredjedele = ATP, власна частка працівника, ставка 2/3 (місячна зарплата)
rate-skat-atp-loenmodtager-en_tredjedel = ATP, власна частка працівника, ставка 1/3 (місячна зарплата)
rate-skat-atp-timer-fuld = ATP, межа годин для повного внеску (місячна зарплата)
rate-skat-atp-timer-to_tredjedele = ATP, межа годин для внеску 2/3 (місячна зарплата)
rate-skat-atp-timer-en_tredjedel = ATP, межа годин для внеску 1/3 (місячна зарплата)
rate-skat-atp-overfoersel-modtager = ATP, власна частка отримувача соціальної допомоги тощо (повний час)
rate-skat-atp-dagpenge-modtager_pr_time = ATP, ваша частка за годину з допомогою по безробіттю
rate-skat-personfradrag = Особиста неоподатковувана сума (повністю податкові резиденти)
rate-skat-bundskat-sats = Базовий податок (bundskat), ставка
rate-skat-mellemskat-sats = Середній податок (mellemskat), ставка (з 2026)
rate-skat-mellemskat-graense = Середній податок (mellemskat), межа (з 2026)
rate-skat-topskat-sats = Верхній податок (topskat), ставка
rate-skat-topskat-graense = Верхній податок (topskat), межа
rate-skat-toptopskat-sats = Найвищий податок (toptopskat), ставка (з 2026)
rate-skat-toptopskat-graense = Найвищий податок (toptopskat), межа (з 2026)
rate-skat-topskat-kapital_bundfradrag = Неоподатковувана сума позитивного чистого доходу від капіталу в базі верхнього податку (до 2025)
rate-skat-mellemskat-kapital_bundfradrag = Неоподатковувана сума позитивного чистого доходу від капіталу в базі середнього податку (з 2026)
rate-skat-skatteloft-kapitalindkomst = Податкова стеля для позитивного чистого доходу від капіталу
rate-skat-skatteloft-mellemskat = Податкова стеля для особистого доходу, платники середнього податку (з 2026)
rate-skat-skatteloft-topskat = Податкова стеля для особистого доходу, платники верхнього податку
rate-skat-beskaeftigelsesfradrag-sats = Відрахування за працевлаштування, ставка
rate-skat-beskaeftigelsesfradrag-maks = Відрахування за працевлаштування, найбільше відрахування
rate-skat-beskaeftigelsesfradrag-senior-sats = Додаткове відрахування за працевлаштування для людей старшого віку, ставка
rate-skat-beskaeftigelsesfradrag-senior-maks = Додаткове відрахування за працевлаштування для людей старшого віку, найбільше відрахування
rate-skat-beskaeftigelsesfradrag-senior-aar_foer = Додаткове відрахування для людей старшого віку: кількість податкових років до року, коли досягається пенсійний вік
rate-folkepension-alder = Вік державної пенсії (роки) за датою народження – від/до є датами народження
rate-skat-beskaeftigelsesfradrag-enlig_forsoerger-sats = Додаткове відрахування за працевлаштування для тих, хто сам виховує дітей, ставка
rate-skat-beskaeftigelsesfradrag-enlig_forsoerger-maks = Додаткове відрахування за працевлаштування для тих, хто сам виховує дітей, найбільше відрахування
rate-skat-jobfradrag-sats = Відрахування за роботу (jobfradrag), ставка
rate-skat-jobfradrag-graense = Відрахування за роботу (jobfradrag), нижня межа
rate-skat-jobfradrag-maks = Відрахування за роботу (jobfradrag), найбільше відрахування
rate-skat-atp-arbejdsgiver-fuld = ATP, частка роботодавця, повна ставка (місячна зарплата)
rate-skat-atp-arbejdsgiver-to_tredjedele = ATP, частка роботодавця, 78–116 годин (місячна зарплата)
rate-skat-atp-arbejdsgiver-en_tredjedel = ATP, частка роботодавця, 39–77 годин (місячна зарплата)
rate-skat-atp-overfoersel-karens_maaneder = ATP із соціальної допомоги: перші місяці без внеску
rate-skat-atp-overfoersel-mindste_ydelse_forsoerger = ATP із соціальної допомоги тощо: найменша допомога на місяць, батьки
rate-skat-atp-overfoersel-mindste_ydelse_andre = ATP із соціальної допомоги тощо: найменша допомога на місяць, інші

## ydelser.toml
rate-kontanthjaelp-boernetillaeg = Доплата на дітей до соціальної допомоги
rate-kontanthjaelp-enlig_forsoerger_tillaeg = Доплата для тих, хто сам виховує дітей
rate-kontanthjaelp-enlig_tillaeg = Доплата для самотніх без дітей
rate-kontanthjaelp-ungetillaeg-aldersgraense = Особлива доплата для молоді: лише для людей, молодших за цей вік
rate-kontanthjaelp-ungetillaeg-aldersgraense_yngste = Особлива доплата для молоді без дітей: менша сума до цього віку (інакше сума для 25–29 років)
rate-kontanthjaelp-ungetillaeg-under_25 = Особлива доплата для молоді, до 25 років без дітей
rate-kontanthjaelp-ungetillaeg-25_29 = Особлива доплата для молоді, 25–29 років без дітей
rate-kontanthjaelp-ungetillaeg-med_boern = Особлива доплата для молоді, до 30 років з дітьми
rate-kontanthjaelp-fritidstillaeg-pr_barn = Доплата на дозвілля на дитину (без податку)
rate-kontanthjaelp-fritidstillaeg-enlig_pr_barn = Доплата на дозвілля на дитину, для тих, хто сам виховує дітей (без податку)
rate-kontanthjaelp-fritidstillaeg-maks_boern = Доплата на дозвілля, найбільша кількість дітей
rate-kontanthjaelp-tilpasningstillaeg-aldersgraense = Тимчасова перехідна доплата: лише для людей, молодших за цей вік (1.7.2025–30.6.2027)
rate-kontanthjaelp-tilpasningstillaeg = Тимчасова перехідна доплата на місяць (сума НЕ підтверджена)
rate-kontanthjaelp-indtaegt-maks_timer = Заробіток, що не вираховується: найбільша кількість годин на місяць
rate-kontanthjaelp-indtaegt-fribeloeb_pr_time = Заробіток, що не вираховується: сума за годину роботи
rate-dagpenge-maks = Найвища ставка допомоги по безробіттю, застраховані на повний час
rate-dagpenge-beskaeftigelsestillaeg-andel = Доплата за працевлаштування: найвища допомога у відсотках від найвищої ставки
rate-dagpenge-beskaeftigelsestillaeg-afrunding = Доплата за працевлаштування: найвища ставка округлюється до цілих крон
rate-dagpenge-atp-afrunding = ATP з допомоги по безробіттю: частка члена за місяць округлюється вниз до цілих крон
rate-dagpenge-daekningsgrad = Допомога по безробіттю у відсотках від попереднього доходу
rate-dagpenge-fuldtid_timer = Години на місяць для застрахованих на повний час
rate-dagpenge-supplerende-min_ledige_timer = Додаткова допомога по безробіттю: найменша кількість годин без роботи на місяць
rate-sygedagpenge-maks_pr_uge = Найвища допомога по хворобі на тиждень
rate-sygedagpenge-maks_pr_time = Найвища допомога по хворобі на годину
rate-ledighedsydelse-andel = Допомога для очікування флекс-роботи у відсотках від найвищої ставки допомоги по безробіттю
rate-fleksjob-tilskud-andel = Найвища доплата до зарплати на флекс-роботі у відсотках від найвищої ставки допомоги по безробіттю
rate-fleksjob-fradrag-under = Зменшення доплати на флекс-роботі для зарплати до нижньої межі
rate-fleksjob-fradrag-over = Зменшення доплати на флекс-роботі для зарплати понад нижню межу
rate-fleksjob-bundgraense = Нижня межа для зменшення доплати на флекс-роботі

## kommuner.toml: every municipality's two rates ($name is the municipality)
rate-kommune-kommuneskat = Муніципальний податок, { $name }
rate-kommune-kirkeskat = Церковний податок, { $name }

## Ages and child steps (familie.toml, boligstoette.toml)
rate-barn-aldersgraense = Діти в домогосподарстві: до цього віку вони вважаються дітьми (børnetilskud, boligsikring, надбавки до kontanthjælp, friplads)
rate-boerneydelse-alder-3_6 = Допомога на дітей: вік, з якого діє сума для 3–6 років
rate-boerneydelse-alder-7_14 = Допомога на дітей: вік, з якого діє сума для 7–14 років
rate-boerneydelse-alder-15_17 = Допомога на підлітків: вік, з якого виплачується допомога на підлітків (до того — допомога на дітей)
rate-boerneydelse-alder-ophoer = Допомога на дітей і підлітків: з цього віку не виплачується
rate-boligsikring-boern_trin_max = Житлова допомога: кількість дітей, після якої надбавки більше не зростають («4 або більше дітей»)
rate-boligsikring-huslejeloft_afrunding = Граничний розмір орендної плати: підвищену межу округлюють до найближчого кратного цієї суми
rate-gevinst-referencedag-maaned = Розрахунок вигоди: місяць дня розрахунку за рік (вибір відображення, не закон)
rate-gevinst-referencedag-dag = Розрахунок вигоди: день місяця для дня розрахунку за рік (вибір відображення, не закон)
rate-gevinst-kurve-maks_timer = Розрахунок вигоди: графік показує від 0 до стількох годин на тиждень (вибір відображення, не закон)
rate-gevinst-kurve-trin = Розрахунок вигоди: кількість кроків на графіку (вибір відображення, не закон)
