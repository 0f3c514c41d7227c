//! Benefits and how earnings reduce them, per month.
//!
//! - Kontanthjælp (lov om aktiv socialpolitik): the monthly amount from the
//!   person's decision, or the rate table when it has a value; earnings after
//!   AM-bidrag and ATP are deducted krone for krone except an amount per hour
//!   worked, for at most a number of hours a month (LAS § 31, stk. 1). The
//!   spouse's earnings are deducted too (gensidig forsørgelsespligt, LAS § 30).
//! - Arbejdsløshedsdagpenge: each hour worked removes one hour of dagpenge
//!   (supplerende dagpenge); none above the hour limit.
//! - Sygedagpenge: paid for the normal hours not worked, at most the hourly maximum.
//! - Fleksjob: the employer pays the hours worked; fleksløntilskud is the
//!   maximum less 30 % of the wage up to the bundgrænse and 55 % above.
//!   Without a job: ledighedsydelse.

use crate::paths;
use super::ctx::{CannotCompute, Ctx};
use crate::fm;
use super::node::Node;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Which kontanthjælp rate a person has (LAS § 16 after 1 July 2025, lov nr.
/// 1655 af 30.12.2024). The mindstesats is § 16, stk. 2 (confirmed: L 13 § 1
/// nr. 6 speaks of "kontanthjælp efter § 16, stk. 2"); the other three are
/// § 16, stk. 1, in the order of the bill's own heading (nr. 1 grundsats, nr. 2
/// forhøjet sats, nr. 3 hjemmeboende: inferred, the § 16 text was not read).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KhSats {
    Mindstesats,
    Grundsats,
    Forhoejet,
    Hjemmeboende,
}

/// A person's benefit today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Benefit {
    #[default]
    None,
    Kontanthjaelp {
        sats: KhSats,
        /// Monthly kontanthjælp before tax incl. supplements, as in the decision.
        /// When missing, the rate table and the supplements are used (and must have a value).
        #[serde(default)]
        monthly_amount: Option<Decimal>,
        /// Visiteret aktivitetsparat (for the særligt ungetillæg under 30).
        #[serde(default)]
        aktivitetsparat: bool,
        /// Months in a row on kontanthjælp so far; ATP is paid only after the
        /// first year. Missing: assumed longer than that.
        #[serde(default)]
        months_on_benefit: Option<u32>,
        /// Midlertidigt tilpasningstillæg per month as the decision states it
        /// (LAS, lov nr. 1655/2024: under-30s, 1.7.2025-30.6.2027). Its amount in
        /// law was not found, so it is never taken from the rate table: the person
        /// gives it, and then it is not part of `monthly_amount`.
        #[serde(default)]
        tilpasningstillaeg: Option<Decimal>,
    },
    Dagpenge {
        /// The person's dagpengesats per month; missing = from the previous wage, else the highest rate.
        #[serde(default)]
        monthly_rate: Option<Decimal>,
        /// Average monthly wage before the unemployment (before AM-bidrag), for the 90 % rule.
        #[serde(default)]
        previous_monthly_wage: Option<Decimal>,
        /// In the first hours of the dagpengeperiode with beskæftigelsestillæg
        /// (LAF § 48, stk. 8-12): the highest rate is raised by a share, still at
        /// most 90 % of the previous income. The conditions (4 years' membership,
        /// a right obtained from 1 May 2023, the income requirement) are the
        /// a-kasse's to decide; the person says whether their decision has it.
        #[serde(default)]
        beskaeftigelsestillaeg: bool,
    },
    Sygedagpenge {
        /// Hourly wage before the illness.
        hourly_wage: Decimal,
        /// Normal working hours per week before the illness.
        normal_hours_per_week: Decimal,
    },
    /// Visiteret til fleksjob: ledighedsydelse without a job, fleksløntilskud in one.
    Fleksjob,
}

/// A taxable benefit for one month, with the person's own ATP on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Paid {
    pub id: &'static str,
    pub monthly: Decimal,
    /// Before deductions, and the deductions (kontanthjælp; 0 for others).
    pub base: Decimal,
    pub deduction: Decimal,
    pub atp_monthly: Decimal,
    pub node: Node,
}

fn zero() -> Decimal {
    Decimal::ZERO
}

/// Earnings in a month: hours and the wage (before tax and ATP).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Work {
    pub hours: Decimal,
    pub wage: Decimal,
    /// Wage after employee ATP and AM-bidrag (what kontanthjælp deducts).
    pub wage_after_am: Decimal,
}

/// Kontanthjælp for one month. `own` and `spouse` are the month's earnings.
/// Who the kontanthjælp recipient is, for the supplements (LAS §§ 17–19).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KhPerson {
    /// Which adult of the household (0 = the first), for messages.
    pub adult: usize,
    pub age: u32,
    pub children: u32,
    pub single: bool,
    pub aktivitetsparat: bool,
    pub months_on_benefit: Option<u32>,
    /// The midlertidigt tilpasningstillæg from the decision, if the person gave it.
    pub tilpasningstillaeg: Option<Decimal>,
}

const TILPASNING: &str = "kontanthjaelp.tilpasningstillaeg";
const TILPASNING_AGE: paths::Path = paths::KONTANTHJAELP_TILPASNINGSTILLAEG_ALDERSGRAENSE;

/// The midlertidigt tilpasningstillæg a person gets per month, if any. It exists
/// only while its age limit has a value (the period in the rule data) and for
/// those under that age. Its amount in law is not confirmed, so only an amount
/// the person gives from their decision is used; anything else is reported as
/// not included ([`super::NotIncluded`]), never guessed.
///
/// Who gets it beyond the age is not confirmed either: the agreement gives it
/// to "unge under 30 år på grundsats" and the minister to "de unge, der oplever
/// den største nedgang i ydelsen" (L 13 2024-25, spm. 5). So it is said to be
/// missing only for someone on the grundsats; an amount typed from a decision
/// is used on any rate, as the decision is what the person is paid.
fn tilpasningstillaeg(c: &Ctx, sats: KhSats, who: &KhPerson, from_decision: bool) -> Result<Decimal, CannotCompute> {
    let applies = c.has(TILPASNING_AGE) && Decimal::from(who.age) < c.get("kontanthjaelp", TILPASNING_AGE)?;
    match (applies, who.tilpasningstillaeg) {
        (true, Some(amount)) => Ok(amount),
        (false, Some(_)) => {
            c.not_included(TILPASNING, TILPASNING_AGE.name(), who.adult, "does-not-apply");
            Ok(zero())
        }
        // The decision's amount already holds every supplement it grants.
        (true, None) if !from_decision && sats == KhSats::Grundsats => {
            c.not_included(TILPASNING, TILPASNING, who.adult, "amount-not-confirmed");
            Ok(zero())
        }
        _ => Ok(zero()),
    }
}

/// The recipient's ATP per month on kontanthjælp or ledighedsydelse: only when
/// the month's benefit after deductions reaches the minimum (BEK 1600/2019
/// § 2, stk. 3-4) and, for kontanthjælp, after the first year (stk. 1).
fn benefit_atp(c: &Ctx, what: &str, monthly: Decimal, children: u32, months: Option<u32>) -> Result<(Decimal, [Option<&'static str>; 3]), CannotCompute> {
    let mut paths = [None; 3];
    if monthly <= zero() {
        return Ok((zero(), paths));
    }
    let min_path = if children > 0 {
        paths::SKAT_ATP_OVERFOERSEL_MINDSTE_YDELSE_FORSOERGER
    } else {
        paths::SKAT_ATP_OVERFOERSEL_MINDSTE_YDELSE_ANDRE
    };
    paths[0] = Some(min_path.name());
    if let Some(m) = months {
        paths[1] = Some("skat.atp.overfoersel.karens_maaneder");
        if Decimal::from(m) < c.get(what, paths::SKAT_ATP_OVERFOERSEL_KARENS_MAANEDER)? {
            return Ok((zero(), paths));
        }
    }
    if monthly < c.get(what, min_path)? {
        return Ok((zero(), paths));
    }
    paths[2] = Some("skat.atp.overfoersel.modtager");
    Ok((c.get(what, paths::SKAT_ATP_OVERFOERSEL_MODTAGER)?, paths))
}

/// Rate plus supplements per month from the rate table, each with its path.
fn kh_table(c: &Ctx, sats: KhSats, who: KhPerson) -> Result<(Decimal, Vec<&'static str>), CannotCompute> {
    let w = "kontanthjaelp";
    let mut paths = vec![match sats {
        KhSats::Mindstesats => paths::KONTANTHJAELP_SATS_MINDSTESATS,
        KhSats::Grundsats => paths::KONTANTHJAELP_SATS_GRUNDSATS,
        KhSats::Forhoejet => paths::KONTANTHJAELP_SATS_FORHOEJET,
        KhSats::Hjemmeboende => paths::KONTANTHJAELP_SATS_HJEMMEBOENDE,
    }];
    if who.children > 0 {
        paths.push(paths::KONTANTHJAELP_BOERNETILLAEG);
    }
    let low = matches!(sats, KhSats::Mindstesats | KhSats::Grundsats);
    if who.single && who.children > 0 && low {
        paths.push(paths::KONTANTHJAELP_ENLIG_FORSOERGER_TILLAEG);
    }
    if who.single && who.children == 0 && matches!(sats, KhSats::Grundsats | KhSats::Forhoejet) {
        paths.push(paths::KONTANTHJAELP_ENLIG_TILLAEG);
    }
    // Særligt ungetillæg: LAS § 19, stk. 1: "til personer under 30 år, der
    // modtager kontanthjælp efter § 16, stk. 1, nr. 1 og 3, og som kommunen har
    // visiteret aktivitetsparate" — grundsats and hjemmeboende (see KhSats), so
    // not on the forhøjet sats nor the mindstesats (Kalundborg Kommune names
    // grundsats only). The amount by age band (§ 19, stk. 3; both ages are in the
    // rule data). The ages decide the supplement, so the explanation names them too.
    let mut ages = Vec::new();
    if who.aktivitetsparat && matches!(sats, KhSats::Grundsats | KhSats::Hjemmeboende) {
        let age = Decimal::from(who.age);
        ages.push(paths::KONTANTHJAELP_UNGETILLAEG_ALDERSGRAENSE);
        if age < c.get(w, paths::KONTANTHJAELP_UNGETILLAEG_ALDERSGRAENSE)? {
            let band = if who.children > 0 {
                paths::KONTANTHJAELP_UNGETILLAEG_MED_BOERN
            } else {
                ages.push(paths::KONTANTHJAELP_UNGETILLAEG_ALDERSGRAENSE_YNGSTE);
                if age < c.get(w, paths::KONTANTHJAELP_UNGETILLAEG_ALDERSGRAENSE_YNGSTE)? {
                    paths::KONTANTHJAELP_UNGETILLAEG_UNDER_25
                } else {
                    paths::KONTANTHJAELP_UNGETILLAEG_25_29
                }
            };
            paths.push(band);
        }
    }
    let mut total = Decimal::ZERO;
    for p in &paths {
        total += c.get(w, *p)?;
    }
    paths.extend(ages);
    Ok((total, paths.iter().map(|p| p.name()).collect()))
}

pub fn kontanthjaelp(
    c: &Ctx,
    sats: KhSats,
    monthly_amount: Option<Decimal>,
    who: KhPerson,
    own: Work,
    spouse: Option<Work>,
) -> Result<Paid, CannotCompute> {
    kontanthjaelp_at(c, &kontanthjaelp_fixed(c, sats, monthly_amount, who)?, who, own, spouse)
}

/// A person's kontanthjælp before any earnings are deducted: the rate or the
/// decision's amount, the tilpasningstillæg and the disregard's rates (each
/// looked up in the same order as the whole calculation). It does not depend
/// on the earnings, so a sweep computes it once.
#[derive(Debug, Clone)]
pub(super) struct KhFixed {
    base_node: Node,
    tillaeg: Decimal,
    base: Decimal,
    per_hour: Decimal,
    max_hours: Decimal,
}

pub(super) fn kontanthjaelp_fixed(c: &Ctx, sats: KhSats, monthly_amount: Option<Decimal>, who: KhPerson) -> Result<KhFixed, CannotCompute> {
    let w = "kontanthjaelp";
    let (rate, base_node) = match monthly_amount {
        Some(a) => (a, c.node("kontanthjaelp.sats", a * Decimal::from(12)).formula(|| fm!(id: "kh-decision", "beløbet fra din afgørelse"))),
        None => {
            let (a, paths) = kh_table(c, sats, who)?;
            (a, c.node("kontanthjaelp.sats", a * Decimal::from(12)).rules(&paths))
        }
    };
    let tillaeg = tilpasningstillaeg(c, sats, &who, monthly_amount.is_some())?;
    let base = rate + tillaeg;
    let per_hour = c.get(w, paths::KONTANTHJAELP_INDTAEGT_FRIBELOEB_PR_TIME)?;
    let max_hours = c.get(w, paths::KONTANTHJAELP_INDTAEGT_MAKS_TIMER)?;
    Ok(KhFixed { base_node, tillaeg, base, per_hour, max_hours })
}

/// Kontanthjælp for one month with the month's earnings deducted.
pub(super) fn kontanthjaelp_at(c: &Ctx, f: &KhFixed, who: KhPerson, own: Work, spouse: Option<Work>) -> Result<Paid, CannotCompute> {
    let w = "kontanthjaelp";
    let KhFixed { tillaeg, base, per_hour, max_hours, .. } = *f;
    let counted = |x: Work| -> Decimal {
        if x.wage <= zero() {
            return zero();
        }
        (x.wage_after_am - per_hour * x.hours.min(max_hours)).max(zero())
    };
    let own_deduction = counted(own);
    let spouse_deduction = spouse.map(counted).unwrap_or_default();
    let deduction = own_deduction + spouse_deduction;
    let monthly = (base - deduction).max(zero());
    let (atp, atp_rules) = benefit_atp(c, w, monthly, who.children, who.months_on_benefit)?;
    let twelve = Decimal::from(12);
    let mut node = c.node("kontanthjaelp", monthly * twelve);
    // Numbers only: the parts below are not kept, so they are not computed.
    if !c.explains() {
        return Ok(Paid { id: "kontanthjaelp", monthly, base, deduction, atp_monthly: atp, node });
    }
    node = node.child(f.base_node.clone());
    if tillaeg > zero() {
        node = node.child(
            c.node(TILPASNING, tillaeg * twelve)
                .formula(|| fm!(id: "kh-decision-year", "beløbet fra din afgørelse × 12"))
                .rules(&[TILPASNING_AGE.name()]),
        );
    }
    if own.wage > zero() {
        node = node.child(
            c.node("kontanthjaelp.fradrag_egen_loen", -own_deduction * twelve)
                .formula(|| fm!(
                    id: "kh-deduction", "({} − {} kr. × {} timer) × 12",
                    N(own.wage_after_am),
                    N(per_hour),
                    N(own.hours.min(max_hours))
                ))
                .rules(&["kontanthjaelp.indtaegt.fribeloeb_pr_time", "kontanthjaelp.indtaegt.maks_timer"]),
        );
    }
    if spouse_deduction > zero() {
        node = node.child(
            c.node("kontanthjaelp.fradrag_aegtefaelle", -spouse_deduction * twelve)
                .rules(&["kontanthjaelp.indtaegt.fribeloeb_pr_time", "kontanthjaelp.indtaegt.maks_timer"]),
        );
    }
    if monthly.is_zero() && base > zero() {
        node = node.formula(|| fm!(id: "kh-none", "indtægten er større end hjælpen: ingen kontanthjælp"));
    }
    if deduction > base {
        // Deductions beyond the help take nothing more: the help stops at 0.
        node = node.child(c.node("kontanthjaelp.ikke_under_nul", (deduction - base) * twelve));
    }
    node.extend_rules(atp_rules.into_iter().flatten());
    Ok(Paid { id: "kontanthjaelp", monthly, base, deduction, atp_monthly: atp, node })
}

/// `x` rounded half away from zero to a multiple of `step` (a rounding unit from the rule data).
fn round_to(x: Decimal, step: Decimal) -> Decimal {
    (x / step).round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero) * step
}

/// `x` rounded down to a multiple of `step`.
fn floor_to(x: Decimal, step: Decimal) -> Decimal {
    (x / step).floor() * step
}

/// Arbejdsløshedsdagpenge for a month with `hours` worked. With
/// `beskaeftigelsestillaeg` the highest rate is the share of LAF § 48, stk. 8 of
/// the maximum, rounded as the published rates are; the 90 % rule still caps it.
pub fn dagpenge(
    c: &Ctx,
    monthly_rate: Option<Decimal>,
    previous_wage: Option<Decimal>,
    beskaeftigelsestillaeg: bool,
    hours: Decimal,
) -> Result<Paid, CannotCompute> {
    let w = "dagpenge";
    let plain_max = c.get(w, paths::DAGPENGE_MAKS)?;
    let (max, max_node) = if beskaeftigelsestillaeg {
        let share = c.pct(w, paths::DAGPENGE_BESKAEFTIGELSESTILLAEG_ANDEL)?;
        let step = c.get(w, paths::DAGPENGE_BESKAEFTIGELSESTILLAEG_AFRUNDING)?;
        let max = round_to(share * plain_max, step);
        let node = c.node("dagpenge.beskaeftigelsestillaeg", max * Decimal::from(12))
            .info()
            .formula(|| fm!(id: "dp-tillaeg", "{} × {} = {} kr. om måneden", P(share), N(plain_max), N(max)))
            .rules(&["dagpenge.beskaeftigelsestillaeg.andel", "dagpenge.maks", "dagpenge.beskaeftigelsestillaeg.afrunding"]);
        (max, Some(node))
    } else {
        (plain_max, None)
    };
    // 90 % of the previous wage after AM-bidrag, at most the highest rate (LAF § 47).
    let from_wage = match (monthly_rate, previous_wage) {
        (None, Some(pw)) => {
            Some(c.pct(w, paths::DAGPENGE_DAEKNINGSGRAD)? * pw * (Decimal::ONE - c.pct(w, paths::SKAT_AM_BIDRAG_SATS)?))
        }
        _ => None,
    };
    let rate = monthly_rate.or(from_wage).unwrap_or(max).min(max);
    let full = c.get(w, paths::DAGPENGE_FULDTID_TIMER)?;
    let min_idle = c.get(w, paths::DAGPENGE_SUPPLERENDE_MIN_LEDIGE_TIMER)?;
    let idle = (full - hours).max(zero());
    let too_few_idle = hours > zero() && idle < min_idle;
    let monthly = if too_few_idle { zero() } else { rate * idle / full };
    let formula = || {
        if too_few_idle {
            fm!(id: "dp-none", "under {} ledige timer: ingen supplerende dagpenge", N(min_idle))
        } else {
            fm!("{} × ({} − {}) / {}", N(rate), N(full), N(hours), N(full))
        }
    };
    // The member's ATP share: per hour paid, the month's share rounded down
    // (BEK om ATP-bidrag for medlemmer af a-kasser § 2, stk. 1).
    let atp = if monthly > zero() {
        floor_to(c.get(w, paths::SKAT_ATP_DAGPENGE_MODTAGER_PR_TIME)? * idle, c.get(w, paths::DAGPENGE_ATP_AFRUNDING)?)
    } else {
        zero()
    };
    let mut node = c.node("dagpenge", monthly * Decimal::from(12)).formula(formula).rules(&[
        "dagpenge.maks",
        "dagpenge.fuldtid_timer",
        "dagpenge.supplerende.min_ledige_timer",
    ]);
    if from_wage.is_some() {
        node = node.rule("dagpenge.daekningsgrad");
    }
    if monthly > zero() {
        node = node.rules(&["skat.atp.dagpenge.modtager_pr_time", "dagpenge.atp.afrunding"]);
    }
    if let Some(n) = max_node {
        node = node.child(n);
    }
    Ok(Paid { id: "dagpenge", monthly, base: monthly, deduction: zero(), atp_monthly: atp, node })
}

/// Sygedagpenge for the normal hours not worked this month: the hourly wage
/// after AM-bidrag, at most the hourly maximum (SDL § 47, § 50, stk. 1), and in
/// all at most the weekly maximum (§ 50, stk. 2).
pub fn sygedagpenge(c: &Ctx, hourly_wage: Decimal, normal_hours_month: Decimal, hours: Decimal) -> Result<Paid, CannotCompute> {
    let w = "sygedagpenge";
    let max = c.get(w, paths::SYGEDAGPENGE_MAKS_PR_TIME)?;
    let after_am = hourly_wage * (Decimal::ONE - c.pct(w, paths::SKAT_AM_BIDRAG_SATS)?);
    let rate = after_am.min(max);
    let missed = (normal_hours_month - hours).max(zero());
    let weekly_max = c.get(w, paths::SYGEDAGPENGE_MAKS_PR_UGE)?;
    // A month's cap: the weekly maximum × 52 weeks / 12 months (calendar, not law).
    let month_cap = weekly_max * Decimal::from(52) / Decimal::from(12);
    let monthly = (rate * missed).min(month_cap);
    let node = c.node("sygedagpenge", monthly * Decimal::from(12))
        .formula(|| fm!(id: "sdp", "min({} kr. × {} timer; {} kr. om ugen × 52 / 12)", N(rate), N(missed), N(weekly_max)))
        .rules(&["sygedagpenge.maks_pr_time", "sygedagpenge.maks_pr_uge", "skat.am_bidrag.sats"]);
    Ok(Paid { id: "sygedagpenge", monthly, base: monthly, deduction: zero(), atp_monthly: zero(), node })
}

/// Ledighedsydelse (no job) or fleksløntilskud (in a fleksjob) for a month.
pub fn fleksjob(c: &Ctx, wage: Decimal, children: u32) -> Result<Paid, CannotCompute> {
    let max_dp = c.get("fleksjob", paths::DAGPENGE_MAKS)?;
    if wage <= zero() {
        let share = c.pct("ledighedsydelse", paths::LEDIGHEDSYDELSE_ANDEL)?;
        let monthly = share * max_dp;
        let (atp, atp_rules) = benefit_atp(c, "ledighedsydelse", monthly, children, None)?;
        let mut node = c.node("ledighedsydelse", monthly * Decimal::from(12))
            .formula(|| fm!("{} × {}", P(share), N(max_dp)))
            .rules(&["ledighedsydelse.andel", "dagpenge.maks"]);
        node.extend_rules(atp_rules.into_iter().flatten());
        return Ok(Paid { id: "ledighedsydelse", monthly, base: monthly, deduction: zero(), atp_monthly: atp, node });
    }
    let w = "fleksloentilskud";
    let max = c.pct(w, paths::FLEKSJOB_TILSKUD_ANDEL)? * max_dp;
    let bund = c.get(w, paths::FLEKSJOB_BUNDGRAENSE)?;
    let under = c.pct(w, paths::FLEKSJOB_FRADRAG_UNDER)?;
    let over = c.pct(w, paths::FLEKSJOB_FRADRAG_OVER)?;
    let reduction = under * wage.min(bund) + over * (wage - bund).max(zero());
    let monthly = (max - reduction).max(zero());
    let node = c.node("fleksloentilskud", monthly * Decimal::from(12))
        .formula(|| fm!(
            "{} − {} × {} − {} × {}",
            N(max),
            P(under),
            N(wage.min(bund)),
            P(over),
            N((wage - bund).max(zero()))
        ))
        .rules(&["fleksjob.tilskud.andel", "dagpenge.maks", "fleksjob.bundgraense", "fleksjob.fradrag.under", "fleksjob.fradrag.over"]);
    Ok(Paid { id: "fleksloentilskud", monthly, base: max, deduction: reduction, atp_monthly: zero(), node })
}
