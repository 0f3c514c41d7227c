//! The desktop case store of Ret og Frist: cases in one SQLite file on the
//! user's machine, and the encrypted case file (`.rof`, age + passphrase) for
//! handing a case to an adviser and back.
//!
//! The SQLite store is native only (feature `sqlite`, on by default); the web
//! build keeps cases in browser storage and uses only the case file.
//!
//! ```no_run
//! use ret_og_frist_store::{Store, StoreError};
//! use ret_og_frist_cases::Case;
//!
//! let mut store = Store::open("cases.sqlite")?;
//! let saved = store.save(&Case::new("c1", "Kontanthjælp 2026", ""))?; // version 1
//! let mut edited = saved.clone();
//! edited.title = "Kontanthjælp, klage".into();
//! let saved = store.save(&edited)?; // version 2
//! assert!(matches!(store.save(&edited), Err(StoreError::Conflict { .. }))); // stale version
//! # Ok::<(), StoreError>(())
//! ```
//!
//! See [`Store`] for the durability choices and [`file`] for the case file.

pub mod file;
pub mod loaded;
#[cfg(feature = "sqlite")]
mod store;

pub use file::{ExportError, ImportError, ImportOutcome};
pub use loaded::{Damaged, Loaded, Shelf};
#[cfg(feature = "sqlite")]
pub use store::{now_rfc3339, CaseSummary, Replaced, Store, StoreError, APPLICATION_ID, SCHEMA_VERSION};
