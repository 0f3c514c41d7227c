//! Reading dates the way Danes write them.
//!
//! Accepts `5.3.2026`, `05-03-2026`, `5/3-2026`, `5/3 2026` and ISO `2026-03-05`.
//! Errors are codes, so each front end can say them in the user's language.

use chrono::NaiveDate;
use serde::Serialize;
use thiserror::Error;

/// The years the app accepts in any date, typed or read from a file. An input
/// sanity bound, not law: it keeps a date like "1. januar 0" or year 262143 out
/// of the calendar walk and out of letters, with room on both sides of any real
/// case (the calendar data covers these years).
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2200;

/// Within [`FIRST_YEAR`]..=[`LAST_YEAR`].
pub fn in_range(d: NaiveDate) -> bool {
    use chrono::Datelike;
    (FIRST_YEAR..=LAST_YEAR).contains(&d.year())
}

#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum DateInputError {
    #[error("no date given")]
    Empty,
    #[error("'{input}' is not a date; write it as DD.MM.YYYY or YYYY-MM-DD")]
    Format { input: String },
    #[error("'{input}' is not a date in the calendar")]
    NoSuchDate { input: String },
    #[error("'{input}' is outside the years {FIRST_YEAR}–{LAST_YEAR}")]
    OutOfRange { input: String },
}

impl DateInputError {
    /// Stable id for translations (`date-error-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::Format { .. } => "format",
            Self::NoSuchDate { .. } => "no-such-date",
            Self::OutOfRange { .. } => "out-of-range",
        }
    }
}

/// Parse a date typed by a person.
pub fn parse_user_date(input: &str) -> Result<NaiveDate, DateInputError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(DateInputError::Empty);
    }
    let parts: Vec<&str> = s
        .split(['.', '-', '/', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let format = || DateInputError::Format { input: s.to_string() };
    if parts.len() != 3 || parts.iter().any(|p| !p.chars().all(|c| c.is_ascii_digit())) {
        return Err(format());
    }
    let num = |p: &str| p.parse::<i64>().map_err(|_| format());
    let (y, m, d) = if parts[0].len() == 4 {
        (num(parts[0])?, num(parts[1])?, num(parts[2])?)
    } else if parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        (num(parts[2])?, num(parts[1])?, num(parts[0])?)
    } else {
        return Err(format());
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(DateInputError::NoSuchDate { input: s.to_string() });
    }
    if !(i64::from(FIRST_YEAR)..=i64::from(LAST_YEAR)).contains(&y) {
        return Err(DateInputError::OutOfRange { input: s.to_string() });
    }
    NaiveDate::from_ymd_opt(y as i32, m as u32, d as u32)
        .ok_or_else(|| DateInputError::NoSuchDate { input: s.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_and_iso_forms() {
        let want = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        for s in ["5.3.2026", "05.03.2026", "05-03-2026", "5/3-2026", "5/3 2026", "2026-03-05", " 2026-3-5 "] {
            assert_eq!(parse_user_date(s), Ok(want), "{s}");
        }
    }

    #[test]
    fn errors_are_specific() {
        assert_eq!(parse_user_date("  "), Err(DateInputError::Empty));
        assert_eq!(parse_user_date("31.02.2026").unwrap_err().code(), "no-such-date");
        assert_eq!(parse_user_date("13.13.2026").unwrap_err().code(), "no-such-date");
        assert_eq!(parse_user_date("i går").unwrap_err().code(), "format");
        assert_eq!(parse_user_date("5.3.26").unwrap_err().code(), "format");
        assert_eq!(parse_user_date("1.1.1800").unwrap_err().code(), "out-of-range");
    }
}
