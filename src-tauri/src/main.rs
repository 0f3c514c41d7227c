//! Desktop window of Ret og Frist.
//!
//! The UI (ui/dist, the same web build the browser gets) is embedded in the
//! binary. No commands are exposed yet and the capability file grants nothing:
//! everything is computed in the page by the core crate.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Ret og Frist could not start: {e}");
            std::process::exit(1);
        });
}
