//! The legal basis a letter sentence cites, from the rule data.
//!
//! `rules/dk/breve.toml` names, for each sentence of `breve.ftl` that cites a
//! law, the rule(s) it relies on and the part of their reference it uses. The
//! sentence gets it as a Fluent argument ("jf. { $basis }"); no § is written in
//! a sentence. When the rules' references no longer contain that part (a rule
//! pack moved the rule), the letter cites the rules' own references.

use ret_og_frist_core::rules::Citation;
use ret_og_frist_core::RuleSet;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// One row of `rules/dk/breve.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    /// The message id in `breve.ftl`.
    pub sentence: String,
    /// The Fluent argument it fills.
    #[serde(default = "default_arg")]
    pub arg: String,
    /// Catalog paths of the rules the sentence relies on.
    pub rule: Vec<String>,
    /// What the sentence cites, in the rule data's spelling.
    pub reference: String,
}

fn default_arg() -> String {
    "basis".to_string()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    basis: Vec<Basis>,
}

/// Every row of `rules/dk/breve.toml` (embedded; checked by the tests).
pub fn table() -> &'static [Basis] {
    static TABLE: OnceLock<Vec<Basis>> = OnceLock::new();
    TABLE.get_or_init(|| {
        toml::from_str::<File>(include_str!("../../rules/dk/breve.toml"))
            .map(|f| f.basis)
            .expect("rules/dk/breve.toml parses (letters/tests/texts.rs)")
    })
}

/// The row for `arg` of `sentence`.
pub fn find(sentence: &str, arg: &str) -> Option<&'static Basis> {
    table().iter().find(|b| b.sentence == sentence && b.arg == arg)
}

/// The citations of a row's rules in `rules` (rules the data lacks are left out).
pub fn citations(rules: &RuleSet, b: &Basis) -> Vec<(String, Citation)> {
    let catalog = rules.catalog();
    b.rule
        .iter()
        .filter_map(|p| catalog.iter().find(|e| &e.path == p).map(|e| (p.clone(), e.citation.clone())))
        .collect()
}

/// A reference split by law: ("Forvaltningsloven", ["§ 16, stk. 2"]). Notes in
/// parentheses are left out; a part without a law belongs to the law before it.
pub fn parts(reference: &str) -> Vec<(String, Vec<String>)> {
    ret_og_frist_core::cited::legal_basis(reference).into_iter().map(|b| (b.law, b.sections)).collect()
}

/// The paragraphs and (paragraph, stk.) pairs a section text names:
/// "§§ 22-24" → {22, 23, 24}; "§ 13, stk. 3-4" → {13} and {(13, 3), (13, 4)}.
fn numbers(sections: &[String]) -> (BTreeSet<u32>, BTreeSet<(u32, u32)>) {
    #[derive(PartialEq)]
    enum Mode {
        Par,
        Stk,
        None,
    }
    let (mut pars, mut stks) = (BTreeSet::new(), BTreeSet::new());
    for s in sections {
        let mut mode = Mode::None;
        let mut last_par = 0;
        for tok in s.split(|c: char| c.is_whitespace() || c == ',').filter(|t| !t.is_empty()) {
            match tok {
                "§" | "§§" => mode = Mode::Par,
                "stk." => mode = Mode::Stk,
                "og" => {}
                t if t.starts_with(|c: char| c.is_ascii_digit()) => {
                    let (a, b) = t.split_once(['-', '–']).unwrap_or((t, t));
                    let (Ok(a), Ok(b)) = (a.trim_end_matches('.').parse::<u32>(), b.trim_end_matches('.').parse::<u32>()) else { continue };
                    for n in a..=b.max(a) {
                        match mode {
                            Mode::Par => {
                                pars.insert(n);
                                last_par = n;
                            }
                            Mode::Stk => {
                                stks.insert((last_par, n));
                            }
                            Mode::None => {}
                        }
                    }
                }
                // "9 a": a letter after a paragraph number names the same paragraph's sibling.
                t if t.len() == 1 && mode == Mode::Par => {}
                _ => mode = Mode::None,
            }
        }
    }
    (pars, stks)
}

/// Whether every law, § and stk. of `reference` is in the rules' references.
pub fn covered(reference: &str, rules: &[&str]) -> bool {
    let cited = parts(reference);
    let data: Vec<(String, Vec<String>)> = rules.iter().flat_map(|r| parts(r)).collect();
    !cited.is_empty()
        && cited.iter().all(|(law, sections)| {
            let in_data: Vec<String> =
                data.iter().filter(|(l, _)| l.eq_ignore_ascii_case(law)).flat_map(|(_, s)| s.clone()).collect();
            let (pars, stks) = numbers(sections);
            let (data_pars, data_stks) = numbers(&in_data);
            !pars.is_empty()
                && pars.is_subset(&data_pars)
                // A stk. is covered by the same stk. in the data, or by the whole §.
                && stks.iter().all(|(p, k)| data_stks.contains(&(*p, *k)) || !data_stks.iter().any(|(dp, _)| dp == p))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_is_covered_only_by_rules_that_name_its_law_and_paragraphs() {
        assert!(covered("Forvaltningsloven § 19", &["Forvaltningsloven § 19, stk. 1 (undtagelser i stk. 2 og § 20)"]));
        assert!(covered("Forvaltningsloven §§ 22 og 24", &["Forvaltningsloven §§ 22-24"]));
        assert!(covered("Forvaltningsloven § 9", &["Forvaltningsloven §§ 9, 9 a og 10; § 16, stk. 2"]));
        assert!(covered("Forvaltningsloven § 16, stk. 2", &["Forvaltningsloven §§ 9, 9 a og 10; § 16, stk. 2"]));
        assert!(covered("Ombudsmandsloven § 13, stk. 3", &["Ombudsmandsloven § 13, stk. 3-4"]));
        assert!(covered("Forvaltningsloven §§ 19 og 21", &["Forvaltningsloven § 19, stk. 1", "Forvaltningsloven § 21"]));
        // A § in a note is not a § the rule cites; another law or stk. is not covered.
        assert!(!covered("Forvaltningsloven § 20", &["Forvaltningsloven § 19, stk. 1 (undtagelser i stk. 2 og § 20)"]));
        assert!(!covered("Forvaltningsloven § 25", &["Forvaltningsloven §§ 22-24"]));
        assert!(!covered("Offentlighedsloven § 9", &["Forvaltningsloven § 9"]));
        assert!(!covered("Ombudsmandsloven § 13, stk. 5", &["Ombudsmandsloven § 13, stk. 3-4"]));
        assert!(!covered("Forvaltningsloven §§ 19 og 21", &["Forvaltningsloven § 19, stk. 1"]));
        assert!(!covered("", &["Forvaltningsloven § 19"]));
    }
}
