//! The desktop shell's OS notifications must say what the window says. Both
//! now take their rules from the same sources through `ActiveRules::resolve`:
//! this test imports a signed rule pack that changes a deadline length, adds a
//! device override that changes the post delay and a case override, then
//! computes
//!
//! - the window's way: the sources as the page keeps them (the pack file's text
//!   and the overrides list in local storage), resolved, and the deadline of
//!   each event computed as the "Frister" screen does;
//! - the shell's way: the same sources sent through the `rules_set_active`
//!   command (JSON), saved and read back by the shell (`RuleSources::to_json`
//!   / `from_json`), resolved, and the due reminders of the case store;
//!
//! and requires every due reminder's deadline to equal the window's. The
//! control: the built-in rules give other dates, so the test fails if the
//! shell ignored the pack or the override (as it did before).
//!
//! The values in the test pack (8 weeks, 3 delivery days, 6 weeks) are test
//! data, not law.

use chrono::{Duration, NaiveDate};
use ret_og_frist_app::{ActiveRules, RuleSources};
use ret_og_frist_cases::{Case, Event, EventKind, Reminder};
use ret_og_frist_core::rules::{Override, BUILTIN_FILES};
use ret_og_frist_core::{DeadlineKind, DeadlineRequest, Delivery, Employment};
use ret_og_frist_rulepack::{build, builtin_info, keys, sign, to_bytes, TrustedKey};
use std::collections::BTreeMap;

const TEST_KEY: &str = include_str!("../../rules/keys/test.key");
const TEST_PUB: &str = include_str!("../../rules/keys/test.pub");

fn trusted() -> Vec<TrustedKey> {
    vec![keys::parse_public_key(TEST_PUB).unwrap()]
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// `text` with exactly one occurrence of `from` replaced by `to`.
fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "the rule file has drifted: {from}");
    text.replacen(from, to, 1)
}

/// A signed pack (test key) whose complaint deadline is 8 weeks instead of 4.
fn pack_text() -> String {
    let mut files: BTreeMap<String, String> =
        BUILTIN_FILES.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
    let current = builtin_info().version;
    files.insert(
        "dk/version.toml".into(),
        replace_once(&files["dk/version.toml"], &format!("\nversion = {current}\n"), &format!("\nversion = {}\n", current + 1)),
    );
    let frister = &files["dk/frister.toml"];
    let start = frister.find("[frist.complaint]").unwrap();
    let end = start + frister[start..].find("[frist.complaint-akasse]").unwrap();
    let block = replace_once(&frister[start..end], "n = 4,", "n = 8,");
    files.insert("dk/frister.toml".into(), format!("{}{}{}", &frister[..start], block, &frister[end..]));
    let pairs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let pack = build(&pairs, "test-shell", builtin_info().date).expect("the test pack builds");
    let key = keys::parse_private_key(TEST_KEY).unwrap();
    String::from_utf8(to_bytes(&sign(&pack, &key))).unwrap()
}

fn device_overrides() -> Vec<Override> {
    vec![Override { path: "post.paper".into(), value: 3.into(), note: "test: the adviser's correction".into() }]
}

fn event(id: &str, kind: EventKind, date: NaiveDate, delivery: Delivery) -> Event {
    serde_json::from_value(serde_json::json!({ "id": id, "kind": kind, "date": date, "delivery": delivery })).unwrap()
}

fn case() -> Case {
    let mut c = Case::new("c1", "Kontanthjælp", "2026-12-01T10:00:00Z");
    c.events.push(event("e1", EventKind::Decision, d("2026-11-02"), Delivery::Paper));
    c.events.push(event("e2", EventKind::Decision, d("2026-11-09"), Delivery::Digital));
    c.events.push(event("e3", EventKind::AkasseDecision, d("2026-11-16"), Delivery::Digital));
    c.overrides.push(Override { path: "frist.complaint-akasse".into(), value: 6.into(), note: "test: case".into() });
    c
}

/// The window: sources as local storage holds them, the Frister screen's computation.
fn window_deadline(sources: &RuleSources, c: &Case, e: &Event) -> NaiveDate {
    let active = ActiveRules::resolve_with_keys(sources, &trusted());
    let rules = active.for_case(&c.overrides);
    let req = DeadlineRequest {
        kind: e.kind.deadline_kind().unwrap(),
        date: e.date,
        delivery: e.delivery,
        employment: Employment::Employee,
    };
    ret_og_frist_core::deadlines::compute(&rules, &req).unwrap().deadline
}

/// The shell: the command's JSON payload, saved and read back, then its reminders.
fn shell_reminders(sources: &RuleSources, cases: &[Case], today: NaiveDate) -> Vec<Reminder> {
    let payload = serde_json::to_string(sources).unwrap();
    let received: RuleSources = serde_json::from_str(&payload).unwrap();
    let stored = RuleSources::from_json(&received.to_json());
    ActiveRules::resolve_with_keys(&stored, &trusted()).due_reminders(cases, today)
}

fn reminder_for<'a>(list: &'a [Reminder], event_id: &str) -> Option<&'a ret_og_frist_cases::CaseDeadline> {
    list.iter().find_map(|r| match r {
        Reminder::Deadline(d) if d.event_id == event_id => Some(d),
        _ => None,
    })
}

#[test]
fn the_shells_reminders_equal_the_windows_deadlines_under_a_pack_and_overrides() {
    let sources = RuleSources { pack: Some(pack_text()), overrides: device_overrides() };
    let active = ActiveRules::resolve_with_keys(&sources, &trusted());
    assert!(!active.pack().builtin, "the test pack loads: {:?}", active.dropped_pack());
    assert_eq!(active.overrides().len(), 1);
    let c = case();
    let builtin = RuleSources::default();
    // The control: no pack, no device and no case overrides.
    let plain = Case { overrides: Vec::new(), ..c.clone() };
    for e in &c.events {
        let window = window_deadline(&sources, &c, e);
        let without = window_deadline(&builtin, &plain, e);
        assert_ne!(window, without, "{}: the pack or an override changes this deadline", e.id);
        // Two days before the window's deadline the shell must remind of exactly that date.
        let today = window - Duration::days(2);
        let shell = shell_reminders(&sources, std::slice::from_ref(&c), today);
        let r = reminder_for(&shell, &e.id).unwrap_or_else(|| panic!("{}: no reminder on {today}: {shell:?}", e.id));
        assert_eq!(r.deadline, window, "{}: the notification's date is the screen's", e.id);
        assert_eq!(r.days_left, 2);
        assert!(r.overridden || e.id == "e2", "{}: an overridden rule is marked", e.id);
        // Without the pack and overrides the reminder is of another date, or there is none.
        let old = shell_reminders(&builtin, std::slice::from_ref(&plain), today);
        assert!(reminder_for(&old, &e.id).is_none_or(|o| o.deadline != window), "{}", e.id);
    }
}

#[test]
fn the_pack_changes_the_complaint_deadline_and_the_override_the_post_delay() {
    // Independent of the engine: 2 Nov 2026 (Mon) by ordinary post, 3 omdelingsdage
    // (override) → received Thu 5 Nov; + 8 weeks (pack) → Thu 31 Dec 2026. 31 Dec is
    // a working day in law (an uncertain day: the engine keeps it and warns).
    let sources = RuleSources { pack: Some(pack_text()), overrides: device_overrides() };
    let active = ActiveRules::resolve_with_keys(&sources, &trusted());
    let req = DeadlineRequest {
        kind: DeadlineKind::Complaint,
        date: d("2026-11-02"),
        delivery: Delivery::Paper,
        employment: Employment::Employee,
    };
    assert_eq!(active.deadline(&req).unwrap().deadline, d("2026-12-31"));
    // The baseline (the pack without the override): received Tue 10 Nov (6 days) + 8 weeks = Tue 5 Jan 2027.
    assert_eq!(active.baseline_deadline(&req), Some(d("2027-01-05")));
}

#[test]
fn a_pack_from_an_untrusted_key_is_dropped_by_the_shell_as_by_the_window() {
    let sources = RuleSources { pack: Some(pack_text()), overrides: vec![] };
    // This build's real keys do not include the test key.
    let active = ActiveRules::resolve(&sources);
    assert!(active.pack().builtin);
    assert_eq!(active.dropped_pack().map(|p| p.code), Some("untrusted_key"));
}
