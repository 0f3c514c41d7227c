//! The earnings sweep: disposable income over a range of hours, the marginal
//! effective tax rate at each point, and the cliffs named by their rule.

use super::household::{figures, Fixed};
use super::ctx::{CannotCompute, Ctx};
use super::scenario::{Job, Scenario};
use crate::rules::RuleSet;
use rust_decimal::Decimal;
use serde::Serialize;

/// One point of the sweep (amounts per year).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SweepPoint {
    pub hours_per_week: Decimal,
    pub gross_wage: Decimal,
    pub disposable: Decimal,
    /// Share of the last step's extra wage that did not reach disposable
    /// income: 1 − Δdisposable / Δwage (None at the first point).
    pub marginal_rate: Option<Decimal>,
    /// Amounts by part at this point (`boligsikring`, `kontanthjaelp`, …): the
    /// same as [`super::Side::parts`], keyed by the parts' static ids.
    pub parts: Parts,
}

/// A point's amounts by part, sorted by id (serialized as a map, like a
/// `BTreeMap`, but a thousand points cost one small vector each).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parts(Vec<(&'static str, Decimal)>);

impl Parts {
    /// From parts in any order, each id once.
    pub fn new(mut parts: Vec<(&'static str, Decimal)>) -> Parts {
        // By id; most ids differ in their first byte, which decides without a
        // call to compare whole strings (the order is the same).
        parts.sort_unstable_by(|(a, _), (b, _)| match a.as_bytes().first().cmp(&b.as_bytes().first()) {
            std::cmp::Ordering::Equal => a.cmp(b),
            o => o,
        });
        Parts(parts)
    }

    /// The amount of a part, if it is there.
    pub fn get(&self, id: &str) -> Option<&Decimal> {
        self.0.binary_search_by(|(k, _)| (*k).cmp(id)).ok().map(|i| &self.0[i].1)
    }

    /// The parts in order of id.
    pub fn iter(&self) -> impl Iterator<Item = (&&'static str, &Decimal)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::ops::Index<&str> for Parts {
    type Output = Decimal;
    fn index(&self, id: &str) -> &Decimal {
        self.get(id).unwrap_or_else(|| panic!("no part {id}"))
    }
}

impl Serialize for Parts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// A place where income support changes abruptly, and the part behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cliff {
    /// `ends` (the part falls to 0), `drop` (disposable income falls although
    /// the wage rises, because a support falls), `cost` (it falls because a
    /// cost of working starts), `starts-falling` (a phase-out begins).
    pub kind: &'static str,
    /// The part: `boligsikring`, `kontanthjaelp`, `friplads`, `dagpenge`, …
    pub part: String,
    /// Hours per week where it happens (the first point after the change).
    pub hours_per_week: Decimal,
    /// Change in the part between the two points (per year).
    pub change: Decimal,
    /// Rate paths behind the part.
    pub rules: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sweep {
    pub points: Vec<SweepPoint>,
    pub cliffs: Vec<Cliff>,
    /// Rates used past their last published value (empty when every rate is published).
    pub estimated: Vec<crate::satser::Estimate>,
}

/// The parts whose changes are cliffs (support that moves with income).
const SUPPORT: &[&str] = &[
    "kontanthjaelp",
    "dagpenge",
    "sygedagpenge",
    "ledighedsydelse",
    "fleksloentilskud",
    "boligsikring",
    "boerneydelse",
    "friplads",
    "fritidstillaeg",
];

/// Most steps in one sweep (the CLI accepts up to this many).
pub const MAX_STEPS: u32 = 5_000;

/// Costs of working that can outweigh a step's extra wage.
const COSTS: &[&str] = &["transport", "childcare"];

/// Rules named for a part in cliff messages.
fn rules_of(part: &str) -> Vec<String> {
    use crate::paths::*;
    let r: &[Path] = match part {
        "kontanthjaelp" => &[KONTANTHJAELP_INDTAEGT_FRIBELOEB_PR_TIME, KONTANTHJAELP_INDTAEGT_MAKS_TIMER],
        "dagpenge" => &[DAGPENGE_SUPPLERENDE_MIN_LEDIGE_TIMER, DAGPENGE_FULDTID_TIMER],
        "boligsikring" => &[BOLIGSIKRING_INDKOMST_ANDEL, BOLIGSIKRING_INDKOMSTGRAENSE, BOLIGSIKRING_MINIMUM_UDBETALING],
        "friplads" => &[FRIPLADS_NEDRE_GRAENSE, FRIPLADS_OEVRE_GRAENSE, FRIPLADS_TRIN],
        "boerneydelse" => &[BOERNEYDELSE_AFTRAPNING_GRAENSE, BOERNEYDELSE_AFTRAPNING_SATS],
        "fleksloentilskud" => &[FLEKSJOB_BUNDGRAENSE, FLEKSJOB_FRADRAG_UNDER, FLEKSJOB_FRADRAG_OVER],
        "fritidstillaeg" => &[KONTANTHJAELP_FRITIDSTILLAEG_PR_BARN],
        _ => &[],
    };
    r.iter().map(|p| p.name().to_string()).collect()
}

/// Disposable income for `steps + 1` evenly spaced weekly hours from 0 to
/// `max_hours`, at the offer's wage per hour (a monthly wage is scaled by hours).
///
/// `max_hours` is bounded to 0–80 and `steps` to 1–[`MAX_STEPS`], so no input
/// makes the sweep run for long; a scenario that fails its checks is refused.
pub fn sweep(rules: &RuleSet, s: &Scenario, max_hours: Decimal, steps: u32) -> Result<Sweep, CannotCompute> {
    s.check().map_err(|e| s.invalid(&e))?;
    // Numbers only: the same computation as `evaluate`, without the
    // explanation tree nobody reads here; each rate is looked up once.
    let c = Ctx::numbers_only(rules, s.date);
    let steps = steps.clamp(1, MAX_STEPS);
    let max_hours = max_hours.clamp(Decimal::ZERO, Decimal::from(super::scenario::MAX_WEEK_HOURS));
    let mut points: Vec<SweepPoint> = Vec::with_capacity(steps as usize + 1);
    // What does not depend on the hours is computed at the first point and kept.
    let fixed = Fixed::default();
    let hourly = hourly_wage(s);
    for i in 0..=steps {
        let hours = max_hours * Decimal::from(i) / Decimal::from(steps);
        // As `job_at(s, hours)`, with the wage per hour computed once.
        let job = Job { hours_per_week: hours, hourly_wage: Some(hourly), monthly_wage: None };
        let sd = figures(&c, &fixed, s, &job, true)?;
        let marginal_rate = points.last().and_then(|p| {
            let dw = sd.gross_wage - p.gross_wage;
            (dw > Decimal::ZERO).then(|| Decimal::ONE - (sd.disposable - p.disposable) / dw)
        });
        points.push(SweepPoint {
            hours_per_week: hours,
            gross_wage: sd.gross_wage,
            disposable: sd.disposable,
            marginal_rate,
            parts: Parts::new(sd.parts),
        });
    }
    let cliffs = find_cliffs(&points);
    Ok(Sweep { points, cliffs, estimated: super::ctx::estimates(&c.into_used()) })
}

/// The job offer at `hours` a week, at the offer's wage per hour (a monthly
/// wage is turned into a wage per hour at the offer's hours): what the sweep
/// computes at each point.
pub fn job_at(s: &Scenario, hours: Decimal) -> Job {
    Job { hours_per_week: hours, hourly_wage: Some(hourly_wage(s)), monthly_wage: None }
}

/// The offer's wage per hour (the same at every point of a sweep).
fn hourly_wage(s: &Scenario) -> Decimal {
    match (s.job.hourly_wage, s.job.monthly_wage) {
        (Some(h), _) => h,
        (None, Some(m)) if s.job.hours_month() > Decimal::ZERO => m / s.job.hours_month(),
        _ => Decimal::ZERO,
    }
}

fn find_cliffs(points: &[SweepPoint]) -> Vec<Cliff> {
    let mut out = Vec::new();
    // Each part's amount at every point (0 where it is missing), in one pass
    // over each point's parts.
    let mut support = vec![vec![Decimal::ZERO; points.len()]; SUPPORT.len()];
    let mut costs = vec![vec![Decimal::ZERO; points.len()]; COSTS.len()];
    for (i, p) in points.iter().enumerate() {
        for (k, v) in p.parts.iter() {
            if let Some(j) = SUPPORT.iter().position(|s| s == k) {
                support[j][i] = *v;
            } else if let Some(j) = COSTS.iter().position(|s| s == k) {
                costs[j][i] = *v;
            }
        }
    }
    for (k, col) in SUPPORT.iter().zip(&support) {
        let mut falling = false;
        for (i, w) in col.windows(2).enumerate() {
            let (a, b) = (w[0], w[1]);
            // One comparison per step (a decimal comparison costs a rescale).
            let fell = b < a;
            let hours_per_week = points[i + 1].hours_per_week;
            if fell && !falling {
                falling = true;
                if !b.is_zero() {
                    out.push(Cliff { kind: "starts-falling", part: k.to_string(), hours_per_week, change: b - a, rules: rules_of(k) });
                }
            }
            if b.is_zero() && !a.is_zero() && a.is_sign_positive() {
                out.push(Cliff { kind: "ends", part: k.to_string(), hours_per_week, change: b - a, rules: rules_of(k) });
            }
            if !fell {
                falling = false;
            }
        }
    }
    // Disposable income falling while the wage rises: name the part that fell
    // most — a support that stops, or a cost of working that starts.
    for (i, w) in points.windows(2).enumerate() {
        if w[1].disposable < w[0].disposable && w[1].gross_wage > w[0].gross_wage {
            // A cost that starts at this step (transport from the first hour) is
            // a cliff of its own; otherwise the support that fell most.
            let starting_cost = COSTS
                .iter()
                .zip(&costs)
                .map(|(k, col)| (k, col[i], col[i + 1]))
                .find(|(_, before, after)| before.is_zero() && *after < Decimal::ZERO)
                .map(|(k, _, after)| (k, after, "cost"));
            let worst = starting_cost.or_else(|| {
                SUPPORT
                    .iter()
                    .zip(&support)
                    .map(|(k, col)| (k, col[i + 1] - col[i]))
                    .min_by_key(|(_, d)| *d)
                    .filter(|(_, d)| *d < Decimal::ZERO)
                    .map(|(k, d)| (k, d, "drop"))
            });
            if let Some((k, d, kind)) = worst {
                out.push(Cliff { kind, part: k.to_string(), hours_per_week: w[1].hours_per_week, change: d, rules: rules_of(k) });
            }
        }
    }
    out.sort_by(|a, b| a.hours_per_week.cmp(&b.hours_per_week).then(a.part.cmp(&b.part)));
    out
}
