//! The heavy parts of the web build as wasm modules of their own, loaded the
//! first time they are used (issue 16, "small first load"):
//!
//! | module     | crate (ui/lazy/…)           | what it carries                     | used by                    |
//! |------------|-----------------------------|-------------------------------------|----------------------------|
//! | `reader`   | ret-og-frist-lazy-reader    | the letter reader: lopdf, regex     | "Forstå dit brev"          |
//! | `casefile` | ret-og-frist-lazy-casefile  | the case file: age, scrypt          | save / open a case file    |
//! | `pdf`      | ret-og-frist-lazy-pdf       | the letter PDF: krilla, fonts       | "Hent PDF" (web + desktop) |
//!
//! `cargo xtask web` builds each into ui/dist (`<module>.js`, `<module>_bg.wasm`);
//! src/lazy.js imports it with a dynamic `import()` (same origin, so the strict
//! CSP holds, in the browser and in the desktop window). The service worker
//! precaches them after the first screen is up, so they work offline after one visit.

use leptos::wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(module = "/src/lazy.js")]
extern "C" {
    fn lazy_ready(name: &str) -> bool;
    #[wasm_bindgen(catch)]
    async fn lazy_call(name: &str, func: &str, a: JsValue, b: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = fetch_texts)]
    async fn fetch_texts_js(paths: js_sys::Array) -> Result<JsValue, JsValue>;
}

/// A lazily loaded module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Module {
    Reader,
    CaseFile,
    Pdf,
}

impl Module {
    fn name(self) -> &'static str {
        match self {
            Module::Reader => "reader",
            Module::CaseFile => "casefile",
            Module::Pdf => "pdf",
        }
    }

    /// Whether the module is loaded (no "Henter …" needed).
    pub fn ready(self) -> bool {
        lazy_ready(self.name())
    }
}

/// Why a call did not give an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LazyError {
    /// The module could not be fetched or started (offline before it was cached).
    Load(String),
    /// The module's own error (its stable code or JSON).
    Call(String),
}

/// The error code of a module that could not be loaded (worded by the
/// `lazy-load-failed` message).
pub const LOAD_FAILED: &str = "lazy-load-failed";

/// A call's error as a code: the module's own code, or [`LOAD_FAILED`].
pub fn code(e: LazyError) -> String {
    match e {
        LazyError::Load(_) => LOAD_FAILED.to_string(),
        LazyError::Call(c) => c,
    }
}

/// Call `func` of `module` with one or two arguments (strings or bytes).
pub async fn call(module: Module, func: &str, a: JsValue, b: Option<JsValue>) -> Result<JsValue, LazyError> {
    lazy_call(module.name(), func, a, b.unwrap_or(JsValue::UNDEFINED)).await.map_err(|e| match e.as_string() {
        Some(s) => LazyError::Call(s),
        None => {
            let load = js_sys::Reflect::get(&e, &"load".into()).ok().and_then(|v| v.as_string());
            LazyError::Load(load.unwrap_or_else(|| format!("{e:?}")))
        }
    })
}

/// A call whose answer is a string (JSON).
pub async fn call_string(module: Module, func: &str, a: JsValue, b: Option<JsValue>) -> Result<String, LazyError> {
    let v = call(module, func, a, b).await?;
    v.as_string().ok_or_else(|| LazyError::Call(format!("{func}: not a string")))
}

/// A call whose answer is bytes.
pub async fn call_bytes(module: Module, func: &str, a: JsValue, b: Option<JsValue>) -> Result<Vec<u8>, LazyError> {
    let v = call(module, func, a, b).await?;
    let arr: js_sys::Uint8Array = v.dyn_into().map_err(|_| LazyError::Call(format!("{func}: not bytes")))?;
    Ok(arr.to_vec())
}

/// Bytes for a module call.
pub fn bytes(b: &[u8]) -> JsValue {
    js_sys::Uint8Array::from(b).into()
}

/// The text of each of `paths` (relative to the page, same origin), e.g. a
/// language's Fluent files (src/i18n.rs); an error names the file that failed.
pub async fn fetch_texts(paths: &[String]) -> Result<Vec<String>, String> {
    let arr: js_sys::Array = paths.iter().map(|p| JsValue::from_str(p)).collect();
    let v = fetch_texts_js(arr).await.map_err(|e| e.as_string().unwrap_or_else(|| format!("{e:?}")))?;
    let arr: js_sys::Array = v.dyn_into().map_err(|_| "fetch_texts: not an array".to_string())?;
    arr.iter().map(|s| s.as_string().ok_or_else(|| "fetch_texts: not text".to_string())).collect()
}
