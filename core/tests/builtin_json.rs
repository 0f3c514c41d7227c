//! The built-in rules load from JSON that core/build.rs makes from the TOML
//! files (issue 16: no TOML parser at start-up). These tests prove the two
//! forms are the same rules: file by file as data, and as the loaded rule set.

use ret_og_frist_core::rules::{BUILTIN_FILES, BUILTIN_JSON, BUILTIN_REVIEWED, BUILTIN_SHA256, BUILTIN_VERSION};
use ret_og_frist_core::{DeadlineKind, RuleSet};

#[test]
fn the_json_form_has_every_toml_file_in_the_same_order() {
    let toml: Vec<&str> = BUILTIN_FILES.iter().map(|(p, _)| *p).collect();
    let json: Vec<&str> = BUILTIN_JSON.iter().map(|(p, _)| *p).collect();
    assert_eq!(json, toml);
    assert!(toml.len() >= 14, "{toml:?}");
}

/// Each file, read by the TOML parser and by serde_json into the same
/// self-describing value: equal keys, strings, integers and floats (to the bit).
#[test]
fn each_json_file_holds_the_same_data_as_its_toml_file() {
    for ((path, toml_text), (_, json_text)) in BUILTIN_FILES.iter().zip(BUILTIN_JSON) {
        let from_toml: serde_json::Value = toml::from_str(toml_text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let from_json: serde_json::Value = serde_json::from_str(json_text).unwrap_or_else(|e| panic!("{path}: {e}"));
        if let Some((at, a, b)) = first_difference("", &from_json, &from_toml) {
            panic!("{path}: {at}: JSON has {a}, TOML has {b}");
        }
        assert_eq!(from_json, from_toml, "{path}");
    }
}

/// The path of the first place two values differ, with both sides there.
fn first_difference(at: &str, a: &serde_json::Value, b: &serde_json::Value) -> Option<(String, String, String)> {
    use serde_json::Value::{Array, Object};
    match (a, b) {
        (Object(x), Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|k| match (x.get(k), y.get(k)) {
                (Some(p), Some(q)) => first_difference(&format!("{at}.{k}"), p, q),
                (p, q) => Some((format!("{at}.{k}"), format!("{p:?}"), format!("{q:?}"))),
            })
        }
        (Array(x), Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find_map(|(i, (p, q))| first_difference(&format!("{at}[{i}]"), p, q))
        }
        _ => (a != b).then(|| (at.to_string(), a.to_string(), b.to_string())),
    }
}

/// The rule set from the JSON equals the one from the TOML text: compared as
/// values and as their serialization (which also shows a decimal's scale,
/// 24.3 against 24.30, that equality of values would not).
#[test]
fn builtin_equals_the_rules_parsed_from_the_toml_files() {
    let json = RuleSet::builtin().expect("built-in rules from JSON");
    let toml = RuleSet::from_files(BUILTIN_FILES).expect("built-in rules from TOML");
    let (a, b) = (serde_json::to_value(&json).unwrap(), serde_json::to_value(&toml).unwrap());
    assert!(a.to_string().len() > 100_000, "the comparison covers the whole tree");
    if let Some((at, x, y)) = first_difference("", &a, &b) {
        panic!("RuleSet::builtin() differs from RuleSet::from_files(BUILTIN_FILES) at {at}: {x} against {y}");
    }
    assert!(json == toml, "RuleSet::builtin() differs from RuleSet::from_files(BUILTIN_FILES)");
    // The rates and deadlines the engine reads are there (not two empty sets).
    assert!(json.satser.len() > 100 && json.frister.len() >= 7 && !json.kommuner.is_empty());
}

/// The deadline-kind registry reads the JSON form; its kinds, their order
/// (the TOML file's order of `[frist.ID]` rows) and what each is must match
/// the TOML file.
#[test]
fn the_deadline_kinds_follow_the_toml_file() {
    let text = BUILTIN_FILES.iter().find(|(p, _)| *p == "dk/frister.toml").unwrap().1;
    let mut in_file: Vec<(usize, String)> = text
        .lines()
        .scan(0usize, |at, line| {
            let here = *at;
            *at += line.len() + 1;
            Some((here, line))
        })
        .filter_map(|(at, line)| {
            let id = line.trim().strip_prefix("[frist.")?.strip_suffix(']')?;
            (!id.contains('.')).then(|| (at, id.to_string()))
        })
        .collect();
    in_file.sort();
    let ids: Vec<String> = in_file.into_iter().map(|(_, id)| id).collect();
    let kinds: Vec<String> = DeadlineKind::all().iter().map(|k| k.id().to_string()).collect();
    assert_eq!(kinds, ids);
    let rules = RuleSet::from_files(BUILTIN_FILES).unwrap();
    for k in DeadlineKind::all() {
        let row = &rules.frister[k.id()];
        assert_eq!(k.event(), row.start, "{k}");
        assert_eq!(k.runs_from(), row.runs_from, "{k}");
        assert_eq!(k.by_employment(), !row.excluded_days.is_empty(), "{k}");
    }
}

/// `BUILTIN_REVIEWED` lists each file's `[meta] reviewed` as the TOML says.
#[test]
fn the_reviewed_dates_follow_the_toml_files() {
    let mut expected = Vec::new();
    for (path, text) in BUILTIN_FILES {
        let v: toml::Table = toml::from_str(text).unwrap();
        if let Some(r) = v.get("meta").and_then(|m| m.get("reviewed")).and_then(|r| r.as_str()) {
            expected.push((*path, r.to_string()));
        }
    }
    let got: Vec<(&str, String)> = BUILTIN_REVIEWED.iter().map(|(p, r)| (*p, r.to_string())).collect();
    assert_eq!(got, expected);
    assert!(!got.is_empty());
}

/// `BUILTIN_VERSION` is the loaded rules' version; `BUILTIN_SHA256` is a hash
/// (its equality to rule packs' `content_hash` is rulepack's to test).
#[test]
fn the_version_and_hash_made_at_build_time() {
    assert_eq!(BUILTIN_VERSION, RuleSet::from_files(BUILTIN_FILES).unwrap().version);
    assert_eq!(BUILTIN_SHA256.len(), 64);
    assert!(BUILTIN_SHA256.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)), "{BUILTIN_SHA256}");
}
