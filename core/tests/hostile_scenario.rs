//! A scenario built by hand (the app's form) that skips the JSON checks is
//! still refused by the engine, never a panic.

use ret_og_frist_core::gain::{evaluate, sweep, Scenario};
use ret_og_frist_core::RuleSet;
use rust_decimal::Decimal;

fn valid() -> Scenario {
    Scenario::from_json(include_str!("../../docs/examples/gain/single.json")).unwrap()
}

#[test]
fn hand_built_invalid_scenario_is_cannot_compute() {
    let rules = RuleSet::builtin().unwrap();
    let mut s = valid();
    s.adults.clear();
    let e = evaluate(&rules, &s);
    assert!(e.gain_monthly.is_none() && e.benefit.is_none() && e.work.is_none());
    assert_eq!(e.cannot_compute[0].reason, "invalid-input");
    assert_eq!(e.cannot_compute[0].path, "adults");
    assert_eq!(sweep(&rules, &s, Decimal::from(37), 10).unwrap_err().path, "adults");
    let mut s = valid();
    s.job.hours_per_week = Decimal::from(-37);
    assert_eq!(evaluate(&rules, &s).cannot_compute[0].path, "job.hours_per_week");
}

#[test]
fn messages_name_field_and_value() {
    let text = include_str!("../../docs/examples/gain/single.json");
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    v["adults"][0]["work"] = serde_json::json!({ "hours_per_week": -37, "hourly_wage": 150 });
    let e = Scenario::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.to_string(), "adults[0].work.hours_per_week: -37 er ikke et gyldigt antal timer (0–80)");
    let e = Scenario::from_json(r#"{"date": 5}"#).unwrap_err();
    assert_eq!(e.field, "date");
    assert!(!e.to_string().contains("line 1"), "{e}");
}
