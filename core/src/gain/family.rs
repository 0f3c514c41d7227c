//! Family support that moves with income: børne- og ungeydelse (with its income
//! reduction), børnetilskud for single parents, and økonomisk fripladstilskud.

use super::ctx::{CannotCompute, Ctx};
use crate::fm;
use super::node::Node;
use rust_decimal::Decimal;

const Y: &str = "boerneydelse";

/// Børne- og ungeydelse per year for the children, less the reduction on each
/// recipient's own personlig indkomst above the limit (lov om en børne- og
/// ungeydelse § 1 a). With two adults, each receives half.
pub fn boerneydelse(c: &Ctx, ages: &[u32], recipients_income: &[Decimal]) -> Result<(Decimal, Node), CannotCompute> {
    let mut total = Decimal::ZERO;
    let mut kids = Vec::new();
    if ages.is_empty() {
        return Ok((Decimal::ZERO, c.node("boerneydelse", Decimal::ZERO)));
    }
    // The age bands are the law's own (børne- og ungeydelsesloven § 1, stk. 1-2),
    // read from the rule data: the age where each band starts, and where none is paid.
    let end = c.get(Y, "boerneydelse.alder.ophoer")?;
    let bands = [
        ("boerneydelse.alder.15_17", "boerneydelse.15_17"),
        ("boerneydelse.alder.7_14", "boerneydelse.7_14"),
        ("boerneydelse.alder.3_6", "boerneydelse.3_6"),
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
            .map_or(("boerneydelse.0_2", "boerneydelse.alder.3_6"), |(_, (from, p))| (*p, *from));
        let per_year = c.per_year(Y, path)?;
        total += per_year;
        if c.explains() {
            kids.push(c.node("boerneydelse.barn", per_year).formula(|| fm!(id: "child-age", "{} år", N(Decimal::from(age)))).rules(&[path, band]));
        }
    }
    if total.is_zero() {
        return Ok((Decimal::ZERO, c.node("boerneydelse", Decimal::ZERO)));
    }
    let n = Decimal::from(recipients_income.len().max(1) as u32);
    let limit = c.get(Y, "boerneydelse.aftrapning.graense")?;
    let rate = c.pct(Y, "boerneydelse.aftrapning.sats")?;
    let mut reduction = Decimal::ZERO;
    for income in recipients_income {
        reduction += (rate * (*income - limit).max(Decimal::ZERO)).min(total / n);
    }
    let amount = total - reduction;
    let node = c.node("boerneydelse", amount).children(kids).child(
        c.node("boerneydelse.aftrapning", -reduction)
            .formula(|| fm!(id: "bu-reduction", "{} × (indkomst − {})", P(rate), N(limit)))
            .rules(&["boerneydelse.aftrapning.graense", "boerneydelse.aftrapning.sats"]),
    );
    Ok((amount, node))
}

/// Ordinært and ekstra børnetilskud for a single parent (børnetilskudsloven §§ 2–3).
pub fn boernetilskud(c: &Ctx, children_under_18: u32) -> Result<(Decimal, Node), CannotCompute> {
    if children_under_18 == 0 {
        return Ok((Decimal::ZERO, c.node("boernetilskud", Decimal::ZERO)));
    }
    let w = "boernetilskud";
    let per_child = c.get(w, "boernetilskud.ordinaert")?;
    let ord = per_child * Decimal::from(children_under_18);
    let ekstra = c.get(w, "boernetilskud.ekstra")?;
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
    let w = "friplads";
    let mut raise = Decimal::ZERO;
    if single {
        raise += c.get(w, "friplads.enlig_tillaeg")?;
    }
    if children_under_18 > 1 {
        raise += c.get(w, "friplads.pr_barn_tillaeg")? * Decimal::from(children_under_18 - 1);
    }
    let lower = c.get(w, "friplads.nedre_graense")? + raise;
    let upper = c.get(w, "friplads.oevre_graense")? + raise;
    let first = c.get(w, "friplads.foerste_egenbetaling")?;
    let step = c.get(w, "friplads.trin")?;
    let hundred = Decimal::ONE_HUNDRED;
    let share = if household_income <= lower {
        Decimal::ZERO
    } else if household_income >= upper {
        hundred
    } else {
        let width = (upper - lower) / c.get(w, "friplads.antal_trin")?;
        (first + step * ((household_income - lower) / width).floor()).min(hundred)
    };
    let subsidy = price * (hundred - share) / hundred;
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
