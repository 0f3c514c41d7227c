//! The procedure check: questions an adviser answers about a decision letter,
//! turned into a list of possible procedural errors, each with its §.

use crate::rules::Citation;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One question (`[[check]]` in `rules/dk/sagsbehandling.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub id: String,
    /// "all", or decision kinds: sanction, stop, refusal.
    pub applies_to: Vec<String>,
    #[serde(flatten)]
    pub citation: Citation,
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

/// The checks that apply to a decision of kind `decision` ("sanction", "stop", "refusal" or "other").
pub fn checks_for<'r>(checks: &'r [Check], decision: &str) -> Vec<&'r Check> {
    checks
        .iter()
        .filter(|c| c.applies_to.iter().any(|a| a == "all" || a == decision))
        .collect()
}

/// Possible errors first, then the things to find out; "yes" answers drop out.
pub fn evaluate<'r>(checks: &'r [Check], decision: &str, answers: &BTreeMap<String, Answer>) -> Vec<Finding<'r>> {
    let mut out: Vec<Finding> = checks_for(checks, decision)
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
