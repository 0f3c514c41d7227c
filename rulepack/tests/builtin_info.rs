//! `builtin_info()` reads what core's build.rs computed from the built-in TOML
//! files; these must equal what this crate computes from the texts themselves.

use ret_og_frist_core::rules::{BUILTIN_FILES, BUILTIN_SHA256};
use ret_og_frist_core::RuleSet;
use ret_og_frist_rulepack::{builtin_info, content_hash, reviewed};

#[test]
fn builtin_info_equals_what_the_toml_files_give() {
    let files: std::collections::BTreeMap<String, String> =
        BUILTIN_FILES.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
    let info = builtin_info();
    assert_eq!(content_hash(&files), BUILTIN_SHA256, "core/build.rs files_hash against canonical.rs content_hash");
    assert_eq!(info.sha256, content_hash(&files));
    assert_eq!(info.version, RuleSet::from_files(BUILTIN_FILES).unwrap().version);
    let date = BUILTIN_FILES.iter().filter_map(|(_, t)| reviewed(t)).max().unwrap();
    assert_eq!(info.date, date);
    assert_eq!(info.pack, date.format("%Y-%m-%d").to_string());
    let known: Vec<&str> = ret_og_frist_rulepack::known_files().collect();
    assert_eq!(known, BUILTIN_FILES.iter().map(|(p, _)| *p).collect::<Vec<_>>());
}
