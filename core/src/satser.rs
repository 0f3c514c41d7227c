//! Rates (satser): kroner amounts, percentages, thresholds and hour counts with
//! their validity, reference, source and confidence (`rules/dk/satser/*.toml`).
//!
//! A rate is a [`crate::cited::Rule`], the one dated, cited value type of the
//! rule book (deadline lengths in `frister.toml` are the same type). This module
//! finds a rate's value on a date, estimating past the last published value by
//! the rate's [`Lasts`] policy. The old names [`Sats`], [`SatsValue`] and
//! [`SatsUnit`] are aliases kept so the front ends need no change.

pub use crate::cited::{Lasts, Rule as Sats, Unit as SatsUnit, Value as SatsValue, REGULERING_PSL20, REGULERING_SATSREGULERING};
use crate::cited::{Citation, Confidence, Status};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    lookup_in(satser, path, s, date)
}

/// [`lookup`] for the rate `s` at `path`, already found in `satser`: the gain
/// engine reads the entry's unit and citation too, so it searches the map
/// (string keys) once per rate instead of twice.
pub(crate) fn lookup_in(satser: &BTreeMap<String, Sats>, path: &str, s: &Sats, date: NaiveDate) -> Result<Found, NotFound> {
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
            // Named in the texts by `rate-kommune-<which>` with the municipality's name.
            for (which, range) in [("kommuneskat", &self.range.kommuneskat), ("kirkeskat", &self.range.kirkeskat)] {
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
                        unit: Some(SatsUnit::Percent),
                        lasts: range.lasts,
                        label: String::new(),
                        label_en: String::new(),
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
