## Bad input: a file or stored value the app refuses (core::input::Problem).
## The code puts "<field>: " in front.

input-syntax = ليس JSON صالحًا ({ $detail })
input-shape = قيمة غير صالحة ({ $detail })
input-range = { $value } ليس { $what ->
    [hours] عددًا صالحًا من الساعات
    [age] عمرًا صالحًا
    [amount] مبلغًا صالحًا
    [area] مساحة صالحة
    [days] عددًا صالحًا من الأيام
    [months] عددًا صالحًا من الأشهر
   *[count] عددًا صالحًا
} ({ $min }–{ $max })
input-year = { $value } خارج السنوات { $min }–{ $max }
input-missing = مفقود
input-too-long = النص طويل جدًا ({ $value } حرفًا، والحد الأقصى { $max })
input-too-many = { $value } أكثر من اللازم (الحد الأقصى { $max })
input-control-char = يحتوي على حرف التحكم { $ch }؛ احذفه
input-bidi-char = يحتوي على { $ch }، وهو حرف يعكس اتجاه الكتابة؛ احذفه
input-rule-married-needs-two-adults = الزواج يتطلب شخصين بالغين
input-rule-wage-or-monthly = أدخل الأجر بالساعة أو الأجر الشهري، وليس كليهما
input-rule-monthly-wage-needs-hours = الأجر الشهري يتطلب عدد الساعات التي يُدفع عنها
input-rule-wage-missing = أدخل الأجر بالساعة أو الأجر الشهري
input-rule-birth-year-age = سنة الميلاد لا تتوافق مع العمر في التاريخ
input-rule-birth-month-needs-year = شهر الميلاد يتطلب سنة الميلاد

## A deadline of a case that could not be computed (list, reminders, calendar file).
cases-deadline-failed = { $kind } في القضية "{ $case }" (حدث بتاريخ { $date }): { $reason }
