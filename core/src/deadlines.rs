//! Deadlines (frister), exact to the day, each result explaining itself.
//!
//! The lengths come from `rules/dk/frister.toml`; the counting follows
//! Justitsministeriets vejledning nr. 9533 af 26.6.2018: the day of receipt is
//! day 0, weeks end on the same weekday, months on the same date, and a last day
//! on a Saturday, Sunday or public holiday moves to the next working day.
//! "Uncertain" days never extend a deadline; the user is told to file before them.

use crate::calendar::{Calendar, DayOff, WalkError, MAX_WALK_DAYS};
use crate::rules::{Citation, Confidence, Parameter, Roll, RuleSet, Unit};
use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// What a deadline counts from (`runs_from` on a `[frist.ID]` row).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RunsFrom {
    /// Receipt of a letter: how it was delivered matters (a letter sent by post
    /// counts as received some delivery days later, `post.*`).
    Receipt,
    /// An event on the date the user gives (a complaint or request received,
    /// the first sick day): counted from that date as given.
    Event,
    /// The authority set the date in its letter: it stands as given.
    AuthoritySet,
}

/// A deadline kind: the id of a `[frist.ID]` row in `rules/dk/frister.toml`.
///
/// The set of kinds is the set of rows: adding a kind is one row (with
/// `start`, `runs_from`, `unit`, `roll`, the length and its citation, and the
/// `notes`/`warnings` that go with it) plus its texts in every locale
/// (`kind-ID`, `event-START`). Serialized as the id string, as before; an
/// unknown id is refused when read.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DeadlineKind(&'static str);

/// One kind as the built-in rule data describes it.
#[derive(Debug, Clone, Copy)]
struct KindInfo {
    kind: DeadlineKind,
    event: &'static str,
    runs_from: RunsFrom,
    by_employment: bool,
}

/// The kinds of the built-in `frister.toml`, in the file's order (read once).
/// Every computation reads the loaded rule set's row; this registry answers
/// what a kind is when no rule set is at hand (forms, case files).
fn registry() -> &'static [KindInfo] {
    static REG: std::sync::OnceLock<Vec<KindInfo>> = std::sync::OnceLock::new();
    REG.get_or_init(|| {
        #[derive(Deserialize)]
        struct Row {
            start: String,
            runs_from: RunsFrom,
            #[serde(default)]
            excluded_days: std::collections::BTreeMap<String, serde::de::IgnoredAny>,
        }
        #[derive(Deserialize)]
        struct File {
            frist: std::collections::BTreeMap<String, Row>,
        }
        // The JSON form made by build.rs, so no TOML parser runs; its objects
        // are sorted by key, so the order is build.rs's list of the file's rows.
        let json = crate::rules::BUILTIN_JSON
            .iter()
            .find(|(p, _)| *p == "dk/frister.toml")
            .map_or("", |(_, t)| *t);
        // A broken built-in file leaves the registry empty: every kind is then
        // unknown (and RuleSet::builtin() reports the file's error).
        let Ok(file) = serde_json::from_str::<File>(json) else { return Vec::new() };
        let mut out: Vec<(usize, KindInfo)> = file
            .frist
            .into_iter()
            .map(|(id, row)| {
                let at = crate::rules::FRIST_ORDER.iter().position(|o| *o == id).unwrap_or(usize::MAX);
                let id: &'static str = Box::leak(id.into_boxed_str());
                let event: &'static str = Box::leak(row.start.into_boxed_str());
                let by_employment = !row.excluded_days.is_empty();
                (at, KindInfo { kind: DeadlineKind(id), event, runs_from: row.runs_from, by_employment })
            })
            .collect();
        out.sort_by_key(|(at, _)| *at);
        out.into_iter().map(|(_, k)| k).collect()
    })
}

/// The kinds the code names (a letter or an event type that leads to one
/// deadline). Named like the former enum's variants so callers read the same;
/// each must be a row in the data (tested). Other kinds need no name.
#[allow(non_upper_case_globals)]
impl DeadlineKind {
    /// Klagefrist over a municipal decision (kommune, Udbetaling Danmark).
    pub const Complaint: DeadlineKind = DeadlineKind("complaint");
    /// Klagefrist over an a-kasse decision.
    pub const ComplaintAkasse: DeadlineKind = DeadlineKind("complaint-akasse");
    /// The authority's own deadline to re-assess and forward a complaint.
    pub const Genvurdering: DeadlineKind = DeadlineKind("genvurdering");
    /// Complaint to Folketingets Ombudsmand.
    pub const Ombudsman: DeadlineKind = DeadlineKind("ombudsman");
    /// When the authority should answer a request for aktindsigt.
    pub const Aktindsigt: DeadlineKind = DeadlineKind("aktindsigt");
    /// The reply date the authority set in a partshøring letter.
    pub const Partshoering: DeadlineKind = DeadlineKind("partshoering");
    /// When the kommune must re-assess sygedagpenge (the 22-week limit).
    pub const Sygedagpenge: DeadlineKind = DeadlineKind("sygedagpenge");
    /// Every kind named in code (for the test that each is in the data).
    pub const NAMED: [DeadlineKind; 7] = [
        Self::Complaint,
        Self::ComplaintAkasse,
        Self::Genvurdering,
        Self::Ombudsman,
        Self::Aktindsigt,
        Self::Partshoering,
        Self::Sygedagpenge,
    ];
}

impl DeadlineKind {
    /// Every kind in the built-in rule data, in the file's order.
    pub fn all() -> Vec<DeadlineKind> {
        registry().iter().map(|k| k.kind).collect()
    }

    fn info(self) -> Option<&'static KindInfo> {
        registry().iter().find(|k| k.kind == self)
    }

    /// The ASCII id used in rules, the CLI and the UI.
    pub fn id(self) -> &'static str {
        self.0
    }

    /// The kind with this id, if the rule data has it.
    pub fn from_id(id: &str) -> Option<Self> {
        registry().iter().map(|k| k.kind).find(|k| k.0 == id)
    }

    /// What the deadline counts from (`runs_from` in the data; an unknown kind
    /// counts from the date as given).
    pub fn runs_from(self) -> RunsFrom {
        self.info().map_or(RunsFrom::Event, |k| k.runs_from)
    }

    /// Whether the way the letter was delivered matters: the kinds that run
    /// from receipt (`runs_from = "receipt"`: complaint deadlines, and the
    /// Ombudsmand's year, ombudsmandsloven § 13, stk. 3).
    pub fn uses_delivery(self) -> bool {
        self.runs_from() == RunsFrom::Receipt
    }

    /// Whether the result depends on the person's work situation (the row has
    /// `excluded_days` by employment, like sygedagpenge): the form asks for it.
    pub fn by_employment(self) -> bool {
        self.info().is_some_and(|k| k.by_employment)
    }

    /// What the user's date means for this kind (`start` in the data; a key
    /// for translations, `event-START`).
    pub fn event(self) -> &'static str {
        self.info().map_or("received", |k| k.event)
    }
}

impl Default for DeadlineKind {
    fn default() -> Self {
        Self::Complaint
    }
}

impl std::fmt::Debug for DeadlineKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DeadlineKind({})", self.0)
    }
}

impl std::fmt::Display for DeadlineKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for DeadlineKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for DeadlineKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        DeadlineKind::from_id(&id).ok_or_else(|| {
            // Echo at most 40 characters of what was given.
            let shown: String = id.chars().take(40).collect();
            let known: Vec<&str> = registry().iter().map(|k| k.kind.0).collect();
            serde::de::Error::custom(format!("unknown deadline kind '{shown}' (known: {})", known.join(", ")))
        })
    }
}

/// How the letter reached the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Delivery {
    /// Digital Post: received the day it is in the mailbox, any day.
    #[default]
    Digital,
    /// Ordinary letter post.
    Paper,
    /// Quickpost ("Q" on the envelope).
    Quickpost,
}

impl Delivery {
    pub fn id(self) -> &'static str {
        match self {
            Self::Digital => "digital",
            Self::Paper => "paper",
            Self::Quickpost => "quickpost",
        }
    }
}

/// Work situation at the first day of sickness (decides the days not counted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Employment {
    #[default]
    Employee,
    SelfEmployed,
}

impl Employment {
    pub fn id(self) -> &'static str {
        match self {
            Self::Employee => "employee",
            Self::SelfEmployed => "self-employed",
        }
    }
}

/// What the user told us.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadlineRequest {
    pub kind: DeadlineKind,
    /// The event date: received, sent (paper/quickpost), complaint/request received,
    /// reply-by or first sick day.
    pub date: NaiveDate,
    #[serde(default)]
    pub delivery: Delivery,
    #[serde(default)]
    pub employment: Employment,
}

/// One line of the explanation, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum Step {
    /// The letter was dated and sent on `date`.
    Sent { date: NaiveDate, delivery: Delivery },
    /// A letter sent by post counts as received `n` delivery days later.
    PresumedReceived { from: NaiveDate, n: u32, date: NaiveDate },
    /// Day 0 of the count.
    Start { date: NaiveDate, event: &'static str },
    /// Counting `n` units from `from` gives `to`.
    Counted { from: NaiveDate, n: u32, unit: Unit, to: NaiveDate },
    /// The last day was not a working day, so it moved.
    Moved { from: NaiveDate, to: NaiveDate, reason: DayOff },
    /// The last day is an uncertain day; it stays there.
    KeptOnUncertainDay { date: NaiveDate, id: String },
    /// Days at the start of a sick period that are not counted.
    NotCounted { from: NaiveDate, to: NaiveDate, n: u32 },
    /// The limit is passed on this day.
    LimitPassed { date: NaiveDate },
    /// The deadline is the end of the month.
    EndOfMonth { date: NaiveDate },
    /// The date the authority set stands as given.
    AuthoritySet { date: NaiveDate },
}

/// Something the user must know to act safely.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Warning {
    /// The deadline is on a day some offices treat as closed: file before it.
    /// If the authority does extend, the deadline would be `later`.
    UncertainDay { date: NaiveDate, id: String, later: NaiveDate },
    /// The authority set a reply date that is not a working day.
    AuthorityDateNotWorkingDay { date: NaiveDate, reason: DayOff },
    /// A rule used is not fully confirmed.
    NotConfirmed { path: String, confidence: Confidence },
    /// Whether holidays extend the authority's own deadline is not confirmed.
    HolidayRuleUnconfirmed,
}

/// Advice that belongs with the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Note {
    /// A late complaint can be accepted for a special reason (særlig grund).
    LateComplaintDispensation,
    /// The complaint must have reached the authority by the end of the day.
    MustArriveBy,
    /// The authority should normally grant a request for more time.
    ExtensionPossible,
    /// After 7 working days the authority must say why and when; not a hard stop.
    NotHardDeadline,
    /// Earlier sick periods in the last 9 months bring the date forward.
    EarlierSickPeriods,
    /// Remedies must be used first (kommune → Ankestyrelsen) before the Ombudsmand.
    ExhaustRemediesFirst,
}

impl Note {
    const IDS: [(Note, &'static str); 6] = [
        (Note::LateComplaintDispensation, "late-complaint-dispensation"),
        (Note::MustArriveBy, "must-arrive-by"),
        (Note::ExtensionPossible, "extension-possible"),
        (Note::NotHardDeadline, "not-hard-deadline"),
        (Note::EarlierSickPeriods, "earlier-sick-periods"),
        (Note::ExhaustRemediesFirst, "exhaust-remedies-first"),
    ];

    /// The id used in the rule data (the same as the JSON `code`).
    pub fn id(self) -> &'static str {
        Self::IDS.iter().find(|(n, _)| *n == self).map_or("", |(_, id)| id)
    }

    pub fn from_id(id: &str) -> Option<Note> {
        Self::IDS.iter().find(|(_, i)| *i == id).map(|(n, _)| *n)
    }
}

/// A frister.toml row's `advice` as a list of ids (the JSON result keeps
/// `{"code": ...}` objects).
pub(crate) mod note_ids {
    use super::Note;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[Note], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(v.iter().map(|n| n.id()))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Note>, D::Error> {
        let ids = Vec::<String>::deserialize(d)?;
        ids.iter()
            .map(|id| {
                Note::from_id(id).ok_or_else(|| {
                    let known: Vec<&str> = Note::IDS.iter().map(|(_, i)| *i).collect();
                    serde::de::Error::custom(format!("unknown note '{id}' (known: {})", known.join(", ")))
                })
            })
            .collect()
    }
}

/// A warning a kind always carries (`warnings` on a frister.toml row).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KindWarning {
    /// Whether holidays extend the authority's own deadline is not confirmed.
    HolidayRuleUnconfirmed,
}

/// A rule the result rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UsedRule {
    pub path: String,
    #[serde(flatten)]
    pub citation: Citation,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineResult {
    pub kind: DeadlineKind,
    pub deadline: NaiveDate,
    pub steps: Vec<Step>,
    pub warnings: Vec<Warning>,
    pub notes: Vec<Note>,
    pub rules: Vec<UsedRule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum DeadlineError {
    /// The rules hold no value for this date: we cannot compute, and say so.
    #[error("cannot compute: no rule '{path}' in force on {date}")]
    NoRuleInForce { path: String, date: NaiveDate },
    #[error("cannot compute: rule '{path}' is missing")]
    MissingRule { path: String },
    #[error("cannot compute: the date is outside the calendar")]
    OutOfCalendar,
    /// Counting would walk more than [`MAX_WALK_DAYS`] days: a rule value far
    /// outside anything real (the range checks should have refused it).
    #[error("cannot compute: counting from {from} would take more than {limit} days (rule '{path}')")]
    TooFar { path: String, from: NaiveDate, limit: u32 },
}

impl DeadlineError {
    fn walk(e: WalkError, path: &str, from: NaiveDate) -> DeadlineError {
        match e {
            WalkError::OutOfCalendar => DeadlineError::OutOfCalendar,
            WalkError::TooFar => DeadlineError::TooFar { path: path.to_string(), from, limit: MAX_WALK_DAYS },
        }
    }
}

struct Ctx<'r> {
    rules: &'r RuleSet,
    cal: Calendar<'r>,
    steps: Vec<Step>,
    warnings: Vec<Warning>,
    used: Vec<UsedRule>,
}

impl<'r> Ctx<'r> {
    /// Look up a parameter's value on `date` and remember that it was used.
    fn value(&mut self, path: &str, p: &Parameter, date: NaiveDate) -> Result<u32, DeadlineError> {
        let v = p.at(date).ok_or_else(|| DeadlineError::NoRuleInForce {
            path: path.to_string(),
            date,
        })?;
        let confidence = v.confidence.min(p.citation.confidence);
        if confidence < Confidence::High {
            self.warnings.push(Warning::NotConfirmed { path: path.to_string(), confidence });
        }
        self.used.push(UsedRule { path: path.to_string(), citation: p.citation.clone() });
        Ok(v.whole())
    }

    fn use_day_rule(&mut self, id: &str) {
        let found = self
            .rules
            .holidays
            .iter()
            .chain(&self.rules.uncertain_days)
            .find(|r| r.id == id);
        if let Some(r) = found {
            let path = format!("day.{}", r.id);
            if !self.used.iter().any(|u| u.path == path) {
                self.used.push(UsedRule { path, citation: r.citation.clone() });
            }
        }
    }

    /// Move a last day past Saturdays, Sundays and holidays; stop on uncertain
    /// days. Both walks are bounded like every walk over the calendar.
    fn roll_forward(&mut self, path: &str, mut d: NaiveDate) -> Result<NaiveDate, DeadlineError> {
        let start = d;
        let cal = self.cal;
        let end = cal.first_from(d, |x| cal.is_working_day(x)).map_err(|e| DeadlineError::walk(e, path, start))?;
        while d < end {
            let Some(reason) = self.cal.day_off(d) else { break };
            let next = d.succ_opt().ok_or(DeadlineError::OutOfCalendar)?;
            if let DayOff::Holiday(id) = &reason {
                self.use_day_rule(id);
            }
            self.steps.push(Step::Moved { from: d, to: next, reason });
            d = next;
        }
        if let Some(u) = self.cal.uncertain(d) {
            let id = u.id.clone();
            let next = d.succ_opt().ok_or(DeadlineError::OutOfCalendar)?;
            let later = cal
                .first_from(next, |x| cal.is_working_day(x) && cal.uncertain(x).is_none())
                .map_err(|e| DeadlineError::walk(e, path, d))?;
            self.use_day_rule(&id);
            self.steps.push(Step::KeptOnUncertainDay { date: d, id: id.clone() });
            self.warnings.push(Warning::UncertainDay { date: d, id, later });
        }
        Ok(d)
    }
}

/// Compute a deadline with its explanation.
pub fn compute(rules: &RuleSet, req: &DeadlineRequest) -> Result<DeadlineResult, DeadlineError> {
    let kind = req.kind;
    let path = format!("frist.{}", kind.id());
    let rule = rules
        .frister
        .get(kind.id())
        .ok_or_else(|| DeadlineError::MissingRule { path: path.clone() })?;
    let mut cx = Ctx {
        rules,
        cal: Calendar::new(rules),
        steps: Vec::new(),
        warnings: Vec::new(),
        used: Vec::new(),
    };
    let mut notes = Vec::new();

    // Day 0: when the count starts.
    let start = if rule.runs_from == RunsFrom::Receipt {
        // How long the letter took to arrive (Digital Post: 0 days, by rule too).
        let post_path = format!("post.{}", req.delivery.id());
        let post = rules
            .post
            .get(req.delivery.id())
            .ok_or_else(|| DeadlineError::MissingRule { path: post_path.clone() })?;
        let n = cx.value(&post_path, &post.delay, req.date)?;
        let received =
            cx.cal.add_working_days(req.date, n).map_err(|e| DeadlineError::walk(e, &post_path, req.date))?;
        if req.delivery != Delivery::Digital {
            cx.steps.push(Step::Sent { date: req.date, delivery: req.delivery });
            cx.steps.push(Step::PresumedReceived { from: req.date, n, date: received });
        }
        received
    } else {
        req.date
    };

    let deadline = match rule.unit {
        Unit::Weeks | Unit::Months | Unit::Days | Unit::WorkingDays => {
            let n = cx.value(&path, &rule.length, start)?;
            cx.steps.push(Step::Start { date: start, event: kind.event() });
            let last = match rule.unit {
                Unit::Weeks => start.checked_add_days(Days::new(7 * u64::from(n))),
                Unit::Months => start.checked_add_months(Months::new(n)),
                Unit::Days => start.checked_add_days(Days::new(u64::from(n))),
                _ => Some(cx.cal.add_working_days(start, n).map_err(|e| DeadlineError::walk(e, &path, start))?),
            }
            .ok_or(DeadlineError::OutOfCalendar)?;
            if rule.runs_from == RunsFrom::AuthoritySet {
                cx.steps.pop();
                cx.steps.push(Step::AuthoritySet { date: last });
                if let Some(reason) = cx.cal.day_off(last) {
                    cx.warnings.push(Warning::AuthorityDateNotWorkingDay { date: last, reason });
                }
            } else {
                cx.steps.push(Step::Counted { from: start, n, unit: rule.unit, to: last });
            }
            match rule.roll {
                Roll::NextWorkingDay => cx.roll_forward(&path, last)?,
                Roll::None => last,
            }
        }
        Unit::EndOfMonthAfterDays => {
            let sub = req.employment.id();
            let ex_path = format!("{path}.excluded_days.{sub}");
            let ex = rule
                .excluded_days
                .get(sub)
                .ok_or_else(|| DeadlineError::MissingRule { path: ex_path.clone() })?;
            let skip = cx.value(&ex_path, ex, start)?;
            let n = cx.value(&path, &rule.length, start)?;
            cx.steps.push(Step::Start { date: start, event: kind.event() });
            let counted_from = start
                .checked_add_days(Days::new(u64::from(skip)))
                .ok_or(DeadlineError::OutOfCalendar)?;
            if skip > 0 {
                let to = counted_from.pred_opt().ok_or(DeadlineError::OutOfCalendar)?;
                cx.steps.push(Step::NotCounted { from: start, to, n: skip });
            }
            let passed = counted_from
                .checked_add_days(Days::new(u64::from(n)))
                .ok_or(DeadlineError::OutOfCalendar)?;
            cx.steps.push(Step::LimitPassed { date: passed });
            let end = last_day_of_month(passed).ok_or(DeadlineError::OutOfCalendar)?;
            cx.steps.push(Step::EndOfMonth { date: end });
            end
        }
        Unit::DeliveryDays => {
            return Err(DeadlineError::MissingRule { path });
        }
    };

    // What goes with this kind comes from its row too.
    notes.extend(rule.advice.iter().copied());
    for w in &rule.warnings {
        cx.warnings.push(match w {
            KindWarning::HolidayRuleUnconfirmed => Warning::HolidayRuleUnconfirmed,
        });
    }

    Ok(DeadlineResult {
        kind,
        deadline,
        steps: cx.steps,
        warnings: cx.warnings,
        notes,
        rules: cx.used,
    })
}

fn last_day_of_month(d: NaiveDate) -> Option<NaiveDate> {
    let first = d.with_day(1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn run(kind: DeadlineKind, date: &str, delivery: Delivery) -> DeadlineResult {
        let rules = RuleSet::builtin().unwrap();
        let req = DeadlineRequest { kind, date: d(date), delivery, employment: Employment::Employee };
        compute(&rules, &req).unwrap()
    }

    #[test]
    fn worked_example_easter_2026() {
        // procedure-2026.md § 2.1: Digital Post Thu 5 Mar 2026 + 4 weeks = Thu 2 Apr
        // (skærtorsdag) → Fri langfredag → Sat → Sun påskedag → Mon 2. påskedag → Tue 7 Apr.
        let r = run(DeadlineKind::Complaint, "2026-03-05", Delivery::Digital);
        assert_eq!(r.deadline, d("2026-04-07"));
        let moves = r.steps.iter().filter(|s| matches!(s, Step::Moved { .. })).count();
        assert_eq!(moves, 5);
        assert!(r.warnings.is_empty());
        assert!(r.rules.iter().any(|u| u.path == "frist.complaint"));
        assert!(r.rules.iter().any(|u| u.path == "day.skaertorsdag"));
    }

    #[test]
    fn uncertain_friday_after_ascension_is_kept() {
        // Thu 16 Apr 2026 + 4 weeks = Thu 14 May (Kristi himmelfartsdag) → Fri 15 May,
        // uncertain: stays, warning says Udbetaling Danmark would give Mon 18 May.
        let r = run(DeadlineKind::Complaint, "2026-04-16", Delivery::Digital);
        assert_eq!(r.deadline, d("2026-05-15"));
        assert!(matches!(
            &r.warnings[..],
            [Warning::UncertainDay { later, .. }] if *later == d("2026-05-18")
        ));
    }

    #[test]
    fn paper_post_adds_six_delivery_days() {
        // Sent Thu 5 Mar 2026: delivery days Fri 6, Mon 9, Tue 10, Wed 11, Thu 12, Fri 13
        // → received Fri 13 Mar; + 4 weeks = Fri 10 Apr 2026 (a working day).
        let r = run(DeadlineKind::Complaint, "2026-03-05", Delivery::Paper);
        assert_eq!(r.deadline, d("2026-04-10"));
    }

    #[test]
    fn paper_post_before_2018_rule_cannot_be_computed() {
        let rules = RuleSet::builtin().unwrap();
        let req = DeadlineRequest {
            kind: DeadlineKind::Complaint,
            date: d("2017-01-10"),
            delivery: Delivery::Paper,
            employment: Employment::Employee,
        };
        assert!(matches!(compute(&rules, &req), Err(DeadlineError::NoRuleInForce { .. })));
    }

    #[test]
    fn akasse_complaint_warns_section_unconfirmed() {
        let r = run(DeadlineKind::ComplaintAkasse, "2026-03-10", Delivery::Digital);
        assert_eq!(r.deadline, d("2026-04-07"));
        assert!(r.warnings.iter().any(|w| matches!(w, Warning::NotConfirmed { .. })));
    }

    #[test]
    fn ombudsman_runs_from_receipt_like_a_complaint() {
        // The rule data and the engine agree that the year starts at receipt.
        let rules = RuleSet::builtin().unwrap();
        assert_eq!(rules.frister["ombudsman"].start, "received");
        assert!(DeadlineKind::Ombudsman.uses_delivery());
        // Paper post sent Thu 5 Mar 2026 → received Fri 13 Mar (6 delivery days)
        // → + 12 months = Sat 13 Mar 2027 → Mon 15 Mar 2027.
        let r = run(DeadlineKind::Ombudsman, "2026-03-05", Delivery::Paper);
        assert_eq!(r.deadline, d("2027-03-15"));
        assert!(r.steps.iter().any(|s| matches!(s, Step::PresumedReceived { date, .. } if *date == d("2026-03-13"))));
        assert!(r.rules.iter().any(|u| u.path == "post.paper"));
    }

    #[test]
    fn the_kinds_are_the_rows_of_the_data() {
        let rules = RuleSet::builtin().unwrap();
        let ids: Vec<&str> = DeadlineKind::all().iter().map(|k| k.id()).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        let rows: Vec<&str> = rules.frister.keys().map(String::as_str).collect();
        assert_eq!(sorted, rows);
        // The file's order (the form lists them so).
        assert_eq!(ids.first(), Some(&"complaint"));
        assert_eq!(ids.last(), Some(&"sygedagpenge"));
        for k in DeadlineKind::all() {
            let row = &rules.frister[k.id()];
            assert_eq!(k.event(), row.start, "{k}");
            assert_eq!(k.runs_from(), row.runs_from, "{k}");
            assert_eq!(k.by_employment(), !row.excluded_days.is_empty(), "{k}");
        }
        for k in DeadlineKind::NAMED {
            assert_eq!(DeadlineKind::from_id(k.id()), Some(k), "{k} is named in code but not a row in frister.toml");
        }
    }

    #[test]
    fn what_a_kind_runs_from_is_data() {
        assert!(DeadlineKind::Complaint.uses_delivery());
        assert!(!DeadlineKind::Genvurdering.uses_delivery());
        assert_eq!(DeadlineKind::Partshoering.runs_from(), RunsFrom::AuthoritySet);
        assert_eq!(DeadlineKind::Partshoering.event(), "reply-by");
        assert_eq!(DeadlineKind::Sygedagpenge.event(), "first-sick-day");
        // The advice and warnings come from the row.
        let r = run(DeadlineKind::Genvurdering, "2026-03-10", Delivery::Digital);
        assert!(r.warnings.contains(&Warning::HolidayRuleUnconfirmed));
        assert!(r.notes.is_empty());
        let r = run(DeadlineKind::Complaint, "2026-03-10", Delivery::Digital);
        assert_eq!(r.notes, vec![Note::MustArriveBy, Note::LateComplaintDispensation]);
    }

    #[test]
    fn a_kind_is_read_and_written_as_its_id() {
        let k: DeadlineKind = serde_json::from_str("\"complaint-akasse\"").unwrap();
        assert_eq!(k, DeadlineKind::ComplaintAkasse);
        assert_eq!(serde_json::to_string(&k).unwrap(), "\"complaint-akasse\"");
        let e = serde_json::from_str::<DeadlineKind>("\"klage-over-alt\"").unwrap_err().to_string();
        assert!(e.contains("unknown deadline kind 'klage-over-alt'") && e.contains("complaint"), "{e}");
        let long = format!("\"{}\"", "x".repeat(10_000));
        let e = serde_json::from_str::<DeadlineKind>(&long).unwrap_err().to_string();
        assert!(e.len() < 400, "the message echoes at most 40 characters: {e}");
        for n in [Note::MustArriveBy, Note::ExhaustRemediesFirst, Note::NotHardDeadline] {
            assert_eq!(Note::from_id(n.id()), Some(n));
            assert_eq!(serde_json::to_value(n).unwrap()["code"], n.id());
        }
    }

    #[test]
    fn an_unknown_advice_id_is_refused_when_the_rules_load() {
        let text = crate::rules::BUILTIN_FILES.iter().find(|(p, _)| *p == "dk/frister.toml").unwrap().1;
        let bad = text.replace("advice = [\"not-hard-deadline\"]", "advice = [\"be-patient\"]");
        assert_ne!(bad, text);
        #[derive(Deserialize, Debug)]
        struct F {
            #[allow(dead_code)]
            frist: std::collections::BTreeMap<String, crate::rules::FristRule>,
        }
        let e = toml::from_str::<F>(&bad);
        let e = e.unwrap_err().to_string();
        assert!(e.contains("unknown note 'be-patient'"), "{e}");
    }

    #[test]
    fn sygedagpenge_employee() {
        // First sick day Mon 5 Jan 2026; employer period 30 days: 5 Jan–3 Feb.
        // Counting from 4 Feb; 154 days later = 8 Jul 2026 → end of July.
        let r = run(DeadlineKind::Sygedagpenge, "2026-01-05", Delivery::Digital);
        assert_eq!(r.deadline, d("2026-07-31"));
    }
}
