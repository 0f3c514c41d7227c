//! Hostile case contents: every finding of the "hostile input" issue as a test.
//! A case is parsed only through `Case::from_json` (the store and the case file
//! use it too), so these cover every path that reads a case.

use chrono::NaiveDate;
use ret_og_frist_cases::{Case, CaseError, DeadlineError, Event, EventKind};
use ret_og_frist_core::RuleSet;
use serde_json::{json, Value};

fn base() -> Value {
    json!({
        "schema": 2, "id": "c1", "version": 1, "updated": "2026-03-01T10:00:00Z", "title": "Sag",
        "events": [{ "id": "e1", "kind": "decision", "date": "2026-03-05" }],
    })
}

fn scenario() -> Value {
    json!({
        "date": "2026-03-01", "municipality": "København",
        "adults": [{ "age": 41, "benefit": { "kind": "dagpenge" } }],
        "job": { "hours_per_week": 37, "monthly_wage": 33500 },
    })
}

fn with_scenario(s: Value) -> String {
    let mut c = base();
    c["scenarios"] = json!([{ "id": "s1", "title": "37 timer", "saved": "2026-03-01", "scenario": s }]);
    c.to_string()
}

fn invalid(text: &str) -> String {
    match Case::from_json(text) {
        Err(CaseError::Invalid(e)) => e.to_string(),
        other => panic!("expected an invalid case, got {other:?}"),
    }
}

#[test]
fn a_valid_case_still_parses() {
    assert!(Case::from_json(&with_scenario(scenario())).is_ok());
}

#[test]
fn saved_scenario_without_adults_is_refused_not_a_panic() {
    let mut s = scenario();
    s["adults"] = json!([]);
    let e = invalid(&with_scenario(s));
    assert!(e.starts_with("scenarios[0].scenario.adults: 0 er ikke et gyldigt antal"), "{e}");
}

#[test]
fn saved_scenario_checks_apply_inside_a_case() {
    let mut s = scenario();
    s["adults"] = json!([{ "age": 30 }, { "age": 30 }, { "age": 30 }]);
    assert!(invalid(&with_scenario(s)).starts_with("scenarios[0].scenario.adults: 3 er"));
    let mut s = scenario();
    s["housing"] = json!({ "rent_monthly": -5000, "area": 60 });
    assert!(invalid(&with_scenario(s)).starts_with("scenarios[0].scenario.housing.rent_monthly: -5000 er ikke et gyldigt beløb"));
    let mut s = scenario();
    s["adults"][0]["work"] = json!({ "hours_per_week": -37, "hourly_wage": 150 });
    assert_eq!(
        invalid(&with_scenario(s)),
        "scenarios[0].scenario.adults[0].work.hours_per_week: -37 er ikke et gyldigt antal timer (0–80)"
    );
}

#[test]
fn dates_in_a_case_are_bounded() {
    let mut c = base();
    c["events"][0]["date"] = json!("0000-01-01");
    assert_eq!(invalid(&c.to_string()), "events[0].date: 0000-01-01 ligger uden for årene 1900–2200");
    let mut c = base();
    c["notes"] = json!([{ "date": "+262143-12-31", "text": "x" }]);
    assert!(invalid(&c.to_string()).starts_with("notes[0].date:"));
}

#[test]
fn text_in_a_case_is_bounded_and_clean() {
    let mut c = base();
    c["person"] = json!("Jens\u{202E}nesnaH");
    assert!(invalid(&c.to_string()).starts_with("person: indeholder U+202E"));
    let mut c = base();
    c["title"] = json!("Sag\u{0}");
    assert!(invalid(&c.to_string()).starts_with("title: indeholder styretegnet U+0000"));
    let mut c = base();
    c["events"][0]["note"] = json!("x".repeat(100_000));
    assert!(invalid(&c.to_string()).starts_with("events[0].note: teksten er for lang"));
    let mut c = base();
    c["reminder_days"] = json!([4_000_000_000u32]);
    assert!(invalid(&c.to_string()).starts_with("reminder_days[0]: 4000000000 er ikke"));
}

#[test]
fn byte_order_mark_is_accepted() {
    assert!(Case::from_json(&format!("\u{feff}{}", base())).is_ok());
}

#[test]
fn shape_errors_name_the_field_not_the_line() {
    let mut c = base();
    c["events"][0]["kind"] = json!(7);
    let e = invalid(&c.to_string());
    assert!(e.starts_with("events[0].kind: "), "{e}");
    assert!(!e.contains("line 1"), "{e}");
}

fn decision(date: NaiveDate) -> Case {
    let mut c = Case::new("c1", "Sag", "2026-03-01T10:00:00Z");
    c.events.push(Event {
        id: "e1".into(),
        kind: EventKind::Decision,
        date,
        delivery: Default::default(),
        employment: Default::default(),
        authority: String::new(),
        case_number: String::new(),
        note: String::new(),
    });
    c
}

/// A deadline that cannot be computed is a result with the event and the
/// reason — in the API, the .ics and the reminders — not a gap.
#[test]
fn deadline_that_cannot_be_computed_is_reported() {
    let rules = RuleSet::builtin().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 3, 6).unwrap();
    // A case built in code (or stored before the date bound) with year 0.
    let mut year0 = decision(NaiveDate::from_ymd_opt(0, 1, 1).unwrap());
    year0.reminder_days = vec![7];
    // Sick from a day before the sygedagpenge rule in the data (from 1 July 2014): no rule in force.
    let mut early = decision(NaiveDate::from_ymd_opt(2000, 1, 3).unwrap());
    early.events[0].kind = EventKind::SickFrom;
    for c in [&year0, &early] {
        let all = c.deadlines(&rules, today);
        assert!(all.is_empty(), "{all:?}");
        assert_eq!(all.failed.len(), 1);
        assert_eq!(all.failed[0].event_id, "e1");
        let _: &DeadlineError = &all.failed[0].error;
        let results = c.deadline_results(&rules, today);
        assert!(matches!(&results[..], [Err(f)] if f.event_id == "e1"), "{results:?}");
        let ics = ret_og_frist_cases::ics::calendar(&[(c, all)], |k| k.id().to_string());
        assert!(!ics.contains("BEGIN:VEVENT"));
        assert_eq!(ics.failed.len(), 1, "the caller learns what is missing from the calendar");
        let r = c.due_reminders(&rules, today);
        assert!(
            matches!(&r[..], [ret_og_frist_cases::Reminder::CannotCompute(f)] if f.event_id == "e1"),
            "{r:?}"
        );
        let t = ret_og_frist_i18n::Texts::new(ret_og_frist_i18n::Lang::Da);
        let text = r[0].text(&t);
        assert!(text.contains("Sag"), "{text}");
    }
}

/// locales/*/input.ftl: the same ids in all four languages, one per problem
/// code, and the Danish file says what `InputError`'s Display says.
#[test]
fn input_texts_in_all_languages() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    use ret_og_frist_core::input::{check_date, check_line, check_range, rule, InputError, Quantity};
    let load = |lang: &str| {
        let src = std::fs::read_to_string(format!("{}/../locales/{lang}/input.ftl", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let res = FluentResource::try_new(src).unwrap_or_else(|(_, e)| panic!("{lang}: {e:?}"));
        let mut b = FluentBundle::new(vec![lang.parse::<unic_langid::LanguageIdentifier>().unwrap()]);
        b.set_use_isolating(false);
        b.add_resource(res).unwrap();
        b
    };
    let ids = |lang: &str| -> Vec<String> {
        let src = std::fs::read_to_string(format!("{}/../locales/{lang}/input.ftl", env!("CARGO_MANIFEST_DIR"))).unwrap();
        src.lines().filter_map(|l| l.split_once(" =").map(|(id, _)| id.to_string())).filter(|id| !id.starts_with(['#', ' '])).collect()
    };
    let da = ids("da");
    for lang in ["en", "uk", "ar"] {
        assert_eq!(ids(lang), da, "{lang}");
        load(lang);
    }
    let bundle = load("da");
    let word = |e: &InputError| -> String {
        let v = serde_json::to_value(e).unwrap();
        let p = &v["problem"];
        let code = p["code"].as_str().unwrap();
        let id = if code == "rule" { format!("input-rule-{}", p["rule"].as_str().unwrap()) } else { format!("input-{code}") };
        let msg = bundle.get_message(&id).unwrap_or_else(|| panic!("no {id}")).value().unwrap();
        let mut args = FluentArgs::new();
        args.set("value", e.value.clone());
        for (k, x) in p.as_object().unwrap() {
            args.set(k.clone(), x.as_str().map(String::from).unwrap_or_else(|| x.to_string()));
        }
        if code == "year" {
            args.set("min", ret_og_frist_core::dates::FIRST_YEAR.to_string());
            args.set("max", ret_og_frist_core::dates::LAST_YEAR.to_string());
        }
        let mut errs = Vec::new();
        format!("{}: {}", e.field, bundle.format_pattern(msg, Some(&args), &mut errs))
    };
    let samples = [
        check_range("h", -37, 0, 80, Quantity::Hours).unwrap_err(),
        check_range("a", 4_000_000_000u32, 15, 120, Quantity::Age).unwrap_err(),
        check_range("n", 3, 1, 2, Quantity::Count).unwrap_err(),
        check_date("d", NaiveDate::from_ymd_opt(0, 1, 1).unwrap()).unwrap_err(),
        check_line("t", "a\u{202E}").unwrap_err(),
        check_line("t", "a\u{7}").unwrap_err(),
        check_line("t", &"x".repeat(400)).unwrap_err(),
        rule("married", "", "married-needs-two-adults"),
        rule("job", "", "wage-or-monthly"),
        rule("job.hours_per_week", "", "monthly-wage-needs-hours"),
        rule("job.hourly_wage", "", "wage-missing"),
    ];
    for e in &samples {
        assert_eq!(word(e), e.to_string());
    }
}

/// Answers typed into a form (not parsed from JSON) are checked the same way.
#[test]
fn answers_built_in_code_are_validated() {
    use ret_og_frist_letters::{Answers, AnswersError, LetterKind};
    let text = std::fs::read_to_string(format!("{}/../docs/examples/letters/aktindsigt.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut a = Answers::from_json(&text).unwrap();
    assert_eq!(a.validate(LetterKind::Aktindsigt), Ok(()));
    a.sender.name = "Jens\u{202E}nesnaH".into();
    let e = a.validate(LetterKind::Aktindsigt).unwrap_err();
    assert!(matches!(&e, AnswersError::Invalid(i) if i.field == "sender.name"), "{e:?}");
    a.sender.name.clear();
    assert_eq!(a.validate(LetterKind::Aktindsigt), Err(AnswersError::Missing(vec!["sender.name"])));
}

/// Deep nesting and huge documents end in a message, not a stack overflow.
#[test]
fn deep_and_huge_documents_are_refused() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(Case::from_json(&deep).is_err());
    let mut c = base();
    c["notes"] = json!([{ "date": "2026-03-01", "text": "x" }]);
    c["person"] = json!({ "a": deep });
    assert!(Case::from_json(&c.to_string()).is_err());
    let mut c = base();
    c["events"] = Value::Array(vec![c["events"][0].clone(); 2_000]);
    let e = invalid(&c.to_string());
    assert!(e.starts_with("events: 2000 er for mange (højst 1000)"), "{e}");
}
