//! Rates (satser): kroner amounts, percentages, thresholds and hour counts with
//! their validity, reference, source and confidence (`rules/dk/satser/*.toml`).
//!
//! Deadline lengths are whole numbers and live in `frister.toml`; money needs
//! decimals, so rates have their own type. Both are overridable by path.

use crate::cited::{Citation, Confidence, Status};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a rate's number measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SatsUnit {
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

impl SatsUnit {
    pub fn name(self) -> &'static str {
        match self {
            SatsUnit::Percent => "percent",
            SatsUnit::KrYear => "kr-year",
            SatsUnit::KrQuarter => "kr-quarter",
            SatsUnit::KrMonth => "kr-month",
            SatsUnit::KrWeek => "kr-week",
            SatsUnit::KrHour => "kr-hour",
            SatsUnit::M2 => "m2",
            SatsUnit::KrM2Year => "kr-m2-year",
            SatsUnit::HoursMonth => "hours-month",
            SatsUnit::Count => "count",
        }
    }
}

/// One dated value of a rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "SatsValueData", into = "SatsValueData")]
pub struct SatsValue {
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    pub v: Decimal,
    pub confidence: Confidence,
    /// Adopted or proposal. A derived value is adopted law (the engine uses it).
    pub status: Status,
    /// The law sets this amount but no published figure was found: it is computed
    /// from official inputs by the method in the parameter's note (e.g. last year's
    /// amount × the satsreguleringsprocent). Written `status = "derived"` in the
    /// data; shown as "derived", never as a published figure.
    pub derived: bool,
}

/// A rate value as written in the data and in rule packs: `status` is
/// `adopted` (default), `proposal` or `derived`.
#[derive(Serialize, Deserialize)]
struct SatsValueData {
    from: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to: Option<NaiveDate>,
    v: Decimal,
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

impl From<SatsValueData> for SatsValue {
    fn from(d: SatsValueData) -> Self {
        SatsValue {
            from: d.from,
            to: d.to,
            v: d.v,
            confidence: d.confidence,
            status: if d.status == DataStatus::Proposal { Status::Proposal } else { Status::Adopted },
            derived: d.status == DataStatus::Derived,
        }
    }
}

impl From<SatsValue> for SatsValueData {
    fn from(s: SatsValue) -> Self {
        let status = match (s.status, s.derived) {
            (Status::Proposal, _) => DataStatus::Proposal,
            (Status::Adopted, true) => DataStatus::Derived,
            (Status::Adopted, false) => DataStatus::Adopted,
        };
        SatsValueData { from: s.from, to: s.to, v: s.v, confidence: s.confidence, status }
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
    /// Fixed in the law (a percentage, an hour count): applies until a later
    /// value or its `to`.
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

/// The PSL § 20 regulation in percent, per year (4.8 for 2026).
pub const REGULERING_PSL20: &str = "regulering.psl20";
/// The satsreguleringsprocent, per year (4.5 for 2026).
pub const REGULERING_SATSREGULERING: &str = "regulering.satsregulering";

/// How an estimated value was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EstimateMethod {
    Psl20,
    Satsregulering,
    Unchanged,
}

/// One year's regulation applied to an estimate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Regulation {
    pub year: i32,
    /// Percent as written (4.8 means 4,8 %).
    pub percent: Decimal,
}

/// A value used past the last published one: which, from what, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Estimate {
    pub path: String,
    /// The year of the last published value the estimate starts from.
    pub value_year: i32,
    /// The year asked.
    pub year: i32,
    pub method: EstimateMethod,
    /// The last published value.
    pub base: Decimal,
    /// The value used (unrounded: the law's own rounding is not applied).
    pub value: Decimal,
    /// Regulations applied, by year.
    pub regulated: Vec<Regulation>,
    /// Years between `value_year` and `year` whose regulation is not published
    /// (carried unchanged through them).
    pub not_published: Vec<i32>,
}

/// A rate's value on a date: published, or estimated (and then labelled).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub value: Decimal,
    pub confidence: Confidence,
    pub estimate: Option<Estimate>,
}

/// A rate: its unit, names, citation and dated values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sats {
    pub unit: SatsUnit,
    /// How long a value without `to` lasts (default `year`, the safe one).
    #[serde(default)]
    pub lasts: Lasts,
    /// Danish name (the rule pack carries names, so a new pack can add rates).
    pub label: String,
    pub label_en: String,
    #[serde(flatten)]
    pub citation: Citation,
    /// Smallest value accepted (in `unit`), in the data, an override or a pack.
    pub min: Decimal,
    /// Largest value accepted (in `unit`).
    pub max: Decimal,
    pub values: Vec<SatsValue>,
}

impl Sats {
    /// The last day a value applies: its `to`, else 31 December of its own year
    /// for a yearly rate, else none (fixed until changed).
    pub fn end(&self, v: &SatsValue) -> Option<NaiveDate> {
        v.to.or_else(|| match self.lasts {
            Lasts::UntilChanged => None,
            _ => NaiveDate::from_ymd_opt(v.from.year(), 12, 31),
        })
    }

    /// The adopted, published value in force on `date`. Proposals are never used.
    pub fn at(&self, date: NaiveDate) -> Option<&SatsValue> {
        self.adopted()
            .filter(|v| v.from <= date && self.end(v).is_none_or(|e| date <= e))
            .max_by_key(|v| v.from)
    }

    fn adopted(&self) -> impl Iterator<Item = &SatsValue> {
        self.values.iter().filter(|v| v.status == Status::Adopted)
    }

    /// The last published value, when `date` is after its end (so a later year
    /// is asked, not a gap between values or a date before the first) and that
    /// end is implied by the policy. A value with its own `to` ended by law (an
    /// abolished rate, a rate replaced mid-year): it is never estimated past it.
    pub fn past_end(&self, date: NaiveDate) -> Option<&SatsValue> {
        let last = self.adopted().max_by_key(|v| v.from)?;
        (last.to.is_none() && self.end(last).is_some_and(|e| date > e)).then_some(last)
    }
}

/// Why a rate has no value on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotFound {
    /// No rate by that path.
    NoSuchRate,
    /// Before the first value, or in a gap between values.
    NoValueOnDate,
    /// Past the last published value, and the rate may not be estimated.
    NotPublished,
}

impl NotFound {
    /// The reason code in results (`cannot_compute.reason`).
    pub fn reason(self) -> &'static str {
        match self {
            NotFound::NoSuchRate => "no-such-rate",
            NotFound::NoValueOnDate => "no-value-on-date",
            NotFound::NotPublished => "not-published",
        }
    }
}

/// The value of `path` on `date`: the published one, or past the last
/// published value an estimate by the rate's [`Lasts`] policy, or why not.
///
/// An estimate's confidence is at most `low`; each later year is regulated by
/// that year's published regulation percentage, or carried unchanged (and
/// listed in `not_published`) when it is not published.
pub fn lookup(satser: &BTreeMap<String, Sats>, path: &str, date: NaiveDate) -> Result<Found, NotFound> {
    let s = satser.get(path).ok_or(NotFound::NoSuchRate)?;
    let cited = |c: Confidence| c.min(s.citation.confidence);
    if let Some(v) = s.at(date) {
        return Ok(Found { value: v.v, confidence: cited(v.confidence), estimate: None });
    }
    let Some(last) = s.past_end(date) else {
        let after_all = s.adopted().all(|v| s.end(v).is_some_and(|e| date > e));
        return Err(if after_all { NotFound::NotPublished } else { NotFound::NoValueOnDate });
    };
    if !s.lasts.estimates() {
        return Err(NotFound::NotPublished);
    }
    let (value_year, year) = (last.from.year(), date.year());
    let mut value = last.v;
    let (mut regulated, mut not_published) = (Vec::new(), Vec::new());
    let method = match s.lasts.regulation_path() {
        Some(reg) => {
            for y in value_year + 1..=year {
                let percent = NaiveDate::from_ymd_opt(y, 1, 1)
                    .and_then(|jan1| satser.get(reg).and_then(|r| r.at(jan1)))
                    .map(|r| r.v);
                match percent {
                    Some(p) => {
                        value *= Decimal::ONE + p / Decimal::ONE_HUNDRED;
                        regulated.push(Regulation { year: y, percent: p });
                    }
                    None => not_published.push(y),
                }
            }
            if s.lasts == Lasts::YearPsl20 {
                EstimateMethod::Psl20
            } else {
                EstimateMethod::Satsregulering
            }
        }
        None => {
            not_published.extend(value_year + 1..=year);
            EstimateMethod::Unchanged
        }
    };
    Ok(Found {
        value,
        confidence: cited(last.confidence).min(Confidence::Low),
        estimate: Some(Estimate {
            path: path.to_string(),
            value_year,
            year,
            method,
            base: last.v,
            value,
            regulated,
            not_published,
        }),
    })
}

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct SatsFile {
    #[serde(default)]
    pub sats: BTreeMap<String, Sats>,
}

/// A municipality's two rates for one period.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct KommuneValue {
    from: NaiveDate,
    #[serde(default)]
    to: Option<NaiveDate>,
    kommuneskat: Decimal,
    kirkeskat: Decimal,
    confidence: Confidence,
}

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct KommuneRow {
    code: u16,
    name: String,
    #[serde(flatten)]
    citation: Citation,
    values: Vec<KommuneValue>,
}

/// The range of one of the two municipal rates, for every municipality.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Range {
    min: Decimal,
    max: Decimal,
    /// How long each municipality's value lasts (default `year`).
    #[serde(default)]
    lasts: Lasts,
}

/// `[range.kommuneskat]` and `[range.kirkeskat]` in `kommuner.toml`.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct KommuneRanges {
    kommuneskat: Range,
    kirkeskat: Range,
}

#[derive(Debug, Clone, Deserialize)]
pub(crate) struct KommuneFile {
    range: KommuneRanges,
    kommune: Vec<KommuneRow>,
}

/// A municipality as the app offers it for choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Kommune {
    pub code: u16,
    pub name: String,
}

/// Path of a municipality's rate: `kommune.<name>.kommuneskat` or `.kirkeskat`.
pub fn kommune_path(name: &str, which: &str) -> String {
    format!("kommune.{name}.{which}")
}

impl KommuneFile {
    /// Each municipality as two rates, so they list, override and check like any other.
    pub(crate) fn into_satser(self) -> (Vec<Kommune>, BTreeMap<String, Sats>) {
        let mut list = Vec::new();
        let mut out = BTreeMap::new();
        for row in self.kommune {
            for (which, label, label_en, range) in [
                ("kommuneskat", "Kommuneskat", "Municipal tax", &self.range.kommuneskat),
                ("kirkeskat", "Kirkeskat", "Church tax", &self.range.kirkeskat),
            ] {
                let values = row
                    .values
                    .iter()
                    .map(|v| SatsValue {
                        from: v.from,
                        to: v.to,
                        v: if which == "kommuneskat" { v.kommuneskat } else { v.kirkeskat },
                        confidence: v.confidence,
                        status: Status::Adopted,
                        derived: false,
                    })
                    .collect();
                out.insert(
                    kommune_path(&row.name, which),
                    Sats {
                        unit: SatsUnit::Percent,
                        lasts: range.lasts,
                        label: format!("{label}, {}", row.name),
                        label_en: format!("{label_en}, {}", row.name),
                        citation: row.citation.clone(),
                        min: range.min,
                        max: range.max,
                        values,
                    },
                );
            }
            list.push(Kommune { code: row.code, name: row.name });
        }
        list.sort_by(|a, b| a.name.cmp(&b.name));
        (list, out)
    }
}

/// The lowest confidence of a rate on a date (citation and value); an
/// estimate is at most `low`, no value at all `unconfirmed`.
pub fn confidence_at(satser: &BTreeMap<String, Sats>, path: &str, date: NaiveDate) -> Confidence {
    lookup(satser, path, date).map(|f| f.confidence).unwrap_or(Confidence::Unconfirmed)
}
