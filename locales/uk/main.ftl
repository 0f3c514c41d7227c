## Ret og Frist — українська (перекладено з англійської; джерело — данська).
## Прості слова, короткі речення. Данські терміни залишено в дужках.

app-title = Ret og Frist
app-tagline = Ваші строки, правила і права — розраховано на вашому власному пристрої.
nav-label = Головне меню
# The button that opens the folded menu on a phone.
menu-button = Меню
menu-close = Закрити меню
nav-frister = Строки
lang-label = Мова
lang-da = Dansk
lang-en = English
lang-uk = Українська
lang-ar = العربية
skip-link = Перейти до змісту
offline-note = Застосунок працює без інтернету. Нічого з того, що ви пишете, нікуди не надсилається.
# The web build fetched a new version in the background (service worker); shown until the person reloads.
update-title = Нова версія – перезавантажити
update-ready = Доступна нова версія застосунку.
update-reload = Перезавантажити
not-advice = Ret og Frist — це допоміжний інструмент, а не юридична консультація. Безкоштовну допомогу можна отримати в радника громадян вашого муніципалітету (borgerrådgiver), у вашій профспілці чи a-kasse (каса страхування від безробіття), у DUKH або в бюро правової допомоги.

## Екран строків
frister-title = Розрахуйте свій строк
frister-intro = Виберіть строк і введіть дату. Строк розраховується одразу.
kind-label = Який строк?
kind-complaint = Скарга на рішення муніципалітету (kommune) або Udbetaling Danmark
kind-complaint-akasse = Скарга на рішення вашої a-kasse
kind-genvurdering = Коли муніципалітет має передати вашу скаргу далі
kind-ombudsman = Скарга до Парламентського омбудсмена (Folketingets Ombudsmand)
kind-aktindsigt = Коли ви маєте отримати відповідь на запит про доступ до вашої справи
kind-partshoering = Відповідь на лист про partshøring (право висловитися до рішення)
kind-sygedagpenge = Коли муніципалітет має переглянути вашу допомогу на час хвороби

delivery-legend = Як ви отримали лист?
delivery-digital = Digital Post (e-Boks, mit.dk)
delivery-paper = Звичайною поштою (паперовий лист)
delivery-quickpost = Quickpost (на конверті є літера Q)

employment-label = Який у вас був статус, коли ви захворіли?
employment-employee = Найманий працівник
employment-self-employed = Самозайнята особа

event-received = Якого дня ви отримали рішення?
event-sent = Яка дата стоїть на листі?
event-complaint-received = Якого дня муніципалітет отримав вашу скаргу?
event-decided = Яка дата остаточного рішення?
event-request-received = Якого дня орган влади отримав ваш запит?
event-reply-by = Яку дату для відповіді вказано в листі?
event-first-sick-day = Який був ваш перший день хвороби?
date-hint = Введіть дату як день.місяць.рік, наприклад 05.03.2026.
date-understood = Ви ввели: { $date }

result-title = Ваш строк
result-deadline-complaint = Останній день, коли ваша скарга має надійти:
result-deadline-complaint-akasse = Останній день, коли ваша скарга має надійти до a-kasse:
result-deadline-genvurdering = Останній день, коли муніципалітет має надіслати скаргу до Ankestyrelsen:
result-deadline-ombudsman = Останній день, коли ваша скарга має надійти до омбудсмена:
result-deadline-aktindsigt = Останній день, коли орган влади має відповісти або пояснити, чому це триває довше:
result-deadline-partshoering = Останній день, коли ваша відповідь має надійти:
result-deadline-sygedagpenge = Останній день, коли муніципалітет має переглянути вашу допомогу на час хвороби:
result-empty = Введіть дату, щоб побачити строк.
deadline-today = Строк спливає сьогодні.
deadline-days-left = { $n ->
    [one] Залишився { $n } день.
    [few] Залишилося { $n } дні.
    [many] Залишилося { $n } днів.
   *[other] Залишилося { $n } днів.
  }
deadline-passed = { $n ->
    [one] Строк минув { $n } день тому.
    [few] Строк минув { $n } дні тому.
    [many] Строк минув { $n } днів тому.
   *[other] Строк минув { $n } днів тому.
  }
steps-title = Як розраховано строк
warnings-title = Зверніть увагу
notes-title = Корисно знати
rules-title = Правила, на яких ґрунтується результат
rule-confidence = Надійність: { $confidence }
rule-source = Джерело

## Дати (назви місяців — у родовому відмінку, бо вони стоять після числа: «7 квітня»)
date-long = { $weekday }, { $day } { $month } { $year }
weekday-1 = понеділок
weekday-2 = вівторок
weekday-3 = середа
weekday-4 = четвер
weekday-5 = п’ятниця
weekday-6 = субота
weekday-7 = неділя
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

## Помилки в датах
date-error-empty = Введіть дату.
date-error-format = Це не схоже на дату. Введіть її як день.місяць.рік, наприклад 05.03.2026.
date-error-no-such-date = Такої дати немає в календарі. Перевірте день і місяць.
date-error-out-of-range = Застосунок працює лише з роками від 1900 до 2200.
error-no-rule = Ми не можемо розрахувати цей строк: застосунок не знає правила ({ $path }) для цієї дати: { $date }.
error-missing-rule = Ми не можемо розрахувати цей строк: бракує правила { $path }.
error-out-of-calendar = Ми не можемо розрахувати цей строк: дата поза межами календаря.

## Кроки пояснення
step-sent = Дата на листі: { $date }. Його надіслано { $delivery ->
    [paper] звичайною поштою
    [quickpost] через Quickpost
   *[other] через Digital Post
  }.
step-presumed-received = Днів доставки пошти: { $n }. Тому лист вважається отриманим у цю дату: { $date }.
step-start = { $event ->
    [received] Дата, коли ви отримали рішення: { $date }. Цей день не рахується (день 0).
    [complaint-received] Дата, коли муніципалітет отримав скаргу: { $date }. Цей день не рахується (день 0).
    [decided] Дата остаточного рішення: { $date }.
    [request-received] Дата, коли орган влади отримав запит: { $date }. Цей день не рахується (день 0).
    [first-sick-day] Ваш перший день хвороби: { $date }.
   *[other] Строк рахується від цієї дати: { $date }.
  }
step-counted = Через { $length }: { $date }.
step-moved = Кінець строку: { $from }. Це { $reason }. Тому строк переноситься. Новий строк: { $to }.
step-kept-uncertain = Кінець строку: { $date }. Це { $day }. Строк не переноситься, він залишається на цьому дні.
step-not-counted = Перші дні не рахуються. Таких днів: { $n } ({ $from } – { $to }).
step-limit-passed = Дата, коли перевищено межу в 22 тижні: { $date }.
step-end-of-month = Перегляд має відбутися до кінця того місяця: { $date }.
step-authority-set = Орган влади встановив строк: { $date }. Діє саме ця дата.

unit-weeks = { $n ->
    [one] { $n } тиждень
    [few] { $n } тижні
    [many] { $n } тижнів
   *[other] { $n } тижнів
  }
unit-months = { $n ->
    [one] { $n } місяць
    [few] { $n } місяці
    [many] { $n } місяців
   *[other] { $n } місяців
  }
unit-days = { $n ->
    [one] { $n } день
    [few] { $n } дні
    [many] { $n } днів
   *[other] { $n } днів
  }
unit-working-days = { $n ->
    [one] { $n } робочий день
    [few] { $n } робочі дні
    [many] { $n } робочих днів
   *[other] { $n } робочих днів
  }
unit-delivery-days = { $n ->
    [one] { $n } день доставки
    [few] { $n } дні доставки
    [many] { $n } днів доставки
   *[other] { $n } днів доставки
  }

day-off-saturday = субота
day-off-sunday = неділя
day-nytaarsdag = Новий рік
day-skaertorsdag = Чистий четвер
day-langfredag = Страсна п’ятниця
day-paaskedag = Великдень
day-anden-paaskedag = Великодній понеділок
day-store-bededag = День великої молитви (store bededag)
day-kristi-himmelfartsdag = Вознесіння
day-pinsedag = Трійця
day-anden-pinsedag = понеділок після Трійці
day-juledag = Різдво
day-anden-juledag = другий день Різдва
day-grundlovsdag = День Конституції
day-juleaftensdag = Святвечір
day-nytaarsaftensdag = переддень Нового року
day-fredag-efter-kristi-himmelfart = п’ятниця після Вознесіння

## Попередження та поради
warning-uncertain-day = Строк закінчується: { $date }. Це { $day }. Деякі органи влади в цей день не працюють і переносять строк на пізнішу дату: { $later }. Але це не напевно. Тому надішліть вчасно. Останній день: { $date }.
warning-authority-date = Орган влади встановив дату відповіді: { $date }. Це { $reason }. Щоб не ризикувати, відповідайте раніше.
warning-not-confirmed = Одне з правил у цьому розрахунку (див. правила нижче) не повністю підтверджене. Надійність: { $confidence }. Перевірте строк у вашому листі.
warning-holiday-rule-unconfirmed = Не підтверджено, що вихідні та святкові дні продовжують власний строк муніципалітету.
note-dispensation = Якщо скарга запізнилася, Ankestyrelsen може все одно її прийняти з особливої причини, наприклад через важку хворобу.
note-must-arrive = Скарга має надійти до кінця дня (до 23:59 для цифрової пошти). Якщо можете, надішліть раніше.
note-extension = Якщо вам потрібно більше часу, попросіть продовжити строк до того, як він сплине. Зазвичай орган влади має погодитися.
note-not-hard = Через 7 робочих днів орган влади має пояснити вам, чому це триває довше і коли ви отримаєте відповідь.
note-earlier-sick = Якщо за останні 9 місяців ви хворіли й в інші періоди, дата буде раніше. Муніципалітет рахує за своїми даними.
note-exhaust-remedies = Спочатку ви маєте використати інші способи оскарження, наприклад Ankestyrelsen. Омбудсмен не може змінити рішення, але може критикувати й давати рекомендації.

confidence-high = висока
confidence-medium = середня
confidence-low = низька
confidence-unconfirmed = не підтверджена

## Навігація та спільне
nav-status = Мій статус
nav-klage = Оскаржити
nav-tjek = Перевірити рішення
choose = Виберіть …
unconfirmed-warning = Це правило не підтверджене офіційним джерелом. Не покладайтеся на нього. Запитайте муніципалітет, вашу a-kasse або консультанта.
card-kind-right = Право
card-kind-duty = Обов’язок
badge-proposal = Пропозиція – не ухвалено
badge-derived = Похідне – обчислено за методом закону, не опубліковано
badge-in-effect = Діє зараз
badge-adopted-future = Ухвалено, діятиме пізніше
valid-from = Початок дії: { $from }.
valid-from-to = Діє: { $from } – { $to }.
read-the-law = Читати закон

## Мій статус
status-title = Яке моє становище?
status-intro = Дайте відповідь на кілька запитань. Тоді ви побачите свою цільову групу, що вона означає, а також свої права та обов’язки.
status-benefit-label = Яку виплату ви отримуєте зараз?
status-readiness-legend = Як вас оцінив муніципалітет?
status-age-label = Ваш вік (років)
status-date-label = На яку дату ви хочете побачити правила?
status-date-hint = Залиште порожнім, щоб побачити на сьогодні. Введіть, наприклад, 01.01.2027, щоб побачити пізніші правила.
status-empty = Виберіть, яку виплату ви отримуєте, щоб побачити свій статус.
status-error-date = Не вдається прочитати дату. Введіть її як день.місяць.рік, наприклад 01.01.2027.
status-error-age = Введіть свій вік числом, наприклад 35.
status-result-title = Ваш статус
status-group-headline = Ваша цільова група (дата: { $date }): { $group }
status-no-group = За вашими відповідями ми не можемо визначити вашу цільову групу (дата: { $date }). Дайте відповідь на всі запитання або запитайте муніципалітет.
status-need-readiness = Дайте відповідь, чи ви готові до роботи (jobparat), чи готові до активності (aktivitetsparat). Від цього залежить результат.
status-need-age = Введіть свій вік. Від нього залежить результат.
status-not-confirmed = Правило «{ $id }» не підтверджене. Не покладайтеся на нього.
status-proposals-title = Запропоновані зміни (не ухвалені)
status-proposal = Пропозиція (початок дії: { $date }): { $group }
cards-title = Ваші права та обов’язки
proposed-cards-title = Запропоновані правила (не ухвалені)
timeline-title = Реформа: що і коли змінюється

## Оскарження
appeal-title = Як подати скаргу
appeal-intro = Виберіть, чого стосується рішення і хто його ухвалив. Тоді ви побачите, куди скаржитися, до якого строку і що відбувається тим часом.
appeal-benefit-label = Чого стосується рішення?
appeal-decided-by-legend = Хто ухвалив рішення?
appeal-received-label = Якого дня ви отримали рішення? (необов’язково)
appeal-received-hint = Введіть дату як день.місяць.рік, наприклад 05.03.2026. Тоді ми розрахуємо ваш строк на скаргу (klagefrist).
appeal-empty = Виберіть, чого стосується рішення.
appeal-no-route = Ми не знаємо, як оскаржити таке рішення. Подивіться інструкцію щодо оскарження у вашому листі або запитайте консультанта.
appeal-result-title = Ваша скарга
appeal-deadline = Останній день, коли ваша скарга має надійти: { $date }.
appeal-deadline-unknown = Введіть день, коли ви отримали рішення, і ми розрахуємо строк.
appeal-see-deadline = Подивитися, як розраховано строк
appeal-route-title = Крок за кроком
appeal-meanwhile-title = Поки ви чекаєте
appeal-rates-title = Як часто Ankestyrelsen змінює рішення?
appeal-rates-intro = Частка справ, у яких Ankestyrelsen змінила рішення або повернула його на новий розгляд.
appeal-rates-caption = Частка змінених рішень в Ankestyrelsen за галуззю права і роком
appeal-rates-area = Галузь права
appeal-rates-year = Рік
appeal-rates-percent = Змінено або повернуто
appeal-rates-confidence = Надійність

## Перевірка рішення
check-title = Перевірити рішення
check-intro = Чи дотримався муніципалітет правил? Дайте відповідь на запитання про ваш лист і вашу справу. Відповідь «ні» може вказувати на помилку, яку можна використати в скарзі.
check-decision-label = Що це за рішення?
decision-sanction = Санкція (зменшення вашої виплати)
decision-stop = Припинення виплати
decision-refusal = Відмова на заяву
decision-other = Щось інше
answer-yes = Так
answer-no = Ні
answer-unknown = Не знаю
check-result-title = Можливі помилки в розгляді вашої справи
check-summary = { $errors ->
    [0] За вашими відповідями можливих помилок немає.
    [one] { $errors } можлива помилка.
    [few] { $errors } можливі помилки.
    [many] { $errors } можливих помилок.
   *[other] { $errors } можливих помилок.
  } { $unknown ->
    [0] {""}
    [one] На { $unknown } запитання немає відповіді.
    [few] На { $unknown } запитання немає відповіді.
    [many] На { $unknown } запитань немає відповіді.
   *[other] На { $unknown } запитань немає відповіді.
  }
check-find-out = Не знаєте відповіді? Попросіть доступ до матеріалів вашої справи (aktindsigt). Тоді ви побачите, що зробив муніципалітет.

benefit-none = Зараз немає виплати

status-sick-day-label = Який був ваш перший день хвороби?
status-letter-label = Чи отримували ви нещодавно лист?
status-letter-none = Ні, зараз ні
status-letter-partshoering = Так, лист про те, що муніципалітет ухвалить рішення (partshøring — право висловитися до рішення)
status-letter-afgoerelse = Так, рішення
status-next-title = Ваші наступні кроки
status-revurdering = Якщо ви найманий працівник і хворієте без перерви, муніципалітет має переглянути вашу допомогу на час хвороби. Останній день для цього: { $date }.
status-see-how = Подивитися, як розраховано дату
status-next-partshoering = Відповідайте на лист до кінця строку. Напишіть, із чим ви не згодні, і надішліть документи, наприклад довідку від лікаря. Якщо вам потрібно більше часу, попросіть про це до кінця строку.
status-next-partshoering-link = Введіть дату відповіді й подивіться, коли треба відповісти
status-next-afgoerelse = Якщо ви не згодні, можете подати скаргу. Також перевірте, чи дотримався муніципалітет правил.
status-next-klage-link = Подивитися, куди і до якого строку можна скаржитися
status-next-tjek-link = Перевірити рішення

## Листи
nav-breve = Написати лист
letters-title = Написати лист до органу влади
letters-not-advice = Помічник із листів допомагає вам написати лист. Це не юридична консультація, і ви маєте самі прочитати лист, перш ніж надіслати його. Лист завжди данською мовою, бо він іде до данського органу влади.
letters-steps-label = Кроки листа
letters-step-kind = Який лист
letters-step-you = Про вас
letters-step-authority = Орган влади
letters-step-dates = Дати
letters-step-points = З чим ви не згодні
letters-step-errors = Помилки у справі
letters-step-request = Про що ви просите
letters-step-finish = Отримати лист
letters-back = Назад
letters-next = Далі
letters-kind-legend = Який лист ви хочете написати?
letters-kind-partshoering = Відповідь на лист про partshøring (право висловитися до рішення)
letters-kind-partshoering-help = Муніципалітет написав, що ухвалить рішення, наприклад про санкцію. Тут ви розповідаєте свою версію подій, перш ніж він вирішить.
letters-kind-fristforlaengelse = Попросити більше часу на відповідь
letters-kind-fristforlaengelse-help = Якщо вам потрібно більше часу, щоб відповісти на лист про partshøring, можна попросити про це. Зазвичай орган влади має погодитися.
letters-kind-aktindsigt = Попросити доступ до вашої справи (aktindsigt)
letters-kind-aktindsigt-help = Ви побачите всі документи у вашій справі, також записи про розмови. Орган влади має відповісти швидко, зазвичай протягом 7 робочих днів.
letters-kind-begrundelse = Попросити пояснити причини
letters-kind-begrundelse-help = Якщо ви не розумієте, чому отримали відмову чи санкцію, можете вимагати письмового пояснення причин із правилами, які було застосовано.
letters-kind-klage = Оскаржити рішення
letters-kind-klage-help = Надішліть скаргу тому, хто ухвалив рішення. Там ще раз розглянуть справу і передадуть її до Ankestyrelsen, якщо не погодяться з вами.
letters-kind-ombudsmand = Поскаржитися Парламентському омбудсменові
letters-kind-ombudsmand-help = Коли Ankestyrelsen ухвалила остаточне рішення, ви можете протягом 12 місяців попросити омбудсмена розглянути справу.
letters-name = Ваше ім’я
letters-address = Ваша адреса
letters-address-hint = Кожен рядок окремо: вулиця і номер будинку в першому рядку, поштовий індекс і місто — у наступному.
letters-phone = Телефон (необов’язково)
letters-email = Електронна пошта (необов’язково)
letters-cpr = Номер CPR (необов’язково)
letters-cpr-hint = Вам не обов’язково вказувати номер CPR. Орган влади може знайти справу за номером справи.
letters-place = Місто (пишеться перед датою в листі)
letters-authority = Назва органу влади
letters-authority-hint = Наприклад, «Aarhus Kommune» або назва вашої a-kasse. Подивіться в листі, який ви отримали.
letters-unit = Відділ (необов’язково)
letters-authority-address = Адреса органу влади (необов’язково)
letters-case = Номер справи (необов’язково)
letters-case-hint = Часто вказаний угорі листа, який ви отримали.
letters-letter-date = Яка дата стоїть на листі органу влади?
letters-letter-date-hint = Дата стоїть угорі листа. Лист у Digital Post зазвичай датований днем, коли ви його отримали.
letters-reply-by = Який строк для відповіді вказано в листі?
letters-reply-by-hint = Залиште порожнім, якщо строку немає.
letters-new-reply-by = Який новий строк ви просите?
letters-extension-reason = Чому вам потрібно більше часу?
letters-received = Якого дня ви отримали рішення?
letters-received-hint = Тоді в листі буде написано, що скаргу надіслано до кінця строку.
letters-decided-by = Хто ухвалив рішення?
letters-matter = Чого стосується справа? (необов’язково)
letters-matter-hint = Кілька слів, наприклад «sanktion i kontanthjælp» (данською).
letters-final-authority = Хто ухвалив остаточне рішення?
letters-final-date = Яка дата остаточного рішення?
letters-ombudsman-received = Якого дня ви отримали остаточне рішення?
letters-date = Дата вашого листа
letters-date-hint = Залиште порожнім, щоб поставити сьогоднішню дату.
letters-bad-date = Не вдається прочитати дату. Введіть її як день.місяць.рік, наприклад 05.03.2026.
letters-points-hint = По одному пункту. Напишіть своїми словами, що сталося і чому. Якщо можете, пишіть данською: лист іде до данського органу влади.
letters-point-legend = Пункт { $n }
letters-topic = Чого стосується цей пункт?
letters-topic-none = Виберіть тему
letters-topic-missed-meeting = Я не прийшов (не прийшла) на зустріч або захід
letters-topic-refused-offer = Я відмовився (відмовилася) від пропозиції або роботи
letters-topic-not-available = Муніципалітет вважає, що я недоступний (недоступна) для роботи
letters-topic-illness = Хвороба
letters-topic-other = Щось інше
letters-event-date = Коли це сталося? (дата, необов’язково)
letters-account = Що сталося?
letters-account-hint = Пишіть коротко і конкретно. Наприклад: «Jeg var syg med feber og ringede til jobcentret kl. 8, men kom ikke igennem.»
letters-reason = Чи була у вас поважна причина?
letters-reason-none = Виберіть, якщо підходить
letters-reason-illness = Так, я хворів (хворіла)
letters-reason-childcare = Так, не було з ким залишити дитину
letters-reason-transport = Так, я не міг (не могла) туди дістатися
letters-reason-caring-for-relative = Так, я мав (мала) доглядати хворого члена сім’ї
letters-reason-other = Так, з іншої причини (напишіть її вище)
letters-documents = Що може це підтвердити? (додатки)
letters-documents-hint = Один додаток в одному рядку, наприклад «Lægeerklæring af 4. november 2026». Не забудьте додати їх, коли надсилатимете лист.
letters-contact = Чи намагався муніципалітет спочатку зв’язатися з вами особисто? (важливо, якщо ви aktivitetsparat — готові до активності)
letters-contact-none = Не знаю
letters-contact-yes = Так
letters-contact-no = Ні
letters-guidance = Чи вам письмово повідомили, що буде, якщо ви не прийдете?
letters-guidance-none = Не знаю
letters-guidance-yes = Так
letters-guidance-no = Ні
letters-add-point = Додати пункт
letters-remove-point = Видалити цей пункт
letters-errors-legend = Чи зробив орган влади помилки під час розгляду справи?
letters-errors-hint = Позначте те, що підходить. Можна спочатку скористатися розділом «Перевірити рішення».
letters-request = Про що ви просите? (необов’язково)
letters-request-hint = Залиште порожнім, і ми напишемо стандартне речення.
letters-enclosures = Інші додатки (необов’язково)
letters-enclosures-hint = Один додаток в одному рядку.
letters-finish-intro = Прочитайте лист праворуч. Якщо щось не так, виправте свої відповіді. Потім завантажте його як PDF, роздрукуйте або скопіюйте текст у Digital Post чи електронний лист.
letters-download-pdf = Завантажити як PDF
letters-print = Друкувати
letters-pdf-ready = Файл PDF готовий. Знайдіть його у своїх завантаженнях.
letters-pdf-failed = Не вдалося створити файл PDF
letters-pdf-unsupported = PDF-файл не можна створити, бо шрифт листа не має цих символів: { $chars }. Напишіть їх латинськими літерами (як у вашому паспорті чи на медичній картці) або скопіюйте текст листа нижче.
letters-not-ready = У листі ще бракує деяких відповідей. Подивіться список під «Ваш лист».
letters-plain-text = Лист як текст
letters-plain-text-hint = Виділіть текст і скопіюйте його в Digital Post або в електронний лист.
letters-preview = Ваш лист
letters-rules-used = Правила, на які спирається лист
letters-missing = У листі бракує цих відповідей:
letters-field-sender-name = Ваше ім’я
letters-field-recipient-name = Назва органу влади
letters-field-date = Дата вашого листа
letters-field-letter-date = Дата на листі органу влади
letters-field-points = Принаймні один пункт
letters-field-points-account = Що сталося (для кожного пункту)
letters-field-reply-by = Строк для відповіді в листі
letters-field-new-reply-by = Новий строк, про який ви просите
letters-field-points-or-procedural-errors-or-request = З чим ви не згодні, помилка у справі або про що ви просите
letters-field-final-authority = Хто ухвалив остаточне рішення
letters-field-final-decision-date = Дата остаточного рішення
letters-help-title = Безкоштовна допомога
letters-help-body = Безкоштовну допомогу можна отримати в радника громадян муніципалітету (borgerrådgiver, якщо він є у вашому муніципалітеті), у вашій профспілці чи a-kasse, у DUKH (незалежна консультаційна служба з питань інвалідності) та в бюро правової допомоги (retshjælp).
letters-pdf-saved = Файл PDF збережено тут: { $path }
letters-reply-deadline = Строк для відповіді: { $date }.
letters-complaint-deadline = Останній день, коли має надійти скарга: { $date }.
letters-deadline-explain = Подивитися, як обчислено строк

## Мої справи
nav-sager = Мої справи
cases-title = Мої справи і строки
cases-intro = Зберігайте листи, які ви отримуєте, і застосунок стежитиме за вашими строками. Строки щоразу розраховуються заново за вашими листами.
cases-where-desktop = Ваші справи зберігаються лише на цьому комп’ютері.
cases-where-web = Ваші справи зберігаються лише в цьому браузері на цьому пристрої. Якщо ви видалите дані браузера, вони зникнуть.
cases-reminders-title = Пам’ятайте
cases-reminder = { $kind } у справі «{ $case }»: останній день — { $date }. { $days }
cases-check-in = Ви подали скаргу у справі «{ $case }» (дата: { $date }). Чи отримали ви відповідь? Якщо ні, можете запитати орган влади, коли ви її отримаєте.
cases-open = Перейти до «Мої справи»
cases-saved = Збережено.
cases-save-failed = Не вдалося зберегти
cases-deleted = Справу видалено.
cases-back = Назад до всіх справ
cases-all-deleted = З цього пристрою все видалено.
cases-untitled = Нова справа
cases-deadlines-title = Мої строки
cases-deadlines-caption = Усі строки у ваших справах, найближчий — першим
cases-no-deadlines = У вас ще немає строків. Створіть справу і введіть листи, які ви отримали.
cases-col-date = Строк
cases-col-left = Залишилося часу
cases-col-kind = Що
cases-col-case = Справа
cases-col-rule = Правило
cases-ics = Отримати строки для вашого календаря (.ics)
cases-ics-ready = Файл календаря готовий. Відкрийте його, щоб додати строки і нагадування у свій календар.
cases-list-title = Справи
cases-adviser-mode = Режим консультанта (кілька клієнтів)
cases-search = Пошук у справах
cases-next = Наступний строк: { $date }
cases-new-title = Назва нової справи
cases-new = Створити справу
cases-person = Ім’я клієнта
cases-events-title = Листи і дії
cases-case-deadlines = Строки у справі
cases-add-event = Додати лист або дію
cases-event-kind = Що сталося?
cases-event-decision = Рішення муніципалітету або Udbetaling Danmark
cases-event-akasse-decision = Рішення a-kasse
cases-event-partshoering = Лист про partshøring (дата — це строк для відповіді)
cases-event-final-decision = Остаточне рішення Ankestyrelsen
cases-event-aktindsigt-requested = Я попросив (попросила) доступ до своєї справи
cases-event-complaint-filed = Я подав (подала) скаргу (орган влади її отримав)
cases-event-sick-from = Перший день хвороби
cases-event-other = Інше
cases-event-date = Дата
cases-event-date-reply = Строк відповіді в листі (останній день для відповіді)
cases-event-paper = Лист прийшов звичайною поштою (дата — це дата на листі)
cases-by-paper = поштою
cases-event-authority = Орган влади (необов’язково)
cases-add = Додати
cases-notes = Нотатки
cases-note-label = Нова нотатка
cases-add-note = Зберегти нотатку
cases-print = Друкувати справу
cases-delete = Видалити справу
cases-delete-confirm = Ви хочете видалити справу і все, що в ній є? Це не можна скасувати.
cases-delete-all-title = Видалити все
cases-delete-all-body = Видалити з цього пристрою всі справи, чернетки і заповнені відповіді.
cases-delete-all = Видалити все на цьому пристрої
cases-delete-all-confirm = Ви хочете видалити все, що застосунок зберіг на цьому пристрої? Це не можна скасувати.
cases-export-title = Надіслати справу консультантові
cases-export-body = Справа зберігається як один файл, захищений паролем. Надішліть файл, а пароль повідомте іншим способом, наприклад телефоном.
cases-fuldmagt = Якщо консультант має діяти від вашого імені перед муніципалітетом або a-kasse, ви маєте дати довіреність (fuldmagt, forvaltningsloven § 8).
cases-fuldmagt-template = Зразок довіреності (данською)
cases-fuldmagt-text = FULDMAGT

    Jeg, [dit navn], [din adresse], giver hermed [rådgiverens navn], [organisation], fuldmagt til at repræsentere mig i min sag hos [myndighed], sagsnummer [nummer].

    Fuldmagten giver ret til at få aktindsigt, modtage breve og afgørelser, udtale sig og klage på mine vegne, jf. forvaltningslovens § 8.

    Fuldmagten gælder, indtil jeg skriftligt tilbagekalder den.

    Dato: __________  Underskrift: ____________________
cases-passphrase = Пароль
cases-passphrase-hint = Щонайменше 8 символів. Добре підходить кілька слів поспіль, наприклад «синій велосипед їсть сніг».
cases-passphrase-short = Пароль має містити щонайменше 8 символів.
cases-export = Зберегти справу як захищений файл
cases-exported = Справу збережено як захищений файл тут: { $path }
cases-exported-download = Справу завантажено як захищений файл (sag.rof). Ви знайдете його в завантаженнях браузера.
cases-import-title = Отримати справу
cases-import-body = Виберіть файл справи (.rof) і введіть пароль. Новіша справа на цьому пристрої ніколи не буде перезаписана, якщо ви самі цього не виберете.
cases-import-file = Файл справи
cases-import = Відкрити файл справи
cases-import-choose = Спочатку виберіть файл справи.
cases-import-added = Справу додано.
cases-import-updated = Справу оновлено новішою версією з файлу.
cases-import-unchanged = Ця справа вже була тут без змін. Нічого не змінено.
cases-import-conflict = На цьому пристрої є версія цієї справи, яка новіша або відрізняється. Виберіть, що робити.
cases-import-conflict-caption = Дві версії справи
cases-import-on-device = На цьому пристрої
cases-import-in-file = У файлі
cases-import-version = Версія
cases-import-changed = Остання зміна
cases-import-keep-both = Залишити обидві
cases-import-replace = Замінити версією з файлу
cases-import-error-wrong-passphrase = Неправильний пароль. Нічого не змінено.
cases-import-error-empty = Файл порожній. Нічого не змінено.
cases-import-error-too-large = Файл завеликий для файлу справи. Нічого не змінено.
cases-import-error-not-age-file = Це не захищений файл справи. Нічого не змінено.
cases-import-error-not-passphrase-file = Файл не захищений паролем. Нічого не змінено.
cases-import-error-truncated = Файл обрізаний. Попросіть надіслати його ще раз. Нічого не змінено.
cases-import-error-damaged = Файл пошкоджений. Попросіть надіслати його ще раз. Нічого не змінено.
cases-import-error-too-much-work = Файл не можна безпечно відкрити. Нічого не змінено.
cases-import-error-not-a-case-file = Файл відкривається, але це не справа з Ret og Frist. Нічого не змінено.
cases-import-error-newer-format = Файл створено новішою версією застосунку. Оновіть застосунок. Нічого не змінено.
cases-import-error-newer-case-schema = Файл створено новішою версією застосунку. Оновіть застосунок. Нічого не змінено.
cases-import-error-invalid-case = Справа у файлі недійсна. Нічого не змінено.
cases-reminder-days = За скільки днів до строку нагадувати
cases-reminder-days-hint = Введіть числа через кому, наприклад 7, 2. Нагадування з’являються, коли ви відкриваєте застосунок, і потрапляють у файл календаря.
cases-reminder-days-error = Введіть цілі дні від 0 до 60 через кому, наприклад 7, 2.
cases-reminder-days-save = Зберегти нагадування

## Правила і ставки
nav-regler = Правила і ставки
rulebook-title = Правила і ставки
rules-intro = Тут усі правила, за якими рахує застосунок: значення, коли воно діє, параграф закону, джерело і наскільки ми впевнені. Правила, не підтверджені офіційним джерелом, позначено.
rules-search = Пошук у правилах
rules-search-hint = Шукайте слово, параграф або шлях, наприклад «скарга», «§ 19» чи «frist.complaint».
rules-unconfirmed-only = Показати лише непідтверджені правила
rules-count = Показано правил: { $shown } з { $total }.
# Sections of the rule book that open and close; the heading carries the number of rules in it.
rules-area-heading = { $area } ({ $count })
rules-area-deadlines = Строки та святкові дні
rules-area-benefits = Виплати та ставки
rules-area-family = Житло і діти
rules-area-tax = Податки
rules-area-municipal-tax = Муніципальний і церковний податок
rules-area-status = Цільові групи, права та обовʼязки
rules-area-appeals = Скарги та розгляд справ
rules-area-other = Інші правила
rules-current = Діє зараз
rules-history = Історія і майбутні значення
rule-id = Ідентифікатор правила (для консультантів і командного рядка)
status-save-title = Зберегти свій статус у справі
status-save-case = Справа
status-save = Зберегти статус у справі
status-saved-to-case = Ваш статус збережено у справі.
cases-status-title = Статус і права
cases-status-line = Цільова група (дата: { $date }): { $group }
cases-no-group = не знайдено
pack-title = Пакет правил
pack-active-builtin = Застосунок використовує вбудовані правила ({ $pack }).
pack-active-imported = Застосунок використовує завантажений пакет правил { $pack } (дата: { $date }). Його перевірено ключем застосунку.
pack-import = Завантажити новіший пакет правил
pack-import-hint = Пакет правил — це файл із новими ставками і правилами. Він використовується, лише якщо підписаний ключем Ret og Frist і кожне правило має джерело, параграф і дату.
pack-refused = Пакет правил відхилено, нічого не змінено: { $why }
pack-back = Повернутися до вбудованих правил
pack-error-untrusted-key = Він не підписаний ключем Ret og Frist.
pack-error-bad-signature = Підпис не збігається. Можливо, файл змінили.
pack-error-hash-mismatch = Вміст не збігається з підписом. Можливо, файл змінили.
pack-error-malformed = Це не пакет правил.
pack-error-too-large = Файл завеликий для пакета правил.
pack-error-invalid-rules = Правила в пакеті недійсні.
overrides-title = Розраховано зі зміненими правилами
overrides-clear = Скасувати всі зміни
overrides-baseline = Без зміни строк був би такий: { $date }.
overrides-form = Змінити значення (для консультантів)
overrides-value = Нове значення (ціле число)
overrides-note = Чому і яке джерело? (обов’язково)
overrides-save = Використовувати нове значення на цьому пристрої
overrides-need-note = Напишіть причину і джерело. Без причини зміна не застосовується.
overrides-need-number = Введіть ціле число.
error-too-far = Ми не можемо розрахувати цей строк: правило { $path } дає відлік понад { $limit } днів. Перевірте, чи правило не змінено на неправильне значення.
overrides-out-of-range = Значення має бути від { $min } до { $max }.
pack-error-older = Пакет старіший за правила, які застосунок використовує зараз. Старіший пакет не може замінити новіші правила.
pack-dropped = Збережений пакет правил { $pack } видалено, бо його більше не можна використовувати: { $why } Тепер застосунок використовує вбудовані правила.
pack-not-loaded = Ваш збережений пакет правил зараз не вдалося завантажити, тому застосунок використовує вбудовані правила. Пакет не видалено: перезавантажте сторінку, коли матимете з’єднання.
# Shown when a stored case cannot be read (damaged); the other cases are shown as usual.
cases-damaged = Справа «{ $name }» пошкоджена, її не можна відкрити. Її збережено такою, як була. Інші ваші справи та нагадування працюють як звичайно.

## Marks a field that must be filled in (after its label).
field-required = (обов’язково)
## A rule that rests on practice, not on a § of a law.
rule-reference-none = Немає окремого § у законі
## Shown while a part of the app that is fetched on first use loads (the letter reader, the case file, the PDF).
lazy-loading = Завантаження …
## That part could not be fetched (e.g. offline before the first visit with a connection).
lazy-load-failed = Цю частину застосунку не вдалося завантажити. Ви офлайн? Спробуйте ще раз, коли буде з’єднання. Після одного відвідування з з’єднанням вона працює й офлайн.

# Case detail: the section with the reminder setting.
cases-reminders-section = Нагадування
## The chosen language's texts could not be fetched (web build; e.g. offline before the first visit with a connection). $lang is the language's own name.
lang-load-failed = Не вдалося завантажити мову { $lang }. Ви офлайн? Сторінка залишається цією мовою. Спробуйте ще раз, коли буде з’єднання; після одного відвідування з з’єднанням усі мови працюють і офлайн.
## navigator --pack FILE: the pack cannot be used (the reason follows).
cli-pack-refused = Пакет правил { $file } не можна використати: { $why }
pack-error-wrong-format = Файл не у форматі пакета правил.
pack-error-unsupported-version = Пакет зроблено для іншої версії застосунку.
pack-error-invalid-field = Поле в заголовку пакета недійсне.
pack-error-unknown-file = Пакет містить файл правил, якого застосунок не знає.
pack-error-missing-file = У пакеті бракує файлу правил.
pack-error-key = Файл ключа не можна використати.
