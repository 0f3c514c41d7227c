//! "Kan det betale sig?": a short questionnaire (you, partner, children, housing,
//! today's benefit, the job), an interim result while answering, then today vs
//! the job side by side with the rule behind every krone, and the earnings
//! chart with its data table and named cliffs.
//!
//! Answers are kept as typed (strings) in local storage, so bad input is shown
//! beside its field and nothing is lost on reload.

use chrono::Datelike;
use super::rules;
use crate::components::{Checkbox, Field, Step as StepItem};
use crate::i18n::{tr, with_texts};
use crate::storage;
use leptos::prelude::*;
use ret_og_frist_core::gain::benefits::{Benefit, KhSats};
use ret_og_frist_core::gain::boligsikring::Housing;
use ret_og_frist_core::gain::node::{da, kr, Node};
use ret_og_frist_core::gain::scenario::{Adult, Child, Costs, Job};
use ret_og_frist_core::gain::{evaluate, sweep, Evaluation, Scenario, Sweep};
use ret_og_frist_core::rules::{Override, RuleSet};
use std::borrow::Cow;
use ret_og_frist_i18n::Lang;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

const FORM_KEY: &str = "gain.form";
const STEPS: [&str; 7] =
    ["gain-step-you", "gain-step-partner", "gain-step-children", "gain-step-housing", "gain-step-benefit", "gain-step-job", "gain-step-result"];
const RESULT: usize = 6;
/// The partner page, skipped for a person who lives alone.
const PARTNER: usize = 1;

/// The page after `step`: the partner page only when there is a partner.
fn next_page(step: usize, partner: bool) -> usize {
    let next = (step + 1).min(RESULT);
    if next == PARTNER && !partner { next + 1 } else { next }
}

/// The page before `step`, skipping the partner page in the same way.
fn previous_page(step: usize, partner: bool) -> usize {
    let previous = step.saturating_sub(1);
    if previous == PARTNER && !partner { 0 } else { previous }
}

/// The answers as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Form {
    step: usize,
    year: String,
    municipality: String,
    age: String,
    church: bool,
    /// Year and month of birth (asked from 60: the senior deduction).
    birth_year: String,
    birth_month: String,
    /// Positive net capital income per year (interest), optional.
    capital_income: String,
    partner_capital_income: String,
    partner: bool,
    married: bool,
    partner_age: String,
    partner_hours: String,
    partner_wage: String,
    partner_benefit: String,
    partner_kh_amount: String,
    children: String,
    renting: bool,
    rent: String,
    area: String,
    heating_separate: bool,
    hot_water_included: bool,
    electricity_included: bool,
    wealth: String,
    benefit: String,
    kh_sats: String,
    kh_amount: String,
    kh_months: String,
    /// Midlertidigt tilpasningstillæg per month, as the decision states it.
    kh_tilpasning: String,
    dp_rate: String,
    dp_beskaeftigelsestillaeg: bool,
    dp_prev_wage: String,
    syg_wage: String,
    syg_hours: String,
    job_hours: String,
    job_wage: String,
    childcare: String,
    transport: String,
    monthly: bool,
    /// When opened from a case: that case's title and its rule overrides.
    case_title: String,
    case_overrides: Vec<Override>,
}

impl Default for Form {
    fn default() -> Self {
        Form {
            step: 0,
            // This year: a calculation is for now unless the person picks another year.
            year: super::today().map(|d| d.year().to_string()).unwrap_or_default(),
            municipality: "København".into(),
            age: String::new(),
            church: false,
            birth_year: String::new(),
            birth_month: String::new(),
            capital_income: String::new(),
            partner_capital_income: String::new(),
            partner: false,
            married: false,
            partner_age: String::new(),
            partner_hours: String::new(),
            partner_wage: String::new(),
            partner_benefit: "none".into(),
            partner_kh_amount: String::new(),
            children: String::new(),
            renting: true,
            rent: String::new(),
            area: String::new(),
            heating_separate: false,
            hot_water_included: false,
            electricity_included: false,
            wealth: String::new(),
            benefit: "kontanthjaelp".into(),
            kh_sats: "forhoejet".into(),
            kh_amount: String::new(),
            kh_months: String::new(),
            kh_tilpasning: String::new(),
            dp_rate: String::new(),
            dp_beskaeftigelsestillaeg: false,
            dp_prev_wage: String::new(),
            syg_wage: String::new(),
            // Empty, with an example as placeholder: a prefilled "37" made typing
            // "25" give "3725".
            syg_hours: String::new(),
            job_hours: String::new(),
            job_wage: String::new(),
            childcare: String::new(),
            transport: String::new(),
            monthly: true,
            case_title: String::new(),
            case_overrides: Vec::new(),
        }
    }
}

/// A field that could not be read, and the message key saying why.
type Problem = (&'static str, &'static str);

/// A number typed the Danish way ("12.500", "165,50") or plainly ("12500", "165.5").
fn number(text: &str) -> Option<Decimal> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() {
        return None;
    }
    let t = if t.contains(',') {
        t.replace('.', "").replace(',', ".")
    } else if t.split('.').skip(1).all(|g| g.len() == 3) && t.contains('.') {
        t.replace('.', "")
    } else {
        t
    };
    t.parse().ok()
}

/// A number answer: `None` when empty (and not required) or unreadable; a
/// problem is recorded for the field in the latter cases.
fn amount(p: &mut Vec<Problem>, text: &str, field: &'static str, required: bool) -> Option<Decimal> {
    match number(text) {
        Some(d) if d >= Decimal::ZERO => Some(d),
        Some(_) => {
            p.push((field, "gain-error-negative"));
            None
        }
        None if text.trim().is_empty() && !required => None,
        None if text.trim().is_empty() => {
            p.push((field, "gain-error-required"));
            None
        }
        None => {
            p.push((field, "gain-error-number"));
            None
        }
    }
}

fn text(d: Decimal) -> String {
    d.normalize().to_string()
}

impl Form {
    /// The answers that give `s` (to open a household saved in a case).
    fn from_scenario(s: &Scenario) -> Form {
        let mut f = Form { step: RESULT, year: s.date.year().to_string(), municipality: s.municipality.clone(), ..Form::default() };
        let a = &s.adults[0];
        f.age = a.age.to_string();
        f.church = a.church;
        f.birth_year = a.birth_year.map(|y| y.to_string()).unwrap_or_default();
        f.birth_month = a.birth_month.map(|m| m.to_string()).unwrap_or_default();
        f.capital_income = if a.capital_income.is_zero() { String::new() } else { text(a.capital_income) };
        match &a.benefit {
            Benefit::Kontanthjaelp { sats, monthly_amount, months_on_benefit, tilpasningstillaeg, .. } => {
                f.benefit = "kontanthjaelp".into();
                f.kh_tilpasning = tilpasningstillaeg.map(text).unwrap_or_default();
                f.kh_months = months_on_benefit.map(|m| m.to_string()).unwrap_or_default();
                f.kh_sats = match sats {
                    KhSats::Mindstesats => "mindstesats",
                    KhSats::Grundsats => "grundsats",
                    KhSats::Forhoejet => "forhoejet",
                    KhSats::Hjemmeboende => "hjemmeboende",
                }
                .into();
                f.kh_amount = monthly_amount.map(text).unwrap_or_default();
            }
            Benefit::Dagpenge { monthly_rate, previous_monthly_wage, beskaeftigelsestillaeg } => {
                f.benefit = "dagpenge".into();
                f.dp_beskaeftigelsestillaeg = *beskaeftigelsestillaeg;
                f.dp_rate = monthly_rate.map(text).unwrap_or_default();
                f.dp_prev_wage = previous_monthly_wage.map(text).unwrap_or_default();
            }
            Benefit::Sygedagpenge { hourly_wage, normal_hours_per_week } => {
                f.benefit = "sygedagpenge".into();
                f.syg_wage = text(*hourly_wage);
                f.syg_hours = text(*normal_hours_per_week);
            }
            Benefit::Fleksjob => f.benefit = "fleksjob".into(),
            Benefit::None => f.benefit = "none".into(),
        }
        if let Some(p) = s.adults.get(1) {
            f.partner = true;
            f.married = s.married;
            f.partner_age = p.age.to_string();
            f.partner_capital_income = if p.capital_income.is_zero() { String::new() } else { text(p.capital_income) };
            if let Some(w) = &p.work {
                f.partner_hours = text(w.hours_per_week);
                f.partner_wage = text(w.wage_month().round_dp(2));
            }
            f.partner_benefit = match &p.benefit {
                Benefit::Kontanthjaelp { monthly_amount, .. } => {
                    f.partner_kh_amount = monthly_amount.map(text).unwrap_or_default();
                    "kontanthjaelp"
                }
                Benefit::Dagpenge { .. } => "dagpenge",
                _ => "none",
            }
            .into();
        }
        f.children = s.children.iter().map(|c| c.age.to_string()).collect::<Vec<_>>().join(", ");
        f.renting = s.housing.is_some();
        if let Some(h) = &s.housing {
            f.rent = text(h.rent_monthly);
            f.area = text(h.area);
            f.heating_separate = h.heating_separate;
            f.hot_water_included = h.hot_water_included;
            f.electricity_included = h.electricity_included;
            f.wealth = if h.wealth.is_zero() { String::new() } else { text(h.wealth) };
        }
        f.job_hours = text(s.job.hours_per_week);
        let hourly = match (s.job.hourly_wage, s.job.monthly_wage) {
            (Some(h), _) => h,
            (None, Some(m)) if s.job.hours_month() > Decimal::ZERO => (m / s.job.hours_month()).round_dp(2),
            _ => Decimal::ZERO,
        };
        f.job_wage = text(hourly);
        f.childcare = if s.costs.childcare_monthly.is_zero() { String::new() } else { text(s.costs.childcare_monthly) };
        f.transport = if s.costs.transport_monthly.is_zero() { String::new() } else { text(s.costs.transport_monthly) };
        f
    }

    /// The rules this form is computed with: the device's, plus the case's overrides.
    fn rules(&self) -> Cow<'static, RuleSet> {
        rules().with_valid_overrides(&self.case_overrides)
    }

    /// The scenario, or every field that needs fixing (in page order).
    fn scenario(&self) -> Result<Scenario, Vec<Problem>> {
        let mut p: Vec<Problem> = Vec::new();
        let age = amount(&mut p, &self.age, "gain-age", true);
        let year: i32 = self.year.parse().unwrap_or(2026);
        let date = chrono::NaiveDate::from_ymd_opt(year, 7, 1).unwrap_or_default();
        let benefit = match self.benefit.as_str() {
            "kontanthjaelp" => Benefit::Kontanthjaelp {
                sats: match self.kh_sats.as_str() {
                    "mindstesats" => KhSats::Mindstesats,
                    "grundsats" => KhSats::Grundsats,
                    "hjemmeboende" => KhSats::Hjemmeboende,
                    _ => KhSats::Forhoejet,
                },
                monthly_amount: amount(&mut p, &self.kh_amount, "gain-kh-amount", false),
                aktivitetsparat: false,
                months_on_benefit: amount(&mut p, &self.kh_months, "gain-kh-months", false)
                    .and_then(|m| m.floor().to_string().parse().ok()),
                tilpasningstillaeg: amount(&mut p, &self.kh_tilpasning, "gain-kh-tilpasning", false).filter(|t| !t.is_zero()),
            },
            "dagpenge" => Benefit::Dagpenge {
                monthly_rate: amount(&mut p, &self.dp_rate, "gain-dp-rate", false),
                previous_monthly_wage: amount(&mut p, &self.dp_prev_wage, "gain-dp-prev-wage", false),
                beskaeftigelsestillaeg: self.dp_beskaeftigelsestillaeg,
            },
            "sygedagpenge" => Benefit::Sygedagpenge {
                hourly_wage: amount(&mut p, &self.syg_wage, "gain-syg-wage", true).unwrap_or_default(),
                normal_hours_per_week: amount(&mut p, &self.syg_hours, "gain-syg-hours", true).unwrap_or_default(),
            },
            "fleksjob" => Benefit::Fleksjob,
            _ => Benefit::None,
        };
        let whole = |d: Decimal| d.trunc().to_string().parse::<i64>().ok();
        let birth_year = amount(&mut p, &self.birth_year, "gain-birth-year", false).and_then(whole).and_then(|y| i32::try_from(y).ok());
        let birth_month = amount(&mut p, &self.birth_month, "gain-birth-month", false).and_then(whole).and_then(|m| u32::try_from(m).ok());
        let capital_income = amount(&mut p, &self.capital_income, "gain-capital-income", false).unwrap_or_default();
        let mut adults = vec![Adult {
            age: age.and_then(|a| a.try_into().ok()).unwrap_or(30),
            church: self.church,
            benefit,
            work: None,
            capital_income,
            birth_year,
            birth_month,
        }];
        if self.partner {
            let page = amount(&mut p, &self.partner_age, "gain-partner-age", true);
            let hours = amount(&mut p, &self.partner_hours, "gain-partner-hours", false).unwrap_or_default();
            let wage = amount(&mut p, &self.partner_wage, "gain-partner-wage", hours > Decimal::ZERO);
            let benefit = match self.partner_benefit.as_str() {
                "kontanthjaelp" => Benefit::Kontanthjaelp {
                    sats: KhSats::Forhoejet,
                    monthly_amount: amount(&mut p, &self.partner_kh_amount, "gain-partner-kh-amount", false),
                    aktivitetsparat: false,
                    months_on_benefit: None,
                    tilpasningstillaeg: None,
                },
                "dagpenge" => Benefit::Dagpenge { monthly_rate: None, previous_monthly_wage: None, beskaeftigelsestillaeg: false },
                _ => Benefit::None,
            };
            adults.push(Adult {
                age: page.and_then(|a| a.try_into().ok()).unwrap_or(30),
                church: self.church,
                benefit,
                work: (hours > Decimal::ZERO).then_some(Job { hours_per_week: hours, hourly_wage: None, monthly_wage: wage }),
                capital_income: amount(&mut p, &self.partner_capital_income, "gain-partner-capital-income", false).unwrap_or_default(),
                ..Default::default()
            });
        }
        let mut children = Vec::new();
        for part in self.children.split([',', ';', ' ']).filter(|s| !s.trim().is_empty()) {
            match part.trim().parse::<u32>() {
                Ok(a) if a <= 25 => children.push(Child { age: a }),
                _ => {
                    p.push(("gain-children", "gain-error-ages"));
                    break;
                }
            }
        }
        let housing = if self.renting {
            let rent = amount(&mut p, &self.rent, "gain-rent", true);
            let area = amount(&mut p, &self.area, "gain-area", true);
            if area.is_some_and(|a| a.is_zero()) {
                p.push(("gain-area", "gain-error-area"));
            }
            let wealth = amount(&mut p, &self.wealth, "gain-wealth", false).unwrap_or_default();
            Some(Housing {
                rent_monthly: rent.unwrap_or_default(),
                area: area.unwrap_or(Decimal::ONE),
                heating_separate: self.heating_separate,
                hot_water_included: self.hot_water_included,
                electricity_included: self.electricity_included,
                wealth,
            })
        } else {
            None
        };
        let hours = amount(&mut p, &self.job_hours, "gain-job-hours", true);
        let wage = amount(&mut p, &self.job_wage, "gain-job-wage", true);
        let childcare = amount(&mut p, &self.childcare, "gain-childcare-price", false).unwrap_or_default();
        let transport = amount(&mut p, &self.transport, "gain-transport-cost", false).unwrap_or_default();
        if !rules().kommuner.iter().any(|k| k.name == self.municipality) {
            p.push(("gain-municipality", "gain-error-municipality"));
        }
        if !p.is_empty() {
            return Err(p);
        }
        let s = Scenario {
            date,
            municipality: self.municipality.clone(),
            adults,
            married: self.partner && self.married,
            children,
            housing,
            job: Job { hours_per_week: hours.unwrap_or_default(), hourly_wage: wage, monthly_wage: None },
            costs: Costs { childcare_monthly: childcare, transport_monthly: transport },
        };
        // The engine's own checks (more than 80 hours a week, age range, amounts too large).
        s.check().map_err(|e| vec![(check_field(&e.field), "gain-error-range")])?;
        Ok(s)
    }
}

fn money(lang: Lang, yearly: Decimal, monthly: bool) -> String {
    let v = if monthly { yearly / Decimal::from(12) } else { yearly };
    let n = da(Decimal::from(kr(v)));
    with_texts(lang, |t| t.get_args(if monthly { "gain-kr-month" } else { "gain-kr-year" }, &[("amount", n.into())]))
}

/// The explanation tree as nested disclosure widgets (keyboard accessible by default).
fn tree_view(n: &Node, lang: Lang, monthly: bool, depth: usize, overridden: &[String]) -> AnyView {
    let label = with_texts(lang, |t| t.gain_label(&n.id));
    let amount = money(lang, n.amount, monthly);
    let formula = n.formula.as_ref().map(|f| view! { <p class="formula">{with_texts(lang, |t| t.formula(f))}</p> });
    let rule_links = (!n.rules.is_empty()).then(|| {
        view! {
            <p class="cite">
                {tr(lang, "gain-rules-used")} ": "
                {n.rules.iter().map(|r| {
                    let changed = overridden.iter().any(|o| o == r.as_ref());
                    view! {
                        <a href=format!("#regler/{r}")>{with_texts(lang, |t| super::rule_label(t, r))}</a>
                        {changed.then(|| view! { " " <span class="badge proposal">{tr(lang, "cases-overridden-badge")}</span> })}
                        " "
                    }
                }).collect_view()}
            </p>
        }
    });
    if n.children.is_empty() {
        view! {
            <li data-node=n.id.clone()>
                <span class="node-label">{label}</span>": " <strong>{amount}</strong>
                {formula}
                {rule_links}
            </li>
        }
        .into_any()
    } else {
        let kids = n.children.iter().map(|c| tree_view(c, lang, monthly, depth + 1, overridden)).collect_view();
        view! {
            <li data-node=n.id.clone()>
                <details open=depth == 0>
                    <summary><span class="node-label">{label}</span>": " <strong>{amount}</strong></summary>
                    {formula}
                    {rule_links}
                    <ul class="tree">{kids}</ul>
                </details>
            </li>
        }
        .into_any()
    }
}

#[component]
pub fn GainPage(lang: ReadSignal<Lang>) -> impl IntoView {
    let mut saved = storage::load_json::<Form>(FORM_KEY).unwrap_or_default();
    // From "Forstå dit brev": the monthly kontanthjælp the decision states.
    if let Some(h) = crate::handoff::GainHandoff::take() {
        saved.benefit = "kontanthjaelp".into();
        saved.kh_amount = h.kh_monthly.to_string();
    }
    let form = RwSignal::new(saved);
    Effect::new(move |_| form.with(|f| storage::save_json(FORM_KEY, f)));
    let t = move |id: &'static str| move || tr(lang.get(), id);
    // Which page is shown decides the structure below. A narrow memo, so typing
    // in a field (which changes `form`) does not rebuild the page and its inputs
    // (the field would lose focus after every key).
    let step = Memo::new(move |_| form.with(|f| f.step));
    let has_partner = Memo::new(move |_| form.with(|f| f.partner));
    let parsed = Memo::new(move |_| form.with(|f| f.scenario()));
    let evaluation = Memo::new(move |_| {
        let r = form.with(|f| f.rules());
        parsed.get().ok().map(|s| crate::perf::measure("gain-evaluate", || evaluate(&r, &s)))
    });
    let go = move |step: usize| {
        form.update(|f| f.step = step);
        if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("gain-step-heading")) {
            use leptos::wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    };
    // A field's problem shows once its page was left or "next" was pressed on it,
    // not while the person is still typing their first answer.
    let submitted = RwSignal::new(false);
    let error_of = move |field: &'static str| {
        move || {
            let step = step.get();
            let page = field_step(field);
            if page > step || (page == step && !submitted.get()) {
                return None;
            }
            parsed.get().err().and_then(|list| list.into_iter().find(|(id, _)| *id == field)).map(|(_, key)| tr(lang.get(), key))
        }
    };

    view! {
        <h1>{t("gain-title")}</h1>
        <p>{t("gain-intro")}</p>
        <nav aria-label=t("gain-steps-label")>
            <ol class="steps step-indicator">
                {STEPS.iter().enumerate().map(|(i, key)| view! {
                    <StepItem
                        number=i + 1
                        title=Signal::derive(move || tr(lang.get(), key))
                        current=Signal::derive(move || step.get() == i)
                        done=Signal::derive(move || step.get() > i)
                        hidden=Signal::derive(move || i == PARTNER && !has_partner.get())
                        id=format!("gain-goto-{i}")
                        on_go=move || go(i)
                    />
                }).collect_view()}
            </ol>
        </nav>
        <h2 id="gain-step-heading" tabindex="-1">{move || tr(lang.get(), STEPS[step.get().min(RESULT)])}</h2>
        <form class="stack" novalidate on:submit=move |ev| {
            ev.prevent_default();
            let step = step.get_untracked();
            let first_bad = parsed.get_untracked().err().and_then(|list| {
                list.into_iter().find(|(field, _)| field_step(field) == step).map(|(field, _)| field)
            });
            match first_bad {
                // Stay, show the message beside the field and put the cursor there.
                Some(field) => {
                    submitted.set(true);
                    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(field)) {
                        use leptos::wasm_bindgen::JsCast;
                        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                            let _ = el.focus();
                        }
                    }
                }
                None => {
                    submitted.set(false);
                    go(next_page(step, has_partner.get_untracked()));
                }
            }
        }>
            {move || match step.get() {
                0 => view! { <YouPage lang=lang form=form error_of=error_of /> }.into_any(),
                1 => view! { <PartnerPage lang=lang form=form error_of=error_of /> }.into_any(),
                2 => view! { <ChildrenPage lang=lang form=form error_of=error_of /> }.into_any(),
                3 => view! { <HousingPage lang=lang form=form error_of=error_of /> }.into_any(),
                4 => view! { <BenefitPage lang=lang form=form error_of=error_of /> }.into_any(),
                5 => view! { <JobPage lang=lang form=form error_of=error_of /> }.into_any(),
                _ => ().into_any(),
            }}
            {move || (step.get() < RESULT).then(|| view! {
                <div class="button-row">
                    {(step.get() > 0).then(|| view! {
                        <button type="button" class="button" id="gain-back" on:click=move |_| go(previous_page(step.get_untracked(), has_partner.get_untracked()))>
                            {move || tr(lang.get(), "gain-back")}
                        </button>
                    })}
                    <button type="submit" class="button primary" id="gain-next">
                        {move || tr(lang.get(), if step.get() == RESULT - 1 { "gain-show-result" } else { "gain-next" })}
                    </button>
                </div>
            })}
        </form>
        // Interim result while answering.
        {move || (step.get() < RESULT).then(|| view! {
            <aside class="interim" aria-live="polite" id="gain-interim">
                {move || match evaluation.get() {
                    Some(e) if e.gain_monthly.is_some() => with_texts(lang.get(), |tx| tx.get_args(
                        "gain-interim",
                        &[("gain", da(Decimal::from(kr(e.gain_monthly.unwrap_or_default()))).into())],
                    )),
                    Some(_) => tr(lang.get(), "gain-interim-cannot"),
                    None => tr(lang.get(), "gain-interim-missing"),
                }}
            </aside>
        })}
        {move || (step.get() == RESULT).then(|| view! {
            <Results lang=lang form=form parsed=parsed evaluation=evaluation go=go />
        })}
    }
}

/// Open a household saved in a case on the gain screen, with the case's overrides.
pub fn open_saved(scenario: &Scenario, case_title: &str, overrides: &[Override]) {
    let mut f = Form::from_scenario(scenario);
    f.case_title = case_title.to_string();
    f.case_overrides = overrides.to_vec();
    storage::save_json(FORM_KEY, &f);
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash("#gevinst");
    }
}

/// The gain per month for a saved household under given rules (for case lists).
pub fn saved_gain(rules: &RuleSet, s: &Scenario) -> Option<Decimal> {
    evaluate(rules, s).gain_monthly
}

/// A labelled text field bound to one form string, with its error beside it.
/// `required` marks the field in words and for assistive technology;
/// `example` is a Fluent id for the placeholder (an example, never a value
/// the person has to delete first).
#[component]
fn Num(
    lang: ReadSignal<Lang>,
    form: RwSignal<Form>,
    id: &'static str,
    hint: Option<&'static str>,
    get: fn(&Form) -> String,
    set: fn(&mut Form, String),
    error: Signal<Option<String>>,
    #[prop(optional)] required: bool,
    #[prop(optional)] example: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    let described = if hint.is_some() { format!("{hint_id} {err_id}") } else { err_id.clone() };
    let mark = required.then(|| Signal::derive(move || tr(lang.get(), "field-required")));
    view! {
        <Field
            for_id=id
            label=Signal::derive(move || tr(lang.get(), id))
            hint=hint.map(|h| Signal::derive(move || tr(lang.get(), h)))
            hint_id=hint_id
            error=error
            error_id=err_id
            error_slot=true
            required=mark
        >
            <input
                id=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                class="short form-input"
                required=required
                aria-required=required.then_some("true")
                placeholder=move || example.map(|e| tr(lang.get(), e))
                aria-describedby=described
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || form.with(get)
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    form.update(|f| set(f, v));
                }
            />
        </Field>
    }
}

/// A labelled checkbox bound to one form flag.
#[component]
fn Check(lang: ReadSignal<Lang>, form: RwSignal<Form>, id: &'static str, get: fn(&Form) -> bool, set: fn(&mut Form, bool)) -> impl IntoView {
    view! {
        <Checkbox
            id=id
            label=Signal::derive(move || tr(lang.get(), id))
            checked=Signal::derive(move || form.with(get))
            on_change=move |v| form.update(|f| set(f, v))
        />
    }
}

/// A labelled choice bound to one form string.
#[component]
fn Choice(
    lang: ReadSignal<Lang>,
    form: RwSignal<Form>,
    id: &'static str,
    options: Vec<(&'static str, String)>,
    get: fn(&Form) -> String,
    set: fn(&mut Form, String),
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{move || tr(lang.get(), id)}</label>
            <select id=id on:change=move |ev| { let v = event_target_value(&ev); form.update(|f| set(f, v)); }>
                {options.into_iter().map(|(value, label_key)| view! {
                    <option value=value selected=move || form.with(|f| get(f) == value)>
                        {let k = label_key.clone(); move || if k.starts_with("gain-") { tr(lang.get(), &k) } else { k.clone() }}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

macro_rules! err {
    ($error_of:expr, $id:literal) => {
        Signal::derive({
            let e = $error_of($id);
            move || e()
        })
    };
}

#[component]
fn YouPage<E, F>(lang: ReadSignal<Lang>, form: RwSignal<Form>, error_of: E) -> impl IntoView
where
    E: Fn(&'static str) -> F + Copy + Send + Sync + 'static,
    F: Fn() -> Option<String> + Send + Sync + 'static,
{
    // The senior deduction needs the birth date only in the last years before
    // folkepensionsalder; asked from 60 so it is there before it can matter.
    let senior_age = Memo::new(move |_| form.with(|f| number(&f.age).is_some_and(|a| a >= Decimal::from(60))));
    let kommuner: Vec<(&'static str, String)> =
        rules().kommuner.iter().map(|k| (Box::leak(k.name.clone().into_boxed_str()) as &'static str, k.name.clone())).collect();
    view! {
        <Num lang=lang form=form id="gain-age" hint=None required=true get=|f| f.age.clone() set=|f, v| f.age = v error=err!(error_of, "gain-age") />
        <Choice lang=lang form=form id="gain-municipality" options=kommuner get=|f| f.municipality.clone() set=|f, v| f.municipality = v />
        <p class="field-error">{move || error_of("gain-municipality")()}</p>
        <Choice lang=lang form=form id="gain-year"
            options=year_options()
            get=|f| f.year.clone() set=|f, v| f.year = v />
        {move || senior_age.get().then(|| view! {
            <Num lang=lang form=form id="gain-birth-year" hint=Some("gain-birth-hint") get=|f| f.birth_year.clone() set=|f, v| f.birth_year = v error=err!(error_of, "gain-birth-year") />
            <Num lang=lang form=form id="gain-birth-month" hint=None get=|f| f.birth_month.clone() set=|f, v| f.birth_month = v error=err!(error_of, "gain-birth-month") />
        })}
        <Num lang=lang form=form id="gain-capital-income" hint=Some("gain-capital-income-hint") get=|f| f.capital_income.clone() set=|f, v| f.capital_income = v error=err!(error_of, "gain-capital-income") />
        <Check lang=lang form=form id="gain-church" get=|f| f.church set=|f, v| f.church = v />
        // Asked here, so a person who lives alone never sees the partner page.
        <Check lang=lang form=form id="gain-partner" get=|f| f.partner set=|f, v| f.partner = v />
    }
}

#[component]
fn PartnerPage<E, F>(lang: ReadSignal<Lang>, form: RwSignal<Form>, error_of: E) -> impl IntoView
where
    E: Fn(&'static str) -> F + Copy + Send + Sync + 'static,
    F: Fn() -> Option<String> + Send + Sync + 'static,
{
    // Narrow memos: only these answers change which fields exist (see GainPage).
    let partner = Memo::new(move |_| form.with(|f| f.partner));
    let partner_kh = Memo::new(move |_| form.with(|f| f.partner_benefit == "kontanthjaelp"));
    view! {
        {move || partner.get().then(|| view! {
            <Check lang=lang form=form id="gain-married" get=|f| f.married set=|f, v| f.married = v />
            <Num lang=lang form=form id="gain-partner-age" hint=None required=true get=|f| f.partner_age.clone() set=|f, v| f.partner_age = v error=err!(error_of, "gain-partner-age") />
            <Num lang=lang form=form id="gain-partner-hours" hint=Some("gain-partner-hours-hint") get=|f| f.partner_hours.clone() set=|f, v| f.partner_hours = v error=err!(error_of, "gain-partner-hours") />
            <Num lang=lang form=form id="gain-partner-wage" hint=None get=|f| f.partner_wage.clone() set=|f, v| f.partner_wage = v error=err!(error_of, "gain-partner-wage") />
            <Choice lang=lang form=form id="gain-partner-benefit"
                options=vec![("none", "gain-benefit-none".into()), ("kontanthjaelp", "gain-benefit-kontanthjaelp".into()), ("dagpenge", "gain-benefit-dagpenge".into())]
                get=|f| f.partner_benefit.clone() set=|f, v| f.partner_benefit = v />
            <Num lang=lang form=form id="gain-partner-capital-income" hint=Some("gain-capital-income-hint") get=|f| f.partner_capital_income.clone() set=|f, v| f.partner_capital_income = v error=err!(error_of, "gain-partner-capital-income") />
            {move || partner_kh.get().then(|| view! {
                <Num lang=lang form=form id="gain-partner-kh-amount" hint=Some("gain-kh-amount-hint") get=|f| f.partner_kh_amount.clone() set=|f, v| f.partner_kh_amount = v error=err!(error_of, "gain-partner-kh-amount") />
            })}
        })}
    }
}

#[component]
fn ChildrenPage<E, F>(lang: ReadSignal<Lang>, form: RwSignal<Form>, error_of: E) -> impl IntoView
where
    E: Fn(&'static str) -> F + Copy + Send + Sync + 'static,
    F: Fn() -> Option<String> + Send + Sync + 'static,
{
    view! {
        <Num lang=lang form=form id="gain-children" hint=Some("gain-children-hint") get=|f| f.children.clone() set=|f, v| f.children = v error=err!(error_of, "gain-children") />
        <Num lang=lang form=form id="gain-childcare-price" hint=Some("gain-childcare-hint") get=|f| f.childcare.clone() set=|f, v| f.childcare = v error=err!(error_of, "gain-childcare-price") />
    }
}

#[component]
fn HousingPage<E, F>(lang: ReadSignal<Lang>, form: RwSignal<Form>, error_of: E) -> impl IntoView
where
    E: Fn(&'static str) -> F + Copy + Send + Sync + 'static,
    F: Fn() -> Option<String> + Send + Sync + 'static,
{
    let renting = Memo::new(move |_| form.with(|f| f.renting));
    view! {
        <Check lang=lang form=form id="gain-renting" get=|f| f.renting set=|f, v| f.renting = v />
        {move || renting.get().then(|| view! {
            <Num lang=lang form=form id="gain-rent" hint=Some("gain-rent-hint") required=true get=|f| f.rent.clone() set=|f, v| f.rent = v error=err!(error_of, "gain-rent") />
            <Num lang=lang form=form id="gain-area" hint=Some("gain-area-hint") required=true get=|f| f.area.clone() set=|f, v| f.area = v error=err!(error_of, "gain-area") />
            <Check lang=lang form=form id="gain-heating-separate" get=|f| f.heating_separate set=|f, v| f.heating_separate = v />
            <Check lang=lang form=form id="gain-hot-water-included" get=|f| f.hot_water_included set=|f, v| f.hot_water_included = v />
            <Check lang=lang form=form id="gain-electricity-included" get=|f| f.electricity_included set=|f, v| f.electricity_included = v />
            <Num lang=lang form=form id="gain-wealth" hint=Some("gain-wealth-hint") get=|f| f.wealth.clone() set=|f, v| f.wealth = v error=err!(error_of, "gain-wealth") />
        })}
    }
}

#[component]
fn BenefitPage<E, F>(lang: ReadSignal<Lang>, form: RwSignal<Form>, error_of: E) -> impl IntoView
where
    E: Fn(&'static str) -> F + Copy + Send + Sync + 'static,
    F: Fn() -> Option<String> + Send + Sync + 'static,
{
    let benefit = Memo::new(move |_| form.with(|f| f.benefit.clone()));
    // The tilpasningstillæg is for people under 30 only (asked only of them).
    let under_30 = Memo::new(move |_| form.with(|f| number(&f.age).is_some_and(|a| a < Decimal::from(30))));
    view! {
        <Choice lang=lang form=form id="gain-benefit"
            options=vec![
                ("kontanthjaelp", "gain-benefit-kontanthjaelp".into()),
                ("dagpenge", "gain-benefit-dagpenge".into()),
                ("sygedagpenge", "gain-benefit-sygedagpenge".into()),
                ("fleksjob", "gain-benefit-fleksjob".into()),
                ("none", "gain-benefit-none".into()),
            ]
            get=|f| f.benefit.clone() set=|f, v| f.benefit = v />
        {move || match benefit.get().as_str() {
            "kontanthjaelp" => view! {
                <Choice lang=lang form=form id="gain-kh-sats"
                    options=vec![
                        ("forhoejet", "gain-kh-sats-forhoejet".into()),
                        ("grundsats", "gain-kh-sats-grundsats".into()),
                        ("mindstesats", "gain-kh-sats-mindstesats".into()),
                        ("hjemmeboende", "gain-kh-sats-hjemmeboende".into()),
                    ]
                    get=|f| f.kh_sats.clone() set=|f, v| f.kh_sats = v />
                <Num lang=lang form=form id="gain-kh-amount" hint=Some("gain-kh-amount-hint") get=|f| f.kh_amount.clone() set=|f, v| f.kh_amount = v error=err!(error_of, "gain-kh-amount") />
                <Num lang=lang form=form id="gain-kh-months" hint=Some("gain-kh-months-hint") get=|f| f.kh_months.clone() set=|f, v| f.kh_months = v error=err!(error_of, "gain-kh-months") />
                {move || under_30.get().then(|| view! {
                    <Num lang=lang form=form id="gain-kh-tilpasning" hint=Some("gain-kh-tilpasning-hint") get=|f| f.kh_tilpasning.clone() set=|f, v| f.kh_tilpasning = v error=err!(error_of, "gain-kh-tilpasning") />
                })}
            }.into_any(),
            "dagpenge" => view! {
                <Num lang=lang form=form id="gain-dp-rate" hint=Some("gain-dp-rate-hint") get=|f| f.dp_rate.clone() set=|f, v| f.dp_rate = v error=err!(error_of, "gain-dp-rate") />
                <Num lang=lang form=form id="gain-dp-prev-wage" hint=Some("gain-dp-prev-wage-hint") get=|f| f.dp_prev_wage.clone() set=|f, v| f.dp_prev_wage = v error=err!(error_of, "gain-dp-prev-wage") />
                <Check lang=lang form=form id="gain-dp-beskaeftigelsestillaeg" get=|f| f.dp_beskaeftigelsestillaeg set=|f, v| f.dp_beskaeftigelsestillaeg = v />
                <p class="hint" id="gain-dp-beskaeftigelsestillaeg-hint">{move || tr(lang.get(), "gain-dp-beskaeftigelsestillaeg-hint")}</p>
            }.into_any(),
            "sygedagpenge" => view! {
                <Num lang=lang form=form id="gain-syg-wage" hint=None required=true get=|f| f.syg_wage.clone() set=|f, v| f.syg_wage = v error=err!(error_of, "gain-syg-wage") />
                <Num lang=lang form=form id="gain-syg-hours" hint=None required=true example="gain-hours-example" get=|f| f.syg_hours.clone() set=|f, v| f.syg_hours = v error=err!(error_of, "gain-syg-hours") />
            }.into_any(),
            "fleksjob" => view! { <p class="hint">{move || tr(lang.get(), "gain-fleksjob-hint")}</p> }.into_any(),
            _ => ().into_any(),
        }}
    }
}

#[component]
fn JobPage<E, F>(lang: ReadSignal<Lang>, form: RwSignal<Form>, error_of: E) -> impl IntoView
where
    E: Fn(&'static str) -> F + Copy + Send + Sync + 'static,
    F: Fn() -> Option<String> + Send + Sync + 'static,
{
    view! {
        <Num lang=lang form=form id="gain-job-hours" hint=Some("gain-job-hours-hint") required=true example="gain-hours-example" get=|f| f.job_hours.clone() set=|f, v| f.job_hours = v error=err!(error_of, "gain-job-hours") />
        <Num lang=lang form=form id="gain-job-wage" hint=Some("gain-job-wage-hint") required=true get=|f| f.job_wage.clone() set=|f, v| f.job_wage = v error=err!(error_of, "gain-job-wage") />
        <Num lang=lang form=form id="gain-transport-cost" hint=None get=|f| f.transport.clone() set=|f, v| f.transport = v error=err!(error_of, "gain-transport-cost") />
    }
}

#[component]
fn Results(
    lang: ReadSignal<Lang>,
    form: RwSignal<Form>,
    parsed: Memo<Result<Scenario, Vec<Problem>>>,
    evaluation: Memo<Option<Evaluation>>,
    go: impl Fn(usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let monthly = Memo::new(move |_| form.with(|f| f.monthly));
    let monthly = move || monthly.get();
    let case_title = Memo::new(move |_| form.with(|f| f.case_title.clone()));
    // With an adviser's corrections in force: the gain under the rules without them, beside it.
    let baseline = Memo::new(move |_| {
        let e = evaluation.get()?;
        if e.overridden().is_empty() {
            return None;
        }
        let s = parsed.get().ok()?;
        evaluate(super::baseline_rules(), &s).gain_monthly
    });
    let sweep_data = Memo::new(move |_| {
        let r = form.with(|f| f.rules());
        parsed.get().ok().and_then(|s| crate::perf::measure("gain-sweep", || sweep(&r, &s, Decimal::from(45), 45)).ok())
    });
    view! {
        {move || parsed.get().err().map(|problems| view! {
            <div class="warnings" role="alert" id="gain-problems">
                <h3>{move || tr(lang.get(), "gain-problems-title")}</h3>
                <ul>
                    {problems.into_iter().map(|(field, key)| {
                        let step = field_step(field);
                        view! { <li>
                            <button type="button" class="link-button" on:click=move |_| go(step)>
                                {move || tr(lang.get(), field)}": "{move || tr(lang.get(), key)}
                            </button>
                        </li> }
                    }).collect_view()}
                </ul>
            </div>
        })}
        <fieldset class="field">
            <legend>{move || tr(lang.get(), "gain-period")}</legend>
            <div class="radio">
                <input type="radio" id="gain-period-month" name="gain-period" prop:checked=monthly on:change=move |_| form.update(|f| f.monthly = true) />
                <label for="gain-period-month">{move || tr(lang.get(), "gain-period-month")}</label>
            </div>
            <div class="radio">
                <input type="radio" id="gain-period-year" name="gain-period" prop:checked=move || !monthly() on:change=move |_| form.update(|f| f.monthly = false) />
                <label for="gain-period-year">{move || tr(lang.get(), "gain-period-year")}</label>
            </div>
        </fieldset>
        {move || {
            let title = case_title.get();
            (!title.is_empty()).then(|| view! {
                <p class="notice" id="gain-case">
                    {with_texts(lang.get(), |t| t.get_args("gain-from-case", &[("title", title.clone().into())]))}
                    " "
                    <button type="button" class="link-button" id="gain-case-forget" on:click=move |_| form.update(|f| {
                        f.case_title.clear();
                        f.case_overrides.clear();
                    })>{move || tr(lang.get(), "gain-case-forget")}</button>
                </p>
            })
        }}
        <section class="result" aria-live="polite" aria-labelledby="gain-result-title" id="gain-result">
            <h3 id="gain-result-title">{move || tr(lang.get(), "gain-result-title")}</h3>
            {move || evaluation.get().map(|e| summary(lang.get(), &e, monthly()))}
            {move || baseline.get().map(|g| view! {
                <p id="gain-baseline" data-gain-monthly=kr(g).to_string()>
                    {with_texts(lang.get(), |t| t.get_args("gain-baseline", &[("amount", money(lang.get(), g * Decimal::from(12), monthly()).into())]))}
                </p>
            })}
        </section>
        {move || evaluation.get().map(|e| warnings(lang.get(), &e))}
        {move || evaluation.get().map(|e| {
            let l = lang.get();
            let m = monthly();
            let changed: Vec<String> = e.overridden().into_iter().map(|r| r.path.clone()).collect();
            view! {
                <section aria-labelledby="gain-tree-title">
                    <h3 id="gain-tree-title">{tr(l, "gain-tree-title")}</h3>
                    <p class="hint">{tr(l, "gain-tree-hint")}</p>
                    <div class="sides">
                        {e.benefit.as_ref().map(|s| view! {
                            <div class="side" id="gain-tree-benefit"><h4>{tr(l, "gain-today")}</h4><ul class="tree">{tree_view(&s.tree, l, m, 0, &changed)}</ul></div>
                        })}
                        {e.work.as_ref().map(|s| view! {
                            <div class="side" id="gain-tree-work"><h4>{tr(l, "gain-with-job")}</h4><ul class="tree">{tree_view(&s.tree, l, m, 0, &changed)}</ul></div>
                        })}
                    </div>
                </section>
            }
        })}
        {move || sweep_data.get().map(|sw| chart(lang.get(), &sw))}
        <div class="button-row">
            <button type="button" class="button" id="gain-edit" on:click=move |_| go(0)>{move || tr(lang.get(), "gain-edit")}</button>
            <button type="button" class="button" id="gain-print" on:click=|_| print_all()>{move || tr(lang.get(), "gain-print")}</button>
        </div>
        <SaveToCase lang=lang parsed=parsed />
        <p class="not-advice">{move || tr(lang.get(), "gain-not-advice")}</p>
    }
}

/// Keep this household in one of the person's cases (recomputed when shown there).
#[component]
fn SaveToCase(lang: ReadSignal<Lang>, parsed: Memo<Result<Scenario, Vec<Problem>>>) -> impl IntoView {
    use crate::casestore;
    use ret_og_frist_cases::{Case, SavedScenario};
    let cases = RwSignal::new(Vec::<Case>::new());
    leptos::task::spawn_local(async move {
        if let Ok(list) = casestore::list().await {
            cases.set(list);
        }
    });
    let chosen = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let save = move |_| {
        let l = lang.get_untracked();
        let Ok(scenario) = parsed.get_untracked() else { return };
        let id = chosen.get_untracked();
        let Some(mut case) = cases.get_untracked().into_iter().find(|c| c.id == id).or_else(|| cases.get_untracked().into_iter().next())
        else {
            return;
        };
        let name = match title.get_untracked().trim() {
            "" => with_texts(l, |t| t.get_args("gain-save-default-title", &[
                ("hours", da(scenario.job.hours_per_week).into()),
                ("n", scenario.job.hours_per_week.to_string().parse::<f64>().unwrap_or_default().into()),
                ("wage", da(scenario.job.wage_month().round_dp(0)).into()),
            ])),
            t => t.to_string(),
        };
        case.scenarios.push(SavedScenario { id: casestore::new_id(), title: name, saved: super::today().unwrap_or_default(), scenario });
        leptos::task::spawn_local(async move {
            let case_title = case.title.clone();
            match casestore::save(case).await {
                Ok(saved) => {
                    cases.update(|all| {
                        if let Some(c) = all.iter_mut().find(|c| c.id == saved.id) {
                            *c = saved;
                        }
                    });
                    status.set(with_texts(l, |t| t.get_args("gain-saved", &[("title", case_title.into())])));
                }
                Err(e) => status.set(with_texts(l, |t| t.get_args("gain-save-failed", &[("why", e.into())]))),
            }
        });
    };
    view! {
        <section aria-labelledby="gain-save-title" id="gain-save">
            <h3 id="gain-save-title">{move || tr(lang.get(), "gain-save-title")}</h3>
            {move || if cases.with(|c| c.is_empty()) {
                view! { <p>{tr(lang.get(), "gain-save-no-cases")}" "<a href="#sager">{tr(lang.get(), "nav-sager")}</a></p> }.into_any()
            } else {
                view! {
                    <div class="field">
                        <label for="gain-save-case">{tr(lang.get(), "gain-save-case")}</label>
                        <select id="gain-save-case" on:change=move |ev| chosen.set(event_target_value(&ev))>
                            {cases.get().into_iter().map(|c| view! { <option value=c.id.clone()>{c.title.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="gain-save-name">{tr(lang.get(), "gain-save-name")}</label>
                        <input id="gain-save-name" type="text" autocomplete="off" prop:value=move || title.get()
                            on:input=move |ev| title.set(event_target_value(&ev)) />
                    </div>
                    <button type="button" class="button" id="gain-save-button" on:click=save>{tr(lang.get(), "gain-save-button")}</button>
                }.into_any()
            }}
            <p role="status" id="gain-save-status">{move || status.get()}</p>
        </section>
    }
}

/// The questionnaire field behind a scenario field the engine refused.
fn check_field(field: &str) -> &'static str {
    const MAP: &[(&str, &str)] = &[
        ("housing.rent_monthly", "gain-rent"),
        ("housing.area", "gain-area"),
        ("housing.wealth", "gain-wealth"),
        ("costs.childcare_monthly", "gain-childcare-price"),
        ("costs.transport_monthly", "gain-transport-cost"),
        ("job.hours_per_week", "gain-job-hours"),
        ("job", "gain-job-wage"),
        ("adults[0].benefit.monthly_amount", "gain-kh-amount"),
        ("adults[0].benefit.tilpasningstillaeg", "gain-kh-tilpasning"),
        ("adults[0].benefit.monthly_rate", "gain-dp-rate"),
        ("adults[0].benefit.previous_monthly_wage", "gain-dp-prev-wage"),
        ("adults[0].benefit.hourly_wage", "gain-syg-wage"),
        ("adults[0].benefit.normal_hours_per_week", "gain-syg-hours"),
        ("adults[0].birth_year", "gain-birth-year"),
        ("adults[0].birth_month", "gain-birth-month"),
        ("adults[0].capital_income", "gain-capital-income"),
        ("adults[1].capital_income", "gain-partner-capital-income"),
        ("adults[1].work.hours_per_week", "gain-partner-hours"),
        ("adults[1].work", "gain-partner-wage"),
        ("adults[1].benefit", "gain-partner-kh-amount"),
        ("adults[1]", "gain-partner-age"),
        ("children", "gain-children"),
    ];
    MAP.iter().find(|(prefix, _)| field.starts_with(prefix)).map(|(_, id)| *id).unwrap_or("gain-age")
}

/// Print the result with every part of the explanation opened, for the person
/// to take along (an adviser's hand-out).
fn print_all() {
    use leptos::wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else { return };
    if let Some(doc) = w.document() {
        if let Ok(list) = doc.query_selector_all("#main details") {
            for i in 0..list.length() {
                if let Some(d) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    let _ = d.set_attribute("open", "");
                }
            }
        }
    }
    let _ = w.print();
}

fn field_step(field: &str) -> usize {
    match field {
        "gain-age" | "gain-municipality" | "gain-birth-year" | "gain-birth-month" | "gain-capital-income" => 0,
        f if f.starts_with("gain-partner") => 1,
        "gain-children" | "gain-childcare-price" => 2,
        "gain-rent" | "gain-area" | "gain-wealth" => 3,
        "gain-kh-amount" | "gain-kh-months" | "gain-kh-tilpasning" | "gain-dp-rate" | "gain-dp-prev-wage" | "gain-syg-wage" | "gain-syg-hours" => 4,
        _ => 5,
    }
}

fn summary(lang: Lang, e: &Evaluation, monthly: bool) -> AnyView {
    let (Some(b), Some(w), Some(g)) = (&e.benefit, &e.work, e.gain_monthly) else {
        return view! { <p id="gain-summary-cannot">{tr(lang, "gain-result-cannot")}</p> }.into_any();
    };
    let gain_year = g * Decimal::from(12);
    let per_hour = e.gain_per_hour.map(|h| with_texts(lang, |t| t.get_args("gain-per-hour", &[("amount", da(h.round_dp(0)).into())])));
    view! {
        <p class="deadline" id="gain-gain" data-gain-monthly=kr(g).to_string()>{with_texts(lang, |t| t.get_args(
            if g >= Decimal::ZERO { "gain-gain-positive" } else { "gain-gain-negative" },
            &[("amount", money(lang, gain_year.abs(), monthly).into())],
        ))}</p>
        {per_hour.map(|p| view! { <p id="gain-per-hour">{p}</p> })}
        <table id="gain-summary">
            <caption>{tr(lang, "gain-summary-caption")}</caption>
            <thead><tr><td></td><th scope="col">{tr(lang, "gain-today")}</th><th scope="col">{tr(lang, "gain-with-job")}</th></tr></thead>
            <tbody>
                <tr><th scope="row">{tr(lang, "gain-wage")}</th><td>{money(lang, b.gross_wage, monthly)}</td><td>{money(lang, w.gross_wage, monthly)}</td></tr>
                <tr><th scope="row">{tr(lang, "gain-disposable")}</th><td data-side="benefit">{money(lang, b.disposable, monthly)}</td><td data-side="work">{money(lang, w.disposable, monthly)}</td></tr>
            </tbody>
        </table>
    }
    .into_any()
}

fn warnings(lang: Lang, e: &Evaluation) -> AnyView {
    let cannot: Vec<String> =
        with_texts(lang, |t| e.cannot_compute.iter().map(|c| t.cannot_compute(&c.what, &super::rule_label(t, &c.path), c.date, c.reason)).collect());
    let uncertain: Vec<(String, String)> = e
        .uncertain_rates()
        .into_iter()
        .map(|r| (r.path.clone(), with_texts(lang, |t| t.confidence(r.confidence))))
        .collect();
    let overridden: Vec<String> = e.overridden().into_iter().map(|r| r.path.clone()).collect();
    // Rates for a year that is not published yet are estimates: say which, and how.
    let estimated = e.estimated();
    let estimated_year = estimated.iter().map(|x| x.year).max();
    let estimated: Vec<String> = with_texts(lang, |t| {
        estimated.iter().map(|x| t.estimated(&super::rule_label(t, &x.path), x)).collect()
    });
    // Parts that may apply but are not in the totals (an amount the law does
    // not confirm, or a supplement given where it does not apply).
    let not_included: Vec<String> = with_texts(lang, |t| e.not_included.iter().map(|n| t.not_included(rules(), n)).collect());
    view! {
        {(!not_included.is_empty()).then(|| view! {
            <div class="warnings" id="gain-not-included">
                <h3>{tr(lang, "gain-not-included-title")}</h3>
                <ul>{not_included.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            </div>
        })}
        {(!cannot.is_empty()).then(|| view! {
            <div class="warnings" id="gain-cannot">
                <h3>{tr(lang, "gain-cannot-title")}</h3>
                <ul>{cannot.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            </div>
        })}
        {estimated_year.map(|year| view! {
            <div class="warnings" id="gain-estimated" data-year=year>
                <h3>{with_texts(lang, |t| t.get_args("gain-estimated-title", &[("year", year.into())]))}</h3>
                <p>{with_texts(lang, |t| t.estimated_warning(year))}</p>
                <ul>{estimated.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
            </div>
        })}
        {(!overridden.is_empty()).then(|| view! {
            <div class="warnings" id="gain-overridden">
                <h3>{tr(lang, "gain-overridden-title")}</h3>
                <ul>{overridden.into_iter().map(|p| {
                    let name = with_texts(lang, |t| super::rule_label(t, &p));
                    view! { <li><a href=format!("#regler/{p}")>{name}</a></li> }
                }).collect_view()}</ul>
            </div>
        })}
        {(!uncertain.is_empty()).then(|| {
            let n = uncertain.len();
            view! {
                <details class="notice" id="gain-uncertain">
                    <summary>{with_texts(lang, |t| t.get_args("gain-uncertain", &[("count", n.into())]))}</summary>
                    <ul>{uncertain.into_iter().map(|(p, c)| view! {
                        <li><a href=format!("#regler/{p}")>{with_texts(lang, |t| super::rule_label(t, &p))}</a>" — "{c}</li>
                    }).collect_view()}</ul>
                </details>
            }
        })}
    }
    .into_any()
}

/// The years to choose: this year, next year (an estimate until its rates are
/// published, and the result says so) and the two years before.
fn year_options() -> Vec<(&'static str, String)> {
    let this = super::today().map(|d| d.year()).unwrap_or_default();
    [this, this + 1, this - 1, this - 2]
        .into_iter()
        .map(|y| (&*Box::leak(y.to_string().into_boxed_str()), y.to_string()))
        .collect()
}

/// The earnings chart (SVG) with shaded cliffs, and the same data as a table.
fn chart(lang: Lang, sw: &Sweep) -> AnyView {
    let (w, h, pad) = (640.0_f64, 300.0_f64, 48.0_f64);
    let to_f = |d: Decimal| d.to_string().parse::<f64>().unwrap_or(0.0);
    let max_hours = sw.points.last().map(|p| to_f(p.hours_per_week)).unwrap_or(45.0).max(1.0);
    let months: Vec<(f64, f64)> =
        sw.points.iter().map(|p| (to_f(p.hours_per_week), to_f(p.disposable) / 12.0)).collect();
    let max_y = months.iter().map(|(_, y)| *y).fold(1.0, f64::max) * 1.1;
    let x = move |hours: f64| pad + hours / max_hours * (w - 2.0 * pad);
    let y = move |v: f64| h - pad - v.max(0.0) / max_y * (h - 2.0 * pad);
    let line: String = months.iter().map(|(hx, vy)| format!("{:.1},{:.1}", x(*hx), y(*vy))).collect::<Vec<_>>().join(" ");
    let step = (w - 2.0 * pad) / (sw.points.len().max(2) - 1) as f64;
    let shades = sw
        .cliffs
        .iter()
        .filter(|c| c.kind != "starts-falling")
        .map(|c| {
            let cx = x(to_f(c.hours_per_week));
            view! { <rect class="cliff" x=format!("{:.1}", cx - step) y=format!("{pad}") width=format!("{:.1}", step) height=format!("{:.1}", h - 2.0 * pad) /> }
        })
        .collect_view();
    let sentences: Vec<String> = with_texts(lang, |t| {
        sw.cliffs
            .iter()
            .map(|c| {
                // The plural follows the number ("1 time", "2 timer"); i18n shows it with the language's decimal mark.
                t.cliff(c.kind, &c.part, &c.hours_per_week.round_dp(1).normalize().to_string())
            })
            .collect()
    });
    let rows = sw
        .points
        .iter()
        .map(|p| {
            let rate = p.marginal_rate.map(|m| format!("{} %", da((m * Decimal::ONE_HUNDRED).round_dp(0)))).unwrap_or_default();
            view! {
                <tr>
                    <td>{da(p.hours_per_week)}</td>
                    <td>{da(Decimal::from(kr(p.gross_wage / Decimal::from(12))))}</td>
                    <td>{da(Decimal::from(kr(p.disposable / Decimal::from(12))))}</td>
                    <td>{rate}</td>
                </tr>
            }
        })
        .collect_view();
    let y_top = da(Decimal::from(max_y as i64));
    // Tap (or click) the curve to read the nearest point's figures: on a phone
    // the table beside the chart is far down the page.
    let picked = RwSignal::new(None::<usize>);
    let coords: Vec<(f64, f64)> = months.iter().map(|(hx, vy)| (x(*hx), y(*vy))).collect();
    let figures: Vec<(String, f64, String, String)> = sw
        .points
        .iter()
        .map(|p| {
            let h = p.hours_per_week.round_dp(1).normalize();
            let shown = if matches!(lang, Lang::Da | Lang::Uk) { h.to_string().replace('.', ",") } else { h.to_string() };
            (shown, to_f(h), da(Decimal::from(kr(p.gross_wage / Decimal::from(12)))), da(Decimal::from(kr(p.disposable / Decimal::from(12)))))
        })
        .collect();
    let count = coords.len();
    let marker = coords.clone();
    let pick = move |ev: web_sys::MouseEvent| {
        use leptos::wasm_bindgen::JsCast;
        let Some(svg) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let r = svg.get_bounding_client_rect();
        if r.width() <= 0.0 || count == 0 {
            return;
        }
        let fx = (f64::from(ev.client_x()) - r.left()) / r.width() * w;
        let i = ((fx - pad) / step).round().clamp(0.0, (count - 1) as f64) as usize;
        picked.set(Some(i));
    };
    view! {
        <section aria-labelledby="gain-chart-title" id="gain-chart">
            <h3 id="gain-chart-title">{tr(lang, "gain-chart-title")}</h3>
            <p class="hint">{tr(lang, "gain-chart-hint")}</p>
            <ul id="gain-cliffs">{sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            <div class="chart-and-table">
                <figure class="chart">
                    <svg dir="ltr" viewBox=format!("0 0 {w} {h}") role="img" aria-labelledby="gain-chart-title gain-chart-desc" focusable="false" on:click=pick>
                        <desc id="gain-chart-desc">{tr(lang, "gain-chart-desc")}</desc>
                        {shades}
                        <line class="axis" x1=format!("{pad}") y1=format!("{}", h - pad) x2=format!("{}", w - pad) y2=format!("{}", h - pad) />
                        <line class="axis" x1=format!("{pad}") y1=format!("{pad}") x2=format!("{pad}") y2=format!("{}", h - pad) />
                        <polyline class="series" points=line />
                        {move || picked.get().and_then(|i| marker.get(i).copied()).map(|(cx, cy)| view! {
                            <circle class="picked" cx=format!("{cx:.1}") cy=format!("{cy:.1}") r="7" />
                        })}
                        <text x=format!("{}", w / 2.0) y=format!("{}", h - 10.0) text-anchor="middle">{tr(lang, "gain-chart-x")}</text>
                        <text x="4" y=format!("{}", pad - 8.0)>{y_top}" kr."</text>
                        <text x=format!("{pad}") y=format!("{}", h - pad + 16.0) text-anchor="middle">"0"</text>
                        <text x=format!("{}", w - pad) y=format!("{}", h - pad + 16.0) text-anchor="middle">{format!("{max_hours:.0}")}</text>
                    </svg>
                    <figcaption>{tr(lang, "gain-chart-caption")}" "{tr(lang, "gain-chart-tap")}</figcaption>
                    <p id="gain-chart-point" aria-live="polite">{move || picked.get().and_then(|i| figures.get(i).cloned()).map(|(hours, n, wage, disposable)| {
                        with_texts(lang, |t| t.get_args("gain-chart-point", &[("hours", hours.into()), ("n", n.into()), ("wage", wage.into()), ("disposable", disposable.into())]))
                    })}</p>
                </figure>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="gain-table-caption">
                    <table id="gain-table">
                        <caption id="gain-table-caption">{tr(lang, "gain-table-caption")}</caption>
                        <thead><tr>
                            <th scope="col">{tr(lang, "gain-col-hours")}</th>
                            <th scope="col">{tr(lang, "gain-col-wage")}</th>
                            <th scope="col">{tr(lang, "gain-col-disposable")}</th>
                            <th scope="col">{tr(lang, "gain-col-marginal")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </div>
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_and_plain_numbers() {
        assert_eq!(number("12.500"), Some(Decimal::from(12500)));
        assert_eq!(number("12 500"), Some(Decimal::from(12500)));
        assert_eq!(number("165,50"), Some("165.50".parse().unwrap()));
        assert_eq!(number("165.5"), Some("165.5".parse().unwrap()));
        assert_eq!(number("1.234.567,5"), Some("1234567.5".parse().unwrap()));
        assert_eq!(number("abc"), None);
        assert_eq!(number(""), None);
    }
}
