//! The letter helper's texts are complete for the data: every letter kind has
//! its name and help in the four UI languages, and every procedure check has
//! its letter sentence and a genitive for each law it names (letters are Danish).

use ret_og_frist_core::RuleSet;
use ret_og_frist_i18n::{family, Lang, Texts};
use ret_og_frist_letters::LetterKind;

#[test]
fn every_letter_kind_has_its_name_and_help_in_every_language() {
    for lang in Lang::ALL {
        let t = Texts::new(lang);
        for k in LetterKind::ALL {
            for f in [family::LETTER_KIND, family::LETTER_KIND_HELP] {
                assert!(t.has(&f.id(k.id())), "{}: {}", lang.code(), f.id(k.id()));
            }
        }
    }
}

#[test]
fn every_check_has_a_letter_sentence_and_its_laws_a_genitive() {
    let rules = RuleSet::builtin().unwrap();
    let t = Texts::danish_letters();
    assert!(!rules.guide.checks.is_empty());
    for c in &rules.guide.checks {
        assert!(t.has(&family::KLAGE_ERROR.id(&c.id)), "{}", family::KLAGE_ERROR.id(&c.id));
        for b in c.legal_basis() {
            assert!(t.law_genitive(&b.law).is_some(), "{}: no law-… for '{}'", c.id, b.law);
        }
    }
}

fn breve_ftl() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/da/breve.ftl")).unwrap()
}

/// Each message of breve.ftl with the `$basis…` arguments it uses.
fn basis_args() -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in breve_ftl().lines().filter(|l| !l.starts_with('#')) {
        if let Some((id, _)) = line.split_once(" = ").filter(|(id, _)| !id.starts_with(' ') && !id.is_empty()) {
            out.push((id.trim().to_string(), Vec::new()));
        }
        let mut rest = line;
        while let Some(i) = rest.find("{ $basis") {
            rest = &rest[i + 3..];
            let arg: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if let Some(last) = out.last_mut() {
                last.1.push(arg);
            }
        }
    }
    out
}

/// No sentence types a §: every legal reference is an argument from the rule data.
#[test]
fn no_letter_sentence_types_a_paragraph() {
    let ftl = breve_ftl();
    let typed: Vec<&str> = ftl.lines().filter(|l| !l.starts_with('#') && l.contains('§')).map(str::trim).collect();
    assert!(typed.is_empty(), "§ written in breve.ftl: {typed:#?}");
}

/// Every `$basis` of a sentence has its row in rules/dk/breve.toml (the
/// complaint's procedure errors take theirs from their check), every row names a
/// sentence and rules that exist, and the part it cites is in those rules' references.
#[test]
fn every_basis_comes_from_rules_that_contain_it() {
    let rules = RuleSet::builtin().unwrap();
    let args = basis_args();
    assert!(args.len() > 50, "{}", args.len());
    let mut with_basis = 0;
    for (id, used) in &args {
        if id.starts_with("klage-error-") {
            continue;
        }
        for arg in used {
            with_basis += 1;
            assert!(ret_og_frist_letters::basis::find(id, arg).is_some(), "{id}: ${arg} has no row in rules/dk/breve.toml");
        }
    }
    assert!(with_basis >= 15, "{with_basis}");
    for b in ret_og_frist_letters::basis::table() {
        assert!(args.iter().any(|(id, used)| id == &b.sentence && used.contains(&b.arg)), "{} ${}: no such sentence argument", b.sentence, b.arg);
        let cited = ret_og_frist_letters::basis::citations(&rules, b);
        assert_eq!(cited.len(), b.rule.len(), "{}: rules {:?} not all in the rule data", b.sentence, b.rule);
        let refs: Vec<&str> = cited.iter().map(|(_, c)| c.reference.as_str()).collect();
        assert!(ret_og_frist_letters::basis::covered(&b.reference, &refs), "{}: '{}' is not in {refs:?}", b.sentence, b.reference);
        for (law, _) in ret_og_frist_letters::basis::parts(&b.reference) {
            assert!(Texts::danish_letters().law_genitive(&law).is_some(), "{}: no law-… for '{law}'", b.sentence);
        }
    }
}

/// The rule data decides: when a rule no longer contains the § a sentence
/// cites (a rule pack moved it), the letter cites the rule's own reference.
#[test]
fn a_moved_rule_moves_the_letters_paragraph() {
    let answers: ret_og_frist_letters::Answers = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/examples/letters/aktindsigt.json")).unwrap(),
    )
    .unwrap();
    let builtin = RuleSet::builtin().unwrap();
    let text = |rules: &RuleSet| {
        let c = ret_og_frist_letters::compose(rules, LetterKind::Aktindsigt, &answers).unwrap();
        ret_og_frist_letters::text::render(&c.letter)
    };
    assert!(text(&builtin).contains("i min sag, jf. forvaltningslovens § 9."), "{}", text(&builtin));
    let mut moved = builtin.clone();
    let card = moved.guide.status.cards.iter_mut().find(|c| c.id == "aktindsigt").unwrap();
    card.citation.reference = "Forvaltningsloven § 99 a".into();
    let t = text(&moved);
    assert!(t.contains("i min sag, jf. forvaltningslovens § 99 a."), "{t}");
    assert!(!t.contains("§ 9."), "{t}");
}
