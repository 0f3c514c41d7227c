//! Golden deadline cases from `tests/cases/deadlines/*.toml`.
//!
//! Each case was worked out by hand (arithmetic and § in the file's comments),
//! independently of this engine. The test fails on any date or warning mismatch.

use chrono::NaiveDate;
use ret_og_frist_core::deadlines::{compute, DeadlineRequest, Warning};
use ret_og_frist_core::{DeadlineKind, Delivery, Employment, RuleSet};
use serde::Deserialize;
mod common;

#[derive(Debug, Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    kind: DeadlineKind,
    delivery: Option<Delivery>,
    received: Option<NaiveDate>,
    sent: Option<NaiveDate>,
    decided: Option<NaiveDate>,
    reply_by: Option<NaiveDate>,
    first_sick_day: Option<NaiveDate>,
    employment: Option<Employment>,
    expected: NaiveDate,
    #[serde(default)]
    warnings: Vec<String>,
}

fn cases() -> Vec<(String, Case)> {
    common::files::<File>("deadlines").into_iter().flat_map(|(name, f)| f.case.into_iter().map(move |c| (name.clone(), c))).collect()
}

/// The deadline each case gets under `rules` (an error counts as an outcome too).
fn outcomes(rules: &RuleSet, all: &[(String, Case)]) -> Vec<Result<NaiveDate, String>> {
    all.iter()
        .map(|(_, c)| compute(rules, &request(c)).map(|r| r.deadline).map_err(|e| e.to_string()))
        .collect()
}

fn request(c: &Case) -> DeadlineRequest {
    let date = c.received.or(c.sent).or(c.decided).or(c.reply_by).or(c.first_sick_day).expect("a date field");
    DeadlineRequest {
        kind: c.kind,
        date,
        delivery: c.delivery.unwrap_or_default(),
        employment: c.employment.unwrap_or_default(),
    }
}

/// Nudging any deadline parameter by one must change at least one golden case:
/// a parameter no case notices is either dead or untested.
#[test]
fn no_dead_parameters() {
    let base = RuleSet::builtin().unwrap();
    let all = cases();
    let before = outcomes(&base, &all);
    let paths: Vec<String> = base.parameters().into_iter().map(|(p, _)| p).collect();
    for path in paths {
        let mut nudged = base.clone();
        let parts: Vec<&str> = path.split('.').collect();
        let param = match parts.as_slice() {
            ["frist", id] => &mut nudged.frister.get_mut(*id).unwrap().length,
            ["frist", id, "excluded_days", sub] => {
                nudged.frister.get_mut(*id).unwrap().excluded_days.get_mut(*sub).unwrap()
            }
            ["post", id] => &mut nudged.post.get_mut(*id).unwrap().delay,
            _ => panic!("unknown parameter path {path}"),
        };
        for v in &mut param.values {
            v.v += rust_decimal::Decimal::ONE;
        }
        assert_ne!(outcomes(&nudged, &all), before, "{path}: no golden case depends on it");
    }
}

#[test]
fn golden_deadline_cases() {
    let rules = RuleSet::builtin().unwrap();
    let all = cases();
    assert!(all.len() >= 40, "expected at least 40 cases, found {}", all.len());
    let mut failures = Vec::new();
    for (file, c) in &all {
        let date = c
            .received
            .or(c.sent)
            .or(c.decided)
            .or(c.reply_by)
            .or(c.first_sick_day)
            .unwrap_or_else(|| panic!("{file}: {}: no date field", c.name));
        let req = DeadlineRequest {
            kind: c.kind,
            date,
            delivery: c.delivery.unwrap_or_default(),
            employment: c.employment.unwrap_or_default(),
        };
        match compute(&rules, &req) {
            Ok(r) => {
                // The cases speak about the two warnings that depend on the calendar.
                let got: Vec<&str> = r
                    .warnings
                    .iter()
                    .filter_map(|w| match w {
                        Warning::UncertainDay { .. } => Some("uncertain-day"),
                        Warning::AuthorityDateNotWorkingDay { .. } => {
                            Some("authority-date-not-working-day")
                        }
                        _ => None,
                    })
                    .collect();
                if r.deadline != c.expected || got != c.warnings {
                    failures.push(format!(
                        "{file}: {}: expected {} {:?}, got {} {:?}",
                        c.name, c.expected, c.warnings, r.deadline, got
                    ));
                }
            }
            Err(e) => failures.push(format!("{file}: {}: error {e}", c.name)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
    println!("{} golden deadline cases passed", all.len());
}

#[test]
fn overrides_change_results_and_need_a_note() {
    use ret_og_frist_core::rules::{Override, OverrideError};
    let base = RuleSet::builtin().unwrap();
    let req = DeadlineRequest {
        kind: DeadlineKind::Complaint,
        date: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
        delivery: Delivery::Digital,
        employment: Employment::Employee,
    };
    // Baseline: 4 weeks → Tue 7 Apr 2026. Overridden to 5 weeks: Thu 9 Apr 2026.
    let o = Override { path: "frist.complaint".into(), value: 5.into(), note: "test: 5 weeks".into() };
    let changed = base.with_overrides(&[o]).unwrap();
    assert_eq!(compute(&base, &req).unwrap().deadline, NaiveDate::from_ymd_opt(2026, 4, 7).unwrap());
    let r = compute(&changed, &req).unwrap();
    assert_eq!(r.deadline, NaiveDate::from_ymd_opt(2026, 4, 9).unwrap());
    assert!(r.rules.iter().any(|u| u.citation.note.as_deref().is_some_and(|n| n.contains("OVERRIDDEN"))));
    let no_note = Override { path: "frist.complaint".into(), value: 5.into(), note: String::new() };
    assert!(matches!(base.with_overrides(&[no_note]), Err(OverrideError::NoNote(_))));
    assert!(matches!(Override::parse("frist.nope=3", "x").and_then(|o| base.with_overrides(&[o])), Err(OverrideError::UnknownPath(_))));
    assert!(matches!(Override::parse("frist.complaint", "x"), Err(OverrideError::Syntax(_))));
}
