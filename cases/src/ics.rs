//! Deadlines as an iCalendar file (.ics): one all-day event per deadline with
//! the rule and the case in the description, and an alarm for each reminder
//! lead time — so a phone's calendar reminds the user even where the app cannot.

use crate::model::{Case, CaseDeadlines, FailedDeadline};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Trigger};
use ret_og_frist_core::DeadlineKind;

/// A calendar file and the deadlines it could not hold: a deadline that could
/// not be computed has no event (there is no date to put it on), so the caller
/// must tell the user about `failed`. Derefs to the file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ics {
    pub text: String,
    pub failed: Vec<FailedDeadline>,
}

impl std::ops::Deref for Ics {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for Ics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// One calendar with the deadlines of `cases` (already derived, see [`Case::deadlines`]).
/// `label` words a deadline kind in the user's language.
pub fn calendar(cases: &[(&Case, CaseDeadlines)], label: impl Fn(DeadlineKind) -> String) -> Ics {
    let mut cal = Calendar::new();
    cal.name("Ret og Frist");
    let mut failed = Vec::new();
    for (case, deadlines) in cases {
        failed.extend(deadlines.failed.iter().cloned());
        for d in deadlines {
            let mut ev = Event::new();
            ev.uid(&format!("{}-{}-{}@ret-og-frist", d.case_id, d.event_id, d.kind.id()))
                .summary(&format!("{} – {}", label(d.kind), d.case_title))
                .description(&format!("{}\n{}: {}", label(d.kind), d.case_title, d.reference));
            // An all-day event ends (exclusively) the next day, RFC 5545 § 3.6.1;
            // icalendar's `all_day` writes DTEND = DTSTART, which some calendars
            // drop as an event of no length.
            ev.starts(d.deadline).ends(d.deadline.succ_opt().unwrap_or(d.deadline));
            // A reminder whose day has passed would ring at once (or never):
            // a passed deadline stays in the calendar as a record, without alarms.
            for days in case.reminder_days.iter().filter(|days| d.days_left >= i64::from(**days)) {
                let trigger = Trigger::before_start(chrono::Duration::days(i64::from(*days)));
                ev.alarm(Alarm::display(&format!("{} – {}", label(d.kind), d.case_title), trigger));
            }
            cal.push(ev.done());
        }
    }
    Ics { text: cal.done().to_string(), failed }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event as CaseEvent, EventKind};
    use chrono::NaiveDate;
    use icalendar::{CalendarComponent, DatePerhapsTime};
    use ret_og_frist_core::RuleSet;

    /// A case with one decision received Thu 5 Mar 2026 (deadline Tue 7 Apr).
    fn sanction_case() -> Case {
        let mut case = Case::new("c1", "Sanktion marts", "2026-03-05T10:00:00Z");
        case.events.push(CaseEvent {
            id: "e1".into(),
            kind: EventKind::Decision,
            date: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
            delivery: Default::default(),
            employment: Default::default(),
            authority: "Aarhus Kommune".into(),
            case_number: String::new(),
            note: String::new(),
        });
        case
    }

    #[test]
    fn ics_round_trip() {
        let rules = RuleSet::builtin().unwrap();
        let case = sanction_case();
        let today = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        let deadlines = case.deadlines(&rules, today);
        let text = calendar(&[(&case, deadlines)], |k| k.id().to_string());
        assert!(text.failed.is_empty());
        let parsed: Calendar = text.parse().expect("our .ics parses back");
        let events: Vec<_> = parsed
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect();
        assert_eq!(events.len(), 1);
        let e = events[0];
        // RSL § 67: Thu 5 Mar 2026 + 4 weeks → Easter → Tue 7 Apr 2026.
        assert_eq!(e.get_start(), Some(DatePerhapsTime::Date(NaiveDate::from_ymd_opt(2026, 4, 7).unwrap())));
        assert_eq!(e.get_summary(), Some("complaint – Sanktion marts"));
        assert!(e.get_description().unwrap().contains("§ 67"));
        assert_eq!(text.matches("BEGIN:VALARM").count(), 2, "7 and 2 days before");
        assert_eq!(e.get_uid(), Some("c1-e1-complaint@ret-og-frist"));
        // All day on Tue 7 Apr: DTEND is the next day (exclusive), RFC 5545 § 3.6.1.
        assert_eq!(e.get_end(), Some(DatePerhapsTime::Date(NaiveDate::from_ymd_opt(2026, 4, 8).unwrap())));
    }

    #[test]
    fn reminders_already_passed_are_left_out() {
        let rules = RuleSet::builtin().unwrap();
        let case = sanction_case();
        // Deadline Tue 7 Apr 2026 (see above). On Sat 4 Apr, 3 days are left: the
        // 7-day reminder (31 Mar) has passed, the 2-day one (5 Apr) has not.
        let on = |y, m, d| {
            let today = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            calendar(&[(&case, case.deadlines(&rules, today))], |k| k.id().to_string())
        };
        assert_eq!(on(2026, 4, 4).matches("BEGIN:VALARM").count(), 1);
        // After the deadline the event stays, as a record, with no alarm.
        let after = on(2026, 4, 20);
        assert_eq!(after.matches("BEGIN:VEVENT").count(), 1);
        assert_eq!(after.matches("BEGIN:VALARM").count(), 0);
    }
}
