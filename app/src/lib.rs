//! The application layer of Ret og Frist: between the rules engine (`core`) and
//! the front ends (the window `ui`, the desktop shell `src-tauri`, the CLI
//! `navigator`).
//!
//! It owns two things every front end needs and must agree on:
//!
//! - **Which rules are in force** ([`ActiveRules`]): the built-in rules, or an
//!   imported signed rule pack (verified by `ret-og-frist-rulepack`), with this
//!   device's overrides, and per case that case's overrides. Decided in one
//!   place, [`ActiveRules::resolve`], from [`RuleSources`], the plain data each
//!   front end keeps (the page in local storage, the shell in its data folder,
//!   the CLI from its flags).
//! - **The use cases**, as methods on [`ActiveRules`]: the deadline of an event
//!   ([`ActiveRules::deadline`]), the complaint route with its first deadline
//!   ([`ActiveRules::appeal`]), a letter ([`ActiveRules::letter`]), a gain
//!   calculation ([`ActiveRules::gain`]), a case's deadlines and the due
//!   reminders of a set of cases ([`ActiveRules::due_reminders`]).
//!
//! No UI, no I/O, no clock: the caller passes "today". Builds for wasm32.

use chrono::NaiveDate;
use ret_og_frist_cases::{Case, CaseDeadlines, Reminder};
use ret_og_frist_core::deadlines::{compute, DeadlineError};
use ret_og_frist_core::gain::{self, Evaluation, Scenario};
use ret_og_frist_core::guide::appeals::{AppealError, AppealGuide};
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_core::rules::{Override, OverrideError};
use ret_og_frist_core::{DeadlineRequest, DeadlineResult, RuleSet};
use ret_og_frist_letters::{Answers, AnswersError, Composed, LetterKind};
use ret_og_frist_rulepack::{PackError, PackInfo, TrustedKey};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

pub use ret_og_frist_letters::{first_appeal_deadline, first_appeal_kind};

/// The gain screen's use cases that read its display choices from the rules.
#[path = "gain.rs"]
mod gain_cases;

/// What decides the active rules, as plain data: the imported rule pack (the
/// signed file's text, re-verified every time it is resolved) and this
/// device's overrides. The window keeps these in local storage and sends them
/// to the desktop shell whenever they change, so the shell's reminders use the
/// same rules as the screen.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RuleSources {
    /// The signed rule pack file as imported; `None`: the built-in rules.
    pub pack: Option<String>,
    /// The device's overrides (an adviser's corrections, each with its note).
    pub overrides: Vec<Override>,
}

impl RuleSources {
    /// Read sources saved with [`RuleSources::to_json`]; damaged text gives the
    /// built-in rules without overrides (never a panic, never half a source).
    pub fn from_json(text: &str) -> RuleSources {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        // Strings, numbers and lists: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A stored rule pack that no longer loads (after an app update: older than the
/// new built-in rules, or of an older format), and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DroppedPack {
    /// The pack's name as the file gives it (at most 64 characters), or empty.
    pub pack: String,
    /// [`PackError::code`].
    pub code: &'static str,
    pub message: String,
}

/// The rules in force: the one answer to "which rules does this result use?".
#[derive(Debug, Clone)]
pub struct ActiveRules {
    info: PackInfo,
    /// The pack's (or built-in) rules without overrides: the baseline shown
    /// beside an overridden result.
    baseline: RuleSet,
    /// The device overrides that apply to the baseline.
    overrides: Vec<Override>,
    /// The device overrides the baseline refuses, with the reason.
    rejected: Vec<OverrideError>,
    /// `baseline` with `overrides`.
    rules: RuleSet,
    dropped: Option<DroppedPack>,
}

impl ActiveRules {
    /// The built-in rules, no pack, no overrides.
    pub fn builtin() -> ActiveRules {
        ActiveRules::resolve_with_keys(&RuleSources::default(), &[])
    }

    /// The active rules from their sources, with the keys this build trusts
    /// (`rules/keys/release.pub`). See [`ActiveRules::resolve_with_keys`].
    pub fn resolve(sources: &RuleSources) -> ActiveRules {
        ActiveRules::resolve_with_keys(sources, &ret_og_frist_rulepack::trusted_keys())
    }

    /// THE place where the active rules are decided; every front end calls it,
    /// so the window, the desktop shell's notifications and the CLI cannot
    /// disagree about which rules are in force. The order, and why:
    ///
    /// 1. The imported pack, if it still verifies (trusted key, signature,
    ///    hash, rules) and is not older than the built-in rules; otherwise the
    ///    built-in rules, and [`ActiveRules::dropped_pack`] says which pack was
    ///    dropped and why (a pack older than an updated app must never roll its
    ///    rules back).
    /// 2. The device's overrides on top, each only if it still fits those rules
    ///    (a newer pack may have dropped the parameter or narrowed its range);
    ///    the others are listed by [`ActiveRules::rejected_overrides`], never
    ///    half-applied.
    /// 3. A case's own overrides on top of those, per case
    ///    ([`ActiveRules::for_case`]): the adviser's correction for one case
    ///    is more specific than the device's.
    pub fn resolve_with_keys(sources: &RuleSources, trusted: &[TrustedKey]) -> ActiveRules {
        let pack = sources.pack.as_deref().map(|text| ActiveRules::verify_pack(text, trusted));
        ActiveRules::assemble(pack, &sources.overrides)
    }

    /// Step 1 of [`ActiveRules::resolve_with_keys`] alone: a stored pack
    /// verified and loaded, or why it is dropped. Separate so the web build can
    /// run it in a chunk of its own (the TOML parser, SHA-256 and Ed25519 are
    /// fetched only by a device that has a pack) and then call
    /// [`ActiveRules::assemble`], which needs none of them.
    pub fn verify_pack(text: &str, trusted: &[TrustedKey]) -> Result<(PackInfo, RuleSet), DroppedPack> {
        ret_og_frist_rulepack::verify_and_load(text.as_bytes(), trusted).map_err(|e| {
            let pack = serde_json::from_str::<serde_json::Value>(text)
                .ok()
                .and_then(|v| v["pack"]["pack"].as_str().map(|n| n.chars().take(64).collect()))
                .unwrap_or_default();
            DroppedPack { pack, code: e.code(), message: e.to_string() }
        })
    }

    /// Steps 1 (its outcome: `None` when no pack is stored) to 2 of
    /// [`ActiveRules::resolve_with_keys`]: the pack's rules or the built-in
    /// ones, with the device's overrides that fit them.
    pub fn assemble(pack: Option<Result<(PackInfo, RuleSet), DroppedPack>>, overrides: &[Override]) -> ActiveRules {
        let (imported, dropped) = match pack {
            Some(Ok(loaded)) => (Some(loaded), None),
            Some(Err(d)) => (None, Some(d)),
            None => (None, None),
        };
        let (info, baseline) = imported.unwrap_or_else(|| {
            // Validated by core's tests; an empty set here would only hide that in a test.
            let rules = RuleSet::builtin().unwrap_or_else(|e| panic!("the built-in rules are invalid: {e}"));
            (ret_og_frist_rulepack::builtin_info(), rules)
        });
        let (overrides, rejected): (Vec<Override>, Vec<OverrideError>) =
            overrides.iter().fold((Vec::new(), Vec::new()), |(mut ok, mut bad), o| {
                match baseline.with_overrides(std::slice::from_ref(o)) {
                    Ok(_) => ok.push(o.clone()),
                    Err(e) => bad.push(e),
                }
                (ok, bad)
            });
        // Each override fits alone; together they touch different or the same
        // parameters, each checked, so this cannot fail (keep the baseline if it did).
        let rules = baseline.with_overrides(&overrides).unwrap_or_else(|_| baseline.clone());
        ActiveRules { info, baseline, overrides, rejected, rules, dropped }
    }

    /// The same pack (or built-in rules) with other device overrides: a change
    /// of overrides does not verify the pack again.
    pub fn with_device_overrides(&self, overrides: &[Override]) -> ActiveRules {
        let mut next = ActiveRules::assemble(Some(Ok((self.info.clone(), self.baseline.clone()))), overrides);
        next.dropped = self.dropped.clone();
        next
    }

    /// The rules in force on this device (pack or built-in, with the device's overrides).
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// The pack's (or built-in) rules without the device's overrides.
    pub fn baseline(&self) -> &RuleSet {
        &self.baseline
    }

    /// Which pack the rules come from.
    pub fn pack(&self) -> &PackInfo {
        &self.info
    }

    /// The device overrides in force.
    pub fn overrides(&self) -> &[Override] {
        &self.overrides
    }

    /// The device overrides left out, and why.
    pub fn rejected_overrides(&self) -> &[OverrideError] {
        &self.rejected
    }

    /// The stored pack that did not load, if any.
    pub fn dropped_pack(&self) -> Option<&DroppedPack> {
        self.dropped.as_ref()
    }

    /// Check a pack before it replaces the active one: it must verify and not
    /// be older than the pack in use (or the built-in rules).
    pub fn check_new_pack(&self, bytes: &[u8], trusted: &[TrustedKey]) -> Result<PackInfo, PackError> {
        ret_og_frist_rulepack::verify_newer(bytes, trusted, &self.info).map(|(info, _)| info)
    }

    /// The rules for one case: these rules with the case's overrides that fit.
    pub fn for_case(&self, case_overrides: &[Override]) -> Cow<'_, RuleSet> {
        self.rules.with_valid_overrides(case_overrides)
    }

    // ---- use cases ----

    /// The deadline of an event (the "Frister" screen, `navigator deadline`).
    pub fn deadline(&self, req: &DeadlineRequest) -> Result<DeadlineResult, DeadlineError> {
        compute(&self.rules, req)
    }

    /// The same deadline under the baseline rules, when device overrides are in
    /// force (shown beside the overridden result); `None` without overrides.
    pub fn baseline_deadline(&self, req: &DeadlineRequest) -> Option<NaiveDate> {
        if self.overrides.is_empty() {
            return None;
        }
        compute(&self.baseline, req).ok().map(|r| r.deadline)
    }

    /// The complaint route for a decision about `benefit` made by `decided_by`,
    /// in force on `as_of`, with the citizen's first deadline when the day the
    /// decision was received is known.
    pub fn appeal(
        &self,
        benefit: Benefit,
        decided_by: &str,
        as_of: NaiveDate,
        received: Option<NaiveDate>,
    ) -> Result<Appeal<'_>, AppealError> {
        let guide = self.rules.guide.appeals.guide(benefit, decided_by, as_of)?;
        let first_deadline =
            received.and_then(|r| first_appeal_deadline(&self.rules, Some(benefit), decided_by, as_of, r));
        Ok(Appeal { guide, first_deadline })
    }

    /// A letter from the citizen's answers, under these rules.
    pub fn letter(&self, kind: LetterKind, answers: &Answers) -> Result<Composed, AnswersError> {
        ret_og_frist_letters::compose(&self.rules, kind, answers)
    }

    /// A gain calculation ("does work pay?") with a case's overrides, if any.
    pub fn gain(&self, scenario: &Scenario, case_overrides: &[Override]) -> Evaluation {
        gain::evaluate(&self.for_case(case_overrides), scenario)
    }

    /// A case's deadlines on `today` (its own overrides applied by the case).
    pub fn case_deadlines(&self, case: &Case, today: NaiveDate) -> CaseDeadlines {
        case.deadlines(&self.rules, today)
    }

    /// The reminders due on `today` for `cases`: what the window shows on start
    /// and what the desktop shell sends as OS notifications.
    pub fn due_reminders(&self, cases: &[Case], today: NaiveDate) -> Vec<Reminder> {
        cases.iter().flat_map(|c| c.due_reminders(&self.rules, today)).collect()
    }
}

/// A complaint route with the citizen's first deadline.
#[derive(Debug)]
pub struct Appeal<'r> {
    pub guide: AppealGuide<'r>,
    /// `None`: the day received is not known, or the route's first step has no
    /// confirmed deadline. `Some(Err)`: the rules cannot compute it.
    pub first_deadline: Option<Result<DeadlineResult, DeadlineError>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_sources_give_the_builtin_rules() {
        let s = RuleSources::from_json("{not json");
        assert_eq!(s, RuleSources::default());
        let a = ActiveRules::resolve(&s);
        assert!(a.pack().builtin);
        assert!(a.dropped_pack().is_none());
    }

    #[test]
    fn a_pack_that_does_not_verify_is_dropped_and_named() {
        let s = RuleSources { pack: Some(r#"{"pack":{"pack":"2099-x","format":"other"}}"#.into()), overrides: vec![] };
        let a = ActiveRules::resolve(&s);
        assert!(a.pack().builtin);
        let d = a.dropped_pack().expect("dropped");
        assert_eq!(d.pack, "2099-x");
        assert_eq!(d.code, "wrong_format");
    }

    #[test]
    fn an_override_that_does_not_fit_is_left_out_with_its_reason() {
        let good = Override { path: "frist.complaint".into(), value: 6.into(), note: "test".into() };
        let bad = Override { path: "frist.no-such".into(), value: 1.into(), note: "test".into() };
        let a = ActiveRules::resolve(&RuleSources { pack: None, overrides: vec![good.clone(), bad] });
        assert_eq!(a.overrides(), &[good]);
        assert_eq!(a.rejected_overrides().len(), 1);
        assert_eq!(a.rejected_overrides()[0].path(), "frist.no-such");
    }
}
