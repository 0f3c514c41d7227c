#![allow(dead_code)] // the binary and the test each use a part
//! Deterministic case content for a given version, shared by the `store-stress`
//! binary and `tests/crash.rs`: a reader checks that body and version agree.

use chrono::NaiveDate;
use ret_og_frist_cases::{Case, Note};

/// The notes a stress case has at `version`: 1–5 notes whose text names the
/// version, of varying length (so rows move between pages and overflow pages).
pub fn notes_for(version: u64) -> Vec<Note> {
    let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default() + chrono::Days::new(version % 365);
    (0..version % 5 + 1)
        .map(|j| Note { date: day, text: format!("v{version} n{j} {}", "x".repeat(((version * 131 + j * 17) % 1500) as usize)) })
        .collect()
}

/// Title of stress case `id`.
pub fn title_for(id: &str) -> String {
    format!("stress {id}")
}

/// `Ok` if the case's content is what the stress binary writes at its version.
pub fn check(case: &Case) -> Result<(), String> {
    if case.notes != notes_for(case.version) {
        return Err(format!("case {}: notes do not belong to version {}", case.id, case.version));
    }
    if case.title != title_for(&case.id) {
        return Err(format!("case {}: title {:?}", case.id, case.title));
    }
    Ok(())
}
