//! The gain calculation's use cases that read how it is shown from the rules
//! in force (rule data `gevinst.*`: display choices, not law): the day a
//! calculation "for year X" uses, and the earnings sweep over the chart's
//! range. The window and the CLI call these instead of writing 1 July or
//! 0-45 hours themselves.

use crate::ActiveRules;
use chrono::NaiveDate;
use ret_og_frist_core::gain::{self, CannotCompute, Scenario, Sweep};
use ret_og_frist_core::rules::Override;

impl ActiveRules {
    /// The day whose rules a calculation for `year` uses (1 July in the
    /// built-in rules; `gevinst.referencedag.*`).
    pub fn reference_day(&self, year: i32) -> Result<NaiveDate, CannotCompute> {
        gain::reference_day(self.rules(), year)
    }

    /// The earnings sweep over the chart's range (`gevinst.kurve.*`: 0-45 hours
    /// a week in 45 steps in the built-in rules), with a case's overrides if any.
    pub fn sweep(&self, scenario: &Scenario, case_overrides: &[Override]) -> Result<Sweep, CannotCompute> {
        gain::chart_sweep(&self.for_case(case_overrides), scenario)
    }
}
