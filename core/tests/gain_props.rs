//! Invariants of the gain engine over random households (proptest).

use chrono::NaiveDate;
use proptest::prelude::*;
use ret_og_frist_core::gain::boligsikring::{boligsikring, Housing};
use ret_og_frist_core::gain::tax::{tax, TaxPerson};
use ret_og_frist_core::gain::{evaluate, Ctx, Scenario};
use ret_og_frist_core::RuleSet;
use rust_decimal::Decimal;
use std::sync::OnceLock;

fn rules() -> &'static RuleSet {
    static R: OnceLock<RuleSet> = OnceLock::new();
    R.get_or_init(|| RuleSet::builtin().unwrap())
}

fn date(y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, 7, 1).unwrap()
}

fn municipality() -> impl Strategy<Value = String> {
    let names: Vec<String> = rules().kommuner.iter().map(|k| k.name.clone()).collect();
    proptest::sample::select(names)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Tax is never negative, never above the income, and rises with the wage.
    #[test]
    fn tax_is_bounded_and_monotone(wage in 0u32..4_000_000, extra in 1u32..50_000, benefits in 0u32..300_000,
                                   church: bool, single_parent: bool, m in municipality(), y in 2025i32..=2026) {
        let c = Ctx::new(rules(), date(y));
        let p = |w: u32| TaxPerson { wage: w.into(), benefits: benefits.into(), church, single_parent, ..Default::default() };
        let a = &tax(&c, &m, &[p(wage)], false).unwrap()[0];
        let b = &tax(&c, &m, &[p(wage + extra)], false).unwrap()[0];
        prop_assert!(a.income_tax >= Decimal::ZERO);
        for t in [a.bundskat, a.mellemskat, a.topskat, a.toptopskat, a.kommuneskat, a.kirkeskat, a.am_bidrag] {
            prop_assert!(t >= Decimal::ZERO);
        }
        let gross = Decimal::from(wage) + Decimal::from(benefits);
        prop_assert!(a.net_income <= gross, "net {} > gross {}", a.net_income, gross);
        prop_assert!(a.net_income >= Decimal::ZERO || gross.is_zero());
        prop_assert!(b.income_tax + b.am_bidrag >= a.income_tax + a.am_bidrag, "tax fell when the wage rose");
        prop_assert!(b.net_income >= a.net_income, "net income fell when the wage rose");
    }

    /// Boligsikring never rises with income, never exceeds its ceilings, is 0 or ≥ the minimum.
    #[test]
    fn boligsikring_falls_with_income(income in 0u32..60_000, extra in 1u32..10_000, rent in 0u32..20_000,
                                      area in 20u32..200, adults in 1u32..=2, children in 0u32..=6, heat: bool) {
        let c = Ctx::new(rules(), date(2026));
        let h = Housing { rent_monthly: rent.into(), area: area.into(), heating_separate: heat, hot_water_included: false, electricity_included: false, wealth: Decimal::ZERO };
        let twelve = Decimal::from(12);
        let a = boligsikring(&c, &h, Decimal::from(income) * twelve, adults + children, children).unwrap().annual;
        let b = boligsikring(&c, &h, Decimal::from(income + extra) * twelve, adults + children, children).unwrap().annual;
        prop_assert!(b <= a);
        let max = c.get("t", ret_og_frist_core::paths::BOLIGSIKRING_MAKS).unwrap() * Decimal::new(125, 2);
        prop_assert!(a <= max);
        let min = c.get("t", ret_og_frist_core::paths::BOLIGSIKRING_MINIMUM_UDBETALING).unwrap();
        prop_assert!(a.is_zero() || a >= min);
    }

    /// A household's disposable income never exceeds what comes in, and the
    /// gain equals the difference of the two sides.
    #[test]
    fn household_bounds(age in 18u32..66, kh in 5_000u32..20_000, hours in 0u32..45, wage in 120u32..400,
                        kids in proptest::collection::vec(0u32..18, 0..4), rent in 3_000u32..12_000, area in 30u32..140,
                        m in municipality()) {
        let children: Vec<_> = kids.iter().map(|a| serde_json::json!({"age": a})).collect();
        let s: Scenario = serde_json::from_value(serde_json::json!({
            "date": "2026-07-01", "municipality": m,
            "adults": [{"age": age, "benefit": {"kind": "kontanthjaelp", "sats": "forhoejet", "monthly_amount": kh}}],
            "children": children,
            "housing": {"rent_monthly": rent, "area": area},
            "job": {"hours_per_week": hours, "hourly_wage": wage}
        })).unwrap();
        let e = evaluate(rules(), &s);
        prop_assert!(e.cannot_compute.is_empty(), "{:?}", e.cannot_compute);
        for side in [e.benefit.as_ref().unwrap(), e.work.as_ref().unwrap()] {
            let taxable: Decimal = ["wage", "kontanthjaelp"].iter().map(|k| side.parts.get(*k).copied().unwrap_or_default()).sum();
            let free: Decimal = ["boligsikring", "boerneydelse", "boernetilskud", "fritidstillaeg"]
                .iter().map(|k| side.parts.get(*k).copied().unwrap_or_default()).sum();
            prop_assert!(side.disposable <= taxable + free, "disposable above income");
            prop_assert!(side.parts.get("income_tax").copied().unwrap_or_default() <= Decimal::ZERO, "tax shown as a cost");
        }
        let g = e.gain_monthly.unwrap() * Decimal::from(12);
        let diff = e.work.unwrap().disposable - e.benefit.unwrap().disposable;
        prop_assert!((g - diff).abs() < Decimal::new(1, 6), "gain {g} vs difference {diff}");
    }
}
