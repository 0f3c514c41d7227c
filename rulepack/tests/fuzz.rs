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
