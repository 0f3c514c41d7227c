//! "Klag": which decision, who made it → where to complain, the order of the
//! steps with their deadlines (same engine as "Frister"), what happens while
//! you wait, and how often Ankestyrelsen changes such decisions.

use super::{rules, today, BenefitSelect, Cite, DateField};
use crate::components::{Radio, RadioGroup};
use crate::i18n::{tr, with_texts};
use crate::storage;
use leptos::prelude::*;
use ret_og_frist_core::dates::parse_user_date;
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_core::{Delivery, Employment};
use ret_og_frist_i18n::Lang;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
struct Form {
    benefit: Option<Benefit>,
    decided_by: String,
    received: String,
}

const FORM_KEY: &str = "appeal.form";

/// Bodies that decide about `benefit` today, in file order.
fn deciders(benefit: Benefit) -> Vec<String> {
    let date = today().unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    for r in rules().guide.appeals.routes.iter().filter(|r| r.benefit == benefit && r.validity.in_force(date)) {
        if !out.contains(&r.decided_by) {
            out.push(r.decided_by.clone());
        }
    }
    out
}

#[component]
pub fn AppealPage(lang: ReadSignal<Lang>) -> impl IntoView {
    let mut saved = storage::load_json::<Form>(FORM_KEY).unwrap_or_default();
    if let Some(h) = crate::handoff::AppealRoute::take() {
        saved = Form { benefit: h.benefit, decided_by: h.decided_by.unwrap_or_default(), ..Form::default() };
    }
    // Another screen may hand over only the benefit: pick its usual decider.
    if let Some(b) = saved.benefit {
        let d = deciders(b);
        if !d.contains(&saved.decided_by) {
            saved.decided_by = d.first().cloned().unwrap_or_default();
        }
    }
    let form = RwSignal::new(saved);
    Effect::new(move |_| form.with(|f| storage::save_json(FORM_KEY, f)));
    let t = move |id: &'static str| move || tr(lang.get(), id);
    // Only the benefit decides which deciders are offered: a narrow memo, so
    // typing the date does not rebuild the choices (and steal focus).
    let benefit = Memo::new(move |_| form.with(|f| f.benefit));
    let benefit = move || benefit.get();
    let benefits: Vec<Benefit> = Benefit::ALL.into_iter().filter(|b| !deciders(*b).is_empty()).collect();

    // A new benefit keeps the decider if it still applies, else picks its usual one.
    let choose_benefit = move |b: Option<Benefit>| {
        form.update(|f| {
            f.benefit = b;
            let d = f.benefit.map(deciders).unwrap_or_default();
            if !d.contains(&f.decided_by) {
                f.decided_by = d.first().cloned().unwrap_or_default();
            }
        })
    };
    view! {
        <h1>{t("appeal-title")}</h1>
        <p>{t("appeal-intro")}</p>
        <form class="stack" on:submit=|ev| ev.prevent_default() novalidate>
            <BenefitSelect
                lang=lang
                id="appeal-benefit"
                label="appeal-benefit-label"
                options=benefits
                value=Signal::derive(benefit)
                on_change=choose_benefit
            />
            {move || benefit().map(|b| {
                let options = deciders(b);
                view! {
                    <RadioGroup legend=Signal::derive(move || tr(lang.get(), "appeal-decided-by-legend"))>
                        {options.into_iter().map(|d| {
                            let id = format!("decided-by-{d}");
                            let value = d.clone();
                            let value2 = d.clone();
                            view! {
                                <Radio
                                    id=id
                                    name="decided-by"
                                    label={let b = d.clone(); Signal::derive(move || with_texts(lang.get(), |t| t.appeal_body(&b)))}
                                    checked=Signal::derive(move || form.with(|f| f.decided_by == value))
                                    on_choose=move || form.update(|f| f.decided_by = value2.clone())
                                />
                            }
                        }).collect_view()}
                    </RadioGroup>
                }
            })}
            <DateField
                lang=lang
                id="appeal-received"
                label="appeal-received-label"
                hint="appeal-received-hint"
                value=Signal::derive(move || form.with(|f| f.received.clone()))
                on_input=move |v| form.update(|f| f.received = v)
            />
        </form>
        {move || {
            let l = lang.get();
            let f = form.get();
            match f.benefit {
                None => view! {
                    <section id="appeal-result" class="result" aria-live="polite"><p>{tr(l, "appeal-empty")}</p></section>
                }.into_any(),
                Some(b) => view! { <RouteView lang=l benefit=b decided_by=f.decided_by received=f.received /> }.into_any(),
            }
        }}
    }
}

#[component]
fn RouteView(lang: Lang, benefit: Benefit, decided_by: String, received: String) -> impl IntoView {
    let date = today().unwrap_or_default();
    let received = parse_user_date(&received).ok();
    // The route and the first deadline, computed as the CLI and the letter compute them.
    let appeal = crate::active::get().appeal(benefit, &decided_by, date, received);
    with_texts(lang, |t| match appeal {
        Err(_) => view! {
            <section id="appeal-result" class="result" aria-live="polite">
                <p class="error">{t.get("appeal-no-route")}</p>
            </section>
        }
        .into_any(),
        Ok(ret_og_frist_app::Appeal { guide: g, first_deadline }) => {
            // The first deadline the citizen must meet: the route's first step's.
            let first = ret_og_frist_app::first_appeal_kind(rules(), Some(benefit), &decided_by, date);
            let deadline = first_deadline.and_then(Result::ok);
            let headline = match &deadline {
                Some(r) => t.get_args("appeal-deadline", &[("date", t.date(r.deadline).into())]),
                None => t.get("appeal-deadline-unknown"),
            };
            let frister_kind = first;
            let steps: Vec<_> = g
                .route
                .step
                .iter()
                .map(|s| {
                    let body = t.appeal_body(&s.body);
                    let text = t.appeal_action(&s.action, &body);
                    view! {
                        <li data-body=s.body.clone()>
                            <p><strong>{body}</strong></p>
                            <p>{text}</p>
                            <Cite lang=lang citation=s.citation.clone() />
                        </li>
                    }
                })
                .collect();
            let meanwhile: Vec<_> = g
                .meanwhile
                .iter()
                .map(|m| view! {
                    <li data-meanwhile=m.id.clone()>
                        <p>{t.meanwhile(&m.id)}</p>
                        <Cite lang=lang citation=m.citation.clone() />
                    </li>
                })
                .collect();
            let rates: Vec<_> = g
                .reversal_rates
                .iter()
                .map(|r| view! {
                    <tr>
                        <th scope="row">{t.reversal_area(&r.area)}</th>
                        <td>{r.year}</td>
                        <td>{format!("{:.1} %", r.percent).replace('.', if lang == Lang::Da { "," } else { "." })}</td>
                        <td>{t.confidence(r.citation.confidence)}</td>
                    </tr>
                })
                .collect();
            let has_rates = !rates.is_empty();
            let times: Vec<_> = g
                .processing_times
                .iter()
                .map(|p| {
                    let n = p.months.or(p.weeks).unwrap_or_default();
                    view! {
                        <li data-processing=p.id.clone()>
                            <p>{t.processing(&p.id, n)}</p>
                            <Cite lang=lang citation=p.citation.clone() />
                        </li>
                    }
                })
                .collect();
            let route_cite = g.route.citation.clone();
            view! {
                <section id="appeal-result" class="result" aria-live="polite" aria-labelledby="appeal-result-title">
                    <h2 id="appeal-result-title">{t.get("appeal-result-title")}</h2>
                    <p id="appeal-deadline" data-deadline=deadline.as_ref().map(|r| r.deadline.to_string()).unwrap_or_default()>
                        {headline}
                    </p>
                </section>
                {frister_kind.map(|kind| {
                    view! {
                        <p>
                            <a
                                href="#frister"
                                id="appeal-to-frister"
                                on:click=move |_| {
                                    // Hand the same dates to the deadline screen.
                                    crate::handoff::FristerStart { kind, date: received, delivery: Some(Delivery::Digital), employment: Some(Employment::Employee) }.send();
                                }
                            >
                                {t.get("appeal-see-deadline")}
                            </a>
                        </p>
                    }
                })}
                {matches!(decided_by.as_str(), "kommune" | "a-kasse" | "udbetaling-danmark").then(|| {
                    let h = crate::handoff::LetterHandoff { kind: Some(ret_og_frist_letters::LetterKind::Klage), decided_by: Some(decided_by.clone()), benefit: Some(benefit), received, ..Default::default() };
                    crate::handoff::letter_link(lang, "appeal-write-letter".into(), h)
                })}
                <section aria-labelledby="route-title">
                    <h2 id="route-title">{t.get("appeal-route-title")}</h2>
                    <ol id="appeal-route" class="route">{steps}</ol>
                    <Cite lang=lang citation=route_cite />
                </section>
                <section aria-labelledby="meanwhile-title">
                    <h2 id="meanwhile-title">{t.get("appeal-meanwhile-title")}</h2>
                    <ul id="appeal-meanwhile">{meanwhile}</ul>
                </section>
                <section aria-labelledby="processing-title">
                    <h2 id="processing-title">{t.get("appeal-processing-title")}</h2>
                    <ul id="appeal-processing">{times}</ul>
                </section>
                {has_rates.then(|| view! {
                    <section aria-labelledby="rates-title">
                        <h2 id="rates-title">{t.get("appeal-rates-title")}</h2>
                        <p>{t.get("appeal-rates-intro")}</p>
                        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="rates-caption">
                        <table id="appeal-rates">
                            <caption id="rates-caption">{t.get("appeal-rates-caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t.get("appeal-rates-area")}</th>
                                    <th scope="col">{t.get("appeal-rates-year")}</th>
                                    <th scope="col">{t.get("appeal-rates-percent")}</th>
                                    <th scope="col">{t.get("appeal-rates-confidence")}</th>
                                </tr>
                            </thead>
                            <tbody>{rates}</tbody>
                        </table>
                        </div>
                    </section>
                })}
            }
            .into_any()
        }
    })
}
