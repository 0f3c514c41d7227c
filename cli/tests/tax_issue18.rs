//! Issue 18, tax part, through the CLI: `tax` and `calc` take
//! `--capital-income --birth-year --birth-month`; the JSON shows the senior
//! deduction and the capital-income tax with their rules, says what it leaves
//! out, and `rules list --unconfirmed` names the finanslov 2026 proposal.

mod common;
use common::{one_line_failure, ok_json, run, Dir};
use serde_json::Value;

fn ok(args: &[&str]) -> Value {
    ok_json(args, run(args, None))
}

fn fails(args: &[&str]) -> String {
    one_line_failure(args, run(args, None))
}

/// Every node of the explanation with this id (depth first).
fn find<'a>(v: &'a Value, id: &str, out: &mut Vec<&'a Value>) {
    if v["id"] == id {
        out.push(v);
    }
    for c in v["children"].as_array().into_iter().flatten() {
        find(c, id, out);
    }
}

fn node<'a>(v: &'a Value, id: &str) -> &'a Value {
    let mut out = Vec::new();
    find(&v["explanation"], id, &mut out);
    out.first().unwrap_or_else(|| panic!("no node {id}"))
}

const TAX: &[&str] = &["tax", "--year", "2026", "--municipality", "København"];

fn tax(extra: &[&str]) -> Value {
    ok(&[TAX, extra].concat())
}

#[test]
fn senior_deduction_by_birth_date() {
    // Born May 1961: folkepensionsalder 67 (lov om social pension § 1 a) → reached 2028 → 2026 and 2027
    // (LL § 9 J, stk. 5). min(1,4 % × (360.000 + 2.376); 6.100) = 5.073,26 (stk. 6); kommuneskat
    // 23,39 % × 5.073,26 = 1.186,64 less than without it (86.174,53 → 84.987,90; tests/cases/gain).
    let v = tax(&["--annual-wage", "360000", "--birth-year", "1961", "--birth-month", "5"]);
    assert_eq!(v["senior_beskaeftigelsesfradrag"], 5073);
    assert_eq!(v["income_tax"], 84988);
    assert_eq!(v["not_included"], serde_json::json!([]));
    let n = node(&v, "senior_beskaeftigelsesfradrag");
    assert_eq!(n["amount"], -5073);
    let rules: Vec<&str> = n["rules"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    for r in ["skat.beskaeftigelsesfradrag.senior.sats", "skat.beskaeftigelsesfradrag.senior.maks", "folkepension.alder"] {
        assert!(rules.contains(&r), "{r} in {rules:?}");
    }
    // Reaches 67 in 2026 (born March 1959): not in the year the age is reached.
    let v = tax(&["--annual-wage", "360000", "--birth-year", "1959", "--birth-month", "3"]);
    assert_eq!(v["senior_beskaeftigelsesfradrag"], 0);
    assert_eq!(v["income_tax"], 86175);
    // No birth year: the JSON says the deduction is not included, in words.
    let v = tax(&["--annual-wage", "360000"]);
    assert_eq!(v["not_included"][0]["what"], "senior_beskaeftigelsesfradrag");
    assert_eq!(v["not_included"][0]["reason"], "needs-birth-date");
    let msg = v["not_included_messages"][0].as_str().unwrap();
    assert!(msg.contains("folkepensionsalderen") && msg.contains("fødselsår"), "{msg}");
    let en = ok(&[TAX, &["--annual-wage", "360000", "--lang", "en"]].concat());
    assert!(en["not_included_messages"][0].as_str().unwrap().contains("state pension age"));
}

#[test]
fn capital_income_in_the_mellemskat_base() {
    // 720.000 kr. + 100.000 kr. capital income, København 2026: capital over 55.000 = 45.000 (PSL § 7, stk. 1);
    // rate 7,5 − (23,39 + 12,01 + 7,5 − 42) = 6,6 % (PSL § 19, stk. 2) → 2.970; personal part 7,5 % × 20.107,04 = 1.508,03.
    let v = tax(&["--annual-wage", "720000", "--capital-income", "100000"]);
    assert_eq!(v["capital_income"], 100000);
    assert_eq!(v["mellemskat"], 4478);
    assert_eq!(v["bundskat"], 84936);
    assert_eq!(node(&v, "mellemskat.kapitalindkomst")["amount"], -2970);
    assert!(node(&v, "mellemskat.kapitalindkomst")["formula"].as_str().unwrap().contains("6,6 %"));
    let without = tax(&["--annual-wage", "720000"]);
    assert_eq!(without["mellemskat"], 1508);
    let rates: Vec<&str> = v["rates"].as_array().unwrap().iter().map(|r| r["path"].as_str().unwrap()).collect();
    assert!(rates.contains(&"skat.mellemskat.kapital_bundfradrag") && rates.contains(&"skat.skatteloft.kapitalindkomst"));
}

#[test]
fn bad_values_get_one_line_naming_the_option() {
    let e = fails(&[TAX, &["--capital-income", "-5"]].concat());
    assert!(e.contains("--capital-income") && e.contains("-5"), "{e}");
    let e = fails(&[TAX, &["--birth-month", "13", "--birth-year", "1961"]].concat());
    assert!(e.contains("--birth-month") && e.contains("13"), "{e}");
    let e = fails(&[TAX, &["--birth-month", "5"]].concat());
    assert!(e.contains("--birth-month"), "{e}");
    let e = fails(&[TAX, &["--birth-year", "2030"]].concat());
    assert!(e.contains("--birth-year") && e.contains("2030"), "{e}");
}

#[test]
fn calc_takes_the_options_for_the_first_adult() {
    let dir = Dir::new("issue18");
    let file = dir.write(
        "s.json",
        r#"{"date": "2026-06-01", "municipality": "København", "adults": [{"age": 64}],
            "job": {"hours_per_week": 37, "hourly_wage": 250}}"#,
    );
    // 64 on the date, no birth year: born 1961 (reached 2028: applies) or 1962 (2029: not) → not included.
    let open = ok(&["calc", &file]);
    assert!(open["not_included"].as_array().unwrap().iter().any(|n| n["what"] == "senior_beskaeftigelsesfradrag"));
    // Born September 1961 (still 64 on 1 June): 6.100 kr. (1,4 % × 483.376 = 6.767 over the maximum), see
    // calc-senior-single-2026 in tests/cases/gain.
    let v = ok(&["calc", &file, "--birth-year", "1961", "--birth-month", "9", "--capital-income", "20000"]);
    let work = &v["work"];
    assert!(v["not_included"].as_array().unwrap().iter().all(|n| n["what"] != "senior_beskaeftigelsesfradrag"), "{}", v["not_included"]);
    assert!(v["not_included"].as_array().unwrap().iter().any(|n| n["what"] == "capital_income" && n["reason"] == "tax-only"));
    assert_eq!(work["parts"]["capital_income"], 20000);
    let msgs = v["not_included_messages"].as_array().unwrap();
    assert!(msgs.iter().any(|m| m.as_str().unwrap().contains("kun regnet med i skatten")), "{msgs:?}");
    // A birth year that does not fit the age names the field.
    let e = fails(&["calc", &file, "--birth-year", "1950"]);
    assert!(e.contains("adults[0].birth_year"), "{e}");
}

#[test]
fn unconfirmed_list_names_the_finanslov_proposal() {
    let v = ok(&["rules", "list", "--unconfirmed", "--as-of", "2026-06-01"]);
    let paths: Vec<&str> = v["rules"].as_array().unwrap().iter().map(|r| r["path"].as_str().unwrap()).collect();
    for p in ["skat.beskaeftigelsesfradrag.senior.sats", "skat.beskaeftigelsesfradrag.senior.maks", "skat.beskaeftigelsesfradrag.senior.aar_foer"] {
        assert!(paths.contains(&p), "{p} missing from --unconfirmed");
    }
    // The adopted 2026 values are what `current` shows.
    let row = v["rules"].as_array().unwrap().iter().find(|r| r["path"] == "skat.beskaeftigelsesfradrag.senior.sats").unwrap();
    assert_eq!(row["current"]["value"], "1.4", "{row}");
}
