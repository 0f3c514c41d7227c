//! `navigator tax|calc|sweep|boligsikring` in a year whose rates are not
//! published: the JSON carries `estimated` and a Danish warning, never a silent
//! 2026 result; before the first value it still cannot compute.

mod common;
use common::{ok_json, one_line_failure, run, Dir};
use serde_json::Value;

fn ok(args: &[&str]) -> Value {
    ok_json(args, run(args, None))
}

const TAX: &[&str] = &["tax", "--municipality", "Aarhus", "--annual-wage", "360000"];

fn tax(year: &str) -> Value {
    let mut args = TAX.to_vec();
    args.extend(["--year", year]);
    ok(&args)
}

#[test]
fn tax_2026_has_no_estimate() {
    let v = tax("2026");
    assert_eq!(v["estimated"], serde_json::json!([]));
    assert!(v.get("estimated_warning").is_none());
    assert_eq!(v["net_income"], 241371);
}

#[test]
fn tax_2030_is_labelled_an_estimate_from_2026() {
    let v = tax("2030");
    // Every yearly amount is carried unchanged from 2026 (no regulation for 2027-2030
    // is published), so the figure is 2026's, but the result says so.
    assert_eq!(v["net_income"], 241371);
    let est = v["estimated"].as_array().unwrap();
    let pf = est.iter().find(|e| e["path"] == "skat.personfradrag").expect("personfradrag estimated");
    assert_eq!(pf["value_year"], 2026);
    assert_eq!(pf["year"], 2030);
    assert_eq!(pf["method"], "psl20");
    assert_eq!(pf["not_published"], serde_json::json!([2027, 2028, 2029, 2030]));
    assert!(v["estimated_warning"].as_str().unwrap().starts_with("Beregningen for 2030 bygger på skøn"), "{}", v["estimated_warning"]);
    let msgs: Vec<&str> = v["estimated_messages"].as_array().unwrap().iter().map(|m| m.as_str().unwrap()).collect();
    assert!(msgs.contains(&"Personfradrag (fuldt skattepligtige): uændret fra 2026, satsen for 2030 er ikke offentliggjort."), "{msgs:?}");
    let r = v["rates"].as_array().unwrap().iter().find(|r| r["path"] == "skat.personfradrag").unwrap();
    assert_eq!(r["estimated"], true);
    assert_eq!(r["confidence"], "low");
}

#[test]
fn tax_2027_in_english() {
    let mut args = TAX.to_vec();
    args.extend(["--year", "2027", "--lang", "en"]);
    let v = ok(&args);
    assert!(v["estimated_warning"].as_str().unwrap().starts_with("The calculation for 2027 rests on estimates"), "{}", v["estimated_warning"]);
}

#[test]
fn tax_before_the_first_value_cannot_compute() {
    let mut args = TAX.to_vec();
    args.extend(["--year", "2024"]);
    let line = one_line_failure(&args, run(&args, None));
    assert!(line.contains("Kan ikke beregne"), "{line}");
}

#[test]
fn calc_sweep_and_boligsikring_carry_estimated() {
    let dir = Dir::new("years-calc");
    let f = dir.write(
        "s.json",
        r#"{"date":"2030-03-01","municipality":"Aarhus","adults":[{"age":40,"benefit":{"kind":"kontanthjaelp","sats":"grundsats","monthly_amount":12000}}],"job":{"hours_per_week":15,"hourly_wage":160}}"#,
    );
    let v = ok(&["calc", &f]);
    assert!(v["gain_monthly"].is_i64(), "{v}");
    assert!(!v["estimated"].as_array().unwrap().is_empty());
    assert!(v["estimated_warning"].as_str().unwrap().contains("2030"));
    let s = ok(&["sweep", &f, "--steps", "4"]);
    assert!(!s["estimated"].as_array().unwrap().is_empty());
    assert!(s["estimated_warning"].as_str().unwrap().contains("2030"));
    let b = ok(&["boligsikring", "--year", "2027", "--rent-monthly", "6000", "--area", "60", "--household-income-monthly", "15000"]);
    let est = b["estimated"].as_array().unwrap();
    assert!(est.iter().any(|e| e["method"] == "satsregulering"), "{b}");
    assert!(b["estimated_warning"].as_str().unwrap().contains("2027"));
}

#[test]
fn calc_names_a_rate_that_may_not_be_estimated() {
    let dir = Dir::new("years-friplads");
    let f = dir.write(
        "s.json",
        r#"{"date":"2027-09-01","municipality":"Odense","children":[{"age":3}],"adults":[{"age":35,"benefit":{"kind":"dagpenge"}}],"job":{"hours_per_week":37,"hourly_wage":180},"costs":{"childcare_monthly":3000}}"#,
    );
    let v = ok(&["calc", &f]);
    let c = v["cannot_compute"].as_array().unwrap().iter().find(|c| c["what"] == "friplads").expect("friplads");
    assert_eq!(c["reason"], "not-published");
    let msgs = v["messages"].to_string();
    assert!(msgs.contains("for 2027 er ikke offentliggjort"), "{msgs}");
}

#[test]
fn a_regulated_estimate_names_the_method_the_percentages_and_the_missing_years() {
    use ret_og_frist_core::satser::{Estimate, EstimateMethod, Regulation};
    use ret_og_frist_i18n::{Lang, Texts};
    use rust_decimal::Decimal;
    // 54.100 × 1,03 = 55.723 for 2027; 2028 not published (carried unchanged).
    let e = Estimate {
        path: "skat.personfradrag".into(),
        value_year: 2026,
        year: 2028,
        method: EstimateMethod::Psl20,
        base: Decimal::from(54100),
        value: Decimal::from(55723),
        regulated: vec![Regulation { year: 2027, percent: Decimal::new(30, 1) }],
        not_published: vec![2028],
    };
    let da = Texts::new(Lang::Da).estimated("Personfradrag", &e);
    assert_eq!(da, "Personfradrag: 2026-satsen reguleret med personskattelovens § 20 (2027: 3 %), uændret for 2028 (ikke offentliggjort).");
    let all = Estimate { not_published: vec![], year: 2027, method: EstimateMethod::Satsregulering, ..e };
    let da = Texts::new(Lang::Da).estimated("Dagpenge", &all);
    assert_eq!(da, "Dagpenge: 2026-satsen reguleret med satsreguleringsprocenten (2027: 3 %).");
}
