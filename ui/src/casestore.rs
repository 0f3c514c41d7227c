//! Where cases live: in the desktop window the SQLite store behind the shell's
//! commands; in the browser, local storage. One async interface for both, so
//! the screens do not care which. Also the one bridge to the shell's commands
//! ([`invoke`]) that the other screens use.

use crate::lazy::{self, Module};
use crate::storage;
use leptos::wasm_bindgen::{JsCast, JsValue};
use ret_og_frist_cases::Case;
use ret_og_frist_store::{Loaded, Shelf};

const WEB_KEY: &str = "cases";
/// Versions an import replaced, kept as `[{ "replaced_at", "reason", "case" }]`
/// (the SQLite store's `replaced` table, for the browser).
const WEB_REPLACED_KEY: &str = "cases.replaced";

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

/// The browser's cases: the readable ones, and the damaged entries named and
/// kept (written back as they were by [`web_write`], never dropped).
fn web_shelf() -> Shelf {
    Shelf::parse(storage::load_string(WEB_KEY).as_deref())
}

fn web_all() -> Vec<Case> {
    web_shelf().loaded.cases
}

/// Store `cases`, keeping the damaged entries of `shelf`.
fn web_write(shelf: &Shelf, cases: &[Case]) {
    storage::save_string(WEB_KEY, &shelf.to_json(cases));
}

/// Keep a version an import is about to replace (the browser's `replaced` table).
fn web_keep_replaced(case: &Case, reason: &str, now: &str) {
    let mut kept: Vec<serde_json::Value> = storage::load_json(WEB_REPLACED_KEY).unwrap_or_default();
    kept.push(serde_json::json!({ "replaced_at": now, "reason": reason, "case": case }));
    storage::save_json(WEB_REPLACED_KEY, &kept);
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

/// The readable cases (for screens that only need those).
pub async fn list() -> Result<Vec<Case>, String> {
    list_checked().await.map(|l| l.cases)
}

/// Whether there may be saved cases, known without reading them: in the
/// browser, whether the cases' key holds more than an empty list; in the
/// desktop window always (its store is on the disk, nothing is downloaded).
/// The start screen fetches the code that reads cases only when this is true.
pub fn may_have_cases() -> bool {
    is_desktop() || storage::load_string(WEB_KEY).is_some_and(|t| !matches!(t.trim(), "" | "[]"))
}

/// The readable cases, and every damaged one named: one damaged case must not
/// hide the others, and the person must be told about it.
pub async fn list_checked() -> Result<Loaded, String> {
    if is_desktop() {
        invoke("cases_all", serde_json::json!({})).await
    } else {
        let mut loaded = web_shelf().loaded;
        loaded.cases.sort_by_key(|c| c.title.to_lowercase());
        Ok(loaded)
    }
}

/// Save with optimistic locking: a case changed elsewhere in the meantime is refused.
pub async fn save(case: Case) -> Result<Case, String> {
    if is_desktop() {
        return invoke("case_save", serde_json::json!({ "case": case })).await;
    }
    let shelf = web_shelf();
    let mut all = shelf.loaded.cases.clone();
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
    web_write(&shelf, &all);
    Ok(saved)
}

pub async fn delete(id: String) -> Result<(), String> {
    if is_desktop() {
        return invoke::<bool>("case_delete", serde_json::json!({ "id": id })).await.map(|_| ());
    }
    let shelf = web_shelf();
    let mut all = shelf.loaded.cases.clone();
    all.retain(|c| c.id != id);
    web_write(&shelf, &all);
    // Its kept earlier versions go with it.
    let mut kept: Vec<serde_json::Value> = storage::load_json(WEB_REPLACED_KEY).unwrap_or_default();
    kept.retain(|k| k["case"]["id"].as_str() != Some(id.as_str()));
    storage::save_json(WEB_REPLACED_KEY, &kept);
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

/// What an export did: saved by the shell at a path, or downloaded by the browser.
pub enum Exported {
    Saved(String),
    Downloaded,
}

/// Encrypt a case with a passphrase (age + scrypt) into a `.rof` file: the shell
/// writes it to Downloads; the browser encrypts in the page (the case-file
/// module, loaded on first use: crate::lazy) and downloads it. An error is a
/// code; [`crate::lazy::LOAD_FAILED`] when the module could not be loaded.
pub async fn export_file(id: String, passphrase: String) -> Result<Exported, String> {
    if is_desktop() {
        return invoke::<String>("case_export", serde_json::json!({ "id": id, "passphrase": passphrase }))
            .await
            .map(Exported::Saved);
    }
    // The one passphrase rule (store::file::MIN_PASSPHRASE_CHARS), before any work.
    ret_og_frist_store::file::check_passphrase(&passphrase).map_err(|e| e.code().to_string())?;
    let case = web_all().into_iter().find(|c| c.id == id).ok_or("no such case")?;
    let json = serde_json::to_string(&case).map_err(|e| e.to_string())?;
    let bytes = lazy::call_bytes(Module::CaseFile, "export_case", json.into(), Some(passphrase.into()))
        .await
        .map_err(lazy::code)?;
    crate::features::download_bytes(&bytes, &format!("sag.{}", ret_og_frist_store::file::EXTENSION), "application/octet-stream")?;
    Ok(Exported::Downloaded)
}

/// Import a case file. `on_conflict`: "fail" (report both versions), "keep-both"
/// or "replace". Returns the outcome as the shell does (`{"outcome": …}`); an
/// error is the import error's code (`wrong-passphrase`, `truncated`, …).
pub async fn import_file(bytes: Vec<u8>, passphrase: String, on_conflict: &str) -> Result<serde_json::Value, String> {
    use ret_og_frist_store::file::{self, ImportOutcome};
    if is_desktop() {
        return invoke(
            "case_import",
            serde_json::json!({ "bytes": bytes, "passphrase": passphrase, "onConflict": on_conflict }),
        )
        .await;
    }
    // Decrypted by the case-file module (loaded on first use: crate::lazy).
    let json = lazy::call_string(Module::CaseFile, "import_case", lazy::bytes(&bytes), Some(passphrase.into()))
        .await
        .map_err(lazy::code)?;
    let incoming: Case = serde_json::from_str(&json).map_err(|_| "invalid-case".to_string())?;
    let shelf = web_shelf();
    let mut all = shelf.loaded.cases.clone();
    let now = now_rfc3339();
    let outcome = match file::decide(all.iter().find(|c| c.id == incoming.id), &incoming) {
        ImportOutcome::Conflict { stored, incoming } => match on_conflict {
            "keep-both" => {
                let copy = file::imported_copy(&incoming, &now, |id| all.iter().any(|c| c.id == id))
                    .ok_or("too many imported copies")?;
                all.push(copy.clone());
                ImportOutcome::Added { case: copy }
            }
            "replace" => {
                web_keep_replaced(&stored, "replace", &now);
                let out = file::replacement(Some(&stored), &incoming, &now);
                all.retain(|c| c.id != out.id);
                all.push(out.clone());
                ImportOutcome::Updated { case: out }
            }
            _ => ImportOutcome::Conflict { stored, incoming },
        },
        ImportOutcome::Added { case } => {
            all.push(case.clone());
            ImportOutcome::Added { case }
        }
        ImportOutcome::Updated { case } => {
            if let Some(stored) = all.iter().find(|c| c.id == case.id) {
                web_keep_replaced(stored, "import", &now);
            }
            all.retain(|c| c.id != case.id);
            all.push(case.clone());
            ImportOutcome::Updated { case }
        }
        unchanged => unchanged,
    };
    web_write(&shelf, &all);
    serde_json::to_value(outcome).map_err(|e| e.to_string())
}
