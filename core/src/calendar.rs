//! The Danish calendar: public holidays, uncertain days and working days.
//!
//! Which days are holidays is data (`rules/dk/helligdage.toml`); this module only
//! knows how to find Easter and how to walk the calendar.

use crate::rules::{DayRule, RuleSet};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

/// Why a day is not a working day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "kebab-case")]
pub enum DayOff {
    Saturday,
    Sunday,
    Holiday(String),
}

/// A holiday in a given year, for listings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DatedDay {
    pub date: NaiveDate,
    pub id: String,
    pub uncertain: bool,
    pub reference: String,
    pub source: String,
}

/// The most calendar days one walk (counting working days, or moving a last
/// day past days off) may take. A safety limit of the engine, not a rule: the
/// rule data bounds every length (at most about ten years of working days,
/// ~3,650 calendar days), so only a value that slipped past those checks can
/// reach it; then the walk stops with an error instead of running for minutes.
/// 40,000 days is ~110 years and takes milliseconds.
pub const MAX_WALK_DAYS: u32 = 40_000;

/// Why a walk over the calendar stopped without a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WalkError {
    /// The date would be past the end of the calendar chrono knows.
    OutOfCalendar,
    /// The walk would take more than [`MAX_WALK_DAYS`] days.
    TooFar,
}

/// Calendar queries over one rule set.
#[derive(Debug, Clone, Copy)]
pub struct Calendar<'r> {
    rules: &'r RuleSet,
}

/// Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm,
/// Meeus/Jones/Butcher). Valid for any Gregorian year.
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("computus yields a valid date")
}

impl<'r> Calendar<'r> {
    pub fn new(rules: &'r RuleSet) -> Self {
        Self { rules }
    }

    /// The date a day rule falls on in `year`, if the rule is in force then.
    fn date_of(rule: &DayRule, year: i32) -> Option<NaiveDate> {
        let date = match (&rule.fixed, rule.easter_offset) {
            (Some(md), _) => {
                NaiveDate::parse_from_str(&format!("{year:04}-{md}"), "%Y-%m-%d").ok()?
            }
            (None, Some(offset)) => {
                let easter = easter_sunday(year);
                if offset >= 0 {
                    easter.checked_add_days(Days::new(offset as u64))?
                } else {
                    easter.checked_sub_days(Days::new(offset.unsigned_abs()))?
                }
            }
            (None, None) => return None,
        };
        let in_force = rule.from <= date && rule.to.is_none_or(|to| date <= to);
        in_force.then_some(date)
    }

    fn find(rules: &[DayRule], date: NaiveDate) -> Option<&DayRule> {
        rules
            .iter()
            .find(|r| Self::date_of(r, date.year()) == Some(date))
    }

    /// The public holiday on `date`, if any.
    pub fn holiday(&self, date: NaiveDate) -> Option<&'r DayRule> {
        Self::find(&self.rules.holidays, date)
    }

    /// The uncertain day on `date`, if any (a working day some offices treat as closed).
    pub fn uncertain(&self, date: NaiveDate) -> Option<&'r DayRule> {
        Self::find(&self.rules.uncertain_days, date)
    }

    /// Why `date` is not a working day, or `None` if it is one.
    pub fn day_off(&self, date: NaiveDate) -> Option<DayOff> {
        if let Some(h) = self.holiday(date) {
            return Some(DayOff::Holiday(h.id.clone()));
        }
        match date.weekday() {
            Weekday::Sat => Some(DayOff::Saturday),
            Weekday::Sun => Some(DayOff::Sunday),
            _ => None,
        }
    }

    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.day_off(date).is_none()
    }

    /// The `n`-th working day after `date` (`date` itself is day 0). Stops
    /// after [`MAX_WALK_DAYS`] calendar days whatever `n` is.
    pub fn add_working_days(&self, date: NaiveDate, n: u32) -> Result<NaiveDate, WalkError> {
        let mut d = date;
        let mut left = n;
        let mut steps = 0u32;
        while left > 0 {
            if steps >= MAX_WALK_DAYS {
                return Err(WalkError::TooFar);
            }
            steps += 1;
            d = d.succ_opt().ok_or(WalkError::OutOfCalendar)?;
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        Ok(d)
    }

    /// The first day from `date` on (itself included) for which `stop` holds,
    /// at most [`MAX_WALK_DAYS`] days on.
    pub fn first_from(&self, date: NaiveDate, stop: impl Fn(NaiveDate) -> bool) -> Result<NaiveDate, WalkError> {
        let mut d = date;
        for _ in 0..MAX_WALK_DAYS {
            if stop(d) {
                return Ok(d);
            }
            d = d.succ_opt().ok_or(WalkError::OutOfCalendar)?;
        }
        Err(WalkError::TooFar)
    }

    /// All holidays and uncertain days of a year, sorted by date.
    pub fn year(&self, year: i32) -> Vec<DatedDay> {
        let mut out: Vec<DatedDay> = Vec::new();
        let mut push = |rules: &[DayRule], uncertain: bool| {
            for r in rules {
                if let Some(date) = Self::date_of(r, year) {
                    out.push(DatedDay {
                        date,
                        id: r.id.clone(),
                        uncertain,
                        reference: r.citation.reference.clone(),
                        source: r.citation.source.clone(),
                    });
                }
            }
        };
        push(&self.rules.holidays, false);
        push(&self.rules.uncertain_days, true);
        out.sort_by_key(|d| d.date);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn easter_known_years() {
        // Easter Sundays from the published tables.
        for (y, e) in [
            (1900, "1900-04-15"),
            (1961, "1961-04-02"),
            (2000, "2000-04-23"),
            (2008, "2008-03-23"),
            (2011, "2011-04-24"),
            (2019, "2019-04-21"),
            (2023, "2023-04-09"),
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
            (2200, "2200-04-06"),
        ] {
            assert_eq!(easter_sunday(y), d(e), "Easter {y}");
        }
    }

    #[test]
    fn working_day_walk_is_bounded() {
        let rules = RuleSet::builtin().unwrap();
        let cal = Calendar::new(&rules);
        // 2026-03-05 is a Thursday: 1 working day on is Friday 6 March.
        assert_eq!(cal.add_working_days(d("2026-03-05"), 1), Ok(d("2026-03-06")));
        // Any n, however large, stops within MAX_WALK_DAYS steps.
        let started = std::time::Instant::now();
        assert_eq!(cal.add_working_days(d("2026-03-05"), u32::MAX), Err(WalkError::TooFar));
        assert_eq!(cal.add_working_days(d("2026-03-05"), 99_999_999), Err(WalkError::TooFar));
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        // Past the end of chrono's calendar: an error, not a panic.
        assert_eq!(cal.add_working_days(NaiveDate::MAX, 1), Err(WalkError::OutOfCalendar));
        assert_eq!(cal.first_from(d("2026-03-07"), |x| cal.is_working_day(x)), Ok(d("2026-03-09")));
        assert_eq!(cal.first_from(d("2026-03-07"), |_| false), Err(WalkError::TooFar));
    }

    #[test]
    fn store_bededag_ends_2023() {
        let rules = RuleSet::builtin().unwrap();
        let cal = Calendar::new(&rules);
        // Easter 2023-04-09 + 26 = Fri 2023-05-05: still a holiday.
        assert_eq!(cal.holiday(d("2023-05-05")).map(|h| h.id.as_str()), Some("store-bededag"));
        // Easter 2024-03-31 + 26 = Fri 2024-04-26: an ordinary working day.
        assert!(cal.is_working_day(d("2024-04-26")));
        // 2026: Fri 1 May is a working day (procedure-2026.md § 2.1 step 5).
        assert!(cal.is_working_day(d("2026-05-01")));
    }

    #[test]
    fn year_2026_has_ten_holidays() {
        let rules = RuleSet::builtin().unwrap();
        let cal = Calendar::new(&rules);
        let days = cal.year(2026);
        let holidays: Vec<_> = days.iter().filter(|x| !x.uncertain).map(|x| x.date).collect();
        let expected = [
            "2026-01-01", "2026-04-02", "2026-04-03", "2026-04-05", "2026-04-06",
            "2026-05-14", "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26",
        ];
        assert_eq!(holidays, expected.map(d).to_vec());
        assert_eq!(days.iter().filter(|x| x.uncertain).count(), 4);
    }
}
