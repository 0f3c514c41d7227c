//! Properties every complaint deadline must have, for any receipt day 1990–2100.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use ret_og_frist_core::deadlines::{compute, DeadlineRequest};
use ret_og_frist_core::{Calendar, DeadlineKind, Delivery, Employment, RuleSet};

/// Parsed once: the rule files do not change between cases.
fn rules() -> &'static RuleSet {
    static RULES: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
    RULES.get_or_init(|| RuleSet::builtin().unwrap())
}

fn day(offset: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Days::new(u64::from(offset))
}

fn request(kind: DeadlineKind, date: NaiveDate, delivery: Delivery) -> DeadlineRequest {
    DeadlineRequest { kind, date, delivery, employment: Employment::Employee }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// RSL § 67 with JM vejl. 9533/2018: the deadline is a working day, at least
    /// 28 days after receipt, and no working day lies between day 28 and it.
    /// 1990-01-01 + 40_176 days = 2099-12-31 .. 2100-12-31 is covered by the bound below.
    #[test]
    fn complaint_deadline_is_first_working_day_from_day_28(offset in 0u32..40_541) {
        let rules = rules();
        let cal = Calendar::new(rules);
        let received = day(offset);
        prop_assume!(received <= NaiveDate::from_ymd_opt(2100, 12, 31).unwrap());
        for kind in [DeadlineKind::Complaint, DeadlineKind::ComplaintAkasse, DeadlineKind::Genvurdering] {
            let r = compute(rules, &request(kind, received, Delivery::Digital)).unwrap();
            let day28 = received + Days::new(28);
            prop_assert!(cal.is_working_day(r.deadline), "{received}: {} not a working day", r.deadline);
            prop_assert!(r.deadline >= day28);
            let mut d = day28;
            while d < r.deadline {
                prop_assert!(!cal.is_working_day(d), "{received}: working day {d} before deadline {}", r.deadline);
                d = d.succ_opt().unwrap();
            }
        }
    }

    /// A letter by post is always due later than the same letter by Digital Post.
    #[test]
    fn paper_later_than_digital(offset in 10_400u32..40_541) {
        let rules = rules();
        let sent = day(offset);
        prop_assume!(sent >= NaiveDate::from_ymd_opt(2018, 6, 26).unwrap());
        let digital = compute(rules, &request(DeadlineKind::Complaint, sent, Delivery::Digital)).unwrap();
        let paper = compute(rules, &request(DeadlineKind::Complaint, sent, Delivery::Paper)).unwrap();
        let quick = compute(rules, &request(DeadlineKind::Complaint, sent, Delivery::Quickpost)).unwrap();
        prop_assert!(paper.deadline > digital.deadline);
        prop_assert!(paper.deadline >= quick.deadline);
    }
}
