//! Reading every case when some may be damaged: the good ones plus a list of
//! the damaged ones, never "nothing". One damaged row must not hide the other
//! cases or stop their reminders, and must not vanish without a word either.
//!
//! [`Shelf`] is the same for the browser build, where cases are one JSON array
//! in local storage: a damaged entry is named and written back as it was, so
//! saving another case never throws it away.

use ret_og_frist_cases::Case;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A case that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Damaged {
    /// The case id, or `#n` (the n-th entry / row) when not even the id is readable.
    pub id: String,
    /// The title, where it can still be read (from the row's listing column or
    /// the entry's `title`), so the person recognises the case; else empty.
    #[serde(default)]
    pub title: String,
    /// What is wrong, in one line (English, technical).
    pub reason: String,
}

impl Damaged {
    /// What to call the case when telling the person: its title if known, else its id.
    pub fn name(&self) -> &str {
        if self.title.trim().is_empty() {
            &self.id
        } else {
            &self.title
        }
    }
}

/// Every readable case, and the damaged ones named.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loaded {
    pub cases: Vec<Case>,
    #[serde(default)]
    pub damaged: Vec<Damaged>,
}

/// The browser's case list as read from local storage (one JSON array of
/// cases): the readable cases, and the unreadable entries kept verbatim.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shelf {
    pub loaded: Loaded,
    /// Entries that did not read as a case, exactly as stored; [`Shelf::to_json`]
    /// writes them back.
    unreadable: Vec<Value>,
}

impl Shelf {
    /// Read the stored text (`None`: nothing stored yet). Never fails: text that
    /// is not a JSON array is kept whole as one damaged entry (a JSON string),
    /// so the next write does not destroy it.
    pub fn parse(text: Option<&str>) -> Shelf {
        let Some(text) = text else { return Shelf::default() };
        let entries = match serde_json::from_str::<Value>(text) {
            Ok(Value::Array(entries)) => entries,
            Ok(other) => vec![other],
            Err(_) => vec![Value::String(text.to_string())],
        };
        let mut shelf = Shelf::default();
        for (n, entry) in entries.into_iter().enumerate() {
            match Case::from_json(&entry.to_string()) {
                Ok(case) => shelf.loaded.cases.push(case),
                Err(e) => {
                    let field = |k: &str| entry.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
                    let id = Some(field("id")).filter(|id| !id.trim().is_empty()).unwrap_or_else(|| format!("#{}", n + 1));
                    let reason = match &entry {
                        Value::Object(_) => e.to_string(),
                        _ => "the stored text is not a case".to_string(),
                    };
                    shelf.loaded.damaged.push(Damaged { id, title: field("title"), reason });
                    shelf.unreadable.push(entry);
                }
            }
        }
        shelf
    }

    /// The text to store for `cases`: the cases, then every unreadable entry as it was read.
    pub fn to_json(&self, cases: &[Case]) -> String {
        let mut all: Vec<Value> = cases.iter().filter_map(|c| serde_json::to_value(c).ok()).collect();
        all.extend(self.unreadable.iter().cloned());
        Value::Array(all).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_entry_is_named_and_kept() {
        let good = Case::new("g", "God sag", "2026-03-01T10:00:00.000Z");
        let text = format!(r#"[{}, {{"id":"b","title":"Beskadiget","events":7}}, 42]"#, good.to_json());
        let shelf = Shelf::parse(Some(&text));
        assert_eq!(shelf.loaded.cases, vec![good.clone()]);
        let names: Vec<(&str, &str)> = shelf.loaded.damaged.iter().map(|d| (d.id.as_str(), d.name())).collect();
        assert_eq!(names, [("b", "Beskadiget"), ("#3", "#3")]);
        // Writing the list back keeps the damaged entries as they were.
        let again = Shelf::parse(Some(&shelf.to_json(&shelf.loaded.cases)));
        assert_eq!(again, shelf);
    }

    #[test]
    fn text_that_is_no_list_is_kept_whole() {
        let shelf = Shelf::parse(Some("[{\"id\":\"x\", cut off"));
        assert!(shelf.loaded.cases.is_empty());
        assert_eq!(shelf.loaded.damaged.len(), 1);
        let new = Case::new("n", "Ny", "2026-03-01T10:00:00.000Z");
        let written = shelf.to_json(std::slice::from_ref(&new));
        let back = Shelf::parse(Some(&written));
        assert_eq!(back.loaded.cases, vec![new]);
        assert_eq!(back.unreadable, vec![Value::String("[{\"id\":\"x\", cut off".into())]);
        assert_eq!(Shelf::parse(None), Shelf::default());
    }
}
