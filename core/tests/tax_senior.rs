//! Issue 18, tax part: the extra beskæftigelsesfradrag for seniors (LL § 9 J,
//! stk. 5-6) and positive net capital income (PSL §§ 1, 6, 7, 19, stk. 2).
//! The figures themselves are golden cases (tests/cases/gain/tax_senior_capital.toml);
//! these tests check the rules around them: who gets the deduction, what the
//! result says when it cannot tell, that proposals are never used, the input
//! checks and the explanation tree.

use chrono::NaiveDate;
use ret_og_frist_core::gain::tax::{tax, PersonTax, TaxPerson};
use ret_og_frist_core::gain::{evaluate, Ctx, Scenario};
use ret_og_frist_core::rules::Status;
use ret_og_frist_core::RuleSet;
use rust_decimal::Decimal;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn one<'a>(rules: &'a RuleSet, date: &str, p: TaxPerson) -> (PersonTax, Ctx<'a>) {
    let c = Ctx::new(rules, d(date));
    let t = tax(&c, "København", &[p], false).unwrap().remove(0);
    (t, c)
}

fn worker(birth_year: Option<i32>, birth_month: Option<u32>, age: Option<u32>) -> TaxPerson {
    TaxPerson { wage: Decimal::from(360_000), birth_year, birth_month, age, ..Default::default() }
}

/// The two income years before the year the folkepensionsalder is reached,
/// and not that year: born 1959-1962 (67 years) around 2026.
#[test]
fn senior_deduction_in_the_two_years_before_the_pension_year() {
    let rules = RuleSet::builtin().unwrap();
    // (born, year asked, applies): reached 2027 for 1960, 2028 for 1961, 2029 for 1962.
    for (born, date, applies) in [
        (1960, "2025-06-01", false), // the deduction starts in 2026 (no value for 2025)
        (1960, "2026-06-01", true),
        (1961, "2026-06-01", true),
        (1961, "2027-06-01", true),
        (1961, "2028-06-01", false), // the year the age is reached
        (1962, "2026-06-01", false), // three years before
        (1959, "2026-06-01", false),
        (1963, "2026-06-01", false), // 68 years: reached 2031
    ] {
        let (t, c) = one(&rules, date, worker(Some(born), Some(6), None));
        assert_eq!(t.senior_beskaeftigelsesfradrag > Decimal::ZERO, applies, "born {born}, {date}");
        assert!(c.missing().is_empty(), "born {born}, {date}: {:?}", c.missing());
    }
}

/// Without a birth year the age decides when both possible birth years agree;
/// else the result says the deduction is not included and why.
#[test]
fn age_alone_decides_only_when_it_can() {
    let rules = RuleSet::builtin().unwrap();
    let (t, c) = one(&rules, "2026-06-01", worker(None, None, Some(65)));
    assert!(t.senior_beskaeftigelsesfradrag > Decimal::ZERO);
    assert!(c.missing().is_empty());
    let (t, c) = one(&rules, "2026-06-01", worker(None, None, Some(64)));
    assert_eq!(t.senior_beskaeftigelsesfradrag, Decimal::ZERO);
    let m = c.missing();
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!((m[0].what.as_str(), m[0].reason), ("senior_beskaeftigelsesfradrag", "needs-birth-date"));
    // Far from the pension age: decided without a word, and no pension band is "used".
    let (t, c) = one(&rules, "2026-06-01", worker(None, None, Some(35)));
    assert_eq!(t.senior_beskaeftigelsesfradrag, Decimal::ZERO);
    assert!(c.missing().is_empty());
    assert!(!c.used().iter().any(|u| u.path == "folkepension.alder"));
    // No wage: no deduction to ask about.
    let (_, c) = one(&rules, "2026-06-01", TaxPerson { age: Some(64), ..Default::default() });
    assert!(c.missing().is_empty());
}

/// The finanslov 2026 proposal (8,5 %, 37.000 kr., 5 years) is data with
/// status proposal and never changes a result.
#[test]
fn the_2026_proposal_is_never_used() {
    let rules = RuleSet::builtin().unwrap();
    for path in [
        "skat.beskaeftigelsesfradrag.senior.sats",
        "skat.beskaeftigelsesfradrag.senior.maks",
        "skat.beskaeftigelsesfradrag.senior.aar_foer",
    ] {
        let s = &rules.satser[path];
        assert!(s.values.iter().any(|v| v.status == Status::Proposal), "{path} lost its proposal row");
    }
    // Born 1963: within 5 years but not 2 of the pension year (2031).
    let p = worker(Some(1963), Some(6), None);
    let (before, _) = one(&rules, "2026-06-01", p.clone());
    let mut changed = rules.clone();
    for s in changed.satser.iter_mut().filter(|(k, _)| k.starts_with("skat.beskaeftigelsesfradrag.senior")).map(|(_, s)| s) {
        for v in s.values.iter_mut().filter(|v| v.status == Status::Proposal) {
            v.v = Decimal::from(3);
        }
    }
    let (after, _) = one(&changed, "2026-06-01", p);
    assert_eq!(before.income_tax, after.income_tax);
    assert_eq!(before.senior_beskaeftigelsesfradrag, Decimal::ZERO);
    // Made adopted, the 5 years would give this person the deduction: the test can fail.
    for v in changed.satser.get_mut("skat.beskaeftigelsesfradrag.senior.aar_foer").unwrap().values.iter_mut() {
        if v.status == Status::Proposal {
            v.status = Status::Adopted;
            v.v = Decimal::from(5);
        }
    }
    changed.satser.get_mut("skat.beskaeftigelsesfradrag.senior.aar_foer").unwrap().values.retain(|v| v.v != Decimal::TWO);
    let (adopted, _) = one(&changed, "2026-06-01", worker(Some(1963), Some(6), None));
    assert!(adopted.senior_beskaeftigelsesfradrag > Decimal::ZERO);
}

/// 2027: the maximum is an estimate (PSL § 20 for 2027 not published) and says
/// so; 2029 (a new grundbeløb in the law) cannot be computed for a senior.
#[test]
fn later_years_are_estimated_or_cannot_be_computed() {
    let rules = RuleSet::builtin().unwrap();
    let (t, c) = one(&rules, "2027-06-01", worker(Some(1961), Some(8), None));
    assert!(t.senior_beskaeftigelsesfradrag > Decimal::ZERO);
    let maks = c.used().into_iter().find(|u| u.path == "skat.beskaeftigelsesfradrag.senior.maks").expect("maks used");
    let e = maks.estimate.expect("2027 maximum is an estimate");
    assert_eq!((e.value_year, e.year, e.not_published.clone()), (2026, 2027, vec![2027]));
    let c = Ctx::new(&rules, d("2029-06-01"));
    let err = tax(&c, "København", &[worker(Some(1963), Some(6), None)], false).unwrap_err();
    assert_eq!((err.path.as_str(), err.reason), ("skat.beskaeftigelsesfradrag.senior.sats", "not-published"));
    // Not a senior in 2029: computes (estimated) as before.
    let c = Ctx::new(&rules, d("2029-06-01"));
    assert!(tax(&c, "København", &[worker(Some(1980), Some(6), None)], false).is_ok());
}

/// The tree shows the new lines with their rules, and still adds up.
#[test]
fn tree_names_the_new_lines_and_their_rules() {
    let rules = RuleSet::builtin().unwrap();
    let p = TaxPerson { wage: Decimal::from(720_000), capital_income: Decimal::from(100_000), birth_year: Some(1961), birth_month: Some(3), ..Default::default() };
    let (t, _) = one(&rules, "2026-06-01", p);
    t.tree.adds_up(Decimal::new(1, 6)).unwrap();
    let senior = t.tree.find("senior_beskaeftigelsesfradrag").unwrap();
    assert_eq!(senior.amount, -t.senior_beskaeftigelsesfradrag);
    for r in ["skat.beskaeftigelsesfradrag.senior.sats", "skat.beskaeftigelsesfradrag.senior.maks", "folkepension.alder"] {
        assert!(senior.rules.iter().any(|x| x == r), "{r}");
    }
    let cap = t.tree.find("mellemskat.kapitalindkomst").unwrap();
    assert!(cap.amount < Decimal::ZERO);
    for r in ["skat.mellemskat.kapital_bundfradrag", "skat.skatteloft.kapitalindkomst"] {
        assert!(cap.rules.iter().any(|x| x == r), "{r}");
    }
    let mellem = t.tree.find("mellemskat").unwrap();
    assert_eq!(t.mellemskat, -(mellem.amount + cap.amount));
    assert_eq!(t.tree.find("capital_income").unwrap().amount, Decimal::from(100_000));
}

/// Spouses: the household's tax does not depend on which of them holds the
/// capital income (the point of PSL § 7, stk. 7-12); unmarried, it may.
#[test]
fn spouses_pool_capital_income() {
    let rules = RuleSet::builtin().unwrap();
    let c = Ctx::new(&rules, d("2026-06-01"));
    let high = |k: u32| TaxPerson { wage: Decimal::from(800_000), capital_income: Decimal::from(k), ..Default::default() };
    let low = |k: u32| TaxPerson { wage: Decimal::from(300_000), capital_income: Decimal::from(k), ..Default::default() };
    let total = |ts: Vec<PersonTax>| ts.iter().map(|t| t.income_tax).sum::<Decimal>();
    let a = total(tax(&c, "København", &[high(0), low(150_000)], true).unwrap());
    let b = total(tax(&c, "København", &[high(150_000), low(0)], true).unwrap());
    let split = total(tax(&c, "København", &[high(75_000), low(75_000)], true).unwrap());
    assert_eq!(a, b);
    assert_eq!(a, split);
    // Unmarried: the low earner's capital stays under the grænse, the high earner's does not.
    let x = total(tax(&c, "København", &[high(0), low(150_000)], false).unwrap());
    let y = total(tax(&c, "København", &[high(150_000), low(0)], false).unwrap());
    assert!(y > x, "{y} > {x}");
}

fn scenario(extra: &str) -> Result<Scenario, String> {
    let text = format!(
        r#"{{"date": "2026-06-01", "municipality": "København", "adults": [{{"age": 64 {extra}}}], "job": {{"hours_per_week": 37, "hourly_wage": 250}}}}"#
    );
    Scenario::from_json(&text).map_err(|e| e.to_string())
}

/// Old scenario files (without the new fields) still load; bad values name the field.
#[test]
fn scenario_fields_are_optional_and_checked() {
    let old = Scenario::from_json(include_str!("../../docs/examples/gain/single.json")).unwrap();
    assert_eq!(old.adults[0].capital_income, Decimal::ZERO);
    assert_eq!((old.adults[0].birth_year, old.adults[0].birth_month), (None, None));
    assert!(scenario(r#", "birth_year": 1961, "birth_month": 9, "capital_income": 25000"#).is_ok());
    assert!(scenario(r#", "birth_year": 1962"#).is_ok()); // 64 if the birthday is still to come
    assert!(scenario(r#", "birth_year": 1961"#).is_ok());
    let e = scenario(r#", "birth_year": 1970"#).unwrap_err();
    assert_eq!(e, "adults[0].birth_year: fødselsåret passer ikke med alderen på datoen");
    // Born March 1961: 65 on 1 June 2026, not 64.
    let e = scenario(r#", "birth_year": 1961, "birth_month": 3"#).unwrap_err();
    assert!(e.starts_with("adults[0].birth_year: "), "{e}");
    let e = scenario(r#", "birth_year": 1961, "birth_month": 13"#).unwrap_err();
    assert_eq!(e, "adults[0].birth_month: 13 er ikke et gyldigt antal måneder (1–12)");
    let e = scenario(r#", "birth_month": 9"#).unwrap_err();
    assert!(e.starts_with("adults[0].birth_month"), "{e}");
    let e = scenario(r#", "capital_income": -1000"#).unwrap_err();
    assert_eq!(e, "adults[0].capital_income: -1000 er ikke et gyldigt beløb (0–100000000)");
}

/// Capital income is counted in the tax, and the result says it is not in the
/// benefits' income tests; the senior deduction shows on the work side.
#[test]
fn household_result_says_what_it_leaves_out() {
    let rules = RuleSet::builtin().unwrap();
    let s = scenario(r#", "birth_year": 1961, "birth_month": 9, "capital_income": 25000"#).unwrap();
    let e = evaluate(&rules, &s);
    assert!(e.cannot_compute.is_empty(), "{:?}", e.cannot_compute);
    let n = &e.not_included;
    assert!(n.iter().any(|x| x.what == "capital_income" && x.reason == "tax-only" && x.adult == 0), "{n:?}");
    let work = e.work.unwrap();
    assert_eq!(work.parts["capital_income"], Decimal::from(25_000));
    assert!(work.tree.find("senior_beskaeftigelsesfradrag").unwrap().amount < Decimal::ZERO);
    // The same person without a birth year: 64 on the date, so born 1961 or 1962 — open.
    let s = scenario("").unwrap();
    let e = evaluate(&rules, &s);
    assert!(e.not_included.iter().any(|x| x.what == "senior_beskaeftigelsesfradrag" && x.reason == "needs-birth-date"));
}

/// A person built by hand (not through a checked scenario) with absurd birth
/// data never panics.
#[test]
fn absurd_birth_data_by_hand_does_not_panic() {
    let rules = RuleSet::builtin().unwrap();
    for p in [
        worker(Some(i32::MAX), Some(13), None),
        worker(Some(i32::MIN), Some(0), None),
        worker(None, Some(99), Some(u32::MAX)),
        worker(None, None, Some(u32::MAX / 2)),
        worker(Some(1800), None, None),
    ] {
        let c = Ctx::new(&rules, d("2026-06-01"));
        let _ = tax(&c, "København", &[p], false);
    }
}

