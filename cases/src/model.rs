//! The case model, shared by the web build (browser storage), the desktop
//! store (SQLite) and the case-file export.

use chrono::NaiveDate;
use ret_og_frist_core::deadlines::{compute, DeadlineError, DeadlineRequest};
use ret_og_frist_core::gain::Scenario;
use ret_og_frist_core::rules::Override;
use std::borrow::Cow;
use ret_og_frist_core::guide::status::Profile;
use ret_og_frist_core::{DeadlineKind, Delivery, Employment, RuleSet};
use ret_og_frist_letters::{Answers, LetterKind};
use ret_og_frist_core::input::{
    self, check_date, check_len, check_line, check_lines, check_range, check_text, InputError, Problem, Quantity, MAX_ITEMS,
};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Current shape of [`Case`]; bumped when a field changes meaning.
/// 2: `history` (fingerprints of earlier versions) — an older app says
/// "update the app" instead of reading a field it does not know.
pub const SCHEMA: u32 = 2;

/// How many earlier versions a case remembers (about 17 characters each).
pub const HISTORY_LIMIT: usize = 500;

/// Something that happened in the case and may start a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// A decision (afgørelse) from the kommune or Udbetaling Danmark: klagefrist.
    Decision,
    /// A decision from the a-kasse: klagefrist to the a-kasse.
    AkasseDecision,
    /// A partshøring letter with a reply date.
    Partshoering,
    /// Ankestyrelsen's final decision: the Ombudsmand's 12 months.
    FinalDecision,
    /// The person asked for aktindsigt: the authority's 7 working days.
    AktindsigtRequested,
    /// The person filed a complaint: the kommune's genvurdering, and a check-in a week later.
    ComplaintFiled,
    /// First day of sickness: the sygedagpenge revurdering.
    SickFrom,
    /// Anything else worth remembering; starts no deadline.
    Other,
}

impl EventKind {
    /// The deadline this event starts, if any.
    pub fn deadline_kind(self) -> Option<DeadlineKind> {
        match self {
            Self::Decision => Some(DeadlineKind::Complaint),
            Self::AkasseDecision => Some(DeadlineKind::ComplaintAkasse),
            Self::Partshoering => Some(DeadlineKind::Partshoering),
            Self::FinalDecision => Some(DeadlineKind::Ombudsman),
            Self::AktindsigtRequested => Some(DeadlineKind::Aktindsigt),
            Self::ComplaintFiled => Some(DeadlineKind::Genvurdering),
            Self::SickFrom => Some(DeadlineKind::Sygedagpenge),
            Self::Other => None,
        }
    }
}

/// A letter received or an action taken, with its date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub kind: EventKind,
    /// Received (Digital Post), sent (paper), decided, reply-by, requested or first sick day,
    /// as the deadline engine reads it for this kind.
    pub date: NaiveDate,
    #[serde(default)]
    pub delivery: Delivery,
    #[serde(default)]
    pub employment: Employment,
    #[serde(default)]
    pub authority: String,
    #[serde(default)]
    pub case_number: String,
    #[serde(default)]
    pub note: String,
}

/// A letter being written (or finished) in this case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub id: String,
    pub kind: LetterKind,
    pub answers: Answers,
    #[serde(default)]
    pub finished: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub date: NaiveDate,
    pub text: String,
}

/// One person's case.
///
/// Deserialising checks every field ([`Case::check`]); the saved scenarios,
/// drafts and profile inside check themselves the same way. `remote = "Self"`
/// makes the derives inherent functions, so the trait impls below add the check
/// and no path (the store, the case file, browser storage) can skip it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Case {
    pub schema: u32,
    pub id: String,
    /// Increases by one on every save; an import never silently replaces a newer one.
    pub version: u64,
    /// RFC 3339 time of the last change.
    pub updated: String,
    pub title: String,
    /// The client's name in adviser mode (optional).
    #[serde(default)]
    pub person: String,
    #[serde(default)]
    pub profile: Option<Profile>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub drafts: Vec<Draft>,
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Reminder lead times in days before a deadline (e.g. 7 and 2).
    #[serde(default = "default_reminders")]
    pub reminder_days: Vec<u32>,
    /// Fingerprints of this case's earlier contents, oldest first. An import
    /// uses them to tell a newer copy of this case from one that was edited on
    /// both sides, which the version number alone cannot.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<String>,
    /// An adviser's corrections of rules for this case only (on top of the
    /// device's); every result of the case then says so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<Override>,
    /// Gain-from-work calculations kept with the case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scenarios: Vec<SavedScenario>,
}

impl Serialize for Case {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Case::serialize(self, s)
    }
}

impl<'de> Deserialize<'de> for Case {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let c = Case::deserialize(d)?;
        c.check().map_err(|e| serde::de::Error::custom(e.to_serde_message()))?;
        Ok(c)
    }
}

/// Most reminder lead times, and the longest (as the app's form allows).
pub const MAX_REMINDERS: usize = 10;
pub const MAX_REMINDER_DAYS: u32 = 60;

/// A "kan det betale sig?" household saved in a case; recomputed when shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedScenario {
    pub id: String,
    pub title: String,
    pub saved: NaiveDate,
    pub scenario: Scenario,
}

/// How two copies of the same case relate, judged by their histories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lineage {
    /// Same content.
    Same,
    /// This copy was made by editing the other one (it is newer).
    Descendant,
    /// The other copy was made by editing this one (this is older).
    Ancestor,
    /// Both were edited since they were last the same.
    Diverged,
    /// Neither copy has a history (cases from before schema 2).
    Unknown,
}

fn default_reminders() -> Vec<u32> {
    vec![7, 2]
}

/// A deadline of a case, derived from one event by the deadline engine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseDeadline {
    pub case_id: String,
    pub case_title: String,
    pub event_id: String,
    pub kind: DeadlineKind,
    pub deadline: NaiveDate,
    /// Days from `today` (negative: passed).
    pub days_left: i64,
    /// The rule behind it, for calendars and print-outs.
    pub reference: String,
    /// Computed with a rule an adviser overrode (for the case or the device).
    pub overridden: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CaseError {
    #[error("case file is not valid: {0}")]
    Invalid(String),
    #[error("case file has schema {0}; this app reads up to {SCHEMA}")]
    NewerSchema(u32),
}

impl Case {
    pub fn new(id: impl Into<String>, title: impl Into<String>, updated: impl Into<String>) -> Self {
        Case {
            schema: SCHEMA,
            id: id.into(),
            version: 1,
            updated: updated.into(),
            title: title.into(),
            person: String::new(),
            profile: None,
            events: Vec::new(),
            drafts: Vec::new(),
            notes: Vec::new(),
            reminder_days: default_reminders(),
            history: Vec::new(),
            overrides: Vec::new(),
            scenarios: Vec::new(),
        }
    }

    /// The rules for this case: `base` with the case's overrides on top. An
    /// override that no longer fits the rules (unknown path) is left out.
    pub fn rules<'a>(&self, base: &'a RuleSet) -> Cow<'a, RuleSet> {
        base.with_valid_overrides(&self.overrides)
    }

    /// A short fingerprint of the content, leaving out the bookkeeping
    /// (`version`, `updated`, `schema`, `history`).
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let content = Case { version: 0, updated: String::new(), schema: 0, history: Vec::new(), ..self.clone() };
        let digest = Sha256::digest(content.to_json().as_bytes());
        digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
    }

    /// Before saving an edit of `previous`: remember `previous`'s content.
    pub fn remember(&mut self, previous: &Case) {
        let fp = previous.fingerprint();
        self.history = previous.history.clone();
        if self.history.last() != Some(&fp) {
            self.history.push(fp);
        }
        let extra = self.history.len().saturating_sub(HISTORY_LIMIT);
        self.history.drain(..extra);
    }

    /// How this copy relates to `other` (another copy with the same id).
    pub fn lineage(&self, other: &Case) -> Lineage {
        let (mine, theirs) = (self.fingerprint(), other.fingerprint());
        if mine == theirs {
            Lineage::Same
        } else if self.history.contains(&theirs) {
            Lineage::Descendant
        } else if other.history.contains(&mine) {
            Lineage::Ancestor
        } else if self.history.is_empty() && other.history.is_empty() {
            Lineage::Unknown
        } else {
            Lineage::Diverged
        }
    }

    /// Parse a case from JSON (a byte-order mark is fine), refusing newer
    /// schemas and anything [`Case::check`] refuses; the message names the field
    /// and the value.
    pub fn from_json(text: &str) -> Result<Case, CaseError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // The schema first: a newer app's case says "update the app", not "unknown field".
        #[derive(Deserialize)]
        struct Schema {
            schema: u32,
        }
        if let Ok(Schema { schema }) = serde_json::from_str::<Schema>(text) {
            if schema > SCHEMA {
                return Err(CaseError::NewerSchema(schema));
            }
        }
        input::from_json(text).map_err(|e| CaseError::Invalid(e.to_string()))
    }

    /// Every field's bounds: dates within the app's years, one-line text
    /// without control or direction-override characters, lengths and counts.
    pub fn check(&self) -> Result<(), InputError> {
        if self.id.trim().is_empty() {
            return Err(InputError::new("id", "", Problem::Missing));
        }
        check_line("id", &self.id)?;
        check_line("updated", &self.updated)?;
        check_line("title", &self.title)?;
        check_line("person", &self.person)?;
        check_len("events", &self.events, MAX_ITEMS)?;
        for (i, e) in self.events.iter().enumerate() {
            let at = |f: &str| format!("events[{i}].{f}");
            check_line(&at("id"), &e.id)?;
            check_date(&at("date"), e.date)?;
            check_line(&at("authority"), &e.authority)?;
            check_line(&at("case_number"), &e.case_number)?;
            check_text(&at("note"), &e.note)?;
        }
        check_len("drafts", &self.drafts, MAX_ITEMS)?;
        for (i, d) in self.drafts.iter().enumerate() {
            check_line(&format!("drafts[{i}].id"), &d.id)?;
        }
        check_len("notes", &self.notes, MAX_ITEMS)?;
        for (i, n) in self.notes.iter().enumerate() {
            check_date(&format!("notes[{i}].date"), n.date)?;
            check_text(&format!("notes[{i}].text"), &n.text)?;
        }
        check_len("reminder_days", &self.reminder_days, MAX_REMINDERS)?;
        for (i, d) in self.reminder_days.iter().enumerate() {
            check_range(&format!("reminder_days[{i}]"), *d, 0, MAX_REMINDER_DAYS, Quantity::Days)?;
        }
        check_len("history", &self.history, HISTORY_LIMIT)?;
        check_lines("history", &self.history)?;
        check_len("overrides", &self.overrides, MAX_ITEMS)?;
        for (i, o) in self.overrides.iter().enumerate() {
            check_line(&format!("overrides[{i}].path"), &o.path)?;
            check_text(&format!("overrides[{i}].note"), &o.note)?;
        }
        check_len("scenarios", &self.scenarios, MAX_ITEMS)?;
        for (i, sc) in self.scenarios.iter().enumerate() {
            check_line(&format!("scenarios[{i}].id"), &sc.id)?;
            check_line(&format!("scenarios[{i}].title"), &sc.title)?;
            check_date(&format!("scenarios[{i}].saved"), sc.saved)?;
        }
        Ok(())
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a case always serialises")
    }

    /// Every deadline in this case, sorted by date, recomputed from the events;
    /// and every deadline that could not be computed, with the event and the
    /// reason — a deadline never just disappears.
    pub fn deadlines(&self, rules: &RuleSet, today: NaiveDate) -> CaseDeadlines {
        let rules = self.rules(rules);
        let rules: &RuleSet = &rules;
        let mut out = CaseDeadlines::default();
        for e in &self.events {
            let Some(kind) = e.kind.deadline_kind() else { continue };
            let req = DeadlineRequest { kind, date: e.date, delivery: e.delivery, employment: e.employment };
            let r = match compute(rules, &req) {
                Ok(r) => r,
                Err(error) => {
                    out.failed.push(FailedDeadline {
                        case_id: self.id.clone(),
                        case_title: self.title.clone(),
                        event_id: e.id.clone(),
                        event_date: e.date,
                        kind,
                        error,
                    });
                    continue;
                }
            };
            // The deadline's own rule (not the postal delay or a holiday it moved past).
            let reference = r
                .rules
                .iter()
                .find(|u| u.path.starts_with("frist."))
                .map(|u| u.citation.reference.clone())
                .unwrap_or_default();
            out.found.push(CaseDeadline {
                case_id: self.id.clone(),
                case_title: self.title.clone(),
                event_id: e.id.clone(),
                kind,
                deadline: r.deadline,
                days_left: (r.deadline - today).num_days(),
                reference,
                overridden: r.rules.iter().any(|u| u.citation.overridden()),
            });
        }
        out.found.sort_by_key(|d| d.deadline);
        out
    }

    /// Each deadline of the case in event order: the computed deadline, or why not.
    /// (The `Err` is a list entry shown to the user, not an error to propagate.)
    #[allow(clippy::result_large_err)]
    pub fn deadline_results(&self, rules: &RuleSet, today: NaiveDate) -> Vec<Result<CaseDeadline, FailedDeadline>> {
        let all = self.deadlines(rules, today);
        let mut found = all.found;
        let mut failed = all.failed;
        self.events
            .iter()
            .filter(|e| e.kind.deadline_kind().is_some())
            .filter_map(|e| {
                if let Some(i) = found.iter().position(|d| d.event_id == e.id) {
                    Some(Ok(found.remove(i)))
                } else {
                    failed.iter().position(|d| d.event_id == e.id).map(|i| Err(failed.remove(i)))
                }
            })
            .collect()
    }
}

/// A deadline the engine could not compute for an event, and why
/// (e.g. an override no deadline can have, a date outside the calendar).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FailedDeadline {
    pub case_id: String,
    pub case_title: String,
    pub event_id: String,
    pub event_date: NaiveDate,
    pub kind: DeadlineKind,
    pub error: DeadlineError,
}

/// The deadlines of a case: those computed (sorted by date) and those that
/// could not be. Iterates over the computed ones, as a list of deadlines did
/// before; `failed` must be shown too (the CLI, the .ics and reminders do).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct CaseDeadlines {
    pub found: Vec<CaseDeadline>,
    pub failed: Vec<FailedDeadline>,
}

impl std::ops::Deref for CaseDeadlines {
    type Target = [CaseDeadline];
    fn deref(&self) -> &[CaseDeadline] {
        &self.found
    }
}

impl IntoIterator for CaseDeadlines {
    type Item = CaseDeadline;
    type IntoIter = std::vec::IntoIter<CaseDeadline>;
    fn into_iter(self) -> Self::IntoIter {
        self.found.into_iter()
    }
}

impl<'a> IntoIterator for &'a CaseDeadlines {
    type Item = &'a CaseDeadline;
    type IntoIter = std::slice::Iter<'a, CaseDeadline>;
    fn into_iter(self) -> Self::IntoIter {
        self.found.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case_with_decision() -> Case {
        let mut c = Case::new("c1", "Sag", "2026-03-01T10:00:00.000Z");
        c.events.push(Event {
            id: "e1".into(),
            kind: EventKind::Decision,
            // Thursday 5 March 2026, Digital Post: 4 weeks → Thursday 2 April 2026 = skærtorsdag,
            // then langfredag, weekend, 2. påskedag → Tuesday 7 April 2026 (RSL § 67, JM vejl. 9533/2018).
            date: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
            delivery: Delivery::Digital,
            employment: Employment::default(),
            authority: String::new(),
            case_number: String::new(),
            note: String::new(),
        });
        c
    }

    #[test]
    fn case_overrides_apply_to_this_case_only_and_are_marked() {
        let rules = RuleSet::builtin().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 3, 6).unwrap();
        let plain = case_with_decision();
        let d = &plain.deadlines(&rules, today)[0];
        assert_eq!(d.deadline, NaiveDate::from_ymd_opt(2026, 4, 7).unwrap());
        assert!(!d.overridden);

        let mut with = case_with_decision();
        with.overrides.push(Override { path: "frist.complaint".into(), value: 6.into(), note: "Aftalt med kommunen".into() });
        // A rule path this build does not know is left out, not an error.
        with.overrides.push(Override { path: "frist.gone".into(), value: 1.into(), note: "old pack".into() });
        let d = &with.deadlines(&rules, today)[0];
        assert_eq!(d.deadline, NaiveDate::from_ymd_opt(2026, 4, 16).unwrap(), "6 weeks: Thursday 16 April 2026");
        assert!(d.overridden);
        // The shared rules are untouched.
        assert_eq!(plain.deadlines(&rules, today)[0].deadline, NaiveDate::from_ymd_opt(2026, 4, 7).unwrap());
        assert_ne!(plain.fingerprint(), with.fingerprint(), "overrides are content");
    }

    #[test]
    fn lineage_from_history() {
        let a = case_with_decision();
        let mut b = a.clone();
        b.title = "Sag 2".into();
        b.remember(&a);
        assert_eq!(b.lineage(&a), Lineage::Descendant);
        assert_eq!(a.lineage(&b), Lineage::Ancestor);
        let mut c = a.clone();
        c.person = "X".into();
        c.remember(&a);
        assert_eq!(b.lineage(&c), Lineage::Diverged);
        assert_eq!(a.lineage(&a.clone()), Lineage::Same);
        let mut legacy = a.clone();
        legacy.title = "Y".into();
        assert_eq!(legacy.lineage(&a), Lineage::Unknown);
    }
}
