//! "Mine sager": cases saved on this device, "Mine frister" across them (always
//! recomputed from the letters), reminders, a calendar file, adviser mode with
//! search and a printable summary, and "delete everything".

use super::{rules, today};
use crate::casestore;
use crate::components::{Accordion, Checkbox, Field};
use crate::i18n::{tr, with_texts};
use crate::storage;
use leptos::prelude::*;
use ret_og_frist_cases::{ics, Case, CaseDeadline, Event, EventKind, Note};
use ret_og_frist_core::dates::parse_user_date;
use ret_og_frist_core::Delivery;
use ret_og_frist_i18n::Lang;

const EVENT_KINDS: [EventKind; 8] = [
    EventKind::Decision,
    EventKind::AkasseDecision,
    EventKind::Partshoering,
    EventKind::FinalDecision,
    EventKind::AktindsigtRequested,
    EventKind::ComplaintFiled,
    EventKind::SickFrom,
    EventKind::Other,
];

fn event_id(k: EventKind) -> &'static str {
    match k {
        EventKind::Decision => "decision",
        EventKind::AkasseDecision => "akasse-decision",
        EventKind::Partshoering => "partshoering",
        EventKind::FinalDecision => "final-decision",
        EventKind::AktindsigtRequested => "aktindsigt-requested",
        EventKind::ComplaintFiled => "complaint-filed",
        EventKind::SickFrom => "sick-from",
        EventKind::Other => "other",
    }
}

/// All deadlines of all cases, soonest first.
fn all_deadlines(cases: &[Case]) -> Vec<CaseDeadline> {
    let today = today().unwrap_or_default();
    let active = crate::active::get();
    let mut out: Vec<CaseDeadline> = cases.iter().flat_map(|c| active.case_deadlines(c, today)).collect();
    out.sort_by_key(|d| d.deadline);
    out
}


/// Offer text as a file download (a blob URL; nothing leaves the device).
fn download_text(text: &str, name: &str, mime: &str) -> Result<(), String> {
    super::download_bytes(text.as_bytes(), name, mime)
}

/// Reminders due now, in words. Shown on start where the platform cannot
/// schedule notifications.
pub fn due_reminders(cases: &[Case], lang: Lang) -> Vec<String> {
    let Some(today) = today() else { return Vec::new() };
    // The same call as the desktop shell's OS notifications (ret-og-frist-app).
    let due = crate::active::get().due_reminders(cases, today);
    with_texts(lang, |t| due.iter().map(|r| r.text(t)).collect())
}

#[component]
pub fn CasesPage(lang: ReadSignal<Lang>) -> impl IntoView {
    let cases = RwSignal::new(Vec::<Case>::new());
    // A case just saved on another screen opens; otherwise the one open last time.
    let selected = RwSignal::new(
        crate::handoff::OpenCase::take().map(|h| h.id).or_else(|| storage::load_string("cases.selected")).unwrap_or_default(),
    );
    let adviser = RwSignal::new(storage::load_string("cases.adviser").as_deref() == Some("1"));
    let search = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    // Cases that could not be read: named, while the others work as usual.
    let damaged = RwSignal::new(Vec::<ret_og_frist_store::Damaged>::new());
    let new_title = RwSignal::new(String::new());
    let t = move |id: &'static str| move || tr(lang.get(), id);

    let reload = move || {
        leptos::task::spawn_local(async move {
            match casestore::list_checked().await {
                Ok(loaded) => {
                    damaged.set(loaded.damaged);
                    cases.set(loaded.cases);
                }
                Err(e) => message.set(e),
            }
        });
    };
    reload();
    Effect::new(move |_| storage::save_string("cases.selected", &selected.get()));
    Effect::new(move |_| storage::save_string("cases.adviser", if adviser.get() { "1" } else { "0" }));

    // Save one case and put the stored version back in the list.
    let save = move |case: Case| {
        leptos::task::spawn_local(async move {
            match casestore::save(case).await {
                Ok(saved) => {
                    cases.update(|list| match list.iter_mut().find(|c| c.id == saved.id) {
                        Some(c) => *c = saved,
                        None => list.push(saved),
                    });
                    message.set(tr(lang.get_untracked(), "cases-saved"));
                }
                Err(e) => message.set(format!("{}: {e}", tr(lang.get_untracked(), "cases-save-failed"))),
            }
        });
    };

    let current = Memo::new(move |_| {
        let sel = selected.get();
        cases.with(|list| list.iter().find(|c| c.id == sel).cloned())
    });
    let current_id = Memo::new(move |_| current.with(|c| c.as_ref().map(|c| c.id.clone())));

    let create = move || {
        let title = new_title.get_untracked();
        let title = if title.trim().is_empty() { tr(lang.get_untracked(), "cases-untitled") } else { title.trim().to_string() };
        let case = Case::new(casestore::new_id(), title, casestore::now_rfc3339());
        selected.set(case.id.clone());
        new_title.set(String::new());
        save(case);
        // Focus goes to the new case's heading, so a keyboard or screen-reader
        // user lands where the case is filled in (the desktop store saves
        // asynchronously: wait a moment for the detail to be there) — unless
        // the person has already moved on into the case: a fast typist lost
        // what they typed into the date field when the heading took the focus.
        set_timeout(
            || {
                let doc = web_sys::window().and_then(|w| w.document());
                let active = doc.as_ref().and_then(|d| d.active_element()).map(|e| e.id()).unwrap_or_default();
                if !matches!(active.as_str(), "" | "case-new" | "case-new-title") {
                    return;
                }
                if let Some(el) = doc.and_then(|d| d.get_element_by_id("case-title")) {
                    use leptos::wasm_bindgen::JsCast;
                    if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = h.focus();
                    }
                }
            },
            std::time::Duration::from_millis(100),
        );
    };

    view! {
        <h1>{t("cases-title")}</h1>
        <p>{t("cases-intro")}</p>
        <p class="hint">{move || tr(lang.get(), if casestore::is_desktop() { "cases-where-desktop" } else { "cases-where-web" })}</p>
        {move || {
            let due = due_reminders(&cases.get(), lang.get());
            (!due.is_empty()).then(|| view! {
                <section class="warnings" aria-labelledby="reminders-title">
                    <h2 id="reminders-title">{t("cases-reminders-title")}</h2>
                    <ul id="cases-reminders">{due.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                </section>
            })
        }}
        <p id="cases-message" role="status">{move || message.get()}</p>
        {move || (!damaged.get().is_empty()).then(|| view! {
            <ul id="cases-damaged" class="warnings" role="alert">{damaged.get().into_iter().map(|d| view! {
                <li>{with_texts(lang.get(), |t| t.get_args("cases-damaged", &[("name", d.name().to_string().into())]))}</li>
            }).collect_view()}</ul>
        })}

        <section aria-labelledby="my-deadlines-title">
            <h2 id="my-deadlines-title">{t("cases-deadlines-title")}</h2>
            {move || {
                let l = lang.get();
                let list = cases.get();
                let all = all_deadlines(&list);
                if all.is_empty() {
                    return view! { <p>{tr(l, "cases-no-deadlines")}</p> }.into_any();
                }
                with_texts(l, |tx| {
                    // On a phone each deadline is a block of labelled lines
                    // (`table.stacked`, app.css): five columns do not fit
                    // 360 px, and a table to swipe hid the case and the rule.
                    // The roles keep it a table for screen readers, which
                    // drop a table's meaning when CSS stops drawing it as one.
                    let (col_date, col_left, col_kind, col_case, col_rule) = (
                        tx.get("cases-col-date"),
                        tx.get("cases-col-left"),
                        tx.get("cases-col-kind"),
                        tx.get("cases-col-case"),
                        tx.get("cases-col-rule"),
                    );
                    let rows: Vec<_> = all.iter().map(|d| view! {
                        <tr role="row" data-deadline=d.deadline.to_string() data-case=d.case_id.clone()>
                            <td role="cell" data-label=col_date.clone()>{tx.date(d.deadline)}</td>
                            <td role="cell" data-label=col_left.clone()>{tx.days_left(d.days_left)}</td>
                            <td role="cell" data-label=col_kind.clone()>{tx.deadline_kind(d.kind.id())}</td>
                            <th role="rowheader" scope="row" data-label=col_case.clone()>{d.case_title.clone()}</th>
                            <td role="cell" data-label=col_rule.clone()>{super::reference_text(tx, &d.reference)}</td>
                        </tr>
                    }).collect();
                    view! {
                        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="my-deadlines-caption">
                        <table id="my-deadlines" class="stacked" role="table">
                            <caption id="my-deadlines-caption">{tx.get("cases-deadlines-caption")}</caption>
                            <thead role="rowgroup"><tr role="row">
                                <th role="columnheader" scope="col">{col_date.clone()}</th>
                                <th role="columnheader" scope="col">{col_left.clone()}</th>
                                <th role="columnheader" scope="col">{col_kind.clone()}</th>
                                <th role="columnheader" scope="col">{col_case.clone()}</th>
                                <th role="columnheader" scope="col">{col_rule.clone()}</th>
                            </tr></thead>
                            <tbody role="rowgroup">{rows}</tbody>
                        </table>
                        </div>
                        <button type="button" id="cases-ics" class="button" on:click=move |_| {
                            let list = cases.get_untracked();
                            let today = today().unwrap_or_default();
                            let per_case: Vec<_> = list.iter().map(|c| (c, c.deadlines(rules(), today))).collect();
                            let text = ics::calendar(&per_case, |k| with_texts(l, |t| t.deadline_kind(k.id())));
                            let msg = match download_text(&text, "ret-og-frist-frister.ics", "text/calendar") {
                                Ok(()) => tr(l, "cases-ics-ready"),
                                Err(e) => e,
                            };
                            message.set(msg);
                        }>{tx.get("cases-ics")}</button>
                    }.into_any()
                })
            }}
        </section>

        <section aria-labelledby="case-list-title">
            <h2 id="case-list-title">{t("cases-list-title")}</h2>
            <div class="checkbox">
                <input type="checkbox" id="cases-adviser" prop:checked=move || adviser.get()
                    on:change=move |ev| adviser.set(event_target_checked(&ev)) />
                <label for="cases-adviser">{t("cases-adviser-mode")}</label>
            </div>
            <Show when=move || adviser.get()>
                <div class="field">
                    <label for="cases-search">{t("cases-search")}</label>
                    <input id="cases-search" type="text" autocomplete="off" prop:value=move || search.get()
                        on:input=move |ev| search.set(event_target_value(&ev)) />
                </div>
            </Show>
            {move || {
                let l = lang.get();
                let q = search.get().to_lowercase();
                let today = today().unwrap_or_default();
                let list: Vec<Case> = cases.get().into_iter()
                    .filter(|c| q.is_empty() || c.title.to_lowercase().contains(&q) || c.person.to_lowercase().contains(&q))
                    .collect();
                with_texts(l, |tx| view! {
                    <ul id="case-list" class="case-list">
                        {list.into_iter().map(|c| {
                            let id = c.id.clone();
                            let next = c.deadlines(rules(), today).into_iter().find(|d| d.days_left >= 0);
                            let next = next.map(|d| tx.get_args("cases-next", &[("date", tx.date(d.deadline).into())])).unwrap_or_default();
                            let is_sel = selected.get() == c.id;
                            view! {
                                <li data-case=c.id.clone()>
                                    <button type="button" class="link-button" aria-pressed=if is_sel { "true" } else { "false" }
                                        on:click=move |_| selected.set(id.clone())>
                                        {c.title.clone()}
                                        {(!c.person.is_empty()).then(|| format!(" – {}", c.person))}
                                    </button>
                                    " "<span class="hint">{next}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })
            }}
            <form class="inline-form" on:submit=move |ev| { ev.prevent_default(); create(); }>
                <div class="field">
                    <label for="case-new-title">{t("cases-new-title")}</label>
                    <input id="case-new-title" type="text" autocomplete="off" prop:value=move || new_title.get()
                        on:input=move |ev| new_title.set(event_target_value(&ev)) />
                </div>
                <button type="submit" id="case-new" class="button primary">{t("cases-new")}</button>
            </form>
        </section>

        // The detail is rebuilt only when another case is opened (or adviser mode
        // changes); a saved change flows into it through `current`, so a field
        // being typed in keeps its focus and its text.
        {move || {
            current_id.get().map(|_| view! {
                <CaseDetail lang=lang case=current save=save adviser=adviser.get()
                    // Back to the list, on the case just left (on a phone the
                    // detail is below a long list).
                    on_close=move || {
                        let id = selected.get_untracked();
                        selected.set(String::new());
                        let sel = format!("#case-list li[data-case=\"{id}\"] button");
                        // After the list has re-rendered (it marks the open case).
                        set_timeout(move || {
                            if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(&sel).ok().flatten()) {
                                use leptos::wasm_bindgen::JsCast;
                                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                    let _ = el.focus();
                                }
                            }
                        }, std::time::Duration::ZERO);
                    }
                    on_delete=move |id: String| {
                        leptos::task::spawn_local(async move {
                            match casestore::delete(id.clone()).await {
                                Ok(()) => { cases.update(|l| l.retain(|c| c.id != id)); selected.set(String::new()); message.set(tr(lang.get_untracked(), "cases-deleted")); }
                                Err(e) => message.set(e),
                            }
                        });
                    } />
            })
        }}

        <ImportCase lang=lang on_done=move || reload() />

        <section aria-labelledby="delete-all-title" class="danger-zone">
            <h2 id="delete-all-title">{t("cases-delete-all-title")}</h2>
            <p>{t("cases-delete-all-body")}</p>
            <button type="button" id="cases-delete-all" class="button" on:click=move |_| {
                let ok = web_sys::window()
                    .and_then(|w| w.confirm_with_message(&tr(lang.get_untracked(), "cases-delete-all-confirm")).ok())
                    .unwrap_or(false);
                if ok {
                    leptos::task::spawn_local(async move {
                        match casestore::delete_everything().await {
                            Ok(()) => { cases.set(Vec::new()); selected.set(String::new()); message.set(tr(lang.get_untracked(), "cases-all-deleted")); }
                            Err(e) => message.set(e),
                        }
                    });
                }
            }>{t("cases-delete-all")}</button>
        </section>
    }
}

/// One case: its letters and actions, deadlines, notes; add, print, delete.
#[component]
fn CaseDetail(
    lang: ReadSignal<Lang>,
    case: Memo<Option<Case>>,
    save: impl Fn(Case) + Copy + Send + Sync + 'static,
    adviser: bool,
    on_close: impl Fn() + Copy + Send + Sync + 'static,
    on_delete: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(lang.get(), id);
    // The open case as it is now (the last one seen, while it is being deleted).
    let Some(first) = case.get_untracked() else { return ().into_any() };
    let case = Memo::new(move |prev: Option<&Case>| case.get().or_else(|| prev.cloned()).unwrap_or_else(|| first.clone()));
    let kind = RwSignal::new(EventKind::Decision);
    let date = RwSignal::new(String::new());
    let paper = RwSignal::new(false);
    let authority = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let start = case.get_untracked();
    let person = RwSignal::new(start.person.clone());
    let lead = RwSignal::new(start.reminder_days.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", "));
    let lead_error = RwSignal::new(false);
    let today = today().unwrap_or_default();

    let add_event = move || {
        let l = lang.get_untracked();
        match parse_user_date(&date.get_untracked()) {
            Err(e) => error.set(with_texts(l, |t| t.date_error(&e))),
            Ok(d) => {
                error.set(String::new());
                let mut c = case.get_untracked();
                c.events.push(Event {
                    id: casestore::new_id(),
                    kind: kind.get_untracked(),
                    date: d,
                    delivery: if paper.get_untracked() { Delivery::Paper } else { Delivery::Digital },
                    employment: Default::default(),
                    authority: authority.get_untracked(),
                    case_number: String::new(),
                    note: String::new(),
                });
                date.set(String::new());
                save(c);
            }
        }
    };

    // Everything worded is computed in closures that track the language, so a
    // language switch re-renders it in place; the forms below keep their typed
    // values (their signals live outside these closures).
    let events = move || {
        let case = case.get();
        let l = lang.get();
        with_texts(l, |tx| case.events.iter().map(|e| view! {
            <li>{tx.date(e.date)}": "{tx.case_event(event_id(e.kind))}
                {(!e.authority.is_empty()).then(|| format!(" ({})", e.authority))}
                {(e.delivery == Delivery::Paper).then(|| format!(" – {}", tx.get("cases-by-paper")))}
                {e.kind.deadline_kind().and_then(|k| crate::handoff::LetterHandoff::for_deadline(rules(), k, e.date, e.delivery)).map(|h| {
                    let h = crate::handoff::LetterHandoff { authority: e.authority.clone(), case_number: e.case_number.clone(), benefit: case.profile.as_ref().map(|p| p.benefit), ..h };
                    crate::handoff::letter_link(l, format!("case-letter-{}", e.id), h)
                })}
            </li>
        }).collect_view())
    };
    let deadlines = move || {
        let case = case.get();
        with_texts(lang.get(), |tx| {
            let all = case.deadlines(rules(), today);
            // A deadline that cannot be computed is shown as an error naming the
            // event and the reason, never left out.
            let failed = all.failed.iter().map(|f| view! {
                <li class="field-error" data-deadline-failed=f.event_id.clone()>{ret_og_frist_cases::reminders::failed_text(tx, f)}</li>
            }).collect_view();
            let found = all.into_iter().map(|d| view! {
                <li data-deadline=d.deadline.to_string()><strong>{tx.date(d.deadline)}</strong>": "{tx.deadline_kind(d.kind.id())}" – "{tx.days_left(d.days_left)}" ("{super::reference_text(tx, &d.reference)}")"
                    {d.overridden.then(|| view! { " " <span class="badge proposal">{tx.get("cases-overridden-badge")}</span> })}
                </li>
            }).collect_view();
            (failed, found)
        })
    };
    let scenarios = move || {
        let case = case.get();
        with_texts(lang.get(), |tx| {
            if case.scenarios.is_empty() {
                return view! { <p class="hint">{tx.get("cases-scenarios-none")}" "<a href="#gevinst">{tx.get("nav-gevinst")}</a></p> }.into_any();
            }
            let case_rules = case.rules(rules());
            let items = case.scenarios.iter().map(|sc| {
                let gain = super::gain::saved_gain(&case_rules, &sc.scenario)
                    .map(|g| ret_og_frist_core::gain::node::da(rust_decimal::Decimal::from(ret_og_frist_core::gain::node::kr(g))))
                    .map(|g| tx.get_args("cases-scenario-gain", &[("gain", g.into())]))
                    .unwrap_or_else(|| tx.get("gain-result-cannot"));
                let (scenario, title, overrides) = (sc.scenario.clone(), case.title.clone(), case.overrides.clone());
                let (case_rm, id_rm) = (case.clone(), sc.id.clone());
                view! {
                    <li data-scenario=sc.id.clone()>
                        <strong>{sc.title.clone()}</strong>" ("{tx.date(sc.saved)}"): "{gain}" "
                        <button type="button" class="link-button" on:click=move |_| super::gain::open_saved(&scenario, &title, &overrides)>
                            {tx.get("cases-scenario-open")}
                        </button>
                        " · "
                        <button type="button" class="link-button" on:click=move |_| {
                            let mut c = case_rm.clone();
                            c.scenarios.retain(|x| x.id != id_rm);
                            save(c);
                        }>{tx.get("cases-remove")}</button>
                    </li>
                }
            }).collect_view();
            view! { <ul id="case-scenarios">{items}</ul> }.into_any()
        })
    };
    let notes = move || {
        let case = case.get();
        with_texts(lang.get(), |tx| case.notes.iter().map(|n| view! { <li>{tx.date(n.date)}": "{n.text.clone()}</li> }).collect_view())
    };
    // The saved status: target group and the rights and duties cards, for the summary.
    let status_view = move || {
        let case = case.get();
        with_texts(lang.get(), |tx| case.profile.as_ref().map(|p| {
            let r = rules().guide.status.evaluate(p);
            let group = r.group.map(|g| tx.group_name(&g.id)).unwrap_or_else(|| tx.get("cases-no-group"));
            let cards: Vec<_> = r.cards.iter().map(|c| view! {
                <li data-card=c.id.clone()>{tx.card_title(&c.id)}" ("{super::reference_text(tx, &c.citation.reference)}")"</li>
            }).collect();
            view! {
                <h3>{tx.get("cases-status-title")}</h3>
                <p id="case-status">{tx.get_args("cases-status-line", &[("group", group.into()), ("date", tx.date(p.as_of).into())])}</p>
                <ul id="case-cards">{cards}</ul>
            }
        }))
    };
    view! {
        <section id="case-detail" class="case-detail" aria-labelledby="case-title">
            <p><button type="button" class="link-button back-link" id="case-back" on:click=move |_| on_close()>{t("cases-back")}</button></p>
            <h2 id="case-title" tabindex="-1">{move || case.with(|c| c.title.clone())}</h2>
            {adviser.then(|| view! {
                <div class="field">
                    <label for="case-person">{t("cases-person")}</label>
                    <input id="case-person" type="text" autocomplete="off" prop:value=move || person.get()
                        on:input=move |ev| person.set(event_target_value(&ev))
                        on:change=move |_| { let mut c = case.get_untracked(); c.person = person.get_untracked(); save(c); } />
                </div>
            })}
            {status_view}
            // Sections that open and close, so the detail fits a phone: what the
            // person came for (letters, deadlines, adding a letter) is open.
            <Accordion title=Signal::derive(t("cases-events-title")) level=3 open=true id="case-sec-events">
                <ul id="case-events">{events}</ul>
            </Accordion>
            <Accordion title=Signal::derive(t("cases-case-deadlines")) level=3 open=true id="case-sec-deadlines">
                <ul id="case-deadlines">{deadlines}</ul>
            </Accordion>
            <Accordion title=Signal::derive(t("cases-add-event")) level=3 open=true id="case-sec-add">
            <form class="stack add-event" on:submit=move |ev| { ev.prevent_default(); add_event(); } novalidate>
                <Field for_id="event-kind" label=Signal::derive(t("cases-event-kind"))>
                    <select id="event-kind" class="form-select" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(k) = EVENT_KINDS.into_iter().find(|k| event_id(*k) == v) { kind.set(k); }
                    }>
                        {EVENT_KINDS.into_iter().map(|k| {
                            view! { <option value=event_id(k) selected=move || kind.get() == k>{move || with_texts(lang.get(), |t| t.case_event(event_id(k)))}</option> }
                        }).collect_view()}
                    </select>
                </Field>
                <Field
                    for_id="event-date-case"
                    // A partshøring's date is the reply deadline, not the letter's
                    // date: the label says so (a tester typed the letter's date and
                    // got a deadline that had "passed 5 days ago").
                    label=Signal::derive(move || tr(lang.get(), if kind.get() == EventKind::Partshoering { "cases-event-date-reply" } else { "cases-event-date" }))
                    hint=Signal::derive(t("date-hint"))
                    error=Signal::derive(move || Some(error.get()).filter(|e| !e.is_empty()))
                >
                    <input id="event-date-case" class="form-input" type="text" inputmode="numeric" autocomplete="off" aria-describedby="event-date-case-hint"
                        prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev)) />
                </Field>
                <Checkbox id="event-paper" label=Signal::derive(t("cases-event-paper")) checked=paper on_change=move |v| paper.set(v) />
                <Field for_id="event-authority" label=Signal::derive(t("cases-event-authority"))>
                    <input id="event-authority" class="form-input" type="text" autocomplete="off" prop:value=move || authority.get()
                        on:input=move |ev| authority.set(event_target_value(&ev)) />
                </Field>
                <button type="submit" id="event-add" class="button primary">{t("cases-add")}</button>
            </form>
            </Accordion>
            <Accordion title=Signal::derive(t("cases-reminders-section")) level=3 id="case-sec-reminders">
            <form class="inline-form" on:submit=move |ev| {
                ev.prevent_default();
                // "7, 2" → [7, 2]; anything else is refused with a message, the text is kept.
                let parsed: Result<Vec<u32>, _> = lead.get_untracked().split([',', ' ']).filter(|p| !p.is_empty()).map(str::parse::<u32>).collect();
                match parsed {
                    Ok(days) if days.iter().all(|d| *d <= 60) => {
                        lead_error.set(false);
                        let mut c = case.get_untracked();
                        c.reminder_days = days;
                        save(c);
                    }
                    _ => lead_error.set(true),
                }
            }>
                <Field
                    for_id="case-reminders"
                    label=Signal::derive(t("cases-reminder-days"))
                    hint=Signal::derive(t("cases-reminder-days-hint"))
                    error=Signal::derive(move || lead_error.get().then(|| tr(lang.get(), "cases-reminder-days-error")))
                >
                    // The current setting is shown; focusing selects it, so typing replaces it.
                    <input id="case-reminders" type="text" inputmode="numeric" autocomplete="off" aria-describedby="case-reminders-hint"
                        prop:value=move || lead.get() on:input=move |ev| lead.set(event_target_value(&ev))
                        on:focus=|ev| {
                            use leptos::wasm_bindgen::JsCast;
                            if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { i.select(); }
                        } />
                </Field>
                <button type="submit" id="case-reminders-save" class="button">{t("cases-reminder-days-save")}</button>
            </form>
            </Accordion>
            <Accordion title=Signal::derive(t("cases-notes")) level=3 id="case-sec-notes">
            <ul id="case-notes">{notes}</ul>
            <form class="inline-form" on:submit=move |ev| {
                ev.prevent_default();
                let text = note.get_untracked();
                if !text.trim().is_empty() {
                    let mut c = case.get_untracked();
                    c.notes.push(Note { date: today, text: text.trim().to_string() });
                    note.set(String::new());
                    save(c);
                }
            }>
                <Field for_id="case-note" label=Signal::derive(t("cases-note-label"))>
                    <textarea id="case-note" class="form-input" rows="2" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                </Field>
                <button type="submit" class="button">{t("cases-add-note")}</button>
            </form>
            </Accordion>
            <Accordion title=Signal::derive(t("cases-scenarios-title")) level=3 open=!start.scenarios.is_empty() id="case-sec-scenarios">
                {scenarios}
            </Accordion>
            <Accordion title=Signal::derive(t("cases-overrides-title")) level=3 open=!start.overrides.is_empty() id="case-sec-overrides">
                <CaseOverrides lang=lang case=case save=save />
            </Accordion>
            <Accordion title=Signal::derive(t("cases-export-title")) level=3 id="case-sec-export">
                <ExportCase lang=lang id=start.id.clone() />
            </Accordion>
            <p><button type="button" class="link-button back-link" id="case-back-bottom" on:click=move |_| on_close()>{t("cases-back")}</button></p>
            <div class="button-row">
                <button type="button" id="case-print" class="button" on:click=|_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>
                    {t("cases-print")}
                </button>
                <button type="button" id="case-delete" class="button" on:click=move |_| {
                    let ok = web_sys::window()
                        .and_then(|w| w.confirm_with_message(&tr(lang.get_untracked(), "cases-delete-confirm")).ok())
                        .unwrap_or(false);
                    if ok { on_delete(case.with_untracked(|c| c.id.clone())); }
                }>{t("cases-delete")}</button>
            </div>
        </section>
    }
    .into_any()
}

/// An adviser's corrections of rules for this case only, with the mandatory reason.
#[component]
fn CaseOverrides(
    lang: ReadSignal<Lang>,
    case: Memo<Case>,
    save: impl Fn(Case) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    use ret_og_frist_core::rules::{Override, OverrideError};
    let t = move |id: &'static str| move || tr(lang.get(), id);
    let path = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let paths: Vec<String> = rules().catalog().into_iter().filter(|e| e.kind == "parameter").map(|e| e.path).collect();
    let list = move || {
        let case = case.get();
        {
            let remove = tr(lang.get(), "cases-remove");
            let items = case.overrides.iter().map(|o| {
                let (case_rm, path_rm) = (case.clone(), o.path.clone());
                view! {
                    <li><code>{o.path.clone()}</code>" = "{o.value.to_string()}" — "{o.note.clone()}" "
                        <button type="button" class="link-button" on:click=move |_| {
                            let mut c = case_rm.clone();
                            c.overrides.retain(|x| x.path != path_rm);
                            save(c);
                        }>{remove.clone()}</button>
                    </li>
                }
            }).collect_view();
            view! { <ul id="case-overrides">{items}</ul> }
        }
    };
    let empty = move || case.with(|c| c.overrides.is_empty());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let l = lang.get_untracked();
        let parsed = Override::parse(&format!("{}={}", path.get_untracked().trim(), value.get_untracked()), &note.get_untracked())
            .and_then(|o| rules().with_overrides(std::slice::from_ref(&o)).map(|_| o));
        match parsed {
            Ok(o) => {
                error.set(String::new());
                let mut c = case.get_untracked();
                c.overrides.retain(|x| x.path != o.path);
                c.overrides.push(o);
                save(c);
            }
            Err(OverrideError::NoNote(_)) => error.set(tr(l, "overrides-need-note")),
            Err(OverrideError::UnknownPath(_)) => error.set(tr(l, "cases-override-unknown")),
            Err(OverrideError::OutOfRange { min, max, .. }) => error.set(with_texts(l, |t| {
                t.get_args("overrides-out-of-range", &[("min", min.to_string().into()), ("max", max.to_string().into())])
            })),
            Err(_) => error.set(tr(l, "overrides-need-number")),
        }
    };
    view! {
        <div class="case-overrides">
            <p class="hint">{t("cases-overrides-hint")}</p>
            {move || (!empty()).then(list)}
            <form class="stack" on:submit=add novalidate>
                <datalist id="case-override-paths">{paths.into_iter().map(|p| view! { <option value=p></option> }).collect_view()}</datalist>
                <div class="field">
                    <label for="case-override-path">{t("cases-override-path")}</label>
                    <input id="case-override-path" type="text" list="case-override-paths" autocomplete="off"
                        prop:value=move || path.get() on:input=move |ev| path.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="case-override-value">{t("overrides-value")}</label>
                    <input id="case-override-value" type="text" inputmode="decimal" autocomplete="off" class="short"
                        prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="case-override-note">{t("overrides-note")}</label>
                    <textarea id="case-override-note" rows="2" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                </div>
                {move || (!error.get().is_empty()).then(|| view! { <p class="field-error" role="alert" id="case-override-error">{error.get()}</p> })}
                <button type="submit" class="button" id="case-override-add">{t("cases-override-add")}</button>
            </form>
        </div>
    }
}

/// Hand a case to an adviser (or back): one file, encrypted with a passphrase.
#[component]
fn ExportCase(lang: ReadSignal<Lang>, id: String) -> impl IntoView {
    let t = move |k: &'static str| move || tr(lang.get(), k);
    let pass = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let export = move |_| {
        let id = id.clone();
        let passphrase = pass.get_untracked();
        let l = lang.get_untracked();
        if !casestore::is_desktop() && !crate::lazy::Module::CaseFile.ready() {
            status.set(tr(l, "lazy-loading"));
        }
        leptos::task::spawn_local(async move {
            let r = casestore::export_file(id, passphrase).await;
            status.set(match r {
                Ok(casestore::Exported::Saved(path)) => with_texts(l, |t| t.get_args("cases-exported", &[("path", path.into())])),
                Ok(casestore::Exported::Downloaded) => tr(l, "cases-exported-download"),
                Err(e) if e.contains("passphrase-too-short") => tr(l, "cases-passphrase-short"),
                Err(e) if e == crate::lazy::LOAD_FAILED => tr(l, "lazy-load-failed"),
                Err(e) => e,
            });
        });
    };
    view! {
        <div class="export">
            <p>{t("cases-export-body")}</p>
            <p class="notice">{t("cases-fuldmagt")}</p>
            <details>
                <summary>{t("cases-fuldmagt-template")}</summary>
                <pre class="letter-text" lang="da">{t("cases-fuldmagt-text")}</pre>
            </details>
            <div class="field">
                <label for="export-passphrase">{t("cases-passphrase")}</label>
                <p class="hint" id="export-passphrase-hint">{t("cases-passphrase-hint")}</p>
                <input id="export-passphrase" type="password" autocomplete="new-password" aria-describedby="export-passphrase-hint"
                    prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev)) />
            </div>
            <button type="button" id="case-export" class="button" on:click=export>{t("cases-export")}</button>
            <p id="export-status" role="status">{move || status.get()}</p>
        </div>
    }
}

/// Receive a case file: decrypt, and never overwrite a newer case silently.
#[component]
fn ImportCase(lang: ReadSignal<Lang>, on_done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let t = move |k: &'static str| move || tr(lang.get(), k);
    let pass = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let bytes = RwSignal::new(Vec::<u8>::new());
    let conflict = RwSignal::new(None::<(Case, Case)>);

    let run = move |mode: &'static str| {
        let l = lang.get_untracked();
        let data = bytes.get_untracked();
        let passphrase = pass.get_untracked();
        leptos::task::spawn_local(async move {
            if data.is_empty() {
                status.set(tr(l, "cases-import-choose"));
                return;
            }
            if !casestore::is_desktop() && !crate::lazy::Module::CaseFile.ready() {
                status.set(tr(l, "lazy-loading"));
            }
            let r = casestore::import_file(data, passphrase, mode).await;
            match r {
                Err(code) => {
                    status.set(with_texts(l, |t| {
                        if code.trim() == crate::lazy::LOAD_FAILED {
                            t.get(crate::lazy::LOAD_FAILED)
                        } else {
                            t.import_error(&code).unwrap_or_else(|| code.clone())
                        }
                    }));
                }
                Ok(v) => match v["outcome"].as_str().unwrap_or_default() {
                    "conflict" => {
                        let stored = serde_json::from_value(v["stored"].clone()).ok();
                        let incoming = serde_json::from_value(v["incoming"].clone()).ok();
                        conflict.set(stored.zip(incoming));
                        status.set(tr(l, "cases-import-conflict"));
                    }
                    outcome => {
                        conflict.set(None);
                        status.set(with_texts(l, |t| t.import_outcome(outcome)));
                        on_done();
                    }
                },
            }
        });
    };

    let pick = move |ev: leptos::ev::Event| {
        use leptos::wasm_bindgen::JsCast;
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        leptos::task::spawn_local(async move {
            if let Ok(buf) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                bytes.set(js_sys::Uint8Array::new(&buf).to_vec());
            }
        });
    };

    view! {
        <section class="import" aria-labelledby="import-title">
            <h2 id="import-title">{t("cases-import-title")}</h2>
            <p>{t("cases-import-body")}</p>
            <div class="field">
                <label for="import-file">{t("cases-import-file")}</label>
                <input id="import-file" type="file" accept=".rof" on:change=pick />
            </div>
            <div class="field">
                <label for="import-passphrase">{t("cases-passphrase")}</label>
                <input id="import-passphrase" type="password" autocomplete="off"
                    prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev)) />
            </div>
            <button type="button" id="case-import" class="button" on:click=move |_| run("fail")>{t("cases-import")}</button>
            <p id="import-status" role="status">{move || status.get()}</p>
            {move || conflict.get().map(|(stored, incoming)| {
                let l = lang.get();
                view! {
                    <div class="conflict" id="import-conflict">
                        <table>
                            <caption>{tr(l, "cases-import-conflict-caption")}</caption>
                            <thead><tr><th scope="col">""</th><th scope="col">{tr(l, "cases-import-on-device")}</th><th scope="col">{tr(l, "cases-import-in-file")}</th></tr></thead>
                            <tbody>
                                <tr><th scope="row">{tr(l, "cases-col-case")}</th><td>{stored.title.clone()}</td><td>{incoming.title.clone()}</td></tr>
                                <tr><th scope="row">{tr(l, "cases-import-version")}</th><td>{stored.version}</td><td>{incoming.version}</td></tr>
                                <tr><th scope="row">{tr(l, "cases-import-changed")}</th><td>{stored.updated.clone()}</td><td>{incoming.updated.clone()}</td></tr>
                                <tr><th scope="row">{tr(l, "cases-events-title")}</th><td>{stored.events.len()}</td><td>{incoming.events.len()}</td></tr>
                            </tbody>
                        </table>
                        <div class="button-row">
                            <button type="button" id="import-keep-both" class="button" on:click=move |_| run("keep-both")>{tr(l, "cases-import-keep-both")}</button>
                            <button type="button" id="import-replace" class="button" on:click=move |_| run("replace")>{tr(l, "cases-import-replace")}</button>
                        </div>
                    </div>
                }
            })}
        </section>
    }
}
