//! Where cases live: in the desktop window the SQLite store behind the shell's
//! commands; in the browser, local storage. One async interface for both, so
//! the screens do not care which. Also the one bridge to the shell's commands
//! ([`invoke`]) that the other screens use.

use crate::storage;
use leptos::wasm_bindgen::{JsCast, JsValue};
use ret_og_frist_cases::Case;

const WEB_KEY: &str = "cases";

/// Tauri's `invoke`, when running in the desktop window.
fn tauri() -> Option<(JsValue, js_sys::Function)> {
    let w = web_sys::window()?;
    let internals = js_sys::Reflect::get(&w, &"__TAURI_INTERNALS__".into()).ok()?;
    if internals.is_undefined() || internals.is_null() {
        return None;
    }
    let invoke = js_sys::Reflect::get(&internals, &"invoke".into()).ok()?.dyn_into().ok()?;
    Some((internals, invoke))
}

/// True in the desktop window (SQLite store, encrypted export available).
pub fn is_desktop() -> bool {
    tauri().is_some()
}

fn js_err(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// Call a shell command with JSON arguments and parse its JSON answer.
pub async fn invoke<T: serde::de::DeserializeOwned>(cmd: &str, args: serde_json::Value) -> Result<T, String> {
    let (internals, invoke) = tauri().ok_or("not in the desktop app")?;
    let args = js_sys::JSON::parse(&args.to_string()).map_err(js_err)?;
    let promise: js_sys::Promise =
        invoke.call2(&internals, &cmd.into(), &args).map_err(js_err)?.dyn_into().map_err(js_err)?;
    let v = wasm_bindgen_futures::JsFuture::from(promise).await.map_err(js_err)?;
    let text = js_sys::JSON::stringify(&v).map_err(js_err)?.as_string().unwrap_or_default();
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

fn web_all() -> Vec<Case> {
    storage::load_string(WEB_KEY)
        .and_then(|t| serde_json::from_str::<Vec<serde_json::Value>>(&t).ok())
        .unwrap_or_default()
        .into_iter()
        // A damaged entry is skipped, the others survive.
        .filter_map(|v| Case::from_json(&v.to_string()).ok())
        .collect()
}

fn web_write(cases: &[Case]) {
    storage::save_json(WEB_KEY, &cases);
}

/// Now as RFC 3339 (UTC), from the device clock.
pub fn now_rfc3339() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default()
}

/// A fresh id: time plus randomness from the page (no network, no crate).
pub fn new_id() -> String {
    let t = js_sys::Date::now() as u64;
    let r = (js_sys::Math::random() * 1e9) as u64;
    format!("{t:x}{r:x}")
}

pub async fn list() -> Result<Vec<Case>, String> {
    if is_desktop() {
        invoke("cases_all", serde_json::json!({})).await
    } else {
        let mut all = web_all();
        all.sort_by_key(|c| c.title.to_lowercase());
        Ok(all)
    }
}

/// Save with optimistic locking: a case changed elsewhere in the meantime is refused.
pub async fn save(case: Case) -> Result<Case, String> {
    if is_desktop() {
        return invoke("case_save", serde_json::json!({ "case": case })).await;
    }
    let mut all = web_all();
    let mut saved = case.clone();
    match all.iter_mut().find(|c| c.id == case.id) {
        Some(stored) if stored.version != case.version => {
            return Err(format!("conflict: stored version {}", stored.version));
        }
        Some(stored) => {
            saved.remember(stored);
            saved.version = case.version + 1;
            saved.updated = now_rfc3339();
            *stored = saved.clone();
        }
        None => all.push(saved.clone()),
    }
    web_write(&all);
    Ok(saved)
}

pub async fn delete(id: String) -> Result<(), String> {
    if is_desktop() {
        return invoke::<bool>("case_delete", serde_json::json!({ "id": id })).await.map(|_| ());
    }
    let mut all = web_all();
    all.retain(|c| c.id != id);
    web_write(&all);
    Ok(())
}

/// Delete every case and every saved form on this device.
pub async fn delete_everything() -> Result<(), String> {
    if is_desktop() {
        invoke::<usize>("cases_delete_all", serde_json::json!({})).await?;
    }
    storage::clear_all();
    Ok(())
}
