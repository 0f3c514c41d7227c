//! The household a calculation is about (`navigator calc|sweep scenario.json`,
//! the questionnaire in the app). Documented in `docs/gain.md`.

use super::benefits::Benefit;
use super::boligsikring::Housing;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Hours and pay of a job (the offer, or work someone already has).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Job {
    pub hours_per_week: Decimal,
    /// Hourly wage before tax; or give `monthly_wage` for the given hours.
    #[serde(default)]
    pub hourly_wage: Option<Decimal>,
    #[serde(default)]
    pub monthly_wage: Option<Decimal>,
}

/// One adult in the household.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adult {
    pub age: u32,
    #[serde(default)]
    pub church: bool,
    /// The benefit today (on the "benefit" side).
    #[serde(default)]
    pub benefit: Benefit,
    /// Work the person already has, on both sides.
    #[serde(default)]
    pub work: Option<Job>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Child {
    pub age: u32,
}

/// Costs the user enters.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Costs {
    /// Full parent payment for childcare per month, before fripladstilskud.
    #[serde(default)]
    pub childcare_monthly: Decimal,
    /// Transport to the job per month (only on the work side).
    #[serde(default)]
    pub transport_monthly: Decimal,
}

/// A whole household and the job offer for the first adult.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The date whose rules apply.
    pub date: NaiveDate,
    /// Municipality name as in `navigator rules list` (`kommune.<name>.*`).
    pub municipality: String,
    /// One or two adults; the job offer is for the first.
    pub adults: Vec<Adult>,
    /// Married (unused personfradrag passes to the spouse). Two adults who are
    /// not married are treated as cohabiting.
    #[serde(default)]
    pub married: bool,
    #[serde(default)]
    pub children: Vec<Child>,
    /// Rented home (boligsikring); none = no boligsikring.
    #[serde(default)]
    pub housing: Option<Housing>,
    /// The job offer for the first adult.
    pub job: Job,
    #[serde(default)]
    pub costs: Costs,
}

/// A scenario that cannot be computed as given; names the field.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{field}: {problem}")]
pub struct ScenarioError {
    pub field: String,
    pub problem: String,
}

fn err(field: &str, problem: &str) -> ScenarioError {
    ScenarioError { field: field.into(), problem: problem.into() }
}

/// Highest amount (kroner) any money field may hold: far above any real wage,
/// far below where the arithmetic could overflow.
pub const MAX_AMOUNT: u32 = 100_000_000;
/// Most hours in a week the questionnaire and the sweep accept.
pub const MAX_WEEK_HOURS: u32 = 80;

/// An amount: not negative and not absurdly large.
fn check_amount(field: &str, x: Decimal) -> Result<(), ScenarioError> {
    if x < Decimal::ZERO {
        return Err(err(field, "must not be negative"));
    }
    if x > Decimal::from(MAX_AMOUNT) {
        return Err(err(field, "is too large"));
    }
    Ok(())
}

impl Job {
    pub(crate) fn check(&self, field: &str) -> Result<(), ScenarioError> {
        if self.hours_per_week < Decimal::ZERO {
            return Err(err(&format!("{field}.hours_per_week"), "must not be negative"));
        }
        if self.hours_per_week > Decimal::from(MAX_WEEK_HOURS) {
            return Err(err(&format!("{field}.hours_per_week"), "more than 80 hours a week is not a working week"));
        }
        match (self.hourly_wage, self.monthly_wage) {
            (Some(h), None) => check_amount(&format!("{field}.hourly_wage"), h),
            (None, Some(m)) => {
                check_amount(&format!("{field}.monthly_wage"), m)?;
                if m > Decimal::ZERO && self.hours_per_week.is_zero() {
                    return Err(err(&format!("{field}.hours_per_week"), "a monthly wage needs the hours it is paid for"));
                }
                Ok(())
            }
            (Some(_), Some(_)) => Err(err(field, "give hourly_wage or monthly_wage, not both")),
            (None, None) => Err(err(&format!("{field}.hourly_wage"), "missing (or give monthly_wage)")),
        }
    }

    /// Hours per month: a week's hours × 52 / 12 (37 h/week = 160,33 h/md.).
    pub fn hours_month(&self) -> Decimal {
        self.hours_per_week * Decimal::from(52) / Decimal::from(12)
    }

    /// Wage per month before tax.
    pub fn wage_month(&self) -> Decimal {
        match (self.hourly_wage, self.monthly_wage) {
            (Some(h), _) => h * self.hours_month(),
            (None, Some(m)) => m,
            _ => Decimal::ZERO,
        }
    }
}

impl Scenario {
    /// Parse JSON and check it; errors name the field.
    pub fn from_json(text: &str) -> Result<Scenario, ScenarioError> {
        let s: Scenario = serde_json::from_str(text).map_err(|e| {
            let msg = e.to_string();
            // serde_json says "unknown field `x`" / "missing field `x`" / "invalid type ... at line".
            err("scenario", &msg)
        })?;
        s.check()?;
        Ok(s)
    }

    pub fn check(&self) -> Result<(), ScenarioError> {
        if self.adults.is_empty() || self.adults.len() > 2 {
            return Err(err("adults", "give one or two adults"));
        }
        if self.married && self.adults.len() != 2 {
            return Err(err("married", "married needs two adults"));
        }
        for (i, a) in self.adults.iter().enumerate() {
            if !(15..=120).contains(&a.age) {
                return Err(err(&format!("adults[{i}].age"), "must be between 15 and 120"));
            }
            if let Some(w) = &a.work {
                w.check(&format!("adults[{i}].work"))?;
            }
            use super::benefits::Benefit::*;
            let at = |name: &str| format!("adults[{i}].benefit.{name}");
            match &a.benefit {
                Kontanthjaelp { monthly_amount: Some(m), .. } => check_amount(&at("monthly_amount"), *m)?,
                Dagpenge { monthly_rate, previous_monthly_wage } => {
                    if let Some(m) = monthly_rate {
                        check_amount(&at("monthly_rate"), *m)?;
                    }
                    if let Some(w) = previous_monthly_wage {
                        check_amount(&at("previous_monthly_wage"), *w)?;
                        if w.is_zero() {
                            return Err(err(&at("previous_monthly_wage"), "must be more than 0 (leave it out for the highest rate)"));
                        }
                    }
                }
                Sygedagpenge { hourly_wage, normal_hours_per_week } => {
                    check_amount(&at("hourly_wage"), *hourly_wage)?;
                    if *normal_hours_per_week < Decimal::ZERO || *normal_hours_per_week > Decimal::from(MAX_WEEK_HOURS) {
                        return Err(err(&at("normal_hours_per_week"), "must be 0–80 hours"));
                    }
                }
                _ => {}
            }
        }
        for (i, c) in self.children.iter().enumerate() {
            if c.age > 25 {
                return Err(err(&format!("children[{i}].age"), "must be 0–25"));
            }
        }
        if let Some(h) = &self.housing {
            check_amount("housing.rent_monthly", h.rent_monthly)?;
            check_amount("housing.wealth", h.wealth)?;
            if h.area <= Decimal::ZERO || h.area > Decimal::from(MAX_AMOUNT) {
                return Err(err("housing.area", "must be more than 0 m²"));
            }
        }
        check_amount("costs.childcare_monthly", self.costs.childcare_monthly)?;
        check_amount("costs.transport_monthly", self.costs.transport_monthly)?;
        self.job.check("job")
    }

    pub fn children_under_18(&self) -> u32 {
        self.children.iter().filter(|c| c.age < 18).count() as u32
    }
}
