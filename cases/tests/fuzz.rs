//! A bounded fuzz target over everything the app reads as JSON: the case
//! (the JSON inside a decrypted case file, with saved scenarios, letter drafts
//! and a profile inside), a scenario, letter answers and a profile.
//!
//! Valid seed documents are mutated at random places — hostile numbers,
//! dates, control and direction-override characters, emptied or lengthened
//! lists, removed fields, broken bytes — and each result must:
//! - parse or be refused without a panic, within [`LIMIT`];
//! - when refused, name a field (or say it is not JSON), never "line 1 column";
//! - when accepted, pass its own checks, survive a round trip unchanged (so
//!   nothing is half-read), and be computed (deadlines, gain, letter) without
//!   a panic within the same limit.
//!
//! Runs in `cargo test` in a few seconds; raise `FUZZ_CASES` for a longer run.

use proptest::prelude::*;
use ret_og_frist_cases::Case;
use ret_og_frist_core::gain::{evaluate, Scenario};
use ret_og_frist_core::guide::status::Profile;
use ret_og_frist_core::RuleSet;
use ret_og_frist_letters::{Answers, LetterKind};
use serde_json::{json, Value};
use std::sync::OnceLock;
use std::time::Duration;

/// Per input: parsing and computing one document (debug build, shared machine).
const LIMIT: Duration = Duration::from_secs(10);

fn rules() -> &'static RuleSet {
    static R: OnceLock<RuleSet> = OnceLock::new();
    R.get_or_init(|| RuleSet::builtin().unwrap())
}

fn example(path: &str) -> Value {
    let text = std::fs::read_to_string(format!("{}/../docs/examples/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn seed_case() -> Value {
    json!({
        "schema": 2, "id": "c1", "version": 3, "updated": "2026-03-01T10:00:00Z", "title": "Sanktion",
        "person": "Jens Hansen",
        "profile": example("profile.json"),
        "events": [
            { "id": "e1", "kind": "decision", "date": "2026-03-05", "authority": "Aarhus Kommune" },
            { "id": "e2", "kind": "sick-from", "date": "2026-01-05", "employment": "employee" },
            { "id": "e3", "kind": "partshoering", "date": "2026-03-20", "delivery": "digital" },
        ],
        "drafts": [{ "id": "d1", "kind": "klage", "answers": example("letters/klage.json") }],
        "notes": [{ "date": "2026-03-06", "text": "Ringede til kommunen" }],
        "reminder_days": [7, 2],
        "history": ["0011223344556677"],
        "overrides": [{ "path": "frist.complaint", "value": 6, "note": "Aftalt" }],
        "scenarios": [{ "id": "s1", "title": "37 timer", "saved": "2026-03-01", "scenario": example("gain/couple-1.json") }],
    })
}

/// Values that have broken parsers before, or would.
fn hostile() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(null)),
        Just(json!(-37)),
        Just(json!(-1)),
        Just(json!(0)),
        Just(json!(4_000_000_000u64)),
        Just(json!(u64::MAX)),
        Just(json!(1e300)),
        Just(json!("79228162514264337593543950335")),
        Just(json!(0.000_000_000_000_000_000_000_1)),
        Just(json!("0000-01-01")),
        Just(json!("+262143-12-31")),
        Just(json!("2026-02-30")),
        Just(json!("2026-03-05")),
        Just(json!("Jens\u{202E}nesnaH")),
        Just(json!("a\u{0}b\u{7}\u{1b}[31m")),
        Just(json!("\u{2066}x\u{2069}")),
        Just(json!("x".repeat(30_000))),
        Just(json!([])),
        Just(json!({})),
        Just(json!([[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]])),
        Just(Value::Array(vec![json!({"age": 3}); 5_000])),
        Just(Value::Array(vec![json!(7); 5_000])),
        Just(json!(true)),
        "[a-z_-]{0,12}".prop_map(Value::String),
        any::<i64>().prop_map(|n| json!(n)),
    ]
}

#[derive(Debug, Clone)]
enum Mutation {
    /// Replace the value at a place.
    Set(Value),
    /// Remove a field or an element at a place.
    Remove,
    /// Repeat an array's first element many times.
    Grow(usize),
    /// Add an unknown field.
    Unknown,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        6 => hostile().prop_map(Mutation::Set),
        2 => Just(Mutation::Remove),
        1 => (2usize..3000).prop_map(Mutation::Grow),
        1 => Just(Mutation::Unknown),
    ]
}

/// Walk down `path` (each step picks a child by index modulo the count) and mutate there.
fn mutate(v: &mut Value, path: &[usize], m: &Mutation) {
    let (step, rest) = match path.split_first() {
        Some((s, r)) => (*s, r),
        None => return apply(v, None, m),
    };
    let n = match v {
        Value::Object(o) => o.len(),
        Value::Array(a) => a.len(),
        _ => 0,
    };
    if n == 0 || rest.is_empty() {
        // Mutate the child `step` of this container (or this value).
        return apply(v, (n > 0).then_some(step % n.max(1)), m);
    }
    let child = match v {
        Value::Object(o) => o.values_mut().nth(step % n),
        Value::Array(a) => a.get_mut(step % n),
        _ => None,
    };
    if let Some(c) = child {
        mutate(c, rest, m);
    }
}

fn apply(v: &mut Value, child: Option<usize>, m: &Mutation) {
    match (v, child, m) {
        (Value::Object(o), Some(i), Mutation::Remove) => {
            if let Some(k) = o.keys().nth(i).cloned() {
                o.remove(&k);
            }
        }
        (Value::Array(a), Some(i), Mutation::Remove) => {
            a.remove(i);
        }
        (Value::Object(o), Some(i), Mutation::Set(x)) => {
            if let Some(slot) = o.values_mut().nth(i) {
                *slot = x.clone();
            }
        }
        (Value::Array(a), Some(i), Mutation::Set(x)) => a[i] = x.clone(),
        (Value::Array(a), _, Mutation::Grow(n)) if !a.is_empty() => {
            let first = a[0].clone();
            a.extend(std::iter::repeat_n(first, *n));
        }
        (Value::Object(o), _, Mutation::Unknown) => {
            o.insert("surprise".into(), json!(1));
        }
        (v, _, Mutation::Set(x)) => *v = x.clone(),
        _ => {}
    }
}

/// Byte-level damage to the text: cut it, or insert a character somewhere.
fn damage(text: &str, at: usize, how: u8) -> String {
    let mut cut = at % (text.len() + 1);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    match how % 4 {
        0 => text[..cut].to_string(),
        1 => format!("{}\"{}", &text[..cut], &text[cut..]),
        2 => format!("{}}}{}", &text[..cut], &text[cut..]),
        _ => format!("\u{feff}{text}"),
    }
}

/// Run `f` on its own thread; fail if it panics or takes longer than [`LIMIT`].
fn bounded<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(LIMIT) {
        Ok(v) => v,
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => panic!("{what}: took longer than {LIMIT:?}"),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => panic!("{what}: panicked"),
    }
}

fn refused_well(e: &str) {
    assert!(!e.contains("line 1 column") || e.contains("JSON"), "message with a line and column but no field: {e}");
}

/// One document of each kind through its parser and everything computed from it.
fn check_case(text: String) {
    bounded("case", move || {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        match Case::from_json(&text) {
            Err(e) => refused_well(&e.to_string()),
            Ok(c) => {
                c.check().expect("an accepted case passes its checks");
                assert_eq!(Case::from_json(&c.to_json()).as_ref(), Ok(&c), "round trip");
                let d = c.deadlines(rules(), today);
                let _ = ret_og_frist_cases::ics::calendar(&[(&c, d)], |k| k.id().to_string());
                let _ = c.due_reminders(rules(), today);
                let case_rules = c.rules(rules());
                for s in &c.scenarios {
                    let _ = evaluate(&case_rules, &s.scenario);
                }
                for d in &c.drafts {
                    let _ = ret_og_frist_letters::compose(rules(), d.kind, &d.answers);
                }
                if let Some(p) = &c.profile {
                    let _ = rules().guide.status.evaluate(p);
                }
            }
        }
    });
}

fn check_scenario(text: String) {
    bounded("scenario", move || match Scenario::from_json(&text) {
        Err(e) => refused_well(&e.to_string()),
        Ok(s) => {
            s.check().expect("an accepted scenario passes its checks");
            let back: Scenario = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
            assert_eq!(back, s, "round trip");
            let _ = evaluate(rules(), &s);
        }
    });
}

fn check_answers(text: String) {
    bounded("answers", move || match Answers::from_json(&text) {
        Err(e) => refused_well(&e.to_string()),
        Ok(a) => {
            a.check().expect("accepted answers pass their checks");
            for kind in LetterKind::ALL {
                if let Ok(c) = ret_og_frist_letters::compose(rules(), kind, &a) {
                    let _ = ret_og_frist_letters::text::render(&c.letter);
                }
            }
        }
    });
}

fn check_profile(text: String) {
    bounded("profile", move || match Profile::from_json(&text) {
        Err(e) => refused_well(&e.to_string()),
        Ok(p) => {
            p.check().expect("an accepted profile passes its checks");
            let _ = rules().guide.status.evaluate(&p);
        }
    });
}

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn case_json(path in prop::collection::vec(any::<usize>(), 0..6), m in mutation(), at in any::<usize>(), how in any::<u8>(), raw in any::<bool>()) {
        let mut v = seed_case();
        mutate(&mut v, &path, &m);
        let text = v.to_string();
        check_case(if raw { damage(&text, at, how) } else { text });
    }

    #[test]
    fn scenario_json(path in prop::collection::vec(any::<usize>(), 0..5), m in mutation(), seed in 0usize..4, at in any::<usize>(), how in any::<u8>(), raw in any::<bool>()) {
        let mut v = example(["gain/couple-1.json", "gain/dagpenge.json", "gain/single-parent-2.json", "gain/single.json"][seed]);
        mutate(&mut v, &path, &m);
        let text = v.to_string();
        check_scenario(if raw { damage(&text, at, how) } else { text });
    }

    #[test]
    fn answers_json(path in prop::collection::vec(any::<usize>(), 0..5), m in mutation(), seed in 0usize..6, at in any::<usize>(), how in any::<u8>(), raw in any::<bool>()) {
        let mut v = example(&format!("letters/{}.json", LetterKind::ALL[seed].id()));
        mutate(&mut v, &path, &m);
        let text = v.to_string();
        check_answers(if raw { damage(&text, at, how) } else { text });
    }

    #[test]
    fn profile_json(path in prop::collection::vec(any::<usize>(), 0..3), m in mutation(), at in any::<usize>(), how in any::<u8>(), raw in any::<bool>()) {
        let mut v = example("profile.json");
        mutate(&mut v, &path, &m);
        let text = v.to_string();
        check_profile(if raw { damage(&text, at, how) } else { text });
    }
}

/// The findings of the issue, each once, so they never depend on chance.
#[test]
fn known_hostile_inputs() {
    let mut c = seed_case();
    c["scenarios"][0]["scenario"]["adults"] = json!([]);
    assert!(Case::from_json(&c.to_string()).is_err());
    let mut c = seed_case();
    c["events"][0]["date"] = json!("0000-01-01");
    assert!(Case::from_json(&c.to_string()).is_err());
    let mut a = example("letters/klage.json");
    a["letter_date"] = json!("0000-01-01");
    assert!(Answers::from_json(&a.to_string()).is_err());
    assert!(Case::from_json(&seed_case().to_string()).is_ok(), "the seed itself is valid");
    for kind in LetterKind::ALL {
        let text = example(&format!("letters/{}.json", kind.id())).to_string();
        assert!(Answers::from_json(&text).is_ok(), "{kind:?}");
    }
}
