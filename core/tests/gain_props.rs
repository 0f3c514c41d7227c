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

    /// The numbers-only sweep equals the full, explained evaluation at every
    /// point (disposable income, gross wage and every part) for random
    /// households: one or two adults, married or not, any benefit, children,
    /// housing, childcare, transport, an hourly or a monthly wage (so hours
    /// per month are repeating decimals), random range and step count.
    #[test]
    fn sweep_equals_evaluate_at_every_point(
        y in 2025i32..=2026, m in municipality(), age in 18u32..70, benefit in 0usize..5, kh in 5_000u32..20_000,
        two: bool, married: bool, age2 in 18u32..70, work2 in proptest::option::of((1u32..40, 120u32..400)),
        kids in proptest::collection::vec(0u32..18, 0..4), housing: bool, rent in 3_000u32..12_000, area in 30u32..140,
        childcare in 0u32..4_000, transport in 0u32..1_500, monthly: bool, wage in 120u32..400, offer_hours in 1u32..45,
        max_hours in 1u32..=60, steps in 1u32..40,
    ) {
        let benefit = match benefit {
            0 => serde_json::json!({"kind": "kontanthjaelp", "sats": "forhoejet", "monthly_amount": kh}),
            1 => serde_json::json!({"kind": "dagpenge"}),
            2 => serde_json::json!({"kind": "sygedagpenge", "hourly_wage": wage, "normal_hours_per_week": 37}),
            3 => serde_json::json!({"kind": "fleksjob"}),
            _ => serde_json::json!({"kind": "none"}),
        };
        let mut adults = vec![serde_json::json!({"age": age, "benefit": benefit})];
        if two {
            let mut a2 = serde_json::json!({"age": age2});
            if let Some((h, w)) = work2 {
                a2["work"] = serde_json::json!({"hours_per_week": h, "hourly_wage": w});
            }
            adults.push(a2);
        }
        let job = if monthly {
            serde_json::json!({"hours_per_week": offer_hours, "monthly_wage": wage * 100})
        } else {
            serde_json::json!({"hours_per_week": offer_hours, "hourly_wage": wage})
        };
        let mut v = serde_json::json!({
            "date": format!("{y}-07-01"), "municipality": m, "adults": adults, "married": two && married,
            "children": kids.iter().map(|a| serde_json::json!({"age": a})).collect::<Vec<_>>(),
            "job": job, "costs": {"childcare_monthly": childcare, "transport_monthly": transport},
        });
        if housing {
            v["housing"] = serde_json::json!({"rent_monthly": rent, "area": area});
        }
        let s: Scenario = serde_json::from_value(v).unwrap();
        let sw = ret_og_frist_core::gain::sweep(rules(), &s, Decimal::from(max_hours), steps);
        let Ok(sw) = sw else {
            // A sweep that cannot compute fails as the calculation does.
            let e = evaluate(rules(), &s);
            prop_assert!(!e.cannot_compute.is_empty(), "the sweep failed but the calculation did not: {:?}", sw.err());
            return Ok(());
        };
        prop_assert_eq!(sw.points.len(), steps as usize + 1);
        for p in &sw.points {
            let mut at = s.clone();
            at.job = ret_og_frist_core::gain::sweep::job_at(&s, p.hours_per_week);
            let e = evaluate(rules(), &at);
            prop_assert!(e.cannot_compute.is_empty(), "at {} h: {:?}", p.hours_per_week, e.cannot_compute);
            let w = e.work.as_ref().unwrap();
            prop_assert_eq!(p.disposable, w.disposable, "disposable at {} h", p.hours_per_week);
            prop_assert_eq!(p.gross_wage, w.gross_wage, "gross wage at {} h", p.hours_per_week);
            let parts: std::collections::BTreeMap<String, Decimal> = p.parts.iter().map(|(k, v)| (k.to_string(), *v)).collect();
            prop_assert_eq!(&parts, &w.parts, "parts at {} h", p.hours_per_week);
            prop_assert_eq!(w.tree.amount, w.disposable);
        }
    }
}
