## «Чи вигідно працювати?» — назви всіх показників (gain-<id>), повідомлення та анкета.

gain-disposable = Залишається на життя
gain-person1 = Ви
gain-person2 = Ваш партнер
gain-net_income = Дохід після податків
gain-wage = Зарплата до податків
gain-benefits_taxable = Виплата до податків
gain-atp = Пенсійний внесок ATP (ваша частка)
gain-benefit_atp = ATP з виплати (ваша частка)
gain-am_bidrag = Внесок на ринок праці (AM-bidrag)
gain-income_tax = Податок на дохід
gain-personal_income = Особистий дохід
gain-taxable_income = Оподатковуваний дохід
gain-beskaeftigelsesfradrag = Податкова знижка для працюючих (beskæftigelsesfradrag)
gain-ekstra_beskaeftigelsesfradrag = Додаткова податкова знижка для працюючих батьків-одинаків
gain-jobfradrag = Податкова знижка за роботу (jobfradrag)
gain-bundskat = Базовий податок (bundskat)
gain-mellemskat = Середній податок (mellemskat)
gain-topskat = Верхній податок (topskat)
gain-toptopskat = Додатковий верхній податок (toptopskat)
gain-kommuneskat = Муніципальний податок
gain-kirkeskat = Церковний податок
gain-personfradrag_rest = Частина особистої пільги (personfradrag), яку не використав інший податок
gain-personfradrag_aegtefaelle = Особиста пільга (personfradrag), передана від чоловіка або дружини
gain-kontanthjaelp = Соціальна допомога (kontanthjælp)
gain-kontanthjaelp-sats = Соціальна допомога до відрахувань
gain-kontanthjaelp-fradrag_egen_loen = Відрахування за вашу зарплату
gain-kontanthjaelp-fradrag_aegtefaelle = Відрахування за дохід вашого партнера
gain-dagpenge = Допомога з безробіття (dagpenge)
gain-sygedagpenge = Допомога на час хвороби (sygedagpenge)
gain-ledighedsydelse = Допомога для безробітних, яким призначено гнучку роботу (ledighedsydelse)
gain-fleksloentilskud = Доплата до зарплати на гнучкій роботі (fleksløntilskud)
gain-boligsikring = Житлова допомога (boligsikring)
gain-boligsikring-boligudgift = Орендна плата, яку враховують для житлової допомоги
gain-boligsikring-areal = Орендна плата за площу, яку враховують
gain-boligsikring-huslejeloft = Найбільша орендна плата, яку враховують
gain-boligsikring-indkomst = Дохід домогосподарства
gain-boligsikring-formuetillaeg = Надбавка за майно
gain-boligsikring-egenbetaling = Щонайбільше: орендна плата мінус мінімальний власний внесок
gain-boligsikring-maks = Найбільша житлова допомога
gain-boligsikring-uden_boern = Щонайбільше 15 % орендної плати, якщо немає дітей
gain-boligsikring-minimum = Найменша сума, яку виплачують
gain-boerneydelse = Допомога на дітей (børne- og ungeydelse)
gain-boerneydelse-barn = Дитина
gain-boerneydelse-aftrapning = Зменшення при високому доході
gain-boernetilskud = Доплата на дітей для батьків-одинаків (børnetilskud)
gain-boernetilskud-ordinaert = Звичайна доплата на дітей
gain-boernetilskud-ekstra = Додаткова доплата на дітей
gain-fritidstillaeg = Доплата на дозвілля (fritidstillæg)
gain-childcare = Догляд за дітьми після знижки
gain-childcare-price = Ціна догляду за дітьми
gain-friplads = Знижка на догляд за дітьми (fripladstilskud)
gain-transport = Дорога на роботу

gain-cannot = Не вдається розрахувати: { $what }. Для ставки { $path } { $reason ->
    [no-such-rate] немає правила в даних про правила
   *[other] немає підтвердженого значення (дата: { $date })
  }. Консультант може ввести значення в розділі «Правила і ставки» (з обґрунтуванням).

gain-cliff-ends = { $part }: виплата припиняється при { $hours } год на тиждень.
gain-cliff-starts-falling = { $part }: виплата починає зменшуватися при { $hours } год на тиждень.
gain-cliff-drop = При { $hours } год на тиждень у вас залишається менше грошей на життя, бо зменшується: { $part }.
gain-cliff-cost = При { $hours } год на тиждень сума, що залишається на життя, зменшується, бо починаються витрати: { $part }.

## Анкета та екран результатів (#gevinst)

nav-gevinst = Чи вигідно працювати?
gain-title = Чи вигідно вам працювати?
gain-intro = Дайте відповідь на кілька запитань. Тоді ми покажемо, скільки грошей на життя має ваше домогосподарство сьогодні і скільки матиме з цією роботою. Ми показуємо правило за кожною кроною. Усе розраховується на вашому пристрої. Нічого не надсилається.
gain-steps-label = Запитання
gain-step-you = Ви
gain-step-partner = Партнер
gain-step-children = Діти
gain-step-housing = Житло
gain-step-benefit = Виплата зараз
gain-step-job = Робота
gain-step-result = Результат
gain-back = Назад
gain-next = Далі
gain-show-result = Показати результат
gain-interim = Поки що: { $gain } kr. на місяць більше або менше з цією роботою (мінус означає менше). Дайте відповідь на решту запитань, щоб цифра була точнішою.
gain-interim-cannot = Ми ще не можемо розрахувати все. Причину дивіться в розділі «Результат».
gain-interim-missing = Дайте відповідь на запитання, і ми покажемо тут перший результат.
gain-error-negative = Число не може бути від’ємним.
gain-error-required = Введіть тут число.
gain-error-number = Введіть число, наприклад 12500 або 165,50.
gain-error-ages = Введіть вік дітей числами через кому, наприклад 4, 9.
gain-error-area = Площа має бути більшою за 0 m².
gain-error-municipality = Виберіть муніципалітет зі списку.
gain-error-range = Число поза можливими межами (вік 15–120 років, щонайбільше 80 годин на тиждень).
gain-kr-month = { $amount } kr. на місяць
gain-kr-year = { $amount } kr. на рік
gain-rules-used = Правила
gain-age = Ваш вік
gain-municipality = Ваш муніципалітет
gain-year = Рік
gain-church = Я член Данської народної церкви (folkekirken)
gain-partner = Я живу з чоловіком, дружиною або партнером
gain-married = Ми одружені
gain-partner-age = Вік вашого партнера
gain-partner-hours = Робочі години вашого партнера на тиждень
gain-partner-hours-hint = Введіть 0, якщо ваш партнер не працює.
gain-partner-wage = Зарплата вашого партнера на місяць до податків
gain-partner-benefit = Виплата вашого партнера
gain-partner-kh-amount = Соціальна допомога вашого партнера на місяць до податків
gain-benefit-none = Немає виплати
gain-benefit-kontanthjaelp = Соціальна допомога (kontanthjælp)
gain-benefit-dagpenge = Допомога з безробіття (dagpenge)
gain-benefit-sygedagpenge = Допомога на час хвороби (sygedagpenge)
gain-benefit-fleksjob = Призначено гнучку роботу (ledighedsydelse)
gain-children = Вік дітей
gain-children-hint = Діти, які живуть з вами. Введіть їхній вік через кому, наприклад 4, 9. Залиште порожнім, якщо з вами не живуть діти.
gain-childcare-hint = Повна ціна до знижки на догляд за дітьми. Залиште порожнім, якщо ви не платите за догляд за дітьми.
gain-renting = Я орендую житло
gain-rent = Орендна плата на місяць
gain-rent-hint = Орендна плата, як вона вказана в договорі оренди.
gain-area = Площа житла в m²
gain-area-hint = Площу вказано в договорі оренди (lejekontrakt), напр. «Boligareal: 65 m²».
gain-heating-separate = Я плачу за опалення окремо від орендної плати
gain-hot-water-included = Гаряча вода включена в орендну плату
gain-electricity-included = Електроенергія входить в орендну плату
gain-kh-tilpasning = Тимчасова адаптаційна надбавка (midlertidigt tilpasningstillæg) на місяць
gain-kh-tilpasning-hint = Лише якщо вам менше 30 років і надбавку вказано у вашому рішенні, напр. "Midlertidigt tilpasningstillæg: … kr.". Залиште поле порожнім, якщо її там немає або якщо сума вже входить у вашу kontanthjælp вище.
gain-dp-beskaeftigelsestillaeg = Я отримую надбавку за зайнятість (beskæftigelsestillæg) до dagpenge
gain-dp-beskaeftigelsestillaeg-hint = Beskæftigelsestillæg — це вища ставка на початку періоду dagpenge. Вона вказана в рішенні вашої a-kasse про dagpenge. Позначте, лише якщо вона там є.
gain-wealth = Майно домогосподарства
gain-wealth-hint = Наприклад, заощадження. Залиште порожнім, якщо їх немає.
gain-benefit = Ваша виплата зараз
gain-kh-sats = Ваша ставка
gain-kh-sats-forhoejet = Підвищена ставка (forhøjet sats)
gain-kh-sats-grundsats = Базова ставка (grundsats)
gain-kh-sats-mindstesats = Мінімальна ставка (mindstesats)
gain-kh-sats-hjemmeboende = Ставка для тих, хто живе з батьками
gain-kh-amount = Ваша соціальна допомога на місяць до податків
gain-kh-amount-hint = Суму вказано у вашому рішенні муніципалітету, напр. «Din kontanthjælp udgør … kr. om måneden» (ваша допомога становить … kr. на місяць). Додайте надбавки. Ставки на 2026 рік у застосунку не підтверджені, тому нам потрібна ваша сума.
gain-kh-months = Скільки місяців поспіль ви отримуєте соціальну допомогу (kontanthjælp)
gain-kh-months-hint = Потрібно для ATP: у перший рік ви не платите ATP із соціальної допомоги. Залиште порожнім, якщо це більше року.
gain-dp-rate = Ваша ставка допомоги з безробіття (dagpenge) на місяць
gain-dp-rate-hint = Її знає ваша a-kasse. Залиште порожнім, якщо ви її не знаєте.
gain-dp-prev-wage = Ваша зарплата на місяць до того, як ви стали безробітним
gain-dp-prev-wage-hint = Використовується, щоб розрахувати ставку (90 % зарплати після AM-bidrag), якщо ви її не знаєте. Якщо порожньо — береться найвища ставка.
gain-syg-wage = Ваша погодинна зарплата до хвороби
gain-syg-hours = Ваші години на тиждень до хвороби
gain-fleksjob-hint = Без роботи ви отримуєте ledighedsydelse. З роботою ви отримуєте зарплату за відпрацьовані години, а також доплату до зарплати на гнучкій роботі.
gain-job-hours = Годин на тиждень на цій роботі
gain-job-hours-hint = 37 годин — це повний робочий час.
gain-hours-example = напр. 37
gain-job-wage = Погодинна зарплата до податків
gain-job-wage-hint = Наприклад, 165 або 165,50 kr.
gain-transport-cost = Дорога на роботу на місяць
gain-problems-title = Виправте ці відповіді
gain-period = Показати суми
gain-period-month = На місяць
gain-period-year = На рік
gain-result-title = Що ця робота означає для вас
gain-result-cannot = Ми не можемо розрахувати весь результат. Причину дивіться нижче.
gain-gain-positive = З цією роботою ви отримуєте на { $amount } більше.
gain-gain-negative = З цією роботою ви отримуєте на { $amount } менше.
gain-per-hour = Це { $amount } kr. за кожну додаткову годину роботи.
gain-summary-caption = Скільки залишається на життя сьогодні і з роботою
gain-today = Сьогодні
gain-with-job = З роботою
gain-cannot-title = Що ми не можемо розрахувати
gain-overridden-title = Розраховано з виправленими ставками
gain-uncertain = Ставок, які ми використовуємо, але які не підтверджені офіційним джерелом: { $count }. Подивіться, які саме.
gain-tree-title = Як розраховано цифри
gain-tree-hint = Відкрийте рядок, щоб побачити, з чого він складається і яке правило за ним стоїть.
gain-chart-title = Скільки залишається на життя при різній кількості годин
gain-chart-hint = Та сама погодинна зарплата, від 0 до 45 годин на тиждень. Заштриховані місця — там, де припиняється підтримка.
gain-chart-desc = Лінія показує, скільки грошей на життя залишається домогосподарству на місяць, коли кількість годин зростає. Ці цифри є в таблиці поруч.
gain-chart-x = Годин на тиждень
gain-chart-caption = Скільки залишається на життя на місяць. У таблиці ті самі цифри.
gain-chart-tap = Торкніться кривої, щоб побачити цифри для певної кількості годин.
gain-chart-point = При { $hours } год на тиждень: зарплата до податку { $wage } kr., на життя { $disposable } kr. на місяць.
gain-table-caption = Скільки залишається на життя при кожній кількості годин (kr. на місяць)
gain-col-hours = Годин на тиждень
gain-col-wage = Зарплата до податків
gain-col-disposable = Залишається на життя
gain-col-marginal = Яку частку останньої додаткової зарплати ви втрачаєте
gain-edit = Змінити відповіді
gain-print = Надрукувати результат
gain-not-advice = Цей розрахунок — допомога, а не рішення. Муніципалітет, a-kasse і Udbetaling Danmark роблять власні розрахунки. Якщо ця цифра важлива для вашого вибору, запитайте свою a-kasse, профспілку або радника громадян (borgerrådgiver).

## Одиниці ставок у переліку правил
unit-kr-year = { $n } kr. на рік
unit-kr-quarter = { $n } kr. на квартал
unit-kr-month = { $n } kr. на місяць
unit-kr-week = { $n } kr. на тиждень
unit-kr-hour = { $n } kr. на годину
unit-m2 = { $n } m²
unit-kr-m2-year = { $n } kr. за m² на рік
unit-hours-month = { $n } год на місяць
unit-count = { $n }

## Розрахунки вигоди, збережені у справі, і правила, виправлені для однієї справи
gain-from-case = Розраховано для справи «{ $title }» з виправленими правилами цієї справи.
gain-case-forget = Використовувати звичайні правила застосунку
gain-save-title = Зберегти розрахунок у справі
gain-save-no-cases = Спочатку створіть справу; тоді ви зможете зберегти в ній розрахунок.
gain-save-case = Справа
gain-save-name = Назва розрахунку (необов’язково)
gain-save-button = Зберегти у справі
gain-save-default-title = Робота { $hours } год на тиждень, { $wage } kr. на місяць
gain-saved = Збережено у справі «{ $title }».
gain-save-failed = Розрахунок не збережено: { $why }
cases-overridden-badge = виправлене правило
cases-scenario-gain = { $gain } kr. на місяць з роботою (розраховано за сьогоднішніми правилами)
cases-scenario-open = Відкрити
cases-remove = Видалити
cases-scenarios-title = Чи вигідно працювати? Збережені розрахунки
cases-scenarios-none = Немає збережених розрахунків. Розрахуйте роботу в розділі
cases-overrides-title = Правила, виправлені для цієї справи
cases-overrides-hint = Для консультантів: виправте ставку або строк лише для цієї справи, наприклад, якщо в рішенні муніципалітету використано іншу суму. Завжди пишіть чому. Строки і розрахунки у справі показують, що правило виправлено.
cases-override-path = Правило (шлях, наприклад frist.complaint)
cases-override-unknown = Такого правила немає. Виберіть шлях зі списку в розділі «Правила і ставки».
cases-override-add = Виправити правило для справи
gain-baseline = Без виправлених правил: вигода { $amount }.

# --- Years whose rates are not published (estimated or cannot compute) ---
gain-cannot-not-published = Не вдається розрахувати: { $what }. Ставку { $path } на { $year } рік ще не оприлюднено, а закон не дає методу її оцінити. Консультант може ввести значення в розділі «Правила і ставки» (з обґрунтуванням).
gain-estimated-title = Оцінка: ставки на { $year } рік не оприлюднено
gain-estimated-warning = Розрахунок на { $year } рік ґрунтується на оцінці. Деякі ставки на { $year } рік ще не оприлюднено; їх оцінено за останньою оприлюдненою ставкою. Результат не є сумою за законом на { $year } рік.
gain-estimated-unchanged = { $label }: без змін з { $value_year } року, ставку на { $year } рік не оприлюднено.
gain-estimated-regulated = { $label }: ставку { $value_year } року скориговано { $method ->
    [psl20] за § 20 закону про особисті податки
   *[other] на відсоток коригування ставок
  } ({ $percents }){ $missing_count ->
    [0] {""}
   *[other] , без змін за { $missing } (не оприлюднено)
  }.

## Надбавка за зайнятість (dagpenge), тимчасова адаптаційна надбавка (kontanthjælp): назви та повідомлення «не враховано».
gain-dagpenge-beskaeftigelsestillaeg = Найвища допомога з безробіття з надбавкою за зайнятість (beskæftigelsestillæg)
gain-kontanthjaelp-tilpasningstillaeg = Тимчасова адаптаційна надбавка (midlertidigt tilpasningstillæg)
gain-not-included-title = Не враховано
gain-senior_beskaeftigelsesfradrag = Додаткове відрахування за зайнятість для людей передпенсійного віку
gain-capital_income = Позитивний дохід від капіталу (напр. відсотки)
gain-mellemskat-kapitalindkomst = Середній податок на дохід від капіталу
gain-topskat-kapitalindkomst = Верхній податок на дохід від капіталу
gain-birth-year = Рік народження
gain-birth-month = Місяць народження (1-12)
gain-capital-income = Позитивний дохід від капіталу на рік (напр. відсотки), крон
gain-birth-hint = Потрібно для додаткового податкового вирахування для людей старшого віку в роки перед пенсійним віком (folkepensionsalder). Указано на вашій медичній картці.
gain-capital-income-hint = Напр. відсотки за заощадженнями за рік після вирахування сплачених відсотків. Указано у вашому річному податковому розрахунку (årsopgørelse). Залиште порожнім, якщо такого доходу немає.
gain-partner-capital-income = Позитивний дохід від капіталу вашого партнера за рік (напр. відсотки), kr.
gain-not-included = { $reason ->
    [tax-only] { $adult ->
        [1] Ваш дохід від капіталу
       *[other] Дохід від капіталу вашого партнера
      } враховано лише в податку, а не в соціальній допомозі, житловій допомозі, субсидії на догляд за дітьми чи допомозі на дітей. Негативний дохід від капіталу (напр. сплачені відсотки) не враховано взагалі.
   *[other] { $what } не враховано для { $adult ->
        [1] вас
       *[other] вашого партнера
      }: { $reason ->
        [amount-not-confirmed] її розмір не підтверджено в законі, тому ми його не вгадуємо. Якщо надбавка вказана в рішенні про соціальну допомогу, впишіть суму.
        [needs-birth-date] ми не можемо визначити, чи ця особа в останніх роках перед віком державної пенсії. Вкажіть рік і місяць народження, і ми врахуємо відрахування, якщо воно застосовується.
       *[other] надбавка виплачується лише з { $from } до { $to } і лише особам молодше { $age } років.
      }
  }

## Formulas with words (gain-f-<id>); $v1, $v2, … are the values as shown.
gain-f-kh-decision = сума з вашого рішення
gain-f-kh-decision-year = сума з вашого рішення × 12
gain-f-kh-deduction = ({ $v1 } − { $v2 } kr. × { $v3 } год.) × 12
gain-f-kh-none = дохід більший за допомогу: kontanthjælp не виплачується
gain-f-dp-tillaeg = { $v1 } × { $v2 } = { $v3 } kr. на місяць
gain-f-dp-none = менше ніж { $v1 } годин без роботи: додаткові dagpenge не виплачуються
gain-f-sdp = min({ $v1 } kr. × { $v2 } год.; { $v3 } kr. на тиждень × 52 / 12)
gain-f-child-age = вік: { $v1 }
gain-f-bu-reduction = { $v1 } × (дохід − { $v2 })
gain-f-friplads = { $v1 } × (100 % − { $v2 } %); дохід { $v3 } між { $v4 } і { $v5 }
gain-f-fritidstillaeg = { $v1 } kr. × { $v2 } (кількість дітей) × 12
gain-f-atp = { $v1 } kr. × 12 ({ $v2 } год. на місяць)
gain-f-atp-none = { $v1 } год. на місяць — менше за поріг
gain-cannot-kh-amount = Не вдається розрахувати { $what }: застосунок не знає ставок соціальної допомоги (kontanthjælp) на { $year } рік. Введіть суму з рішення комуни в поле «{ gain-kh-amount }» (або поле вашого партнера) на кроці про допомогу, і ми розрахуємо з нею.
gain-error-year = У правилах немає дня, від якого рахувати цей рік. Виберіть інший рік.
