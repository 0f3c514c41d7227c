//! The first deadline of a complaint, computed in ONE place for every front end.
//!
//! The complaint screen, `navigator appeal`, the complaint letter and the
//! application layer (`ret-og-frist-app`, which re-exports this) all ask "by
//! when must the citizen complain?". The answer is the citizen's deadline at the
//! FIRST step of the complaint route (`rules/dk/klageveje.toml`) for the
//! benefit and the body that decided, counted by the deadline engine from the
//! day the decision was received. Where no route is known (no benefit given, or
//! no route for that body), the complaint deadline of the body that decided is
//! used: `frist.complaint-akasse` for an a-kasse, else `frist.complaint`.
//!
//! It lives here, not in the application layer, because the letters crate is
//! below that layer (the layer composes letters) and a letter needs it too.

use chrono::NaiveDate;
use ret_og_frist_core::deadlines::{compute, DeadlineError, DeadlineRequest};
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_core::{DeadlineKind, DeadlineResult, Delivery, Employment, RuleSet};

/// The deadline kind of the citizen's first step on the complaint route, or
/// `None` when the route's first step has no confirmed citizen deadline (then
/// the app says it does not know, rather than show a later step's deadline).
/// `as_of` picks the route in force.
pub fn first_appeal_kind(rules: &RuleSet, benefit: Option<Benefit>, decided_by: &str, as_of: NaiveDate) -> Option<DeadlineKind> {
    let route = benefit.and_then(|b| rules.guide.appeals.guide(b, decided_by, as_of).ok());
    match route {
        Some(g) => g.route.step.first()?.citizen_deadline.as_deref().and_then(DeadlineKind::from_id),
        None if decided_by == "a-kasse" => Some(DeadlineKind::ComplaintAkasse),
        None => Some(DeadlineKind::Complaint),
    }
}

/// The first complaint deadline for a decision received (Digital Post) on
/// `received`: which kind, and the engine's full result (steps, warnings,
/// rules used). `None` when there is no first deadline to compute (see
/// [`first_appeal_kind`]); `Some(Err)` when the rules cannot compute it.
pub fn first_appeal_deadline(
    rules: &RuleSet,
    benefit: Option<Benefit>,
    decided_by: &str,
    as_of: NaiveDate,
    received: NaiveDate,
) -> Option<Result<DeadlineResult, DeadlineError>> {
    let kind = first_appeal_kind(rules, benefit, decided_by, as_of)?;
    let req = DeadlineRequest { kind, date: received, delivery: Delivery::Digital, employment: Employment::Employee };
    Some(compute(rules, &req))
}
