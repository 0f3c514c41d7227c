//! One folder per screen (feature); shared helpers here.

pub mod appeal;
pub mod cases;
pub mod check;
pub mod deadlines;
pub mod gain;
pub mod letters;
pub mod reader;
pub mod rules;
pub mod status;

use crate::components::Field;
use crate::i18n::with_texts;
use leptos::prelude::*;
use ret_og_frist_core::rules::{Citation, Confidence, RuleSet};
use ret_og_frist_i18n::Lang;

/// The overrides in force on this device (invalid ones are dropped).
pub fn active_overrides() -> &'static [ret_og_frist_core::rules::Override] {
    crate::active::get().overrides()
}

/// The rules in use: the active pack with this device's overrides applied,
/// decided by `ret-og-frist-app` (see `crate::active`). Read inside a reactive
/// closure, the closure runs again when a pack or an override changes.
pub fn rules() -> &'static RuleSet {
    crate::active::get().rules()
}

/// The active pack's rules without overrides: the baseline shown beside results.
pub fn baseline_rules() -> &'static RuleSet {
    crate::active::get().baseline()
}

/// The stored pack dropped at start, if any.
pub fn dropped_pack() -> Option<&'static ret_og_frist_app::DroppedPack> {
    crate::active::dropped_pack()
}

/// "The stored rule pack … was removed: … The app now uses the built-in rules."
pub fn dropped_pack_notice(lang: Lang) -> Option<String> {
    let d = dropped_pack()?;
    Some(with_texts(lang, |t| {
        let why = t.pack_error(d.code).unwrap_or_else(|| d.message.clone());
        t.get_args("pack-dropped", &[("pack", d.pack.clone().into()), ("why", why.into())])
    }))
}

/// A rule's name for people: the name carried by the rule data or its Fluent
/// label, the path (`kontanthjaelp.sats.forhoejet`) only when it has none.
/// Screens show this instead of raw rule ids. It follows the active rules: read
/// inside a reactive closure, the closure runs again when a pack or an override
/// changes, and a rate only the new pack knows gets the pack's name.
pub fn rule_label(t: &ret_og_frist_i18n::Texts, path: &str) -> String {
    label_under(rules(), t, path)
}

/// `rule_label` under given rules. The catalogue is built once per rule set:
/// the active rules are a new (leaked, never freed) value on every change, so
/// their address tells whether the cached catalogue is still theirs.
fn label_under(rules: &'static RuleSet, t: &ret_og_frist_i18n::Texts, path: &str) -> String {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::rc::Rc;
    type Catalog = HashMap<String, ret_og_frist_core::catalog::Entry>;
    thread_local! {
        static CATALOG: RefCell<Option<(usize, Rc<Catalog>)>> = const { RefCell::new(None) };
    }
    let key = rules as *const RuleSet as usize;
    let catalog = CATALOG.with(|c| {
        let mut c = c.borrow_mut();
        match &*c {
            Some((k, catalog)) if *k == key => catalog.clone(),
            _ => {
                let catalog: Rc<Catalog> = Rc::new(rules.catalog().into_iter().map(|e| (e.path.clone(), e)).collect());
                *c = Some((key, catalog.clone()));
                catalog
            }
        }
    });
    match catalog.get(path) {
        Some(e) => self::rules::label(t, e),
        None => path.to_string(),
    }
}

/// A § reference as shown to people. Some references in the rule data carry
/// English research notes ("(no § seen)", "exact § not confirmed", "a-kasse
/// practice"); those notes are for maintainers, and the confidence shown beside
/// the reference already says the rule is not confirmed. They are left out, and
/// a reference with nothing left says so in the reader's language.
pub fn reference_text(t: &ret_og_frist_i18n::Texts, reference: &str) -> String {
    const NOTES: [&str; 8] =
        ["not confirmed", "not found", "seen", "lack of", "no rule", "practice", "statutory", "unknown"];
    let is_note = |s: &str| {
        let s = s.to_lowercase();
        NOTES.iter().any(|n| s.contains(n))
    };
    let mut kept: Vec<String> = Vec::new();
    for part in reference.split(';') {
        // Drop "( … )" groups that are notes, keep the rest of the part.
        let mut out = String::new();
        let mut rest = part;
        while let Some(open) = rest.find('(') {
            let Some(len) = rest[open..].find(')') else { break };
            let group = &rest[open..=open + len];
            out.push_str(&rest[..open]);
            if !is_note(group) {
                out.push_str(group);
            }
            rest = &rest[open + len + 1..];
        }
        out.push_str(rest);
        let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
        let out = out.trim_end_matches([',', ' ']).to_string();
        if !out.is_empty() && !is_note(&out) {
            kept.push(out);
        }
    }
    if kept.is_empty() {
        t.get("rule-reference-none")
    } else {
        kept.join("; ")
    }
}

/// Today's date on this device (local time).
pub fn today() -> Option<chrono::NaiveDate> {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}

/// A labelled text field for a date typed the Danish way, with its hint. Every
/// screen's date questions use it, so they look and behave the same.
#[component]
pub fn DateField(
    lang: ReadSignal<Lang>,
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    value: Signal<String>,
    #[prop(into)] on_input: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <Field
            for_id=id
            label=Signal::derive(move || crate::i18n::tr(lang.get(), label))
            hint=Signal::derive(move || crate::i18n::tr(lang.get(), hint))
            hint_id=hint_id.clone()
        >
            <input
                id=id
                class="form-input"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                aria-describedby=hint_id
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </Field>
    }
}

/// A labelled choice of benefit (with an empty "choose" first), used by the
/// status and complaint screens.
#[component]
pub fn BenefitSelect(
    lang: ReadSignal<Lang>,
    id: &'static str,
    label: &'static str,
    options: Vec<ret_og_frist_core::guide::Benefit>,
    value: Signal<Option<ret_og_frist_core::guide::Benefit>>,
    #[prop(into)] on_change: Callback<Option<ret_og_frist_core::guide::Benefit>>,
) -> impl IntoView {
    use ret_og_frist_core::guide::Benefit;
    use crate::i18n::tr;
    view! {
        <Field for_id=id label=Signal::derive(move || tr(lang.get(), label))>
            <select id=id class="form-select" on:change=move |ev| on_change.run(Benefit::from_id(&event_target_value(&ev)))>
                <option value="" selected=move || value.get().is_none()>{move || tr(lang.get(), "choose")}</option>
                {options
                    .into_iter()
                    .map(|b| {
                        view! {
                            <option value=b.id() selected=move || value.get() == Some(b)>
                                {move || with_texts(lang.get(), |t| t.benefit(b.id()))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </Field>
    }
}

/// "§ reference · confidence · source" under a card, a step or a finding.
/// Unconfirmed rules say so in words, not only by colour.
#[component]
pub fn Cite(lang: Lang, citation: Citation) -> impl IntoView {
    with_texts(lang, |t| {
        let conf = t.get_args("rule-confidence", &[("confidence", t.confidence(citation.confidence).into())]);
        let unconfirmed = citation.confidence == Confidence::Unconfirmed;
        let href = citation.source.clone();
        view! {
            <p class="cite">
                <span class="ref">{reference_text(t, &citation.reference)}</span>
                " · "
                <span class="confidence" class:unconfirmed=unconfirmed>{conf}</span>
                " · "
                <a href=href rel="noreferrer noopener" target="_blank">
                    {t.get("rule-source")}
                    <span class="visually-hidden">": " {citation.source.clone()}</span>
                </a>
            </p>
            {unconfirmed.then(|| view! { <p class="unconfirmed-note">{t.get("unconfirmed-warning")}</p> })}
        }
    })
}

/// Offer bytes as a file download (a blob URL: nothing leaves the device).
pub fn download_bytes(bytes: &[u8], name: &str, mime: &str) -> Result<(), String> {
    use leptos::wasm_bindgen::JsCast;
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement =
        doc.create_element("a").map_err(|e| format!("{e:?}"))?.dyn_into().map_err(|_| "no anchor")?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ret_og_frist_i18n::{Lang, Texts};

    #[test]
    fn references_lose_english_research_notes() {
        let t = Texts::new(Lang::Da);
        let cases = [
            ("Ankestyrelsens klagevejledning (no § seen)", "Ankestyrelsens klagevejledning"),
            (
                "Lov om arbejdsløshedsforsikring m.v., kap. 16 (Klageadgang); exact §§ not confirmed",
                "Lov om arbejdsløshedsforsikring m.v., kap. 16 (Klageadgang)",
            ),
            (
                "Lov om social pension (klage-§ not confirmed); retssikkerhedsloven kap. 10, §§ 66-67",
                "Lov om social pension; retssikkerhedsloven kap. 10, §§ 66-67",
            ),
            ("Sygedagpengeloven § 24 og § 27; § 21 a (stop for lack of cooperation)", "Sygedagpengeloven § 24 og § 27; § 21 a"),
            ("No statutory form requirement (ulovbestemt); Ankestyrelsens klagevejledning", "Ankestyrelsens klagevejledning"),
            ("Forvaltningsloven § 19, stk. 1", "Forvaltningsloven § 19, stk. 1"),
        ];
        for (raw, shown) in cases {
            assert_eq!(reference_text(&t, raw), shown, "{raw}");
        }
        let none = reference_text(&t, "Udbetaling Danmark's practice (borger.dk); no rule in law");
        assert_eq!(none, t.get("rule-reference-none"));
        assert!(!none.starts_with('['), "rule-reference-none exists");
    }

    /// Labels follow the rule set they are asked under (a pack or an override
    /// makes a new one), not the first one seen.
    #[test]
    fn labels_follow_the_rules_in_force() {
        let t = Texts::new(Lang::Da);
        let with: &'static RuleSet = Box::leak(Box::new(RuleSet::builtin().expect("built-in rules")));
        let id = with.frister.keys().next().expect("a deadline kind").clone();
        let path = format!("frist.{id}");
        let mut less = with.clone();
        less.frister.remove(&id);
        let without: &'static RuleSet = Box::leak(Box::new(less));
        let named = label_under(with, &t, &path);
        assert_ne!(named, path, "a known deadline kind has a name");
        assert_eq!(label_under(without, &t, &path), path, "rules without it: the path");
        assert_eq!(label_under(with, &t, &path), named, "back to the first rules: the name again");
    }
}
