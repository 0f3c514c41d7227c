//! Placeholder: implemented next.
