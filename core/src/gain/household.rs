//! One household on two sides: today (on benefit) and with the job offer.

use crate::paths;
use super::benefits::{self, Benefit, Paid, Work};
use super::boligsikring;
use super::ctx::{CannotCompute, Ctx, NotIncluded, RateUse};
use super::family;
use crate::fm;
use super::node::Node;
use super::scenario::{Job, Scenario};
use super::tax::{self, TaxPerson};
use crate::rules::{Confidence, RuleSet};
use rust_decimal::Decimal;
use serde::Serialize;
use std::cell::OnceCell;
use std::collections::BTreeMap;

/// One side of the comparison, all amounts in kroner per year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// Hours per week the first adult works on this side.
    pub hours_per_week: Decimal,
    /// Wages of the household before tax.
    pub gross_wage: Decimal,
    /// What the household has to live for: net income + tax-free support − costs.
    pub disposable: Decimal,
    /// Every amount by id (`kontanthjaelp`, `boligsikring`, `income_tax`, …), for cliffs.
    pub parts: BTreeMap<String, Decimal>,
    /// The explanation tree; its root amount is `disposable`.
    pub tree: Node,
}

/// Today vs the job offer, with everything used to get there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub date: chrono::NaiveDate,
    pub benefit: Option<Side>,
    pub work: Option<Side>,
    /// Disposable income gained per month by taking the job.
    pub gain_monthly: Option<Decimal>,
    /// Gain per extra hour worked (per month / extra hours per month).
    pub gain_per_hour: Option<Decimal>,
    /// Parts that could not be computed, and why. Non-empty means no totals.
    pub cannot_compute: Vec<CannotCompute>,
    /// Every rate used, with its confidence; lower than high means "check this".
    pub rates: Vec<RateUse>,
    /// Parts that may apply but are not in the totals (an amount the law's data
    /// does not confirm and the person did not give), each said in plain words.
    pub not_included: Vec<NotIncluded>,
}

impl Evaluation {
    /// Rates used below high confidence (the UI and CLI warn about them).
    pub fn uncertain_rates(&self) -> Vec<&RateUse> {
        self.rates.iter().filter(|r| r.confidence < Confidence::High).collect()
    }
    /// Rates an adviser has overridden.
    pub fn overridden(&self) -> Vec<&RateUse> {
        self.rates.iter().filter(|r| r.overridden).collect()
    }
    /// Rates used past their last published value (empty when all are
    /// published): the result must say it is an estimate.
    pub fn estimated(&self) -> Vec<crate::satser::Estimate> {
        super::ctx::estimates(&self.rates)
    }
}

fn twelve() -> Decimal {
    Decimal::from(12)
}

/// Compare today with the job offer.
/// A scenario that fails its checks (built by hand, not read from JSON) gives
/// no sides and a `cannot_compute` naming the field, never a panic.
pub fn evaluate(rules: &RuleSet, s: &Scenario) -> Evaluation {
    if let Err(e) = s.check() {
        return Evaluation {
            date: s.date,
            benefit: None,
            work: None,
            gain_monthly: None,
            gain_per_hour: None,
            cannot_compute: vec![s.invalid(&e)],
            rates: Vec::new(),
            not_included: Vec::new(),
        };
    }
    let c = Ctx::new(rules, s.date);
    let mut cannot = Vec::new();
    let current = s.adults[0].work.clone().unwrap_or(Job { hours_per_week: Decimal::ZERO, hourly_wage: Some(Decimal::ZERO), monthly_wage: None });
    // Both sides share the parts that do not depend on the first adult's work.
    let fixed = Fixed::default();
    let benefit = side_with(&c, &fixed, s, &current, false).map_err(|e| cannot.push(e)).ok();
    let work = side_with(&c, &fixed, s, &s.job, true).map_err(|e| cannot.push(e)).ok();
    cannot.dedup();
    let gain_monthly = match (&benefit, &work) {
        (Some(b), Some(w)) => Some((w.disposable - b.disposable) / twelve()),
        _ => None,
    };
    let extra_hours = s.job.hours_month() - current.hours_month();
    let gain_per_hour = gain_monthly.filter(|_| extra_hours > Decimal::ZERO).map(|g| g / extra_hours);
    Evaluation {
        date: s.date,
        benefit,
        work,
        gain_monthly,
        gain_per_hour,
        cannot_compute: cannot,
        not_included: c.missing(),
        rates: c.into_used(),
    }
}

/// One side: `first_job` is what the first adult works.
pub fn side(c: &Ctx, s: &Scenario, first_job: &Job, is_work_side: bool) -> Result<Side, CannotCompute> {
    side_with(c, &Fixed::default(), s, first_job, is_work_side)
}

fn side_with(c: &Ctx, fixed: &Fixed, s: &Scenario, first_job: &Job, is_work_side: bool) -> Result<Side, CannotCompute> {
    let f = figures(c, fixed, s, first_job, is_work_side)?;
    Ok(Side {
        hours_per_week: first_job.hours_per_week,
        gross_wage: f.gross_wage,
        disposable: f.disposable,
        parts: f.parts.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
        tree: f.tree,
    })
}

/// One side's figures, parts named by their static ids (no key is allocated
/// per part: the sweep computes a thousand of these).
pub(super) struct Figures {
    pub gross_wage: Decimal,
    pub disposable: Decimal,
    /// Amounts by part, each id once, in the order they were met.
    pub parts: Vec<(&'static str, Decimal)>,
    pub tree: Node,
}

/// The parts of one household's calculation that do not depend on the first
/// adult's work (the children counted, boligsikring's housing cost and limits,
/// børne- og ungeydelse before its reduction, børnetilskud, fripladstilskud's
/// limits). Each is computed where the calculation first needs it, with the
/// same lookups in the same order, and then kept: both sides of [`evaluate`]
/// and every point of a sweep share one. Only for one scenario and one
/// [`Ctx`].
#[derive(Default)]
pub(super) struct Fixed {
    kids: OnceCell<u32>,
    /// The municipality's tax rates and the state brackets.
    tax: OnceCell<tax::TaxFixed>,
    /// Each adult's kontanthjælp before earnings.
    kh: [OnceCell<benefits::KhFixed>; 2],
    bolig: OnceCell<boligsikring::Fixed>,
    ydelse: OnceCell<family::YdelseFixed>,
    tilskud: OnceCell<(Decimal, Node)>,
    friplads: OnceCell<family::FripladsFixed>,
}

/// The value kept in `cell`, or computed by `f` and kept (an error is not kept).
fn kept<T>(cell: &OnceCell<T>, f: impl FnOnce() -> Result<T, CannotCompute>) -> Result<&T, CannotCompute> {
    if let Some(v) = cell.get() {
        return Ok(v);
    }
    let v = f()?;
    Ok(cell.get_or_init(|| v))
}

/// The ids of the adults' subtrees (`person1`, `person2`), as literals: not
/// a `format!` per adult per side.
const PERSON_IDS: [&str; 2] = ["person1", "person2"];

/// The parts that are tax-free income (or costs), summed in this order into
/// disposable income after the net income.
const TAX_FREE: [&str; 7] = ["boligsikring", "boerneydelse", "boernetilskud", "fritidstillaeg", "friplads", "childcare", "transport"];

/// The computation behind [`side`].
pub(super) fn figures(c: &Ctx, fixed: &Fixed, s: &Scenario, first_job: &Job, is_work_side: bool) -> Result<Figures, CannotCompute> {
    let n = s.adults.len();
    // One or two adults (as `Scenario::check` requires): the per-adult figures
    // below are kept in arrays of two, not allocated per call.
    crate::input::check_range("adults", n, 1, 2, crate::input::Quantity::Count).map_err(|e| s.invalid(&e))?;
    let jobs: [Option<&Job>; 2] = [Some(first_job), s.adults.get(1).and_then(|a| a.work.as_ref())];
    // Wage, ATP and AM-bidrag per month, needed before the benefits that deduct earnings.
    let mut work = [Work::default(); 2];
    // Each adult's ATP on the wage per year, which the tax uses again.
    let mut atp_wage: [Option<(Decimal, Node)>; 2] = [None, None];
    for (i, job) in jobs[..n].iter().enumerate() {
        let (hours, wage) = job.map(Job::month).unwrap_or_default();
        let (atp_year, atp_node) = tax::atp_wage(c, wage * twelve(), Some(hours))?;
        atp_wage[i] = Some((atp_year, atp_node));
        let atp = atp_year / twelve();
        let am = c.pct("skat", paths::SKAT_AM_BIDRAG_SATS)? * (wage - atp).max(Decimal::ZERO);
        work[i] = Work { hours, wage, wage_after_am: (wage - atp - am).max(Decimal::ZERO) };
    }
    // The children the child rules count: those under the laws' age (rule data).
    let kids = if s.children.is_empty() {
        0
    } else {
        *kept(&fixed.kids, || Ok(s.children_under(c.get("husstand", paths::BARN_ALDERSGRAENSE)?)))?
    };
    // Benefits other than kontanthjælp first: the spouse's benefits count against kontanthjælp.
    let mut paid: [Option<Paid>; 2] = [None, None];
    for (i, a) in s.adults.iter().enumerate() {
        paid[i] = match &a.benefit {
            Benefit::None | Benefit::Kontanthjaelp { .. } => None,
            Benefit::Dagpenge { monthly_rate, previous_monthly_wage, beskaeftigelsestillaeg } => {
                Some(benefits::dagpenge(c, *monthly_rate, *previous_monthly_wage, *beskaeftigelsestillaeg, work[i].hours)?)
            }
            Benefit::Sygedagpenge { hourly_wage, normal_hours_per_week } => {
                let normal = *normal_hours_per_week * Decimal::from(52) / twelve();
                Some(benefits::sygedagpenge(c, *hourly_wage, normal, work[i].hours)?)
            }
            Benefit::Fleksjob => Some(benefits::fleksjob(c, work[i].wage, kids)?),
        };
    }
    // Kontanthjælp: a married spouse's earnings count with their own hourly
    // disregard and other benefits in full (LAS § 30, stk. 1: the applicant's and
    // the spouse's income). When both get kontanthjælp, the spouse's income first
    // reduces the spouse's own help; only the rest reduces this one. An unmarried
    // partner's income counts for nothing: the mutual duty of support between
    // cohabitants was abolished from 1 January 2016 (lov nr. 1522 af 27.12.2014).
    let who = |i: usize, aktivitetsparat: bool, months_on_benefit: Option<u32>, tilpasningstillaeg: Option<Decimal>| {
        benefits::KhPerson {
            adult: i,
            age: s.adults[i].age,
            children: kids,
            single: n == 1,
            aktivitetsparat,
            months_on_benefit,
            tilpasningstillaeg,
        }
    };
    // Adult i's kontanthjælp; the part before earnings is kept for the household.
    let kh = |i: usize, sats, amount, person, own, spouse| -> Result<Paid, CannotCompute> {
        match fixed.kh.get(i) {
            Some(cell) => {
                let f = kept(cell, || benefits::kontanthjaelp_fixed(c, sats, amount, person))?;
                benefits::kontanthjaelp_at(c, f, person, own, spouse)
            }
            None => benefits::kontanthjaelp(c, sats, amount, person, own, spouse),
        }
    };
    // Each spouse's help on their own income alone (needed only for a married couple).
    let mut own_only: [Option<Paid>; 2] = [None, None];
    if n == 2 && s.married {
        for (i, a) in s.adults.iter().enumerate() {
            if let Benefit::Kontanthjaelp { sats, monthly_amount, aktivitetsparat, months_on_benefit, tilpasningstillaeg } = &a.benefit {
                let person = who(i, *aktivitetsparat, *months_on_benefit, *tilpasningstillaeg);
                own_only[i] = Some(kh(i, *sats, *monthly_amount, person, work[i], None)?);
            }
        }
    }
    for (i, a) in s.adults.iter().enumerate() {
        if let Benefit::Kontanthjaelp { sats, monthly_amount, aktivitetsparat, months_on_benefit, tilpasningstillaeg } = &a.benefit {
            let spouse = (n == 2 && s.married).then(|| {
                let j = 1 - i;
                let other_benefit = paid[j].as_ref().map(|p| p.monthly).unwrap_or_default();
                match &own_only[j] {
                    // Income the spouse's own help did not absorb, as one amount.
                    Some(p) => {
                        let excess = (p.deduction - p.base).max(Decimal::ZERO);
                        Work { hours: Decimal::ZERO, wage: excess, wage_after_am: excess }
                    }
                    None => Work {
                        hours: work[j].hours,
                        wage: work[j].wage + other_benefit,
                        wage_after_am: work[j].wage_after_am + other_benefit,
                    },
                }
            });
            let person = who(i, *aktivitetsparat, *months_on_benefit, *tilpasningstillaeg);
            paid[i] = Some(kh(i, *sats, *monthly_amount, person, work[i], spouse)?);
        }
    }
    let single_parent = n == 1 && kids > 0;
    let people: [TaxPerson; 2] = std::array::from_fn(|i| match s.adults.get(i) {
        None => TaxPerson::default(),
        Some(a) => TaxPerson {
            wage: work[i].wage * twelve(),
            hours_month: Some(work[i].hours),
            benefits: paid[i].as_ref().map(|p| p.monthly * twelve()).unwrap_or_default(),
            benefit_atp: paid[i].as_ref().map(|p| p.atp_monthly * twelve()).unwrap_or_default(),
            single_parent,
            church: a.church,
            capital_income: a.capital_income,
            birth_year: a.birth_year,
            birth_month: a.birth_month,
            age: Some(a.age),
        },
    });
    let tax_rates = kept(&fixed.tax, || tax::tax_fixed(c, &s.municipality))?;
    let mut taxes = tax::tax_with(c, tax_rates, &people[..n], &mut atp_wage, s.married)?;
    // Capital income is counted in the tax only: kontanthjælp, boligsikring,
    // fripladstilskud and børne- og ungeydelse are computed without it (not
    // modelled), and the result says so.
    for (i, a) in s.adults.iter().enumerate() {
        if a.capital_income > Decimal::ZERO {
            c.not_included("capital_income", "skat.mellemskat.kapital_bundfradrag", i, "tax-only");
        }
    }

    // Amounts by part, summed in a short list and put in order at the end.
    let mut parts: Vec<(&'static str, Decimal)> = Vec::with_capacity(16);
    // `new`: the id is not in the list yet (the first adult's parts and the
    // household's are each added once), so it needs no search.
    let mut add_part = |id: &'static str, v: Decimal, new: bool| {
        debug_assert!(!new || parts.iter().all(|(k, _)| *k != id), "{id} twice");
        match if new { None } else { parts.iter_mut().find(|(k, _)| *k == id) } {
            Some((_, x)) => *x += v,
            // 0 + v: no negative zero in the output.
            None => parts.push((id, Decimal::ZERO + v)),
        }
    };
    // The tax-free parts of disposable income, in the order they are summed
    // (each is added once: kept here so the sum needs no search by id).
    let mut tax_free = [Decimal::ZERO; TAX_FREE.len()];
    let mut add_free = |i: usize, v: Decimal, add: &mut dyn FnMut(&'static str, Decimal, bool)| {
        add(TAX_FREE[i], v, true);
        tax_free[i] = Decimal::ZERO + v;
    };
    // The root's amount is set when it is known; children are kept only when explained.
    // Its parts: each adult, and at most six tax-free ones (friplads is under childcare).
    let mut root = c.node("disposable", Decimal::ZERO).reserve(n + 6);
    let mut household_income = Decimal::ZERO;
    let mut net_total = Decimal::ZERO;
    for (i, t) in taxes.iter_mut().enumerate() {
        let mut add = |id, v| add_part(id, v, i == 0);
        household_income += t.personal_income;
        net_total += t.net_income;
        add("wage", people[i].wage);
        add("atp", -t.atp - people[i].benefit_atp);
        add("am_bidrag", -t.am_bidrag);
        add("income_tax", -t.income_tax);
        if !t.capital_income.is_zero() {
            add("capital_income", t.capital_income);
        }
        if let Some(p) = &paid[i] {
            add(p.id, p.monthly * twelve());
        }
        // The person's net income, with the benefit's own tree under "benefit
        // before tax". The trees are moved, not copied: only the amounts of
        // `taxes` and `paid` are read below.
        if c.explains() {
            let mut person = std::mem::replace(&mut t.tree, c.node("net_income", Decimal::ZERO));
            person.id = match PERSON_IDS.get(i) {
                Some(id) => (*id).into(),
                None => format!("person{}", i + 1).into(),
            };
            if let Some(p) = &mut paid[i] {
                if let Some(b) = person.children.iter_mut().find(|n| n.id == "benefits_taxable") {
                    b.push(std::mem::replace(&mut p.node, c.node(p.id, Decimal::ZERO)));
                }
            }
            root.push(person);
        }
    }
    // Tax-free support that moves with income.
    if let Some(h) = &s.housing {
        // Everyone living there counts for the area; children under 18 for the child rules.
        let persons = (n + s.children.len()) as u32;
        let b = boligsikring::at(c, kept(&fixed.bolig, || boligsikring::fixed(c, h, persons, kids))?, household_income);
        add_free(0, b.annual, &mut add_part);
        root.push(b.tree);
    }
    if kids > 0 {
        let f = kept(&fixed.ydelse, || {
            let ages: Vec<u32> = s.children.iter().map(|c| c.age).collect();
            family::boerneydelse_fixed(c, &ages, taxes.len())
        })?;
        let (y, node) = match taxes.as_slice() {
            [a] => family::boerneydelse_at(c, f, &[a.personal_income]),
            [a, b] => family::boerneydelse_at(c, f, &[a.personal_income, b.personal_income]),
            more => family::boerneydelse_at(c, f, &more.iter().map(|t| t.personal_income).collect::<Vec<_>>()),
        };
        add_free(1, y, &mut add_part);
        root.push(node);
    }
    if single_parent {
        let (t, node) = kept(&fixed.tilskud, || family::boernetilskud(c, kids))?.clone();
        add_free(2, t, &mut add_part);
        root.push(node);
    }
    let kh_paid = paid.iter().flatten().any(|p| p.id == "kontanthjaelp" && p.monthly > Decimal::ZERO);
    if kh_paid && kids > 0 {
        let w = "fritidstillaeg";
        let per = if single_parent {
            c.get(w, paths::KONTANTHJAELP_FRITIDSTILLAEG_ENLIG_PR_BARN)?
        } else {
            c.get(w, paths::KONTANTHJAELP_FRITIDSTILLAEG_PR_BARN)?
        };
        // 0 before the supplement existed (1 July 2025).
        if !per.is_zero() {
        let count = Decimal::from(kids).min(c.get(w, paths::KONTANTHJAELP_FRITIDSTILLAEG_MAKS_BOERN)?);
        let f = per * count * twelve();
        add_free(3, f, &mut add_part);
        root.push(
            c.node("fritidstillaeg", f)
                .formula(|| fm!(id: "fritidstillaeg", "{} kr. × {} børn × 12", N(per), N(count)))
                .rules(&[
                    "kontanthjaelp.fritidstillaeg.pr_barn",
                    "kontanthjaelp.fritidstillaeg.enlig_pr_barn",
                    "kontanthjaelp.fritidstillaeg.maks_boern",
                ]),
        );
        }
    }
    let price = s.costs.childcare_monthly * twelve();
    if price > Decimal::ZERO {
        let f = kept(&fixed.friplads, || family::friplads_fixed(c, price, n == 1, kids))?;
        let (subsidy, node) = family::friplads_at(c, f, household_income)?;
        add_free(4, subsidy, &mut add_part);
        add_free(5, -price, &mut add_part);
        root.push(c.node("childcare", subsidy - price).child(c.node("childcare.price", -price)).child(node));
    }
    if is_work_side && first_job.hours_per_week > Decimal::ZERO && s.costs.transport_monthly > Decimal::ZERO {
        let t = s.costs.transport_monthly * twelve();
        add_free(6, -t, &mut add_part);
        root.push(c.node("transport", -t));
    }
    let disposable = net_total + tax_free.iter().sum::<Decimal>();
    let gross_wage = parts.iter().find(|(k, _)| *k == "wage").map(|(_, v)| *v).unwrap_or_default();
    Ok(Figures { gross_wage, disposable, parts, tree: Node { amount: disposable, ..root } })
}
