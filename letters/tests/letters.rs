//! Golden letters: each example in docs/examples/letters/<kind>.json must give
//! exactly tests/golden/letters/<kind>.txt (review a change by reading the diff;
//! regenerate with UPDATE_GOLDEN=1). Plus: missing answers are named, and every
//! law a letter invokes is among the rules it cites.

use ret_og_frist_core::RuleSet;
use ret_og_frist_letters::{compose, text, Answers, AnswersError, LetterKind};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn example(kind: LetterKind) -> Answers {
    let p = root().join(format!("docs/examples/letters/{}.json", kind.id()));
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn golden_letters() {
    let rules = RuleSet::builtin().unwrap();
    let mut diffs = Vec::new();
    for kind in LetterKind::ALL {
        let c = compose(&rules, kind, &example(kind)).unwrap_or_else(|e| panic!("{}: {e}", kind.id()));
        let got = text::render(&c.letter);
        let path = root().join(format!("tests/golden/letters/{}.txt", kind.id()));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if got != want {
            diffs.push(format!("--- {}\n{got}", path.display()));
        }
    }
    assert!(diffs.is_empty(), "letters differ from the golden files:\n{}", diffs.join("\n"));
}

/// The law names as they appear in a letter, and how the rule data spells them.
const LAWS: &[(&str, &str)] = &[
    ("forvaltningslovens", "Forvaltningsloven"),
    ("aktivlovens", "Lov om aktiv socialpolitik"),
    ("retssikkerhedslovens", "Retssikkerhedsloven"),
    ("ombudsmandslovens", "Ombudsmandsloven"),
];

#[test]
fn every_letter_cites_the_rules_it_invokes() {
    let rules = RuleSet::builtin().unwrap();
    for kind in LetterKind::ALL {
        let answers = example(kind);
        let c = compose(&rules, kind, &answers).unwrap();
        // Only the letter's own sentences: what the user wrote is theirs to cite.
        let mut body = text::render(&c.letter);
        for p in &answers.points {
            body = body.replace(p.account.trim(), "");
        }
        assert!(!c.rules.is_empty(), "{}: cites no rule", kind.id());
        assert!(body.contains('§'), "{}: names no §", kind.id());
        for (in_letter, in_data) in LAWS {
            if body.contains(in_letter) {
                assert!(
                    c.rules.iter().any(|u| u.citation.reference.contains(in_data)),
                    "{}: invokes {in_letter} but cites no rule of {in_data}: {:?}",
                    kind.id(),
                    c.rules.iter().map(|u| &u.citation.reference).collect::<Vec<_>>()
                );
            }
        }
        for u in &c.rules {
            assert!(u.citation.source.starts_with("http"), "{}: {} has no source", kind.id(), u.path);
        }
    }
}

#[test]
fn missing_answers_are_named() {
    let rules = RuleSet::builtin().unwrap();
    let empty = Answers::default();
    match compose(&rules, LetterKind::Partshoering, &empty) {
        Err(AnswersError::Missing(m)) => {
            for f in ["sender.name", "recipient.name", "date", "letter_date", "points"] {
                assert!(m.contains(&f), "{f} not named in {m:?}");
            }
        }
        other => panic!("expected missing answers, got {other:?}"),
    }
    let mut a = example(LetterKind::Fristforlaengelse);
    a.new_reply_by = None;
    assert_eq!(
        compose(&rules, LetterKind::Fristforlaengelse, &a).unwrap_err(),
        AnswersError::Missing(vec!["new_reply_by"])
    );
    // CPR is never required.
    let mut a = example(LetterKind::Aktindsigt);
    a.sender.cpr.clear();
    assert!(compose(&rules, LetterKind::Aktindsigt, &a).is_ok());
}

#[test]
fn letters_are_always_danish_and_carry_the_deadline_engine_dates() {
    let rules = RuleSet::builtin().unwrap();
    // Klage received Mon 7 Dec 2026: + 4 weeks = Mon 4 Jan 2027 (RSL § 67).
    let c = compose(&rules, LetterKind::Klage, &example(LetterKind::Klage)).unwrap();
    let body = text::render(&c.letter);
    assert!(body.contains("udløber 4. januar 2027"), "{body}");
    // Aktindsigt written Sun 22 Nov 2026: 7 working days → Tue 1 Dec 2026 (FVL § 16, stk. 2).
    let c = compose(&rules, LetterKind::Aktindsigt, &example(LetterKind::Aktindsigt)).unwrap();
    assert!(text::render(&c.letter).contains("senest 1. december 2026"));
    // Unknown procedure-check ids are refused, not silently dropped.
    let mut a = example(LetterKind::Klage);
    a.procedural_errors.push("no-such-check".into());
    assert_eq!(compose(&rules, LetterKind::Klage, &a).unwrap_err(), AnswersError::UnknownCheck("no-such-check".into()));
}

/// A letter relying on an overridden rule says so to the sender (after the
/// letter in text, in the PDF footer), and a letter without one does not.
#[test]
fn overridden_rules_are_labelled() {
    use ret_og_frist_core::rules::Override;
    let rules = RuleSet::builtin().unwrap();
    let mut labelled = 0;
    for kind in LetterKind::ALL {
        let plain = compose(&rules, kind, &example(kind)).unwrap();
        assert_eq!(plain.letter.override_note, None, "{}", kind.id());
        let Some(frist) = plain.rules.iter().find(|u| u.path.starts_with("frist.")) else { continue };
        let o = Override { path: frist.path.clone(), value: 9.into(), note: "test".into() };
        let changed = rules.with_overrides(&[o]).unwrap();
        let c = compose(&changed, kind, &example(kind)).unwrap();
        let note = c.letter.override_note.clone().unwrap_or_else(|| panic!("{}: no override note", kind.id()));
        assert!(note.contains(&frist.path), "{note}");
        assert!(text::render(&c.letter).ends_with(&format!("{note}\n")), "{}", kind.id());
        labelled += 1;
    }
    assert!(labelled >= 3, "letters with a deadline: {labelled}");
}
