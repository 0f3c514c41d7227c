//! Hostile rule values never hang, panic or slip through: every parameter has
//! a range in the rule data, checked when rules load, on an override and (via
//! `with_valid_overrides`) for a case's overrides; and the calendar walk is
//! bounded even for a value that got past those checks.

use chrono::NaiveDate;
use ret_og_frist_core::deadlines::{compute, DeadlineError, DeadlineKind, DeadlineRequest, Delivery, Employment};
use ret_og_frist_core::gain::{evaluate, Scenario};
use ret_og_frist_core::rules::{Override, OverrideError, RulesError, BUILTIN_FILES};
use ret_og_frist_core::RuleSet;
use rust_decimal::Decimal;
use std::time::{Duration, Instant};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn paper(date: NaiveDate) -> DeadlineRequest {
    DeadlineRequest { kind: DeadlineKind::Complaint, date, delivery: Delivery::Paper, employment: Employment::Employee }
}

fn ov(path: &str, value: &str) -> Override {
    Override::parse(&format!("{path}={value}"), "test").unwrap()
}

/// The built-in files with one text replaced in one file.
fn files_with(file: &str, from: &str, to: &str) -> Vec<(&'static str, String)> {
    BUILTIN_FILES
        .iter()
        .map(|(p, t)| {
            if *p == file {
                assert!(t.contains(from), "{file} lacks {from:?}");
                (*p, t.replacen(from, to, 1))
            } else {
                (*p, t.to_string())
            }
        })
        .collect()
}

fn load(files: &[(&'static str, String)]) -> Result<RuleSet, RulesError> {
    let pairs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    RuleSet::from_files(&pairs)
}

#[test]
fn the_reported_override_is_refused_with_path_value_and_range() {
    // `navigator deadline complaint --sent 2026-03-05 --post paper --override post.paper=99999999`
    // used to count 99,999,999 working days.
    let rules = RuleSet::builtin().unwrap();
    let err = rules.with_overrides(&[ov("post.paper", "99999999")]).unwrap_err();
    assert!(matches!(err, OverrideError::OutOfRange { .. }), "{err:?}");
    let text = err.to_string();
    for part in ["post.paper", "99999999", "0 to 30", "delivery-days"] {
        assert!(text.contains(part), "{text:?} lacks {part:?}");
    }
    // Just inside the range is accepted.
    assert!(rules.with_overrides(&[ov("post.paper", "30")]).is_ok());
    assert!(rules.with_overrides(&[ov("post.paper", "31")]).is_err());
}

#[test]
fn every_kind_of_parameter_is_range_checked_on_override() {
    let rules = RuleSet::builtin().unwrap();
    for (path, bad, good) in [
        ("frist.complaint", "521", "520"),
        ("frist.complaint", "-1", "0"),
        ("frist.ombudsman", "121", "120"),
        ("frist.aktindsigt", "4000000000", "2610"),
        ("frist.sygedagpenge.excluded_days.employee", "366", "365"),
        ("skat.bundskat.sats", "100.01", "100"),
        ("skat.bundskat.sats", "-0.5", "0"),
        ("friplads.antal_trin", "0", "1"),
        ("dagpenge.fuldtid_timer", "0", "1"),
        ("kommune.København.kommuneskat", "2339", "23.39"),
        ("kommune.København.kirkeskat", "5.01", "5"),
    ] {
        let err = rules.with_overrides(&[ov(path, bad)]).unwrap_err();
        assert!(matches!(&err, OverrideError::OutOfRange { path: p, .. } if p == path), "{path}={bad}: {err:?}");
        assert!(err.to_string().contains(bad.trim_start_matches('-')), "{err}");
        rules.with_overrides(&[ov(path, good)]).unwrap_or_else(|e| panic!("{path}={good}: {e}"));
    }
}

#[test]
fn a_case_override_out_of_range_is_left_out_and_reported() {
    // A case file carrying `post.paper = 99999999` used to import as "added"
    // and hang `case show`: case rules go through with_valid_overrides.
    let rules = RuleSet::builtin().unwrap();
    let overrides = vec![ov("post.paper", "99999999"), ov("frist.complaint", "5")];
    let case_rules = rules.with_valid_overrides(&overrides);
    assert_eq!(case_rules.post["paper"].delay.values[0].v, Decimal::from(6), "the bad override is left out");
    assert_eq!(case_rules.frister["complaint"].length.values[0].v, Decimal::from(5), "the good one is kept");
    let started = Instant::now();
    let r = compute(&case_rules, &paper(d(2026, 3, 5))).unwrap();
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(r.deadline, d(2026, 4, 17)); // received Fri 13 Mar + 5 weeks
    let rejected = rules.rejected_overrides(&overrides);
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].path(), "post.paper");
    assert!(rejected[0].to_string().contains("99999999"), "{}", rejected[0]);
}

#[test]
fn a_value_that_got_past_the_checks_cannot_hang_the_engine() {
    let mut rules = RuleSet::builtin().unwrap();
    for v in &mut rules.post.get_mut("paper").unwrap().delay.values {
        v.v = Decimal::from(99_999_999);
    }
    let started = Instant::now();
    let err = compute(&rules, &paper(d(2026, 3, 5))).unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5), "took {:?}", started.elapsed());
    assert!(matches!(&err, DeadlineError::TooFar { path, .. } if path == "post.paper"), "{err:?}");
    assert!(err.to_string().contains("post.paper"), "{err}");

    // The same for a count of working days in a deadline itself.
    let mut rules = RuleSet::builtin().unwrap();
    for v in &mut rules.frister.get_mut("aktindsigt").unwrap().length.values {
        v.v = Decimal::from(u32::MAX);
    }
    let req = DeadlineRequest { kind: DeadlineKind::Aktindsigt, ..paper(d(2026, 3, 5)) };
    assert!(matches!(compute(&rules, &req), Err(DeadlineError::TooFar { .. })));
    // Weeks, months and days are date arithmetic: far values give an error, never a panic.
    let mut rules = RuleSet::builtin().unwrap();
    for v in &mut rules.frister.get_mut("complaint").unwrap().length.values {
        v.v = Decimal::from(u32::MAX);
    }
    let req = DeadlineRequest { delivery: Delivery::Digital, ..paper(d(2026, 3, 5)) };
    assert!(compute(&rules, &req).is_err());
}

#[test]
fn every_deadline_parameter_at_its_limits_computes_quickly() {
    let rules = RuleSet::builtin().unwrap();
    let started = Instant::now();
    for (path, p) in rules.parameters() {
        for value in [p.min, p.max] {
            let changed = rules.with_overrides(&[ov(&path, &value.to_string())]).unwrap();
            for kind in DeadlineKind::all() {
                for delivery in [Delivery::Digital, Delivery::Paper, Delivery::Quickpost] {
                    for employment in [Employment::Employee, Employment::SelfEmployed] {
                        let req = DeadlineRequest { kind, date: d(2026, 12, 24), delivery, employment };
                        // Any value in range gives a date (or an honest error), never a hang.
                        let _ = compute(&changed, &req);
                    }
                }
            }
        }
    }
    assert!(started.elapsed() < Duration::from_secs(60), "took {:?}", started.elapsed());
}

#[test]
fn every_rate_at_its_limits_never_panics_the_gain_engine() {
    let scenario: Scenario = toml::from_str(
        r#"
        date = "2026-03-01"
        municipality = "Odense"
        adults = [{ age = 32, benefit = { kind = "kontanthjaelp", sats = "forhoejet", monthly_amount = 17200 } }]
        children = [{ age = 4 }, { age = 9 }, { age = 16 }]
        housing = { rent_monthly = 7400, area = 82, heating_separate = false }
        job = { hours_per_week = 30, hourly_wage = 175 }
        costs = { childcare_monthly = 2900, transport_monthly = 450 }
        "#,
    )
    .unwrap();
    let dagpenge: Scenario = toml::from_str(
        r#"
        date = "2026-03-01"
        municipality = "Aarhus"
        adults = [{ age = 40, benefit = { kind = "dagpenge", monthly_amount = 19000 } }]
        job = { hours_per_week = 10, hourly_wage = 190 }
        "#,
    )
    .unwrap();
    let rules = RuleSet::builtin().unwrap();
    for (path, s) in rules.satser.iter().filter(|(p, _)| !p.starts_with("kommune.") || p.contains("Odense")) {
        for value in [s.min, s.max] {
            let changed = rules.with_overrides(&[ov(path, &value.to_string())]).unwrap();
            for sc in [&scenario, &dagpenge] {
                let result = std::panic::catch_unwind(|| evaluate(&changed, sc));
                assert!(result.is_ok(), "{path}={value} panics the gain engine");
            }
        }
    }
}

#[test]
fn a_value_outside_its_own_range_is_a_load_error() {
    let err = load(&files_with(
        "dk/frister.toml",
        "values = [{ from = \"2018-06-26\", n = 6,",
        "values = [{ from = \"2018-06-26\", n = 99999999,",
    ))
    .unwrap_err()
    .to_string();
    assert!(err.contains("post.paper") && err.contains("99999999") && err.contains("0..=30"), "{err}");

    let err = load(&files_with("dk/satser/skat.toml", "v = 12.01", "v = 1201")).unwrap_err().to_string();
    assert!(err.contains("skat.bundskat.sats") && err.contains("1201"), "{err}");

    let err = load(&files_with("dk/satser/kommuner.toml", "kommuneskat = 23.39", "kommuneskat = 2339"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("kommune.København.kommuneskat") && err.contains("2339"), "{err}");

    let err = load(&files_with("dk/frister.toml", "min = 0\nmax = 520", "min = 600\nmax = 520")).unwrap_err().to_string();
    assert!(err.contains("frist.complaint") && err.contains("min 600 is above max 520"), "{err}");
}

#[test]
fn a_parameter_without_a_range_is_a_load_error() {
    let err = load(&files_with("dk/frister.toml", "max = 30  #", "#")).unwrap_err().to_string();
    assert!(err.contains("dk/frister.toml") && err.contains("max"), "{err}");
    let err = load(&files_with("dk/satser/skat.toml", "min = 0\n", "")).unwrap_err().to_string();
    assert!(err.contains("dk/satser/skat.toml") && err.contains("min"), "{err}");
    let err = load(&files_with("dk/satser/kommuner.toml", "[range.kirkeskat]", "[range.other]")).unwrap_err().to_string();
    assert!(err.contains("kommuner.toml") && err.contains("kirkeskat"), "{err}");
}

#[test]
fn every_builtin_parameter_has_a_range_that_holds_its_values() {
    let rules = RuleSet::builtin().unwrap();
    for (path, p) in rules.parameters() {
        assert!(p.min <= p.max, "{path}");
        assert!(p.values.iter().all(|v| (p.min..=p.max).contains(&v.v)), "{path}");
    }
    for (path, s) in &rules.satser {
        assert!(s.min <= s.max && s.min >= Decimal::ZERO, "{path}");
        assert!(s.values.iter().all(|v| v.v >= s.min && v.v <= s.max), "{path}");
    }
}
