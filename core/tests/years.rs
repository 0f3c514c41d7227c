//! Years whose rates are not published: never a silent guess (docs/satser.md,
//! "How long a value lasts"). A yearly rate applies through 31 December of its
//! own year; later years are estimated by the law's method and labelled, or
//! cannot be computed; years before the first value still cannot be computed.

use chrono::NaiveDate;
use ret_og_frist_core::gain::ctx::estimates;
use ret_og_frist_core::gain::tax::{tax, TaxPerson};
use ret_og_frist_core::gain::{evaluate, Ctx, Scenario};
use ret_og_frist_core::rules::{Confidence, Override, Status};
use ret_og_frist_core::satser::{lookup, EstimateMethod, Lasts, NotFound, SatsValue};
use ret_og_frist_core::RuleSet;
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// 360.000 kr. a year in Aarhus, no church: the tax and the rates it used.
fn aarhus_tax(rules: &RuleSet, date: &str) -> Result<(Decimal, Vec<ret_og_frist_core::gain::RateUse>), String> {
    let c = Ctx::new(rules, d(date));
    let p = TaxPerson {
        wage: dec("360000"),
        hours_month: None,
        benefits: Decimal::ZERO,
        benefit_atp: Decimal::ZERO,
        single_parent: false,
        church: false,
        ..Default::default()
    };
    let t = tax(&c, "Aarhus", &[p], false).map_err(|e| format!("{} {}", e.path, e.reason))?;
    Ok((t[0].net_income, c.used()))
}

#[test]
fn published_2026_is_not_an_estimate() {
    let rules = RuleSet::builtin().unwrap();
    let (net, used) = aarhus_tax(&rules, "2026-07-01").unwrap();
    assert!(estimates(&used).is_empty(), "{:?}", estimates(&used));
    // Same figure as `navigator tax --year 2026 --municipality Aarhus --annual-wage 360000`
    // before estimates existed (241.371 kr. net).
    assert_eq!(net.round(), dec("241371"));
    // 31 December 2026 is still the 2026 value.
    let f = lookup(&rules.satser, "skat.personfradrag", d("2026-12-31")).unwrap();
    assert_eq!((f.value, f.estimate), (dec("54100"), None));
}

#[test]
fn tax_2027_is_estimated_and_says_so() {
    let rules = RuleSet::builtin().unwrap();
    let (net26, _) = aarhus_tax(&rules, "2026-07-01").unwrap();
    let (net27, used) = aarhus_tax(&rules, "2027-07-01").unwrap();
    // No 2027 regulation is published (PSL § 20 nor satsregulering): every yearly
    // amount is carried unchanged, so the figure equals 2026's, but it is labelled.
    assert_eq!(net27, net26);
    let est = estimates(&used);
    let pf = est.iter().find(|e| e.path == "skat.personfradrag").expect("personfradrag estimated");
    assert_eq!((pf.value_year, pf.year, pf.method), (2026, 2027, EstimateMethod::Psl20));
    assert_eq!(pf.not_published, vec![2027]);
    assert!(pf.regulated.is_empty());
    assert_eq!(pf.value, dec("54100"));
    let kom = est.iter().find(|e| e.path == "kommune.Aarhus.kommuneskat").expect("kommuneskat estimated");
    assert_eq!(kom.method, EstimateMethod::Unchanged);
    // A percentage fixed in law is not an estimate.
    assert!(!est.iter().any(|e| e.path == "skat.bundskat.sats"));
    // An estimated rate is at most low confidence.
    let u = used.iter().find(|u| u.path == "skat.personfradrag").unwrap();
    assert!(u.confidence <= Confidence::Low);
}

#[test]
fn estimate_2030_applies_each_published_regulation_and_carries_the_rest() {
    let mut rules = RuleSet::builtin().unwrap();
    // Pretend the PSL § 20 regulation is published for 2027 (3,0 %) and 2028 (2,0 %).
    let reg = rules.satser.get_mut("regulering.psl20").unwrap();
    for (from, v) in [("2027-01-01", "3.0"), ("2028-01-01", "2.0")] {
        reg.values.push(SatsValue { from: d(from), to: None, v: dec(v), confidence: Confidence::High, status: Status::Adopted, derived: false });
    }
    let f = lookup(&rules.satser, "skat.personfradrag", d("2030-07-01")).unwrap();
    let e = f.estimate.unwrap();
    // 54.100 × 1,03 × 1,02 = 56.837,46; 2029 and 2030 not published: unchanged.
    assert_eq!(f.value, dec("56837.46"));
    assert_eq!(e.value, f.value);
    assert_eq!(e.base, dec("54100"));
    assert_eq!(e.regulated.iter().map(|r| (r.year, r.percent)).collect::<Vec<_>>(), vec![(2027, dec("3.0")), (2028, dec("2.0"))]);
    assert_eq!(e.not_published, vec![2029, 2030]);
    assert_eq!((e.value_year, e.year), (2026, 2030));
    // A proposal is not law: a proposed 2029 regulation is not applied.
    let reg = rules.satser.get_mut("regulering.psl20").unwrap();
    reg.values.push(SatsValue { from: d("2029-01-01"), to: None, v: dec("9"), confidence: Confidence::High, status: Status::Proposal, derived: false });
    assert_eq!(lookup(&rules.satser, "skat.personfradrag", d("2030-07-01")).unwrap().value, dec("56837.46"));
}

#[test]
fn tax_2030_is_estimated_from_2026() {
    let rules = RuleSet::builtin().unwrap();
    let (net26, _) = aarhus_tax(&rules, "2026-07-01").unwrap();
    let (net30, used) = aarhus_tax(&rules, "2030-07-01").unwrap();
    assert_eq!(net30, net26);
    let est = estimates(&used);
    assert!(!est.is_empty());
    for e in &est {
        assert_eq!((e.value_year, e.year), (2026, 2030), "{e:?}");
        assert_eq!(e.not_published, vec![2027, 2028, 2029, 2030], "{e:?}");
    }
}

#[test]
fn a_cannot_estimate_rate_cannot_be_computed_past_its_year() {
    let rules = RuleSet::builtin().unwrap();
    // friplads.nedre_graense: lasts = "year" (the method is not established).
    assert_eq!(rules.satser["friplads.nedre_graense"].lasts, Lasts::Year);
    assert!(lookup(&rules.satser, "friplads.nedre_graense", d("2026-07-01")).is_ok());
    assert_eq!(lookup(&rules.satser, "friplads.nedre_graense", d("2027-01-01")), Err(NotFound::NotPublished));
    // Through the engine (as golden case calc-friplads-2025-cannot, in 2027): the
    // result names the rate and the reason, and computes nothing silently.
    let s = Scenario::from_json(
        r#"{"date":"2027-09-01","municipality":"Odense","married":false,"children":[{"age":3}],"adults":[{"age":35,"church":false,"benefit":{"kind":"dagpenge"}}],
            "job":{"hours_per_week":37,"hourly_wage":180},"costs":{"childcare_monthly":3000,"transport_monthly":0}}"#,
    )
    .unwrap();
    let e = evaluate(&rules, &s);
    let c = e.cannot_compute.iter().find(|c| c.what == "friplads").expect("friplads cannot be computed");
    assert!(c.path.starts_with("friplads."), "{c:?}");
    assert_eq!(c.reason, "not-published");
    assert_eq!(e.gain_monthly, None);
}

#[test]
fn a_value_that_ends_by_its_own_date_is_never_estimated() {
    let mut rules = RuleSet::builtin().unwrap();
    // kontanthjaelp.boernetillaeg is regulated yearly (an estimate may follow its last
    // value); once its last value has its own end date, nothing is estimated past it.
    let s = rules.satser.get_mut("kontanthjaelp.boernetillaeg").unwrap();
    s.values.last_mut().unwrap().to = Some(d("2026-12-31"));
    assert!(s.values.iter().all(|v| v.to.is_some()));
    assert!(lookup(&rules.satser, "kontanthjaelp.boernetillaeg", d("2026-07-01")).is_ok());
    assert_eq!(lookup(&rules.satser, "kontanthjaelp.boernetillaeg", d("2027-07-01")), Err(NotFound::NotPublished));
}

#[test]
fn before_the_first_value_still_cannot_compute() {
    let rules = RuleSet::builtin().unwrap();
    assert_eq!(lookup(&rules.satser, "skat.personfradrag", d("2024-07-01")), Err(NotFound::NoValueOnDate));
    let err = aarhus_tax(&rules, "2024-07-01").unwrap_err();
    assert!(err.ends_with("no-value-on-date"), "{err}");
    assert_eq!(lookup(&rules.satser, "no.such.rate", d("2026-07-01")), Err(NotFound::NoSuchRate));
}

#[test]
fn until_changed_rates_and_overrides_are_not_estimates() {
    let rules = RuleSet::builtin().unwrap();
    let f = lookup(&rules.satser, "skat.bundskat.sats", d("2030-07-01")).unwrap();
    assert_eq!((f.value, f.estimate), (dec("12.01"), None));
    // An adviser's override is in force at every date, so never estimated.
    let o = Override { path: "skat.personfradrag".into(), value: dec("60000"), note: "test".into() };
    let r = rules.with_overrides(&[o]).unwrap();
    let f = lookup(&r.satser, "skat.personfradrag", d("2030-07-01")).unwrap();
    assert_eq!((f.value, f.estimate), (dec("60000"), None));
}

#[test]
fn every_rate_states_its_policy_and_the_default_is_safe() {
    // The default, for a rate file (or an older rule pack) without `lasts`, is `year`:
    // past the year it cannot be computed.
    assert_eq!(Lasts::default(), Lasts::Year);
    for (file, text) in ret_og_frist_core::rules::BUILTIN_FILES.iter().filter(|(f, _)| f.starts_with("dk/satser/")) {
        let t: toml::Table = toml::from_str(text).unwrap();
        if let Some(sats) = t.get("sats").and_then(|s| s.as_table()) {
            for (path, s) in sats {
                assert!(s.get("lasts").is_some(), "{file}: {path} has no lasts (policy)");
            }
        }
        if let Some(range) = t.get("range").and_then(|s| s.as_table()) {
            for (which, r) in range {
                assert!(r.get("lasts").is_some(), "{file}: range.{which} has no lasts (policy)");
            }
        }
    }
}

#[test]
fn a_regulated_percentage_is_refused_at_load() {
    let files: Vec<(&str, String)> = ret_og_frist_core::rules::BUILTIN_FILES
        .iter()
        .map(|(f, t)| {
            let t = if *f == "dk/satser/skat.toml" {
                t.replacen("lasts = \"until-changed\"  # percentage set in PSL § 6", "lasts = \"year-psl20\"  #", 1)
            } else {
                t.to_string()
            };
            (*f, t)
        })
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(f, t)| (*f, t.as_str())).collect();
    let err = RuleSet::from_files(&refs).unwrap_err().to_string();
    assert!(err.contains("skat.bundskat.sats") && err.contains("kroner"), "{err}");
}
