//! The rendered letter: what the text, print and PDF outputs all lay out.

use serde::Serialize;

/// A letter ready to lay out. Every string is final Danish text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Letter {
    /// Kind id (e.g. "partshoering").
    pub kind: String,
    /// Sender block, one line each: name, address lines, phone/e-mail, CPR if given.
    pub sender: Vec<String>,
    /// Recipient block: the authority and its address lines.
    pub recipient: Vec<String>,
    /// "København, 22. november 2026".
    pub place_date: String,
    /// "Jeres sagsnummer: 2026-1234", if known.
    pub case_line: Option<String>,
    /// The subject line (printed bold where the format allows).
    pub subject: String,
    /// The body, in order.
    pub sections: Vec<Section>,
    /// "Med venlig hilsen".
    pub closing: String,
    /// The sender's name under the closing.
    pub signature: String,
    /// "Bilag 1: Lægeerklæring af 3. november 2026", …
    pub enclosures: Vec<String>,
    /// Set when a rule the letter relies on was overridden by an adviser: a note
    /// to the sender (text after the letter, PDF footer), not part of the letter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub override_note: Option<String>,
}

/// A part of the body: an optional heading and its paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub heading: Option<String>,
    pub paragraphs: Vec<String>,
}
