//! Hostile input files through `navigator`: one line naming the field and the
//! value, never a panic; a byte-order mark is fine; a deadline that cannot be
//! computed is listed, not dropped.

use chrono::NaiveDate;
use ret_og_frist_cases::{Case, Event, EventKind};
use ret_og_frist_store::Store;
use serde_json::Value;

mod common;
use common::{one_line_failure, ok_json, run, Dir};

fn ok(args: &[&str]) -> Value {
    ok_json(args, run(args, None))
}

fn fails(args: &[&str]) -> String {
    one_line_failure(args, run(args, None))
}

const SCENARIO: &str = r#"{"date":"2026-03-01","municipality":"Aarhus","adults":[{"age":40}],"job":{"hours_per_week":37,"hourly_wage":170}}"#;

#[test]
fn scenario_values_are_named_with_field_and_value() {
    let d = Dir::new("hostile-scenario");
    for (from, to, want) in [
        (r#"{"age":40}"#, r#"{"age":40,"work":{"hours_per_week":-37,"hourly_wage":150}}"#,
         "adults[0].work.hours_per_week: -37 er ikke et gyldigt antal timer (0–80)"),
        (r#"{"age":40}"#, r#"{"age":4000000000}"#, "adults[0].age: 4000000000 er ikke en gyldig alder (15–120)"),
        (r#"[{"age":40}]"#, r#"[{"age":40},{"age":40},{"age":40}]"#, "adults: 3 er ikke et gyldigt antal (1–2)"),
        (r#""2026-03-01""#, r#""0000-01-01""#, "date: 0000-01-01 ligger uden for årene 1900–2200"),
        (r#""Aarhus""#, "\"Aar\u{202E}hus\"", "municipality: indeholder U+202E"),
    ] {
        let text = SCENARIO.replacen(from, to, 1);
        assert_ne!(text, SCENARIO);
        let f = d.write("s.json", &text);
        for cmd in ["calc", "sweep"] {
            let e = fails(&[cmd, &f]);
            assert!(e.contains(want), "{cmd} {text}: {e}");
            assert!(!e.contains("line 1"), "{e}");
        }
    }
    let kids: Vec<String> = (0..100_000).map(|_| r#"{"age":3}"#.to_string()).collect();
    let text = SCENARIO.replacen(r#""job""#, &format!(r#""children":[{}],"job""#, kids.join(",")), 1);
    let e = fails(&["calc", &d.write("kids.json", &text)]);
    assert!(e.contains("children: 100000 er ikke et gyldigt antal (0–20)"), "{e}");
    let e = fails(&["calc", &d.write("housing.json", &SCENARIO.replacen(r#""job""#, r#""housing":{"rent_monthly":-5000,"area":60},"job""#, 1))]);
    assert!(e.contains("housing.rent_monthly: -5000 er ikke et gyldigt beløb"), "{e}");
}

#[test]
fn byte_order_mark_is_accepted_everywhere() {
    let d = Dir::new("hostile-bom");
    let bom = |name: &str, text: &str| d.write(name, &format!("\u{feff}{text}"));
    ok(&["calc", &bom("s.json", SCENARIO)]);
    ok(&["status", &bom("p.json", r#"{"as_of":"2026-11-22","benefit":"kontanthjaelp","readiness":"jobparat","age":35}"#)]);
    let answers = std::fs::read_to_string("../docs/examples/letters/aktindsigt.json").unwrap();
    ok(&["letter", "aktindsigt", &bom("a.json", &answers), "--format", "json"]);
}

#[test]
fn profile_and_answers_are_bounded() {
    let d = Dir::new("hostile-profile");
    let e = fails(&["status", &d.write("p.json", r#"{"as_of":"2026-11-22","benefit":"kontanthjaelp","age":4000000000}"#)]);
    assert!(e.contains("age: 4000000000 er ikke en gyldig alder (0–120)"), "{e}");
    let e = fails(&["status", &d.write("p.json", r#"{"as_of":"0000-01-01","benefit":"kontanthjaelp"}"#)]);
    assert!(e.contains("as_of: 0000-01-01 ligger uden for"), "{e}");
    let e = fails(&["status", &d.write("p.json", r#"{"as_of":"2026-11-22","benefit":"kontanthjaelp","age":"x"}"#)]);
    assert!(e.contains("age: ") && !e.contains("line 1"), "{e}");

    let answers: Value = serde_json::from_str(&std::fs::read_to_string("../docs/examples/letters/partshoering.json").unwrap()).unwrap();
    let mut bad = answers.clone();
    bad["sender"]["name"] = "Jens \u{202E}nesnaH".into();
    let e = fails(&["letter", "partshoering", &d.write("a.json", &bad.to_string())]);
    assert!(e.contains("sender.name: indeholder U+202E"), "{e}");
    let mut bad = answers.clone();
    bad["points"][0]["account"] = "Jeg var syg\u{7}".into();
    let e = fails(&["letter", "partshoering", &d.write("a.json", &bad.to_string())]);
    assert!(e.contains("points[0].account: indeholder styretegnet U+0007"), "{e}");
    let mut bad = answers.clone();
    bad["letter_date"] = "0000-01-01".into();
    let e = fails(&["letter", "partshoering", &d.write("a.json", &bad.to_string())]);
    assert!(e.contains("letter_date: 0000-01-01 ligger uden for årene 1900–2200"), "{e}");
    let mut bad = answers;
    bad["recipient"]["name"] = "x".repeat(10_000).into();
    let e = fails(&["letter", "partshoering", &d.write("a.json", &bad.to_string())]);
    assert!(e.contains("recipient.name: teksten er for lang (10000 tegn, højst 300)"), "{e}");
}

#[test]
fn case_show_lists_a_deadline_it_cannot_compute() {
    let d = Dir::new("hostile-case");
    let store = d.path("s.sqlite");
    let mut c = Case::new("c1", "Syg", "2026-03-01T10:00:00.000Z");
    // Before 1 July 2014 the data has no sygedagpenge rule: cannot compute, and says so.
    c.events.push(Event {
        id: "e1".into(),
        kind: EventKind::SickFrom,
        date: NaiveDate::from_ymd_opt(2000, 1, 3).unwrap(),
        delivery: Default::default(),
        employment: Default::default(),
        authority: String::new(),
        case_number: String::new(),
        note: String::new(),
    });
    let mut s = Store::open(&store).unwrap();
    s.save(&c).unwrap();
    s.close().unwrap();
    let v = ok(&["case", "show", "c1", "--store", &store, "--today", "2026-03-06"]);
    assert_eq!(v["deadlines"].as_array().unwrap().len(), 0);
    let failed = &v["deadlines_cannot_compute"][0];
    assert_eq!(failed["event_id"], "e1");
    assert_eq!(failed["kind"], "sygedagpenge");
    assert_eq!(failed["error"]["code"], "no-rule-in-force");
    assert!(failed["message"].as_str().unwrap().contains("Syg"), "{failed}");
}
