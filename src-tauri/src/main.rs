//! Desktop window of Ret og Frist.
//!
//! The UI (ui/dist, the same web build the browser gets) is embedded in the
//! binary and computes everything itself. The shell adds only what needs the
//! OS: saving a letter's PDF to the user's Downloads folder. That one command is
//! the only thing the window may call (capabilities/default.json).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod save;

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![save::save_pdf])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Ret og Frist could not start: {e}");
            std::process::exit(1);
        });
}
