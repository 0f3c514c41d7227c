//! The earnings sweep computes numbers only (no explanation tree), so it must
//! give at every point exactly what `evaluate` gives for the same household
//! working that many hours: disposable income, gross wage and every part.

use ret_og_frist_core::gain::ctx::estimates;
use ret_og_frist_core::gain::household::side;
use ret_og_frist_core::gain::sweep::job_at;
use ret_og_frist_core::gain::{evaluate, sweep, Ctx, Scenario};
use ret_og_frist_core::RuleSet;
use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
mod common;

#[derive(Debug, Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
struct Case {
    id: String,
    kind: String,
    input: toml::Value,
}

/// Every household in the docs' examples and the golden cases, and the
/// examples again with capital income and a birth year near the
/// folkepensionsalder (the senior deduction and the capital-income bracket).
fn households() -> Vec<(String, Scenario)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/examples/gain");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let mut out = Vec::new();
    for p in paths.iter().filter(|p| p.extension().is_some_and(|x| x == "json")) {
        let text = std::fs::read_to_string(p).unwrap();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        out.push((name.clone(), Scenario::from_json(&text).unwrap()));
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        for a in v["adults"].as_array_mut().unwrap() {
            a["capital_income"] = serde_json::json!(250_000);
            a["age"] = serde_json::json!(65);
            a["birth_year"] = serde_json::json!(1961);
            a["birth_month"] = serde_json::json!(2);
        }
        out.push((format!("{name} with capital income, born February 1961"), Scenario::from_json(&v.to_string()).unwrap()));
    }
    for (file, f) in common::files::<File>("gain") {
        for c in f.case.into_iter().filter(|c| c.kind == "calc") {
            let s: Scenario = c.input.try_into().unwrap_or_else(|e| panic!("{}: {e}", c.id));
            out.push((format!("{file} {}", c.id), s));
        }
    }
    out
}

#[test]
fn every_sweep_point_equals_evaluate_at_its_hours() {
    let rules = RuleSet::builtin().unwrap();
    let all = households();
    assert!(all.len() >= 60, "{} households", all.len());
    let (mut points, mut kinds) = (0, std::collections::BTreeSet::new());
    for (name, s) in &all {
        for a in &s.adults {
            kinds.insert(format!("{:?}", a.benefit).split([' ', '{']).next().unwrap().to_string());
        }
        // Half-hour steps from 0 to 45 hours: every part's limits are crossed.
        let result = sweep(&rules, s, Decimal::from(45), 90);
        // The same points, each with its own explained calculation.
        let explained = Ctx::new(&rules, s.date);
        let reference: Result<Vec<_>, _> = (0..=90)
            .map(|i| {
                let hours = Decimal::from(45) * Decimal::from(i) / Decimal::from(90);
                side(&explained, s, &job_at(s, hours), true).map(|sd| (hours, sd))
            })
            .collect::<Result<_, _>>();
        let (sw, reference) = match (result, reference) {
            (Ok(sw), Ok(r)) => (sw, r),
            (Err(a), Err(b)) => {
                assert_eq!(a, b, "{name}: the sweep fails as the calculation does");
                continue;
            }
            (a, b) => panic!("{name}: sweep {:?} vs calculation {:?}", a.err(), b.err()),
        };
        assert_eq!(sw.points.len(), 91, "{name}");
        assert_eq!(sw.estimated, estimates(&explained.used()), "{name}: estimated rates");
        for (p, (hours, sd)) in sw.points.iter().zip(&reference) {
            assert_eq!(p.hours_per_week, *hours, "{name}");
            let mut at = s.clone();
            at.job = job_at(s, *hours);
            let e = evaluate(&rules, &at);
            assert!(e.cannot_compute.is_empty(), "{name} at {hours} h: {:?}", e.cannot_compute);
            let w = e.work.as_ref().unwrap();
            assert_eq!(p.disposable, w.disposable, "{name} at {hours} h: disposable");
            assert_eq!(p.gross_wage, w.gross_wage, "{name} at {hours} h: gross wage");
            let parts: BTreeMap<String, Decimal> = p.parts.iter().map(|(k, v)| (k.to_string(), *v)).collect();
            assert_eq!(parts, w.parts, "{name} at {hours} h: parts");
            assert_eq!(w.tree.amount, w.disposable, "{name} at {hours} h: the tree's root");
            assert_eq!((p.disposable, &parts), (sd.disposable, &sd.parts), "{name} at {hours} h: shared context");
            // Bit for bit (the same digits and scale), not only the same value:
            // the sweep keeps the household's hours-independent parts from its
            // first point, `evaluate` from its benefit side, `side` computes them
            // afresh, and how a figure is written must not depend on which.
            let bits = |x: &Decimal| x.serialize();
            assert_eq!(bits(&p.disposable), bits(&w.disposable), "{name} at {hours} h: disposable, bit for bit");
            assert_eq!(bits(&p.disposable), bits(&sd.disposable), "{name} at {hours} h: disposable, bit for bit");
            assert_eq!(bits(&p.gross_wage), bits(&w.gross_wage), "{name} at {hours} h: gross wage, bit for bit");
            for (k, v) in p.parts.iter() {
                assert_eq!(bits(v), bits(&w.parts[*k]), "{name} at {hours} h: {k}, bit for bit");
                assert_eq!(bits(v), bits(&sd.parts[*k]), "{name} at {hours} h: {k}, bit for bit");
            }
            points += 1;
        }
    }
    assert!(points > 5_000, "{points} points");
    // The variants do reach the senior deduction and the capital-income bracket.
    let (_, couple) = all.iter().find(|(n, _)| n.starts_with("couple-1.json with")).unwrap();
    let e = evaluate(&rules, couple);
    let w = e.work.as_ref().unwrap();
    assert!(w.parts.get("capital_income").is_some_and(|x| *x > Decimal::ZERO));
    assert!(w.tree.find("senior_beskaeftigelsesfradrag").is_some_and(|n| n.amount < Decimal::ZERO));
    assert!(w.tree.find("mellemskat.kapitalindkomst").is_some_and(|n| n.amount < Decimal::ZERO));
    for k in ["None", "Kontanthjaelp", "Dagpenge", "Sygedagpenge", "Fleksjob"] {
        assert!(kinds.contains(k), "no household with {k}: {kinds:?}");
    }
}

/// Numbers-only figures carry no explanation, explained ones do, and both
/// compute the same amounts.
#[test]
fn numbers_only_builds_no_tree() {
    let rules = RuleSet::builtin().unwrap();
    let text = include_str!("../../docs/examples/gain/single-parent-2.json");
    let s = Scenario::from_json(text).unwrap();
    let bare = side(&Ctx::numbers_only(&rules, s.date), &s, &s.job, true).unwrap();
    let full = side(&Ctx::new(&rules, s.date), &s, &s.job, true).unwrap();
    assert!(bare.tree.children.is_empty() && bare.tree.rules.is_empty() && bare.tree.formula.is_none());
    assert!(full.tree.children.len() >= 4, "{:?}", full.tree.children.len());
    assert_eq!((bare.disposable, &bare.parts, bare.gross_wage), (full.disposable, &full.parts, full.gross_wage));
    assert_eq!(bare.tree.amount, full.tree.amount);
}
