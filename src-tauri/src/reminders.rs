//! OS notifications for due reminders. Desktop platforms cannot schedule a
//! notification for a later day, so the shell checks when the app starts, every
//! few hours while it runs, and at once when the rules or the cases change
//! ([`Wake`]: `rules_set_active` and the commands that change cases wake it),
//! and notifies each reminder once a day. This runs in Rust: the page gets no
//! notification permission. The rules are the window's (`crate::rules`: the
//! imported pack and the device's overrides), so a notification says the date
//! the screen shows.

use crate::cases::CaseStore;
use crate::rules::ActiveState;
use ret_og_frist_i18n::{Lang, Texts};
use std::collections::HashSet;
use std::ops::ControlFlow;
use std::sync::{Condvar, Mutex};
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

/// Wakes the reminder loop before its next regular check: the rules or the
/// cases changed, so a reminder may now be due (or have another date). A wake
/// while the loop is checking is kept, so the change is never missed.
#[derive(Default)]
pub struct Wake {
    woken: Mutex<bool>,
    cv: Condvar,
}

impl Wake {
    /// Ask for a check now.
    pub fn now(&self) {
        // A poisoned lock only means another thread panicked while holding a bool.
        let mut woken = self.woken.lock().unwrap_or_else(|e| e.into_inner());
        *woken = true;
        self.cv.notify_all();
    }

    /// Wait until [`Wake::now`] or until `timeout` has passed; `true` if woken.
    /// Clears the wake.
    pub fn wait(&self, timeout: Duration) -> bool {
        let woken = self.woken.lock().unwrap_or_else(|e| e.into_inner());
        let (mut woken, _) = self.cv.wait_timeout_while(woken, timeout, |w| !*w).unwrap_or_else(|e| e.into_inner());
        std::mem::take(&mut *woken)
    }
}

/// The loop: check, then wait for a wake or `every`, until `check` says stop.
fn run(wake: &Wake, every: Duration, mut check: impl FnMut() -> ControlFlow<()>) {
    while check().is_continue() {
        wake.wait(every);
    }
}

/// Start the reminder loop in the background. `app` must manage a [`Wake`].
pub fn start(app: tauri::AppHandle) {
    std::thread::spawn(move || {
        // Danish, the app's source language: the shell does not know the page's choice.
        let texts = Texts::new(Lang::Da);
        let mut sent: HashSet<String> = HashSet::new();
        let Some(wake) = app.try_state::<Wake>() else { return };
        run(&wake, CHECK_EVERY, || {
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
            ControlFlow::Continue(())
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::sync::Arc;

    /// Far longer than any test may take: a wait that returns is a wake.
    const NEVER: Duration = Duration::from_secs(4 * 60 * 60);
    /// How long a test waits for something that must happen at once before failing.
    const FAIL_AFTER: Duration = Duration::from_secs(30);

    #[test]
    fn a_wake_before_the_wait_is_kept() {
        let w = Wake::default();
        w.now();
        assert!(w.wait(NEVER), "woken, not timed out");
        // Cleared: the next wait runs to its timeout.
        assert!(!w.wait(Duration::ZERO));
    }

    #[test]
    fn without_a_wake_the_wait_times_out() {
        assert!(!Wake::default().wait(Duration::from_millis(1)));
    }

    #[test]
    fn a_wake_ends_a_long_wait() {
        let w = Arc::new(Wake::default());
        let (tx, rx) = mpsc::channel();
        let waiter = Arc::clone(&w);
        std::thread::spawn(move || tx.send(waiter.wait(NEVER)).unwrap());
        w.now();
        assert_eq!(rx.recv_timeout(FAIL_AFTER), Ok(true), "the 4-hour wait ended on the wake");
    }

    /// The loop checks at start, and again at once on a wake, not after its
    /// four hours (as when the window sends new rules).
    #[test]
    fn the_loop_checks_again_when_woken() {
        let w = Arc::new(Wake::default());
        let (tx, rx) = mpsc::channel();
        let looping = Arc::clone(&w);
        std::thread::spawn(move || {
            let mut n = 0;
            run(&looping, CHECK_EVERY, || {
                n += 1;
                tx.send(n).unwrap();
                if n < 3 { ControlFlow::Continue(()) } else { ControlFlow::Break(()) }
            });
            tx.send(0).unwrap();
        });
        assert_eq!(rx.recv_timeout(FAIL_AFTER), Ok(1), "the check at start");
        assert!(rx.recv_timeout(Duration::from_millis(50)).is_err(), "then it waits");
        w.now();
        assert_eq!(rx.recv_timeout(FAIL_AFTER), Ok(2), "a wake checks at once");
        w.now();
        assert_eq!(rx.recv_timeout(FAIL_AFTER), Ok(3));
        assert_eq!(rx.recv_timeout(FAIL_AFTER), Ok(0), "the loop stops when the check says so");
    }
}
