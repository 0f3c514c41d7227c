//! `status = "derived"` on a rate: a number computed from official inputs by a
//! stated method, used like an adopted value (the law applies) but never passed
//! off as a published figure. The loader insists on the method and on modesty.

use chrono::NaiveDate;
use ret_og_frist_core::rules::{RulesError, Status, BUILTIN_FILES};
use ret_og_frist_core::RuleSet;

fn load_with(file: &str, from: &str, to: &str) -> Result<RuleSet, RulesError> {
    let files: Vec<(&str, String)> = BUILTIN_FILES
        .iter()
        .map(|(p, t)| {
            if *p == file {
                assert!(t.contains(from), "{file} lacks {from:?}");
                (*p, t.replacen(from, to, 1))
            } else {
                (*p, t.to_string())
            }
        })
        .collect();
    let pairs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    RuleSet::from_files(&pairs)
}

#[test]
fn derived_values_are_used_and_labelled() {
    let rules = RuleSet::builtin().unwrap();
    let d = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    // Fleksjob bundgrænse 2026 = 16.911 × 1,045 = 17.672 (derived, not published).
    let v = rules.satser["fleksjob.bundgraense"].at(d).unwrap();
    assert_eq!(v.v.to_string(), "17672");
    assert!(v.derived);
    assert_eq!(v.status, Status::Adopted, "the law applies; only the number is computed");
    // The rule browser's current value carries the mark too, and published values do not.
    let e = rules.entry("fleksjob.bundgraense").unwrap();
    assert!(e.current(d).unwrap().derived);
    assert!(!e.current(NaiveDate::from_ymd_opt(2024, 6, 1).unwrap()).unwrap().derived);
    // In the data and in a rule pack it is written `status = "derived"`, and reads back the same.
    let json = serde_json::to_value(v).unwrap();
    assert_eq!(json["status"], "derived");
    let back: ret_og_frist_core::satser::SatsValue = serde_json::from_value(json).unwrap();
    assert_eq!(&back, v);
}

#[test]
fn a_derived_value_needs_its_method_in_the_note() {
    let err = load_with("dk/satser/ydelser.toml", "AFLEDT (derived): bundgrænsen", "bundgrænsen")
        .unwrap_err()
        .to_string();
    assert!(err.contains("fleksjob.bundgraense") && err.contains("derived"), "{err}");
}

#[test]
fn a_derived_value_cannot_claim_high_confidence() {
    let err = load_with(
        "dk/satser/ydelser.toml",
        "v = 17672, confidence = \"low\", status = \"derived\"",
        "v = 17672, confidence = \"high\", status = \"derived\"",
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("fleksjob.bundgraense") && err.contains("high"), "{err}");
}
