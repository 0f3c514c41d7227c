## Bad input: a file or stored value the app refuses (core::input::Problem).
## The code puts "<field>: " in front, e.g. "adults[0].hours_per_week: -37 is not …".

input-syntax = not valid JSON ({ $detail })
input-shape = invalid value ({ $detail })
input-range = { $value } is not { $what ->
    [hours] a valid number of hours
    [age] a valid age
    [amount] a valid amount
    [area] a valid area
    [days] a valid number of days
    [months] a valid number of months
   *[count] a valid number
} ({ $min }–{ $max })
input-year = { $value } is outside the years { $min }–{ $max }
input-missing = is missing
input-too-long = the text is too long ({ $value } characters, at most { $max })
input-too-many = { $value } is too many (at most { $max })
input-control-char = contains the control character { $ch }; remove it
input-bidi-char = contains { $ch }, a character that reverses the writing direction; remove it
input-rule-married-needs-two-adults = married needs two adults
input-rule-wage-or-monthly = give an hourly or a monthly wage, not both
input-rule-monthly-wage-needs-hours = a monthly wage needs the hours it is paid for
input-rule-wage-missing = give an hourly or a monthly wage
input-rule-birth-year-age = the year of birth does not fit the age on the date
input-rule-birth-month-needs-year = a month of birth needs the year of birth

## A deadline of a case that could not be computed (list, reminders, calendar file).
cases-deadline-failed = { $kind } in the case "{ $case }" (event of { $date }): { $reason }
