//! The boundary where files and stored JSON become values: one parser and the
//! sanity bounds every deserialised type checks, so a hostile or damaged file
//! gives one message naming the field and the value — never a panic, a hang or
//! serde's "line 1 column 21".
//!
//! The bounds here are **input sanity bounds, not law**: they keep text that
//! goes into letters to authorities readable and numbers far from where the
//! arithmetic could overflow. Limits that the law sets are rule data.

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest one-line text (a name, a title, an address line, an id).
pub const MAX_LINE_CHARS: usize = 300;
/// Longest free text (an account in a letter, a note).
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Most entries in any list (events, drafts, points, children, …).
pub const MAX_ITEMS: usize = 1_000;
/// Largest JSON document read from a file (case files have their own limit).
pub const MAX_JSON_BYTES: usize = 16 * 1024 * 1024;

/// Marks an [`InputError`] carried through serde as a custom error message,
/// so a nested type's error keeps its field and gets the outer path in front.
const MARK: &str = "\u{1}input-error:";

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    /// JSON path of the field (`adults[0].hours_per_week`); empty: the whole document.
    pub field: String,
    /// The value as given (shortened), or empty when it says nothing.
    pub value: String,
    pub problem: Problem,
}

/// The kinds of problem, each with a Fluent id `input-<code>` (locales/*/input.ftl).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Problem {
    /// Not JSON at all (here the line and column do help).
    Syntax { detail: String },
    /// JSON of the wrong shape: wrong type, unknown or missing field (serde's words).
    Shape { detail: String },
    /// A number outside its range.
    Range { what: Quantity, min: String, max: String },
    /// A date outside [`crate::dates::FIRST_YEAR`]..=[`crate::dates::LAST_YEAR`].
    Year,
    /// A required value is missing or empty.
    Missing,
    /// Text longer than its limit.
    TooLong { max: usize },
    /// A list longer than its limit.
    TooMany { max: usize },
    /// A control character (other than a line break or tab in free text).
    ControlChar { ch: String },
    /// A character that reverses or overrides the writing direction (U+202A–U+202E,
    /// U+2066–U+2069): it can make a letter read differently from what it says.
    BidiChar { ch: String },
    /// A rule between fields; `rule` is a stable id (`input-rule-<rule>`).
    Rule { rule: String },
}

/// What a number counts, for the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quantity {
    Hours,
    Age,
    Amount,
    Area,
    Count,
    Days,
    Months,
}

impl Quantity {
    fn danish(self) -> &'static str {
        match self {
            Self::Hours => "et gyldigt antal timer",
            Self::Age => "en gyldig alder",
            Self::Amount => "et gyldigt beløb",
            Self::Area => "et gyldigt areal",
            Self::Count => "et gyldigt antal",
            Self::Days => "et gyldigt antal dage",
            Self::Months => "et gyldigt antal måneder",
        }
    }
}

impl Problem {
    /// Stable id for translations (`input-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Syntax { .. } => "syntax",
            Self::Shape { .. } => "shape",
            Self::Range { .. } => "range",
            Self::Year => "year",
            Self::Missing => "missing",
            Self::TooLong { .. } => "too-long",
            Self::TooMany { .. } => "too-many",
            Self::ControlChar { .. } => "control-char",
            Self::BidiChar { .. } => "bidi-char",
            Self::Rule { .. } => "rule",
        }
    }
}

/// Danish wording of the rules between fields (the same as `input-rule-<id>`).
fn rule_text(rule: &str) -> &str {
    match rule {
        "married-needs-two-adults" => "gift kræver to voksne",
        "wage-or-monthly" => "angiv timeløn eller månedsløn, ikke begge",
        "monthly-wage-needs-hours" => "en månedsløn kræver det antal timer, den er for",
        "wage-missing" => "angiv timeløn eller månedsløn",
        "birth-year-age" => "fødselsåret passer ikke med alderen på datoen",
        "birth-month-needs-year" => "en fødselsmåned kræver fødselsåret",
        other => other,
    }
}

/// Danish, as the letters and the app's first language; the UI and the CLI word
/// it in the user's language from `input-<code>` when they have the texts.
impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        let v = &self.value;
        match &self.problem {
            Problem::Syntax { detail } => write!(f, "ikke gyldig JSON ({detail})"),
            Problem::Shape { detail } => write!(f, "ugyldig værdi ({detail})"),
            Problem::Range { what, min, max } => write!(f, "{v} er ikke {} ({min}–{max})", what.danish()),
            Problem::Year => write!(
                f,
                "{v} ligger uden for årene {}–{}",
                crate::dates::FIRST_YEAR,
                crate::dates::LAST_YEAR
            ),
            Problem::Missing => write!(f, "mangler"),
            Problem::TooLong { max } => write!(f, "teksten er for lang ({v} tegn, højst {max})"),
            Problem::TooMany { max } => write!(f, "{v} er for mange (højst {max})"),
            Problem::ControlChar { ch } => write!(f, "indeholder styretegnet {ch}; fjern det"),
            Problem::BidiChar { ch } => {
                write!(f, "indeholder {ch}, et tegn der vender skriveretningen; fjern det")
            }
            Problem::Rule { rule } => write!(f, "{}", rule_text(rule)),
        }
    }
}

impl std::error::Error for InputError {}

impl InputError {
    pub fn new(field: impl Into<String>, value: impl fmt::Display, problem: Problem) -> Self {
        InputError { field: field.into(), value: short(&value.to_string()), problem }
    }

    /// The same error one level down: `prefix` goes in front of the field.
    pub fn within(mut self, prefix: &str) -> Self {
        self.field = join(prefix, &self.field);
        self
    }

    /// As a serde custom error, for `TryFrom` impls used by `#[serde(try_from)]`;
    /// [`from_json`] turns it back into this error with the full path.
    pub fn to_serde_message(&self) -> String {
        format!("{MARK}{}", serde_json::to_string(self).unwrap_or_default())
    }
}

fn join(prefix: &str, field: &str) -> String {
    match (prefix.is_empty(), field.is_empty()) {
        (true, _) => field.to_string(),
        (false, true) => prefix.to_string(),
        (false, false) if field.starts_with('[') => format!("{prefix}{field}"),
        (false, false) => format!("{prefix}.{field}"),
    }
}

/// A value for a message: at most 60 characters, control characters shown as `\u{..}`.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(60).flat_map(|c| {
        if c.is_control() || is_bidi_override(c) { c.escape_unicode().collect::<Vec<_>>() } else { vec![c] }
    }).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// Parse a JSON document into a validated type. A UTF-8 byte-order mark at the
/// start is accepted; errors name the JSON path of the field.
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, InputError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_JSON_BYTES {
        return Err(InputError::new("", text.len(), Problem::TooLong { max: MAX_JSON_BYTES }));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = clean_path(e.path().to_string());
        from_serde(&path, e.into_inner())
    })?;
    de.end().map_err(|e| from_serde("", e))?;
    Ok(value)
}

/// The same for a value already parsed (an envelope's part).
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, InputError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = clean_path(e.path().to_string());
        from_serde(&path, e.into_inner())
    })
}

/// serde_path_to_error writes the root as "." and an unknown segment as "?".
fn clean_path(mut p: String) -> String {
    loop {
        if let Some(rest) = p.strip_suffix(".?") {
            p = rest.to_string();
        } else if p == "?" || p == "." {
            return String::new();
        } else {
            return p;
        }
    }
}

fn from_serde(path: &str, e: serde_json::Error) -> InputError {
    use serde_json::error::Category;
    let full = e.to_string();
    // serde_json appends " at line L column C"; keep only the message.
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let msg = full.strip_suffix(&suffix).unwrap_or(&full);
    if let Some(inner) = msg.strip_prefix(MARK).and_then(|j| serde_json::from_str::<InputError>(j).ok()) {
        return inner.within(path);
    }
    // Inside a field, serde_json reports some wrong types as syntax ("expected
    // value"): the field's name says more than a line and column.
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io if path.is_empty() => {
            InputError { field: String::new(), value: String::new(), problem: Problem::Syntax { detail: full } }
        }
        _ => InputError { field: path.into(), value: String::new(), problem: Problem::Shape { detail: msg.into() } },
    }
}

/// Right-to-left and left-to-right embeddings, overrides and isolates.
pub fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn check_chars(field: &str, s: &str, multiline: bool) -> Result<(), InputError> {
    // The code point is written out only for the error: a check that passes
    // (every keystroke's household checks its municipality) allocates nothing.
    let ch = |c: char| format!("U+{:04X}", c as u32);
    for c in s.chars() {
        if is_bidi_override(c) {
            return Err(InputError::new(field, "", Problem::BidiChar { ch: ch(c) }));
        }
        let allowed = multiline && matches!(c, '\n' | '\t' | '\r');
        if c.is_control() && !allowed {
            return Err(InputError::new(field, "", Problem::ControlChar { ch: ch(c) }));
        }
    }
    Ok(())
}

/// One line of text (names, titles, address lines, ids): no control characters,
/// no direction overrides, at most [`MAX_LINE_CHARS`].
pub fn check_line(field: &str, s: &str) -> Result<(), InputError> {
    let n = s.chars().count();
    if n > MAX_LINE_CHARS {
        return Err(InputError::new(field, n, Problem::TooLong { max: MAX_LINE_CHARS }));
    }
    check_chars(field, s, false)
}

/// Free text (line breaks and tabs allowed), at most [`MAX_TEXT_CHARS`].
pub fn check_text(field: &str, s: &str) -> Result<(), InputError> {
    let n = s.chars().count();
    if n > MAX_TEXT_CHARS {
        return Err(InputError::new(field, n, Problem::TooLong { max: MAX_TEXT_CHARS }));
    }
    check_chars(field, s, true)
}

/// A list of at most `max` entries.
pub fn check_len<T>(field: &str, list: &[T], max: usize) -> Result<(), InputError> {
    if list.len() > max {
        return Err(InputError::new(field, list.len(), Problem::TooMany { max }));
    }
    Ok(())
}

/// Each line of a list of one-line texts, and the list's length.
pub fn check_lines(field: &str, list: &[String]) -> Result<(), InputError> {
    check_len(field, list, MAX_ITEMS)?;
    list.iter().enumerate().try_for_each(|(i, s)| check_line(&format!("{field}[{i}]"), s))
}

/// A date within the input sanity bound ([`crate::dates::in_range`]).
pub fn check_date(field: &str, d: NaiveDate) -> Result<(), InputError> {
    if crate::dates::in_range(d) {
        Ok(())
    } else {
        Err(InputError::new(field, d, Problem::Year))
    }
}

/// An optional date, the same.
pub fn check_opt_date(field: &str, d: Option<NaiveDate>) -> Result<(), InputError> {
    d.map_or(Ok(()), |d| check_date(field, d))
}

/// A number in `min..=max`.
pub fn check_range<N: PartialOrd + fmt::Display>(field: &str, x: N, min: N, max: N, what: Quantity) -> Result<(), InputError> {
    if x < min || x > max {
        return Err(InputError::new(field, &x, Problem::Range { what, min: min.to_string(), max: max.to_string() }));
    }
    Ok(())
}

/// A problem that is a rule between fields.
pub fn rule(field: &str, value: impl fmt::Display, rule: &str) -> InputError {
    InputError::new(field, value, Problem::Rule { rule: rule.into() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        #[allow(dead_code)]
        hours: u32,
    }

    #[derive(Debug, Deserialize)]
    #[serde(try_from = "Vec<Inner>")]
    struct Checked(#[allow(dead_code)] Vec<Inner>);

    impl TryFrom<Vec<Inner>> for Checked {
        type Error = String;
        fn try_from(v: Vec<Inner>) -> Result<Self, String> {
            match v.iter().position(|i| i.hours > 80) {
                Some(i) => Err(check_range(&format!("[{i}].hours"), v[i].hours, 0, 80, Quantity::Hours)
                    .unwrap_err()
                    .to_serde_message()),
                None => Ok(Checked(v)),
            }
        }
    }

    #[derive(Debug, Deserialize)]
    struct Outer {
        #[allow(dead_code)]
        list: Checked,
    }

    #[test]
    fn errors_name_the_path_not_the_line() {
        let e = from_json::<Outer>(r#"{"list": [{"hours": 1}, {"hours": "x"}]}"#).unwrap_err();
        assert_eq!(e.field, "list[1].hours");
        assert!(!e.to_string().contains("line 1"), "{e}");
        let e = from_json::<Outer>(r#"{"list": [{"hours": 1}, {"hours": 99}]}"#).unwrap_err();
        assert_eq!(e.to_string(), "list[1].hours: 99 er ikke et gyldigt antal timer (0–80)");
        let e = from_json::<Outer>(r#"{"list": [{"hours": 1, "x": 2}]}"#).unwrap_err();
        assert_eq!(e.field, "list[0].x");
        assert!(e.to_string().contains("unknown field `x`"), "{e}");
        let e = from_json::<Outer>("{ not json").unwrap_err();
        assert_eq!(e.problem.code(), "syntax", "{e:?}");
        assert!(from_json::<Outer>("{\"list\": []} x").is_err(), "trailing text");
    }

    #[test]
    fn byte_order_mark_is_accepted() {
        assert!(from_json::<Outer>("\u{feff}{\"list\": []}").is_ok());
    }

    #[test]
    fn text_checks() {
        assert!(check_line("name", "Åse Ødegård-Hansen").is_ok());
        assert!(check_line("name", "محمد علي").is_ok(), "Arabic script itself is fine");
        let e = check_line("name", "evil\u{202E}fdp.exe").unwrap_err();
        assert_eq!(e.problem, Problem::BidiChar { ch: "U+202E".into() });
        assert!(e.to_string().starts_with("name: indeholder U+202E"), "{e}");
        assert_eq!(check_line("name", "a\u{7}").unwrap_err().problem.code(), "control-char");
        assert_eq!(check_line("name", "a\nb").unwrap_err().problem.code(), "control-char");
        assert!(check_text("account", "a\nb\tc").is_ok());
        assert_eq!(check_text("account", "a\u{2067}b").unwrap_err().problem.code(), "bidi-char");
        assert_eq!(check_line("name", &"x".repeat(MAX_LINE_CHARS + 1)).unwrap_err().problem.code(), "too-long");
    }
}
