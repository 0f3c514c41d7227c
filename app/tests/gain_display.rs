//! The gain screen's display choices come from the rule data (`gevinst.*`),
//! and an override of them changes what the use cases do.

use chrono::NaiveDate;
use ret_og_frist_app::{ActiveRules, RuleSources};
use ret_og_frist_core::gain::{self, Scenario};
use ret_og_frist_core::rules::Override;
use rust_decimal::Decimal;

fn scenario() -> Scenario {
    Scenario::from_json(include_str!("../../docs/examples/gain/single-parent-2.json")).expect("example is valid")
}

fn over(path: &str, v: i64) -> Override {
    Override { path: path.into(), value: Decimal::from(v), note: "test: another display choice, https://example.org".into() }
}

#[test]
fn the_reference_day_is_the_rule_data_day() {
    let a = ActiveRules::builtin();
    // The built-in data says 1 July (month 7, day 1), read through the rules.
    let m = a.rules().satser["gevinst.referencedag.maaned"].values[0].v;
    let d = a.rules().satser["gevinst.referencedag.dag"].values[0].v;
    for year in [2024, 2025, 2026] {
        let want = NaiveDate::from_ymd_opt(year, m.try_into().unwrap(), d.try_into().unwrap()).unwrap();
        assert_eq!(a.reference_day(year).unwrap(), want);
    }
    assert_eq!(a.reference_day(2026).unwrap(), NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
}

#[test]
fn an_override_moves_the_reference_day_and_the_chart() {
    let sources = RuleSources {
        pack: None,
        overrides: vec![over("gevinst.referencedag.maaned", 1), over("gevinst.kurve.trin", 10), over("gevinst.kurve.maks_timer", 20)],
    };
    let a = ActiveRules::resolve(&sources);
    assert!(a.rejected_overrides().is_empty(), "{:?}", a.rejected_overrides());
    assert_eq!(a.reference_day(2026).unwrap(), NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    let sw = a.sweep(&scenario(), &[]).unwrap();
    assert_eq!(sw.points.len(), 11);
    assert_eq!(sw.points.last().unwrap().hours_per_week, Decimal::from(20));
}

#[test]
fn the_chart_sweep_is_the_sweep_over_the_data_range() {
    let a = ActiveRules::builtin();
    let s = scenario();
    let (hours, steps) = gain::chart_range(a.rules(), s.date).unwrap();
    assert_eq!((hours, steps), (Decimal::from(45), 45));
    let sw = a.sweep(&s, &[]).unwrap();
    assert_eq!(sw, gain::sweep(a.rules(), &s, hours, steps).unwrap());
    // A case's override applies to that case's sweep only.
    let case = a.sweep(&s, &[over("gevinst.kurve.trin", 5)]).unwrap();
    assert_eq!(case.points.len(), 6);
}
