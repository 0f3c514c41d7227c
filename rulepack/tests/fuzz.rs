//! Bounded fuzzing of `verify_and_load` (proptest, 2 × 125 + 250 = 500 cases): random
//! bytes and random mutations of a valid signed pack never panic; a refusal is
//! one line; whatever is accepted is exactly the signed content.

use chrono::NaiveDate;
use proptest::prelude::*;
use ret_og_frist_core::rules::BUILTIN_FILES;
use ret_og_frist_core::RuleSet;
use ret_og_frist_rulepack::{build, keys, sign, to_bytes, verify_and_load, TrustedKey};
use std::sync::OnceLock;

struct Fixture {
    bytes: Vec<u8>,
    sha256: String,
    rules: RuleSet,
    trusted: Vec<TrustedKey>,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let key = keys::parse_private_key(include_str!("../../rules/keys/test.key")).unwrap();
        let trusted = vec![keys::parse_public_key(include_str!("../../rules/keys/test.pub")).unwrap()];
        let pack = build(BUILTIN_FILES, "fuzz", NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()).unwrap();
        let bytes = to_bytes(&sign(&pack, &key));
        let (info, rules) = verify_and_load(&bytes, &trusted).unwrap();
        Fixture { bytes, sha256: info.sha256, rules, trusted }
    })
}

/// Accepted → identical to the signed pack; refused → a code and one line.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let f = fixture();
    match verify_and_load(bytes, &f.trusted) {
        Ok((info, rules)) => {
            prop_assert_eq!(&info.sha256, &f.sha256);
            prop_assert!(rules == f.rules, "accepted rules differ from the signed ones");
        }
        Err(e) => {
            let text = e.to_string();
            prop_assert!(!e.code().is_empty());
            prop_assert!(!text.contains('\n') && !text.contains('\r'), "{}", text);
            prop_assert!(text.chars().count() < 1000, "{}", text);
        }
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum Mutation {
    /// XOR one byte (at a position scaled into the file) with a non-zero mask.
    Flip(f64, u8),
    Set(f64, u8),
    Truncate(f64),
    Delete(f64, usize),
    Insert(f64, Vec<u8>),
    /// Copy a range to another place (duplicated keys, fields, files).
    Splice(f64, f64, usize),
}

fn at(pos: f64, len: usize) -> usize {
    ((pos * len as f64) as usize).min(len.saturating_sub(1))
}

fn apply(bytes: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut b = bytes.to_vec();
    for m in mutations {
        if b.is_empty() {
            break;
        }
        let len = b.len();
        match m {
            Mutation::Flip(p, mask) => b[at(*p, len)] ^= mask,
            Mutation::Set(p, v) => b[at(*p, len)] = *v,
            Mutation::Truncate(p) => b.truncate(at(*p, len)),
            Mutation::Delete(p, n) => {
                let i = at(*p, len);
                b.drain(i..(i + n).min(len));
            }
            Mutation::Insert(p, v) => {
                let i = at(*p, len);
                b.splice(i..i, v.iter().copied());
            }
            Mutation::Splice(from, to, n) => {
                let i = at(*from, len);
                let piece = b[i..(i + n).min(len)].to_vec();
                let j = at(*to, len);
                b.splice(j..j, piece);
            }
        }
    }
    b
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0.0..1.0, 1u8..=255).prop_map(|(p, m)| Mutation::Flip(p, m)),
        (0.0..1.0, any::<u8>()).prop_map(|(p, v)| Mutation::Set(p, v)),
        (0.0..1.0).prop_map(Mutation::Truncate),
        (0.0..1.0, 1usize..64).prop_map(|(p, n)| Mutation::Delete(p, n)),
        (0.0..1.0, prop::collection::vec(any::<u8>(), 1..16)).prop_map(|(p, v)| Mutation::Insert(p, v)),
        (0.0..1.0, 0.0..1.0, 1usize..200).prop_map(|(a, b, n)| Mutation::Splice(a, b, n)),
    ]
}

#[test]
fn unmodified_pack_loads_with_its_hash() {
    let f = fixture();
    let (info, rules) = verify_and_load(&f.bytes, &f.trusted).unwrap();
    assert_eq!(info.sha256, f.sha256);
    assert_eq!(rules, RuleSet::builtin().unwrap());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 125, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        check(&bytes)?;
    }

    #[test]
    fn random_json_like_text_never_panics(text in "[{}\\[\\]\":,0-9a-z_ \\\\-]{0,400}") {
        check(text.as_bytes())?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 250, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_signed_pack_never_panics(mutations in prop::collection::vec(mutation(), 1..4)) {
        let f = fixture();
        let bytes = apply(&f.bytes, &mutations);
        check(&bytes)?;
    }
}

// ---------------------------------------------------------------------------
// Hostile content behind a valid signature: a leaked or misused key must not
// let a pack hang or crash the app either. Numbers in the rule files are
// replaced by hostile ones, the pack is built and signed with the test key, and
// whatever verification accepts is then used for every deadline kind and a
// gain calculation — each input within a time limit.
// ---------------------------------------------------------------------------

const HOSTILE_NUMBERS: &[&str] = &["-1", "0", "99999999", "-99999999", "1e300", "-1e300", "nan", "inf", "0.5", "4294967296"];

/// `file`'s `nth` numeric literal (counting wraps) replaced by `value`.
fn replace_number(file: &str, nth: usize, value: &str) -> String {
    let bytes = file.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let boundary = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_' || bytes[i - 1] == b'.');
        if boundary && bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.' || bytes[i] == b'_') {
                i += 1;
            }
            // Not a date (2026-01-01) or a § number inside a string: only `= <number>` values.
            let before = file[..start].trim_end();
            if before.ends_with('=') && bytes.get(i) != Some(&b'-') {
                spans.push((start, i));
            }
        } else {
            i += 1;
        }
    }
    if spans.is_empty() {
        return file.to_string();
    }
    let (a, b) = spans[nth % spans.len()];
    format!("{}{}{}", &file[..a], value, &file[b..])
}

/// Run `f` on its own thread; fail if it panics or takes longer than the limit.
fn within_limit(what: String, f: impl FnOnce() + Send + 'static) -> Result<(), TestCaseError> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
        let _ = tx.send(r.is_ok());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(10)) {
        Ok(true) => Ok(()),
        Ok(false) => Err(TestCaseError::fail(format!("panic with {what}"))),
        Err(_) => Err(TestCaseError::fail(format!("no answer within 10 s with {what}"))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn signed_hostile_values_are_refused_or_harmless(
        file in 0..BUILTIN_FILES.len(),
        nth in 0usize..2000,
        value in prop::sample::select(HOSTILE_NUMBERS),
    ) {
        use ret_og_frist_core::deadlines::{compute, DeadlineKind, DeadlineRequest, Delivery};
        let key = keys::parse_private_key(include_str!("../../rules/keys/test.key")).unwrap();
        let f = fixture();
        let files: Vec<(&str, String)> = BUILTIN_FILES
            .iter()
            .enumerate()
            .map(|(i, (p, t))| (*p, if i == file { replace_number(t, nth, value) } else { t.to_string() }))
            .collect();
        let what = format!("{value} in {} (number #{nth})", BUILTIN_FILES[file].0);
        let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
        let Ok(pack) = build(&refs, "hostile", NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()) else { return Ok(()) };
        let bytes = to_bytes(&sign(&pack, &key));
        let rules = match verify_and_load(&bytes, &f.trusted) {
            Ok((_, rules)) => rules,
            Err(e) => {
                // Refused: one line, naming why.
                let text = e.to_string();
                prop_assert!(!text.contains('\n'), "{}", text);
                return Ok(());
            }
        };
        within_limit(what, move || {
            for kind in DeadlineKind::all() {
                for delivery in [Delivery::Digital, Delivery::Paper, Delivery::Quickpost] {
                    let date = NaiveDate::from_ymd_opt(2026, 12, 18).unwrap();
                    let _ = compute(&rules, &DeadlineRequest { kind, date, delivery, employment: Default::default() });
                }
            }
            for example in [
                include_str!("../../docs/examples/gain/single.json"),
                include_str!("../../docs/examples/gain/single-parent-2.json"),
                include_str!("../../docs/examples/gain/couple-1.json"),
                include_str!("../../docs/examples/gain/dagpenge.json"),
            ] {
                let s = ret_og_frist_core::gain::Scenario::from_json(example).unwrap();
                let _ = ret_og_frist_core::gain::evaluate(&rules, &s);
                let _ = ret_og_frist_core::gain::sweep(&rules, &s, 45.into(), 46);
            }
        })?;
    }
}
