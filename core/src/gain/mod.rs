//! "Kan det betale sig?": household disposable income on benefit vs in work.
//!
//! Every amount is computed from the rates in `rules/dk/satser/` as of a date,
//! and every figure is a [`Node`] that names the rates behind it, so the UI and
//! the CLI can show the rule behind every krone. When a rate has no value on the
//! date, the part that needs it is not guessed: it becomes a [`CannotCompute`].

pub mod benefits;
pub mod boligsikring;
pub mod ctx;
pub mod display;
pub mod family;
pub mod household;
pub mod node;
pub mod report;
pub mod scenario;
pub mod sweep;
pub mod tax;

pub use display::{chart_range, chart_sweep, reference_day};
pub use ctx::{CannotCompute, Ctx, NotIncluded, RateUse};
pub use household::{evaluate, Evaluation, Side};
pub use node::Node;
pub use scenario::Scenario;
pub use sweep::{sweep, Cliff, Sweep, SweepPoint};
