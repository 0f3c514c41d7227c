//! "Ny version – genindlæs": the banner shown when the service worker (web build
//! only, see ui/static/boot.js and sw.js) has fetched a new version in the
//! background. The running version keeps serving its own files until the person
//! chooses to reload, so a form being filled in is never swapped out under them.

use crate::i18n::tr;
use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};
use ret_og_frist_i18n::Lang;

/// Whether boot.js has already announced a waiting version (before the app mounted).
fn announced() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("rofUpdateReady")).ok())
        .is_some_and(|v| v.is_truthy())
}

/// Ask the waiting service worker to take over; boot.js reloads the page when it has.
fn apply() {
    let Some(window) = web_sys::window() else { return };
    if let Ok(f) = js_sys::Reflect::get(&window, &JsValue::from_str("rofApplyUpdate")) {
        if let Ok(f) = f.dyn_into::<js_sys::Function>() {
            let _ = f.call0(&JsValue::NULL);
        }
    }
}

#[component]
pub fn UpdateBanner(lang: ReadSignal<Lang>) -> impl IntoView {
    let ready = RwSignal::new(announced());
    let handle = window_event_listener_untyped("rof-update-ready", move |_| ready.set(true));
    on_cleanup(move || handle.remove());
    view! {
        <div role="status" aria-live="polite">
            {move || ready.get().then(|| view! {
                <div id="update-banner" class="update-banner">
                    <p>
                        <strong>{move || tr(lang.get(), "update-title")}</strong>
                        " "
                        {move || tr(lang.get(), "update-ready")}
                    </p>
                    <button id="update-reload" type="button" on:click=move |_| apply()>
                        {move || tr(lang.get(), "update-reload")}
                    </button>
                </div>
            })}
        </div>
    }
}
