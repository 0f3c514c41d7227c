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

impl Job {
    pub(crate) fn check(&self, field: &str) -> Result<(), ScenarioError> {
        if self.hours_per_week < Decimal::ZERO {
            return Err(err(&format!("{field}.hours_per_week"), "must not be negative"));
        }
        if self.hours_per_week > Decimal::from(80) {
            return Err(err(&format!("{field}.hours_per_week"), "more than 80 hours a week is not a working week"));
        }
        match (self.hourly_wage, self.monthly_wage) {
            (Some(h), None) if h >= Decimal::ZERO => Ok(()),
            (None, Some(m)) if m >= Decimal::ZERO => Ok(()),
            (Some(_), Some(_)) => Err(err(field, "give hourly_wage or monthly_wage, not both")),
            (None, None) => Err(err(&format!("{field}.hourly_wage"), "missing (or give monthly_wage)")),
            _ => Err(err(field, "wage must not be negative")),
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
            match &a.benefit {
                Kontanthjaelp { monthly_amount: Some(m), .. } if *m < Decimal::ZERO => {
                    return Err(err(&format!("adults[{i}].benefit.monthly_amount"), "must not be negative"))
                }
                Dagpenge { monthly_rate: Some(m), .. } | Dagpenge { previous_monthly_wage: Some(m), .. }
                    if *m < Decimal::ZERO =>
                {
                    return Err(err(&format!("adults[{i}].benefit.monthly_rate"), "must not be negative"))
                }
                Sygedagpenge { hourly_wage, normal_hours_per_week }
                    if *hourly_wage < Decimal::ZERO || *normal_hours_per_week < Decimal::ZERO =>
                {
                    return Err(err(&format!("adults[{i}].benefit"), "wage and hours must not be negative"))
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
            if h.rent_monthly < Decimal::ZERO {
                return Err(err("housing.rent_monthly", "must not be negative"));
            }
            if h.area <= Decimal::ZERO {
                return Err(err("housing.area", "must be more than 0 m²"));
            }
            if h.wealth < Decimal::ZERO {
                return Err(err("housing.wealth", "must not be negative"));
            }
        }
        if self.costs.childcare_monthly < Decimal::ZERO {
            return Err(err("costs.childcare_monthly", "must not be negative"));
        }
        if self.costs.transport_monthly < Decimal::ZERO {
            return Err(err("costs.transport_monthly", "must not be negative"));
        }
        self.job.check("job")
    }

    pub fn children_under_18(&self) -> u32 {
        self.children.iter().filter(|c| c.age < 18).count() as u32
    }
}
