//! How a gain calculation is shown, read from the rule data (`gevinst.*` in
//! `rules/dk/satser/ydelser.toml`): the day of a year whose rules a calculation
//! "for year X" uses, and the hours the earnings sweep (the chart) covers.
//! These are the app's display choices, not law; they are data so a rule pack
//! or an adviser can change them, and the front ends (UI, CLI) read them here
//! instead of writing numbers of their own.

use super::ctx::CannotCompute;
use super::sweep::{sweep, Sweep, MAX_STEPS};
use super::Scenario;
use crate::paths::{self, Path};
use crate::rules::RuleSet;
use crate::satser::lookup;
use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// A whole-number display value on `date`, refused with the rule's path when
/// it has no value there or is not a whole number in range.
fn whole(rules: &RuleSet, what: &str, path: Path, date: NaiveDate, max: u32) -> Result<u32, CannotCompute> {
    let cannot = |reason: &'static str| CannotCompute { what: what.into(), path: path.name().into(), date, reason };
    let v = lookup(&rules.satser, path.name(), date).map_err(|e| cannot(e.reason()))?.value;
    match v.to_u32() {
        Some(n) if v.fract().is_zero() && (1..=max).contains(&n) => Ok(n),
        _ => Err(cannot("invalid-input")),
    }
}

/// The day whose rules a calculation for `year` uses (rule data
/// `gevinst.referencedag.maaned` and `.dag`, read as of 1 January of the year):
/// 1 July in the built-in rules.
pub fn reference_day(rules: &RuleSet, year: i32) -> Result<NaiveDate, CannotCompute> {
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(|| CannotCompute {
        what: "reference_day".into(),
        path: "year".into(),
        date: NaiveDate::default(),
        reason: "invalid-input",
    })?;
    let month = whole(rules, "reference_day", paths::GEVINST_REFERENCEDAG_MAANED, jan1, 12)?;
    let day = whole(rules, "reference_day", paths::GEVINST_REFERENCEDAG_DAG, jan1, 28)?;
    // Month 1-12 and day 1-28 always make a date.
    NaiveDate::from_ymd_opt(year, month, day).ok_or(CannotCompute {
        what: "reference_day".into(),
        path: paths::GEVINST_REFERENCEDAG_DAG.name().into(),
        date: jan1,
        reason: "invalid-input",
    })
}

/// The hours a week the chart covers (from 0) and its number of steps on
/// `date` (rule data `gevinst.kurve.maks_timer` and `.trin`): 0-45 hours in 45
/// steps in the built-in rules.
pub fn chart_range(rules: &RuleSet, date: NaiveDate) -> Result<(Decimal, u32), CannotCompute> {
    let hours = whole(rules, "sweep", paths::GEVINST_KURVE_MAKS_TIMER, date, super::scenario::MAX_WEEK_HOURS)?;
    let steps = whole(rules, "sweep", paths::GEVINST_KURVE_TRIN, date, MAX_STEPS)?;
    Ok((Decimal::from(hours), steps))
}

/// The earnings sweep over the chart's range on the scenario's date.
pub fn chart_sweep(rules: &RuleSet, s: &Scenario) -> Result<Sweep, CannotCompute> {
    let (hours, steps) = chart_range(rules, s.date)?;
    sweep(rules, s, hours, steps)
}
