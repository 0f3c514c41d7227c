//! The letter helper: a citizen's answers become a structured Danish letter
//! (always Danish: it goes to a Danish authority), rendered as plain text and as
//! a PDF. A drafting aid, not legal advice: every letter cites the rules it uses.

pub mod answers;
pub mod appeal;
pub mod basis;
pub mod compose;
pub mod model;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod text;

pub use answers::{Answers, AnswersError, LetterKind};
pub use appeal::{first_appeal_deadline, first_appeal_kind};
pub use compose::{compose, Composed};
pub use model::{Letter, Section};
