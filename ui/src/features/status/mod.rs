//! "Min status": a few questions place the person in a target group on a date,
//! then show what it means, the rights and duties that apply and the reform
//! timeline — every card with its §, source, validity and confidence.

use super::{rules, today, BenefitSelect, Cite, DateField};
use crate::components::{Accordion, Alert, AlertKind};
use crate::i18n::{tr, with_texts};
use crate::storage;
use leptos::prelude::*;
use ret_og_frist_core::dates::parse_user_date;
use ret_og_frist_core::guide::status::{CardKind, Profile, Readiness, StatusWarning};
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_core::rules::Status;
use ret_og_frist_i18n::Lang;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
struct Form {
    as_of: String,
    benefit: Option<Benefit>,
    readiness: Option<Readiness>,
    age: String,
    /// First day of sickness (sygedagpenge): gives the revurdering date.
    first_sick_day: String,
    /// The latest letter: "", "partshoering" or "afgoerelse".
    letter: String,
}

const FORM_KEY: &str = "status.form";

fn profile(f: &Form) -> Option<Result<Profile, &'static str>> {
    let benefit = f.benefit?;
    let as_of = match f.as_of.trim() {
        "" => today()?,
        s => match parse_user_date(s) {
            Ok(d) => d,
            Err(_) => return Some(Err("status-error-date")),
        },
    };
    let age = match f.age.trim() {
        "" => None,
        s => match s.parse::<u32>() {
            Ok(a) if (15..=120).contains(&a) => Some(a),
            _ => return Some(Err("status-error-age")),
        },
    };
    Some(Ok(Profile { as_of, benefit, readiness: f.readiness, age, akasse_member: None, children: None }))
}

#[component]
pub fn StatusPage(lang: ReadSignal<Lang>) -> impl IntoView {
    let form = RwSignal::new(storage::load_json::<Form>(FORM_KEY).unwrap_or_default());
    Effect::new(move |_| form.with(|f| storage::save_json(FORM_KEY, f)));
    let t = move |id: &'static str| move || tr(lang.get(), id);
    // Narrow memos: typing in a field changes `form`, but only these decide
    // what is shown, so the fields keep their DOM nodes (and focus) while typing.
    let benefit = Memo::new(move |_| form.with(|f| f.benefit));
    let benefit = move || benefit.get();
    let profile = Memo::new(move |_| form.with(profile));
    let next = Memo::new(move |_| {
        form.with(|f| Form { as_of: String::new(), readiness: None, age: String::new(), ..f.clone() })
    });

    view! {
        <h1>{t("status-title")}</h1>
        <p>{t("status-intro")}</p>
        <form class="stack" on:submit=|ev| ev.prevent_default() novalidate>
            <BenefitSelect
                lang=lang
                id="status-benefit"
                label="status-benefit-label"
                options=Benefit::ALL.to_vec()
                value=Signal::derive(benefit)
                on_change=move |b| form.update(|f| f.benefit = b)
            />
            <Show when=move || benefit() == Some(Benefit::Kontanthjaelp)>
                <fieldset class="field">
                    <legend>{t("status-readiness-legend")}</legend>
                    {[Readiness::Jobparat, Readiness::Aktivitetsparat]
                        .into_iter()
                        .map(|r| {
                            let (id, key) = match r {
                                Readiness::Jobparat => ("readiness-jobparat", "readiness-jobparat"),
                                Readiness::Aktivitetsparat => ("readiness-aktivitetsparat", "readiness-aktivitetsparat"),
                            };
                            view! {
                                <div class="radio">
                                    <input
                                        type="radio"
                                        name="readiness"
                                        id=id
                                        prop:checked=move || form.with(|f| f.readiness == Some(r))
                                        on:change=move |_| form.update(|f| f.readiness = Some(r))
                                    />
                                    <label for=id>{move || tr(lang.get(), key)}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
            </Show>
            <div class="field">
                <label for="status-age">{t("status-age-label")}</label>
                <input
                    id="status-age"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    class="short"
                    prop:value=move || form.with(|f| f.age.clone())
                    on:input=move |ev| form.update(|f| f.age = event_target_value(&ev))
                />
            </div>
            <Show when=move || benefit() == Some(Benefit::Sygedagpenge)>
                <DateField
                    lang=lang
                    id="status-sick-day"
                    label="status-sick-day-label"
                    hint="date-hint"
                    value=Signal::derive(move || form.with(|f| f.first_sick_day.clone()))
                    on_input=move |v| form.update(|f| f.first_sick_day = v)
                />
            </Show>
            <div class="field">
                <label for="status-letter">{t("status-letter-label")}</label>
                <select
                    id="status-letter"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        form.update(|f| f.letter = v);
                    }
                >
                    {["", "partshoering", "afgoerelse"]
                        .into_iter()
                        .map(|v| {
                            view! {
                                <option value=v selected=move || form.with(|f| f.letter == v)>
                                    {move || with_texts(lang.get(), |t| t.status_letter(v))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <DateField
                lang=lang
                id="status-date"
                label="status-date-label"
                hint="status-date-hint"
                value=Signal::derive(move || form.with(|f| f.as_of.clone()))
                on_input=move |v| form.update(|f| f.as_of = v)
            />
        </form>
        {move || {
            let l = lang.get();
            match profile.get() {
                None => view! {
                    <section id="status-result" class="result" aria-live="polite">
                        <p>{tr(l, "status-empty")}</p>
                    </section>
                }
                    .into_any(),
                Some(Err(key)) => view! {
                    <section id="status-result" class="result" aria-live="polite">
                        <p class="error">{tr(l, key)}</p>
                    </section>
                }
                    .into_any(),
                Some(Ok(p)) => view! { <StatusResultView lang=l profile=p /> }.into_any(),
            }
        }}
        {move || {
            let l = lang.get();
            let f = next.get();
            view! { <NextSteps lang=l form=f /> }
        }}
        {move || profile.get().and_then(Result::ok).map(|p| view! { <SaveToCase lang=lang profile=p /> })}
    }
}

/// What to do next, from the latest letter and (for sygedagpenge) the sick period:
/// links into the deadline and complaint screens with the answers carried over.
#[component]
fn NextSteps(lang: Lang, form: Form) -> impl IntoView {
    use crate::handoff::FristerStart;
    use ret_og_frist_core::deadlines::{compute, DeadlineRequest};
    use ret_og_frist_core::{DeadlineKind, Delivery, Employment};
    let revurdering = (form.benefit == Some(Benefit::Sygedagpenge))
        .then(|| parse_user_date(&form.first_sick_day).ok())
        .flatten()
        .and_then(|d| {
            let req = DeadlineRequest { kind: DeadlineKind::Sygedagpenge, date: d, delivery: Delivery::Digital, employment: Employment::Employee };
            compute(rules(), &req).ok()
        });
    let letter = form.letter.clone();
    let sick_day = form.first_sick_day.clone();
    let benefit = form.benefit;
    with_texts(lang, |t| {
        let sick = revurdering.map(|r| {
            let text = t.get_args("status-revurdering", &[("date", t.date(r.deadline).into())]);
            let sick_day = sick_day.clone();
            view! {
                <li>
                    <p id="status-revurdering" data-deadline=r.deadline.to_string()>{text}</p>
                    <a href="#frister" on:click=move |_| {
                        FristerStart { kind: DeadlineKind::Sygedagpenge, date: parse_user_date(&sick_day).ok(), delivery: Some(Delivery::Digital), employment: Some(Employment::Employee) }.send();
                    }>{t.get("status-see-how")}</a>
                </li>
            }
        });
        let letter_step = match letter.as_str() {
            "partshoering" => Some(view! {
                <li>
                    <p>{t.get("status-next-partshoering")}</p>
                    <a href="#frister" on:click=move |_| {
                        FristerStart { kind: DeadlineKind::Partshoering, date: None, delivery: None, employment: None }.send();
                    }>{t.get("status-next-partshoering-link")}</a>
                </li>
            }.into_any()),
            "afgoerelse" => Some(view! {
                <li>
                    <p>{t.get("status-next-afgoerelse")}</p>
                    <p>
                        <a href="#klage" on:click=move |_| {
                            crate::handoff::AppealRoute { benefit, decided_by: None }.send();
                        }>{t.get("status-next-klage-link")}</a>
                        " · "
                        <a href="#tjek">{t.get("status-next-tjek-link")}</a>
                    </p>
                </li>
            }.into_any()),
            _ => None,
        };
        let any = sick.is_some() || letter_step.is_some();
        any.then(|| view! {
            <section aria-labelledby="next-steps-title" class="next-steps">
                <h2 id="next-steps-title">{t.get("status-next-title")}</h2>
                <ul id="status-next">{sick}{letter_step}</ul>
            </section>
        })
    })
}

#[component]
fn StatusResultView(lang: Lang, profile: Profile) -> impl IntoView {
    let r = rules().guide.status.evaluate(&profile);
    with_texts(lang, |t| {
        let date = t.date(r.as_of);
        let headline = match r.group {
            Some(g) => t.get_args(
                "status-group-headline",
                &[("group", t.group_name(&g.id).into()), ("date", date.clone().into())],
            ),
            None => t.get_args("status-no-group", &[("date", date.clone().into())]),
        };
        let meaning = r.group.map(|g| t.group_meaning(&g.id));
        let group_cite = r.group.map(|g| g.citation.clone());
        let warnings: Vec<String> = r
            .warnings
            .iter()
            .filter_map(|w| match w {
                StatusWarning::NoGroup => None,
                StatusWarning::NeedAnswer { field } => Some(t.status_need(field)),
                StatusWarning::NotConfirmed { id } => {
                    // Named as the person sees it on the card or the group, not by its id.
                    let name = t.card_or_group(id).unwrap_or_else(|| id.clone());
                    Some(t.get_args("status-not-confirmed", &[("id", name.into())]))
                }
            })
            .collect();
        let proposals: Vec<_> = r
            .proposals
            .iter()
            .map(|g| {
                (
                    t.get_args(
                        "status-proposal",
                        &[
                            ("group", t.group_name(&g.id).into()),
                            ("date", t.date(g.validity.from).into()),
                        ],
                    ),
                    t.group_meaning(&g.id),
                    g.citation.clone(),
                )
            })
            .collect();
        let card_view = |c: &ret_og_frist_core::guide::status::Card, proposed: bool| {
            let kind = match c.kind {
                CardKind::Right => t.get("card-kind-right"),
                CardKind::Duty => t.get("card-kind-duty"),
            };
            let validity = match c.validity.to {
                Some(to) => t.get_args(
                    "valid-from-to",
                    &[("from", t.date(c.validity.from).into()), ("to", t.date(to).into())],
                ),
                None => t.get_args("valid-from", &[("from", t.date(c.validity.from).into())]),
            };
            let law = c.link.clone();
            view! {
                <li class="card" data-card=c.id.clone() class:proposal=proposed>
                    <h3>
                        <span class="badge">{kind}</span>
                        " "
                        {t.card_title(&c.id)}
                        {proposed.then(|| view! { " " <span class="badge proposal">{t.get("badge-proposal")}</span> })}
                    </h3>
                    <p>{t.card_body(&c.id)}</p>
                    <p class="validity">{validity}</p>
                    {law.map(|href| view! {
                        <p><a href=href rel="noreferrer noopener" target="_blank">{t.get("read-the-law")}</a></p>
                    })}
                    <Cite lang=lang citation=c.citation.clone() />
                </li>
            }
        };
        let cards: Vec<_> = r.cards.iter().map(|c| card_view(c, false)).collect();
        let proposed_cards: Vec<_> = r.proposed_cards.iter().map(|c| card_view(c, true)).collect();
        let has_proposed_cards = !proposed_cards.is_empty();
        let timeline: Vec<_> = r
            .timeline
            .iter()
            .map(|e| {
                let badge = match (e.change.status, e.in_effect) {
                    (Status::Proposal, _) => t.get("badge-proposal"),
                    (Status::Adopted, true) => t.get("badge-in-effect"),
                    (Status::Adopted, false) => t.get("badge-adopted-future"),
                };
                view! {
                    <li data-change=e.change.id.clone()>
                        <p class="timeline-date">
                            <strong>{t.date(e.change.date)}</strong>
                            " "
                            <span class="badge" class:proposal=e.change.status == Status::Proposal>{badge}</span>
                        </p>
                        <p class="timeline-title">{t.reform_title(&e.change.id)}</p>
                        <p>{t.reform_body(&e.change.id)}</p>
                        <Cite lang=lang citation=e.change.citation.clone() />
                    </li>
                }
            })
            .collect();
        view! {
            <section id="status-result" class="result" aria-live="polite" aria-labelledby="status-result-title">
                <h2 id="status-result-title">{t.get("status-result-title")}</h2>
                <p id="status-group" class="deadline-lead" data-group=r.group.map(|g| g.id.clone()).unwrap_or_default()>
                    {headline}
                </p>
                {meaning.map(|m| view! { <p>{m}</p> })}
            </section>
            {group_cite.map(|c| view! { <Cite lang=lang citation=c /> })}
            {(!warnings.is_empty()).then(|| view! {
                <Alert kind=AlertKind::Warning level=2 heading=t.get("warnings-title") heading_id="status-warnings-title">
                    <ul id="status-warnings">{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
                </Alert>
            })}
            {(!proposals.is_empty()).then(|| view! {
                <Accordion class="proposals" open=true id="status-proposals-section" title=t.get("status-proposals-title")>
                    <ul id="status-proposals">
                        {proposals.into_iter().map(|(h, m, c)| view! {
                            <li><p><strong>{h}</strong></p><p>{m}</p><Cite lang=lang citation=c /></li>
                        }).collect_view()}
                    </ul>
                </Accordion>
            })}
            <Accordion open=true id="status-cards-section" title=t.get("cards-title")>
                <ul id="status-cards" class="cards">{cards}</ul>
            </Accordion>
            {has_proposed_cards.then(|| view! {
                <Accordion id="status-proposed-cards-section" title=t.get("proposed-cards-title")>
                    <ul class="cards">{proposed_cards}</ul>
                </Accordion>
            })}
            <Accordion id="status-timeline-section" title=t.get("timeline-title")>
                <ol id="reform-timeline" class="timeline">{timeline}</ol>
            </Accordion>
        }
    })
}

/// Keep this status in one of the saved cases, so the case summary an adviser
/// prints shows the target group and the rights and duties that go with it.
#[component]
fn SaveToCase(lang: ReadSignal<Lang>, profile: Profile) -> impl IntoView {
    let cases = RwSignal::new(Vec::<ret_og_frist_cases::Case>::new());
    let chosen = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    leptos::task::spawn_local(async move {
        if let Ok(list) = crate::casestore::list().await {
            chosen.set(list.first().map(|c| c.id.clone()).unwrap_or_default());
            cases.set(list);
        }
    });
    let save = move |_| {
        let l = lang.get_untracked();
        let Some(mut case) = cases.get_untracked().into_iter().find(|c| c.id == chosen.get_untracked()) else { return };
        case.profile = Some(profile.clone());
        leptos::task::spawn_local(async move {
            status.set(match crate::casestore::save(case).await {
                Ok(_) => tr(l, "status-saved-to-case"),
                Err(e) => format!("{}: {e}", tr(l, "cases-save-failed")),
            });
        });
    };
    move || {
        (!cases.get().is_empty()).then(|| view! {
            <section class="save-to-case" aria-labelledby="save-to-case-title">
                <h2 id="save-to-case-title">{tr(lang.get(), "status-save-title")}</h2>
                <div class="inline-form">
                    <div class="field">
                        <label for="status-case">{tr(lang.get(), "status-save-case")}</label>
                        <select id="status-case" on:change=move |ev| chosen.set(event_target_value(&ev))>
                            {cases.get().into_iter().map(|c| {
                                let id = c.id.clone();
                                view! { <option value=c.id.clone() selected=move || chosen.get() == id>{c.title.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <button type="button" id="status-save" class="button" on:click=save.clone()>{tr(lang.get(), "status-save")}</button>
                </div>
                <p id="status-save-status" role="status">{move || status.get()}</p>
            </section>
        })
    }
}
