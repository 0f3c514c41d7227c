//! `navigator rules pack|verify|keygen`: signed rule packs from the command line,
//! with the published TEST key (`rules/keys/test.key`), which no build trusts.

use serde_json::Value;
use std::path::Path;

mod common;
use common::{fails, ok, repo, rules_copy, run_in, Dir, WORKSPACE};

/// Sign `rules` as pack "2027-01" of 2 January 2027 into `dir/out`.
fn pack_with_test_key(dir: &Dir, rules: &str, out: &str) -> Value {
    common::pack_with_test_key(rules, "2027-01", "2027-01-02", &dir.path(out))
}

#[test]
fn pack_then_verify_with_the_test_key() {
    let dir = Dir::new("rules-roundtrip");
    let made = pack_with_test_key(&dir, &repo("rules"), "p.json");
    assert_eq!(made["pack"], "2027-01");
    assert_eq!(made["date"], "2027-01-02");
    assert_eq!(made["builtin"], false);
    assert_eq!(made["trusted_by_this_build"], false, "the test key is never trusted");
    assert_eq!(made["sha256"].as_str().unwrap().len(), 64);
    assert!(!Path::new(&dir.path("p.json.tmp")).exists());

    let info = ok(&["rules", "verify", &dir.path("p.json"), "--key-pub", &repo("rules/keys/test.pub")]);
    let keys: Vec<_> = info.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["builtin", "date", "key_id", "pack", "sha256", "version"]);
    assert_eq!(info["version"], made["version"]);
    assert_eq!(info["version"], ret_og_frist_rulepack::builtin_info().version);
    assert_eq!(info["sha256"], made["sha256"]);
    assert_eq!(info["key_id"], made["key_id"]);
    assert_eq!(info["pack"], "2027-01");

    // Without --key-pub only the release key is trusted.
    let line = fails(&["rules", "verify", &dir.path("p.json")]);
    assert!(line.contains("[untrusted_key]") && line.contains("p.json"), "{line}");
}

#[test]
fn default_rules_folder_is_rules() {
    let dir = Dir::new("rules-default");
    let (code, out, err) = run_in(WORKSPACE, &["rules", "pack", "--key", "rules/keys/test.key", "--name", "x",
        "--date", "2027-01-02", "--out", &dir.path("p.json")], None);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let explicit = pack_with_test_key(&dir, &repo("rules"), "q.json");
    assert_eq!(v["sha256"], explicit["sha256"]);
}

#[test]
fn tampered_pack_is_refused() {
    let dir = Dir::new("rules-tamper");
    pack_with_test_key(&dir, &repo("rules"), "p.json");
    let text = std::fs::read_to_string(dir.path("p.json")).unwrap();
    let tampered = text.replacen("n = 4,", "n = 5,", 1);
    assert_ne!(tampered, text);
    std::fs::write(dir.path("t.json"), tampered).unwrap();
    let line = fails(&["rules", "verify", &dir.path("t.json"), "--key-pub", &repo("rules/keys/test.pub")]);
    assert!(line.contains("[bad_signature]"), "{line}");

    std::fs::write(dir.path("junk.json"), b"\x00\x01 not a pack").unwrap();
    let line = fails(&["rules", "verify", &dir.path("junk.json"), "--key-pub", &repo("rules/keys/test.pub")]);
    assert!(line.contains("[malformed]"), "{line}");

    std::fs::write(dir.path("big.json"), vec![b' '; 3 * 1024 * 1024]).unwrap();
    let line = fails(&["rules", "verify", &dir.path("big.json")]);
    assert!(line.contains("[too_large]"), "{line}");

    let line = fails(&["rules", "verify", &dir.path("missing.json")]);
    assert!(line.contains("missing.json"), "{line}");
}

#[test]
fn keygen_then_pack_and_verify() {
    let dir = Dir::new("rules-keygen");
    let key = dir.path("k.key");
    let made = ok(&["rules", "keygen", "--out", &key]);
    assert_eq!(made["key_id"].as_str().unwrap().len(), 16);
    assert_eq!(made["public_key"], format!("{key}.pub"));
    let private = std::fs::read_to_string(&key).unwrap();
    assert!(private.contains("PRIVATE") && private.contains(made["key_id"].as_str().unwrap()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&key).unwrap().permissions().mode() & 0o777, 0o600);
    }
    // Never overwrites.
    let line = fails(&["rules", "keygen", "--out", &key]);
    assert!(line.contains("already exists"), "{line}");
    assert_eq!(std::fs::read_to_string(&key).unwrap(), private);

    let out = dir.path("p.json");
    let packed = ok(&["rules", "pack", "--key", &key, "--name", "2027-01", "--date", "2027-01-02",
        "--rules", &repo("rules"), "--out", &out]);
    assert_eq!(packed["key_id"], made["key_id"]);
    let info = ok(&["rules", "verify", &out, "--key-pub", &format!("{key}.pub")]);
    assert_eq!(info["key_id"], made["key_id"]);
    // The test key's public half does not verify this pack.
    let line = fails(&["rules", "verify", &out, "--key-pub", &repo("rules/keys/test.pub")]);
    assert!(line.contains("[untrusted_key]"), "{line}");
}

#[test]
fn bad_rules_and_bad_arguments() {
    let dir = Dir::new("rules-bad");
    // A frist without its source: the validation message.
    let rules = rules_copy(&dir);
    let frister = format!("{rules}/dk/frister.toml");
    let text = std::fs::read_to_string(&frister).unwrap();
    let section = text.find("[frist.complaint]\n").unwrap();
    let at = section + text[section..].find("\nsource = ").unwrap();
    let end = at + 1 + text[at + 1..].find('\n').unwrap();
    std::fs::write(&frister, format!("{}{}", &text[..at], &text[end..])).unwrap();
    let line = fails(&["rules", "pack", "--key", &repo("rules/keys/test.key"), "--name", "x", "--date",
        "2027-01-02", "--rules", &rules, "--out", &dir.path("p.json")]);
    assert!(line.contains("[invalid_rules]") && line.contains("source"), "{line}");
    assert!(!Path::new(&dir.path("p.json")).exists(), "nothing written");

    // An unknown rule file is not left out silently.
    std::fs::write(&frister, &text).unwrap();
    std::fs::write(format!("{rules}/dk/ny.toml"), "x = 1").unwrap();
    let line = fails(&["rules", "pack", "--key", &repo("rules/keys/test.key"), "--name", "x", "--date",
        "2027-01-02", "--rules", &rules, "--out", &dir.path("p.json")]);
    assert!(line.contains("dk/ny.toml"), "{line}");
    std::fs::remove_file(format!("{rules}/dk/ny.toml")).unwrap();

    // A missing rule file.
    std::fs::remove_file(format!("{rules}/dk/reform.toml")).unwrap();
    let line = fails(&["rules", "pack", "--key", &repo("rules/keys/test.key"), "--name", "x", "--date",
        "2027-01-02", "--rules", &rules, "--out", &dir.path("p.json")]);
    assert!(line.contains("reform.toml"), "{line}");

    // The public key where the private one belongs.
    let line = fails(&["rules", "pack", "--key", &repo("rules/keys/test.pub"), "--name", "x", "--date",
        "2027-01-02", "--rules", &repo("rules"), "--out", &dir.path("p.json")]);
    assert!(line.contains("PRIVATE"), "{line}");
    // And the private key where the public one belongs.
    pack_with_test_key(&dir, &repo("rules"), "ok.json");
    let line = fails(&["rules", "verify", &dir.path("ok.json"), "--key-pub", &repo("rules/keys/test.key")]);
    assert!(line.contains("private key"), "{line}");

    let line = fails(&["rules", "pack", "--key", &dir.path("nokey"), "--name", "x", "--date", "2027-01-02",
        "--out", &dir.path("p.json")]);
    assert!(line.contains("nokey"), "{line}");
    let line = fails(&["rules", "pack", "--key", &repo("rules/keys/test.key"), "--name", "x", "--date", "2.1.2027",
        "--out", &dir.path("p.json")]);
    assert!(line.contains("2.1.2027"), "{line}");
    let line = fails(&["rules", "pack", "--key", &repo("rules/keys/test.key"), "--name", "a b", "--date",
        "2027-01-02", "--rules", &repo("rules"), "--out", &dir.path("p.json")]);
    assert!(line.contains("[invalid_field]"), "{line}");
}

/// An old, validly signed pack must not roll the rules back: refused when it is
/// made, when it is verified, and whatever date it claims.
#[test]
fn older_packs_are_refused() {
    let dir = Dir::new("rules-older");
    let current = ret_og_frist_rulepack::builtin_info().version;

    // The reported pack: today's rules dated 1999. Refused, nothing written.
    let line = fails(&["rules", "pack", "--key", &repo("rules/keys/test.key"), "--name", "1999-01", "--date",
        "1999-01-01", "--rules", &repo("rules"), "--out", &dir.path("p.json")]);
    assert!(line.contains("[invalid_field]") && line.contains("1999-01-01") && line.contains("reviewed"), "{line}");
    assert!(!Path::new(&dir.path("p.json")).exists(), "nothing written");

    // Rules of an older version (an old checkout): refused by `rules pack`.
    let rules = rules_copy(&dir);
    let version_file = format!("{rules}/dk/version.toml");
    let text = std::fs::read_to_string(&version_file).unwrap();
    let older = text.replace(&format!("version = {current}\n"), &format!("version = {}\n", current - 1));
    assert_ne!(older, text);
    std::fs::write(&version_file, &older).unwrap();
    let line = fails(&["rules", "pack", "--key", &repo("rules/keys/test.key"), "--name", "old", "--date",
        "2027-01-02", "--rules", &rules, "--out", &dir.path("p.json")]);
    assert!(line.contains("[older]") && line.contains("built-in rules") && line.contains(&format!("version {}", current - 1)),
        "{line}");
    assert!(!Path::new(&dir.path("p.json")).exists(), "nothing written");

    // A pack signed back then (made here with the library): `rules verify` refuses it.
    use ret_og_frist_rulepack::{content_hash, keys, sign, to_bytes};
    let files: Vec<(String, String)> = ret_og_frist_core::rules::BUILTIN_FILES
        .iter()
        .map(|(p, t)| (p.to_string(), if *p == "dk/version.toml" { older.clone() } else { t.to_string() }))
        .collect();
    let newer_pairs: Vec<(&str, &str)> = ret_og_frist_core::rules::BUILTIN_FILES.to_vec();
    let mut pack = ret_og_frist_rulepack::build(&newer_pairs, "old", chrono::NaiveDate::from_ymd_opt(2027, 1, 2).unwrap())
        .unwrap();
    pack.files = files.into_iter().collect();
    pack.sha256 = content_hash(&pack.files);
    pack.version = current - 1;
    let key = keys::parse_private_key(&std::fs::read_to_string(repo("rules/keys/test.key")).unwrap()).unwrap();
    std::fs::write(dir.path("old.json"), to_bytes(&sign(&pack, &key))).unwrap();
    let line = fails(&["rules", "verify", &dir.path("old.json"), "--key-pub", &repo("rules/keys/test.pub")]);
    assert!(line.contains("[older]") && line.contains("old.json"), "{line}");

    // The current version verifies and reports its version.
    let made = pack_with_test_key(&dir, &repo("rules"), "new.json");
    assert_eq!(made["version"], current);
}

/// A rate of a pack's own, new to this build: the apps' texts cannot name it,
/// so the pack must carry its name; `rules pack` refuses it without, and packs
/// it with `label` and `label_en`.
#[test]
fn a_new_rate_needs_its_name_in_the_pack() {
    let dir = Dir::new("rules-new-rate");
    let rules = rules_copy(&dir);
    let skat = format!("{rules}/dk/satser/skat.toml");
    let text = std::fs::read_to_string(&skat).unwrap();
    let rate = |names: &str| {
        format!(
            "{text}\n[sats.\"skat.ny_afgift.sats\"]\nunit = \"percent\"\n{names}reference = \"Testlov § 1\"\n\
             source = \"https://example.org/testlov\"\nconfidence = \"low\"\nmin = 0\nmax = 100\n\
             values = [ {{ from = \"2027-01-01\", v = 1, confidence = \"low\" }} ]\n"
        )
    };
    std::fs::write(&skat, rate("")).unwrap();
    let line = fails(&["rules", "pack", "--key", &repo("rules/keys/test.key"), "--name", "x", "--date",
        "2027-01-02", "--rules", &rules, "--out", &dir.path("p.json")]);
    assert!(line.contains("skat.ny_afgift.sats") && line.contains("label"), "{line}");
    assert!(!Path::new(&dir.path("p.json")).exists(), "nothing written");

    std::fs::write(&skat, rate("label = \"Ny afgift\"\nlabel_en = \"New levy\"\n")).unwrap();
    pack_with_test_key(&dir, &rules, "p.json");
}
