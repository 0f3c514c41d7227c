//! `navigator tax|boligsikring|calc|sweep`: the gain-from-work engine as JSON.

use chrono::{Datelike, NaiveDate};
use clap::Args;
use ret_og_frist_core::gain::boligsikring::{boligsikring, Housing};
use ret_og_frist_core::gain::tax::{tax, TaxPerson};
use ret_og_frist_core::gain::{self, report, CannotCompute, Ctx, Scenario};
use ret_og_frist_core::satser::Estimate;
use ret_og_frist_core::RuleSet;
use ret_og_frist_i18n::Texts;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::path::PathBuf;

/// The date a calculation uses: `--date`, else the reference day of `--year`
/// (rule data `gevinst.referencedag.*`: 1 July), else today.
#[derive(Args, Clone)]
pub struct When {
    /// Tax year (the rules of its reference day apply: 1 July, rule data gevinst.referencedag.*).
    #[arg(long, value_parser = super::parse_year)]
    year: Option<i32>,
    /// Exact date whose rules apply (overrides --year).
    #[arg(long, value_parser = super::parse_date)]
    date: Option<NaiveDate>,
}

impl When {
    fn date(&self, rules: &RuleSet, texts: &Texts) -> Result<NaiveDate, String> {
        match (self.date, self.year) {
            (Some(d), _) => Ok(d),
            (None, Some(y)) => gain::reference_day(rules, y).map_err(|e| cannot_line(texts, &e)),
            (None, None) => Ok(super::today()),
        }
    }
}

#[derive(Args, Clone)]
pub struct TaxArgs {
    #[command(flatten)]
    when: When,
    /// Municipality (kommune), e.g. "København".
    #[arg(long)]
    municipality: String,
    /// Wage per year before tax and ATP.
    #[arg(long, allow_negative_numbers = true, value_parser = parse_amount, default_value = "0")]
    annual_wage: Decimal,
    /// Taxable benefits per year (kontanthjælp, dagpenge …: no AM-bidrag).
    #[arg(long, allow_negative_numbers = true, value_parser = parse_amount, default_value = "0")]
    benefits: Decimal,
    /// Hours worked per month (for ATP); default full time.
    #[arg(long, allow_negative_numbers = true, value_parser = parse_month_hours)]
    hours_month: Option<Decimal>,
    /// Member of the folkekirke (kirkeskat).
    #[arg(long)]
    church: bool,
    /// Single parent receiving ekstra børnetilskud (extra beskæftigelsesfradrag).
    #[arg(long)]
    single_parent: bool,
    #[command(flatten)]
    extra: PersonExtra,
}

/// Capital income and birth date of a person (`tax`), or of the first adult
/// (`calc`, over the scenario file).
#[derive(Args, Clone, Default)]
pub struct PersonExtra {
    /// Positive net capital income per year (interest and the like; counted in
    /// the tax only). Negative capital income is not modelled.
    #[arg(long, allow_negative_numbers = true, value_parser = parse_amount)]
    capital_income: Option<Decimal>,
    /// Year of birth: decides the senior beskæftigelsesfradrag (LL § 9 J, stk. 5).
    #[arg(long, allow_negative_numbers = true, value_parser = super::parse_year)]
    birth_year: Option<i32>,
    /// Month of birth, 1-12 (with --birth-year).
    #[arg(long, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..=12))]
    birth_month: Option<u32>,
}

#[derive(Args, Clone)]
pub struct BoligArgs {
    #[command(flatten)]
    when: When,
    /// Household income per month (husstandsindkomst: wages after AM-bidrag and ATP, plus taxable benefits).
    #[arg(long, allow_negative_numbers = true, value_parser = parse_amount)]
    household_income_monthly: Decimal,
    /// Rent per month as in the lease.
    #[arg(long, allow_negative_numbers = true, value_parser = parse_amount)]
    rent_monthly: Decimal,
    /// Living area in m².
    #[arg(long, allow_negative_numbers = true, value_parser = parse_positive)]
    area: Decimal,
    /// Heating is paid separately (not part of the rent).
    #[arg(long)]
    heating_separate: bool,
    /// Hot water is paid for in the rent (deducted per m², § 10, stk. 2).
    #[arg(long)]
    hot_water_included: bool,
    /// Electricity is paid for in the rent (deducted per m², § 10, stk. 2).
    #[arg(long)]
    electricity_included: bool,
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=10))]
    adults: u32,
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u32).range(0..=20))]
    children: u32,
    /// Household net wealth (formue).
    #[arg(long, allow_negative_numbers = true, value_parser = parse_amount, default_value = "0")]
    wealth: Decimal,
}

#[derive(Args, Clone)]
pub struct SweepArgs {
    /// Scenario JSON (see docs/gain.md and docs/examples/gain/).
    pub scenario: PathBuf,
    /// Highest hours per week in the sweep (at most 80); default: the chart's
    /// (rule data gevinst.kurve.maks_timer, 45).
    #[arg(long, allow_negative_numbers = true, value_parser = parse_week_hours)]
    max_hours: Option<Decimal>,
    /// Number of steps (points = steps + 1); default: the chart's (rule data
    /// gevinst.kurve.trin, 45).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=5000))]
    steps: Option<u32>,
}

fn parse_amount(s: &str) -> Result<Decimal, String> {
    use ret_og_frist_core::gain::scenario::MAX_AMOUNT;
    let d: Decimal = s.trim().replace(',', ".").parse().map_err(|_| format!("'{s}' is not a number"))?;
    if d < Decimal::ZERO {
        return Err(format!("'{s}' must not be negative"));
    }
    if d > Decimal::from(MAX_AMOUNT) {
        return Err(format!("'{s}' is too large"));
    }
    Ok(d)
}

/// Hours per week (0–80) or per month (0–744, the hours in 31 days).
fn parse_week_hours(s: &str) -> Result<Decimal, String> {
    let d = parse_amount(s)?;
    if d > Decimal::from(ret_og_frist_core::gain::scenario::MAX_WEEK_HOURS) {
        return Err(format!("'{s}' is more than 80 hours a week"));
    }
    Ok(d)
}

fn parse_month_hours(s: &str) -> Result<Decimal, String> {
    let d = parse_amount(s)?;
    if d > Decimal::from(31 * 24) {
        return Err(format!("'{s}' is more hours than a month has"));
    }
    Ok(d)
}

fn parse_positive(s: &str) -> Result<Decimal, String> {
    let d = parse_amount(s)?;
    if d.is_zero() {
        return Err(format!("'{s}' must be more than 0"));
    }
    Ok(d)
}

/// The municipality's name as in the rules, or a message naming the field.
fn municipality(rules: &RuleSet, name: &str) -> Result<String, String> {
    let wanted = name.trim().to_lowercase();
    if let Some(k) = rules.kommuner.iter().find(|k| k.name.to_lowercase() == wanted) {
        return Ok(k.name.clone());
    }
    let close: Vec<&str> = rules
        .kommuner
        .iter()
        .filter(|k| k.name.to_lowercase().starts_with(wanted.chars().next().map(String::from).unwrap_or_default().as_str()))
        .map(|k| k.name.as_str())
        .take(6)
        .collect();
    Err(format!("municipality: '{name}' is not a Danish municipality (e.g. {})", if close.is_empty() { "København, Aarhus".into() } else { close.join(", ") }))
}

fn cannot_line(texts: &Texts, c: &CannotCompute) -> String {
    texts.cannot_compute(&c.what, &c.path, c.date, c.reason)
}

/// Adds `estimated_warning` and `estimated_messages` (in the chosen language)
/// when the result uses a rate past its last published value; `estimated` (the
/// list) is always present, `[]` when every rate is published.
///
/// Also names every rate the result lists (`rates`, `uncertain_rates`) in the
/// chosen language (`name`, from locales/<lang>/satser.ftl).
fn add_estimated(v: &mut Value, rules: &RuleSet, texts: &Texts, estimates: &[Estimate]) {
    for list in ["rates", "uncertain_rates"] {
        for r in v.get_mut(list).and_then(Value::as_array_mut).into_iter().flatten() {
            if let Some(name) = r["path"].as_str().and_then(|p| texts.rate_name(p)) {
                r["name"] = json!(name);
            }
        }
    }
    v["estimated"] = json!(estimates);
    let Some(year) = estimates.iter().map(|e| e.year).max() else { return };
    let label = |path: &str| {
        texts.rate_name(path).unwrap_or_else(|| {
            rules
                .satser
                .get(path)
                .map(|s| if texts.lang() == ret_og_frist_i18n::Lang::Da { s.label.clone() } else { s.label_en.clone() })
                .unwrap_or_else(|| path.to_string())
        })
    };
    v["estimated_warning"] = json!(texts.estimated_warning(year));
    v["estimated_messages"] = json!(estimates.iter().map(|e| texts.estimated(&label(&e.path), e)).collect::<Vec<_>>());
}

fn overrides_json(rules: &RuleSet) -> Value {
    let list: Vec<Value> = rules
        .satser
        .iter()
        .filter(|(_, s)| s.citation.overridden())
        .map(|(p, s)| json!({"path": p, "note": s.citation.note}))
        .collect();
    Value::Array(list)
}

/// Each explanation node whose formula has words gets `formula_text`: the
/// formula in the user's language (`formula` stays the Danish text).
fn localize_formulas(v: &mut Value, texts: &Texts) {
    match v {
        Value::Object(m) => {
            if let (Some(Value::String(id)), Some(Value::Object(args)), Some(Value::String(da))) =
                (m.get("formula_id"), m.get("formula_args"), m.get("formula"))
            {
                let args: Vec<(String, String)> =
                    args.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string())).collect();
                let text = texts.formula_msg(id, &args, da);
                m.insert("formula_text".into(), Value::String(text));
            }
            m.values_mut().for_each(|x| localize_formulas(x, texts));
        }
        Value::Array(a) => a.iter_mut().for_each(|x| localize_formulas(x, texts)),
        _ => {}
    }
}

pub fn tax_cmd(rules: &RuleSet, baseline: &RuleSet, texts: &Texts, a: &TaxArgs) -> Result<Value, String> {
    let name = municipality(rules, &a.municipality)?;
    let date = a.when.date(rules, texts)?;
    let run = |r: &RuleSet| {
        let c = Ctx::new(r, date);
        let person = TaxPerson {
            wage: a.annual_wage,
            hours_month: a.hours_month,
            benefits: a.benefits,
            benefit_atp: Decimal::ZERO,
            single_parent: a.single_parent,
            church: a.church,
            capital_income: a.extra.capital_income.unwrap_or_default(),
            birth_year: a.extra.birth_year,
            birth_month: a.extra.birth_month,
            age: None,
        };
        tax(&c, &name, &[person], false).map(|t| (t, c.used(), c.missing()))
    };
    if a.extra.birth_month.is_some() && a.extra.birth_year.is_none() {
        return Err("--birth-month: needs --birth-year".into());
    }
    if let Some(y) = a.extra.birth_year {
        if y > date.year() {
            return Err(format!("--birth-year: {y} is after the date {date}"));
        }
    }
    let (t, used, missing) = run(rules).map_err(|e| cannot_line(texts, &e))?;
    let mut v = report::tax(&t[0]);
    v["date"] = json!(date);
    v["municipality"] = json!(name);
    v["annual_wage"] = json!(gain::node::kr(a.annual_wage));
    v["uncertain_rates"] = report::uncertain(&used);
    v["rates"] = report::rates(&used);
    v["not_included"] = json!(missing);
    v["not_included_messages"] = json!(missing.iter().map(|n| texts.not_included(rules, n)).collect::<Vec<_>>());
    add_estimated(&mut v, rules, texts, &gain::ctx::estimates(&used));
    let o = overrides_json(rules);
    if o.as_array().is_some_and(|l| !l.is_empty()) {
        v["overrides"] = o;
        if let Ok((b, _, _)) = run(baseline) {
            v["baseline"] = json!({"net_income": gain::node::kr(b[0].net_income), "income_tax": gain::node::kr(b[0].income_tax)});
        }
    }
    localize_formulas(&mut v, texts);
    Ok(v)
}

pub fn bolig_cmd(rules: &RuleSet, baseline: &RuleSet, texts: &Texts, a: &BoligArgs) -> Result<Value, String> {
    let housing = Housing {
        rent_monthly: a.rent_monthly,
        area: a.area,
        heating_separate: a.heating_separate,
        hot_water_included: a.hot_water_included,
        electricity_included: a.electricity_included,
        wealth: a.wealth,
    };
    let date = a.when.date(rules, texts)?;
    let run = |r: &RuleSet| {
        let c = Ctx::new(r, date);
        boligsikring(&c, &housing, a.household_income_monthly * Decimal::from(12), a.adults + a.children, a.children).map(|b| (b, c.used()))
    };
    let (b, used) = run(rules).map_err(|e| cannot_line(texts, &e))?;
    let mut v = json!({
        "date": date,
        "annual": gain::node::kr(b.annual),
        "monthly": gain::node::kr(b.annual / Decimal::from(12)),
        "explanation": report::node(&b.tree),
        "uncertain_rates": report::uncertain(&used),
        "rates": report::rates(&used),
    });
    add_estimated(&mut v, rules, texts, &gain::ctx::estimates(&used));
    let o = overrides_json(rules);
    if o.as_array().is_some_and(|l| !l.is_empty()) {
        v["overrides"] = o;
        if let Ok((base, _)) = run(baseline) {
            v["baseline"] = json!({"monthly": gain::node::kr(base.annual / Decimal::from(12))});
        }
    }
    localize_formulas(&mut v, texts);
    Ok(v)
}

/// Read and check a scenario file; errors name the field.
pub fn load_scenario(rules: &RuleSet, texts: &Texts, path: &std::path::Path) -> Result<Scenario, String> {
    let text = crate::read_text(path)?;
    let mut s = Scenario::from_json(&text).map_err(|e| format!("{}: {}", path.display(), crate::input_message(texts, &e)))?;
    s.municipality = municipality(rules, &s.municipality).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(s)
}

pub fn calc_cmd(rules: &RuleSet, baseline: &RuleSet, texts: &Texts, path: &std::path::Path, first: &PersonExtra) -> Result<Value, String> {
    let mut s = load_scenario(rules, texts, path)?;
    // Options for the first adult replace what the file says; checked like the file.
    let a = &mut s.adults[0];
    if let Some(k) = first.capital_income {
        a.capital_income = k;
    }
    if first.birth_year.is_some() {
        a.birth_year = first.birth_year;
        a.birth_month = first.birth_month;
    } else if first.birth_month.is_some() {
        a.birth_month = first.birth_month;
    }
    s.check().map_err(|e| format!("{}: {}", path.display(), crate::input_message(texts, &e)))?;
    let e = gain::evaluate(rules, &s);
    let mut v = report::evaluation(&e);
    v["messages"] = json!(e.cannot_compute.iter().map(|c| cannot_line(texts, c)).collect::<Vec<_>>());
    v["not_included_messages"] = json!(e.not_included.iter().map(|n| texts.not_included(rules, n)).collect::<Vec<_>>());
    add_estimated(&mut v, rules, texts, &gain::ctx::estimates(&e.rates));
    let o = overrides_json(rules);
    if o.as_array().is_some_and(|l| !l.is_empty()) {
        v["overrides"] = o;
        let b = gain::evaluate(baseline, &s);
        v["baseline"] = json!({
            "gain_monthly": b.gain_monthly.map(gain::node::kr),
            "benefit_disposable_monthly": b.benefit.as_ref().map(|x| gain::node::kr(x.disposable / Decimal::from(12))),
            "work_disposable_monthly": b.work.as_ref().map(|x| gain::node::kr(x.disposable / Decimal::from(12))),
        });
    }
    localize_formulas(&mut v, texts);
    Ok(v)
}

pub fn sweep_cmd(rules: &RuleSet, texts: &Texts, a: &SweepArgs) -> Result<Value, String> {
    let s = load_scenario(rules, texts, &a.scenario)?;
    let (hours, steps) = gain::chart_range(rules, s.date).map_err(|e| cannot_line(texts, &e))?;
    let sw = gain::sweep(rules, &s, a.max_hours.unwrap_or(hours), a.steps.unwrap_or(steps)).map_err(|e| cannot_line(texts, &e))?;
    let mut v = report::sweep(&sw);
    v["date"] = json!(s.date);
    v["cliff_messages"] = json!(sw.cliffs.iter().map(|c| texts.cliff(c.kind, &c.part, &c.hours_per_week.round_dp(1).normalize().to_string())).collect::<Vec<_>>());
    add_estimated(&mut v, rules, texts, &sw.estimated);
    let o = overrides_json(rules);
    if o.as_array().is_some_and(|l| !l.is_empty()) {
        v["overrides"] = o;
    }
    Ok(v)
}
