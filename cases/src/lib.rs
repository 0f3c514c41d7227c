//! A case: what one person (or one client of an adviser) has been through —
//! the letters received, the deadlines that follow from them, letter drafts and
//! notes. Deadlines are never stored: they are derived from the letters with
//! the deadline engine every time, so they cannot go stale.

pub mod ics;
pub mod model;
pub mod reminders;

pub use model::{Case, CaseDeadline, CaseDeadlines, CaseError, FailedDeadline, Draft, Event, EventKind, Lineage, Note, SavedScenario};
pub use reminders::Reminder;
pub use ret_og_frist_core::deadlines::DeadlineError;
