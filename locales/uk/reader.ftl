## «Зрозуміти ваш лист»: екран читання листів.

nav-brev = Зрозуміти лист
start-reader-title = Ви отримали лист?
start-reader-body = Почніть із листа. Вставте текст або відкрийте PDF-файл, і ми пояснимо, що означає лист і що ви можете зробити.
start-reader-link = Зрозуміти лист

reader-title = Зрозуміти ваш лист
reader-intro = Ви отримали рішення або partshøring (слухання перед рішенням)? Відкрийте PDF-файл із Digital Post або введіть чи вставте текст листа. Ми скажемо, що це за лист, що він означає, що ви можете зробити і до якого числа.
reader-private = Лист читається тут, на вашому пристрої. Його нікуди не надсилають, і нічого не зберігається, якщо ви самі не збережете справу.
reader-file-label = Відкрити лист як файл (PDF або текст)
reader-file-hint = PDF-файли з Digital Post можна прочитати. Скановане зображення без тексту прочитати не можна.
reader-text-label = Або вставте текст листа сюди
reader-read = Прочитати лист
reader-status-read = Лист прочитано. Дивіться, що ми знайшли, нижче.
reader-status-failed = Лист не вдалося прочитати.

reader-error-title = Ми не змогли прочитати лист
reader-error-empty = Тексту немає. Вставте текст листа або виберіть інший файл.
reader-error-too-large = Файл завеликий. Максимум 10 МБ.
reader-error-binary = Файл не є ні текстом, ні PDF. Виберіть лист у форматі PDF або вставте текст.
reader-error-no-text-layer = PDF-файл — це зображення без тексту (наприклад, скан). Ми не можемо читати зображення. Введіть основні дані самі.
reader-error-pdf-unreadable = PDF-файл не вдалося прочитати. Можливо, він пошкоджений. Спробуйте вставити текст.
reader-error-pdf-encrypted = PDF-файл захищений паролем. Вставте текст.
reader-error-too-many-pages = У PDF-файлі забагато сторінок для листа.
reader-error-pdf-too-complex = PDF-файл надто складний для читання. Вставте текст.
reader-error-not-danish = Лист, здається, не данською мовою. Ми можемо читати лише данські листи.
reader-manual = Ви все одно можете користуватися застосунком. Виберіть, що хочете зробити:

reader-result-title = Що написано в листі
reader-says-decision = Лист — це рішення від { $authority }.
reader-says-partshoering = Лист — це partshøring від { $authority }. Це означає, що вони розглядають рішення, і ви можете спершу висловити свою думку.
reader-says-other = Ми не можемо визначити, чи лист є рішенням, чи partshøring. Він від { $authority }. Виберіть нижче, якщо знаєте.
reader-says-what = { $benefit ->
    [none] Йдеться про: { $decision }.
   *[other] Йдеться про: { $decision } – { $benefit }.
}
reader-says-reply-by = Ви можете відповісти, перш ніж вони вирішать. Ваша відповідь має надійти не пізніше { $date }.
reader-says-reply-by-unknown = Ви можете відповісти, перш ніж вони вирішать. Ми не знайшли в листі строку відповіді. Пошукайте його в листі.
reader-says-can-complain = Якщо ви не згодні, можете подати скаргу. Розрахуйте строк нижче, щоб знати, коли скарга має надійти.
reader-says-no-guidance = Ми не знайшли в листі інструкції щодо оскарження (klagevejledning). Це може бути помилкою: рішення має пояснювати, як оскаржити (§ 25 Закону про публічне управління).
reader-says-no-reasons = Ми не знайшли в листі обґрунтування (begrundelse). Це може бути помилкою: рішення має пояснювати чому (§§ 22-24 Закону про публічне управління).

reader-conflicts-title = У листі написано дві різні речі
reader-conflict-kind = Що це за лист?
reader-conflict-decision = Що вони вирішили?
reader-conflict-authority = Хто надіслав лист?
reader-conflict-benefit = Про яку виплату йдеться?
reader-conflict-letter-date = У листі дві дати. Яка з них — дата листа?
reader-conflict-reply-by = У листі два строки відповіді. Який правильний?
reader-conflict-amount-monthly = У листі дві щомісячні суми. Яка правильна?
reader-conflict-amount-one-off = У листі дві суми. Яка правильна?

reader-facts-title = Що ми знайшли
reader-facts-intro = Виправте, якщо щось не так. Під кожним полем — речення з листа, яке ми використали.
reader-not-found = Не знайдено – виберіть самі
reader-evidence = З листа:
reader-warning-unknown = Ми не знайшли цього в листі. Заповніть самі, якщо можете.
reader-warning-reply-period = Лист дає строк відповіді в днях або тижнях, а не дату. Порахуйте дату і введіть її тут.
reader-warning-no-complaint-deadline = В інструкції щодо оскарження немає строку.

reader-kind-label = Вид листа
reader-kind-decision = Рішення
reader-kind-partshoering = Partshøring (вас хочуть вислухати перед рішенням)
reader-kind-other = Інший лист
reader-decision-label = Що вирішено (або розглядається)
reader-decision-sanction = Санкція (утримання з виплати)
reader-decision-stop = Припинення виплати
reader-decision-refusal = Відмова
reader-decision-repayment = Вимога повернути кошти
reader-decision-grant = Призначення (ви отримуєте виплату)
reader-decision-change = Зміна виплати
reader-decision-other = Інший вид рішення
reader-authority-label = Хто надіслав лист
reader-authority-kommune = Комуна (центр зайнятості)
reader-authority-a-kasse = Каса страхування від безробіття (a-kasse)
reader-authority-udbetaling-danmark = Udbetaling Danmark
reader-authority-ankestyrelsen = Апеляційна рада (Ankestyrelsen)
reader-authority-star = Агентство ринку праці (STAR)
reader-authority-anden-aktoer = Інший виконавець (від імені центру зайнятості)
reader-authority-unknown = орган влади
reader-authority-name-label = Назва відправника
reader-benefit-label = Виплата
reader-benefit-kontanthjaelp = Соціальна допомога (kontanthjælp)
reader-benefit-dagpenge = Допомога по безробіттю (dagpenge)
reader-benefit-sygedagpenge = Допомога з хвороби (sygedagpenge)
reader-benefit-ledighedsydelse = Допомога в очікуванні флексроботи (ledighedsydelse)
reader-benefit-fleksjob = Флексробота (fleksjob)
reader-benefit-foertidspension = Пенсія по інвалідності (førtidspension)
reader-benefit-jobafklaring = Програма з'ясування працездатності (jobafklaring)
reader-benefit-ressourceforloeb = Ресурсна програма (ressourceforløb)
reader-benefit-boligstoette = Житлова допомога (boligstøtte)
reader-benefit-boerneydelse = Допомога на дітей (børne- og ungeydelse)
reader-letter-date-label = Дата листа
reader-reply-by-label = Відповісти до (partshøring)
reader-amount-monthly-label = Сума на місяць (крон)
reader-amount-one-off-label = Одноразова сума – утримання або повернення (крон)
reader-paragraphs-label = Параграфи (§) у листі
reader-guidance-label = У листі є інструкція щодо оскарження
reader-guidance-deadline-label = Строк оскарження, як написано в листі
reader-reasons-label = У листі є обґрунтування

reader-next-title = Що ви можете зробити зараз
reader-received-label = Якого дня лист надійшов до вашої Digital Post?
reader-to-frister = Розрахувати строк
reader-to-reply = Написати відповідь на partshøring
reader-to-complaint = Написати скаргу
reader-to-appeal = Куди подати скаргу
reader-to-check = Перевірити рішення на помилки
reader-to-aktindsigt = Попросити доступ до справи (aktindsigt)
reader-to-gain = Чи вигідно працювати?
reader-save-case = Зберегти як справу
reader-case-needs-date = Спершу введіть дату листа (або строк відповіді). Тоді справа зможе розрахувати строк.

reader-help-title = Безкоштовна допомога
reader-not-advice = Застосунок допомагає зрозуміти лист. Це не юридична консультація, і він може помилятися. Завжди звіряйтеся з самим листом.
reader-help = Безкоштовну допомогу можна отримати в радника громадян комуни (borgerrådgiver), у вашій профспілці, у вашій a-kasse або в DUKH (незалежна служба врегулювання конфліктів).
