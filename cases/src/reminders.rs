//! Which reminders are due today: a deadline within the case's lead times, and
//! a check-in a week after a complaint was filed. The app shows them on start
//! (and the desktop shell as OS notifications); the .ics file carries the same
//! lead times as alarms.

use crate::model::{Case, CaseDeadline, EventKind, FailedDeadline};
use chrono::NaiveDate;
use ret_og_frist_core::{DeadlineKind, RuleSet};
use ret_og_frist_i18n::Texts;
use serde::Serialize;

/// Days after filing a complaint when the app asks "have you had an answer?"
/// (a product choice, not a rule of law: one week, for one week).
const CHECK_IN_FROM_DAY: i64 = 7;
const CHECK_IN_UNTIL_DAY: i64 = 14;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reminder", rename_all = "kebab-case")]
pub enum Reminder {
    /// A deadline is near (or today).
    Deadline(CaseDeadline),
    /// A complaint was filed a week or more ago.
    CheckIn { case_id: String, case_title: String, filed: NaiveDate },
    /// A deadline that could not be computed: the user must check it by hand,
    /// so it is a reminder every day until the event or the rules are fixed.
    CannotCompute(FailedDeadline),
}

impl Reminder {
    /// The reminder in words, in the user's language.
    pub fn text(&self, t: &Texts) -> String {
        match self {
            Reminder::Deadline(d) => t.get_args(
                "cases-reminder",
                &[
                    ("kind", t.get(&format!("kind-{}", d.kind.id())).into()),
                    ("case", d.case_title.clone().into()),
                    ("date", t.date(d.deadline).into()),
                    ("days", t.days_left(d.days_left).into()),
                ],
            ),
            Reminder::CheckIn { case_title, filed, .. } => t.get_args(
                "cases-check-in",
                &[("case", case_title.clone().into()), ("date", t.date(*filed).into())],
            ),
            Reminder::CannotCompute(f) => failed_text(t, f),
        }
    }

    /// A stable key, so a reminder is notified once per day at most.
    pub fn key(&self, today: NaiveDate) -> String {
        match self {
            Reminder::Deadline(d) => format!("{}:{}:{}:{today}", d.case_id, d.event_id, d.kind.id()),
            Reminder::CheckIn { case_id, filed, .. } => format!("{case_id}:check-in:{filed}:{today}"),
            Reminder::CannotCompute(f) => format!("{}:{}:{}:failed:{today}", f.case_id, f.event_id, f.kind.id()),
        }
    }
}

/// "The complaint deadline in case X (event of 5 March 2026) cannot be computed:
/// <reason>", in the user's language (`cases-deadline-failed` in input.ftl).
pub fn failed_text(t: &Texts, f: &FailedDeadline) -> String {
    let kind = t.get(&format!("kind-{}", f.kind.id()));
    let reason = t.deadline_error(&f.error);
    if t.has("cases-deadline-failed") {
        t.get_args(
            "cases-deadline-failed",
            &[
                ("kind", kind.into()),
                ("case", f.case_title.clone().into()),
                ("date", t.date(f.event_date).into()),
                ("reason", reason.into()),
            ],
        )
    } else {
        format!("{kind} – \"{}\" ({}): {reason}", f.case_title, t.date(f.event_date))
    }
}

impl Case {
    /// The reminders due on `today`, and one for each deadline that could not
    /// be computed (so the user learns which, and checks it by hand).
    pub fn due_reminders(&self, rules: &RuleSet, today: NaiveDate) -> Vec<Reminder> {
        let lead = i64::from(self.reminder_days.iter().copied().max().unwrap_or(0));
        let all = self.deadlines(rules, today);
        let failed = all.failed.clone();
        let mut out: Vec<Reminder> = all
            .into_iter()
            // The kommune's own genvurdering deadline is not the citizen's to meet.
            .filter(|d| (0..=lead).contains(&d.days_left) && d.kind != DeadlineKind::Genvurdering)
            .map(Reminder::Deadline)
            .collect();
        out.extend(failed.into_iter().map(Reminder::CannotCompute));
        for e in self.events.iter().filter(|e| e.kind == EventKind::ComplaintFiled) {
            if (CHECK_IN_FROM_DAY..=CHECK_IN_UNTIL_DAY).contains(&(today - e.date).num_days()) {
                out.push(Reminder::CheckIn { case_id: self.id.clone(), case_title: self.title.clone(), filed: e.date });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Event;

    fn event(kind: EventKind, date: &str) -> Event {
        Event {
            id: format!("{kind:?}"),
            kind,
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            delivery: Default::default(),
            employment: Default::default(),
            authority: String::new(),
            case_number: String::new(),
            note: String::new(),
        }
    }

    #[test]
    fn due_by_lead_time_and_check_in() {
        let rules = RuleSet::builtin().unwrap();
        let mut case = Case::new("c", "Sanktion", "");
        // Decision received Thu 5 Mar 2026 → deadline Tue 7 Apr 2026 (RSL § 67).
        case.events.push(event(EventKind::Decision, "2026-03-05"));
        case.events.push(event(EventKind::ComplaintFiled, "2026-03-25"));
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        // 31 Mar is 7 days before: due (lead times 7 and 2). Check-in: 6 days after filing: not yet.
        let r = case.due_reminders(&rules, day("2026-03-31"));
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(matches!(&r[0], Reminder::Deadline(d) if d.days_left == 7));
        // 30 Mar is 8 days before: nothing.
        assert!(case.due_reminders(&rules, day("2026-03-30")).is_empty());
        // 1 Apr: deadline 6 days away, and the check-in a week after filing.
        let r = case.due_reminders(&rules, day("2026-04-01"));
        assert_eq!(r.len(), 2, "{r:?}");
        assert!(r.iter().any(|x| matches!(x, Reminder::CheckIn { .. })));
        // After the deadline: no deadline reminder.
        assert!(!case.due_reminders(&rules, day("2026-04-08")).iter().any(|x| matches!(x, Reminder::Deadline(_))));
    }
}
