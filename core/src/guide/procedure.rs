//! The procedure check: questions an adviser answers about a decision letter,
//! turned into a list of possible procedural errors, each with its §.
//!
//! Which checks apply is data (`applies_to` decision kinds and `benefits` in
//! `rules/dk/sagsbehandling.toml`), so a sygedagpenge item never shows up for a
//! kontanthjælp sanction, in the check screen, the CLI or a letter.

use super::Benefit;
use crate::cited::Citation;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use thiserror::Error;

/// The kind of decision being checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// A sanction: fradrag, nedsættelse or ophør of a benefit.
    Sanction,
    /// A benefit is stopped.
    Stop,
    /// An application is refused (afslag).
    Refusal,
    /// Anything else: only the checks that apply to every decision.
    #[default]
    Other,
}

impl Decision {
    pub const ALL: [Decision; 4] = [Self::Sanction, Self::Stop, Self::Refusal, Self::Other];

    pub fn id(self) -> &'static str {
        match self {
            Self::Sanction => "sanction",
            Self::Stop => "stop",
            Self::Refusal => "refusal",
            Self::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.id() == id)
    }
}

/// What a check's `applies_to` may name: every decision, or one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AppliesTo {
    All,
    Sanction,
    Stop,
    Refusal,
}

/// One question (`[[check]]` in `rules/dk/sagsbehandling.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub id: String,
    /// "all", or decision kinds: sanction, stop, refusal. Typed, so a typo in
    /// the data is refused when the rules load instead of hiding the check.
    pub applies_to: Vec<AppliesTo>,
    /// The benefits the rule belongs to (e.g. aktivloven → kontanthjælp);
    /// empty means every benefit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub benefits: Vec<Benefit>,
    #[serde(flatten)]
    pub citation: Citation,
}

pub use crate::cited::LegalBasis;

impl Check {
    /// Whether the check can apply to `decision` for `benefit` (unknown benefit: any).
    pub fn applies(&self, decision: Decision, benefit: Option<Benefit>) -> bool {
        let kind = self.applies_to.iter().any(|a| match a {
            AppliesTo::All => true,
            AppliesTo::Sanction => decision == Decision::Sanction,
            AppliesTo::Stop => decision == Decision::Stop,
            AppliesTo::Refusal => decision == Decision::Refusal,
        });
        let benefit = match benefit {
            Some(b) => self.benefits.is_empty() || self.benefits.contains(&b),
            None => true,
        };
        kind && benefit
    }

    /// The laws and sections of the reference, so a letter can cite them in
    /// its own words ("jf. forvaltningslovens § 19, stk. 1") from the data
    /// instead of repeating a § typed into code. Parentheses (case law, notes)
    /// and parts that name no § (a bekendtgørelse in words) are left out; a
    /// part that starts with § belongs to the law before it.
    pub fn legal_basis(&self) -> Vec<LegalBasis> {
        crate::cited::legal_basis(&self.citation.reference)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    Yes,
    No,
    #[default]
    Unknown,
}

/// What an answer means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// "No": a possible procedural error to raise in the complaint.
    PossibleError,
    /// Not known: find out, e.g. by asking for aktindsigt.
    FindOut,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding<'r> {
    pub check: &'r Check,
    pub verdict: Verdict,
}

/// The checks that apply to a decision of kind `decision` about `benefit`, in file order.
pub fn checks_for(checks: &[Check], decision: Decision, benefit: Option<Benefit>) -> Vec<&Check> {
    checks.iter().filter(|c| c.applies(decision, benefit)).collect()
}

/// Possible errors first, then the things to find out; "yes" answers drop out.
pub fn evaluate<'r>(
    checks: &'r [Check],
    decision: Decision,
    benefit: Option<Benefit>,
    answers: &BTreeMap<String, Answer>,
) -> Vec<Finding<'r>> {
    let mut out: Vec<Finding> = checks_for(checks, decision, benefit)
        .into_iter()
        .filter_map(|c| match answers.get(&c.id).copied().unwrap_or_default() {
            Answer::Yes => None,
            Answer::No => Some(Finding { check: c, verdict: Verdict::PossibleError }),
            Answer::Unknown => Some(Finding { check: c, verdict: Verdict::FindOut }),
        })
        .collect();
    out.sort_by_key(|f| f.verdict != Verdict::PossibleError);
    out
}

/// The `navigator check FILE` input, as written. Kept as text so a wrong value
/// is refused by [`CheckInput::evaluate`] with its field, the value and the
/// accepted values, not by serde's "line 1 column 21".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CheckInput {
    /// sanction, stop, refusal or other.
    pub decision: String,
    /// Optional benefit id (kontanthjaelp, sygedagpenge …): leaves out checks
    /// that belong to another benefit.
    #[serde(default)]
    pub benefit: Option<String>,
    pub answers: BTreeMap<String, Answer>,
}

/// A check input that names something the rules do not know.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CheckInputError {
    #[error("decision: unknown value '{value}' (accepted: {accepted})")]
    Decision { value: String, accepted: String },
    #[error("benefit: unknown value '{value}' (accepted: {accepted})")]
    Benefit { value: String, accepted: String },
    #[error("answers: unknown check '{value}' (accepted: {accepted})")]
    Check { value: String, accepted: String },
}

impl CheckInput {
    /// The decision kind, or an error naming the value and the accepted ones.
    pub fn decision(&self) -> Result<Decision, CheckInputError> {
        Decision::from_id(self.decision.trim()).ok_or_else(|| CheckInputError::Decision {
            value: self.decision.clone(),
            accepted: Decision::ALL.map(Decision::id).join(", "),
        })
    }

    /// The benefit if given, or an error naming the value and the accepted ones.
    pub fn benefit(&self) -> Result<Option<Benefit>, CheckInputError> {
        match self.benefit.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(b) => Benefit::from_id(b).map(Some).ok_or_else(|| CheckInputError::Benefit {
                value: b.to_string(),
                accepted: Benefit::ALL.map(Benefit::id).join(", "),
            }),
        }
    }

    /// Validate everything, then evaluate: an unknown decision, benefit or check
    /// id is refused, never silently dropped with its checks.
    pub fn evaluate<'r>(&self, checks: &'r [Check]) -> Result<Vec<Finding<'r>>, CheckInputError> {
        let decision = self.decision()?;
        let benefit = self.benefit()?;
        if let Some(bad) = self.answers.keys().find(|k| !checks.iter().any(|c| &c.id == *k)) {
            return Err(CheckInputError::Check {
                value: bad.clone(),
                accepted: checks.iter().map(|c| c.id.as_str()).collect::<Vec<_>>().join(", "),
            });
        }
        Ok(evaluate(checks, decision, benefit, &self.answers))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RuleSet;

    fn input(decision: &str, benefit: Option<&str>) -> CheckInput {
        CheckInput { decision: decision.into(), benefit: benefit.map(Into::into), answers: BTreeMap::new() }
    }

    #[test]
    fn an_unknown_decision_is_refused_with_the_accepted_values() {
        let rules = RuleSet::builtin().unwrap();
        let err = input("sanktion", None).evaluate(&rules.guide.checks).unwrap_err();
        assert_eq!(err.to_string(), "decision: unknown value 'sanktion' (accepted: sanction, stop, refusal, other)");
        let err = input("sanction", Some("kontanthjælp")).evaluate(&rules.guide.checks).unwrap_err();
        assert!(err.to_string().starts_with("benefit: unknown value 'kontanthjælp' (accepted: kontanthjaelp,"), "{err}");
        let mut i = input("sanction", None);
        i.answers.insert("partshøring".into(), Answer::No);
        let err = i.evaluate(&rules.guide.checks).unwrap_err();
        assert!(err.to_string().starts_with("answers: unknown check 'partshøring' (accepted: partshoering,"), "{err}");
        assert!(input("stop", Some("sygedagpenge")).evaluate(&rules.guide.checks).is_ok());
    }

    #[test]
    fn checks_follow_the_decision_and_the_benefit() {
        let rules = RuleSet::builtin().unwrap();
        let ids = |d, b| checks_for(&rules.guide.checks, d, b).into_iter().map(|c| c.id.as_str()).collect::<Vec<_>>();
        let sanction = ids(Decision::Sanction, Some(Benefit::Kontanthjaelp));
        assert!(sanction.contains(&"sanktionsvejledning") && sanction.contains(&"partshoering"), "{sanction:?}");
        assert!(!sanction.contains(&"stop-efter-afgoerelse"), "{sanction:?}");
        let stop_kh = ids(Decision::Stop, Some(Benefit::Kontanthjaelp));
        assert!(!stop_kh.contains(&"stop-efter-afgoerelse"), "a sygedagpenge rule for kontanthjælp: {stop_kh:?}");
        assert!(ids(Decision::Stop, Some(Benefit::Sygedagpenge)).contains(&"stop-efter-afgoerelse"));
        let dagpenge = ids(Decision::Sanction, Some(Benefit::Dagpenge));
        assert!(!dagpenge.contains(&"sanktionsvejledning"), "aktivloven for dagpenge: {dagpenge:?}");
        // Unknown benefit: everything for the decision kind.
        assert!(ids(Decision::Sanction, None).contains(&"sanktionsvejledning"));
        assert!(!ids(Decision::Other, None).contains(&"sanktionsvejledning"));
    }

    #[test]
    fn every_check_names_a_law_and_a_section() {
        let rules = RuleSet::builtin().unwrap();
        for c in &rules.guide.checks {
            let basis = c.legal_basis();
            assert!(!basis.is_empty(), "{}: no law in '{}'", c.id, c.citation.reference);
            for b in &basis {
                assert!(!b.law.contains('§') && !b.law.is_empty(), "{}: {b:?}", c.id);
                assert!(b.sections.iter().all(|s| s.starts_with('§')), "{}: {b:?}", c.id);
            }
        }
        let find = |id: &str| rules.guide.checks.iter().find(|c| c.id == id).unwrap().legal_basis();
        assert_eq!(
            find("aktindsigt-besvaret"),
            vec![
                LegalBasis { law: "Forvaltningsloven".into(), sections: vec!["§ 16, stk. 2".into()] },
                LegalBasis { law: "offentlighedsloven".into(), sections: vec!["§ 36, stk. 2".into()] },
            ]
        );
        // Case law in parentheses drops out; "§§ 24 og 27" stays with its law.
        assert_eq!(
            find("stop-efter-afgoerelse"),
            vec![LegalBasis { law: "Sygedagpengeloven".into(), sections: vec!["§ 21 a".into(), "§§ 24 og 27".into()] }]
        );
        assert_eq!(find("begrundelse-regler")[0].sections, vec!["§ 24, stk. 1, 1. pkt".to_string()]);
    }
}
