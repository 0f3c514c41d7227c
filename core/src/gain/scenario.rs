//! The household a calculation is about (`navigator calc|sweep scenario.json`,
//! the questionnaire in the app). Documented in `docs/gain.md`.

use super::benefits::Benefit;
use super::boligsikring::Housing;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use crate::input::{check_date, check_line, check_range, rule, InputError, Quantity};

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
    /// Positive net capital income per year (interest and the like), kroner.
    /// Counted in the tax only (bundskat, kommuneskat, the PSL § 7 bracket over
    /// its bundfradrag); negative capital income is not modelled.
    #[serde(default)]
    pub capital_income: Decimal,
    /// Year of birth: decides the senior deduction (LL § 9 J, stk. 5). Without
    /// it the age decides where it can; where it cannot, the result says so.
    #[serde(default)]
    pub birth_year: Option<i32>,
    /// Month of birth (1-12), with `birth_year`.
    #[serde(default)]
    pub birth_month: Option<u32>,
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
///
/// Deserialising goes through [`ScenarioInput`] and [`Scenario::check`]
/// (`#[serde(try_from)]`), so a scenario read from any JSON — a file, a saved
/// calculation inside a case, browser storage — has passed the checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ScenarioInput")]
pub struct Scenario {
    /// The date whose rules apply.
    pub date: NaiveDate,
    /// Municipality name as in `navigator rules list` (`kommune.<name>.*`).
    pub municipality: String,
    /// One or two adults; the job offer is for the first.
    pub adults: Vec<Adult>,
    /// Married (unused personfradrag passes to the spouse). Two adults who are
    /// not married are treated as cohabiting.
    pub married: bool,
    pub children: Vec<Child>,
    /// Rented home (boligsikring); none = no boligsikring.
    pub housing: Option<Housing>,
    /// The job offer for the first adult.
    pub job: Job,
    pub costs: Costs,
}

/// A scenario as written in JSON, before its checks; only [`Scenario`]'s
/// deserialiser uses it.
#[doc(hidden)]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioInput {
    date: NaiveDate,
    municipality: String,
    adults: Vec<Adult>,
    #[serde(default)]
    married: bool,
    #[serde(default)]
    children: Vec<Child>,
    #[serde(default)]
    housing: Option<Housing>,
    job: Job,
    #[serde(default)]
    costs: Costs,
}

impl TryFrom<ScenarioInput> for Scenario {
    type Error = String;
    fn try_from(i: ScenarioInput) -> Result<Self, String> {
        let s = Scenario {
            date: i.date,
            municipality: i.municipality,
            adults: i.adults,
            married: i.married,
            children: i.children,
            housing: i.housing,
            job: i.job,
            costs: i.costs,
        };
        s.check().map_err(|e| e.to_serde_message())?;
        Ok(s)
    }
}

/// A scenario that cannot be computed as given; names the field and the value.
pub type ScenarioError = InputError;

/// Highest amount (kroner) any money field may hold: far above any real wage,
/// far below where the arithmetic could overflow.
pub const MAX_AMOUNT: u32 = 100_000_000;
/// Most hours in a week the questionnaire and the sweep accept.
pub const MAX_WEEK_HOURS: u32 = 80;
/// Input sanity bounds (not law): ages of adults and children, and how many
/// children a household may list.
pub const MIN_ADULT_AGE: u32 = 15;
pub const MAX_AGE: u32 = 120;
pub const MAX_CHILD_AGE: u32 = 25;
pub const MAX_CHILDREN: usize = 20;
/// Months on kontanthjælp: up to a working life.
pub const MAX_MONTHS: u32 = 1_200;
/// Largest living area, m².
pub const MAX_AREA: u32 = 10_000;

/// An amount: not negative and not absurdly large.
fn check_amount(field: &str, x: Decimal) -> Result<(), InputError> {
    check_range(field, x, Decimal::ZERO, Decimal::from(MAX_AMOUNT), Quantity::Amount)
}

fn check_hours(field: &str, x: Decimal) -> Result<(), InputError> {
    check_range(field, x, Decimal::ZERO, Decimal::from(MAX_WEEK_HOURS), Quantity::Hours)
}

impl Job {
    pub(crate) fn check(&self, field: &str) -> Result<(), InputError> {
        self.check_fields().map_err(|e| e.within(field))
    }

    /// [`Job::check`] with the fields named within the job (`hourly_wage`;
    /// the job itself is ""): the full name is only built for an error, not
    /// for every field of every check (`evaluate` checks its scenario).
    fn check_fields(&self) -> Result<(), InputError> {
        check_hours("hours_per_week", self.hours_per_week)?;
        match (self.hourly_wage, self.monthly_wage) {
            (Some(h), None) => check_amount("hourly_wage", h),
            (None, Some(m)) => {
                check_amount("monthly_wage", m)?;
                if m > Decimal::ZERO && self.hours_per_week.is_zero() {
                    return Err(rule("hours_per_week", "", "monthly-wage-needs-hours"));
                }
                Ok(())
            }
            (Some(_), Some(_)) => Err(rule("", "", "wage-or-monthly")),
            (None, None) => Err(rule("hourly_wage", "", "wage-missing")),
        }
    }

    /// Hours per month: a week's hours × 52 / 12 (37 h/week = 160,33 h/md.).
    pub fn hours_month(&self) -> Decimal {
        self.hours_per_week * Decimal::from(52) / Decimal::from(12)
    }

    /// Hours and wage per month ([`Job::hours_month`], [`Job::wage_month`]),
    /// the hours computed once.
    pub fn month(&self) -> (Decimal, Decimal) {
        let hours = self.hours_month();
        let wage = match (self.hourly_wage, self.monthly_wage) {
            (Some(h), _) => h * hours,
            (None, Some(m)) => m,
            _ => Decimal::ZERO,
        };
        (hours, wage)
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
    /// Parse JSON (a byte-order mark is fine) and check it; errors name the field and the value.
    pub fn from_json(text: &str) -> Result<Scenario, ScenarioError> {
        crate::input::from_json(text).map_err(|e: InputError| if e.field.is_empty() { e.within("scenario") } else { e })
    }

    /// A scenario that fails [`Scenario::check`] as the engine reports it: no
    /// totals, and the field that is wrong.
    pub(crate) fn invalid(&self, e: &InputError) -> super::CannotCompute {
        super::CannotCompute { what: "scenario".into(), path: e.field.clone(), date: self.date, reason: "invalid-input" }
    }

    /// Every bound and rule between fields. Deserialising runs it; code that
    /// builds a scenario by hand (the app's form) is checked again by
    /// [`super::evaluate`] and [`super::sweep`].
    pub fn check(&self) -> Result<(), ScenarioError> {
        check_date("date", self.date)?;
        check_line("municipality", &self.municipality)?;
        let n = self.adults.len();
        check_range("adults", n, 1, 2, Quantity::Count)?;
        if self.married && n != 2 {
            return Err(rule("married", "", "married-needs-two-adults"));
        }
        for (i, a) in self.adults.iter().enumerate() {
            Scenario::check_adult(self.date, a).map_err(|e| e.within(&format!("adults[{i}]")))?;
        }
        check_range("children", self.children.len(), 0, MAX_CHILDREN, Quantity::Count)?;
        for (i, c) in self.children.iter().enumerate() {
            check_range("age", c.age, 0, MAX_CHILD_AGE, Quantity::Age).map_err(|e| e.within(&format!("children[{i}]")))?;
        }
        if let Some(h) = &self.housing {
            check_amount("housing.rent_monthly", h.rent_monthly)?;
            check_amount("housing.wealth", h.wealth)?;
            check_range("housing.area", h.area, Decimal::ONE, Decimal::from(MAX_AREA), Quantity::Area)?;
        }
        check_amount("costs.childcare_monthly", self.costs.childcare_monthly)?;
        check_amount("costs.transport_monthly", self.costs.transport_monthly)?;
        self.job.check("job")
    }

    /// One adult's fields, named within the adult (`age`, `benefit.sats`): the
    /// full name (`adults[0].age`) is only built for an error.
    fn check_adult(date: NaiveDate, a: &Adult) -> Result<(), InputError> {
        check_range("age", a.age, MIN_ADULT_AGE, MAX_AGE, Quantity::Age)?;
        check_amount("capital_income", a.capital_income)?;
        if let Some(m) = a.birth_month {
            check_range("birth_month", m, 1, 12, Quantity::Months)?;
        }
        if let Some(y) = a.birth_year {
            // The age on the date must follow from the birth date: a year
            // older once the birthday has passed (the month decides when given).
            let years = i64::from(date.year()) - i64::from(y);
            let age = i64::from(a.age);
            let fits = match a.birth_month {
                Some(m) if m < date.month() => age == years,
                Some(m) if m > date.month() => age == years - 1,
                _ => age == years || age == years - 1,
            };
            if !fits {
                return Err(rule("birth_year", y, "birth-year-age"));
            }
        } else if a.birth_month.is_some() {
            return Err(rule("birth_month", "", "birth-month-needs-year"));
        }
        if let Some(w) = &a.work {
            w.check("work")?;
        }
        Scenario::check_benefit(&a.benefit).map_err(|e| e.within("benefit"))
    }

    /// An adult's benefit, its fields named within it (`monthly_amount`).
    fn check_benefit(b: &Benefit) -> Result<(), InputError> {
        use super::benefits::Benefit::*;
        match b {
            Kontanthjaelp { monthly_amount, months_on_benefit, tilpasningstillaeg, .. } => {
                if let Some(m) = monthly_amount {
                    check_amount("monthly_amount", *m)?;
                }
                if let Some(t) = tilpasningstillaeg {
                    check_amount("tilpasningstillaeg", *t)?;
                }
                if let Some(m) = months_on_benefit {
                    check_range("months_on_benefit", *m, 0, MAX_MONTHS, Quantity::Months)?;
                }
            }
            Dagpenge { monthly_rate, previous_monthly_wage, .. } => {
                if let Some(m) = monthly_rate {
                    check_amount("monthly_rate", *m)?;
                }
                if let Some(w) = previous_monthly_wage {
                    // Leave it out for the highest rate; 0 would divide by nothing.
                    check_range("previous_monthly_wage", *w, Decimal::ONE, Decimal::from(MAX_AMOUNT), Quantity::Amount)?;
                }
            }
            Sygedagpenge { hourly_wage, normal_hours_per_week } => {
                check_amount("hourly_wage", *hourly_wage)?;
                check_hours("normal_hours_per_week", *normal_hours_per_week)?;
            }
            None | Fleksjob => {}
        }
        Ok(())
    }

    /// The children under `age` (the laws' "børn under 18 år": rule
    /// `barn.aldersgraense`).
    pub fn children_under(&self, age: Decimal) -> u32 {
        self.children.iter().filter(|c| Decimal::from(c.age) < age).count() as u32
    }
}
