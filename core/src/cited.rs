//! The rule book's shared vocabulary: where a rule comes from ([`Citation`]),
//! how sure we are ([`Confidence`]), whether it is law ([`Status`]) and when it
//! holds ([`Validity`], [`Dated`]).
//!
//! A leaf module: it imports nothing else from this crate but the generated
//! rule path constants ([`crate::paths`], itself a leaf), so the loader
//! ([`crate::rules`]), the rates ([`crate::satser`]) and the guide
//! ([`crate::guide`]) can all use it without importing each other.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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

/// How an adviser's override marks a citation's note
/// (see `RuleSet::with_overrides`).
pub const OVERRIDDEN: &str = "OVERRIDDEN";

impl Citation {
    /// Whether an adviser's override is in force for this rule (its note says so).
    pub fn overridden(&self) -> bool {
        self.note.as_deref().is_some_and(|n| n.starts_with(OVERRIDDEN))
    }
}

/// When an entry applies, and whether it is law or a proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validity {
    pub from: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
    #[serde(default)]
    pub status: Status,
}

impl Validity {
    /// In force as adopted law on `date`.
    pub fn in_force(&self, date: NaiveDate) -> bool {
        self.status == Status::Adopted && self.covers(date)
    }

    /// The date lies within from..=to, whatever the status.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from <= date && self.to.is_none_or(|to| date <= to)
    }

    pub fn is_proposal(&self) -> bool {
        self.status == Status::Proposal
    }
}

/// A value that holds from a date (to a date), adopted or only proposed.
pub trait Dated {
    fn from(&self) -> NaiveDate;
    fn to(&self) -> Option<NaiveDate>;
    fn status(&self) -> Status;
}

impl Dated for Validity {
    fn from(&self) -> NaiveDate {
        self.from
    }
    fn to(&self) -> Option<NaiveDate> {
        self.to
    }
    fn status(&self) -> Status {
        self.status
    }
}

/// The adopted value in force on `date`: the latest that has started and not
/// ended. Proposals are never picked: a proposal is not law. (A derived rate is
/// adopted law with a computed number.)
pub fn in_force<T: Dated>(values: &[T], date: NaiveDate) -> Option<&T> {
    values
        .iter()
        .filter(|v| v.status() == Status::Adopted)
        .filter(|v| v.from() <= date && v.to().is_none_or(|to| date <= to))
        .max_by_key(|v| v.from())
}

/// What a value's number measures (a rate's unit). A deadline or postal delay
/// row says how it counts beside its value instead (`rules::Unit`: weeks,
/// working days, …), because its unit is also a way of counting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// 12.01 means 12,01 %.
    Percent,
    KrYear,
    KrQuarter,
    KrMonth,
    KrWeek,
    KrHour,
    M2,
    /// Kroner per m² per year.
    KrM2Year,
    HoursMonth,
    Count,
}

impl Unit {
    pub fn name(self) -> &'static str {
        match self {
            Unit::Percent => "percent",
            Unit::KrYear => "kr-year",
            Unit::KrQuarter => "kr-quarter",
            Unit::KrMonth => "kr-month",
            Unit::KrWeek => "kr-week",
            Unit::KrHour => "kr-hour",
            Unit::M2 => "m2",
            Unit::KrM2Year => "kr-m2-year",
            Unit::HoursMonth => "hours-month",
            Unit::Count => "count",
        }
    }

    /// A kroner amount (which a yearly regulation percentage may scale).
    pub fn is_kroner(self) -> bool {
        matches!(self, Unit::KrYear | Unit::KrQuarter | Unit::KrMonth | Unit::KrWeek | Unit::KrHour | Unit::KrM2Year)
    }
}

/// How long a value without `to` lasts, and what happens past the last
/// published value (docs/satser.md, "How long a value lasts"). Never a silent
/// guess: a rate the law regulates every year applies only through 31 December
/// of its own year; later years either cannot be computed or are *estimated*
/// by the law's own regulation method and labelled so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Lasts {
    /// Fixed in the law (a percentage, an hour count, a deadline length):
    /// applies until a later value or its `to`.
    UntilChanged,
    /// Set for one year at a time; past the year: cannot compute. The default,
    /// because it is the safe one.
    #[default]
    Year,
    /// Regulated yearly by PSL § 20: past the year, estimated as the last value
    /// × (1 + regulation) for each later year (`regulering.psl20`), unchanged
    /// for a year whose regulation is not published.
    YearPsl20,
    /// Regulated yearly by the satsreguleringsprocent (`regulering.satsregulering`),
    /// estimated like [`Lasts::YearPsl20`].
    YearSatsregulering,
    /// Set every year with no published method (kommuneskat): estimated
    /// unchanged.
    YearUnchanged,
}

/// The PSL § 20 regulation in percent, per year (4.8 for 2026).
pub const REGULERING_PSL20: &str = crate::paths::REGULERING_PSL20.name();
/// The satsreguleringsprocent, per year (4.5 for 2026).
pub const REGULERING_SATSREGULERING: &str = crate::paths::REGULERING_SATSREGULERING.name();

impl Lasts {
    /// The rate holding the yearly regulation percentage this policy estimates with.
    pub fn regulation_path(self) -> Option<&'static str> {
        match self {
            Lasts::YearPsl20 => Some(REGULERING_PSL20),
            Lasts::YearSatsregulering => Some(REGULERING_SATSREGULERING),
            _ => None,
        }
    }

    /// Whether a later year may be estimated past the last published value.
    pub fn estimates(self) -> bool {
        matches!(self, Lasts::YearPsl20 | Lasts::YearSatsregulering | Lasts::YearUnchanged)
    }
}

/// One dated value of a rule: the number, when it holds, how sure it is and
/// whether it is law.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "ValueData", into = "ValueData")]
pub struct Value {
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    /// The number, in the rule's unit (written `v`; a deadline length may be
    /// written `n`, as `frister.toml` does).
    pub v: rust_decimal::Decimal,
    pub confidence: Confidence,
    /// Adopted or proposal. A derived value is adopted law (the engine uses it).
    pub status: Status,
    /// The law sets this amount but no published figure was found: it is computed
    /// from official inputs by the method in the rule's note (e.g. last year's
    /// amount × the satsreguleringsprocent). Written `status = "derived"` in the
    /// data; shown as "derived", never as a published figure.
    pub derived: bool,
}

impl Value {
    /// The value as a whole number (a deadline length, a count of days). The
    /// loader checks that every deadline value is whole and within `u32`.
    pub fn whole(&self) -> u32 {
        use rust_decimal::prelude::ToPrimitive;
        self.v.to_u32().unwrap_or_default()
    }

    /// Its validity (from, to, adopted or proposal).
    pub fn validity(&self) -> Validity {
        Validity { from: self.from, to: self.to, status: self.status }
    }
}

impl Dated for Value {
    fn from(&self) -> NaiveDate {
        self.from
    }
    fn to(&self) -> Option<NaiveDate> {
        self.to
    }
    fn status(&self) -> Status {
        self.status
    }
}

/// A value as written in the data and in rule packs: `status` is `adopted`
/// (default), `proposal` or `derived`.
#[derive(Serialize, Deserialize)]
struct ValueData {
    from: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to: Option<NaiveDate>,
    #[serde(alias = "n")]
    v: rust_decimal::Decimal,
    confidence: Confidence,
    #[serde(default)]
    status: DataStatus,
}

#[derive(Serialize, Deserialize, Default, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum DataStatus {
    #[default]
    Adopted,
    Proposal,
    Derived,
}

impl From<ValueData> for Value {
    fn from(d: ValueData) -> Self {
        Value {
            from: d.from,
            to: d.to,
            v: d.v,
            confidence: d.confidence,
            status: if d.status == DataStatus::Proposal { Status::Proposal } else { Status::Adopted },
            derived: d.status == DataStatus::Derived,
        }
    }
}

impl From<Value> for ValueData {
    fn from(s: Value) -> Self {
        let status = match (s.status, s.derived) {
            (Status::Proposal, _) => DataStatus::Proposal,
            (Status::Adopted, true) => DataStatus::Derived,
            (Status::Adopted, false) => DataStatus::Adopted,
        };
        ValueData { from: s.from, to: s.to, v: s.v, confidence: s.confidence, status }
    }
}

/// A rule of the rule book: a series of dated values with their unit, the
/// range a value may take, how long a value lasts, its names and where it comes
/// from. Rates (`[sats."path"]`), deadline lengths (`[frist.ID]`), postal
/// delays (`[post.ID]`) and excluded days are all this one type.
///
/// The old names `satser::Sats` and `rules::Parameter` are aliases of it, kept
/// so the front ends and rule listings need no change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    /// What the number measures. Required for a rate; a deadline or postal
    /// delay row gives its way of counting beside the rule instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// How long a value without `to` lasts (default `year`, the safe one; a
    /// deadline length lasts until changed).
    #[serde(default)]
    pub lasts: Lasts,
    /// Danish name of a rate a rule pack adds, which this build's texts cannot
    /// know (with `label_en`). Built-in rates carry none: they are named in
    /// `locales/<lang>/satser.ftl` by their path.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label_en: String,
    #[serde(flatten)]
    pub citation: Citation,
    /// Smallest value accepted (in `unit`), in the data, an override or a pack.
    pub min: rust_decimal::Decimal,
    /// Largest value accepted (in `unit`). Bounds every count the engine walks,
    /// so no value can make a computation run for minutes.
    pub max: rust_decimal::Decimal,
    pub values: Vec<Value>,
}

impl Rule {
    /// The last day a value applies: its `to`, else 31 December of its own year
    /// for a yearly rule, else none (fixed until changed).
    pub fn end(&self, v: &Value) -> Option<NaiveDate> {
        use chrono::Datelike;
        v.to.or_else(|| match self.lasts {
            Lasts::UntilChanged => None,
            _ => NaiveDate::from_ymd_opt(v.from.year(), 12, 31),
        })
    }

    /// The adopted, published value in force on `date`. Proposals are never used.
    pub fn at(&self, date: NaiveDate) -> Option<&Value> {
        self.adopted().filter(|v| self.covers(v, date)).max_by_key(|v| v.from)
    }

    /// Whether `v` applies on `date`: [`Rule::end`] without building the end
    /// date (a household looks up some 60 rates of several years each; for a
    /// yearly value, "on or before 31 December of its year" is "in its year or
    /// before").
    fn covers(&self, v: &Value, date: NaiveDate) -> bool {
        use chrono::Datelike;
        v.from <= date
            && match (v.to, self.lasts) {
                (Some(to), _) => date <= to,
                (None, Lasts::UntilChanged) => true,
                (None, _) => date.year() <= v.from.year(),
            }
    }

    /// The adopted values (derived ones included).
    pub fn adopted(&self) -> impl Iterator<Item = &Value> {
        self.values.iter().filter(|v| v.status == Status::Adopted)
    }

    /// The last published value, when `date` is after its end (so a later year
    /// is asked, not a gap between values or a date before the first) and that
    /// end is implied by the policy. A value with its own `to` ended by law (an
    /// abolished rate, a rate replaced mid-year): it is never estimated past it.
    pub fn past_end(&self, date: NaiveDate) -> Option<&Value> {
        let last = self.adopted().max_by_key(|v| v.from)?;
        (last.to.is_none() && self.end(last).is_some_and(|e| date > e)).then_some(last)
    }
}

/// One law named in a reference, with the sections cited from it:
/// "Forvaltningsloven § 16, stk. 2; offentlighedsloven § 36, stk. 2" gives two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LegalBasis {
    /// The law as the data spells it ("Forvaltningsloven", "Lov om aktiv socialpolitik").
    pub law: String,
    /// "§ 19, stk. 1", "§§ 22-23"; several when one law is cited more than once.
    pub sections: Vec<String>,
}

/// The laws and sections of a legal reference, so a text can cite them in its
/// own words ("jf. forvaltningslovens § 19, stk. 1") from the data instead of
/// repeating a § typed into code. Parentheses (case law, notes) and parts that
/// name no § (a bekendtgørelse in words) are left out; a part that starts with
/// § belongs to the law before it. Used by the procedure checks and the letters.
pub fn legal_basis(reference: &str) -> Vec<LegalBasis> {
    let mut plain = String::new();
    let mut depth = 0usize;
    for ch in reference.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let mut out: Vec<LegalBasis> = Vec::new();
    for part in plain.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let Some(at) = part.find('§') else { continue };
        let law = part[..at].trim();
        let section = part[at..].trim().trim_end_matches('.').trim().to_string();
        if law.is_empty() {
            if let Some(last) = out.last_mut() {
                last.sections.push(section);
            }
            continue;
        }
        match out.iter_mut().find(|b| b.law.eq_ignore_ascii_case(law)) {
            Some(b) => b.sections.push(section),
            None => out.push(LegalBasis { law: law.to_string(), sections: vec![section] }),
        }
    }
    out
}
