//! Access to the shared Fluent texts from reactive views, and the page's language.
//!
//! The web build embeds only Danish (the source language and the fallback; see
//! `ret_og_frist_i18n::Lang::sources`). Another language's files are fetched from
//! the page's own origin (`locales/<code>/<file>.ftl`, part of the build and
//! precached by the service worker) when the person picks it, or at start when it
//! was the saved choice. Until they are here the page keeps its current language
//! (Danish at start); if they cannot be fetched (offline before the first visit
//! with a connection) it says so and stays in that language.

use leptos::prelude::*;
use ret_og_frist_i18n::{Lang, Texts, FILES};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    static DA: Texts = Texts::new(Lang::Da);
    /// The other languages loaded in this page (fetched, or embedded natively).
    static LOADED: RefCell<Vec<(Lang, Rc<Texts>)>> = const { RefCell::new(Vec::new()) };
    /// The language last asked for: a fetch that ends after another choice does not switch.
    static WANTED: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The texts of `lang` if this page has them.
fn loaded(lang: Lang) -> Option<Rc<Texts>> {
    if let Some(t) = LOADED.with(|l| l.borrow().iter().find(|(x, _)| *x == lang).map(|(_, t)| t.clone())) {
        return Some(t);
    }
    if !lang.embedded() {
        return None;
    }
    let t = Rc::new(Texts::new(lang));
    LOADED.with(|l| l.borrow_mut().push((lang, t.clone())));
    Some(t)
}

/// Run `f` with the texts of `lang` (Danish until that language has arrived).
pub fn with_texts<R>(lang: Lang, f: impl FnOnce(&Texts) -> R) -> R {
    if lang != Lang::Da {
        if let Some(t) = loaded(lang) {
            return f(&t);
        }
    }
    DA.with(f)
}

/// A message in `lang`.
pub fn tr(lang: Lang, id: &str) -> String {
    with_texts(lang, |t| t.get(id))
}

/// The page's language: Danish at first, then the saved choice once its texts
/// are here.
pub fn start_language() -> RwSignal<Lang> {
    let lang = RwSignal::new(Lang::Da);
    if let Some(saved) = crate::storage::load_string("lang").and_then(|c| Lang::from_code(&c)) {
        switch(lang, saved, true);
    }
    lang
}

/// The person picked `to`: switch at once if its texts are here, else once they
/// have been fetched (the page keeps its language meanwhile, and says so if the
/// fetch fails).
pub fn set_language(lang: RwSignal<Lang>, to: Lang) {
    switch(lang, to, false);
}

fn switch(lang: RwSignal<Lang>, to: Lang, at_start: bool) {
    WANTED.with(|w| w.set(Some(to)));
    show_load_error(None);
    if to == Lang::Da || loaded(to).is_some() {
        lang.set(to);
        return;
    }
    leptos::task::spawn_local(async move {
        let paths: Vec<String> = FILES.iter().map(|f| format!("locales/{}/{f}.ftl", to.code())).collect();
        let texts = crate::lazy::fetch_texts(&paths).await.and_then(|s| Texts::from_sources(to, s));
        let still_wanted = WANTED.with(|w| w.get()) == Some(to);
        match texts {
            Ok(t) => {
                LOADED.with(|l| l.borrow_mut().push((to, Rc::new(t))));
                if still_wanted {
                    lang.set(to);
                }
            }
            Err(e) => {
                leptos::logging::warn!("language {}: {e}", to.code());
                if !still_wanted {
                    return;
                }
                let now = lang.get_untracked();
                show_load_error(Some(with_texts(now, |t| {
                    t.get_args("lang-load-failed", &[("lang", tr(Lang::Da, &format!("lang-{}", to.code())).into())])
                })));
                // The language menu shows the language the page is in.
                if let Some(select) = document().and_then(|d| d.get_element_by_id("lang-select")) {
                    let _ = js_sys::Reflect::set(&select, &"value".into(), &now.code().into());
                }
                if at_start {
                    // Keep the person's choice for the next visit.
                    crate::storage::save_string("lang", to.code());
                }
            }
        }
    });
}

/// Show (or with `None` remove) the notice that a language could not be fetched,
/// just before the main content.
fn show_load_error(text: Option<String>) {
    const ID: &str = "lang-load-error";
    let Some(doc) = document() else { return };
    if let Some(old) = doc.get_element_by_id(ID) {
        old.remove();
    }
    let (Some(text), Some(main)) = (text, doc.get_element_by_id("main")) else { return };
    let (Ok(el), Ok(body), Ok(p), Some(parent)) =
        (doc.create_element("div"), doc.create_element("div"), doc.create_element("p"), main.parent_node())
    else {
        return;
    };
    // The design system's error alert.
    el.set_id(ID);
    let _ = el.set_attribute("role", "alert");
    let _ = el.set_attribute("class", "alert alert-error");
    let _ = body.set_attribute("class", "alert-body");
    let _ = p.set_attribute("class", "alert-text");
    p.set_text_content(Some(&text));
    let _ = body.append_child(&p);
    let _ = el.append_child(&body);
    let _ = parent.insert_before(&el, Some(&main));
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Keep `<html lang>` in step with the chosen language (screen readers use it).
pub fn set_document_lang(lang: Lang) {
    if let Some(el) = document().and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", lang.code());
        let _ = el.set_attribute("dir", if lang.rtl() { "rtl" } else { "ltr" });
    }
}
