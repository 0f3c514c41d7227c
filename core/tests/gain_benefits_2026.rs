//! The 2026 additions to the gain engine: beskæftigelsestillæg on dagpenge, the
//! midlertidigt tilpasningstillæg (never guessed: from the decision, or said to
//! be missing), electricity in the rent, and their input checks.

use ret_og_frist_core::gain::{evaluate, Evaluation, Scenario};
use ret_og_frist_core::RuleSet;
use rust_decimal::Decimal;
use serde_json::{json, Value};

fn kh(age: u32, benefit: Value) -> Value {
    json!({
        "date": "2026-03-01",
        "municipality": "Aalborg",
        "adults": [{ "age": age, "benefit": benefit }],
        "job": { "hours_per_week": 15, "hourly_wage": 150 }
    })
}

fn run(rules: &RuleSet, v: &Value) -> Evaluation {
    let s = Scenario::from_json(&v.to_string()).unwrap();
    evaluate(rules, &s)
}

#[test]
fn tilpasningstillaeg_given_outside_its_age_is_not_added_and_said() {
    let rules = RuleSet::builtin().unwrap();
    let v = kh(32, json!({ "kind": "kontanthjaelp", "sats": "forhoejet", "monthly_amount": 12000, "tilpasningstillaeg": 2100 }));
    let e = run(&rules, &v);
    assert!(e.cannot_compute.is_empty(), "{:?}", e.cannot_compute);
    assert_eq!(e.benefit.as_ref().unwrap().parts["kontanthjaelp"], Decimal::from(144_000));
    assert_eq!(e.not_included.len(), 1, "{:?}", e.not_included);
    let n = &e.not_included[0];
    assert_eq!((n.what.as_str(), n.reason, n.adult), ("kontanthjaelp.tilpasningstillaeg", "does-not-apply", 0));
    assert_eq!(n.path, "kontanthjaelp.tilpasningstillaeg.aldersgraense");

    // Under the age limit it is added, shown in the tree with its rule, and nothing is missing.
    let v = kh(24, json!({ "kind": "kontanthjaelp", "sats": "grundsats", "monthly_amount": 7500, "tilpasningstillaeg": 2100 }));
    let e = run(&rules, &v);
    assert!(e.not_included.is_empty(), "{:?}", e.not_included);
    let tree = &e.benefit.as_ref().unwrap().tree;
    let node = tree.find("kontanthjaelp.tilpasningstillaeg").expect("the tillæg is in the explanation");
    assert_eq!(node.amount, Decimal::from(2100 * 12));
    assert!(node.rules.iter().any(|r| r == "kontanthjaelp.tilpasningstillaeg.aldersgraense"));
    tree.adds_up(Decimal::new(1, 2)).unwrap();

    // A decision amount without a separate tillæg is complete: nothing is reported missing.
    let v = kh(24, json!({ "kind": "kontanthjaelp", "sats": "grundsats", "monthly_amount": 9600 }));
    assert!(run(&rules, &v).not_included.is_empty());
}

/// From the rate table (no decision amount) the tillæg cannot be known: the
/// result says so instead of guessing, and takes the amount when given.
#[test]
fn tilpasningstillaeg_from_the_table_is_never_guessed() {
    let mut rules = RuleSet::builtin().unwrap();
    // The base rates have no confirmed value; lend one so the table path computes.
    lend(&mut rules, "grundsats", 7500);
    let e = run(&rules, &kh(24, json!({ "kind": "kontanthjaelp", "sats": "grundsats" })));
    assert!(e.cannot_compute.is_empty(), "{:?}", e.cannot_compute);
    assert_eq!(e.not_included.len(), 1, "reported once for both sides: {:?}", e.not_included);
    assert_eq!(e.not_included[0].reason, "amount-not-confirmed");
    assert_eq!(e.not_included[0].path, "kontanthjaelp.tilpasningstillaeg");
    // 7.500 (lent) + the enlig-tillæg 1.141 (2026, single on grundsats), no tilpasningstillæg.
    let without = e.benefit.as_ref().unwrap().parts["kontanthjaelp"];
    assert_eq!(without, Decimal::from((7500 + 1141) * 12));

    let e = run(&rules, &kh(24, json!({ "kind": "kontanthjaelp", "sats": "grundsats", "tilpasningstillaeg": 2100 })));
    assert!(e.not_included.is_empty());
    assert_eq!(e.benefit.as_ref().unwrap().parts["kontanthjaelp"], without + Decimal::from(2100 * 12));

    // Over the age limit nothing is missing: the tillæg does not apply.
    assert!(run(&rules, &kh(30, json!({ "kind": "kontanthjaelp", "sats": "grundsats" }))).not_included.is_empty());
}

#[test]
fn beskaeftigelsestillaeg_raises_the_cap_and_names_its_rule() {
    let rules = RuleSet::builtin().unwrap();
    let dp = |tillaeg: bool| {
        json!({
            "date": "2026-03-01",
            "municipality": "Aarhus",
            "adults": [{ "age": 40, "benefit": { "kind": "dagpenge", "beskaeftigelsestillaeg": tillaeg } }],
            "job": { "hours_per_week": 37, "hourly_wage": 200 }
        })
    };
    let with = run(&rules, &dp(true));
    let plain = run(&rules, &dp(false));
    // 22.041 × 118,86 % = 26.197,93 → 26.198 kr./md.
    assert_eq!(with.benefit.as_ref().unwrap().parts["dagpenge"], Decimal::from(26_198 * 12));
    assert_eq!(plain.benefit.as_ref().unwrap().parts["dagpenge"], Decimal::from(22_041 * 12));
    let tree = &with.benefit.as_ref().unwrap().tree;
    let cap = tree.find("dagpenge.beskaeftigelsestillaeg").expect("the raised cap is explained");
    assert!(cap.info);
    assert!(cap.rules.iter().any(|r| r == "dagpenge.beskaeftigelsestillaeg.andel"));
    assert!(plain.benefit.as_ref().unwrap().tree.find("dagpenge.beskaeftigelsestillaeg").is_none());
    // The member's ATP share is rounded down for the month: ⌊1,42 × 160,33⌋ = 227.
    assert_eq!(with.benefit.as_ref().unwrap().parts["atp"], Decimal::from(-227 * 12));
}

#[test]
fn electricity_in_the_rent_is_deducted_per_m2() {
    let rules = RuleSet::builtin().unwrap();
    let home = |el: bool| {
        json!({
            "date": "2026-03-01",
            "municipality": "Aarhus",
            "adults": [{ "age": 40, "benefit": { "kind": "dagpenge" } }],
            "housing": { "rent_monthly": 6000, "area": 60, "electricity_included": el },
            "job": { "hours_per_week": 37, "hourly_wage": 200 }
        })
    };
    let with = run(&rules, &home(true));
    let without = run(&rules, &home(false));
    let cost = |e: &Evaluation| e.benefit.as_ref().unwrap().tree.find("boligsikring.boligudgift").unwrap().clone();
    // 69,00 kr. per m² × 60 m² = 4.140 kr. a year less counted rent (§ 10, stk. 2).
    assert_eq!(cost(&without).amount - cost(&with).amount, Decimal::from(4140));
    assert!(cost(&with).rules.iter().any(|r| r == "boligsikring.el_fradrag"));
    assert!(!cost(&without).rules.iter().any(|r| r == "boligsikring.el_fradrag"));
}

#[test]
fn new_fields_are_checked_with_the_path_and_value() {
    let v = kh(24, json!({ "kind": "kontanthjaelp", "sats": "grundsats", "tilpasningstillaeg": -5 }));
    let e = Scenario::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.field, "adults[0].benefit.tilpasningstillaeg");
    assert!(e.to_string().contains("-5"), "{e}");
    let v = kh(24, json!({ "kind": "dagpenge", "beskaeftigelsestillaeg": "ja" }));
    let e = Scenario::from_json(&v.to_string()).unwrap_err();
    assert!(e.field.starts_with("adults[0].benefit"), "{e:?}");
    assert!(!e.to_string().contains("line 1"), "{e}");
    let mut v = kh(24, json!({ "kind": "none" }));
    v["housing"] = json!({ "rent_monthly": 5000, "area": 50, "electricity_included": 1 });
    let e = Scenario::from_json(&v.to_string()).unwrap_err();
    assert!(e.field.starts_with("housing"), "{e:?}");
}

/// The særligt ungetillæg's age bands come from the rule data: moving a limit
/// moves who gets which amount (the base rates are lent, as they have no value).
#[test]
fn ungetillaeg_age_bands_are_data() {
    let mut rules = RuleSet::builtin().unwrap();
    lend(&mut rules, "grundsats", 7500);
    let help = |rules: &RuleSet, age: u32| {
        let e = run(rules, &kh(age, json!({ "kind": "kontanthjaelp", "sats": "grundsats", "aktivitetsparat": true })));
        assert!(e.cannot_compute.is_empty(), "{:?}", e.cannot_compute);
        e.benefit.unwrap().parts["kontanthjaelp"] / Decimal::from(12)
    };
    // 2026: grundsats 7.500 (lent) + enlig 1.141 + ungetillæg 1.083 (18-24) / 2.707 (25-29) / none from 30.
    assert_eq!(help(&rules, 24), Decimal::from(7500 + 1141 + 1083));
    assert_eq!(help(&rules, 25), Decimal::from(7500 + 1141 + 2707));
    assert_eq!(help(&rules, 30), Decimal::from(7500 + 1141));
    for v in &mut rules.satser.get_mut("kontanthjaelp.ungetillaeg.aldersgraense_yngste").unwrap().values {
        v.v = Decimal::from(26);
    }
    for v in &mut rules.satser.get_mut("kontanthjaelp.ungetillaeg.aldersgraense").unwrap().values {
        v.v = Decimal::from(31);
    }
    assert_eq!(help(&rules, 25), Decimal::from(7500 + 1141 + 1083));
    assert_eq!(help(&rules, 30), Decimal::from(7500 + 1141 + 2707));
}

/// Lends `value` kr. per month as the base rate `sats` (the base rates have no
/// confirmed value in the data; see ydelser.toml).
fn lend(rules: &mut RuleSet, sats: &str, value: i64) {
    let mut lent = rules.satser["kontanthjaelp.boernetillaeg"].clone();
    for v in &mut lent.values {
        v.v = Decimal::from(value);
    }
    rules.satser.insert(format!("kontanthjaelp.sats.{sats}"), lent);
}

/// LAS § 19, stk. 1: the særligt ungetillæg is for aktivitetsparate under 30 on
/// "§ 16, stk. 1, nr. 1 og 3" (grundsats and hjemmeboende), not on the forhøjet
/// sats nor the mindstesats (§ 16, stk. 2).
#[test]
fn ungetillaeg_only_on_grundsats_and_hjemmeboende() {
    let mut rules = RuleSet::builtin().unwrap();
    for sats in ["grundsats", "forhoejet", "hjemmeboende", "mindstesats"] {
        lend(&mut rules, sats, 7500);
    }
    let monthly = |sats: &str| {
        let e = run(&rules, &kh(27, json!({ "kind": "kontanthjaelp", "sats": sats, "aktivitetsparat": true })));
        assert!(e.cannot_compute.is_empty(), "{sats}: {:?}", e.cannot_compute);
        e.benefit.unwrap().parts["kontanthjaelp"] / Decimal::from(12)
    };
    // Single, no children, 27, 2026-03-01. Enlig-tillæg 1.141 (2026) on grundsats
    // and forhøjet only; ungetillæg 25-29 år 2.707 (2026) on grundsats and hjemmeboende.
    assert_eq!(monthly("grundsats"), Decimal::from(7500 + 1141 + 2707)); // 11.348
    assert_eq!(monthly("forhoejet"), Decimal::from(7500 + 1141)); // 8.641, was 11.348
    assert_eq!(monthly("hjemmeboende"), Decimal::from(7500 + 2707)); // 10.207
    assert_eq!(monthly("mindstesats"), Decimal::from(7500));
}

/// The tilpasningstillæg is said to be missing only on the grundsats (the
/// agreement: "unge under 30 år på grundsats"); an amount from the decision is
/// used on any rate.
#[test]
fn tilpasningstillaeg_missing_only_on_grundsats_and_a_decision_is_trusted() {
    let mut rules = RuleSet::builtin().unwrap();
    for sats in ["grundsats", "forhoejet", "mindstesats"] {
        lend(&mut rules, sats, 7500);
    }
    let e = run(&rules, &kh(24, json!({ "kind": "kontanthjaelp", "sats": "grundsats" })));
    assert_eq!(e.not_included.iter().map(|n| n.reason).collect::<Vec<_>>(), ["amount-not-confirmed"]);
    for sats in ["forhoejet", "mindstesats"] {
        let e = run(&rules, &kh(24, json!({ "kind": "kontanthjaelp", "sats": sats })));
        assert!(e.not_included.is_empty(), "{sats}: {:?}", e.not_included);
    }
    // 27 on the forhøjet sats, the decision says 12.000 + a tillæg of 2.100: (12.000 + 2.100) × 12 = 169.200.
    let e = run(&rules, &kh(27, json!({ "kind": "kontanthjaelp", "sats": "forhoejet", "monthly_amount": 12000, "tilpasningstillaeg": 2100 })));
    assert!(e.not_included.is_empty(), "{:?}", e.not_included);
    assert_eq!(e.benefit.as_ref().unwrap().parts["kontanthjaelp"], Decimal::from(169_200));
}
