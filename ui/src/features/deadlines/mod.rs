//! "Frister": pick the kind of deadline, type the date, see the deadline with its
//! explanation, warnings and the rules behind it. Recalculates on every keystroke.

use crate::components::{Alert, AlertKind, Field, Radio, RadioGroup};
use crate::i18n::{tr, with_texts};
use crate::storage;
use leptos::prelude::*;
use ret_og_frist_core::dates::{parse_user_date, DateInputError};
use ret_og_frist_core::deadlines::{DeadlineError, DeadlineRequest, DeadlineResult};
use super::{rules, today};
use ret_og_frist_core::{DeadlineKind, Delivery, Employment};
use ret_og_frist_i18n::Lang;
use serde::{Deserialize, Serialize};


/// What the user has typed; saved on every change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Form {
    pub kind: DeadlineKind,
    pub date: String,
    pub delivery: Delivery,
    pub employment: Employment,
}

#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Empty,
    BadDate(DateInputError),
    Failed(DeadlineError),
    Done(Box<DeadlineResult>),
}

fn outcome(form: &Form) -> Outcome {
    match parse_user_date(&form.date) {
        Err(DateInputError::Empty) => Outcome::Empty,
        Err(e) => Outcome::BadDate(e),
        Ok(date) => {
            let req = DeadlineRequest {
                kind: form.kind,
                date,
                delivery: form.delivery,
                employment: form.employment,
            };
            match crate::active::get().deadline(&req) {
                Ok(r) => Outcome::Done(Box::new(r)),
                Err(e) => Outcome::Failed(e),
            }
        }
    }
}

pub const FORM_KEY: &str = "frister.form";

/// With overrides in force: the deadline under the rules without them.
fn baseline_deadline(form: &Form) -> Option<chrono::NaiveDate> {
    let date = parse_user_date(&form.date).ok()?;
    let req = DeadlineRequest { kind: form.kind, date, delivery: form.delivery, employment: form.employment };
    crate::active::get().baseline_deadline(&req)
}


/// "12 days left" / "today" / "passed 3 days ago", counted from this device's date.
fn days_left_text(lang: Lang, deadline: chrono::NaiveDate) -> Option<String> {
    let days = (deadline - today()?).num_days();
    Some(with_texts(lang, |t| t.days_left(days)))
}

#[component]
pub fn Frister(lang: ReadSignal<Lang>) -> impl IntoView {
    let mut saved = storage::load_json::<Form>(FORM_KEY).unwrap_or_default();
    // From "Forstå dit brev", "Status" or "Klag": the deadline kind and what the sender knows.
    if let Some(h) = crate::handoff::FristerHandoff::take() {
        saved = Form {
            kind: h.kind,
            date: h.date.map(|d| d.format("%d.%m.%Y").to_string()).unwrap_or_default(),
            delivery: h.delivery.unwrap_or_default(),
            employment: h.employment.unwrap_or(saved.employment),
        };
    }
    let form = RwSignal::new(saved);
    Effect::new(move |_| form.with(|f| storage::save_json(FORM_KEY, f)));
    let touched = RwSignal::new(false);
    let result = Memo::new(move |_| form.with(outcome));

    let t = move |id: &'static str| move || tr(lang.get(), id);
    let kind = move || form.with(|f| f.kind);
    let uses_delivery = move || kind().uses_delivery();
    let event_label = move || {
        let f = form.get();
        // A letter not sent digitally: the deadline runs from sending.
        let event = if f.kind.uses_delivery() && f.delivery != Delivery::Digital { "sent" } else { f.kind.event() };
        with_texts(lang.get(), |t| t.event(event))
    };
    let date_error = move || match result.get() {
        Outcome::BadDate(e) if touched.get() || form.with(|f| f.date.trim().len() >= 8) => {
            Some(with_texts(lang.get(), |t| t.date_error(&e)))
        }
        _ => None,
    };
    let understood = move || match (result.get(), parse_user_date(&form.with(|f| f.date.clone()))) {
        (_, Ok(d)) => Some(with_texts(lang.get(), |t| {
            t.get_args("date-understood", &[("date", t.date(d).into())])
        })),
        _ => None,
    };

    view! {
        <h1 id="frister-title">{t("frister-title")}</h1>
        <p>{t("frister-intro")}</p>
        <form class="stack" on:submit=|ev| ev.prevent_default() novalidate>
            <Field for_id="deadline-kind" label=Signal::derive(t("kind-label"))>
                <select
                    id="deadline-kind"
                    class="form-select"
                    prop:value=move || kind().id()
                    on:change=move |ev| {
                        if let Some(k) = DeadlineKind::from_id(&event_target_value(&ev)) {
                            form.update(|f| f.kind = k);
                        }
                    }
                >
                    {DeadlineKind::all()
                        .into_iter()
                        .map(|k| {
                            view! {
                                <option value=k.id() selected=move || kind() == k>
                                    {move || with_texts(lang.get(), |t| t.deadline_kind(k.id()))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </Field>
            <Show when=uses_delivery>
                <RadioGroup legend=Signal::derive(t("delivery-legend"))>
                    {[Delivery::Digital, Delivery::Paper, Delivery::Quickpost]
                        .into_iter()
                        .map(|d| {
                            let id = format!("delivery-{}", d.id());
                            view! {
                                <Radio
                                    id=id
                                    name="delivery"
                                    value=d.id()
                                    label=Signal::derive(move || with_texts(lang.get(), |t| t.delivery(d.id())))
                                    checked=Signal::derive(move || form.with(|f| f.delivery == d))
                                    on_choose=move || form.update(|f| f.delivery = d)
                                />
                            }
                        })
                        .collect_view()}
                </RadioGroup>
            </Show>
            <Show when=move || kind().by_employment()>
                <Field for_id="employment" label=Signal::derive(t("employment-label"))>
                    <select
                        id="employment"
                        class="form-select"
                        prop:value=move || form.with(|f| f.employment.id())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            form.update(|f| {
                                f.employment = if v == Employment::SelfEmployed.id() {
                                    Employment::SelfEmployed
                                } else {
                                    Employment::Employee
                                }
                            });
                        }
                    >
                        <option value=Employment::Employee.id()>{t("employment-employee")}</option>
                        <option value=Employment::SelfEmployed.id()>{t("employment-self-employed")}</option>
                    </select>
                </Field>
            </Show>
            <Field
                for_id="event-date"
                label=Signal::derive(event_label)
                hint=Signal::derive(t("date-hint"))
                hint_id="date-hint"
                error=Signal::derive(date_error)
                error_id="date-error"
            >
                <input
                    id="event-date"
                    class="form-input"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=move || {
                        if date_error().is_some() { "date-hint date-error" } else { "date-hint date-understood" }
                    }
                    aria-invalid=move || if date_error().is_some() { "true" } else { "false" }
                    prop:value=move || form.with(|f| f.date.clone())
                    on:input=move |ev| form.update(|f| f.date = event_target_value(&ev))
                    on:blur=move |_| touched.set(true)
                />
                <p id="date-understood" class="hint form-hint">{understood}</p>
            </Field>
        </form>
        <section id="deadline-result" class="result" aria-live="polite" aria-labelledby="result-title">
            <h2 id="result-title">{t("result-title")}</h2>
            {move || {
                let l = lang.get();
                match result.get() {
                    Outcome::Done(r) => {
                        let lead = with_texts(l, |t| t.result_deadline(r.kind.id()));
                        let date = with_texts(l, |t| t.date(r.deadline));
                        view! {
                            <p class="lead">{lead}</p>
                            <p id="deadline-date" class="deadline" data-deadline=r.deadline.to_string()>
                                {date}
                            </p>
                            <p id="deadline-countdown">{days_left_text(l, r.deadline)}</p>
                            {baseline_deadline(&form.get_untracked()).filter(|b| *b != r.deadline).map(|b| view! {
                                <p id="deadline-baseline" data-deadline=b.to_string()>
                                    {with_texts(l, |t| t.get_args("overrides-baseline", &[("date", t.date(b).into())]))}
                                </p>
                            })}
                            {form.with_untracked(|f| parse_user_date(&f.date).ok().and_then(|d| crate::handoff::LetterHandoff::for_deadline(rules(), f.kind, d, f.delivery)))
                                .map(|h| crate::handoff::letter_link(l, "frister-write-letter".into(), h))}
                        }
                            .into_any()
                    }
                    Outcome::Failed(e) => {
                        view! { <Alert kind=AlertKind::Error><p class="error">{with_texts(l, |t| t.deadline_error(&e))}</p></Alert> }.into_any()
                    }
                    Outcome::Empty | Outcome::BadDate(_) => view! { <p>{tr(l, "result-empty")}</p> }.into_any(),
                }
            }}
        </section>
        // Tracks the language too, so the explanation follows a language switch.
        {move || match result.get() {
            Outcome::Done(r) => Some(view! { <Details lang=lang.get() result=*r /> }),
            _ => None,
        }}
    }
}

/// Warnings, explanation, advice and the rules used, for a computed deadline.
#[component]
fn Details(lang: Lang, result: DeadlineResult) -> impl IntoView {
    with_texts(lang, |t| {
        let warnings: Vec<String> = result.warnings.iter().map(|w| t.warning(w)).collect();
        let steps: Vec<String> = result.steps.iter().map(|s| t.step(s)).collect();
        let notes: Vec<String> = result.notes.iter().map(|n| t.note(n)).collect();
        let rules: Vec<(String, String, String, String)> = result
            .rules
            .iter()
            .map(|u| {
                let conf = t.get_args("rule-confidence", &[("confidence", t.confidence(u.citation.confidence).into())]);
                (super::reference_text(t, &u.citation.reference), u.citation.source.clone(), conf, u.path.clone())
            })
            .collect();
        let has_warnings = !warnings.is_empty();
        view! {
            <div class="details">
                {has_warnings.then(|| view! {
                    <Alert kind=AlertKind::Warning heading=t.get("warnings-title") heading_id="warnings-title">
                        <ul id="deadline-warnings">
                            {warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
                        </ul>
                    </Alert>
                })}
                <section aria-labelledby="steps-title">
                    <h3 id="steps-title">{t.get("steps-title")}</h3>
                    <ol id="deadline-steps">
                        {steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                    </ol>
                </section>
                <section aria-labelledby="notes-title">
                    <h3 id="notes-title">{t.get("notes-title")}</h3>
                    <ul id="deadline-notes">
                        {notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    </ul>
                </section>
                <section aria-labelledby="rules-title">
                    <h3 id="rules-title">{t.get("rules-title")}</h3>
                    <ul id="deadline-rules" class="rules">
                        {rules
                            .into_iter()
                            .map(|(reference, source, conf, path)| {
                                let href = source.clone();
                                view! {
                                    <li data-rule=path.clone()>
                                        <a class="ref" href=format!("#regler/{path}")>{reference}</a>
                                        " · "
                                        <span class="confidence">{conf}</span>
                                        " · "
                                        <a href=href rel="noreferrer noopener" target="_blank">
                                            {t.get("rule-source")}
                                            <span class="visually-hidden">": " {source}</span>
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            </div>
        }
    })
}
