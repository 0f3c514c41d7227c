//! Signed rule packs: round trip with the TEST key, and every way a pack must be
//! refused (whole, with a stable code and one line of text, never a panic).

use chrono::NaiveDate;
use ret_og_frist_core::rules::BUILTIN_FILES;
use ret_og_frist_core::RuleSet;
use ret_og_frist_rulepack::{
    self as rulepack, build, builtin_info, content_hash, from_bytes, keys, sign, to_bytes, trusted_keys,
    verify_and_load, Pack, PackError, SigningKey, TrustedKey, MAX_PACK_BYTES,
};
use std::collections::BTreeMap;

const TEST_KEY: &str = include_str!("../../rules/keys/test.key");
const TEST_PUB: &str = include_str!("../../rules/keys/test.pub");

fn test_key() -> SigningKey {
    keys::parse_private_key(TEST_KEY).unwrap()
}

fn test_trusted() -> Vec<TrustedKey> {
    vec![keys::parse_public_key(TEST_PUB).unwrap()]
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 2).unwrap()
}

fn valid_pack() -> Pack {
    build(BUILTIN_FILES, "2027-01", date()).unwrap()
}

fn valid_bytes() -> Vec<u8> {
    to_bytes(&sign(&valid_pack(), &test_key()))
}

/// A pack with these files, hashed correctly and signed with the test key,
/// bypassing `build`'s checks: what a careless or hostile signer could make.
fn signed_with_files(files: BTreeMap<String, String>) -> Vec<u8> {
    let mut pack = valid_pack();
    pack.sha256 = content_hash(&files);
    pack.files = files;
    to_bytes(&sign(&pack, &test_key()))
}

fn builtin_map() -> BTreeMap<String, String> {
    BUILTIN_FILES.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect()
}

/// Refused with `code`, one line of text, and no rules.
fn refused(bytes: &[u8], trusted: &[TrustedKey], code: &str) -> PackError {
    let e = verify_and_load(bytes, trusted).map(|(info, _)| info).unwrap_err();
    assert_eq!(e.code(), code, "{e}");
    let text = e.to_string();
    assert!(!text.contains('\n') && !text.contains('\r'), "one line: {text:?}");
    e
}

fn replace_once(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    assert_eq!(text.matches(from).count(), 1, "{from}");
    text.replacen(from, to, 1).into_bytes()
}

#[test]
fn round_trip_with_the_test_key() {
    let pack = valid_pack();
    let signed = sign(&pack, &test_key());
    let bytes = to_bytes(&signed);
    assert_eq!(from_bytes(&bytes).unwrap(), signed);
    let (info, rules) = verify_and_load(&bytes, &test_trusted()).unwrap();
    assert_eq!(info.pack, "2027-01");
    assert_eq!(info.date, date());
    assert_eq!(info.sha256, pack.sha256);
    assert_eq!(info.key_id.as_deref(), Some(test_trusted()[0].key_id.as_str()));
    assert!(!info.builtin);
    assert_eq!(rules, RuleSet::builtin().unwrap());
    // Same files → same content hash as the built-in rules.
    assert_eq!(info.sha256, builtin_info().sha256);
    // The JSON shape of the file.
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(v["pack"]["format"], "ret-og-frist-rules");
    assert_eq!(v["pack"]["format_version"], 2);
    assert_eq!(v["pack"]["version"], builtin_info().version);
    assert_eq!(info.version, RuleSet::builtin().unwrap().version);
    assert_eq!(v["pack"]["date"], "2027-01-02");
    assert_eq!(v["pack"]["files"].as_object().unwrap().len(), BUILTIN_FILES.len());
    assert_eq!(v.as_object().unwrap().keys().collect::<Vec<_>>(), ["key_id", "pack", "signature"]);
    // Signing is deterministic (Ed25519), so the file is reproducible.
    assert_eq!(to_bytes(&sign(&valid_pack(), &test_key())), bytes);
}

#[test]
fn key_files_in_the_repository() {
    let sk = test_key();
    let test = &test_trusted()[0];
    assert_eq!(test.key, sk.verifying_key(), "test.pub is the public half of test.key");
    let trusted = trusted_keys();
    assert_eq!(trusted.len(), 1, "the release key");
    assert_ne!(trusted[0].key_id, test.key_id, "the test key is never trusted by a build");
    let release = keys::parse_public_key(include_str!("../../rules/keys/release.pub")).unwrap();
    assert_eq!(trusted[0], release);
    // No private key in rules/keys but the published test key.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/keys");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        if name == "test.key" {
            assert!(text.contains("TEST ONLY"));
        } else {
            assert!(keys::parse_private_key(&text).is_err(), "{name} must not be a private key");
        }
    }
}

#[test]
fn the_test_key_is_not_trusted_by_default() {
    let e = refused(&valid_bytes(), &trusted_keys(), "untrusted_key");
    assert!(e.to_string().contains(&test_trusted()[0].key_id));
}

#[test]
fn wrong_key() {
    let other = SigningKey::from_bytes(&[42; 32]);
    // Signed by a key nobody trusts.
    refused(&to_bytes(&sign(&valid_pack(), &other)), &test_trusted(), "untrusted_key");
    // Signed by another key but claiming the trusted key's id.
    let mut forged = sign(&valid_pack(), &other);
    forged.key_id = test_trusted()[0].key_id.clone();
    refused(&to_bytes(&forged), &test_trusted(), "bad_signature");
    // Trusting only the other key refuses the test key's pack.
    refused(&valid_bytes(), &[TrustedKey::new(other.verifying_key())], "untrusted_key");
    refused(&valid_bytes(), &[], "untrusted_key");
}

#[test]
fn tampered_file_content() {
    let bytes = valid_bytes();
    // One byte in the JSON: the complaint deadline 4 → 5 weeks.
    let needle = "values = [{ from = \\\"1900-01-01\\\", n = 4, confidence = \\\"high\\\", status = \\\"adopted\\\" }]\\n\\n[frist.complaint-akasse]";
    let at = String::from_utf8(bytes.clone()).unwrap().find(needle).unwrap();
    let n_at = at + needle.find("n = 4").unwrap() + 4;
    let mut tampered = bytes.clone();
    assert_eq!(tampered[n_at], b'4');
    tampered[n_at] = b'5';
    assert_eq!(tampered.len(), bytes.len());
    refused(&tampered, &test_trusted(), "bad_signature");
    // Every signed header field is covered too.
    let signed = sign(&valid_pack(), &test_key());
    let changes: [fn(&mut Pack); 3] = [
        |p| p.pack = "2027-02".into(),
        |p| p.date = NaiveDate::from_ymd_opt(2027, 1, 3).unwrap(),
        |p| {
            // Even with the content hash updated to match.
            p.files.get_mut("dk/reform.toml").unwrap().push(' ');
            p.sha256 = content_hash(&p.files);
        },
    ];
    for (i, change) in changes.iter().enumerate() {
        let mut t = signed.clone();
        change(&mut t.pack);
        assert_ne!(t.pack, signed.pack, "change {i}");
        refused(&to_bytes(&t), &test_trusted(), "bad_signature");
    }
}

#[test]
fn tampered_signature() {
    let signed = sign(&valid_pack(), &test_key());
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut raw = b64.decode(&signed.signature).unwrap();
    for bit in [0, 7, 100, 511] {
        let mut r = raw.clone();
        r[bit / 8] ^= 1 << (bit % 8);
        let t = rulepack::SignedPack { signature: b64.encode(&r), ..signed.clone() };
        refused(&to_bytes(&t), &test_trusted(), "bad_signature");
    }
    raw.pop();
    for sig in [b64.encode(&raw), "not base64!".into(), String::new(), "A".repeat(200)] {
        let t = rulepack::SignedPack { signature: sig, ..signed.clone() };
        refused(&to_bytes(&t), &test_trusted(), "bad_signature");
    }
}

#[test]
fn signed_but_wrong_content_hash() {
    let mut pack = valid_pack();
    pack.sha256 = "0".repeat(64);
    let e = refused(&to_bytes(&sign(&pack, &test_key())), &test_trusted(), "hash_mismatch");
    assert!(e.to_string().contains(&valid_pack().sha256));
}

#[test]
fn missing_file() {
    let mut files = builtin_map();
    files.remove("dk/helligdage.toml");
    let e = refused(&signed_with_files(files), &test_trusted(), "missing_file");
    assert!(e.to_string().contains("dk/helligdage.toml"), "{e}");
    let some: Vec<_> = BUILTIN_FILES.iter().copied().filter(|(p, _)| *p != "dk/reform.toml").collect();
    assert_eq!(build(&some, "x", date()).unwrap_err().code(), "missing_file");
}

#[test]
fn extra_unknown_file() {
    for path in ["dk/extra.toml", "../../etc/passwd", "dk/frister.toml ", "DK/frister.toml", "", "dk/a\nb"] {
        let mut files = builtin_map();
        files.insert(path.into(), "x = 1".into());
        let e = refused(&signed_with_files(files), &test_trusted(), "unknown_file");
        assert!(e.to_string().contains("not a rule file"), "{e}");
    }
    let mut more = BUILTIN_FILES.to_vec();
    more.push(("dk/extra.toml", "x = 1"));
    assert_eq!(build(&more, "x", date()).unwrap_err().code(), "unknown_file");
    let mut twice = BUILTIN_FILES.to_vec();
    twice.push(BUILTIN_FILES[0]);
    assert_eq!(build(&twice, "x", date()).unwrap_err().code(), "invalid_field");
}

#[test]
fn rules_that_fail_validation_are_refused_with_the_reason() {
    // A frist without its source.
    let source = "source = \"https://ast.dk/for-borgere-med-en-klagesag/klagefrister/klagefrister\"\n";
    let without_source = |replacement: &str| {
        let mut files = builtin_map();
        let frister = files.get_mut("dk/frister.toml").unwrap();
        let section = frister.find("[frist.complaint]\n").unwrap();
        let at = section + frister[section..].find(source).unwrap();
        frister.replace_range(at..at + source.len(), replacement);
        files
    };
    let files = without_source("");
    let e = refused(&signed_with_files(files.clone()), &test_trusted(), "invalid_rules");
    assert!(e.to_string().contains("dk/frister.toml") && e.to_string().contains("missing field `source`"), "{e}");
    let pairs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    assert_eq!(build(&pairs, "x", date()).unwrap_err().code(), "invalid_rules");

    // A source that is not a URL: the validation message comes through.
    let files = without_source("source = \"somewhere\"\n");
    let e = refused(&signed_with_files(files), &test_trusted(), "invalid_rules");
    assert!(e.to_string().contains("rule frist.complaint: source must be a URL"), "{e}");

    // Broken TOML: the parser's message, on one line, without the source excerpt.
    let mut files = builtin_map();
    files.insert("dk/reform.toml".into(), "[meta\ntitle = 1\n".into());
    let e = refused(&signed_with_files(files), &test_trusted(), "invalid_rules");
    assert!(e.to_string().contains("dk/reform.toml") && e.to_string().contains("line 1"), "{e}");
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let big = vec![b' '; MAX_PACK_BYTES + 1];
    let e = refused(&big, &test_trusted(), "too_large");
    assert!(e.to_string().contains(&MAX_PACK_BYTES.to_string()));
    // A valid pack padded with JSON whitespace past the limit.
    let mut padded = valid_bytes();
    padded.resize(MAX_PACK_BYTES + 1, b'\n');
    refused(&padded, &test_trusted(), "too_large");
    // At the limit it is still read.
    padded.truncate(MAX_PACK_BYTES);
    assert!(verify_and_load(&padded, &test_trusted()).is_ok());
}

#[test]
fn truncated_input() {
    let bytes = valid_bytes();
    for len in [0, 1, 2, 10, 100, bytes.len() / 2, bytes.len() - 3, bytes.len() - 2] {
        refused(&bytes[..len], &test_trusted(), "malformed");
    }
}

#[test]
fn random_bytes_and_other_files() {
    let samples: [&[u8]; 9] = [
        b"",
        b"\x00\xff\xfe\x01",
        b"null",
        b"[]",
        b"{}",
        b"{\"pack\": 1}",
        b"\xef\xbb\xbf{\"pack\":{}}",
        b"{\"pack\":{\"format\":\"ret-og-frist-rules\",\"format_version\":1}}",
        b"-----BEGIN AGE ENCRYPTED FILE-----\n",
    ];
    for s in samples {
        let e = verify_and_load(s, &test_trusted()).map(|_| ()).unwrap_err();
        assert!(!e.to_string().contains('\n'));
    }
    // 64 levels of nesting and more: refused, no stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    refused(deep.as_bytes(), &test_trusted(), "malformed");
}

#[test]
fn format_version_and_shape() {
    let bytes = valid_bytes();
    refused(&replace_once(&bytes, "\"ret-og-frist-rules\"", "\"ret-og-frist-case\""), &test_trusted(), "wrong_format");
    // Format 1 predates versions: refused, like any other format this build does not read.
    let e = refused(&replace_once(&bytes, "\"format_version\": 2", "\"format_version\": 1"), &test_trusted(), "unsupported_version");
    assert!(e.to_string().contains("supported: 2"), "{e}");
    refused(&replace_once(&bytes, "\"format_version\": 2", "\"format_version\": 3"), &test_trusted(), "unsupported_version");
    refused(&replace_once(&bytes, "\"format_version\": 2", "\"format_version\": \"2\""), &test_trusted(), "unsupported_version");
    // Unsigned extra fields are not ignored.
    refused(&replace_once(&bytes, "\"key_id\":", "\"comment\": \"hi\", \"key_id\":"), &test_trusted(), "malformed");
    refused(&replace_once(&bytes, "\"pack\": \"2027-01\"", "\"pack\": \"2027-01\", \"extra\": 1"), &test_trusted(), "malformed");
    // The same file twice: JSON parsers disagree on which counts, so neither does.
    let dup = replace_once(&bytes, "\"files\": {", "\"files\": {\"dk/reform.toml\": \"x\",");
    let e = refused(&dup, &test_trusted(), "malformed");
    assert!(e.to_string().contains("appears twice"), "{e}");
    // Dates are YYYY-MM-DD only; names are short and plain; ids are hex.
    refused(&replace_once(&bytes, "\"2027-01-02\"", "\"2027-1-2\""), &test_trusted(), "malformed");
    refused(&replace_once(&bytes, "\"2027-01-02\"", "\"2027-02-30\""), &test_trusted(), "malformed");
    refused(&replace_once(&bytes, "\"pack\": \"2027-01\"", "\"pack\": \"2027 01\""), &test_trusted(), "invalid_field");
    refused(&replace_once(&bytes, "\"pack\": \"2027-01\"", "\"pack\": \"\""), &test_trusted(), "invalid_field");
    let id = &test_trusted()[0].key_id;
    refused(&replace_once(&bytes, id, &id.to_uppercase()), &test_trusted(), "invalid_field");
    for name in ["", "a b", "ny\u{e6}r", &"x".repeat(65), "a/b"] {
        assert_eq!(build(BUILTIN_FILES, name, date()).unwrap_err().code(), "invalid_field", "{name:?}");
    }
}

#[test]
fn messages_from_hostile_input_stay_one_line_and_short() {
    let bytes = valid_bytes();
    let nasty = "\\n\\r\\u001b[31m".repeat(100);
    let e = refused(&replace_once(&bytes, "\"ret-og-frist-rules\"", &format!("\"{nasty}\"")), &test_trusted(), "wrong_format");
    assert!(e.to_string().len() < 200 && !e.to_string().contains('\u{1b}'), "{e}");
    let e = refused(&replace_once(&bytes, "\"key_id\":", &format!("\"{nasty}\": 1, \"key_id\":")), &test_trusted(), "malformed");
    assert!(e.to_string().len() < 400 && !e.to_string().contains('\u{1b}'), "{e}");
}

#[test]
fn builtin_rules_described_as_a_pack() {
    let info = builtin_info();
    assert!(info.builtin);
    assert_eq!(info.key_id, None);
    assert_eq!(info.sha256, content_hash(&builtin_map()));
    assert_eq!(info.sha256.len(), 64);
    let dates: Vec<_> = BUILTIN_FILES.iter().map(|(p, t)| rulepack::reviewed(t).unwrap_or_else(|| panic!("{p}: [meta] reviewed"))).collect();
    assert_eq!(info.date, *dates.iter().max().unwrap());
    assert_eq!(info.pack, info.date.format("%Y-%m-%d").to_string());
    let v = serde_json::to_value(&info).unwrap();
    assert_eq!(v["builtin"], true);
    assert_eq!(v["date"], info.pack);
    assert!(v["key_id"].is_null());
}

#[test]
fn error_codes_are_stable() {
    let all = [
        PackError::TooLarge { size: 1, max: 0 },
        PackError::Malformed(String::new()),
        PackError::WrongFormat(String::new()),
        PackError::UnsupportedVersion(String::new()),
        PackError::InvalidField { field: "x", problem: String::new() },
        PackError::UntrustedKey(String::new()),
        PackError::BadSignature("x"),
        PackError::HashMismatch { expected: String::new(), actual: String::new() },
        PackError::UnknownFile(String::new()),
        PackError::MissingFile(String::new()),
        PackError::InvalidRules(String::new()),
        PackError::Key(String::new()),
        PackError::Older { version: 1, than: "x", current: 2 },
    ];
    let codes: Vec<_> = all.iter().map(PackError::code).collect();
    assert_eq!(
        codes,
        [
            "too_large", "malformed", "wrong_format", "unsupported_version", "invalid_field", "untrusted_key",
            "bad_signature", "hash_mismatch", "unknown_file", "missing_file", "invalid_rules", "key", "older"
        ]
    );
}

/// The built-in files with `dk/version.toml` saying `version`.
fn files_of_version(version: u32) -> BTreeMap<String, String> {
    let mut files = builtin_map();
    let current = builtin_info().version;
    let text = files["dk/version.toml"].replace(&format!("version = {current}\n"), &format!("version = {version}\n"));
    assert!(text.contains(&format!("version = {version}\n")));
    files.insert("dk/version.toml".into(), text);
    files
}

/// A pack of these files and header version, correctly hashed and signed with
/// the test key (bypassing `build`): a genuine old pack, or a forged header.
fn signed_pack(files: BTreeMap<String, String>, version: u32) -> Vec<u8> {
    let mut pack = valid_pack();
    pack.sha256 = content_hash(&files);
    pack.files = files;
    pack.version = version;
    to_bytes(&sign(&pack, &test_key()))
}

#[test]
fn an_older_pack_cannot_roll_the_rules_back() {
    let current = builtin_info().version;
    assert!(current >= 2, "version 1 stands for the unversioned packs of format 1");
    // A validly signed pack of older rules: refused with one clear message.
    let old = signed_pack(files_of_version(current - 1), current - 1);
    let e = refused(&old, &test_trusted(), "older");
    let text = e.to_string();
    assert!(text.contains(&format!("version {}", current - 1)) && text.contains("built-in rules"), "{text}");
    assert!(text.contains(&format!("(version {current})")), "{text}");
    // build refuses to make one.
    let pairs: Vec<(String, String)> = files_of_version(current - 1).into_iter().collect();
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    assert_eq!(build(&pairs, "old", date()).unwrap_err().code(), "older");
    // The header cannot claim a newer version than the signed files carry.
    let e = refused(&signed_pack(files_of_version(current - 1), current + 5), &test_trusted(), "invalid_field");
    assert!(e.to_string().contains("version"), "{e}");
    // A newer pack is accepted and says so.
    let newer = signed_pack(files_of_version(current + 1), current + 1);
    let (info, rules) = verify_and_load(&newer, &test_trusted()).unwrap();
    assert_eq!((info.version, rules.version), (current + 1, current + 1));
}

#[test]
fn a_pack_older_than_the_active_pack_is_refused() {
    let current = builtin_info().version;
    let (active, _) = verify_and_load(&signed_pack(files_of_version(current + 2), current + 2), &test_trusted()).unwrap();
    let middle = signed_pack(files_of_version(current + 1), current + 1);
    // Newer than the built-in rules, older than the pack in use.
    assert!(rulepack::verify_newer(&middle, &test_trusted(), &builtin_info()).is_ok());
    let e = rulepack::verify_newer(&middle, &test_trusted(), &active).unwrap_err();
    assert_eq!(e.code(), "older");
    assert!(e.to_string().contains("rule pack in use"), "{e}");
    // The same version again (re-importing the same pack) is fine.
    let same = signed_pack(files_of_version(current + 2), current + 2);
    assert!(rulepack::verify_newer(&same, &test_trusted(), &active).is_ok());
}

#[test]
fn a_pack_dated_before_its_rules_were_reviewed_is_refused() {
    // `navigator rules pack --name 1999-01 --date 1999-01-01` on today's rules.
    let old_date = NaiveDate::from_ymd_opt(1999, 1, 1).unwrap();
    let e = build(BUILTIN_FILES, "1999-01", old_date).unwrap_err();
    assert_eq!(e.code(), "invalid_field");
    assert!(e.to_string().contains("1999-01-01") && e.to_string().contains(&builtin_info().date.to_string()), "{e}");
    let mut pack = valid_pack();
    pack.date = old_date;
    refused(&to_bytes(&sign(&pack, &test_key())), &test_trusted(), "invalid_field");
    // The day the rules were reviewed is the earliest date accepted.
    assert!(build(BUILTIN_FILES, "x", builtin_info().date).is_ok());
}
