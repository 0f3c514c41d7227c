//! Rules as data: dated values with a legal reference, a source and a confidence.
//!
//! The built-in rule files under `rules/` are compiled into the binary so the app
//! works offline and the CLI, the UI and the tests read the very same numbers.

use crate::guide::appeals::{AppealRules, Body, Meanwhile, ProcessingTime, ReversalRate, Route};
use crate::guide::procedure::Check;
use crate::guide::status::{Card, Change, Group, StatusRules};
use crate::satser::{Kommune, KommuneFile, Sats, SatsFile};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use thiserror::Error;

/// The embedded rule files, by path relative to `rules/`. A `static`, not a
/// `const`: each crate that used the const got its own copy of the texts in
/// the web build's wasm (three copies, ~140 KB gzip of the first load).
pub static BUILTIN_FILES: &[(&str, &str)] = &[
    ("dk/version.toml", include_str!("../../rules/dk/version.toml")),
    ("dk/helligdage.toml", include_str!("../../rules/dk/helligdage.toml")),
    ("dk/frister.toml", include_str!("../../rules/dk/frister.toml")),
    ("dk/maalgrupper.toml", include_str!("../../rules/dk/maalgrupper.toml")),
    ("dk/rettigheder.toml", include_str!("../../rules/dk/rettigheder.toml")),
    ("dk/reform.toml", include_str!("../../rules/dk/reform.toml")),
    ("dk/klageveje.toml", include_str!("../../rules/dk/klageveje.toml")),
    ("dk/sagsbehandling.toml", include_str!("../../rules/dk/sagsbehandling.toml")),
    ("dk/satser/skat.toml", include_str!("../../rules/dk/satser/skat.toml")),
    ("dk/satser/kommuner.toml", include_str!("../../rules/dk/satser/kommuner.toml")),
    ("dk/satser/boligstoette.toml", include_str!("../../rules/dk/satser/boligstoette.toml")),
    ("dk/satser/familie.toml", include_str!("../../rules/dk/satser/familie.toml")),
    ("dk/satser/ydelser.toml", include_str!("../../rules/dk/satser/ydelser.toml")),
    ("dk/satser/regulering.toml", include_str!("../../rules/dk/satser/regulering.toml")),
];

/// The rate files (`[sats."path"]` tables), merged into one map.
const SATS_FILES: &[&str] = &[
    "dk/satser/skat.toml",
    "dk/satser/boligstoette.toml",
    "dk/satser/familie.toml",
    "dk/satser/ydelser.toml",
    "dk/satser/regulering.toml",
];

/// How sure we are of a value, carried to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Unconfirmed,
    Low,
    Medium,
    High,
}

/// Whether a value is law or only proposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Adopted,
    Proposal,
}

/// Where a rule comes from; shown beside every result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    pub reference: String,
    pub source: String,
    pub confidence: Confidence,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How [`RuleSet::with_overrides`] marks a citation's note.
const OVERRIDDEN: &str = "OVERRIDDEN";

impl Citation {
    /// Whether an adviser's override is in force for this rule (its note says so).
    pub fn overridden(&self) -> bool {
        self.note.as_deref().is_some_and(|n| n.starts_with(OVERRIDDEN))
    }
}

/// One dated value of a parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedValue {
    pub from: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
    pub n: u32,
    pub confidence: Confidence,
    #[serde(default)]
    pub status: Status,
}

/// A parameter: a series of dated values plus its citation and the range a
/// value may take (in the parameter's unit).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parameter {
    #[serde(flatten)]
    pub citation: Citation,
    /// Smallest value accepted, in the rule data, an override or a rule pack.
    pub min: u32,
    /// Largest value accepted. Bounds every count the engine walks, so no value
    /// can make a computation run for minutes.
    pub max: u32,
    pub values: Vec<DatedValue>,
}

/// A value that holds from a date (to a date), adopted or only proposed.
pub(crate) trait Dated {
    fn from(&self) -> NaiveDate;
    fn to(&self) -> Option<NaiveDate>;
    fn status(&self) -> Status;
}

/// The adopted value in force on `date`: the latest that has started and not
/// ended. Proposals are never picked: a proposal is not law. (A derived rate is
/// adopted law with a computed number, see [`crate::satser::SatsValue::derived`].)
pub(crate) fn in_force<T: Dated>(values: &[T], date: NaiveDate) -> Option<&T> {
    values
        .iter()
        .filter(|v| v.status() == Status::Adopted)
        .filter(|v| v.from() <= date && v.to().is_none_or(|to| date <= to))
        .max_by_key(|v| v.from())
}

/// [`Dated`] for a value type with `from`, `to` and `status` fields.
macro_rules! dated {
    ($($t:ty),*) => {$(
        impl $crate::rules::Dated for $t {
            fn from(&self) -> NaiveDate {
                self.from
            }
            fn to(&self) -> Option<NaiveDate> {
                self.to
            }
            fn status(&self) -> $crate::rules::Status {
                self.status
            }
        }
    )*};
}
dated!(DatedValue, crate::satser::SatsValue);

impl Parameter {
    /// The value in force on `date`, if any (never a proposal).
    pub fn at(&self, date: NaiveDate) -> Option<&DatedValue> {
        in_force(&self.values, date)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    Weeks,
    Months,
    Days,
    WorkingDays,
    DeliveryDays,
    EndOfMonthAfterDays,
}

impl Unit {
    /// The name used in the rule files.
    pub fn name(self) -> &'static str {
        match self {
            Unit::Weeks => "weeks",
            Unit::Months => "months",
            Unit::Days => "days",
            Unit::WorkingDays => "working-days",
            Unit::DeliveryDays => "delivery-days",
            Unit::EndOfMonthAfterDays => "end-of-month-after-days",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Roll {
    NextWorkingDay,
    None,
}

/// A deadline rule (`[frist.ID]` in `rules/dk/frister.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FristRule {
    pub start: String,
    pub unit: Unit,
    pub roll: Roll,
    #[serde(flatten)]
    pub length: Parameter,
    #[serde(default)]
    pub excluded_days: BTreeMap<String, Parameter>,
}

/// A postal delay rule (`[post.ID]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostRule {
    pub unit: Unit,
    #[serde(flatten)]
    pub delay: Parameter,
}

/// A holiday or uncertain day (`[[holiday]]`, `[[uncertain]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRule {
    pub id: String,
    /// `MM-DD` for a fixed date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed: Option<String>,
    /// Days from Easter Sunday for a movable feast.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub easter_offset: Option<i64>,
    pub from: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
    #[serde(flatten)]
    pub citation: Citation,
}

/// `dk/version.toml`: the rule set's version, which only goes up.
#[derive(Debug, Clone, Deserialize)]
struct VersionFile {
    version: u32,
}

#[derive(Debug, Clone, Deserialize)]
struct HolidayFile {
    holiday: Vec<DayRule>,
    uncertain: Vec<DayRule>,
}

#[derive(Debug, Clone, Deserialize)]
struct FristFile {
    frist: BTreeMap<String, FristRule>,
    post: BTreeMap<String, PostRule>,
}

#[derive(Debug, Clone, Deserialize)]
struct GroupFile {
    group: Vec<Group>,
}

#[derive(Debug, Clone, Deserialize)]
struct CardFile {
    card: Vec<Card>,
}

#[derive(Debug, Clone, Deserialize)]
struct ReformFile {
    change: Vec<Change>,
}

#[derive(Debug, Clone, Deserialize)]
struct AppealFile {
    body: Vec<Body>,
    route: Vec<Route>,
    #[serde(default)]
    meanwhile: Vec<Meanwhile>,
    #[serde(default)]
    reversal_rate: Vec<ReversalRate>,
    #[serde(default)]
    processing_time: Vec<ProcessingTime>,
}

#[derive(Debug, Clone, Deserialize)]
struct CheckFile {
    check: Vec<Check>,
}

/// The guide's data: status, rights, reform, complaint routes, procedure check.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Guide {
    pub status: StatusRules,
    pub appeals: AppealRules,
    pub checks: Vec<Check>,
}

/// Everything the engine knows, loaded from the rule files.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleSet {
    /// The version of these rules (`dk/version.toml`): only ever goes up, so a
    /// rule pack older than the rules in use can be refused.
    pub version: u32,
    pub holidays: Vec<DayRule>,
    pub uncertain_days: Vec<DayRule>,
    pub frister: BTreeMap<String, FristRule>,
    pub post: BTreeMap<String, PostRule>,
    pub guide: Guide,
    /// Rates by path (`skat.bundskat.sats`, `kommune.Aarhus.kommuneskat`, …).
    pub satser: BTreeMap<String, Sats>,
    /// The municipalities, by name.
    pub kommuner: Vec<Kommune>,
}

#[derive(Debug, Error)]
pub enum RulesError {
    #[error("rule file {file} could not be read: {message}")]
    Parse { file: String, message: String },
    #[error("rule file {file} is missing")]
    Missing { file: String },
    #[error("rule {id}: {problem}")]
    Invalid { id: String, problem: String },
}

impl RuleSet {
    /// The rules compiled into this build.
    pub fn builtin() -> Result<Self, RulesError> {
        Self::from_files(BUILTIN_FILES)
    }

    /// Load from `(path, text)` pairs laid out like `rules/`.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Self, RulesError> {
        let text = |name: &str| {
            files
                .iter()
                .find(|(p, _)| *p == name)
                .map(|(_, t)| *t)
                .ok_or_else(|| RulesError::Missing { file: name.into() })
        };
        fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, RulesError> {
            toml::from_str(text).map_err(|e: toml::de::Error| RulesError::Parse {
                file: file.into(),
                message: e.to_string(),
            })
        }
        let load = |file: &str| text(file);
        let version: VersionFile = parse("dk/version.toml", load("dk/version.toml")?)?;
        let days: HolidayFile = parse("dk/helligdage.toml", load("dk/helligdage.toml")?)?;
        let frister: FristFile = parse("dk/frister.toml", load("dk/frister.toml")?)?;
        let groups: GroupFile = parse("dk/maalgrupper.toml", load("dk/maalgrupper.toml")?)?;
        let cards: CardFile = parse("dk/rettigheder.toml", load("dk/rettigheder.toml")?)?;
        let reform: ReformFile = parse("dk/reform.toml", load("dk/reform.toml")?)?;
        let appeals: AppealFile = parse("dk/klageveje.toml", load("dk/klageveje.toml")?)?;
        let checks: CheckFile = parse("dk/sagsbehandling.toml", load("dk/sagsbehandling.toml")?)?;
        let mut satser = BTreeMap::new();
        for file in SATS_FILES {
            let part: SatsFile = parse(file, load(file)?)?;
            for (path, s) in part.sats {
                if satser.insert(path.clone(), s).is_some() {
                    return Err(RulesError::Invalid { id: path, problem: "defined twice".into() });
                }
            }
        }
        let kommune_file: KommuneFile = parse("dk/satser/kommuner.toml", load("dk/satser/kommuner.toml")?)?;
        let (kommuner, kommune_satser) = kommune_file.into_satser();
        for (path, s) in kommune_satser {
            if satser.insert(path.clone(), s).is_some() {
                return Err(RulesError::Invalid { id: path, problem: "defined twice".into() });
            }
        }
        let set = RuleSet {
            version: version.version,
            holidays: days.holiday,
            uncertain_days: days.uncertain,
            frister: frister.frist,
            post: frister.post,
            guide: Guide {
                status: StatusRules { groups: groups.group, cards: cards.card, changes: reform.change },
                appeals: AppealRules {
                    bodies: appeals.body,
                    routes: appeals.route,
                    meanwhile: appeals.meanwhile,
                    reversal_rates: appeals.reversal_rate,
                    processing_times: appeals.processing_time,
                },
                checks: checks.check,
            },
            satser,
            kommuner,
        };
        set.validate()?;
        Ok(set)
    }

    /// Every rule must say where it comes from; a day rule needs exactly one way
    /// to find its date.
    fn validate(&self) -> Result<(), RulesError> {
        let invalid = |id: &str, problem: &str| RulesError::Invalid {
            id: id.into(),
            problem: problem.into(),
        };
        for day in self.holidays.iter().chain(&self.uncertain_days) {
            match (&day.fixed, day.easter_offset) {
                (Some(md), None) => {
                    let ok = md.len() == 5
                        && NaiveDate::parse_from_str(&format!("2000-{md}"), "%Y-%m-%d").is_ok();
                    if !ok {
                        return Err(invalid(&day.id, "fixed must be MM-DD"));
                    }
                }
                (None, Some(_)) => {}
                _ => return Err(invalid(&day.id, "needs exactly one of fixed, easter_offset")),
            }
            check_citation(&day.id, &day.citation)?;
        }
        for (id, rule) in &self.frister {
            check_parameter(&format!("frist.{id}"), &rule.length)?;
            for (sub, p) in &rule.excluded_days {
                check_parameter(&format!("frist.{id}.excluded_days.{sub}"), p)?;
            }
        }
        for (id, rule) in &self.post {
            check_parameter(&format!("post.{id}"), &rule.delay)?;
        }
        for (path, s) in &self.satser {
            check_citation(path, &s.citation)?;
            if s.values.is_empty() {
                return Err(invalid(path, "has no values"));
            }
            if s.label.trim().is_empty() || s.label_en.trim().is_empty() {
                return Err(invalid(path, "needs label and label_en"));
            }
            if s.values.iter().any(|v| v.to.is_some_and(|to| to < v.from)) {
                return Err(invalid(path, "a value ends before it starts"));
            }
            // A derived value is only honest with its method beside it.
            if s.values.iter().any(|v| v.derived)
                && s.citation.note.as_deref().is_none_or(|n| {
                    let n = n.to_lowercase();
                    !n.contains("derived") && !n.contains("afledt")
                })
            {
                return Err(invalid(path, "has a derived value but its note does not say 'afledt'/'derived' and how"));
            }
            // A derived number is never as sure as a published one.
            if s.values.iter().any(|v| v.derived && v.confidence == Confidence::High) {
                return Err(invalid(path, "a derived value cannot have confidence high"));
            }
            check_range(path, s.min, s.max, s.values.iter().map(|v| (v.from, v.v)))?;
            if let Some(reg) = s.lasts.regulation_path() {
                use crate::satser::SatsUnit::*;
                if !matches!(s.unit, KrYear | KrQuarter | KrMonth | KrWeek | KrHour | KrM2Year) {
                    return Err(invalid(path, "only a kroner amount can be regulated by a percentage (lasts)"));
                }
                if !self.satser.contains_key(reg) {
                    return Err(invalid(path, &format!("lasts needs the rate {reg}, which is missing")));
                }
            }
        }
        self.validate_guide()
    }

    /// Guide entries must be cited, ids unique, and routes must point at known
    /// bodies and deadlines.
    fn validate_guide(&self) -> Result<(), RulesError> {
        let invalid = |id: &str, problem: String| RulesError::Invalid { id: id.into(), problem };
        let g = &self.guide;
        let mut seen = std::collections::BTreeSet::new();
        let cited = g
            .status
            .groups
            .iter()
            .map(|x| (format!("group.{}", x.id), &x.citation))
            .chain(g.status.cards.iter().map(|x| (format!("card.{}", x.id), &x.citation)))
            .chain(g.status.changes.iter().map(|x| (format!("change.{}", x.id), &x.citation)))
            .chain(g.appeals.bodies.iter().map(|x| (format!("body.{}", x.id), &x.citation)))
            .chain(g.appeals.meanwhile.iter().map(|x| (format!("meanwhile.{}", x.id), &x.citation)))
            .chain(g.appeals.processing_times.iter().map(|x| (format!("processing_time.{}", x.id), &x.citation)))
            .chain(g.checks.iter().map(|x| (format!("check.{}", x.id), &x.citation)));
        for (id, c) in cited {
            check_citation(&id, c)?;
            if !seen.insert(id.clone()) {
                return Err(invalid(&id, "duplicate id".into()));
            }
        }
        g.status.check_replaces().map_err(|(id, problem)| invalid(&id, problem))?;
        for r in &g.appeals.routes {
            let id = format!("route.{}.{}", r.benefit.id(), r.decided_by);
            check_citation(&id, &r.citation)?;
            if g.appeals.body(&r.decided_by).is_none() {
                return Err(invalid(&id, format!("unknown body {}", r.decided_by)));
            }
            if r.step.is_empty() {
                return Err(invalid(&id, "has no steps".into()));
            }
            for s in &r.step {
                check_citation(&id, &s.citation)?;
                if g.appeals.body(&s.body).is_none() {
                    return Err(invalid(&id, format!("step names unknown body {}", s.body)));
                }
                for d in s.citizen_deadline.iter().chain(&s.authority_deadline) {
                    if !self.frister.contains_key(d) {
                        return Err(invalid(&id, format!("step names unknown deadline {d}")));
                    }
                }
            }
        }
        for r in &g.appeals.reversal_rates {
            check_citation(&format!("reversal_rate.{}.{}", r.area, r.year), &r.citation)?;
        }
        Ok(())
    }

    /// Every parameter with its path, for rule listings and trust tests.
    pub fn parameters(&self) -> Vec<(String, &Parameter)> {
        let mut out = Vec::new();
        for (id, rule) in &self.frister {
            out.push((format!("frist.{id}"), &rule.length));
            for (sub, p) in &rule.excluded_days {
                out.push((format!("frist.{id}.excluded_days.{sub}"), p));
            }
        }
        for (id, rule) in &self.post {
            out.push((format!("post.{id}"), &rule.delay));
        }
        out
    }
}

fn check_citation(id: &str, c: &Citation) -> Result<(), RulesError> {
    if c.reference.trim().is_empty() {
        return Err(RulesError::Invalid { id: id.into(), problem: "reference is empty".into() });
    }
    if !c.source.starts_with("https://") && !c.source.starts_with("http://") {
        return Err(RulesError::Invalid { id: id.into(), problem: "source must be a URL".into() });
    }
    Ok(())
}

fn check_parameter(id: &str, p: &Parameter) -> Result<(), RulesError> {
    check_citation(id, &p.citation)?;
    if p.values.is_empty() {
        return Err(RulesError::Invalid { id: id.into(), problem: "has no values".into() });
    }
    check_range(id, Decimal::from(p.min), Decimal::from(p.max), p.values.iter().map(|v| (v.from, Decimal::from(v.n))))
}

/// `min <= max`, and every value inside its own range: the range is what an
/// override is checked against, so the data must respect it too.
fn check_range(
    id: &str,
    min: Decimal,
    max: Decimal,
    values: impl Iterator<Item = (NaiveDate, Decimal)>,
) -> Result<(), RulesError> {
    if min > max {
        return Err(RulesError::Invalid { id: id.into(), problem: format!("min {min} is above max {max}") });
    }
    for (from, v) in values {
        if v < min || v > max {
            return Err(RulesError::Invalid {
                id: id.into(),
                problem: format!("the value {v} from {from} is outside its range {min}..={max}"),
            });
        }
    }
    Ok(())
}

/// An adviser's correction of one parameter, with the reason. Results computed
/// with overrides must say so (CLI `overrides`, a banner in the app).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Override {
    /// Parameter path, e.g. `frist.complaint` or `post.paper`.
    pub path: String,
    pub value: Decimal,
    /// Why, and the source: mandatory.
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum OverrideError {
    #[error("override '{0}': not a parameter (see `navigator rules list --kind parameter`)")]
    UnknownPath(String),
    #[error("override '{0}': a note saying why and the source is required")]
    NoNote(String),
    #[error("override '{0}': expected path=number (a dot as decimal mark)")]
    Syntax(String),
    #[error("override '{0}': this parameter takes a whole number")]
    NotWhole(String),
    #[error("override '{path}': {value} is outside the valid range {min} to {max} ({unit})")]
    OutOfRange { path: String, value: Decimal, min: Decimal, max: Decimal, unit: String },
}

impl OverrideError {
    /// The parameter path the error is about.
    pub fn path(&self) -> &str {
        match self {
            OverrideError::UnknownPath(p)
            | OverrideError::NoNote(p)
            | OverrideError::Syntax(p)
            | OverrideError::NotWhole(p)
            | OverrideError::OutOfRange { path: p, .. } => p,
        }
    }
}

impl Override {
    /// Parse `path=value` (from the command line); the note comes separately.
    pub fn parse(text: &str, note: &str) -> Result<Override, OverrideError> {
        let (path, value) = text.split_once('=').ok_or_else(|| OverrideError::Syntax(text.into()))?;
        let value: Decimal = value.trim().replace(',', ".").parse().map_err(|_| OverrideError::Syntax(text.into()))?;
        Ok(Override { path: path.trim().to_string(), value, note: note.trim().to_string() })
    }
}

impl RuleSet {
    /// A deadline parameter by path, with the name of its unit (for messages).
    fn parameter_mut(&mut self, path: &str) -> Option<(&mut Parameter, Unit)> {
        let parts: Vec<&str> = path.split('.').collect();
        match parts.as_slice() {
            ["frist", id] => self.frister.get_mut(*id).map(|r| (&mut r.length, r.unit)),
            ["frist", id, "excluded_days", sub] => {
                self.frister.get_mut(*id).and_then(|r| r.excluded_days.get_mut(*sub)).map(|p| (p, Unit::Days))
            }
            ["post", id] => self.post.get_mut(*id).map(|r| (&mut r.delay, r.unit)),
            _ => None,
        }
    }

    /// The overrides [`RuleSet::with_valid_overrides`] leaves out, each with the
    /// reason (unknown path, no note, not whole, out of range), so whoever loads
    /// a case or a device's overrides can say which were dropped and why.
    pub fn rejected_overrides(&self, overrides: &[Override]) -> Vec<OverrideError> {
        overrides.iter().filter_map(|o| self.with_overrides(std::slice::from_ref(o)).err()).collect()
    }

    /// These rules with the overrides that still fit them (a path a newer rule
    /// pack no longer has, or a value outside the parameter's range, is left
    /// out, not an error: see [`RuleSet::rejected_overrides`] to report them);
    /// borrowed when there are none.
    pub fn with_valid_overrides(&self, overrides: &[Override]) -> std::borrow::Cow<'_, RuleSet> {
        if overrides.is_empty() {
            return std::borrow::Cow::Borrowed(self);
        }
        let valid: Vec<Override> =
            overrides.iter().filter(|o| self.with_overrides(std::slice::from_ref(o)).is_ok()).cloned().collect();
        self.with_overrides(&valid).map(std::borrow::Cow::Owned).unwrap_or(std::borrow::Cow::Borrowed(self))
    }

    /// A copy of these rules with each override's value in force at every date.
    /// The override keeps the parameter's citation, and its note is appended so
    /// every result that cites the parameter shows it.
    pub fn with_overrides(&self, overrides: &[Override]) -> Result<RuleSet, OverrideError> {
        let mut out = self.clone();
        for o in overrides {
            if o.note.is_empty() {
                return Err(OverrideError::NoNote(o.path.clone()));
            }
            let note = format!("{OVERRIDDEN} to {}: {}", o.value, o.note);
            let out_of_range = |min: Decimal, max: Decimal, unit: &str| OverrideError::OutOfRange {
                path: o.path.clone(),
                value: o.value,
                min,
                max,
                unit: unit.to_string(),
            };
            let citation = if let Some(s) = out.satser.get_mut(&o.path) {
                if o.value < s.min || o.value > s.max {
                    return Err(out_of_range(s.min, s.max, s.unit.name()));
                }
                for v in &mut s.values {
                    v.v = o.value;
                }
                // "In force at every date": an override is never estimated past a year.
                s.lasts = crate::satser::Lasts::UntilChanged;
                &mut s.citation
            } else {
                let (p, unit) =
                    out.parameter_mut(&o.path).ok_or_else(|| OverrideError::UnknownPath(o.path.clone()))?;
                if !o.value.fract().is_zero() {
                    return Err(OverrideError::NotWhole(o.path.clone()));
                }
                let (min, max) = (Decimal::from(p.min), Decimal::from(p.max));
                if o.value < min || o.value > max {
                    return Err(out_of_range(min, max, unit.name()));
                }
                use rust_decimal::prelude::ToPrimitive;
                let whole = o.value.to_u32().ok_or_else(|| OverrideError::NotWhole(o.path.clone()))?;
                for v in &mut p.values {
                    v.n = whole;
                }
                &mut p.citation
            };
            citation.note = Some(match citation.note.take() {
                Some(old) => format!("{note} (rule data: {old})"),
                None => note,
            });
        }
        Ok(out)
    }
}
