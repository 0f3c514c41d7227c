//! Desktop window of Ret og Frist.
//!
//! The UI (ui/dist, the same web build the browser gets) is embedded in the
//! binary and computes everything itself. The shell adds only what needs the
//! OS: the SQLite case store, the encrypted case file, saving files to the
//! user's Downloads folder, and OS notifications for due reminders (with the window's active rules, which
//! the page sends with `rules_set_active`). These commands are all the window may call
//! (capabilities/default.json).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod cases;
mod reminders;
mod rules;
mod save;

fn main() {
    tauri::Builder::default()
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            use tauri::Manager;
            app.manage(cases::open(app)?);
            app.manage(rules::open(app));
            // Woken by rules_set_active and the commands that change cases.
            app.manage(reminders::Wake::default());
            reminders::start(app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            save::save_pdf,
            cases::cases_all,
            cases::case_save,
            cases::case_delete,
            cases::cases_delete_all,
            cases::case_export,
            cases::case_import,
            rules::rules_set_active,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Ret og Frist could not start: {e}");
            std::process::exit(1);
        });
}
