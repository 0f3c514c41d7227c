//! The shared building blocks of every screen, in the markup and classes of
//! Det Fælles Designsystem (DKFDS, compiled into app.css from the dkfds npm
//! package by `cargo xtask web`): form fields with label, hint and error text,
//! radio buttons, the wizards' step indicator, sections that open and close,
//! alerts, and the page header with its menu. Pages put their
//! own control (with its id, value binding and events) inside a [`form::Field`],
//! so typing into a field never rebuilds it and keeps focus.

pub mod accordion;
pub mod alert;
pub mod form;
pub mod header;
pub mod steps;

pub use accordion::Accordion;
pub use alert::{Alert, AlertKind};
pub use form::{Checkbox, Field, Radio, RadioGroup};
pub use steps::Step;
