//! Kontanthjælp from the rate table (no amount typed from the decision), 2026.
//!
//! The base rates `kontanthjaelp.sats.{mindstesats,grundsats,forhoejet,hjemmeboende}`
//! (LAS § 16, as worded by lov nr. 1655 af 30.12.2024, in force 1.7.2025) have no
//! sourced amount in the rule data: only the 2023 agreement's 2024-level figures were
//! found, not the law's own (rules/dk/satser/ydelser.toml, header). So:
//!
//! 1. with the built-in data the result must say it cannot compute, naming the rate
//!    that is missing, and must compute once the person gives the decision's amount;
//! 2. the table path's own arithmetic (which supplements go with which rate, LAS
//!    §§ 17-19, and the earnings deduction, LAS § 31) is checked with LENT base rates.
//!    The lent amounts (6.000 / 7.000 / 12.000 / 3.000 kr.) are round numbers chosen
//!    so that nobody mistakes them for the law's; every other figure is the 2026 rule
//!    data. When the law's amounts land in ydelser.toml, part 1 fails on purpose and
//!    golden cases with the real amounts must be added (tests/cases/gain, the oracle).

use ret_og_frist_core::gain::{evaluate, Evaluation, Scenario};
use ret_og_frist_core::paths::ABSENT;
use ret_og_frist_core::RuleSet;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::str::FromStr;

const SATSER: [&str; 4] = ["mindstesats", "grundsats", "forhoejet", "hjemmeboende"];

/// One adult on kontanthjælp, 2026-03-01, Aalborg; the job: 15 hours a week at 140 kr.
fn household(age: u32, benefit: Value, children: &[u32]) -> Value {
    let kids: Vec<Value> = children.iter().map(|a| json!({ "age": a })).collect();
    json!({
        "date": "2026-03-01",
        "municipality": "Aalborg",
        "married": false,
        "children": kids,
        "adults": [{ "age": age, "benefit": benefit }],
        "job": { "hours_per_week": 15, "hourly_wage": 140 }
    })
}

fn run(rules: &RuleSet, v: &Value) -> Evaluation {
    let s = Scenario::from_json(&v.to_string()).unwrap();
    evaluate(rules, &s)
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// The built-in rules with a LENT amount for each base rate (not the law's).
fn lent() -> RuleSet {
    let mut rules = RuleSet::builtin().unwrap();
    for (sats, v) in [("mindstesats", 6000), ("grundsats", 7000), ("forhoejet", 12000), ("hjemmeboende", 3000)] {
        // Any kr-month table will do as a shape; only the amounts matter here.
        let mut s = rules.satser["kontanthjaelp.boernetillaeg"].clone();
        for row in &mut s.values {
            row.v = Decimal::from(v);
        }
        rules.satser.insert(format!("kontanthjaelp.sats.{sats}"), s);
    }
    rules
}

fn kh_year(side: &Option<ret_og_frist_core::gain::Side>) -> Decimal {
    side.as_ref().unwrap().parts.get("kontanthjaelp").copied().unwrap_or_default()
}

#[test]
fn without_the_decisions_amount_the_result_names_the_missing_rate() {
    let rules = RuleSet::builtin().unwrap();
    for sats in SATSER {
        let path = format!("kontanthjaelp.sats.{sats}");
        assert!(
            ABSENT.contains(&path.as_str()) && !rules.satser.contains_key(&path),
            "{path} has data now: add golden cases with the law's amounts (tests/cases/gain) and drop this check"
        );
        let age = if sats == "hjemmeboende" { 22 } else { 35 };
        let e = run(&rules, &household(age, json!({ "kind": "kontanthjaelp", "sats": sats }), &[]));
        assert!(e.gain_monthly.is_none(), "{sats}: no totals without the rate");
        let miss = e.cannot_compute.iter().find(|c| c.path == path).unwrap_or_else(|| panic!("{sats}: {:?}", e.cannot_compute));
        assert_eq!(miss.what, "kontanthjaelp", "{sats}");
        assert_eq!(miss.reason, "no-such-rate", "{sats}");
        // Nothing else is blamed: the base rate is the only gap.
        assert!(e.cannot_compute.iter().all(|c| c.path == path), "{sats}: {:?}", e.cannot_compute);

        // With the amount from the decision it computes (the way the app asks for it).
        let e = run(&rules, &household(age, json!({ "kind": "kontanthjaelp", "sats": sats, "monthly_amount": 9000 }), &[]));
        assert!(e.cannot_compute.is_empty(), "{sats}: {:?}", e.cannot_compute);
        assert!(e.gain_monthly.is_some(), "{sats}");
    }
}

/// Forhøjet sats, single parent (35, one child of 5), lent rate 12.000 kr.
///
/// Today (LAS §§ 16-17): 12.000 + børnetillæg 2.909 (2026, § 17; one per person)
/// = 14.909 kr./md.; no tillæg til enlige forsørgere (§ 18: only on mindstesats or
/// grundsats) and no tillæg til enlige (§ 18: only non-forsørgere) → 178.908 kr./år.
///
/// With the job (LAS §§ 30-31): 15 h/week × 52 / 12 = 65 h/md.; wage 65 × 140 = 9.100.
/// ATP (ATP-loven, 39-77 h/md. = one third): 33 kr. AM-bidrag 8 % × (9.100 − 33)
/// = 725,36. Earnings counted: 9.100 − 33 − 725,36 = 8.341,64. Disregard 32,66 kr.
/// per hour (2026, derived, § 31, stk. 1) × 65 h (under the 160-hour cap) = 2.122,90.
/// Deduction 8.341,64 − 2.122,90 = 6.218,74. Help 14.909 − 6.218,74 = 8.690,26 kr./md.
/// → 104.283,12 kr./år.
#[test]
fn forhoejet_single_parent_gets_the_childrens_supplement_only_and_earnings_are_deducted() {
    let rules = lent();
    let e = run(&rules, &household(35, json!({ "kind": "kontanthjaelp", "sats": "forhoejet" }), &[5]));
    assert!(e.cannot_compute.is_empty(), "{:?}", e.cannot_compute);
    assert_eq!(kh_year(&e.benefit), Decimal::from(178_908));
    assert_eq!(kh_year(&e.work), d("104283.12"));
    let node = e.benefit.as_ref().unwrap().tree.find("kontanthjaelp.sats").unwrap().clone();
    assert!(node.rules.iter().any(|r| r == "kontanthjaelp.boernetillaeg"), "{:?}", node.rules);
    assert!(!node.rules.iter().any(|r| r.starts_with("kontanthjaelp.enlig")), "{:?}", node.rules);
}

/// Mindstesats (lent 6.000) against grundsats (lent 7.000), single parent of 24,
/// aktivitetsparat, one child of 5.
///
/// Mindstesats: 6.000 + børnetillæg 2.909 (§ 17) + tillæg til enlige forsørgere 1.712
/// (§ 18, 2026) = 10.621 kr./md. → 127.452 kr./år; no særligt ungetillæg (§ 19, stk. 1:
/// not on the mindstesats, which is § 16, stk. 2).
/// Grundsats: 7.000 + 2.909 + 1.712 + særligt ungetillæg for a parent under 30 who
/// gets børnetillæg 2.707 (§ 19, stk. 3, nr. 3, 2026) = 14.328 kr./md. → 171.936 kr./år.
#[test]
fn mindstesats_gets_the_single_parents_supplement_but_no_youth_supplement() {
    let rules = lent();
    let b = |sats: &str| json!({ "kind": "kontanthjaelp", "sats": sats, "aktivitetsparat": true });
    let e = run(&rules, &household(24, b("mindstesats"), &[5]));
    assert!(e.cannot_compute.is_empty(), "{:?}", e.cannot_compute);
    assert_eq!(kh_year(&e.benefit), Decimal::from(127_452));
    let e = run(&rules, &household(24, b("grundsats"), &[5]));
    assert!(e.cannot_compute.is_empty(), "{:?}", e.cannot_compute);
    assert_eq!(kh_year(&e.benefit), Decimal::from(171_936));
}

/// Hjemmeboende sats (lent 3.000), 22, living with a parent, no children, not
/// aktivitetsparat: 3.000 kr./md. and nothing else (§ 18's tillæg til enlige is only on
/// grundsats or forhøjet sats) → 36.000 kr./år. The same person on grundsats (lent
/// 7.000) gets the tillæg til enlige 1.141 (2026): 8.141 kr./md. → 97.692 kr./år.
/// With the job the deduction 6.218,74 (see above) is more than 3.000: no help.
#[test]
fn hjemmeboende_gets_no_single_supplement_and_the_job_ends_the_help() {
    let rules = lent();
    let e = run(&rules, &household(22, json!({ "kind": "kontanthjaelp", "sats": "hjemmeboende" }), &[]));
    assert!(e.cannot_compute.is_empty(), "{:?}", e.cannot_compute);
    assert_eq!(kh_year(&e.benefit), Decimal::from(36_000));
    assert_eq!(kh_year(&e.work), Decimal::ZERO);
    let e = run(&rules, &household(22, json!({ "kind": "kontanthjaelp", "sats": "grundsats" }), &[]));
    assert_eq!(kh_year(&e.benefit), Decimal::from(97_692));
}
