//! The rule book's shared vocabulary: where a rule comes from ([`Citation`]),
//! how sure we are ([`Confidence`]), whether it is law ([`Status`]) and when it
//! holds ([`Validity`], [`Dated`]).
//!
//! A leaf module: it imports nothing else from this crate, so the loader
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
