//! Income tax for one person or a married couple (personskatteloven, ligningsloven,
//! arbejdsmarkedsbidragsloven, ATP-loven). Annual amounts; rates from `skat.*`
//! and `kommune.<name>.*`.
//!
//! Order (SKAT's own worked examples): wage − employee ATP → AM-bidrag 8 % →
//! personlig indkomst; − beskæftigelses- and jobfradrag → skattepligtig indkomst.
//! Bundskat and the state brackets are on personlig indkomst, kommune- and
//! kirkeskat on skattepligtig indkomst; the personfradrag is given as a tax value
//! (each rate × personfradrag). Positive net capital income (an optional input)
//! is in the bundskat base (PSL § 6), the skattepligtig indkomst and, over its
//! bundfradrag, the base of the PSL § 7 bracket (2025 topskat, 2026 mellemskat)
//! with its own skatteloft (PSL § 19, stk. 2). Negative capital income is not
//! modelled. The senior deduction (LL § 9 J, stk. 5-6) needs the birth year
//! (and month) or the age; folkepensionsalder is a table by date of birth.

use crate::paths::{self, Key};
use super::ctx::{CannotCompute, Ctx};
use crate::fm;
use super::node::Node;
use chrono::{Datelike, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::cell::OnceCell;
use std::rc::Rc;

/// What one person earns and receives in a year.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TaxPerson {
    /// Wage before tax and ATP (AM-bidrag is due on it).
    pub wage: Decimal,
    /// Hours worked per month, for the ATP tier. `None`: full time.
    #[serde(default)]
    pub hours_month: Option<Decimal>,
    /// Taxable benefits (kontanthjælp, dagpenge, …): personlig indkomst, no AM-bidrag.
    #[serde(default)]
    pub benefits: Decimal,
    /// The recipient's own ATP on those benefits (deducted from them).
    #[serde(default)]
    pub benefit_atp: Decimal,
    /// Gets ekstra børnetilskud, so the extra beskæftigelsesfradrag applies.
    #[serde(default)]
    pub single_parent: bool,
    /// Member of the folkekirke.
    #[serde(default)]
    pub church: bool,
    /// Positive net capital income per year (interest and the like). Negative
    /// net capital income is not modelled.
    #[serde(default)]
    pub capital_income: Decimal,
    /// Year of birth (the senior deduction, LL § 9 J, stk. 5).
    #[serde(default)]
    pub birth_year: Option<i32>,
    /// Month of birth, 1-12 (needed only where the folkepensionsalder or its
    /// year depends on it).
    #[serde(default)]
    pub birth_month: Option<u32>,
    /// Age on the date, when the birth year is not given: narrows the birth
    /// date to one year back from the date.
    #[serde(default)]
    pub age: Option<u32>,
}

/// One person's tax, each line in kroner per year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonTax {
    pub atp: Decimal,
    pub am_bidrag: Decimal,
    pub personal_income: Decimal,
    pub beskaeftigelsesfradrag: Decimal,
    pub ekstra_beskaeftigelsesfradrag: Decimal,
    /// Extra beskæftigelsesfradrag for seniors (LL § 9 J, stk. 5-6).
    pub senior_beskaeftigelsesfradrag: Decimal,
    pub jobfradrag: Decimal,
    /// Positive net capital income (in the taxable income and the bundskat base).
    pub capital_income: Decimal,
    pub taxable_income: Decimal,
    pub bundskat: Decimal,
    pub mellemskat: Decimal,
    pub topskat: Decimal,
    pub toptopskat: Decimal,
    pub kommuneskat: Decimal,
    pub kirkeskat: Decimal,
    /// Income tax (without AM-bidrag).
    pub income_tax: Decimal,
    /// Tax value of personfradrag moved from one tax to the others, or from the
    /// spouse (PSL § 10): already taken off `income_tax`, not off the lines above.
    pub personfradrag_rest: Decimal,
    /// Tax value of personfradrag this person could not use at all (passes to a
    /// married spouse).
    #[serde(skip)]
    pub unused_personfradrag: Decimal,
    /// Wage + benefits + capital income − ATP − AM-bidrag − income tax.
    pub net_income: Decimal,
    /// The same figures as an explanation tree (negative = paid).
    pub tree: Node,
}

const W: &str = "skat";

fn zero_floor(x: Decimal) -> Decimal {
    x.max(Decimal::ZERO)
}

/// Employee ATP per year for a monthly-paid wage earner, by hours per month.
pub fn atp_wage(c: &Ctx, wage: Decimal, hours_month: Option<Decimal>) -> Result<(Decimal, Node), CannotCompute> {
    if wage <= Decimal::ZERO {
        return Ok((Decimal::ZERO, c.node("atp", Decimal::ZERO)));
    }
    let full = c.get(W, paths::SKAT_ATP_TIMER_FULD)?;
    let h = hours_month.unwrap_or(full);
    let tiers = [
        (paths::SKAT_ATP_TIMER_FULD, paths::SKAT_ATP_LOENMODTAGER_FULD),
        (paths::SKAT_ATP_TIMER_TO_TREDJEDELE, paths::SKAT_ATP_LOENMODTAGER_TO_TREDJEDELE),
        (paths::SKAT_ATP_TIMER_EN_TREDJEDEL, paths::SKAT_ATP_LOENMODTAGER_EN_TREDJEDEL),
    ];
    for (limit, amount) in tiers {
        if h >= c.get(W, limit)? {
            let m = c.get(W, amount)?;
            let y = m * Decimal::from(12);
            let node = c.node("atp", -y).formula(|| fm!(id: "atp", "{} kr. × 12 ({} timer/md.)", N(m), N(h))).rules(&[limit.name(), amount.name()]);
            return Ok((y, node));
        }
    }
    let node = c.node("atp", Decimal::ZERO)
        .formula(|| fm!(id: "atp-none", "{} timer/md. er under grænsen", N(h)))
        .rules(&["skat.atp.timer.en_tredjedel"]);
    Ok((Decimal::ZERO, node))
}

/// The employer's ATP share per year, by the same hour tiers (only for the
/// beskæftigelses- and jobfradrag base, LL § 9 J, stk. 1).
fn employer_atp(c: &Ctx, wage: Decimal, hours_month: Option<Decimal>) -> Result<Decimal, CannotCompute> {
    if wage <= Decimal::ZERO {
        return Ok(Decimal::ZERO);
    }
    let h = match hours_month {
        Some(h) => h,
        None => c.get(W, paths::SKAT_ATP_TIMER_FULD)?,
    };
    for (limit, amount) in [
        (paths::SKAT_ATP_TIMER_FULD, paths::SKAT_ATP_ARBEJDSGIVER_FULD),
        (paths::SKAT_ATP_TIMER_TO_TREDJEDELE, paths::SKAT_ATP_ARBEJDSGIVER_TO_TREDJEDELE),
        (paths::SKAT_ATP_TIMER_EN_TREDJEDEL, paths::SKAT_ATP_ARBEJDSGIVER_EN_TREDJEDEL),
    ] {
        if h >= c.get(W, limit)? {
            return Ok(c.get(W, amount)? * Decimal::from(12));
        }
    }
    Ok(Decimal::ZERO)
}

/// Income before the personfradrag: what each person's bases are.
struct Bases {
    atp: Decimal,
    atp_node: Node,
    am: Decimal,
    personal: Decimal,
    besk: Decimal,
    ekstra: Decimal,
    senior: Decimal,
    job: Decimal,
    capital: Decimal,
    taxable: Decimal,
}

/// Whether the senior deduction applies in the calculation's income year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Senior {
    Applies,
    DoesNotApply,
    /// The birth date given does not settle it (the year or month is missing).
    Unknown,
}

/// The state brackets on personlig indkomst in order (PSL §§ 6 a, 7, 7 a):
/// name, rate, limit and skatteloft paths.
const BRACKETS: [(&str, paths::Path, paths::Path, paths::Path); 3] = [
    ("mellemskat", paths::SKAT_MELLEMSKAT_SATS, paths::SKAT_MELLEMSKAT_GRAENSE, paths::SKAT_SKATTELOFT_MELLEMSKAT),
    ("topskat", paths::SKAT_TOPSKAT_SATS, paths::SKAT_TOPSKAT_GRAENSE, paths::SKAT_SKATTELOFT_TOPSKAT),
    ("toptopskat", paths::SKAT_TOPTOPSKAT_SATS, paths::SKAT_TOPTOPSKAT_GRAENSE, paths::SKAT_SKATTELOFT_TOPTOPSKAT),
];

const FOLKEPENSION: paths::Path = paths::FOLKEPENSION_ALDER;
const SENIOR_SATS: paths::Path = paths::SKAT_BESKAEFTIGELSESFRADRAG_SENIOR_SATS;
const SENIOR_MAKS: paths::Path = paths::SKAT_BESKAEFTIGELSESFRADRAG_SENIOR_MAKS;
const SENIOR_AAR: paths::Path = paths::SKAT_BESKAEFTIGELSESFRADRAG_SENIOR_AAR_FOER;

/// LL § 9 J, stk. 5: the extra deduction applies in each of the last
/// `senior.aar_foer` income years before the year the person reaches the
/// folkepensionsalder (lov om social pension § 1 a, by date of birth; the age
/// is reached on the birthday, so that year is the birth month + the age).
/// Every birth month the input leaves open is tried; they must agree.
fn senior(c: &Ctx, p: &TaxPerson) -> Result<Senior, CannotCompute> {
    let key = (p.birth_year, p.birth_month, p.age);
    if let Some((_, s)) = c.seniors.borrow().iter().find(|(k, _)| *k == key) {
        return Ok(*s);
    }
    let s = senior_uncached(c, p)?;
    c.seniors.borrow_mut().push((key, s));
    Ok(s)
}

/// What decides [`senior`]: birth year, birth month and age.
pub(super) type SeniorKey = (Option<i32>, Option<u32>, Option<u32>);

fn senior_uncached(c: &Ctx, p: &TaxPerson) -> Result<Senior, CannotCompute> {
    let year = c.date.year();
    let candidates: Vec<(i32, u32)> = match (p.birth_year, p.birth_month, p.age) {
        (Some(y), Some(m), _) => vec![(y, m)],
        (Some(y), None, _) => (1..=12).map(|m| (y, m)).collect(),
        // Age a on the date: born in the year a years back up to the date's month, or a year earlier from it.
        (None, m, Some(a)) => {
            // A hand-built person with an absurd age: nobody to look up.
            let Ok(late) = i32::try_from(i64::from(year) - i64::from(a)) else { return Ok(Senior::DoesNotApply) };
            let early = late.saturating_sub(1);
            let now = c.date.month();
            (1..=now).map(|m| (late, m)).chain((now..=12).map(|m| (early, m))).filter(|(_, x)| m.is_none_or(|m| m == *x)).collect()
        }
        (None, _, None) => return Ok(Senior::Unknown),
    };
    let before = c.get(W, SENIOR_AAR)?.trunc().to_i64().unwrap_or(0);
    let t = i64::from(year);
    // Whoever is clearly too young or too old for any folkepensionsalder in the
    // table is decided without looking up a band (no band shows as "used").
    let ages: Vec<Decimal> = c
        .rules
        .satser
        .get(FOLKEPENSION.name())
        .map(|s| s.values.iter().filter(|v| v.status == crate::rules::Status::Adopted).map(|v| v.v).collect())
        .unwrap_or_default();
    if let (Some(lo), Some(hi)) = (ages.iter().min(), ages.iter().max()) {
        let (lo, hi) = (lo.floor().to_i64().unwrap_or(0), hi.ceil().to_i64().unwrap_or(0));
        let far = |y: i64| y + lo > t + before || y + hi < t;
        if candidates.iter().all(|(y, _)| far(i64::from(*y))) {
            return Ok(Senior::DoesNotApply);
        }
    }
    let mut seen = None;
    for (y, m) in candidates {
        let Some(born) = NaiveDate::from_ymd_opt(y, m, 1) else { continue };
        let age = c.get_on(W, FOLKEPENSION, born)?;
        // Months from year 0 to the birthday on which the age is reached (halves: + 6 months).
        let months = i64::from(y) * 12 + i64::from(m - 1) + (age * Decimal::from(12)).round().to_i64().unwrap_or(0);
        let reached = months.div_euclid(12);
        let applies = reached - before <= t && t < reached;
        match seen {
            None => seen = Some(applies),
            Some(a) if a != applies => return Ok(Senior::Unknown),
            _ => {}
        }
    }
    Ok(match seen {
        Some(true) => Senior::Applies,
        Some(false) => Senior::DoesNotApply,
        None => Senior::Unknown,
    })
}

/// `atp`: the person's [`atp_wage`] if the caller has it (moved into the
/// bases, and from there into the tree: the explanation is not copied).
fn bases(c: &Ctx, p: &TaxPerson, adult: usize, atp: Option<(Decimal, Node)>) -> Result<Bases, CannotCompute> {
    let (atp, atp_node) = match atp {
        Some(a) => a,
        None => atp_wage(c, p.wage, p.hours_month)?,
    };
    let am_grundlag = zero_floor(p.wage - atp);
    let am = c.pct(W, paths::SKAT_AM_BIDRAG_SATS)? * am_grundlag;
    let personal = am_grundlag - am + p.benefits - p.benefit_atp;
    // Beskæftigelses- and jobfradrag are computed on the AM-bidrag base (LL § 9 J, § 9 K).
    // The base is the AM-bidrag base plus all ATP the employer reports (both shares).
    let fradrag_base = am_grundlag + atp + employer_atp(c, p.wage, p.hours_month)?;
    let (besk, ekstra, senior_fradrag, job) = if am_grundlag > Decimal::ZERO {
        let besk = (c.pct(W, paths::SKAT_BESKAEFTIGELSESFRADRAG_SATS)? * fradrag_base)
            .min(c.get(W, paths::SKAT_BESKAEFTIGELSESFRADRAG_MAKS)?);
        let ekstra = if p.single_parent {
            (c.pct(W, paths::SKAT_BESKAEFTIGELSESFRADRAG_ENLIG_FORSOERGER_SATS)? * fradrag_base)
                .min(c.get(W, paths::SKAT_BESKAEFTIGELSESFRADRAG_ENLIG_FORSOERGER_MAKS)?)
        } else {
            Decimal::ZERO
        };
        // The senior deduction exists from 2026 (before: no value, so it does not apply).
        let senior_fradrag = if c.has(SENIOR_AAR) {
            match senior(c, p)? {
                Senior::Applies => (c.pct(W, SENIOR_SATS)? * fradrag_base).min(c.get(W, SENIOR_MAKS)?),
                Senior::DoesNotApply => Decimal::ZERO,
                Senior::Unknown => {
                    c.not_included("senior_beskaeftigelsesfradrag", FOLKEPENSION.name(), adult, "needs-birth-date");
                    Decimal::ZERO
                }
            }
        } else {
            Decimal::ZERO
        };
        let job = (c.pct(W, paths::SKAT_JOBFRADRAG_SATS)? * zero_floor(fradrag_base - c.get(W, paths::SKAT_JOBFRADRAG_GRAENSE)?))
            .min(c.get(W, paths::SKAT_JOBFRADRAG_MAKS)?);
        (besk, ekstra, senior_fradrag, job)
    } else {
        (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, Decimal::ZERO)
    };
    let capital = zero_floor(p.capital_income);
    let taxable = personal + capital - besk - ekstra - senior_fradrag - job;
    Ok(Bases { atp, atp_node, am, personal, besk, ekstra, senior: senior_fradrag, job, capital, taxable })
}

/// The part of the PSL § 7 bracket that falls on positive net capital income
/// over its bundfradrag (2025: the old topskat; 2026: mellemskat), for one person.
#[derive(Debug, Clone, Default)]
struct CapitalPart {
    bracket: &'static str,
    amount: Decimal,
    node: Option<Node>,
}

/// PSL § 7, stk. 1, 4-5, 7-12 and § 19, stk. 2: positive net capital income
/// over the bundfradrag joins the personal income in the bracket's base; the
/// difference it makes is taxed at the bracket's rate cut so that kommuneskat +
/// bundskat + that rate do not exceed the capital-income ceiling. A married
/// couple: the joint capital income over twice the bundfradrag is added to the
/// spouse with the higher personal income, and the tax is shared by each
/// spouse's capital income.
fn capital_parts(c: &Ctx, all: &[Bases], married: bool, kom: Decimal) -> Result<Vec<CapitalPart>, CannotCompute> {
    let mut out = vec![CapitalPart::default(); all.len()];
    if all.iter().all(|b| b.capital.is_zero()) {
        return Ok(out);
    }
    let Some((bracket, bf_path, rate_path, limit_path)) = [
        ("topskat", paths::SKAT_TOPSKAT_KAPITAL_BUNDFRADRAG, paths::SKAT_TOPSKAT_SATS, paths::SKAT_TOPSKAT_GRAENSE),
        ("mellemskat", paths::SKAT_MELLEMSKAT_KAPITAL_BUNDFRADRAG, paths::SKAT_MELLEMSKAT_SATS, paths::SKAT_MELLEMSKAT_GRAENSE),
    ]
    .into_iter()
    .find(|(_, bf, rate, _)| c.has(*bf) && c.has(*rate)) else {
        return Ok(out);
    };
    const LOFT: paths::Path = paths::SKAT_SKATTELOFT_KAPITALINDKOMST;
    let bf = c.get(W, bf_path)?;
    let rate = c.pct(W, rate_path)?;
    let limit = c.get(W, limit_path)?;
    let bund = c.pct(W, paths::SKAT_BUNDSKAT_SATS)?;
    let loft = c.pct(W, LOFT)?;
    let eff = zero_floor(rate - zero_floor(kom + bund + rate - loft));
    let id: &'static str = if bracket == "topskat" { "topskat.kapitalindkomst" } else { "mellemskat.kapitalindkomst" };
    let part = |personal: Decimal, excess: Decimal| eff * (zero_floor(personal + excess - limit) - zero_floor(personal - limit));
    let rules = |n: Node| n.rule(rate_path).rule(limit_path).rule(bf_path).rules(&[LOFT.name(), "skat.bundskat.sats"]);
    if married && all.len() == 2 {
        let total = all[0].capital + all[1].capital;
        let excess = zero_floor(total - bf * Decimal::TWO);
        let h = if all[1].personal > all[0].personal { 1 } else { 0 };
        let tax = part(all[h].personal, excess);
        for (i, b) in all.iter().enumerate() {
            let share = if total.is_zero() { Decimal::ZERO } else { b.capital / total };
            let amount = tax * share;
            let node = c.node(id, -amount).formula(|| fm!(
                "{} × (max(0; {} + {} − {}) − max(0; {} − {})) × {} / {}",
                P(eff),
                N(all[h].personal),
                N(excess),
                N(limit),
                N(all[h].personal),
                N(limit),
                N(b.capital),
                N(total)
            ));
            out[i] = CapitalPart { bracket, amount, node: Some(rules(node)) };
        }
    } else {
        for (i, b) in all.iter().enumerate() {
            if b.capital.is_zero() {
                continue;
            }
            let excess = zero_floor(b.capital - bf);
            let amount = part(b.personal, excess);
            let node = c.node(id, -amount).formula(|| fm!(
                "{} × (max(0; {} + {} − {}) − max(0; {} − {}))",
                P(eff),
                N(b.personal),
                N(excess),
                N(limit),
                N(b.personal),
                N(limit)
            ));
            out[i] = CapitalPart { bracket, amount, node: Some(rules(node)) };
        }
    }
    Ok(out)
}

/// Tax for one person, or for a married couple (unused personfradrag passes to
/// the spouse, PSL § 10, stk. 2). `municipality` is the name in `kommuner.toml`.
pub fn tax(c: &Ctx, municipality: &str, people: &[TaxPerson], married: bool) -> Result<Vec<PersonTax>, CannotCompute> {
    tax_with(c, &tax_fixed(c, municipality)?, people, &mut [], married)
}

/// The tax rates that depend only on the municipality and the date (a sweep
/// looks them up once): kommune- and kirkeskat, the personfradrag, and the
/// state brackets with their skatteloft cuts, once the first person's tax has
/// needed them (in the order the whole calculation looks them up).
pub(super) struct TaxFixed {
    kom_path: Rc<str>,
    kirke_path: Rc<str>,
    kom: Decimal,
    kirke: Decimal,
    pf: Decimal,
    brackets: OnceCell<Brackets>,
}

/// Bundskat's rate and each state bracket that has a rate on the date: its
/// rate, limit and the rate after the skatteloft (PSL § 19).
#[derive(Debug, Clone, Copy)]
struct Brackets {
    bund_rate: Decimal,
    list: [Option<Bracket>; 3],
}

#[derive(Debug, Clone, Copy)]
struct Bracket {
    rate: Decimal,
    limit: Decimal,
    effective: Decimal,
}

pub(super) fn tax_fixed(c: &Ctx, municipality: &str) -> Result<TaxFixed, CannotCompute> {
    let (kom_path, kirke_path) = c.kommune_paths(municipality);
    // A municipality's rates are named at run time (the person's choice).
    let kom = c.pct(W, Key::Named(&kom_path))?;
    let kirke = c.pct(W, Key::Named(&kirke_path))?;
    let pf = c.get(W, paths::SKAT_PERSONFRADRAG)?;
    Ok(TaxFixed { kom_path, kirke_path, kom, kirke, pf, brackets: OnceCell::new() })
}

/// Bundskat's rate and the state brackets: the brackets' rates are cut so that
/// kommuneskat + bundskat + the brackets so far do not exceed each ceiling.
fn brackets(c: &Ctx, kom: Decimal) -> Result<Brackets, CannotCompute> {
    let bund_rate = c.pct(W, paths::SKAT_BUNDSKAT_SATS)?;
    let mut floor_rate = kom + bund_rate;
    let mut list = [None; 3];
    for (slot, (_, rate_path, limit_path, loft_path)) in list.iter_mut().zip(BRACKETS) {
        if !c.has(rate_path) {
            continue;
        }
        let rate = c.pct(W, rate_path)?;
        let limit = c.get(W, limit_path)?;
        let effective = if c.has(loft_path) {
            let loft = c.pct(W, loft_path)?;
            zero_floor(rate - zero_floor(floor_rate + rate - loft))
        } else {
            rate
        };
        floor_rate += effective;
        *slot = Some(Bracket { rate, limit, effective });
    }
    Ok(Brackets { bund_rate, list })
}

/// [`tax`] with the municipality's rates already looked up, and each person's
/// [`atp_wage`] when the caller has computed it already (the same call; taken
/// from `atp`, not copied).
pub(super) fn tax_with(
    c: &Ctx,
    f: &TaxFixed,
    people: &[TaxPerson],
    atp: &mut [Option<(Decimal, Node)>],
    married: bool,
) -> Result<Vec<PersonTax>, CannotCompute> {
    let TaxFixed { kom, kirke, pf, .. } = *f;
    let all: Vec<Bases> = people
        .iter()
        .enumerate()
        .map(|(i, p)| bases(c, p, i, atp.get_mut(i).and_then(Option::take)))
        .collect::<Result<_, _>>()?;
    let caps = capital_parts(c, &all, married, kom)?;
    let mut out = Vec::with_capacity(people.len());
    for ((p, b), cap) in people.iter().zip(all).zip(&caps) {
        let br = match f.brackets.get() {
            Some(br) => *br,
            None => {
                let br = brackets(c, kom)?;
                *f.brackets.get_or_init(|| br)
            }
        };
        out.push(person_tax(c, p, b, cap, &br, pf, kom, kirke, &f.kom_path, &f.kirke_path)?);
    }
    // A married couple: the tax value of personfradrag one spouse cannot use
    // reduces the other's income tax (PSL § 10, stk. 2).
    if married && out.len() == 2 {
        let unused = [out[0].unused_personfradrag, out[1].unused_personfradrag];
        for (i, t) in out.iter_mut().enumerate() {
            let used = unused[1 - i].min(t.income_tax);
            if used > Decimal::ZERO {
                t.income_tax -= used;
                t.net_income += used;
                t.personfradrag_rest += used;
                t.tree.amount += used;
                if let Some(tax_node) = t.tree.children.iter_mut().find(|n| n.id == "income_tax") {
                    tax_node.amount += used;
                    tax_node.push(
                        c.node("personfradrag_aegtefaelle", used).rules(&["skat.personfradrag"]),
                    );
                }
            }
        }
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn person_tax(
    c: &Ctx,
    p: &TaxPerson,
    b: Bases,
    cap: &CapitalPart,
    br: &Brackets,
    pf: Decimal,
    kom: Decimal,
    kirke: Decimal,
    kom_path: &str,
    kirke_path: &str,
) -> Result<PersonTax, CannotCompute> {
    let (pf_bund, pf_kom) = (pf, pf);
    let bund_rate = br.bund_rate;
    // PSL § 6: personlig indkomst + positiv nettokapitalindkomst.
    let bund_base = b.personal + b.capital;
    let bund = bund_rate * zero_floor(bund_base - pf_bund);
    // State brackets on personlig indkomst, each cut by the skatteloft (PSL § 19):
    // kommuneskat + bundskat + the brackets so far may not exceed the ceiling.
    let none = |name| (name, Decimal::ZERO, None);
    let mut brackets: [(&str, Decimal, Option<Node>); 3] = [none("mellemskat"), none("topskat"), none("toptopskat")];
    for ((slot, (name, rate_path, limit_path, loft_path)), bracket) in brackets.iter_mut().zip(BRACKETS).zip(&br.list) {
        let Some(Bracket { rate, limit, effective }) = *bracket else {
            continue;
        };
        let base = zero_floor(b.personal - limit);
        let line = effective * base;
        let amount = line + if cap.bracket == name { cap.amount } else { Decimal::ZERO };
        if !c.explains() {
            *slot = (name, amount, None);
            continue;
        }
        let mut node = c.node(name, -line)
            .formula(|| fm!("{} × ({} − {})", P(effective), N(b.personal), N(limit)))
            .rules(&[rate_path.name(), limit_path.name()]);
        if effective != rate {
            node = node.rule(loft_path);
        }
        *slot = (name, amount, Some(node));
    }
    let kommuneskat = kom * zero_floor(b.taxable - pf_kom);
    let kirkeskat = if p.church { kirke * zero_floor(b.taxable - pf_kom) } else { Decimal::ZERO };
    let [mellem, top, toptop] = [brackets[0].1, brackets[1].1, brackets[2].1];
    // The tax value of personfradrag a tax could not use (its base is below the
    // personfradrag) reduces the person's other income taxes (PSL §§ 9–10).
    let unused = bund_rate * zero_floor(pf - zero_floor(bund_base))
        + (kom + if p.church { kirke } else { Decimal::ZERO }) * zero_floor(pf - zero_floor(b.taxable));
    let lines = bund + mellem + top + toptop + kommuneskat + kirkeskat;
    let rest = unused.min(lines);
    let income_tax = lines - rest;
    let net = p.wage + p.benefits + b.capital - b.atp - p.benefit_atp - b.am - income_tax;
    // The explanation, built only when asked for (not in the sweep).
    let tree = if !c.explains() {
        c.node("net_income", net)
    } else {
        let am_rate = c.pct(W, paths::SKAT_AM_BIDRAG_SATS)?;
        // At most 7 parts here, 7 under the taxable income and 9 under the tax.
        let mut tree = c.node("net_income", net)
            .reserve(7)
            .child(c.node("wage", p.wage))
            .child(c.node("benefits_taxable", p.benefits))
            .child(b.atp_node)
            .child(c.node("benefit_atp", -p.benefit_atp).rules(&["skat.atp.overfoersel.modtager"]))
            .child(
                c.node("am_bidrag", -b.am)
                    .formula(|| fm!("{} × ({} − {})", P(am_rate), N(p.wage), N(b.atp)))
                    .rules(&["skat.am_bidrag.sats"]),
            );
        if !b.capital.is_zero() {
            tree = tree.child(c.node("capital_income", b.capital));
        }
        let taxable_node = c.node("taxable_income", b.taxable)
            .reserve(7)
            .info()
            .formula(|| fm!(
                "{} + {} − {} − {} − {} − {}",
                N(b.personal),
                N(b.capital),
                N(b.besk),
                N(b.ekstra),
                N(b.senior),
                N(b.job)
            ))
            .child(c.node("personal_income", b.personal))
            .child(c.node("capital_income", b.capital))
            .child(c.node("beskaeftigelsesfradrag", -b.besk).rules(&[
                "skat.beskaeftigelsesfradrag.sats",
                "skat.beskaeftigelsesfradrag.maks",
            ]))
            .child(c.node("ekstra_beskaeftigelsesfradrag", -b.ekstra).rules(&[
                "skat.beskaeftigelsesfradrag.enlig_forsoerger.sats",
                "skat.beskaeftigelsesfradrag.enlig_forsoerger.maks",
            ]))
            .child(c.node("senior_beskaeftigelsesfradrag", -b.senior).rules(&[
                SENIOR_SATS.name(),
                SENIOR_MAKS.name(),
                SENIOR_AAR.name(),
                FOLKEPENSION.name(),
            ]))
            .child(c.node("jobfradrag", -b.job).rules(&["skat.jobfradrag.sats", "skat.jobfradrag.graense", "skat.jobfradrag.maks"]));
        let mut tax_node = c.node("income_tax", -income_tax)
            .reserve(9)
            .child(
                c.node("bundskat", -bund)
                    .formula(|| fm!("{} × ({} − {})", P(bund_rate), N(bund_base), N(pf_bund)))
                    .rules(&["skat.bundskat.sats", "skat.personfradrag"]),
            );
        for (name, _, node) in brackets {
            if let Some(n) = node {
                tax_node = tax_node.child(n);
            }
            if cap.bracket == name {
                if let Some(n) = &cap.node {
                    tax_node = tax_node.child(n.clone());
                }
            }
        }
        tax_node = tax_node
            .child(
                c.node("kommuneskat", -kommuneskat)
                    .formula(|| fm!("{} × ({} − {})", P(kom), N(b.taxable), N(pf_kom)))
                    .rules(&["skat.personfradrag"])
                    .rule(kom_path.to_string()),
            )
            .child(taxable_node);
        if p.church {
            tax_node = tax_node.child(
                c.node("kirkeskat", -kirkeskat)
                    .formula(|| fm!("{} × ({} − {})", P(kirke), N(b.taxable), N(pf_kom)))
                    .rule(kirke_path.to_string()),
            );
        }
        if rest > Decimal::ZERO {
            tax_node = tax_node.child(c.node("personfradrag_rest", rest).rules(&["skat.personfradrag"]));
        }
        tree = tree.child(tax_node);
        tree
    };
    Ok(PersonTax {
        atp: b.atp,
        am_bidrag: b.am,
        personal_income: b.personal,
        beskaeftigelsesfradrag: b.besk,
        ekstra_beskaeftigelsesfradrag: b.ekstra,
        senior_beskaeftigelsesfradrag: b.senior,
        jobfradrag: b.job,
        capital_income: b.capital,
        taxable_income: b.taxable,
        bundskat: bund,
        mellemskat: mellem,
        topskat: top,
        toptopskat: toptop,
        kommuneskat,
        kirkeskat,
        income_tax,
        net_income: net,
        personfradrag_rest: rest,
        unused_personfradrag: unused - rest,
        tree,
    })
}
