//! The encrypted case file: round trip, every kind of bad input, merging into a
//! store, and a bounded fuzz of the importer.

mod common;

use common::{sample, temp_dir};
use proptest::prelude::*;
use ret_og_frist_cases::Case;
use ret_og_frist_store::file::{self, Limits};
use ret_og_frist_store::{ImportError, ImportOutcome, Store};

/// Tests use a low scrypt work factor: in an unoptimised build the real one
/// ([`file::WORK_FACTOR`], 18) takes ~20 s per export and per import.
const TEST_WF: u8 = 10;
const PASS: &str = "korrekt hest batteri hæfteklamme";

fn exported(case: &Case) -> Vec<u8> {
    file::export_with_work_factor(case, PASS, TEST_WF).unwrap()
}

#[test]
fn round_trip_is_armored_and_exact() {
    let case = sample("c1", "Klage over sanktion", "Ringede 5/3");
    let bytes = exported(&case);
    let text = std::str::from_utf8(&bytes).expect("ASCII armor");
    assert!(text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----\n"), "{text}");
    assert!(text.trim_end().ends_with("-----END AGE ENCRYPTED FILE-----"));
    assert!(text.lines().all(|l| l.len() <= 64), "armor lines fit in an e-mail");
    assert!(!text.contains("Klage"), "the case text is not readable in the file");
    assert_eq!(file::import(&bytes, PASS).unwrap(), case);
    // Pasted from an e-mail with blank lines around and CRLF line ends.
    let pasted = format!("\n\n{}\n", text.replace('\n', "\r\n"));
    assert_eq!(file::import(pasted.as_bytes(), PASS).unwrap(), case);
    // Two exports of the same case differ (random salt and key).
    assert_ne!(exported(&case), bytes);
}

#[test]
fn empty_passphrase_is_refused_on_export() {
    let case = sample("c1", "x", "y");
    assert!(matches!(file::export_with_work_factor(&case, "", TEST_WF), Err(file::ExportError::PassphraseTooShort { .. })));
    assert!(matches!(file::seal(b"x", "", TEST_WF), Err(file::ExportError::EmptyPassphrase)));
    assert!(matches!(file::export_with_work_factor(&case, PASS, 0), Err(file::ExportError::WorkFactor(0))));
}

#[test]
fn wrong_passphrase() {
    let bytes = exported(&sample("c1", "x", "y"));
    let err = file::import(&bytes, "forkert").unwrap_err();
    assert_eq!(err, ImportError::WrongPassphrase);
    assert_eq!(err.to_string(), "wrong passphrase (or the file's key block is damaged)");
    assert_eq!(serde_json::to_value(&err).unwrap()["code"], "wrong-passphrase");
}

#[test]
fn truncated_files() {
    let bytes = exported(&sample("c1", "x", "y"));
    let text = std::str::from_utf8(&bytes).unwrap();
    let no_end = &text[..text.find("-----END").unwrap()];
    for cut in [no_end.as_bytes(), &bytes[..bytes.len() / 2], &bytes[..bytes.len() - 40], &bytes[..40]] {
        let err = file::import(cut, PASS).unwrap_err();
        assert!(matches!(err, ImportError::Truncated | ImportError::Damaged(_)), "{} bytes: {err:?}", cut.len());
    }
    // Cut off inside the encrypted payload: the last chunk is missing.
    let lines: Vec<&str> = text.lines().collect();
    let short = format!("{}\n{}\n", lines[..lines.len() - 2].join("\n"), lines[lines.len() - 1]);
    let err = file::import(short.as_bytes(), PASS).unwrap_err();
    assert!(matches!(err, ImportError::Truncated | ImportError::Damaged(_)), "{err:?}");
}

#[test]
fn flipped_bytes_never_give_a_case() {
    let case = sample("c1", "x", "y");
    let bytes = exported(&case);
    let begin = "-----BEGIN AGE ENCRYPTED FILE-----\n".len();
    // One position in each region: armor label, age header, header MAC, payload, armor end.
    for pos in [3, begin + 5, begin + 150, begin + 300, bytes.len() - 60, bytes.len() - 10] {
        let mut bad = bytes.clone();
        bad[pos] ^= 0x01;
        if let Ok(c) = file::import(&bad, PASS) {
            assert_eq!(c, case, "a changed file must never give a different case");
        }
    }
    // A changed base64 letter in the middle of the payload.
    let mut bad = bytes.clone();
    let pos = begin + 320;
    bad[pos] = if bad[pos] == b'A' { b'B' } else { b'A' };
    let err = file::import(&bad, PASS).unwrap_err();
    assert!(matches!(err, ImportError::Damaged(_) | ImportError::WrongPassphrase), "{err:?}");
}

#[test]
fn not_case_files() {
    assert_eq!(file::import(b"", PASS), Err(ImportError::Empty));
    assert_eq!(file::import(b"   \n", PASS), Err(ImportError::NotAgeFile));
    assert_eq!(file::import(b"%PDF-1.7 something", PASS), Err(ImportError::NotAgeFile));
    assert_eq!(file::import("{\"format\":\"ret-og-frist-case\"}".as_bytes(), PASS), Err(ImportError::NotAgeFile));
    let big = vec![b'a'; 5 * 1024 * 1024 + 1];
    assert!(matches!(file::import(&big, PASS), Err(ImportError::TooLarge { .. })));
    let err = file::import(b"age-encryption.org/v1\n-> X25519 zzz\n", PASS).unwrap_err();
    assert!(matches!(err, ImportError::Damaged(_) | ImportError::Truncated), "{err:?}");

    // Encrypted with the passphrase but not our envelope.
    let seal = |s: &str| file::seal(s.as_bytes(), PASS, TEST_WF).unwrap();
    assert!(matches!(file::import(&seal("hello"), PASS), Err(ImportError::NotACaseFile(_))));
    assert!(matches!(file::import(&seal("[1,2]"), PASS), Err(ImportError::NotACaseFile(_))));
    assert!(matches!(
        file::import(&seal(r#"{"format":"other","version":1,"case":{}}"#), PASS),
        Err(ImportError::NotACaseFile(_))
    ));
    assert!(matches!(
        file::import(&seal(r#"{"format":"ret-og-frist-case","case":{}}"#), PASS),
        Err(ImportError::NotACaseFile(_))
    ));
    let err = file::import(&seal(r#"{"format":"ret-og-frist-case","version":2,"case":{}}"#), PASS).unwrap_err();
    assert_eq!(err, ImportError::NewerFormat { found: 2 });
    assert!(err.to_string().contains("update the app"));
    let mut future = serde_json::to_value(sample("c1", "x", "y")).unwrap();
    let newer = ret_og_frist_cases::model::SCHEMA + 1;
    future["schema"] = newer.into();
    let env = serde_json::json!({ "format": "ret-og-frist-case", "version": 1, "case": future });
    assert_eq!(file::import(&seal(&env.to_string()), PASS), Err(ImportError::NewerCaseSchema { found: newer }));
    let env = serde_json::json!({ "format": "ret-og-frist-case", "version": 1, "case": { "id": "x" } });
    assert!(matches!(file::import(&seal(&env.to_string()), PASS), Err(ImportError::InvalidCase(_))));
}

#[test]
fn limits_on_plaintext_and_work() {
    let bytes = exported(&sample("c1", "x", "y"));
    let small = Limits { max_plaintext_bytes: 100, ..Limits::default() };
    assert!(matches!(file::import_with(&bytes, PASS, &small), Err(ImportError::TooLarge { limit: 100, .. })));
    let stingy = Limits { max_work_factor: TEST_WF - 1, ..Limits::default() };
    let err = file::import_with(&bytes, PASS, &stingy).unwrap_err();
    assert_eq!(err, ImportError::TooMuchWork { required: TEST_WF, max: TEST_WF - 1 });
    assert_eq!(Limits::default().max_work_factor, 20);
    assert!(file::WORK_FACTOR <= Limits::default().max_work_factor);
}

#[test]
fn age_file_for_a_key_is_not_a_case_file() {
    use std::io::Write;
    let key = age::x25519::Identity::generate();
    let recipient = key.to_public();
    let enc = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut w = enc.wrap_output(&mut out).unwrap();
    w.write_all(b"{}").unwrap();
    w.finish().unwrap();
    assert_eq!(file::import(&out, PASS), Err(ImportError::NotPassphraseFile));
}

#[test]
fn merge_never_overwrites_silently() {
    let dir = temp_dir("merge");
    let mut store = Store::open(dir.join("cases.sqlite")).unwrap();
    let mut incoming = sample("c1", "Sag", "m");
    incoming.version = 3;

    // New id: added as it came, version kept.
    assert_eq!(file::merge(&mut store, &incoming).unwrap(), ImportOutcome::Added { case: incoming.clone() });
    assert_eq!(store.get("c1").unwrap(), Some(incoming.clone()));
    // The same file again: unchanged.
    assert!(matches!(file::merge(&mut store, &incoming).unwrap(), ImportOutcome::Unchanged { .. }));

    // A higher version alone proves nothing (no history on either side): conflict.
    let mut legacy = incoming.clone();
    legacy.version = 5;
    legacy.notes.clear();
    assert!(matches!(file::merge(&mut store, &legacy).unwrap(), ImportOutcome::Conflict { .. }));
    assert_eq!(store.get("c1").unwrap(), Some(incoming.clone()), "the stored notes are untouched");

    // The adviser's edit of this case (its history holds the stored content): updated,
    // and the version it replaced is kept.
    let mut newer = incoming.clone();
    newer.remember(&incoming);
    newer.version = 5;
    newer.title = "Sag, med klage".into();
    let (outcome, kept) = file::merge_keeping(&mut store, &newer).unwrap();
    assert_eq!(outcome, ImportOutcome::Updated { case: newer.clone() });
    assert_eq!(store.get("c1").unwrap(), Some(newer.clone()));
    let kept = kept.expect("the replaced version is kept");
    assert_eq!((kept.id.as_str(), kept.version, kept.reason.as_str()), ("c1", 3, "import"));
    assert_eq!(store.replaced_case(kept.seq).unwrap(), Some(incoming.clone()));

    // Stored is newer than the file: conflict, nothing written.
    let older = incoming.clone();
    match file::merge(&mut store, &older).unwrap() {
        ImportOutcome::Conflict { stored, incoming } => {
            assert_eq!(stored, newer);
            assert_eq!(incoming, older);
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(store.get("c1").unwrap(), Some(newer.clone()));

    // Same version, different content: conflict too.
    let mut rival = newer.clone();
    rival.person = "Someone else".into();
    assert!(matches!(file::merge(&mut store, &rival).unwrap(), ImportOutcome::Conflict { .. }));
    assert_eq!(store.get("c1").unwrap(), Some(newer.clone()));
    // Only `updated` differs: that is no real change.
    let mut touched = newer.clone();
    touched.updated = "2030-01-01T00:00:00.000Z".into();
    assert!(matches!(file::merge(&mut store, &touched).unwrap(), ImportOutcome::Unchanged { .. }));

    // Keep both: a copy under a new id, twice.
    let copy = file::keep_both(&mut store, &rival).unwrap();
    assert_eq!((copy.id.as_str(), copy.title.as_str(), copy.version), ("c1-importeret", "Sag, med klage (importeret)", 1));
    assert_eq!(copy.person, "Someone else");
    let copy2 = file::keep_both(&mut store, &rival).unwrap();
    assert_eq!(copy2.id, "c1-importeret-2");
    assert_eq!(store.get("c1").unwrap(), Some(newer.clone()), "keep_both leaves the stored case alone");
    assert_eq!(store.list().unwrap().len(), 3);

    // Replace: the incoming content with a version above both; the replaced one is kept.
    let (replaced, kept) = file::replace_keeping(&mut store, &older).unwrap();
    assert_eq!(replaced.version, 6);
    assert_eq!(replaced.title, older.title);
    assert_eq!(store.get("c1").unwrap(), Some(replaced.clone()));
    let kept = kept.expect("kept");
    assert_eq!((kept.version, kept.reason.as_str()), (5, "replace"));
    assert_eq!(store.replaced_case(kept.seq).unwrap(), Some(newer.clone()));
    // An editor still holding version 5 now gets a conflict instead of undoing the replace.
    assert!(store.save(&newer).is_err());

    // Restore brings the kept version back above the current one, and keeps that one.
    let (restored, kept_now) = store.restore(kept.seq).unwrap();
    assert_eq!((restored.version, restored.title.as_str()), (7, "Sag, med klage"));
    assert_eq!(kept_now.map(|k| (k.version, k.reason)), Some((6, "restore".to_string())));
    assert_eq!(store.get("c1").unwrap(), Some(restored.clone()));
    assert!(store.replaced().unwrap().iter().all(|k| k.seq != kept.seq), "a restored version leaves the kept list");
    assert!(store.restore(kept.seq).is_err());
    let _ = std::fs::remove_dir_all(dir);
}

/// One passphrase rule for every front end: export refuses fewer than
/// `MIN_PASSPHRASE_CHARS` characters (counted as characters, not bytes), and
/// the texts that state the rule name the same number.
#[test]
fn short_passphrases_are_refused_on_export() {
    let case = sample("c1", "x", "y");
    for short in ["x", "1234567", "æøåæøåæ"] {
        let err = file::export_with_work_factor(&case, short, TEST_WF).unwrap_err();
        assert!(matches!(err, file::ExportError::PassphraseTooShort { min: 8 }), "{short}: {err:?}");
        assert_eq!(err.code(), "passphrase-too-short");
    }
    assert!(file::export_with_work_factor(&case, "æøåæøåæø", TEST_WF).is_ok());
    let n = file::MIN_PASSPHRASE_CHARS.to_string();
    for lang in ["da", "en", "uk", "ar"] {
        let path = format!("{}/../locales/{lang}/main.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        for id in ["cases-passphrase-hint", "cases-passphrase-short"] {
            let line = text.lines().find(|l| l.starts_with(&format!("{id} ="))).unwrap_or_else(|| panic!("{path}: {id}"));
            assert!(line.contains(&n), "{path}: {id} must state the minimum {n}: {line}");
        }
    }
}

#[test]
fn outcome_serialises_with_a_tag() {
    let case = sample("c1", "x", "y");
    let v = serde_json::to_value(ImportOutcome::Added { case }).unwrap();
    assert_eq!(v["outcome"], "added");
    assert_eq!(v["case"]["id"], "c1");
}

/// The shipped work factor, end to end. Slow unoptimised (~40 s): run with
/// `cargo test -p ret-og-frist-store --test file -- --ignored`.
#[test]
#[ignore = "slow in debug builds: scrypt at the real work factor"]
fn real_work_factor_round_trip() {
    let case = sample("c1", "x", "y");
    let bytes = file::export(&case, PASS).unwrap();
    assert_eq!(file::import(&bytes, PASS).unwrap(), case);
}

fn valid_export() -> &'static (Case, Vec<u8>) {
    static V: std::sync::OnceLock<(Case, Vec<u8>)> = std::sync::OnceLock::new();
    V.get_or_init(|| {
        let case = sample("fuzz", "Fuzz", "note");
        let bytes = exported(&case);
        (case, bytes)
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip { pos: usize, bit: u8 },
    Set { pos: usize, byte: u8 },
    Truncate { len: usize },
    Insert { pos: usize, bytes: Vec<u8> },
    Remove { pos: usize, n: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let pos = 0usize..2048;
    prop_oneof![
        (pos.clone(), 0u8..8).prop_map(|(pos, bit)| Mutation::Flip { pos, bit }),
        (pos.clone(), any::<u8>()).prop_map(|(pos, byte)| Mutation::Set { pos, byte }),
        pos.clone().prop_map(|len| Mutation::Truncate { len }),
        (pos.clone(), proptest::collection::vec(any::<u8>(), 1..16)).prop_map(|(pos, bytes)| Mutation::Insert { pos, bytes }),
        (pos, 1usize..64).prop_map(|(pos, n)| Mutation::Remove { pos, n }),
    ]
}

fn apply(bytes: &[u8], muts: &[Mutation]) -> Vec<u8> {
    let mut b = bytes.to_vec();
    for m in muts {
        let len = b.len().max(1);
        match m {
            Mutation::Flip { pos, bit } => {
                if !b.is_empty() {
                    b[pos % len] ^= 1 << bit;
                }
            }
            Mutation::Set { pos, byte } => {
                if !b.is_empty() {
                    b[pos % len] = *byte;
                }
            }
            Mutation::Truncate { len: n } => b.truncate(n % len),
            Mutation::Insert { pos, bytes } => {
                let at = pos % (b.len() + 1);
                b.splice(at..at, bytes.iter().copied());
            }
            Mutation::Remove { pos, n } => {
                let at = pos % len;
                let end = (at + n).min(b.len());
                if at < end {
                    b.drain(at..end);
                }
            }
        }
    }
    b
}

proptest! {
    // Random bytes are refused before any scrypt work: cheap, so many cases.
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn fuzz_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..3000), armored in any::<bool>()) {
        let input = if armored {
            let mut v = b"-----BEGIN AGE ENCRYPTED FILE-----\n".to_vec();
            v.extend(bytes);
            v
        } else {
            bytes
        };
        prop_assert!(file::import(&input, PASS).is_err());
    }
}

proptest! {
    // Mutations of a valid file: about half reach scrypt (~0.15 s each unoptimised).
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn fuzz_mutated_export(muts in proptest::collection::vec(mutation(), 1..4)) {
        let (case, bytes) = valid_export();
        let input = apply(bytes, &muts);
        let result = file::import(&input, PASS);
        if input == *bytes {
            prop_assert_eq!(result.as_ref().ok(), Some(case));
        } else if let Ok(c) = &result {
            // Authenticated encryption: anything that decrypts is the original.
            prop_assert_eq!(c, case, "a changed file decrypted to a different case");
        }
    }
}

/// The case's edit history, not its version number, decides: a copy edited on
/// both sides is a conflict even when its version is higher.
#[test]
fn edits_on_both_sides_are_a_conflict_whatever_the_versions() {
    let dir = temp_dir("diverged");
    let mut citizen = Store::open(dir.join("citizen.sqlite")).unwrap();
    let mut adviser = Store::open(dir.join("adviser.sqlite")).unwrap();
    let mut untouched = Store::open(dir.join("untouched.sqlite")).unwrap();

    // The citizen saves a case and sends it: both stores now hold version 1.
    let v1 = citizen.save(&sample("c1", "Sag", "m")).unwrap();
    let sent = file::import(&exported(&v1), PASS).unwrap();
    assert!(matches!(file::merge(&mut adviser, &sent).unwrap(), ImportOutcome::Added { .. }));
    assert!(matches!(file::merge(&mut untouched, &sent).unwrap(), ImportOutcome::Added { .. }));

    // The adviser edits twice (version 3); the citizen edits once meanwhile (version 2).
    let mut a = adviser.get("c1").unwrap().unwrap();
    a.title = "Sag, klage skrevet".into();
    let a = adviser.save(&a).unwrap();
    let mut a2 = a.clone();
    a2.person = "Jens Hansen (fuldmagt)".into();
    let a3 = adviser.save(&a2).unwrap();
    assert_eq!(a3.version, 3);
    assert_eq!(a3.history.len(), 2, "two earlier contents remembered");
    let mut c = citizen.get("c1").unwrap().unwrap();
    c.title = "Sag, ny afgørelse modtaget".into();
    let c2 = citizen.save(&c).unwrap();
    assert_eq!(c2.version, 2);

    // Back at the citizen: 3 > 2, but both sides changed → conflict, nothing written.
    let back = file::import(&exported(&a3), PASS).unwrap();
    assert_eq!(back.lineage(&c2), ret_og_frist_cases::Lineage::Diverged);
    assert!(matches!(file::merge(&mut citizen, &back).unwrap(), ImportOutcome::Conflict { .. }));
    assert_eq!(citizen.get("c1").unwrap(), Some(c2.clone()));

    // A store that did not edit takes the adviser's copy as the newer one.
    assert!(matches!(file::merge(&mut untouched, &back).unwrap(), ImportOutcome::Updated { .. }));
    assert_eq!(untouched.get("c1").unwrap().unwrap().title, "Sag, klage skrevet");

    // The adviser re-importing the citizen's first file: it is older → conflict, nothing written.
    assert_eq!(sent.lineage(&a3), ret_og_frist_cases::Lineage::Ancestor);
    assert!(matches!(file::merge(&mut adviser, &sent).unwrap(), ImportOutcome::Conflict { .. }));
    assert_eq!(adviser.get("c1").unwrap(), Some(a3.clone()));

    // After "replace", the replaced content counts as older: its file is no longer news.
    let replaced = file::replace(&mut citizen, &back).unwrap();
    assert_eq!(c2.lineage(&replaced), ret_og_frist_cases::Lineage::Ancestor);
    let _ = std::fs::remove_dir_all(dir);
}

/// A case file whose decrypted JSON starts with a UTF-8 byte-order mark (as some
/// editors write it) opens like any other.
#[test]
fn byte_order_mark_inside_the_case_file_is_accepted() {
    let case = sample("bom", "Med BOM", "note");
    let json = serde_json::json!({ "format": "ret-og-frist-case", "version": 1, "case": case }).to_string();
    let with_bom = format!("\u{feff}{json}");
    let bytes = file::seal(with_bom.as_bytes(), PASS, 2).unwrap();
    assert_eq!(file::import(&bytes, PASS).unwrap(), case);
}
