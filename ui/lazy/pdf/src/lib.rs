//! The letter PDF (krilla and the cut-down letter fonts) as a lazily loaded wasm
//! module of the web build: the page loads it the first time a PDF is made
//! (ui/src/lazy.rs), never for the first screen. The desktop window runs the
//! same web build, so it loads this module too.
//!
//! Letter JSON (`ret_og_frist_letters::Letter` as the page serialises it) in,
//! PDF bytes out; an error is thrown as JSON: `{"code": "unsupported", "chars": …}`
//! (characters the letter font lacks) or `{"code": "failed", "message": …}`.

use ret_og_frist_letters::pdf::{self, PdfError};
use ret_og_frist_letters::{Letter, Section};
use serde::Deserialize;
use serde_json::json;
use wasm_bindgen::prelude::wasm_bindgen;

/// `Letter` as it arrives (the letters crate only serialises it).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LetterIn {
    kind: String,
    sender: Vec<String>,
    recipient: Vec<String>,
    place_date: String,
    case_line: Option<String>,
    subject: String,
    sections: Vec<SectionIn>,
    closing: String,
    signature: String,
    enclosures: Vec<String>,
    #[serde(default)]
    override_note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionIn {
    heading: Option<String>,
    paragraphs: Vec<String>,
}

impl From<LetterIn> for Letter {
    fn from(l: LetterIn) -> Self {
        Letter {
            kind: l.kind,
            sender: l.sender,
            recipient: l.recipient,
            place_date: l.place_date,
            case_line: l.case_line,
            subject: l.subject,
            sections: l.sections.into_iter().map(|s| Section { heading: s.heading, paragraphs: s.paragraphs }).collect(),
            closing: l.closing,
            signature: l.signature,
            enclosures: l.enclosures,
            override_note: l.override_note,
        }
    }
}

/// Lay out the letter on A4 and return the PDF.
#[wasm_bindgen]
pub fn render(letter_json: &str) -> Result<Vec<u8>, String> {
    let letter: LetterIn = serde_json::from_str(letter_json)
        .map_err(|e| json!({ "code": "failed", "message": format!("letter: {e}") }).to_string())?;
    pdf::render(&letter.into()).map_err(|e| match e {
        PdfError::Unsupported(chars) => json!({ "code": "unsupported", "chars": chars }),
        e => json!({ "code": "failed", "message": e.to_string() }),
    }
    .to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter(subject: &str) -> Letter {
        Letter {
            kind: "klage".into(),
            sender: vec!["Anna Jensen".into()],
            recipient: vec!["Aalborg Kommune".into()],
            place_date: "Aalborg, 5. december 2026".into(),
            case_line: None,
            subject: subject.into(),
            sections: vec![Section { heading: Some("Klage".into()), paragraphs: vec!["Jeg klager.".into()] }],
            closing: "Med venlig hilsen".into(),
            signature: "Anna Jensen".into(),
            enclosures: vec![],
            override_note: Some("note".into()),
        }
    }

    #[test]
    fn the_page_letter_json_makes_the_same_pdf_and_missing_glyphs_are_named() {
        let l = letter("Klage over afgørelse");
        let bytes = render(&serde_json::to_string(&l).unwrap()).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert_eq!(bytes.len(), pdf::render(&l).unwrap().len());
        let err = render(&serde_json::to_string(&letter("شكوى")).unwrap()).unwrap_err();
        let v: serde_json::Value = serde_json::from_str(&err).unwrap();
        assert_eq!(v["code"], "unsupported");
        assert!(v["chars"].as_str().unwrap().contains('ش'));
        assert!(render("{}").is_err());
    }
}
