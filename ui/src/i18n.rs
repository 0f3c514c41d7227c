//! Access to the shared Fluent texts from reactive views.

use ret_og_frist_i18n::{Lang, Texts};

thread_local! {
    static DA: Texts = Texts::new(Lang::Da);
    static EN: Texts = Texts::new(Lang::En);
    static UK: Texts = Texts::new(Lang::Uk);
    static AR: Texts = Texts::new(Lang::Ar);
}

/// Run `f` with the texts of `lang` (loaded once per page).
pub fn with_texts<R>(lang: Lang, f: impl FnOnce(&Texts) -> R) -> R {
    match lang {
        Lang::Da => DA.with(f),
        Lang::En => EN.with(f),
        Lang::Uk => UK.with(f),
        Lang::Ar => AR.with(f),
    }
}

/// A message in `lang`.
pub fn tr(lang: Lang, id: &str) -> String {
    with_texts(lang, |t| t.get(id))
}

/// Keep `<html lang>` in step with the chosen language (screen readers use it).
pub fn set_document_lang(lang: Lang) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", lang.code());
        let _ = el.set_attribute("dir", if lang.rtl() { "rtl" } else { "ltr" });
    }
}
