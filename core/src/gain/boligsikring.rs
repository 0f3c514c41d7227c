//! Boligsikring for renters who are not pensioners (lov om individuel boligstøtte
//! §§ 8, 9, 22, 23; rates in `boligsikring.*`). Annual amounts.

use crate::paths::{self, Path};
use super::ctx::{CannotCompute, Ctx};
use crate::fm;
use super::node::Node;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The home and household, as the boligsikring rules see them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Housing {
    /// Rent per month as in the lease (husleje).
    pub rent_monthly: Decimal,
    /// Living area in m².
    pub area: Decimal,
    /// Heating paid separately (not in the rent).
    #[serde(default)]
    pub heating_separate: bool,
    /// Hot water is paid for in the rent: deducted per m² like heating (§ 10,
    /// stk. 2). Missing in older scenarios = not included, as before.
    #[serde(default)]
    pub hot_water_included: bool,
    /// Electricity is paid for in the rent: deducted per m² like heating and hot
    /// water (§ 10, stk. 2). Missing = not included.
    #[serde(default)]
    pub electricity_included: bool,
    /// Household net wealth (formue), for the formuetillæg.
    #[serde(default)]
    pub wealth: Decimal,
}

/// The result: annual boligsikring and how it came about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Boligsikring {
    pub annual: Decimal,
    pub tree: Node,
}

const W: &str = "boligsikring";
/// A raised rent cap is rounded to the nearest multiple of this (§ 14, stk. 2).
const ROUNDING: Path = paths::BOLIGSIKRING_HUSLEJELOFT_AFRUNDING;
/// "4 eller flere børn": the number of children where the child steps stop (§§ 14, 22, 23).
const MAX_STEP: Path = paths::BOLIGSIKRING_BOERN_TRIN_MAX;

/// The last child step, from the rule data (a count, at least 1).
fn max_step(c: &Ctx) -> Result<u32, CannotCompute> {
    use rust_decimal::prelude::ToPrimitive;
    Ok(c.get(W, MAX_STEP)?.trunc().to_u32().unwrap_or(1).max(1))
}

/// `household_income`: husstandsindkomst per year (§ 8): personlig indkomst of
/// the adults (wage after AM-bidrag and ATP, plus taxable benefits), before tax.
/// `persons`: everyone living there (for the area); `children`: those under 18.
pub fn boligsikring(
    c: &Ctx,
    h: &Housing,
    household_income: Decimal,
    persons: u32,
    children: u32,
) -> Result<Boligsikring, CannotCompute> {
    Ok(at(c, &fixed(c, h, persons, children)?, household_income))
}

/// Everything in boligsikring that does not depend on the household's income:
/// the housing cost after its caps, the limits and shares (every rate looked
/// up in the same order as the whole calculation does, so a missing rate is
/// reported the same). A sweep computes it once for all its points.
#[derive(Debug, Clone)]
pub(super) struct Fixed {
    housing_cost: Decimal,
    cost_node: Node,
    formue: Decimal,
    limit: Decimal,
    extra_children: bool,
    share: Decimal,
    income_share: Decimal,
    own_min: Decimal,
    max: Decimal,
    /// The share cap without children (`None` with children).
    cap_share: Option<Decimal>,
    minimum: Decimal,
    /// `share × housing_cost`, `housing_cost − own_min` and `cap_share ×
    /// housing_cost`: the same products for every income.
    rent_part: Decimal,
    own_cap: Decimal,
    share_cap: Option<Decimal>,
}

pub(super) fn fixed(c: &Ctx, h: &Housing, persons: u32, children: u32) -> Result<Fixed, CannotCompute> {
    let zero = Decimal::ZERO;
    let members = Decimal::from(persons.max(1));
    let area_max = c.get(W, paths::BOLIGSIKRING_AREAL_FOERSTE_PERSON)?
        + c.get(W, paths::BOLIGSIKRING_AREAL_PR_PERSON)? * (members - Decimal::ONE).max(zero);
    let rent_year = h.rent_monthly * Decimal::from(12);
    let (heat_path, heat) = if h.heating_separate {
        ("boligsikring.varme_tillaeg", c.get(W, paths::BOLIGSIKRING_VARME_TILLAEG)? * h.area)
    } else {
        ("boligsikring.varme_fradrag", -c.get(W, paths::BOLIGSIKRING_VARME_FRADRAG)? * h.area)
    };
    // Hot water and electricity paid in the rent are taken out of the rent per
    // m², like heating (§ 10, stk. 2); a rate is only needed when it applies.
    let mut included: Vec<(&'static str, Decimal)> = Vec::new();
    if h.hot_water_included {
        included.push(("boligsikring.varmt_vand_fradrag", c.get(W, paths::BOLIGSIKRING_VARMT_VAND_FRADRAG)? * h.area));
    }
    if h.electricity_included {
        included.push(("boligsikring.el_fradrag", c.get(W, paths::BOLIGSIKRING_EL_FRADRAG)? * h.area));
    }
    let taken: Decimal = included.iter().map(|(_, x)| *x).sum();
    let mut housing_cost = (rent_year + heat - taken).max(zero);
    let sign = super::node::Arg::T(if heat >= zero { "+" } else { "−" });
    let mut cost_node = match included.as_slice() {
        [] => c.node("boligsikring.boligudgift", housing_cost)
            .formula(|| fm!("{} × 12 {} {}", N(h.rent_monthly), sign, N(heat.abs()))),
        [(_, a)] => c.node("boligsikring.boligudgift", housing_cost)
            .formula(|| fm!("{} × 12 {} {} − {}", N(h.rent_monthly), sign, N(heat.abs()), N(*a))),
        [(_, a), (_, b), ..] => c.node("boligsikring.boligudgift", housing_cost)
            .formula(|| fm!("{} × 12 {} {} − {} − {}", N(h.rent_monthly), sign, N(heat.abs()), N(*a), N(*b))),
    }
    .rules(&[heat_path]);
    for (path, _) in &included {
        cost_node = cost_node.rule(*path);
    }
    if h.area > area_max && h.area > zero {
        housing_cost = housing_cost * area_max / h.area;
        cost_node = cost_node.child(
            c.node("boligsikring.areal", housing_cost)
                .info()
                .formula(|| fm!("× {} m² / {} m²", N(area_max), N(h.area)))
                .rules(&["boligsikring.areal.foerste_person", "boligsikring.areal.pr_person"]),
        );
    }
    // Rent cap for every household, raised with children and rounded to the
    // nearest 100 kr. (§ 14, stk. 1–2).
    let mut cap = c.get(W, paths::BOLIGSIKRING_HUSLEJELOFT)?;
    // The children counted for the steps: at most the law's "4 eller flere" (rule data).
    let steps = if children == 0 { 0 } else { children.min(max_step(c)?) };
    let raise_path = match steps {
        0 => None,
        1 => Some(paths::BOLIGSIKRING_HUSLEJELOFT_BOERN_TILLAEG_1_BARN),
        2 => Some(paths::BOLIGSIKRING_HUSLEJELOFT_BOERN_TILLAEG_2_BOERN),
        3 => Some(paths::BOLIGSIKRING_HUSLEJELOFT_BOERN_TILLAEG_3_BOERN),
        _ => Some(paths::BOLIGSIKRING_HUSLEJELOFT_BOERN_TILLAEG_4_BOERN),
    };
    if let Some(path) = raise_path {
        let unit = c.get(W, ROUNDING)?;
        cap = (cap * (Decimal::ONE + c.pct(W, path)?) / unit)
            .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            * unit;
    }
    if housing_cost > cap {
        housing_cost = cap;
        let mut n = c.node("boligsikring.huslejeloft", cap).info().rules(&["boligsikring.huslejeloft"]);
        if let Some(p) = raise_path {
            n = n.rule(p).rule(ROUNDING.name()).rule(MAX_STEP.name());
        }
        cost_node = cost_node.child(n);
    }
    cost_node.amount = housing_cost;

    // Formuetillæg: shares of wealth above two limits are added to income (§ 8).
    let (g1, s1) = (c.get(W, paths::BOLIGSIKRING_FORMUE_GRAENSE1)?, c.pct(W, paths::BOLIGSIKRING_FORMUE_SATS1)?);
    let (g2, s2) = (c.get(W, paths::BOLIGSIKRING_FORMUE_GRAENSE2)?, c.pct(W, paths::BOLIGSIKRING_FORMUE_SATS2)?);
    let formue = s1 * (h.wealth.min(g2) - g1).max(zero) + s2 * (h.wealth - g2).max(zero);

    // § 22, stk. 1: for each child beyond the first, up to the last step.
    let extra_children = Decimal::from(steps.saturating_sub(1));
    let limit = c.get(W, paths::BOLIGSIKRING_INDKOMSTGRAENSE)?
        + if extra_children > zero { c.get(W, paths::BOLIGSIKRING_GRAENSE_PR_BARN)? * extra_children } else { zero };
    let share = c.pct(W, paths::BOLIGSIKRING_HUSLEJE_ANDEL)?;
    let income_share = c.pct(W, paths::BOLIGSIKRING_INDKOMST_ANDEL)?;
    let own_min = c.get(W, paths::BOLIGSIKRING_EGENBETALING_MIN)?;
    let mut max = c.get(W, paths::BOLIGSIKRING_MAKS)?;
    if children > 0 && children >= max_step(c)? {
        max *= Decimal::ONE + c.pct(W, paths::BOLIGSIKRING_MAKS_4_BOERN_TILLAEG)?;
    }
    let cap_share = if children == 0 { Some(c.pct(W, paths::BOLIGSIKRING_MAKS_ANDEL_UDEN_BOERN)?) } else { None };
    let minimum = c.get(W, paths::BOLIGSIKRING_MINIMUM_UDBETALING)?;
    Ok(Fixed {
        housing_cost,
        cost_node,
        formue,
        limit,
        extra_children: extra_children > zero,
        share,
        income_share,
        own_min,
        max,
        cap_share,
        minimum,
        rent_part: share * housing_cost,
        own_cap: housing_cost - own_min,
        share_cap: cap_share.map(|s| s * housing_cost),
    })
}

/// Boligsikring at a household income, from its income-independent part.
pub(super) fn at(c: &Ctx, f: &Fixed, household_income: Decimal) -> Boligsikring {
    let zero = Decimal::ZERO;
    let Fixed { housing_cost, formue, limit, share, income_share, own_min, max, minimum, .. } = *f;
    let income = household_income + formue;
    let raw = f.rent_part - income_share * (income - limit).max(zero);
    let mut amount = raw.min(f.own_cap).min(max);
    if let Some(cap) = f.share_cap {
        amount = amount.min(cap);
    }
    amount = amount.max(zero);
    let below_minimum = amount < minimum && amount > zero;
    if amount < minimum {
        amount = zero;
    }
    if !c.explains() {
        return Boligsikring { annual: amount, tree: c.node("boligsikring", amount) };
    }
    // The caps, shown as details.
    let mut caps = vec![
        c.node("boligsikring.egenbetaling", housing_cost - own_min)
            .formula(|| fm!("{} − {}", N(housing_cost), N(own_min)))
            .rules(&["boligsikring.egenbetaling_min"]),
        c.node("boligsikring.maks", max).rules(&["boligsikring.maks", "boligsikring.maks_4_boern_tillaeg"]),
    ];
    if let Some(cap_share) = f.cap_share {
        caps.push(
            c.node("boligsikring.uden_boern", cap_share * housing_cost)
                .formula(|| fm!("{} × {}", P(cap_share), N(housing_cost)))
                .rules(&["boligsikring.maks_andel_uden_boern"]),
        );
    }
    // Its parts: the housing cost, the income, two or three caps, the minimum.
    let mut tree = c.node("boligsikring", amount)
        .reserve(6)
        .formula(|| fm!(
            "{} × {} − {} × ({} − {})",
            P(share),
            N(housing_cost),
            P(income_share),
            N(income),
            N(limit)
        ))
        .rules(&["boligsikring.husleje_andel", "boligsikring.indkomst_andel", "boligsikring.indkomstgraense"])
        .child(f.cost_node.clone().info())
        .child(
            c.node("boligsikring.indkomst", income)
                .info()
                .child(c.node("boligsikring.formuetillaeg", formue).info().rules(&[
                    "boligsikring.formue.graense1",
                    "boligsikring.formue.sats1",
                    "boligsikring.formue.graense2",
                    "boligsikring.formue.sats2",
                ])),
        )
        .children(caps.into_iter().map(Node::info));
    if f.extra_children {
        tree = tree.rule("boligsikring.graense_pr_barn");
    }
    if below_minimum || amount.is_zero() {
        tree = tree.child(c.node("boligsikring.minimum", minimum).info().rules(&["boligsikring.minimum_udbetaling"]));
    }
    Boligsikring { annual: amount, tree }
}
