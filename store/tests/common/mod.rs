//! Helpers shared by the store's integration tests.
#![allow(dead_code)] // each test file uses a part

use chrono::NaiveDate;
use ret_og_frist_cases::{Case, Event, EventKind, Note};
use std::path::PathBuf;

/// A fresh, empty directory under the system temp dir, unique to this process and `name`.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rof-store-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A case with an event, a note containing `marker`, and a person.
pub fn sample(id: &str, title: &str, marker: &str) -> Case {
    let mut c = Case::new(id, title, "2026-03-01T10:00:00.000Z");
    c.person = "Jens Hansen".into();
    let date = NaiveDate::from_ymd_opt(2026, 3, 5).expect("date");
    c.events.push(Event {
        id: "e1".into(),
        kind: EventKind::Decision,
        date,
        delivery: Default::default(),
        employment: Default::default(),
        authority: "Aarhus Kommune".into(),
        case_number: "2026-123".into(),
        note: String::new(),
    });
    c.notes.push(Note { date, text: format!("Ringede til kommunen. {marker}") });
    c
}

/// Whether `needle` occurs in any of the store's files (db, -wal, -journal).
pub fn files_contain(db: &std::path::Path, needle: &str) -> bool {
    let mut found = false;
    for suffix in ["", "-wal", "-journal", "-shm"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        if let Ok(bytes) = std::fs::read(PathBuf::from(p)) {
            found |= bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
        }
    }
    found
}
