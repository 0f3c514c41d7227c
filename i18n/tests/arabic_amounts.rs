//! In Arabic (right to left) an amount and its unit "kr." must stay one
//! left-to-right unit inside the sentence: without an isolate around both,
//! "26 kr." was shown as "kr 26." (the number isolated by Fluent, "kr" a
//! left-to-right run of its own, the full stop taking the sentence's direction).

use fluent_bundle::FluentValue;
use ret_og_frist_i18n::{Lang, Texts};

#[test]
fn an_arabic_amount_and_its_unit_are_one_left_to_right_isolate() {
    let t = Texts::new(Lang::Ar);
    let s = t.get_args("gain-per-hour", &[("amount", FluentValue::from("26"))]);
    // LRI, Fluent's own FSI … PDI around the value, " kr.", PDI.
    assert!(s.contains("\u{2066}\u{2068}26\u{2069} kr.\u{2069}"), "{s:?}");
}

#[test]
fn every_arabic_kr_after_a_value_is_inside_an_isolate() {
    for file in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/ar")).expect("locales/ar") {
        let path = file.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("ftl text");
        for line in text.lines() {
            for (i, _) in line.match_indices(" } kr.") {
                let after = &line[i + " } kr.".len()..];
                assert!(after.starts_with("{ \"\\u2069\" }"), "{}: {line}", path.display());
            }
        }
    }
}
