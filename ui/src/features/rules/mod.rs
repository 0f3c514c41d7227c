//! "Regler og satser": every rule the app uses — value, history, §, source,
//! confidence — searchable, with an "unconfirmed only" filter. Results link here
//! with `#regler/<path>` so one step leads from a figure to its rule.

use super::{rules, today};
use crate::i18n::{tr, with_texts};
use leptos::prelude::*;
use ret_og_frist_core::catalog::{Entry, EntryValue};
use ret_og_frist_core::rules::{Confidence, Status};
use ret_og_frist_i18n::{Lang, Texts};

/// The rule path in the URL fragment (`#regler/frist.complaint`), if any.
pub fn focused_path() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let path = hash.strip_prefix("#regler/")?;
    (!path.is_empty()).then(|| path.to_string())
}

/// The sections of the rule book, in the order shown. With every rule listed
/// the page is a wall of several hundred entries (196 of them municipal tax
/// rates), so rules are grouped by what a person looks for and each group
/// opens and closes; a search, the filter or a link to one rule opens them.
const AREAS: [&str; 8] = [
    "rules-area-deadlines",
    "rules-area-benefits",
    "rules-area-family",
    "rules-area-tax",
    "rules-area-municipal-tax",
    "rules-area-status",
    "rules-area-appeals",
    "rules-area-other",
];

/// The section a rule belongs to, from the first part of its path.
fn area(path: &str) -> &'static str {
    match path.split('.').next().unwrap_or_default() {
        "frist" | "day" | "post" | "processing_time" => "rules-area-deadlines",
        "kontanthjaelp" | "dagpenge" | "sygedagpenge" | "fleksjob" | "ledighedsydelse" | "regulering" => {
            "rules-area-benefits"
        }
        "boligsikring" | "boerneydelse" | "boernetilskud" | "friplads" => "rules-area-family",
        "skat" | "folkepension" => "rules-area-tax",
        "kommune" => "rules-area-municipal-tax",
        "card" | "group" | "change" => "rules-area-status",
        "route" | "check" | "body" | "reversal_rate" | "meanwhile" => "rules-area-appeals",
        _ => "rules-area-other",
    }
}

fn value_text(t: &Texts, v: &EntryValue) -> String {
    let Some(value) = v.value.as_deref() else { return String::new() };
    let n: Option<u32> = value.parse().ok();
    match (v.unit.as_deref(), n) {
        (Some(u @ ("weeks" | "months" | "days" | "working-days" | "delivery-days")), Some(n)) => {
            t.unit_n(u, n)
        }
        (Some("percent"), _) => format!("{} %", value.replace('.', if t.lang() == Lang::Da { "," } else { "." })),
        (Some(u @ ("kr-year" | "kr-quarter" | "kr-month" | "kr-week" | "kr-hour" | "m2" | "kr-m2-year" | "hours-month" | "count")), _) => {
            let shown = match value.parse::<rust_decimal::Decimal>() {
                Ok(d) if t.lang() == Lang::Da => ret_og_frist_core::gain::node::da(d),
                _ => value.to_string(),
            };
            t.unit_n(u, shown)
        }
        _ => value.to_string(),
    }
}

pub(crate) fn label(t: &Texts, e: &Entry) -> String {
    // Named by i18n from the entry's typed name (a rate by its path in
    // satser.ftl; a rate only a rule pack knows by the name the pack carries).
    t.entry_name(e)
}

#[component]
pub fn RulesPage(lang: ReadSignal<Lang>) -> impl IntoView {
    let focus = focused_path();
    let search = RwSignal::new(focus.clone().unwrap_or_default());
    let unconfirmed = RwSignal::new(false);
    let t = move |id: &'static str| move || tr(lang.get(), id);
    let all = rules().catalog();
    let total = all.len();

    view! {
        <h1>{t("rulebook-title")}</h1>
        <p>{t("rules-intro")}</p>
        <RulePack lang=lang />
        <form class="stack" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="rules-search">{t("rules-search")}</label>
                <p class="hint" id="rules-search-hint">{t("rules-search-hint")}</p>
                <input id="rules-search" type="search" autocomplete="off" aria-describedby="rules-search-hint"
                    prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev)) />
            </div>
            <div class="checkbox">
                <input type="checkbox" id="rules-unconfirmed" prop:checked=move || unconfirmed.get()
                    on:change=move |ev| unconfirmed.set(event_target_checked(&ev)) />
                <label for="rules-unconfirmed">{t("rules-unconfirmed-only")}</label>
            </div>
        </form>
        {move || {
            let l = lang.get();
            let q = search.get().to_lowercase();
            let only_unconfirmed = unconfirmed.get();
            let date = today().unwrap_or_default();
            with_texts(l, |tx| {
                let shown: Vec<&Entry> = all
                    .iter()
                    .filter(|e| !only_unconfirmed || e.confidence() == Confidence::Unconfirmed)
                    .filter(|e| {
                        q.is_empty()
                            || e.path.to_lowercase().contains(&q)
                            || label(tx, e).to_lowercase().contains(&q)
                            || e.citation.reference.to_lowercase().contains(&q)
                    })
                    .collect();
                let count = tx.get_args("rules-count", &[("shown", shown.len().into()), ("total", total.into())]);
                // Sections open by themselves when the person searched, filtered or followed a link to a rule.
                let open_all = !q.is_empty() || only_unconfirmed;
                let items: Vec<(&'static str, bool, _)> = shown.into_iter().map(|e| {
                    let focused = focus.as_deref() == Some(e.path.as_str());
                    let current = e.current(date).map(|v| value_text(tx, v)).filter(|s| !s.is_empty());
                    let conf = e.confidence();
                    let proposal = e.values.iter().any(|v| v.status == Status::Proposal);
                    // A number computed by the law's own method, not published: say so.
                    let derived = e.current(date).is_some_and(|v| v.derived);
                    let history: Vec<_> = e.values.iter().map(|v| {
                        let from = v.from.map(|d| tx.date(d)).unwrap_or_default();
                        let to = v.to.map(|d| format!(" – {}", tx.date(d))).unwrap_or_default();
                        let status = if v.status == Status::Proposal {
                            format!(" ({})", tx.get("badge-proposal"))
                        } else if v.derived {
                            format!(" ({})", tx.get("badge-derived"))
                        } else {
                            String::new()
                        };
                        view! { <li>{from}{to}": "{value_text(tx, v)}{status}" · "{tx.confidence(v.confidence)}</li> }
                    }).collect();
                    let href = e.citation.source.clone();
                    (area(&e.path), focused, view! {
                        <li class="rule" data-path=e.path.clone()>
                            <h3 class="rule-title">
                                {label(tx, e)}
                                {proposal.then(|| view! { " " <span class="badge proposal">{tx.get("badge-proposal")}</span> })}
                                {derived.then(|| view! { " " <span class="badge derived">{tx.get("badge-derived")}</span> })}
                            </h3>
                            // The id advisers use in the CLI (`--override path=value`), labelled as such.
                            <p class="rule-path">{tx.get("rule-id")}": "<code>{e.path.clone()}</code></p>
                            {current.map(|c| view! { <p class="rule-value">{tx.get("rules-current")}": "<strong>{c}</strong></p> })}
                            <p><span class="ref">{super::reference_text(tx, &e.citation.reference)}</span></p>
                            <p>
                                <span class="confidence" class:unconfirmed=conf == Confidence::Unconfirmed>
                                    {tx.get_args("rule-confidence", &[("confidence", tx.confidence(conf).into())])}
                                </span>
                                " · "
                                <a href=href rel="noreferrer noopener" target="_blank">
                                    {tx.get("rule-source")}<span class="visually-hidden">": " {e.citation.source.clone()}</span>
                                </a>
                            </p>
                            // The research note is English, for maintainers: shown in the English UI only.
                            {e.citation.note.clone().filter(|_| l == Lang::En).map(|n| view! { <p class="hint">{n}</p> })}
                            // How a derived value was computed: the note's arithmetic, quoted in Danish.
                            {e.citation.note.clone().filter(|_| derived && l != Lang::En).map(|n| view! {
                                <blockquote class="hint" lang="da"><p>{n}</p></blockquote>
                            })}
                            {(e.kind == "parameter").then(|| view! { <OverrideForm lang=lang path=e.path.clone() /> })}
                            {(!e.values.is_empty()).then(|| view! {
                                <details>
                                    <summary>{tx.get("rules-history")}</summary>
                                    <ul>{history}</ul>
                                </details>
                            })}
                        </li>
                    })
                }).collect();
                let mut items = items;
                let sections: Vec<_> = AREAS.iter().filter_map(|&a| {
                    let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut items).into_iter().partition(|(x, _, _)| *x == a);
                    items = rest;
                    if mine.is_empty() {
                        return None;
                    }
                    let open = open_all || mine.iter().any(|(_, f, _)| *f);
                    let n = mine.len();
                    let heading = tx.get_args("rules-area-heading", &[("area", tx.get(a).into()), ("count", n.into())]);
                    let views: Vec<_> = mine.into_iter().map(|(_, _, v)| v).collect();
                    Some(view! {
                        <crate::components::Accordion class="rules-area" open=open title=heading>
                            <ul class="rules-list">{views}</ul>
                        </crate::components::Accordion>
                    })
                }).collect();
                view! {
                    <p id="rules-count" role="status">{count}</p>
                    <div id="rules-list">{sections}</div>
                }
            })
        }}
    }
}

/// Which rule pack is active; import a newer signed one or go back to the built-in.
#[component]
fn RulePack(lang: ReadSignal<Lang>) -> impl IntoView {
    let status = RwSignal::new(String::new());
    // The screen is rebuilt when the active rules change (main.rs), so this is current.
    let info = crate::active::get().pack().clone();
    let builtin = info.builtin;
    let pick = move |ev: leptos::ev::Event| {
        use leptos::wasm_bindgen::JsCast;
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        let l = lang.get_untracked();
        leptos::task::spawn_local(async move {
            let Ok(buf) = wasm_bindgen_futures::JsFuture::from(file.text()).await else { return };
            let text = buf.as_string().unwrap_or_default();
            // Verified in full before anything is stored: a refused pack changes nothing.
            // Never older than the rules in use (built-in or the active pack): no rollback.
            match crate::active::get().check_new_pack(text.as_bytes(), &ret_og_frist_rulepack::trusted_keys()) {
                // Every screen (and the desktop shell) uses it from now on; no reload.
                Ok(_) => crate::active::set_pack(&text),
                Err(e) => status.set(with_texts(l, |t| {
                    let why = t.pack_error(e.code()).unwrap_or_else(|| e.to_string());
                    t.get_args("pack-refused", &[("why", why.into())])
                })),
            }
        });
    };
    view! {
        <section class="rule-pack" aria-labelledby="pack-title">
            <h2 id="pack-title">{move || tr(lang.get(), "pack-title")}</h2>
            <p id="pack-active" data-builtin=if builtin { "true" } else { "false" } data-sha256=info.sha256.clone()>
                {move || with_texts(lang.get(), |t| t.get_args(
                    if builtin { "pack-active-builtin" } else { "pack-active-imported" },
                    &[("pack", info.pack.clone().into()), ("date", info.date.to_string().into())],
                ))}
            </p>
            <div class="field">
                <label for="pack-file">{move || tr(lang.get(), "pack-import")}</label>
                <p class="hint" id="pack-file-hint">{move || tr(lang.get(), "pack-import-hint")}</p>
                <input id="pack-file" type="file" accept=".json,.rofpack" aria-describedby="pack-file-hint" on:change=pick />
            </div>
            <p id="pack-status" role="status">{move || status.get()}</p>
            {(!builtin).then(|| view! {
                <button type="button" id="pack-builtin" class="button" on:click=move |_| crate::active::remove_pack()>{move || tr(lang.get(), "pack-back")}</button>
            })}
        </section>
    }
}

/// An adviser's override of one parameter, with the mandatory reason.
#[component]
fn OverrideForm(lang: ReadSignal<Lang>, path: String) -> impl IntoView {
    use ret_og_frist_core::rules::Override;
    let value = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(String::new());
    let slug = path.replace(['.', '_'], "-");
    let value_id = format!("override-{slug}-value");
    let note_id = format!("override-{slug}-note");
    let save = move |_| {
        let l = lang.get_untracked();
        match Override::parse(&format!("{path}={}", value.get_untracked()), &note.get_untracked())
            .and_then(|o| super::baseline_rules().with_overrides(std::slice::from_ref(&o)).map(|_| o))
        {
            // In force on every screen (and in the desktop shell) at once; no reload.
            Ok(o) => crate::active::set_override(o),
            Err(ret_og_frist_core::rules::OverrideError::NoNote(_)) => error.set(tr(l, "overrides-need-note")),
            Err(ret_og_frist_core::rules::OverrideError::OutOfRange { min, max, .. }) => error.set(with_texts(l, |t| {
                t.get_args("overrides-out-of-range", &[("min", min.to_string().into()), ("max", max.to_string().into())])
            })),
            Err(_) => error.set(tr(l, "overrides-need-number")),
        }
    };
    view! {
        <details class="override">
            <summary>{move || tr(lang.get(), "overrides-form")}</summary>
            <div class="field">
                <label for=value_id.clone()>{move || tr(lang.get(), "overrides-value")}</label>
                <input id=value_id type="text" inputmode="numeric" autocomplete="off" class="short"
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for=note_id.clone()>{move || tr(lang.get(), "overrides-note")}</label>
                <textarea id=note_id rows="2" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            </div>
            {move || (!error.get().is_empty()).then(|| view! { <p class="field-error" role="alert">{error.get()}</p> })}
            <button type="button" class="button" on:click=save>{move || tr(lang.get(), "overrides-save")}</button>
        </details>
    }
}
