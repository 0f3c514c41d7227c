//! `navigator --pack FILE`: an adviser computes under a signed rule pack, through
//! `ActiveRules::resolve` as the window and the desktop shell do. Packs here are
//! signed with the published TEST key (`rules/keys/test.key`), which no build
//! trusts: `--pack-key-pub rules/keys/test.pub` trusts it for one run, and
//! without it the same pack is refused as untrusted.
//!
//! The values in the test packs (an 8-week complaint deadline, a new levy) are
//! test data, not law.


mod common;
use common::{fails, ok, pack_with_test_key, repo, rules_copy, Dir};

/// A copy of rules/dk in `dir` as `rules/`, with `edit` applied to one file.
fn rules_with(dir: &Dir, file: &str, edit: impl Fn(&str) -> String) -> String {
    let rules = rules_copy(dir);
    let path = std::path::Path::new(&rules).join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = edit(&text);
    assert_ne!(edited, text, "the edit applies to {file}");
    std::fs::write(&path, edited).unwrap();
    rules
}

/// Sign `rules` with the test key into `dir/out`.
fn pack(dir: &Dir, rules: &str, out: &str) -> String {
    pack_with_test_key(rules, "2027-01", "2027-01-02", &dir.path(out));
    dir.path(out)
}

/// A pack whose complaint deadline is 8 weeks instead of 4.
fn eight_weeks(dir: &Dir) -> String {
    let rules = rules_with(dir, "dk/frister.toml", |t| {
        let start = t.find("[frist.complaint]").unwrap();
        let end = start + t[start..].find("[frist.complaint-akasse]").unwrap();
        assert_eq!(t[start..end].matches("n = 4,").count(), 1, "frister.toml has drifted");
        format!("{}{}{}", &t[..start], t[start..end].replacen("n = 4,", "n = 8,", 1), &t[end..])
    });
    pack(dir, &rules, "p.json")
}

const COMPLAINT: [&str; 4] = ["deadline", "complaint", "--received", "2026-03-02"];

#[test]
fn a_pack_changes_the_result_and_is_named() {
    let dir = Dir::new("pack-use");
    let file = eight_weeks(&dir);
    let key = repo("rules/keys/test.pub");
    // Built-in: 4 weeks from Monday 2 March 2026 (receipt day 0) is Monday 30 March, a working day.
    let builtin = ok(&COMPLAINT);
    assert_eq!(builtin["deadline"], "2026-03-30");
    assert!(builtin.get("rules_pack").is_none(), "the built-in rules are not a pack");
    // The pack: 8 weeks is Monday 27 April 2026, a working day (Easter Monday is 6 April).
    let mut args = vec!["--pack", file.as_str(), "--pack-key-pub", key.as_str()];
    args.extend(COMPLAINT);
    let packed = ok(&args);
    assert_eq!(packed["deadline"], "2026-04-27");
    assert_eq!(packed["rules_pack"]["pack"], "2027-01");
    assert_eq!(packed["rules_pack"]["builtin"], false);
    // An override goes on top of the pack, and the baseline beside it is the pack's.
    // 6 weeks: Monday 13 April 2026.
    let mut args = vec!["--pack", file.as_str(), "--pack-key-pub", key.as_str(), "--override", "frist.complaint=6",
        "--override-note", "test"];
    args.extend(COMPLAINT);
    let over = ok(&args);
    assert_eq!(over["deadline"], "2026-04-13");
    assert_eq!(over["baseline_deadline"], "2026-04-27");
    // The rule book shows the pack's value.
    let show = ok(&["--pack", &file, "--pack-key-pub", &key, "rules", "show", "frist.complaint"]);
    assert_eq!(show["entry"]["values"][0]["value"], "8");
}

#[test]
fn a_pack_this_build_does_not_trust_is_refused_in_the_chosen_language() {
    let dir = Dir::new("pack-untrusted");
    let file = eight_weeks(&dir);
    let mut args = vec!["--pack", file.as_str()];
    args.extend(COMPLAINT);
    let line = fails(&args);
    assert!(line.contains("p.json") && line.contains("[untrusted_key]"), "{line}");
    assert!(line.contains("ikke underskrevet med Ret og Frists nøgle"), "Danish by default: {line}");
    let mut args = vec!["--lang", "en", "--pack", file.as_str()];
    args.extend(COMPLAINT);
    let line = fails(&args);
    assert!(line.contains("p.json") && line.contains("not signed with Ret og Frist's key"), "{line}");
}

#[test]
fn a_damaged_missing_or_foreign_file_is_one_line_naming_it() {
    let dir = Dir::new("pack-bad");
    let file = eight_weeks(&dir);
    let key = repo("rules/keys/test.pub");
    let run_with = |pack: &str| {
        let mut args = vec!["--pack", pack, "--pack-key-pub", key.as_str()];
        args.extend(COMPLAINT);
        fails(&args)
    };
    // Tampered after signing: the 8 becomes a 9.
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("n = 8,"), "the pack carries the rule text");
    let tampered = dir.write("tampered.json", &text.replacen("n = 8,", "n = 9,", 1));
    let line = run_with(&tampered);
    assert!(line.contains("tampered.json") && (line.contains("[bad_signature]") || line.contains("[hash_mismatch]")), "{line}");
    assert!(line.contains("Filen kan være ændret"), "{line}");
    // Not a pack at all.
    let line = run_with(&dir.write("notes.txt", "hello"));
    assert!(line.contains("notes.txt") && line.contains("[malformed]"), "{line}");
    // Not there.
    let line = run_with(&dir.path("absent.json"));
    assert!(line.contains("absent.json"), "{line}");
    // Not UTF-8.
    std::fs::write(dir.path("bin.json"), [0xff, 0xfe, 0x00, 0x01]).unwrap();
    let line = run_with(&dir.path("bin.json"));
    assert!(line.contains("bin.json") && line.contains("[malformed]"), "{line}");
    // A key file without --pack is a mistake, not ignored.
    let mut args = vec!["--pack-key-pub", key.as_str()];
    args.extend(COMPLAINT);
    let line = fails(&args);
    assert!(line.contains("--pack"), "{line}");
}

/// A pack older than this build's rules must not roll them back.
#[test]
fn an_older_pack_is_refused() {
    use ret_og_frist_rulepack::{content_hash, keys, sign, to_bytes};
    let dir = Dir::new("pack-older");
    let current = ret_og_frist_rulepack::builtin_info().version;
    let files: Vec<(String, String)> = ret_og_frist_core::rules::BUILTIN_FILES
        .iter()
        .map(|(p, t)| {
            let t = if *p == "dk/version.toml" {
                t.replace(&format!("version = {current}\n"), &format!("version = {}\n", current - 1))
            } else {
                t.to_string()
            };
            (p.to_string(), t)
        })
        .collect();
    let pairs: Vec<(&str, &str)> = ret_og_frist_core::rules::BUILTIN_FILES.to_vec();
    let mut old = ret_og_frist_rulepack::build(&pairs, "old", chrono::NaiveDate::from_ymd_opt(2027, 1, 2).unwrap()).unwrap();
    old.files = files.into_iter().collect();
    old.sha256 = content_hash(&old.files);
    old.version = current - 1;
    let key = keys::parse_private_key(&std::fs::read_to_string(repo("rules/keys/test.key")).unwrap()).unwrap();
    std::fs::write(dir.path("old.json"), to_bytes(&sign(&old, &key))).unwrap();
    let file = dir.path("old.json");
    let pubkey = repo("rules/keys/test.pub");
    let mut args = vec!["--lang", "en", "--pack", file.as_str(), "--pack-key-pub", pubkey.as_str()];
    args.extend(COMPLAINT);
    let line = fails(&args);
    assert!(line.contains("old.json") && line.contains("[older]") && line.contains("older than the rules"), "{line}");
}

/// A rate only the pack knows is computed with and named by the pack.
#[test]
fn a_rate_the_pack_adds_is_named_by_the_pack() {
    let dir = Dir::new("pack-new-rate");
    let rules = rules_with(&dir, "dk/satser/skat.toml", |t| {
        format!(
            "{t}\n[sats.\"skat.ny_afgift.sats\"]\nunit = \"percent\"\nlabel = \"Ny afgift\"\nlabel_en = \"New levy\"\n\
             reference = \"Testlov § 1\"\nsource = \"https://example.org/testlov\"\nconfidence = \"low\"\nmin = 0\n\
             max = 100\nvalues = [ {{ from = \"2027-01-01\", v = 1, confidence = \"low\" }} ]\n"
        )
    });
    let file = pack(&dir, &rules, "p.json");
    let key = repo("rules/keys/test.pub");
    let da = ok(&["--pack", &file, "--pack-key-pub", &key, "rules", "show", "skat.ny_afgift.sats"]);
    assert_eq!(da["label"], "Ny afgift");
    let en = ok(&["--lang", "en", "--pack", &file, "--pack-key-pub", &key, "rules", "show", "skat.ny_afgift.sats"]);
    assert_eq!(en["label"], "New levy");
    // A built-in rate keeps its name from satser.ftl under the pack.
    let b = ok(&["--lang", "en", "--pack", &file, "--pack-key-pub", &key, "rules", "show", "skat.personfradrag"]);
    assert_eq!(b["label"], "Personal allowance (fully tax-liable persons)");
    // Without the pack the rate does not exist.
    let line = fails(&["rules", "show", "skat.ny_afgift.sats"]);
    assert!(line.contains("skat.ny_afgift.sats"), "{line}");
}

/// `--lang` accepts the app's four languages and names them when refused.
#[test]
fn every_language_of_the_app_is_accepted() {
    for lang in ["da", "en", "uk", "ar"] {
        let mut args = vec!["--lang", lang];
        args.extend(COMPLAINT);
        assert_eq!(ok(&args)["deadline"], "2026-03-30", "{lang}");
    }
    let mut args = vec!["--lang", "de"];
    args.extend(COMPLAINT);
    let line = fails(&args);
    assert!(line.contains("'de'") && line.contains("da, en, uk, ar"), "{line}");
}
