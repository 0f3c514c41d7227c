## Bad input: a file or stored value the app refuses (core::input::Problem).
## The code puts "<field>: " in front, e.g. "adults[0].hours_per_week: -37 er ikke …".

input-syntax = ikke gyldig JSON ({ $detail })
input-shape = ugyldig værdi ({ $detail })
input-range = { $value } er ikke { $what ->
    [hours] et gyldigt antal timer
    [age] en gyldig alder
    [amount] et gyldigt beløb
    [area] et gyldigt areal
    [days] et gyldigt antal dage
    [months] et gyldigt antal måneder
   *[count] et gyldigt antal
} ({ $min }–{ $max })
input-year = { $value } ligger uden for årene { $min }–{ $max }
input-missing = mangler
input-too-long = teksten er for lang ({ $value } tegn, højst { $max })
input-too-many = { $value } er for mange (højst { $max })
input-control-char = indeholder styretegnet { $ch }; fjern det
input-bidi-char = indeholder { $ch }, et tegn der vender skriveretningen; fjern det
input-rule-married-needs-two-adults = gift kræver to voksne
input-rule-wage-or-monthly = angiv timeløn eller månedsløn, ikke begge
input-rule-monthly-wage-needs-hours = en månedsløn kræver det antal timer, den er for
input-rule-wage-missing = angiv timeløn eller månedsløn
input-rule-birth-year-age = fødselsåret passer ikke med alderen på datoen
input-rule-birth-month-needs-year = en fødselsmåned kræver fødselsåret

## A deadline of a case that could not be computed (list, reminders, calendar file).
cases-deadline-failed = { $kind } i sagen "{ $case }" (hændelsen { $date }): { $reason }
