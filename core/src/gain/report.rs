//! Results as JSON for the CLI and exports: whole kroner per year (and per month
//! where the name says so), rates as written, the tree with its rules.

use super::ctx::{CannotCompute, RateUse};
use super::household::{Evaluation, Side};
use super::node::{kr, round, Node};
use super::sweep::Sweep;
use super::tax::PersonTax;
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

fn month(x: Decimal) -> i64 {
    kr(x / Decimal::from(12))
}

/// The explanation tree with whole kroner.
pub fn node(n: &Node) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(n.id));
    m.insert("amount".into(), json!(kr(n.amount)));
    m.insert("amount_monthly".into(), json!(month(n.amount)));
    if let Some(f) = &n.formula {
        m.insert("formula".into(), json!(f.to_string()));
        // A formula with words: its message id and values, for rendering in the user's language.
        if let Some(id) = f.id {
            m.insert("formula_id".into(), json!(id));
            m.insert("formula_args".into(), Value::Object(f.named_args().into_iter().map(|(k, v)| (k, Value::String(v))).collect()));
        }
    }
    if !n.rules.is_empty() {
        m.insert("rules".into(), json!(n.rules));
    }
    if n.info {
        m.insert("info".into(), json!(true));
    }
    if !n.children.is_empty() {
        m.insert("children".into(), Value::Array(n.children.iter().map(node).collect()));
    }
    Value::Object(m)
}

pub fn rates(r: &[RateUse]) -> Value {
    Value::Array(
        r.iter()
            .map(|u| json!({"path": u.path, "value": u.value.normalize().to_string(), "confidence": u.confidence, "overridden": u.overridden, "estimated": u.estimate.is_some()}))
            .collect(),
    )
}

/// Rates below high confidence: the warnings shown with every result.
pub fn uncertain(r: &[RateUse]) -> Value {
    Value::Array(
        r.iter()
            .filter(|u| u.confidence < crate::rules::Confidence::High)
            .map(|u| json!({"path": u.path, "confidence": u.confidence}))
            .collect(),
    )
}

/// Rates used past their last published value: path, the value's year, the
/// year asked, the method and the regulations applied (`[]` when none).
pub fn estimated(r: &[RateUse]) -> Value {
    json!(super::ctx::estimates(r))
}

pub fn cannot(c: &[CannotCompute]) -> Value {
    json!(c)
}

/// One person's tax lines.
pub fn tax(t: &PersonTax) -> Value {
    json!({
        "atp": kr(t.atp),
        "am_bidrag": kr(t.am_bidrag),
        "personal_income": kr(t.personal_income),
        "beskaeftigelsesfradrag": kr(t.beskaeftigelsesfradrag),
        "ekstra_beskaeftigelsesfradrag": kr(t.ekstra_beskaeftigelsesfradrag),
        "senior_beskaeftigelsesfradrag": kr(t.senior_beskaeftigelsesfradrag),
        "capital_income": kr(t.capital_income),
        "jobfradrag": kr(t.jobfradrag),
        "taxable_income": kr(t.taxable_income),
        "bundskat": kr(t.bundskat),
        "mellemskat": kr(t.mellemskat),
        "topskat": kr(t.topskat),
        "toptopskat": kr(t.toptopskat),
        "kommuneskat": kr(t.kommuneskat),
        "kirkeskat": kr(t.kirkeskat),
        "income_tax": kr(t.income_tax),
        "net_income": kr(t.net_income),
        "net_income_monthly": month(t.net_income),
        "explanation": node(&t.tree),
    })
}

pub fn side(s: &Side) -> Value {
    let parts: Map<String, Value> = s.parts.iter().map(|(k, v)| (k.clone(), json!(kr(*v)))).collect();
    json!({
        "hours_per_week": s.hours_per_week.normalize().to_string(),
        "gross_wage": kr(s.gross_wage),
        "disposable": kr(s.disposable),
        "disposable_monthly": month(s.disposable),
        "parts": parts,
        "explanation": node(&s.tree),
    })
}

pub fn evaluation(e: &Evaluation) -> Value {
    json!({
        "date": e.date,
        "benefit": e.benefit.as_ref().map(side),
        "work": e.work.as_ref().map(side),
        "gain_monthly": e.gain_monthly.map(kr),
        "gain_per_hour": e.gain_per_hour.map(|g| round(g, 2).normalize().to_string()),
        "cannot_compute": cannot(&e.cannot_compute),
        "not_included": e.not_included,
        "uncertain_rates": uncertain(&e.rates),
        "estimated": estimated(&e.rates),
        "rates": rates(&e.rates),
    })
}

pub fn sweep(s: &Sweep) -> Value {
    json!({
        "points": s.points.iter().map(|p| json!({
            "hours_per_week": round(p.hours_per_week, 2).normalize().to_string(),
            "gross_wage_monthly": month(p.gross_wage),
            "disposable_monthly": month(p.disposable),
            "marginal_rate_percent": p.marginal_rate.map(|m| round(m * Decimal::ONE_HUNDRED, 1).normalize().to_string()),
            "parts_monthly": p.parts.iter().map(|(k, v)| (k.to_string(), json!(month(*v)))).collect::<Map<String, Value>>(),
        })).collect::<Vec<_>>(),
        "cliffs": s.cliffs.iter().map(|c| json!({
            "kind": c.kind,
            "part": c.part,
            "hours_per_week": round(c.hours_per_week, 2).normalize().to_string(),
            "change_monthly": month(c.change),
            "rules": c.rules,
        })).collect::<Vec<_>>(),
        "estimated": s.estimated,
    })
}
