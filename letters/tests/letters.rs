//! Golden letters: each example in docs/examples/letters/<kind>.json must give
//! exactly tests/golden/letters/<kind>.txt, and each tests/golden/letters/<kind>.<topic>.json
//! its <kind>.<topic>.txt. The fixtures are reviewed letters, not snapshots: a
//! letter that differs is written beside its fixture as `<name>.txt.new`, the
//! diff is printed and the test fails until a person reads it and accepts it
//! (`mv <name>.txt.new <name>.txt`). Plus: missing answers are named, every law a
//! letter invokes is among the rules it cites, and no help text reaches a letter.

use chrono::NaiveDate;
use ret_og_frist_core::guide::procedure::Decision;
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_core::RuleSet;
use ret_og_frist_letters::answers::{Point, Reason, Topic};
use ret_og_frist_letters::{compose, text, Answers, AnswersError, LetterKind};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read_answers(p: &Path) -> Answers {
    let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn example(kind: LetterKind) -> Answers {
    read_answers(&root().join(format!("docs/examples/letters/{}.json", kind.id())))
}

/// Every golden case: (fixture name, kind, answers).
fn golden_cases() -> Vec<(String, LetterKind, Answers)> {
    let mut out: Vec<_> = LetterKind::ALL.into_iter().map(|k| (k.id().to_string(), k, example(k))).collect();
    let dir = root().join("tests/golden/letters");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    for p in files {
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let kind_id = name.split('.').next().unwrap();
        let kind = LetterKind::from_id(kind_id).unwrap_or_else(|| panic!("{}: no letter kind '{kind_id}'", p.display()));
        out.push((name, kind, read_answers(&p)));
    }
    out
}

/// A line diff (longest common subsequence) for the failure message: enough
/// for letters of a page or two, without a dependency.
fn diff(old: &str, new: &str) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push_str(&format!("+ {}\n", b[j]));
            j += 1;
        } else {
            out.push_str(&format!("- {}\n", a[i]));
            i += 1;
        }
    }
    out
}

#[test]
fn golden_letters() {
    let rules = RuleSet::builtin().unwrap();
    let mut failures = Vec::new();
    let cases = golden_cases();
    assert!(cases.len() >= 14, "golden cases: {}", cases.len());
    for (name, kind, answers) in &cases {
        let c = compose(&rules, *kind, answers).unwrap_or_else(|e| panic!("{name}: {e}"));
        let got = text::render(&c.letter);
        let path = root().join(format!("tests/golden/letters/{name}.txt"));
        let new = path.with_extension("txt.new");
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if got == want {
            let _ = std::fs::remove_file(&new);
            continue;
        }
        std::fs::write(&new, &got).unwrap_or_else(|e| panic!("{}: {e}", new.display()));
        failures.push(format!(
            "=== {} differs; the new letter is in {} — read it as the authority would, then accept it with\n    mv {} {}\n{}",
            path.display(),
            new.display(),
            new.display(),
            path.display(),
            diff(&want, &got)
        ));
    }
    assert!(failures.is_empty(), "{} golden letter(s) differ:\n{}", failures.len(), failures.join("\n"));
}

/// The fixture for each letter kind and, for the kinds with points, each topic.
#[test]
fn golden_letters_cover_every_kind_and_topic() {
    let cases = golden_cases();
    for kind in LetterKind::ALL {
        assert!(cases.iter().any(|(_, k, _)| *k == kind), "{}: no golden letter", kind.id());
    }
    for kind in [LetterKind::Partshoering, LetterKind::Klage] {
        for topic in Topic::ALL {
            assert!(
                cases.iter().any(|(_, k, a)| *k == kind && a.points.iter().any(|p| p.topic == topic)),
                "{} × {}: no golden letter",
                kind.id(),
                topic.id()
            );
        }
    }
}

/// The law names as they appear in a letter, and how the rule data spells them.
const LAWS: &[(&str, &str)] = &[
    ("forvaltningslovens", "Forvaltningsloven"),
    ("aktivlovens", "Lov om aktiv socialpolitik"),
    ("retssikkerhedslovens", "Retssikkerhedsloven"),
    ("ombudsmandslovens", "Ombudsmandsloven"),
    ("offentlighedslovens", "Offentlighedsloven"),
    ("sygedagpengelovens", "Sygedagpengeloven"),
];

#[test]
fn every_letter_cites_the_rules_it_invokes() {
    let rules = RuleSet::builtin().unwrap();
    for (name, kind, answers) in golden_cases() {
        let c = compose(&rules, kind, &answers).unwrap();
        // Only the letter's own sentences: what the user wrote is theirs to cite.
        let mut body = text::render(&c.letter);
        for p in &answers.points {
            body = body.replace(p.account.trim(), "");
        }
        assert!(!c.rules.is_empty(), "{name}: cites no rule");
        assert!(body.contains('§'), "{name}: names no §");
        for (in_letter, in_data) in LAWS {
            if body.contains(in_letter) {
                assert!(
                    c.rules.iter().any(|u| u.citation.reference.contains(in_data)),
                    "{name}: invokes {in_letter} but cites no rule of {in_data}: {:?}",
                    c.rules.iter().map(|u| &u.citation.reference).collect::<Vec<_>>()
                );
            }
        }
        for u in &c.rules {
            assert!(u.citation.source.starts_with("http"), "{name}: {} has no source", u.path);
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

/// The Ombudsmand's year runs from receipt of the final decision (ombudsmanden.dk on
/// ombudsmandsloven § 13, stk. 3): the letter counts from `received`, and without it
/// names no date rather than one counted from the decision's date.
#[test]
fn ombudsmand_deadline_runs_from_receipt() {
    let rules = RuleSet::builtin().unwrap();
    let mut a = example(LetterKind::Ombudsmand);
    a.final_decision_date = NaiveDate::from_ymd_opt(2027, 4, 12);
    // Received Wed 14 Apr 2027 + 12 months = Fri 14 Apr 2028, langfredag (påskedag 16 Apr
    // 2028) → Sat → Sun påskedag → Mon 2. påskedag → Tue 18 Apr 2028.
    a.received = NaiveDate::from_ymd_opt(2027, 4, 14);
    let body = text::render(&compose(&rules, LetterKind::Ombudsmand, &a).unwrap().letter);
    assert!(body.contains("udløber 18. april 2028"), "{body}");
    a.received = None;
    let body = text::render(&compose(&rules, LetterKind::Ombudsmand, &a).unwrap().letter);
    assert!(!body.contains("udløber"), "{body}");
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

/// Single-line Fluent messages of a file whose id matches `keep`.
fn messages(path: &str, keep: impl Fn(&str) -> bool) -> Vec<(String, String)> {
    let p = root().join(path);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    text.lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(id, v)| !id.starts_with([' ', '#']) && keep(id) && !v.contains('{') && !v.trim().is_empty())
        .map(|(id, v)| (id.to_string(), v.trim().to_string()))
        .collect()
}

/// Answers that use every question: all topics, every reason and "no" to
/// contact and guidance, and every procedural error that can apply.
fn everything(kind: LetterKind, decision: Decision, benefit: Benefit) -> Answers {
    let rules = RuleSet::builtin().unwrap();
    let mut a = example(kind);
    a.benefit = Some(benefit);
    a.decision = (kind == LetterKind::Klage).then_some(decision);
    a.subject_matter.clear();
    let reasons = [Reason::Illness, Reason::Childcare, Reason::Transport, Reason::CaringForRelative, Reason::Other];
    a.points = Topic::ALL
        .into_iter()
        .zip(reasons)
        .map(|(topic, reason)| Point {
            topic,
            event_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 3),
            account: format!("Det skete ({}).", topic.id()),
            reason: Some(reason),
            documents: vec![format!("Bilag om {}", topic.id())],
            contact_attempted: Some(false),
            written_guidance: Some(false),
        })
        .collect();
    if kind == LetterKind::Klage {
        a.procedural_errors = rules
            .guide
            .checks
            .iter()
            .filter(|c| c.applies(decision, Some(benefit)))
            .map(|c| c.id.clone())
            .collect();
    }
    a
}

/// The letter goes to the authority: the helper's questions, hints and the
/// check's "Hvis nej: …" explanations are for the person, never for the letter.
#[test]
fn no_help_text_reaches_a_letter() {
    let rules = RuleSet::builtin().unwrap();
    let mut help = messages("locales/da/klage.ftl", |id| id.starts_with("check-"));
    help.extend(messages("locales/da/main.ftl", |id| {
        id.ends_with("-hint") || id.ends_with("-help") || (id.starts_with("letters-") && id != "letters-enclosures")
    }));
    assert!(help.iter().any(|(id, _)| id == "check-partshoering-problem"), "the help texts were not read");
    let mut letters: Vec<(String, String)> = golden_cases()
        .into_iter()
        .map(|(name, kind, a)| (name, text::render(&compose(&rules, kind, &a).unwrap().letter)))
        .collect();
    for kind in [LetterKind::Partshoering, LetterKind::Klage] {
        for decision in Decision::ALL {
            for benefit in [Benefit::Kontanthjaelp, Benefit::Sygedagpenge, Benefit::Dagpenge] {
                let a = everything(kind, decision, benefit);
                let c = compose(&rules, kind, &a).unwrap_or_else(|e| panic!("{} {decision:?} {benefit:?}: {e}", kind.id()));
                letters.push((format!("{} {decision:?} {benefit:?}", kind.id()), text::render(&c.letter)));
            }
        }
    }
    for (name, letter) in &letters {
        for marker in ["Hvis nej", "Hvis ja", "Hvis du"] {
            assert!(!letter.contains(marker), "{name}: help text '{marker}' in the letter:\n{letter}");
        }
        for (id, text) in &help {
            // Short labels ("Ja", "Nej") can occur in any sentence; compare real sentences.
            if text.chars().count() >= 25 {
                assert!(!letter.contains(text.as_str()), "{name}: {id} in the letter:\n{letter}");
            }
        }
    }
}

/// Every question the helper asks for a topic shows up in the letter.
#[test]
fn every_answer_asked_for_appears_in_the_letter() {
    let rules = RuleSet::builtin().unwrap();
    for kind in [LetterKind::Partshoering, LetterKind::Klage] {
        for benefit in [Benefit::Kontanthjaelp, Benefit::Dagpenge] {
            let a = everything(kind, Decision::Sanction, benefit);
            let letter = text::render(&compose(&rules, kind, &a).unwrap().letter);
            let who = format!("{} {benefit:?}", kind.id());
            assert!(letter.contains(if benefit == Benefit::Dagpenge { "dagpenge" } else { "kontanthjælp" }), "{who}: benefit\n{letter}");
            for (i, p) in a.points.iter().enumerate() {
                let asks = p.topic.asks(Some(benefit));
                let heading = format!("{}. ", i + 1);
                assert!(letter.lines().any(|l| l.starts_with(&heading) && l.ends_with("den 3. november 2026")), "{who}: heading {i}\n{letter}");
                assert!(letter.contains(&p.account), "{who}: account {i}");
                assert!(letter.contains(&format!("Bilag {}: Bilag om {}", i + 1, p.topic.id())), "{who}: documents {i}");
                if asks.reason {
                    assert!(letter.contains("Jeg havde en rimelig grund"), "{who}: reason {i}\n{letter}");
                }
            }
            let any = |f: fn(ret_og_frist_letters::answers::Asks) -> bool| a.points.iter().any(|p| f(p.topic.asks(Some(benefit))));
            // In a complaint that also ticks the matching error, the error's sentence says it (once).
            let contact = letter.contains("kontakte mig personligt") || letter.contains("personlig kontakt med mig");
            let guidance = letter.contains("skriftlig besked") || letter.contains("skriftligt fortalt mig om mine pligter");
            assert_eq!(contact, any(|x| x.contact), "{who}: contact\n{letter}");
            assert_eq!(guidance, any(|x| x.guidance), "{who}: guidance\n{letter}");
            assert!(letter.matches("personlig").count() <= 1, "{who}: contact said twice\n{letter}");
            // Aktivloven only where it applies.
            assert_eq!(letter.contains("aktivlovens"), benefit == Benefit::Kontanthjaelp || kind == LetterKind::Klage && a.procedural_errors.iter().any(|e| e == "sanktionsvejledning"), "{who}\n{letter}");
            if kind == LetterKind::Klage {
                assert!(letter.contains("sanktion i"), "{who}: decision kind in the subject\n{letter}");
                assert!(letter.contains("udløber"), "{who}: the received date gives the deadline");
            }
        }
    }
    // The topic decides the questions: rådighed and illness ask about no meeting.
    for t in [Topic::NotAvailable, Topic::Illness, Topic::Other] {
        let asks = t.asks(Some(Benefit::Kontanthjaelp));
        assert!(!asks.contact && !asks.guidance && !asks.reason, "{t:?} asks about a missed meeting");
    }
    assert!(Topic::MissedMeeting.asks(Some(Benefit::Kontanthjaelp)).contact);
    assert!(!Topic::RefusedOffer.asks(Some(Benefit::Kontanthjaelp)).contact);
    assert!(!Topic::MissedMeeting.asks(Some(Benefit::Dagpenge)).guidance, "aktivloven § 35 is not a dagpenge rule");
}

/// Each procedural error has a label in all four UI languages and a sentence
/// for the authority, and the sentence's § is the one in the rule data.
#[test]
fn procedural_errors_have_a_label_and_a_sentence_with_the_rule_datas_section() {
    use ret_og_frist_i18n::{Lang, Texts};
    let rules = RuleSet::builtin().unwrap();
    for lang in Lang::ALL {
        let t = Texts::new(lang);
        for c in &rules.guide.checks {
            assert!(t.has(&format!("check-{}-label", c.id)), "{}: check-{}-label missing", lang.code(), c.id);
        }
    }
    let da = Texts::danish_letters();
    for c in &rules.guide.checks {
        assert!(da.has(&format!("klage-error-{}", c.id)), "breve.ftl: klage-error-{} missing", c.id);
        for b in c.legal_basis() {
            let key = format!("law-{}", b.law.to_lowercase().replace(' ', "-"));
            assert!(da.has(&key), "breve.ftl: {key} missing (check {})", c.id);
        }
    }
    let mut a = example(LetterKind::Klage);
    a.decision = Some(Decision::Other);
    a.benefit = Some(Benefit::Kontanthjaelp);
    a.procedural_errors = vec!["partshoering".into(), "aktindsigt-besvaret".into()];
    let letter = text::render(&compose(&rules, LetterKind::Klage, &a).unwrap().letter);
    assert!(letter.contains("før I traf afgørelsen. Jeg har ikke fået lov at se og svare på de oplysninger, som afgørelsen bygger på, jf. forvaltningslovens § 19, stk. 1."), "{letter}");
    assert!(letter.contains("jf. forvaltningslovens § 16, stk. 2 og offentlighedslovens § 36, stk. 2."), "{letter}");
    // Change the § in the data and the letter follows.
    let mut changed = rules.clone();
    changed.guide.checks.iter_mut().find(|c| c.id == "partshoering").unwrap().citation.reference = "Forvaltningsloven § 99, stk. 9".into();
    let letter = text::render(&compose(&changed, LetterKind::Klage, &a).unwrap().letter);
    assert!(letter.contains("jf. forvaltningslovens § 99, stk. 9."), "{letter}");
}

/// An error that cannot apply to the decision or benefit is refused, by name.
#[test]
fn an_error_that_does_not_apply_is_refused() {
    let rules = RuleSet::builtin().unwrap();
    let mut a = example(LetterKind::Klage);
    a.decision = Some(Decision::Sanction);
    a.benefit = Some(Benefit::Kontanthjaelp);
    a.procedural_errors = vec!["stop-efter-afgoerelse".into()];
    let err = compose(&rules, LetterKind::Klage, &a).unwrap_err();
    assert_eq!(
        err,
        AnswersError::NotApplicable { check: "stop-efter-afgoerelse".into(), decision: "sanction", benefit: "kontanthjaelp" }
    );
    assert!(err.to_string().contains("'stop-efter-afgoerelse'"), "{err}");
}
