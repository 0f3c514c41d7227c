//! The rule book: one value type for every rule, and rule paths as checked
//! constants generated from `rules/dk/**` (core/build.rs).

use chrono::NaiveDate;
use ret_og_frist_core::paths::{self, Path, ABSENT, ALL};
use ret_og_frist_core::rules::{RulesError, BUILTIN_FILES};
use ret_og_frist_core::RuleSet;
use std::collections::BTreeSet;

fn has(rules: &RuleSet, name: &str) -> bool {
    rules.satser.contains_key(name) || rules.parameters().iter().any(|(p, _)| p == name)
}

#[test]
fn a_checked_path_finds_its_rule_of_either_kind() {
    let rules = RuleSet::builtin().unwrap();
    for p in ALL {
        assert_eq!(rules.rule(p).is_some(), has(&rules, p.name()), "{p}");
    }
    assert!(std::ptr::eq(rules.rule(paths::FRIST_COMPLAINT).unwrap(), &rules.frister["complaint"].length));
    assert!(std::ptr::eq(rules.rule(paths::POST_PAPER).unwrap(), &rules.post["paper"].delay));
    assert!(rules.rule_named("kommune.Odense.kommuneskat").is_some());
    assert!(rules.rule_named("frist.no-such").is_none());
}

#[test]
fn every_path_constant_is_in_the_builtin_rules_or_listed_absent() {
    let rules = RuleSet::builtin().unwrap();
    for p in ALL {
        let absent = ABSENT.contains(&p.name());
        assert_ne!(has(&rules, p.name()), absent, "{p}: in the data = {}, listed absent = {absent}", !absent);
    }
}

#[test]
fn every_builtin_rule_but_a_municipality_has_a_constant() {
    let rules = RuleSet::builtin().unwrap();
    let mut seen = BTreeSet::new();
    let names = rules.satser.keys().cloned().chain(rules.parameters().into_iter().map(|(p, _)| p));
    for name in names.filter(|n| !n.starts_with("kommune.")) {
        let p = Path::find(&name).unwrap_or_else(|| panic!("{name} has no constant"));
        assert_eq!(p.name(), name);
        assert!(seen.insert(p.index()), "{name}: index shared");
    }
    assert_eq!(seen.len() + ABSENT.len(), ALL.len());
}

#[test]
fn deadline_lengths_and_rates_are_one_type() {
    let rules = RuleSet::builtin().unwrap();
    let date = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    // A deadline length lasts until changed: its 1900 value still holds.
    let complaint = &rules.frister["complaint"].length;
    let v = complaint.at(date).expect("in force");
    assert_eq!(v.v, complaint.values[0].v);
    assert_eq!(u64::from(v.whole()), u64::try_from(v.v.mantissa()).unwrap() / 10u64.pow(v.v.scale()));
    // A rate is the same type, found by its checked path.
    let rate: &ret_og_frist_core::cited::Rule = &rules.satser[paths::SKAT_AM_BIDRAG_SATS.name()];
    assert!(rate.unit.is_some());
    assert!(rate.at(date).is_some());
}

#[test]
fn a_deadline_length_must_be_whole() {
    let files: Vec<(&str, String)> = BUILTIN_FILES
        .iter()
        .map(|(p, t)| {
            let t = if *p == "dk/frister.toml" {
                t.replacen("values = [{ from = \"1900-01-01\", n = 4,", "values = [{ from = \"1900-01-01\", n = 4.5,", 1)
            } else {
                t.to_string()
            };
            (*p, t)
        })
        .collect();
    assert_ne!(files.iter().find(|(p, _)| *p == "dk/frister.toml").unwrap().1, BUILTIN_FILES.iter().find(|(p, _)| *p == "dk/frister.toml").unwrap().1);
    let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let err = RuleSet::from_files(&refs).unwrap_err();
    assert!(matches!(&err, RulesError::Invalid { id, problem } if id.starts_with("frist.") && problem.contains("4.5")), "{err}");
}

#[test]
fn a_rate_needs_a_unit() {
    let files: Vec<(&str, String)> = BUILTIN_FILES
        .iter()
        .map(|(p, t)| (*p, if *p == "dk/satser/skat.toml" { t.replacen("unit = \"percent\"\n", "", 1) } else { t.to_string() }))
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let err = RuleSet::from_files(&refs).unwrap_err();
    assert!(err.to_string().contains("needs a unit"), "{err}");
}
