//! The rules core of *Ret og Frist*.
//!
//! Pure Rust with no I/O and no UI, so the same code runs in the desktop app, the
//! web build (wasm32), the `navigator` CLI and the tests. Every number the law
//! sets (deadline lengths, holidays, postal delays) is read from `rules/`, which is
//! embedded at build time; see [`rules`].

pub mod calendar;
pub mod catalog;
pub mod cited;
pub mod dates;
pub mod deadlines;
pub mod guide;
pub mod input;
pub mod paths;
pub mod rules;
pub mod satser;
pub mod gain;

pub use calendar::Calendar;
pub use deadlines::{Delivery, Employment, DeadlineKind, DeadlineRequest, DeadlineResult};
pub use rules::{Confidence, RuleSet};
