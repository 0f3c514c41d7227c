//! OS notifications for due reminders. Desktop platforms cannot schedule a
//! notification for a later day, so the shell checks when the app starts and
//! every few hours while it runs, and notifies each reminder once a day. This
//! runs in Rust: the page gets no notification permission. The rules are the
//! window's (`crate::rules`: the imported pack and the device's overrides), so a
//! notification says the date the screen shows.

use crate::cases::CaseStore;
use crate::rules::ActiveState;
use ret_og_frist_i18n::{Lang, Texts};
use std::collections::HashSet;
use std::time::Duration;
use tauri::Manager;
use tauri_plugin_notification::NotificationExt;

/// How often to look again while the app stays open.
const CHECK_EVERY: Duration = Duration::from_secs(4 * 60 * 60);

fn today() -> chrono::NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    chrono::DateTime::from_timestamp(secs, 0).map(|t| t.date_naive()).unwrap_or_default()
}

/// Start the reminder loop in the background.
pub fn start(app: tauri::AppHandle) {
    std::thread::spawn(move || {
        // Danish, the app's source language: the shell does not know the page's choice.
        let texts = Texts::new(Lang::Da);
        let mut sent: HashSet<String> = HashSet::new();
        loop {
            let day = today();
            // The readable cases: a damaged case (named in the window) does not
            // stop the reminders of the others.
            let cases = app
                .try_state::<CaseStore>()
                .and_then(|s| s.0.lock().ok().and_then(|store| store.load().ok()))
                .map(|loaded| loaded.cases)
                .unwrap_or_default();
            // The same call as the window's start-up reminders (ret-og-frist-app).
            let due = app
                .try_state::<ActiveState>()
                .and_then(|s| s.rules.lock().ok().map(|active| active.due_reminders(&cases, day)))
                .unwrap_or_default();
            for reminder in due {
                if sent.insert(reminder.key(day)) {
                    // No notification service (e.g. no desktop session): the page shows them anyway.
                    let _ = app.notification().builder().title("Ret og Frist").body(reminder.text(&texts)).show();
                }
            }
            std::thread::sleep(CHECK_EVERY);
        }
    });
}
