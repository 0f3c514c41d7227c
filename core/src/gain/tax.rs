//! Income tax for one person or a married couple (personskatteloven, ligningsloven,
//! arbejdsmarkedsbidragsloven, ATP-loven). Annual amounts; rates from `skat.*`
//! and `kommune.<name>.*`.
//!
//! Order (SKAT's own worked examples): wage − employee ATP → AM-bidrag 8 % →
//! personlig indkomst; − beskæftigelses- and jobfradrag → skattepligtig indkomst.
//! Bundskat and the state brackets are on personlig indkomst, kommune- and
//! kirkeskat on skattepligtig indkomst; the personfradrag is given as a tax value
//! (each rate × personfradrag). Kapitalindkomst is not modelled (zero).

use super::ctx::{CannotCompute, Ctx};
use crate::fm;
use super::node::Node;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

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
}

/// One person's tax, each line in kroner per year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonTax {
    pub atp: Decimal,
    pub am_bidrag: Decimal,
    pub personal_income: Decimal,
    pub beskaeftigelsesfradrag: Decimal,
    pub ekstra_beskaeftigelsesfradrag: Decimal,
    pub jobfradrag: Decimal,
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
    /// Wage + benefits − ATP − AM-bidrag − income tax.
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
        return Ok((Decimal::ZERO, Node::new("atp", Decimal::ZERO)));
    }
    let full = c.get(W, "skat.atp.timer.fuld")?;
    let h = hours_month.unwrap_or(full);
    let tiers = [
        ("skat.atp.timer.fuld", "skat.atp.loenmodtager.fuld"),
        ("skat.atp.timer.to_tredjedele", "skat.atp.loenmodtager.to_tredjedele"),
        ("skat.atp.timer.en_tredjedel", "skat.atp.loenmodtager.en_tredjedel"),
    ];
    for (limit, amount) in tiers {
        if h >= c.get(W, limit)? {
            let m = c.get(W, amount)?;
            let y = m * Decimal::from(12);
            let node = Node::new("atp", -y).formula(fm!("{} kr. × 12 ({} timer/md.)", N(m), N(h))).rules(&[limit, amount]);
            return Ok((y, node));
        }
    }
    let node = Node::new("atp", Decimal::ZERO)
        .formula(fm!("{} timer/md. er under grænsen", N(h)))
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
        None => c.get(W, "skat.atp.timer.fuld")?,
    };
    for (limit, amount) in [
        ("skat.atp.timer.fuld", "skat.atp.arbejdsgiver.fuld"),
        ("skat.atp.timer.to_tredjedele", "skat.atp.arbejdsgiver.to_tredjedele"),
        ("skat.atp.timer.en_tredjedel", "skat.atp.arbejdsgiver.en_tredjedel"),
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
    job: Decimal,
    taxable: Decimal,
}

fn bases(c: &Ctx, p: &TaxPerson) -> Result<Bases, CannotCompute> {
    let (atp, atp_node) = atp_wage(c, p.wage, p.hours_month)?;
    let am_grundlag = zero_floor(p.wage - atp);
    let am = c.pct(W, "skat.am_bidrag.sats")? * am_grundlag;
    let personal = am_grundlag - am + p.benefits - p.benefit_atp;
    // Beskæftigelses- and jobfradrag are computed on the AM-bidrag base (LL § 9 J, § 9 K).
    // The base is the AM-bidrag base plus all ATP the employer reports (both shares).
    let fradrag_base = am_grundlag + atp + employer_atp(c, p.wage, p.hours_month)?;
    let (besk, ekstra, job) = if am_grundlag > Decimal::ZERO {
        let besk = (c.pct(W, "skat.beskaeftigelsesfradrag.sats")? * fradrag_base)
            .min(c.get(W, "skat.beskaeftigelsesfradrag.maks")?);
        let ekstra = if p.single_parent {
            (c.pct(W, "skat.beskaeftigelsesfradrag.enlig_forsoerger.sats")? * fradrag_base)
                .min(c.get(W, "skat.beskaeftigelsesfradrag.enlig_forsoerger.maks")?)
        } else {
            Decimal::ZERO
        };
        let job = (c.pct(W, "skat.jobfradrag.sats")? * zero_floor(fradrag_base - c.get(W, "skat.jobfradrag.graense")?))
            .min(c.get(W, "skat.jobfradrag.maks")?);
        (besk, ekstra, job)
    } else {
        (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO)
    };
    let taxable = personal - besk - ekstra - job;
    Ok(Bases { atp, atp_node, am, personal, besk, ekstra, job, taxable })
}

/// Tax for one person, or for a married couple (unused personfradrag passes to
/// the spouse, PSL § 10, stk. 2). `municipality` is the name in `kommuner.toml`.
pub fn tax(c: &Ctx, municipality: &str, people: &[TaxPerson], married: bool) -> Result<Vec<PersonTax>, CannotCompute> {
    let kom_path = crate::satser::kommune_path(municipality, "kommuneskat");
    let kirke_path = crate::satser::kommune_path(municipality, "kirkeskat");
    let kom = c.pct(W, &kom_path)?;
    let kirke = c.pct(W, &kirke_path)?;
    let pf = c.get(W, "skat.personfradrag")?;
    let all: Vec<Bases> = people.iter().map(|p| bases(c, p)).collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for (p, b) in people.iter().zip(&all) {
        out.push(person_tax(c, p, b, pf, kom, kirke, &kom_path, &kirke_path)?);
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
                    tax_node.children.push(
                        Node::new("personfradrag_aegtefaelle", used).rules(&["skat.personfradrag"]),
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
    b: &Bases,
    pf: Decimal,
    kom: Decimal,
    kirke: Decimal,
    kom_path: &str,
    kirke_path: &str,
) -> Result<PersonTax, CannotCompute> {
    let (pf_bund, pf_kom) = (pf, pf);
    let bund_rate = c.pct(W, "skat.bundskat.sats")?;
    let bund = bund_rate * zero_floor(b.personal - pf_bund);
    // State brackets on personlig indkomst, each cut by the skatteloft (PSL § 19):
    // kommuneskat + bundskat + the brackets so far may not exceed the ceiling.
    let mut floor_rate = kom + bund_rate;
    let mut brackets = Vec::new();
    for name in ["mellemskat", "topskat", "toptopskat"] {
        let rate_path = format!("skat.{name}.sats");
        if !c.has(&rate_path) {
            brackets.push((name, Decimal::ZERO, None));
            continue;
        }
        let rate = c.pct(W, &rate_path)?;
        let limit_path = format!("skat.{name}.graense");
        let limit = c.get(W, &limit_path)?;
        let loft_path = format!("skat.skatteloft.{name}");
        let effective = if c.has(&loft_path) {
            let loft = c.pct(W, &loft_path)?;
            zero_floor(rate - zero_floor(floor_rate + rate - loft))
        } else {
            rate
        };
        floor_rate += effective;
        let base = zero_floor(b.personal - limit);
        let amount = effective * base;
        let mut node = Node::new(name, -amount)
            .formula(fm!("{} × ({} − {})", P(effective), N(b.personal), N(limit)))
            .rules(&[])
            .rule(rate_path)
            .rule(limit_path);
        if effective != rate {
            node = node.rule(loft_path);
        }
        brackets.push((name, amount, Some(node)));
    }
    let kommuneskat = kom * zero_floor(b.taxable - pf_kom);
    let kirkeskat = if p.church { kirke * zero_floor(b.taxable - pf_kom) } else { Decimal::ZERO };
    let [mellem, top, toptop] = [brackets[0].1, brackets[1].1, brackets[2].1];
    // The tax value of personfradrag a tax could not use (its base is below the
    // personfradrag) reduces the person's other income taxes (PSL §§ 9–10).
    let unused = bund_rate * zero_floor(pf - zero_floor(b.personal))
        + (kom + if p.church { kirke } else { Decimal::ZERO }) * zero_floor(pf - zero_floor(b.taxable));
    let lines = bund + mellem + top + toptop + kommuneskat + kirkeskat;
    let rest = unused.min(lines);
    let income_tax = lines - rest;
    let net = p.wage + p.benefits - b.atp - p.benefit_atp - b.am - income_tax;
    let mut tree = Node::new("net_income", net)
        .child(Node::new("wage", p.wage))
        .child(Node::new("benefits_taxable", p.benefits))
        .child(b.atp_node.clone())
        .child(Node::new("benefit_atp", -p.benefit_atp).rules(&["skat.atp.overfoersel.modtager"]))
        .child(
            Node::new("am_bidrag", -b.am)
                .formula(fm!("{} × ({} − {})", P(c.pct(W, "skat.am_bidrag.sats")?), N(p.wage), N(b.atp)))
                .rules(&["skat.am_bidrag.sats"]),
        );
    let taxable_node = Node::new("taxable_income", b.taxable)
        .info()
        .formula(fm!(
            "{} − {} − {} − {}",
            N(b.personal),
            N(b.besk),
            N(b.ekstra),
            N(b.job)
        ))
        .child(Node::new("personal_income", b.personal))
        .child(Node::new("beskaeftigelsesfradrag", -b.besk).rules(&[
            "skat.beskaeftigelsesfradrag.sats",
            "skat.beskaeftigelsesfradrag.maks",
        ]))
        .child(Node::new("ekstra_beskaeftigelsesfradrag", -b.ekstra).rules(&[
            "skat.beskaeftigelsesfradrag.enlig_forsoerger.sats",
            "skat.beskaeftigelsesfradrag.enlig_forsoerger.maks",
        ]))
        .child(Node::new("jobfradrag", -b.job).rules(&["skat.jobfradrag.sats", "skat.jobfradrag.graense", "skat.jobfradrag.maks"]));
    let mut tax_node = Node::new("income_tax", -income_tax)
        .child(
            Node::new("bundskat", -bund)
                .formula(fm!("{} × ({} − {})", P(bund_rate), N(b.personal), N(pf_bund)))
                .rules(&["skat.bundskat.sats", "skat.personfradrag"]),
        );
    for (_, _, node) in brackets {
        if let Some(n) = node {
            tax_node = tax_node.child(n);
        }
    }
    tax_node = tax_node
        .child(
            Node::new("kommuneskat", -kommuneskat)
                .formula(fm!("{} × ({} − {})", P(kom), N(b.taxable), N(pf_kom)))
                .rules(&["skat.personfradrag"])
                .rule(kom_path.to_string()),
        )
        .child(taxable_node);
    if p.church {
        tax_node = tax_node.child(
            Node::new("kirkeskat", -kirkeskat)
                .formula(fm!("{} × ({} − {})", P(kirke), N(b.taxable), N(pf_kom)))
                .rule(kirke_path.to_string()),
        );
    }
    if rest > Decimal::ZERO {
        tax_node = tax_node.child(Node::new("personfradrag_rest", rest).rules(&["skat.personfradrag"]));
    }
    tree = tree.child(tax_node);
    Ok(PersonTax {
        atp: b.atp,
        am_bidrag: b.am,
        personal_income: b.personal,
        beskaeftigelsesfradrag: b.besk,
        ekstra_beskaeftigelsesfradrag: b.ekstra,
        jobfradrag: b.job,
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
