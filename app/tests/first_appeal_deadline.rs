//! The first complaint deadline is computed once: the complaint screen (via
//! `ActiveRules::appeal`) and the complaint letter (via `ActiveRules::letter`)
//! must name the same deadline for every route the letter can address, also
//! under a device override that makes the two complaint deadlines differ.

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] =
    ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];
use ret_og_frist_app::{ActiveRules, RuleSources};
use ret_og_frist_core::rules::Override;
use ret_og_frist_letters::{text, Answers, LetterKind};

fn example() -> Answers {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/examples/letters/klage.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_letter_and_the_complaint_screen_name_the_same_first_deadline() {
    // Test value, not law: 7 weeks for a kommune complaint, so a wrong kind shows.
    let o = Override { path: "frist.complaint".into(), value: 7.into(), note: "test".into() };
    let active = ActiveRules::resolve(&RuleSources { pack: None, overrides: vec![o] });
    let received = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
    let mut checked = 0;
    for route in active.rules().guide.appeals.routes.iter().filter(|r| r.validity.in_force(received)) {
        if !matches!(route.decided_by.as_str(), "kommune" | "a-kasse" | "udbetaling-danmark") {
            continue;
        }
        let appeal = active.appeal(route.benefit, &route.decided_by, received, Some(received)).unwrap();
        let Some(Ok(first)) = appeal.first_deadline else { continue };
        let mut a = example();
        a.benefit = Some(route.benefit);
        a.decided_by = route.decided_by.clone();
        a.received = Some(received);
        a.procedural_errors.clear();
        let c = active.letter(LetterKind::Klage, &a).unwrap();
        let frist: Vec<&str> = c.rules.iter().map(|u| u.path.as_str()).filter(|p| p.starts_with("frist.")).collect();
        let want = format!("frist.{}", first.kind.id());
        assert!(frist.contains(&want.as_str()), "{:?}/{}: letter cites {frist:?}, screen {want}", route.benefit, route.decided_by);
        // The date itself: the letter states the screen's date (e.g. "23. april 2026").
        let letter = text::render(&c.letter).replace(['\u{2068}', '\u{2069}'], "");
        let d = first.deadline;
        let date = format!("{}. {} {}", d.day(), MONTHS[d.month0() as usize], d.year());
        assert!(letter.contains(&date), "{:?}/{}: {date} not in\n{letter}", route.benefit, route.decided_by);
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} routes checked");
}
