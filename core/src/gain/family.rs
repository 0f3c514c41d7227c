//! Family support that moves with income: børne- og ungeydelse (with its income
//! reduction), børnetilskud for single parents, and økonomisk fripladstilskud.

use crate::paths;
use super::ctx::{CannotCompute, Ctx};
use crate::fm;
use super::node::Node;
use rust_decimal::Decimal;
use std::cell::Cell;

const Y: &str = "boerneydelse";

/// Børne- og ungeydelse per year for the children, less the reduction on each
/// recipient's own personlig indkomst above the limit (lov om en børne- og
/// ungeydelse § 1 a). With two adults, each receives half.
pub fn boerneydelse(c: &Ctx, ages: &[u32], recipients_income: &[Decimal]) -> Result<(Decimal, Node), CannotCompute> {
    Ok(boerneydelse_at(c, &boerneydelse_fixed(c, ages, recipients_income.len())?, recipients_income))
}

/// Børne- og ungeydelse before the income reduction, and the reduction's
/// rates: what does not depend on the recipients' income (a sweep computes it
/// once). The rates are looked up in the same order as the whole calculation.
#[derive(Debug, Clone)]
pub(super) struct YdelseFixed {
    total: Decimal,
    kids: Vec<Node>,
    limit: Decimal,
    rate: Decimal,
    /// `total / n`: the most one of the `n` recipients' reductions takes.
    per_recipient: Decimal,
}

pub(super) fn boerneydelse_fixed(c: &Ctx, ages: &[u32], recipients: usize) -> Result<YdelseFixed, CannotCompute> {
    let zero = Decimal::ZERO;
    let none = YdelseFixed { total: zero, kids: Vec::new(), limit: zero, rate: zero, per_recipient: zero };
    let mut total = Decimal::ZERO;
    let mut kids = Vec::new();
    if ages.is_empty() {
        return Ok(none);
    }
    // The age bands are the law's own (børne- og ungeydelsesloven § 1, stk. 1-2),
    // read from the rule data: the age where each band starts, and where none is paid.
    let end = c.get(Y, paths::BOERNEYDELSE_ALDER_OPHOER)?;
    let bands = [
        (paths::BOERNEYDELSE_ALDER_15_17, paths::BOERNEYDELSE_15_17),
        (paths::BOERNEYDELSE_ALDER_7_14, paths::BOERNEYDELSE_7_14),
        (paths::BOERNEYDELSE_ALDER_3_6, paths::BOERNEYDELSE_3_6),
    ];
    let mut starts = Vec::with_capacity(bands.len());
    for (from, amount) in bands {
        starts.push((c.get(Y, from)?, (from, amount)));
    }
    for &age in ages {
        let years = Decimal::from(age);
        if years >= end {
            continue;
        }
        let (path, band) = starts
            .iter()
            .find(|(from, _)| years >= *from)
            .map_or((paths::BOERNEYDELSE_0_2, paths::BOERNEYDELSE_ALDER_3_6), |(_, (from, p))| (*p, *from));
        let per_year = c.per_year(Y, path)?;
        total += per_year;
        if c.explains() {
            kids.push(c.node("boerneydelse.barn", per_year).formula(|| fm!(id: "child-age", "{} år", N(Decimal::from(age)))).rules(&[path.name(), band.name()]));
        }
    }
    if total.is_zero() {
        return Ok(none);
    }
    let n = Decimal::from(recipients.max(1) as u32);
    let limit = c.get(Y, paths::BOERNEYDELSE_AFTRAPNING_GRAENSE)?;
    let rate = c.pct(Y, paths::BOERNEYDELSE_AFTRAPNING_SATS)?;
    Ok(YdelseFixed { total, kids, limit, rate, per_recipient: total / n })
}

/// Børne- og ungeydelse after the reduction on each recipient's income.
pub(super) fn boerneydelse_at(c: &Ctx, f: &YdelseFixed, recipients_income: &[Decimal]) -> (Decimal, Node) {
    if f.total.is_zero() {
        return (Decimal::ZERO, c.node("boerneydelse", Decimal::ZERO));
    }
    let YdelseFixed { total, limit, rate, per_recipient, .. } = *f;
    let mut reduction = Decimal::ZERO;
    for income in recipients_income {
        reduction += (rate * (*income - limit).max(Decimal::ZERO)).min(per_recipient);
    }
    let amount = total - reduction;
    if !c.explains() {
        return (amount, c.node("boerneydelse", amount));
    }
    let node = c.node("boerneydelse", amount).reserve(f.kids.len() + 1).children(f.kids.iter().cloned()).child(
        c.node("boerneydelse.aftrapning", -reduction)
            .formula(|| fm!(id: "bu-reduction", "{} × (indkomst − {})", P(rate), N(limit)))
            .rules(&["boerneydelse.aftrapning.graense", "boerneydelse.aftrapning.sats"]),
    );
    (amount, node)
}

/// Ordinært and ekstra børnetilskud for a single parent (børnetilskudsloven §§ 2–3).
pub fn boernetilskud(c: &Ctx, children_under_18: u32) -> Result<(Decimal, Node), CannotCompute> {
    if children_under_18 == 0 {
        return Ok((Decimal::ZERO, c.node("boernetilskud", Decimal::ZERO)));
    }
    let w = "boernetilskud";
    let per_child = c.get(w, paths::BOERNETILSKUD_ORDINAERT)?;
    let ord = per_child * Decimal::from(children_under_18);
    let ekstra = c.get(w, paths::BOERNETILSKUD_EKSTRA)?;
    let node = c.node("boernetilskud", ord + ekstra)
        .child(
            c.node("boernetilskud.ordinaert", ord)
                .formula(|| fm!("{} × {}", N(Decimal::from(children_under_18)), N(per_child)))
                .rules(&["boernetilskud.ordinaert"]),
        )
        .child(c.node("boernetilskud.ekstra", ekstra).rules(&["boernetilskud.ekstra"]));
    Ok((ord + ekstra, node))
}

/// The parents' share of the childcare price after økonomisk fripladstilskud
/// (dagtilbudsloven § 43). Own payment is 0 % up to the lower limit, starts at
/// the first step just above it and rises one step per equal income interval up
/// to 100 % at the upper limit. `price`: the full parent payment per year.
pub fn friplads(
    c: &Ctx,
    price: Decimal,
    household_income: Decimal,
    single: bool,
    children_under_18: u32,
) -> Result<(Decimal, Node), CannotCompute> {
    if price <= Decimal::ZERO {
        return Ok((Decimal::ZERO, c.node("friplads", Decimal::ZERO)));
    }
    friplads_at(c, &friplads_fixed(c, price, single, children_under_18)?, household_income)
}

/// The fripladstilskud's price and income limits for a household: what does
/// not depend on its income (a sweep computes it once), looked up in the same
/// order as the whole calculation.
#[derive(Debug, Clone)]
pub(super) struct FripladsFixed {
    price: Decimal,
    lower: Decimal,
    upper: Decimal,
    first: Decimal,
    step: Decimal,
    /// The width of one step, once it has been needed (its rate is looked up
    /// only for an income between the limits, as in the whole calculation).
    width: Cell<Option<Decimal>>,
    /// The last share of the price paid and its subsidy.
    last: Cell<Option<(Decimal, Decimal)>>,
}

/// `price` must be positive (see [`friplads`]).
pub(super) fn friplads_fixed(c: &Ctx, price: Decimal, single: bool, children_under_18: u32) -> Result<FripladsFixed, CannotCompute> {
    let w = "friplads";
    let mut raise = Decimal::ZERO;
    if single {
        raise += c.get(w, paths::FRIPLADS_ENLIG_TILLAEG)?;
    }
    if children_under_18 > 1 {
        raise += c.get(w, paths::FRIPLADS_PR_BARN_TILLAEG)? * Decimal::from(children_under_18 - 1);
    }
    let lower = c.get(w, paths::FRIPLADS_NEDRE_GRAENSE)? + raise;
    let upper = c.get(w, paths::FRIPLADS_OEVRE_GRAENSE)? + raise;
    let first = c.get(w, paths::FRIPLADS_FOERSTE_EGENBETALING)?;
    let step = c.get(w, paths::FRIPLADS_TRIN)?;
    Ok(FripladsFixed { price, lower, upper, first, step, width: Cell::new(None), last: Cell::new(None) })
}

/// The parents' fripladstilskud at a household income.
pub(super) fn friplads_at(c: &Ctx, f: &FripladsFixed, household_income: Decimal) -> Result<(Decimal, Node), CannotCompute> {
    let w = "friplads";
    let FripladsFixed { price, lower, upper, first, step, .. } = *f;
    let hundred = Decimal::ONE_HUNDRED;
    let share = if household_income <= lower {
        Decimal::ZERO
    } else if household_income >= upper {
        hundred
    } else {
        let width = match f.width.get() {
            Some(width) => width,
            None => {
                let width = (upper - lower) / c.get(w, paths::FRIPLADS_ANTAL_TRIN)?;
                f.width.set(Some(width));
                width
            }
        };
        (first + step * ((household_income - lower) / width).floor()).min(hundred)
    };
    // The share takes few values over a sweep: the last one's subsidy is kept
    // (the same share, bit for bit, gives the same subsidy).
    let subsidy = match f.last.get() {
        Some((s, subsidy)) if s.serialize() == share.serialize() => subsidy,
        _ => {
            let subsidy = price * (hundred - share) / hundred;
            f.last.set(Some((share, subsidy)));
            subsidy
        }
    };
    let node = c.node("friplads", subsidy)
        .formula(|| fm!(
            id: "friplads", "{} × (100 % − {} %); indkomst {} mellem {} og {}",
            N(price),
            N(share),
            N(household_income),
            N(lower),
            N(upper)
        ))
        .rules(&[
            "friplads.nedre_graense",
            "friplads.oevre_graense",
            "friplads.foerste_egenbetaling",
            "friplads.trin",
            "friplads.antal_trin",
            "friplads.enlig_tillaeg",
            "friplads.pr_barn_tillaeg",
        ]);
    Ok((subsidy, node))
}
