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

// `BUILTIN_FILES` (the TOML texts), `BUILTIN_JSON` (the same files as JSON,
// made by core/build.rs) and `BUILTIN_REVIEWED`.
include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The rate files (`[sats."path"]` tables), merged into one map.
const SATS_FILES: &[&str] = &[
    "dk/satser/skat.toml",
    "dk/satser/boligstoette.toml",
    "dk/satser/familie.toml",
    "dk/satser/ydelser.toml",
    "dk/satser/regulering.toml",
];

pub use crate::cited::{Citation, Confidence, Status};
use crate::cited::{Lasts, Rule, OVERRIDDEN};

/// A deadline length, postal delay or excluded-days count: the rule book's one
/// value type, [`Rule`] (alias kept so call sites need no change).
pub type Parameter = Rule;
/// One dated value of a rule (alias of [`crate::cited::Value`]).
pub type DatedValue = crate::cited::Value;

/// How a deadline or postal delay counts its value (a rate's unit is a
/// [`crate::cited::Unit`]).
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
    /// What the user's date is (a text key, `event-START`).
    pub start: String,
    /// What the deadline counts from: receipt | event | authority-set.
    pub runs_from: crate::deadlines::RunsFrom,
    /// Advice shown with every result of this kind (`advice`: ids of `deadlines::Note`).
    #[serde(default, with = "crate::deadlines::note_ids")]
    pub advice: Vec<crate::deadlines::Note>,
    /// Warnings every result of this kind carries.
    #[serde(default)]
    pub warnings: Vec<crate::deadlines::KindWarning>,
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

/// The form a set of rule files is written in. A type per form, not an enum,
/// so [`RuleSet::load`] is compiled once per form: the built-in rules' path
/// (JSON) does not reach the TOML parser, and the web build's first download
/// leaves it out (issue 16; packs are verified in a chunk of their own).
trait Format {
    fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, RulesError>;
}

/// TOML text: rule packs, tests ([`RuleSet::from_files`]).
#[cfg(feature = "toml-files")]
struct Toml;

#[cfg(feature = "toml-files")]
impl Format for Toml {
    fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, RulesError> {
        toml::from_str(text).map_err(|e: toml::de::Error| RulesError::Parse { file: file.into(), message: e.to_string() })
    }
}

/// JSON made from the TOML files by core/build.rs ([`BUILTIN_JSON`]).
struct Json;

impl Format for Json {
    fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, RulesError> {
        serde_json::from_str(text).map_err(|e| RulesError::Parse { file: file.into(), message: e.to_string() })
    }
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
    /// The rules compiled into this build, read from their JSON form
    /// ([`BUILTIN_JSON`], made from the TOML files at build time): no TOML
    /// parser runs. Equal to `from_files(BUILTIN_FILES)` (tested).
    pub fn builtin() -> Result<Self, RulesError> {
        Self::load::<Json>(BUILTIN_JSON)
    }

    /// Load from `(path, text)` pairs laid out like `rules/`, each text TOML.
    #[cfg(feature = "toml-files")]
    pub fn from_files(files: &[(&str, &str)]) -> Result<Self, RulesError> {
        Self::load::<Toml>(files)
    }

    /// Parse each file as `F`; what follows parsing (defaults, merging,
    /// [`RuleSet::validate`]) is the same for both forms.
    fn load<F: Format>(files: &[(&str, &str)]) -> Result<Self, RulesError> {
        let load = |name: &str| {
            files
                .iter()
                .find(|(p, _)| *p == name)
                .map(|(_, t)| *t)
                .ok_or_else(|| RulesError::Missing { file: name.into() })
        };
        let version: VersionFile = F::parse("dk/version.toml", load("dk/version.toml")?)?;
        let days: HolidayFile = F::parse("dk/helligdage.toml", load("dk/helligdage.toml")?)?;
        let mut frister: FristFile = F::parse("dk/frister.toml", load("dk/frister.toml")?)?;
        // A deadline length or postal delay is fixed in its law until changed.
        for rule in frister.frist.values_mut() {
            rule.length.lasts = Lasts::UntilChanged;
            for p in rule.excluded_days.values_mut() {
                p.lasts = Lasts::UntilChanged;
            }
        }
        for rule in frister.post.values_mut() {
            rule.delay.lasts = Lasts::UntilChanged;
        }
        let groups: GroupFile = F::parse("dk/maalgrupper.toml", load("dk/maalgrupper.toml")?)?;
        let cards: CardFile = F::parse("dk/rettigheder.toml", load("dk/rettigheder.toml")?)?;
        let reform: ReformFile = F::parse("dk/reform.toml", load("dk/reform.toml")?)?;
        let appeals: AppealFile = F::parse("dk/klageveje.toml", load("dk/klageveje.toml")?)?;
        let checks: CheckFile = F::parse("dk/sagsbehandling.toml", load("dk/sagsbehandling.toml")?)?;
        let mut satser = BTreeMap::new();
        for file in SATS_FILES {
            let part: SatsFile = F::parse(file, load(file)?)?;
            for (path, s) in part.sats {
                if satser.insert(path.clone(), s).is_some() {
                    return Err(RulesError::Invalid { id: path, problem: "defined twice".into() });
                }
            }
        }
        let kommune_file: KommuneFile = F::parse("dk/satser/kommuner.toml", load("dk/satser/kommuner.toml")?)?;
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
            let Some(unit) = s.unit else {
                return Err(invalid(path, "needs a unit"));
            };
            // A rate is named in `locales/<lang>/satser.ftl` by its path; the
            // names in the data are the fallback for a rate a rule pack adds,
            // and then both languages (`navigator rules pack` requires them).
            if s.label.trim().is_empty() != s.label_en.trim().is_empty() {
                return Err(invalid(path, "needs both label and label_en, or neither"));
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
                if !unit.is_kroner() {
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

    /// The rule at a checked path: a rate, a deadline length, its excluded
    /// days or a postal delay (None for a path the data lists as absent).
    pub fn rule(&self, path: crate::paths::Path) -> Option<&Rule> {
        self.rule_named(path.name())
    }

    /// The rule at a path given at run time (user input, a municipality's
    /// rate, a rate a rule pack adds): None when there is no such rule.
    pub fn rule_named(&self, path: &str) -> Option<&Rule> {
        if let Some(r) = self.satser.get(path) {
            return Some(r);
        }
        let parts: Vec<&str> = path.split('.').collect();
        match parts.as_slice() {
            ["frist", id] => self.frister.get(*id).map(|r| &r.length),
            ["frist", id, "excluded_days", sub] => self.frister.get(*id).and_then(|r| r.excluded_days.get(*sub)),
            ["post", id] => self.post.get(*id).map(|r| &r.delay),
            _ => None,
        }
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

/// A deadline length, postal delay or excluded-days count: cited, with values,
/// and every number (values and range) a whole number of days, weeks or months.
fn check_parameter(id: &str, p: &Parameter) -> Result<(), RulesError> {
    check_citation(id, &p.citation)?;
    if p.values.is_empty() {
        return Err(RulesError::Invalid { id: id.into(), problem: "has no values".into() });
    }
    let whole = |d: Decimal| d.fract().is_zero() && d >= Decimal::ZERO && d <= Decimal::from(u32::MAX);
    if let Some(bad) = [p.min, p.max].into_iter().chain(p.values.iter().map(|v| v.v)).find(|d| !whole(*d)) {
        return Err(RulesError::Invalid { id: id.into(), problem: format!("{bad} is not a whole number") });
    }
    check_range(id, p.min, p.max, p.values.iter().map(|v| (v.from, v.v)))
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
                    return Err(out_of_range(s.min, s.max, s.unit.map_or("", |u| u.name())));
                }
                for v in &mut s.values {
                    v.v = o.value;
                }
                // "In force at every date": an override is never estimated past a year.
                s.lasts = Lasts::UntilChanged;
                &mut s.citation
            } else {
                let (p, unit) =
                    out.parameter_mut(&o.path).ok_or_else(|| OverrideError::UnknownPath(o.path.clone()))?;
                if !o.value.fract().is_zero() {
                    return Err(OverrideError::NotWhole(o.path.clone()));
                }
                if o.value < p.min || o.value > p.max {
                    return Err(out_of_range(p.min, p.max, unit.name()));
                }
                for v in &mut p.values {
                    v.v = o.value;
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
