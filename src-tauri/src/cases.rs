//! The case store behind the window: SQLite in the app's data folder, owned
//! here in Rust; the page calls these commands and nothing else touches the file.

use ret_og_frist_cases::Case;
use ret_og_frist_store::{file, ImportOutcome, Loaded, Store};
use crate::reminders::Wake;
use std::sync::Mutex;
use tauri::Manager;

/// The one open store of this app.
pub struct CaseStore(pub Mutex<Store>);

/// Open (and migrate) the store in the app data folder.
pub fn open(app: &tauri::App) -> Result<CaseStore, String> {
    let dir = app.path().app_data_dir().map_err(|e| e.to_string())?;
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let store = Store::open(dir.join("cases.sqlite3")).map_err(|e| e.to_string())?;
    Ok(CaseStore(Mutex::new(store)))
}

fn with<T>(state: &tauri::State<CaseStore>, f: impl FnOnce(&mut Store) -> Result<T, String>) -> Result<T, String> {
    let mut store = state.0.lock().map_err(|_| "the case store is unavailable".to_string())?;
    f(&mut store)
}

/// [`with`] for a change of the cases: the reminders look again at once.
fn changing<T>(
    state: &tauri::State<CaseStore>,
    wake: &tauri::State<Wake>,
    f: impl FnOnce(&mut Store) -> Result<T, String>,
) -> Result<T, String> {
    let out = with(state, f);
    if out.is_ok() {
        wake.now();
    }
    out
}

/// Every readable case, and the damaged ones named (`{ cases, damaged }`): one
/// damaged row must not hide the others.
#[tauri::command]
pub fn cases_all(state: tauri::State<CaseStore>) -> Result<Loaded, String> {
    with(&state, |s| s.load().map_err(|e| e.to_string()))
}

/// Save in one transaction; a case changed elsewhere meanwhile is refused (version check).
#[tauri::command]
pub fn case_save(state: tauri::State<CaseStore>, wake: tauri::State<Wake>, case: Case) -> Result<Case, String> {
    changing(&state, &wake, |s| s.save(&case).map_err(|e| e.to_string()))
}

#[tauri::command]
pub fn case_delete(state: tauri::State<CaseStore>, wake: tauri::State<Wake>, id: String) -> Result<bool, String> {
    changing(&state, &wake, |s| s.delete(&id).map_err(|e| e.to_string()))
}

/// Delete every case for real (rows, then VACUUM and WAL checkpoint).
#[tauri::command]
pub fn cases_delete_all(state: tauri::State<CaseStore>, wake: tauri::State<Wake>) -> Result<usize, String> {
    changing(&state, &wake, |s| s.delete_all().map_err(|e| e.to_string()))
}

/// Encrypt a case with a passphrase and save it in Downloads; returns the path.
#[tauri::command]
pub fn case_export(app: tauri::AppHandle, state: tauri::State<CaseStore>, id: String, passphrase: String) -> Result<String, String> {
    // The one passphrase rule (store::file::MIN_PASSPHRASE_CHARS); the page shows the code's text.
    file::check_passphrase(&passphrase).map_err(|e| e.code().to_string())?;
    let case = with(&state, |s| s.get(&id).map_err(|e| e.to_string()))?.ok_or("no such case")?;
    let bytes = file::export(&case, &passphrase).map_err(|e| e.to_string())?;
    crate::save::write_download(&app, "sag.rof", &bytes)
}

/// Import a case file. `on_conflict`: "fail" (report both versions), "keep-both" or "replace".
#[tauri::command]
pub fn case_import(
    state: tauri::State<CaseStore>,
    wake: tauri::State<Wake>,
    bytes: Vec<u8>,
    passphrase: String,
    on_conflict: String,
) -> Result<ImportOutcome, String> {
    let incoming = file::import(&bytes, &passphrase).map_err(|e| e.code().to_string())?;
    changing(&state, &wake, |s| match file::merge(s, &incoming).map_err(|e| e.to_string())? {
        ImportOutcome::Conflict { stored, incoming } => match on_conflict.as_str() {
            "keep-both" => file::keep_both(s, &incoming).map(|case| ImportOutcome::Added { case }).map_err(|e| e.to_string()),
            "replace" => file::replace(s, &incoming).map(|case| ImportOutcome::Updated { case }).map_err(|e| e.to_string()),
            _ => Ok(ImportOutcome::Conflict { stored, incoming }),
        },
        other => Ok(other),
    })
}
