//! "Kan det betale sig?": a short questionnaire (you, partner, children, housing,
//! today's benefit, the job), an interim result while answering, then today vs
//! the job side by side with the rule behind every krone, and the earnings
//! chart with its data table and named cliffs.
//!
//! Answers are kept as typed (strings) in local storage, so bad input is shown
//! beside its field and nothing is lost on reload.

mod chart;
mod form;
mod questions;
mod result;
mod tree;

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
use ret_og_frist_core::gain::{evaluate, Evaluation, Scenario, Sweep};
use ret_og_frist_core::rules::{Override, RuleSet};
use std::borrow::Cow;
use ret_og_frist_i18n::Lang;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use chart::*;
use form::*;
use questions::*;
use result::*;
use tree::*;

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

#[component]
pub fn GainPage(lang: ReadSignal<Lang>) -> impl IntoView {
    let mut saved = storage::load_json::<Form>(FORM_KEY).unwrap_or_default();
    // From a case: a saved household, with the case's title and overrides.
    if let Some(h) = crate::handoff::SavedGain::take() {
        saved = Form::from_scenario(&h.scenario);
        saved.case_title = h.case_title;
        saved.case_overrides = h.overrides;
    }
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
    // A benchmark may ask for 100 more evaluations per change, timed together,
    // to tell the steady cost of one household from a keystroke's (never in
    // normal use; read once, not per keystroke).
    let evaluate_x100 = crate::perf::asked("evaluate100");
    let evaluation = Memo::new(move |_| {
        let r = form.with(|f| f.rules());
        parsed.get().ok().map(|s| {
            let e = crate::perf::measure("gain-evaluate", || evaluate(&r, &s));
            if evaluate_x100 {
                crate::perf::measure("gain-evaluate-x100", || (0..100).for_each(|_| drop(std::hint::black_box(evaluate(&r, &s)))));
            }
            e
        })
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
                        // Without a partner the partner's page is left out, and so is its number.
                        number=Signal::derive(move || if i > PARTNER && !has_partner.get() { i } else { i + 1 })
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
    crate::handoff::SavedGain { scenario: scenario.clone(), case_title: case_title.to_string(), overrides: overrides.to_vec() }.send();
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash("#gevinst");
    }
}

/// The gain per month for a saved household under given rules (for case lists).
pub fn saved_gain(rules: &RuleSet, s: &Scenario) -> Option<Decimal> {
    evaluate(rules, s).gain_monthly
}
