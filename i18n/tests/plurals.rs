//! Plural forms follow each language's rules (CLDR, through Fluent): Arabic
//! counts take "few" for 3–10 and "many" for 11–99 — also when the number is
//! larger and its last two digits fall in those ranges (243 days: 43 → many).

use fluent_bundle::FluentValue;
use ret_og_frist_i18n::{Lang, Texts};

fn passed(lang: Lang, n: i64) -> String {
    Texts::new(lang).get_args("deadline-passed", &[("n", FluentValue::from(n))])
}

#[test]
fn arabic_days_take_the_plural_form_of_their_last_two_digits() {
    assert!(passed(Lang::Ar, 5).contains("أيام"), "{}", passed(Lang::Ar, 5));
    assert!(passed(Lang::Ar, 43).contains("يومًا"), "{}", passed(Lang::Ar, 43));
    assert!(passed(Lang::Ar, 243).contains("يومًا"), "{}", passed(Lang::Ar, 243));
    assert!(passed(Lang::Ar, 205).contains("أيام"), "{}", passed(Lang::Ar, 205));
    // 100–102, 200, …: "other" (singular noun after hundreds).
    assert!(passed(Lang::Ar, 100).contains(" يوم."), "{}", passed(Lang::Ar, 100));
}

#[test]
fn danish_one_day_is_singular() {
    assert!(passed(Lang::Da, 1).contains("1 dag") || passed(Lang::Da, 1).contains("i går"), "{}", passed(Lang::Da, 1));
    assert!(passed(Lang::Da, 243).contains("243 dage"), "{}", passed(Lang::Da, 243));
}
