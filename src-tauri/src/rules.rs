//! The active rules of the shell: the same as the window's. The page keeps the
//! imported rule pack and the device's overrides (local storage of the webview)
//! and sends them here with `rules_set_active` at start and whenever they
//! change; the shell resolves them with `ret-og-frist-app` exactly as the page
//! does and saves them in its data folder, so the reminders checked before the
//! window has loaded (at the next start) use them too.

use ret_og_frist_app::{ActiveRules, RuleSources};
use std::path::PathBuf;
use std::sync::Mutex;
use tauri::Manager;

/// The rules in force and where their sources are saved.
pub struct ActiveState {
    pub rules: Mutex<ActiveRules>,
    file: Option<PathBuf>,
}

/// The saved sources of the last run, or the built-in rules. A missing or
/// damaged file gives the built-in rules (`RuleSources::from_json`).
pub fn open(app: &tauri::App) -> ActiveState {
    let file = app.path().app_data_dir().ok().map(|d| d.join("rules-sources.json"));
    let sources = file.as_ref().and_then(|f| std::fs::read_to_string(f).ok()).map(|t| RuleSources::from_json(&t));
    let rules = ActiveRules::resolve(&sources.unwrap_or_default());
    ActiveState { rules: Mutex::new(rules), file }
}

/// The page's rule sources (the imported pack's file text, the device's
/// overrides): resolved like the page resolves them, used by the reminders,
/// saved for the next start. Returns the pack the rules come from.
#[tauri::command]
pub fn rules_set_active(
    state: tauri::State<ActiveState>,
    wake: tauri::State<crate::reminders::Wake>,
    sources: RuleSources,
) -> Result<String, String> {
    let active = ActiveRules::resolve(&sources);
    let name = active.pack().pack.clone();
    if let Some(file) = &state.file {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(file, sources.to_json()).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    *state.rules.lock().map_err(|_| "the active rules are unavailable".to_string())? = active;
    // The reminders use the new rules now, not at their next regular check.
    wake.now();
    Ok(name)
}
