//! `navigator tax|boligsikring|calc|sweep`: JSON shapes, the official anchors,
//! overrides, and one clear line for bad input.

mod common;
use common::{one_line_failure, ok_json, run, Dir};
use serde_json::Value;

fn ok(args: &[&str]) -> Value {
    ok_json(args, run(args, None))
}

fn fails(args: &[&str]) -> String {
    one_line_failure(args, run(args, None))
}

fn example(name: &str) -> String {
    format!("{}/../docs/examples/gain/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn tax_fields_for_a_copenhagen_wage() {
    // 2026, København 23,39 %, 360.000 kr.: ATP 99 × 12 = 1.188; AM-bidrag 8 % × 358.812 = 28.704,96
    // (AMBL § 1); personlig indkomst 330.107,04; bundskat 12,01 % × (330.107,04 − 54.100) = 33.148,45 (PSL § 6).
    let v = ok(&["tax", "--year", "2026", "--municipality", "København", "--annual-wage", "360000"]);
    for key in ["atp", "am_bidrag", "personal_income", "taxable_income", "bundskat", "mellemskat", "topskat", "kommuneskat", "kirkeskat", "net_income"] {
        assert!(v[key].is_i64(), "{key} is whole kroner: {}", v[key]);
    }
    assert_eq!(v["atp"], 1188);
    assert_eq!(v["am_bidrag"], 28705);
    assert_eq!(v["personal_income"], 330107);
    assert_eq!(v["bundskat"], 33148);
    assert_eq!(v["kirkeskat"], 0);
    assert!(v["uncertain_rates"].as_array().unwrap().iter().any(|r| r["path"] == "kommune.København.kommuneskat"));
    let church = ok(&["tax", "--year", "2026", "--municipality", "københavn", "--annual-wage", "360000", "--church"]);
    assert!(church["kirkeskat"].as_i64().unwrap() > 0, "case-insensitive name, kirkeskat with --church");
}

#[test]
fn boligsikring_reproduces_udbetaling_danmarks_calculator() {
    // Udbetaling Danmark: 32.000 kr./md., husleje 6.000 kr./md., 60 m², varme for sig, 1 voksen → 500 kr./md.
    // 60 % × (72.000 + 35 × 60) − 18 % × (384.000 − 170.300) = 5.994 kr./år (BSL § 22).
    let v = ok(&["boligsikring", "--year", "2026", "--household-income-monthly", "32000", "--rent-monthly", "6000",
        "--area", "60", "--heating-separate"]);
    assert_eq!(v["monthly"], 500);
    assert_eq!(v["annual"], 5994);
}

#[test]
fn calc_and_sweep_on_every_example() {
    for name in ["single.json", "single-parent-2.json", "couple-1.json", "dagpenge.json"] {
        let v = ok(&["calc", &example(name)]);
        assert_eq!(v["cannot_compute"], Value::Array(vec![]), "{name}");
        let b = v["benefit"]["disposable_monthly"].as_i64().unwrap();
        let w = v["work"]["disposable_monthly"].as_i64().unwrap();
        let g = v["gain_monthly"].as_i64().unwrap();
        assert!((w - b - g).abs() <= 1, "{name}: gain = work − benefit (rounding): {w} − {b} vs {g}");
        assert_eq!(v["work"]["explanation"]["id"], "disposable");
        let s = ok(&["sweep", &example(name), "--steps", "45"]);
        assert_eq!(s["points"].as_array().unwrap().len(), 46, "{name}");
        assert_eq!(s["cliffs"].as_array().unwrap().len(), s["cliff_messages"].as_array().unwrap().len());
    }
}

#[test]
fn calc_says_what_it_cannot_compute() {
    // Kontanthjælp without the amount from the decision: the 2026 rate table has no value.
    let dir = Dir::new("gain-cannot");
    let f = dir.write(
        "s.json",
        r#"{"date":"2026-03-01","municipality":"Aarhus","adults":[{"age":40,"benefit":{"kind":"kontanthjaelp","sats":"forhoejet"}}],"job":{"hours_per_week":37,"hourly_wage":170}}"#,
    );
    let v = ok(&["calc", &f]);
    assert_eq!(v["gain_monthly"], Value::Null);
    assert_eq!(v["cannot_compute"][0]["path"], "kontanthjaelp.sats.forhoejet");
    assert!(v["messages"][0].as_str().unwrap().starts_with("Kan ikke beregne kontanthjælp"), "{}", v["messages"][0]);
}

/// A single on kontanthjælp (12.000 kr./md., Aarhus 2026) offered 15 h/week at
/// 160 kr.: 15 × 52 / 12 = 65 h/md., wage 10.400 kr./md. (as the golden case
/// calc-single-kh-parttime-15h-aarhus-2026, without housing).
const PART_TIME_KH: &str = r#"{"date":"2026-03-01","municipality":"Aarhus","adults":[{"age":40,"benefit":{"kind":"kontanthjaelp","sats":"grundsats","monthly_amount":12000}}],"job":{"hours_per_week":15,"hourly_wage":160}}"#;

#[test]
fn overriding_the_hourly_disregard_changes_kontanthjaelp_by_hours_times_difference() {
    let dir = Dir::new("gain-override-kh");
    let f = dir.write("s.json", PART_TIME_KH);
    // Baseline (LAS § 31, stk. 1; 2026 disregard 32,66 kr./h, derived 28,66 × 1,0195 × 1,032
    // × 1,036 × 1,045): wage after ATP 33 and AM 8 % × 10.367 = 9.537,64 kr./md.;
    // deduction 9.537,64 − 32,66 × 65 = 7.414,74; kontanthjælp 12.000 − 7.414,74 = 4.585,26/md.
    // = 55.023,12/år. Today: no ATP on the help (12.000 < the 2026 minimum 13.345, BEK 1600/2019
    // § 2, stk. 3), tax 12,01 % × 144.000 + 24,52 % × 89.900 − 12,01 % × 54.100 = 32.840,47,
    // disposable 111.159,53. With the job: P 169.474,80, S 153.461,82 (beskæftigelsesfradrag
    // 12,75 % × 125.592 = 16.012,98), tax 13.856,52 + 24.363,52 = 38.220,03, disposable
    // 131.254,77; gain (131.254,77 − 111.159,53) / 12 = 1.674,60 kr./md.
    let base = ok(&["calc", &f]);
    assert_eq!(base["work"]["parts"]["kontanthjaelp"], 55023);
    assert_eq!(base["gain_monthly"], 1675);
    // Disregard 35 kr./hour instead of 32,66: the deduction falls by 65 h × 2,34 = 152,10 kr./md.,
    // so kontanthjælp rises to 4.737,36/md. = 56.848,32/år (only on the work side: no hours today).
    // Taxable, no AM: tax rises by 1.825,20 × (bundskat 12,01 % + Aarhus 24,52 %) = 666,75/år,
    // disposable by 1.158,45/år = 96,54/md.: gain 1.674,60 + 96,54 = 1.771,14.
    let v = ok(&["calc", &f, "--override", "kontanthjaelp.indtaegt.fribeloeb_pr_time=35",
        "--override-note", "Kommunens sats for 2026 ifølge afgørelsen"]);
    assert_eq!(v["overrides"][0]["path"], "kontanthjaelp.indtaegt.fribeloeb_pr_time");
    assert!(v["rates"].as_array().unwrap().iter().any(|r| r["overridden"] == true));
    assert_eq!(v["work"]["parts"]["kontanthjaelp"], 56848);
    assert_eq!(v["benefit"]["parts"]["kontanthjaelp"], 144000, "no work today, nothing to disregard");
    assert_eq!(v["work"]["parts"]["income_tax"], -38887, "38.220,03 + 666,75 = 38.886,78");
    assert_eq!(v["gain_monthly"], 1771);
    // The baseline beside it is the unchanged calculation.
    assert_eq!(v["baseline"]["gain_monthly"], 1675);
    assert_eq!(v["baseline"]["work_disposable_monthly"], base["work"]["disposable_monthly"]);
    assert_eq!(v["baseline"]["benefit_disposable_monthly"], v["benefit"]["disposable_monthly"]);
}

#[test]
fn overriding_the_bundskat_rate_changes_the_tax_by_the_rate_difference_on_its_base() {
    // Aarhus 2026, 300.000 kr.: P = 300.000 − 1.188 − 8 % × 298.812 = 274.907,04 (PSL § 3);
    // bundskat base P − personfradrag 54.100 = 220.807,04 (PSL §§ 6, 9). Baseline 12,01 %:
    // bundskat 26.518,93, income tax 70.466,41, net 204.440,63.
    // At 13 %: + 0,99 % × 220.807,04 = 2.185,99 → bundskat 28.704,92, tax 72.652,40, net 202.254,64.
    let t = ok(&["tax", "--year", "2026", "--municipality", "Aarhus", "--annual-wage", "300000",
        "--override", "skat.bundskat.sats=13", "--override-note", "test"]);
    assert_eq!(t["bundskat"], 28705);
    assert_eq!(t["income_tax"], 72652);
    assert_eq!(t["net_income"], 202255);
    assert_eq!(t["baseline"]["income_tax"], 70466);
    assert_eq!(t["baseline"]["net_income"], 204441);
    let e = fails(&["tax", "--year", "2026", "--municipality", "Aarhus", "--annual-wage", "1", "--override", "skat.bundskat.sats=13"]);
    assert!(e.contains("note"), "{e}");
}

#[test]
fn overriding_the_boligsikring_income_limit_changes_it_by_the_income_share() {
    // Udbetaling Danmark's anchor (BSL § 22): 60 % × 74.100 − 18 % × (384.000 − 170.300) = 5.994/år.
    // Limit 180.300 instead: 18 % × 10.000 = 1.800 less deducted → 7.794/år = 649,50 → 650 kr./md.
    let v = ok(&["boligsikring", "--year", "2026", "--household-income-monthly", "32000", "--rent-monthly", "6000",
        "--area", "60", "--heating-separate", "--override", "boligsikring.indkomstgraense=180300",
        "--override-note", "test"]);
    assert_eq!(v["annual"], 7794);
    assert_eq!(v["monthly"], 650);
    assert_eq!(v["baseline"]["monthly"], 500);
}

#[test]
fn bad_input_is_one_line_naming_the_field() {
    let e = fails(&["tax", "--year", "2026", "--municipality", "Kbh", "--annual-wage", "1"]);
    assert!(e.starts_with("municipality:"), "{e}");
    let e = fails(&["tax", "--year", "2026", "--municipality", "Aarhus", "--annual-wage", "-5"]);
    assert!(e.contains("-5") && e.contains("negative"), "{e}");
    let e = fails(&["boligsikring", "--year", "2026", "--household-income-monthly", "1", "--rent-monthly", "1", "--area", "0"]);
    assert!(e.contains("area") || e.contains("'0'"), "{e}");
    let e = fails(&["tax", "--year", "2026", "--municipality", "Aarhus", "--annual-wage", "79228162514264337593543950335"]);
    assert!(e.contains("too large") || e.contains("not a number"), "{e}");
    let e = fails(&["sweep", &example("single.json"), "--max-hours", "100"]);
    assert!(e.contains("80 hours"), "{e}");
    let dir = Dir::new("gain-bad");
    for (text, field) in [
        ("{ not json", "scenario"),
        (r#"{"date":"2026-03-01","municipality":"Aarhus","adults":[{"age":40}],"job":{"hours_per_week":-3,"hourly_wage":170}}"#, "job.hours_per_week"),
        (r#"{"date":"2026-03-01","municipality":"Atlantis","adults":[{"age":40}],"job":{"hours_per_week":3,"hourly_wage":170}}"#, "municipality"),
        (r#"{"date":"2026-03-01","municipality":"Aarhus","adults":[],"job":{"hours_per_week":3,"hourly_wage":170}}"#, "adults"),
        (r#"{"date":"2026-03-01","municipality":"Aarhus","adults":[{"age":40}],"job":{"hours_per_week":3}}"#, "job.hourly_wage"),
        (r#"{"date":"2026-03-01","municipality":"Aarhus","adults":[{"age":40}],"job":{"hours_per_week":3,"hourly_wage":170},"pets":2}"#, "pets"),
        (r#"{"date":"2026-03-01","municipality":"Aarhus","adults":[{"age":40}],"job":{"hours_per_week":37,"monthly_wage":7922816251426433759354395033}}"#, "job.monthly_wage"),
        (r#"{"date":"2026-03-01","municipality":"Aarhus","adults":[{"age":40}],"job":{"hours_per_week":0,"monthly_wage":30000}}"#, "job.hours_per_week"),
        (r#"{"date":"2026-03-01","municipality":"Aarhus","adults":[{"age":40,"benefit":{"kind":"dagpenge","previous_monthly_wage":0}}],"job":{"hours_per_week":3,"hourly_wage":170}}"#, "previous_monthly_wage"),
        (r#"{"date":"2026-03-01","municipality":"Aarhus","adults":[{"age":40,"benefit":{"kind":"dagpenge","previous_monthly_wage":-1}}],"job":{"hours_per_week":3,"hourly_wage":170}}"#, "previous_monthly_wage"),
    ] {
        let f = dir.write("bad.json", text);
        for cmd in ["calc", "sweep"] {
            let e = fails(&[cmd, &f]);
            assert!(e.contains(field), "{cmd} {text}: {e}");
        }
    }
}

#[test]
fn boligsikring_deducts_hot_water_and_electricity_in_the_rent() {
    // 20.000 kr./md., husleje 5.000, 60 m², varme, varmt vand og el i lejen (BSL § 10, stk. 2; 2026: 91,50 / 29,00 / 69,00 pr. m²):
    // boligudgift 60.000 − 189,50 × 60 = 48.630; højst 15 % × 48.630 = 7.294,50 kr./år = 608 kr./md. (golden case bs-el-varmt-vand-varme-i-lejen-2026).
    // Without electricity: 0,15 × (60.000 − 120,50 × 60) = 7.915,50 = 660 kr./md., Udbetaling Danmarks beregner.
    let base = ["boligsikring", "--year", "2026", "--household-income-monthly", "20000", "--rent-monthly", "5000", "--area", "60"];
    let water = ok(&[&base[..], &["--hot-water-included"]].concat());
    assert_eq!(water["monthly"], 660);
    let both = ok(&[&base[..], &["--hot-water-included", "--electricity-included"]].concat());
    assert_eq!(both["monthly"], 608);
    assert_eq!(both["annual"], 7295);
    let rules = both["explanation"]["children"][0]["rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| r == "boligsikring.el_fradrag"), "{rules:?}");
    assert!(both["uncertain_rates"].as_array().unwrap().iter().any(|r| r["path"] == "boligsikring.el_fradrag"), "one source: low");
}

#[test]
fn calc_says_plainly_what_it_does_not_include() {
    let dir = Dir::new("gain-not-included");
    // Age 32: the midlertidigt tilpasningstillæg is only for under-30s (1.7.2025-30.6.2027), so the 2.100 kr. is not added.
    let f = dir.write(
        "s.json",
        r#"{"date":"2026-03-01","municipality":"Aalborg","adults":[{"age":32,"benefit":{"kind":"kontanthjaelp","sats":"forhoejet","monthly_amount":12000,"tilpasningstillaeg":2100}}],"job":{"hours_per_week":15,"hourly_wage":150}}"#,
    );
    let v = ok(&["calc", &f]);
    assert_eq!(v["benefit"]["parts"]["kontanthjaelp"], 144000);
    assert_eq!(v["not_included"][0]["reason"], "does-not-apply");
    let line = v["not_included_messages"][0].as_str().unwrap();
    assert!(line.contains("Midlertidigt tilpasningstillæg er ikke regnet med for dig"), "{line}");
    assert!(line.contains("1. juli 2025") && line.contains("30. juni 2027") && line.contains("under 30 år"), "{line}");
    // Under 30 it is added and nothing is reported missing; with a dagpenge beskæftigelsestillæg the cap rises.
    let f = dir.write(
        "t.json",
        r#"{"date":"2026-03-01","municipality":"Aalborg","adults":[{"age":24,"benefit":{"kind":"kontanthjaelp","sats":"grundsats","monthly_amount":7500,"tilpasningstillaeg":2100}}],"job":{"hours_per_week":15,"hourly_wage":150}}"#,
    );
    let v = ok(&["calc", &f]);
    assert_eq!(v["benefit"]["parts"]["kontanthjaelp"], 115200);
    assert_eq!(v["not_included_messages"], Value::Array(vec![]));
    let f = dir.write(
        "d.json",
        r#"{"date":"2026-03-01","municipality":"Aarhus","adults":[{"age":40,"benefit":{"kind":"dagpenge","previous_monthly_wage":35000,"beskaeftigelsestillaeg":true}}],"job":{"hours_per_week":37,"hourly_wage":200}}"#,
    );
    let v = ok(&["calc", &f]);
    assert_eq!(v["benefit"]["parts"]["dagpenge"], 314376, "26.198 × 12 (golden case calc-dagpenge-beskaeftigelsestillaeg-max-2026)");
    let bad = dir.write(
        "bad.json",
        r#"{"date":"2026-03-01","municipality":"Aalborg","adults":[{"age":24,"benefit":{"kind":"kontanthjaelp","sats":"grundsats","tilpasningstillaeg":-1}}],"job":{"hours_per_week":15,"hourly_wage":150}}"#,
    );
    let e = fails(&["calc", &bad]);
    assert!(e.contains("adults[0].benefit.tilpasningstillaeg") && e.contains("-1"), "{e}");
}

#[test]
fn unconfirmed_rules_list_the_tilpasningstillaeg_and_dagpenge_atp() {
    let v = ok(&["rules", "list", "--unconfirmed", "--as-of", "2026-03-01"]);
    let paths: Vec<&str> = v["rules"].as_array().unwrap().iter().map(|r| r["path"].as_str().unwrap()).collect();
    assert!(paths.contains(&"kontanthjaelp.tilpasningstillaeg"), "{paths:?}");
    assert!(paths.contains(&"skat.atp.dagpenge.modtager_pr_time"), "{paths:?}");
    assert!(!paths.contains(&"dagpenge.beskaeftigelsestillaeg.andel"), "law text seen: high");
    let t = v["rules"].as_array().unwrap().iter().find(|r| r["path"] == "kontanthjaelp.tilpasningstillaeg").unwrap();
    assert_eq!(t["current"], Value::Null, "a proposal is never in force");
}

/// The rates a result used are named in the chosen language (locales/<lang>/satser.ftl).
#[test]
fn rates_are_named_in_the_chosen_language() {
    let args = ["tax", "--year", "2026", "--municipality", "København", "--annual-wage", "360000"];
    let name = |v: &Value, path: &str| {
        v["rates"].as_array().unwrap().iter().find(|r| r["path"] == path).map(|r| r["name"].clone()).unwrap_or(Value::Null)
    };
    let da = ok(&args);
    assert_eq!(name(&da, "skat.personfradrag"), "Personfradrag (fuldt skattepligtige)");
    assert_eq!(name(&da, "kommune.København.kommuneskat"), "Kommuneskat, København");
    let uk = ok(&[&["--lang", "uk"][..], &args[..]].concat());
    assert_eq!(name(&uk, "skat.personfradrag"), "Особиста неоподатковувана сума (повністю податкові резиденти)");
    let unc = uk["uncertain_rates"].as_array().unwrap();
    assert!(unc.iter().all(|r| r["name"].is_string()), "{unc:?}");
}

/// The first explanation node (depth first) whose formula has this message id.
fn node_with_formula<'a>(v: &'a Value, id: &str) -> Option<&'a Value> {
    match v {
        Value::Object(m) if m.get("formula_id").and_then(Value::as_str) == Some(id) => Some(v),
        Value::Object(m) => m.values().find_map(|x| node_with_formula(x, id)),
        Value::Array(a) => a.iter().find_map(|x| node_with_formula(x, id)),
        _ => None,
    }
}

#[test]
fn formulas_with_words_are_in_the_users_language() {
    let dir = Dir::new("gain-formula-lang");
    let f = dir.write("s.json", PART_TIME_KH);
    // Work side: (12.000 − 32,66 kr. × 65 timer) is the kontanthjælp deduction (LAS § 31, stk. 1).
    let en = ok(&["calc", &f, "--lang", "en"]);
    let n = node_with_formula(&en["work"], "kh-deduction").expect("a kh-deduction formula");
    let (da, text) = (n["formula"].as_str().unwrap(), n["formula_text"].as_str().unwrap());
    assert!(da.contains("timer") && da.contains("32,66"), "{da}");
    assert!(text.contains("hours") && text.contains("32,66") && !text.contains("timer"), "{text}");
    assert_eq!(n["formula_args"]["v2"], "32,66");
    let da_run = ok(&["calc", &f]);
    let n = node_with_formula(&da_run["work"], "kh-deduction").unwrap();
    assert_eq!(n["formula_text"], n["formula"], "Danish is the code's own text");
}
