## Bad input: a file or stored value the app refuses (core::input::Problem).
## The code puts "<field>: " in front.

input-syntax = недійсний JSON ({ $detail })
input-shape = недійсне значення ({ $detail })
input-range = { $value } — це не { $what ->
    [hours] допустима кількість годин
    [age] допустимий вік
    [amount] допустима сума
    [area] допустима площа
    [days] допустима кількість днів
    [months] допустима кількість місяців
   *[count] допустима кількість
} ({ $min }–{ $max })
input-year = { $value } поза межами років { $min }–{ $max }
input-missing = відсутнє
input-too-long = текст задовгий ({ $value } символів, щонайбільше { $max })
input-too-many = { $value } — забагато (щонайбільше { $max })
input-control-char = містить керівний символ { $ch }; видаліть його
input-bidi-char = містить { $ch }, символ, що змінює напрямок письма; видаліть його
input-rule-married-needs-two-adults = для шлюбу потрібні двоє дорослих
input-rule-wage-or-monthly = вкажіть погодинну або місячну зарплату, не обидві
input-rule-monthly-wage-needs-hours = для місячної зарплати потрібна кількість годин, за які її платять
input-rule-wage-missing = вкажіть погодинну або місячну зарплату
input-rule-birth-year-age = рік народження не відповідає віку на дату
input-rule-birth-month-needs-year = для місяця народження потрібен рік народження

## A deadline of a case that could not be computed (list, reminders, calendar file).
cases-deadline-failed = { $kind } у справі «{ $case }» (подія від { $date }): { $reason }
