//! Rates (satser): kroner amounts, percentages, thresholds and hour counts with
//! their validity, reference, source and confidence (`rules/dk/satser/*.toml`).
//!
//! Deadline lengths are whole numbers and live in `frister.toml`; money needs
//! decimals, so rates have their own type. Both are overridable by path.

use crate::rules::{Citation, Confidence, Status};
use chrono::NaiveDate;
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

/// A rate: its unit, names, citation and dated values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sats {
    pub unit: SatsUnit,
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
    /// The adopted value in force on `date`. Proposals are never used.
    pub fn at(&self, date: NaiveDate) -> Option<&SatsValue> {
        crate::rules::in_force(&self.values, date)
    }
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

/// The lowest confidence of a rate on a date (citation and value).
pub fn confidence_at(s: &Sats, date: NaiveDate) -> Confidence {
    s.at(date).map(|v| v.confidence.min(s.citation.confidence)).unwrap_or(Confidence::Unconfirmed)
}
