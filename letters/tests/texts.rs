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
