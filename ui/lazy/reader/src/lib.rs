//! The letter reader as a lazily loaded wasm module of the web build.
//!
//! The reader's PDF parser (lopdf) and phrase patterns (regex with Unicode
//! tables) are most of a megabyte gzip: the page loads this module the first time
//! a letter is read (ui/src/lazy.rs), never for the first screen.
//!
//! Every function answers one JSON string (never throws):
//! `{"ok": {"reading": Reading, "text": letter text, "choices": {field: [values]}}}`
//! or `{"err": code}` with the reader's stable error code (`ReadError::code`).

use ret_og_frist_reader::{Field, ReadError, Reading};
use serde_json::{json, Value};
use wasm_bindgen::prelude::wasm_bindgen;

/// The values the reader can give for each select field (`Field::values`), so
/// the page offers exactly what the reader can produce without linking it.
fn choices() -> Value {
    let mut out = serde_json::Map::new();
    for f in [Field::Kind, Field::Decision, Field::Authority, Field::Benefit] {
        out.insert(f.id().to_string(), json!(f.values().unwrap_or_default()));
    }
    Value::Object(out)
}

fn answer(r: Result<(Reading, String), ReadError>) -> String {
    match r {
        Ok((reading, text)) => json!({ "ok": { "reading": reading, "text": text, "choices": choices() } }),
        Err(e) => json!({ "err": e.code() }),
    }
    .to_string()
}

/// Read pasted text.
#[wasm_bindgen]
pub fn read_text(text: &str) -> String {
    answer(ret_og_frist_reader::read_text(text).map(|r| (r, text.to_string())))
}

/// Read a file's bytes (PDF or text); the answer carries the letter's text.
#[wasm_bindgen]
pub fn read_file(bytes: &[u8]) -> String {
    answer(ret_og_frist_reader::letter_text(bytes).and_then(|t| ret_og_frist_reader::read_text(&t).map(|r| (r, t))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_reads_with_its_choices_and_an_empty_file_is_named() {
        let text = "Kære Anna\n\nAalborg Kommune har besluttet at standse din kontanthjælp fra 1. januar 2027.";
        let v: Value = serde_json::from_str(&read_text(text)).unwrap();
        assert_eq!(v["ok"]["text"], text);
        assert_eq!(v["ok"]["reading"]["kind"], ret_og_frist_reader::read_text(text).unwrap().kind);
        assert_eq!(v["ok"]["choices"]["kind"], json!(Field::Kind.values().unwrap()));
        assert_eq!(v["ok"]["choices"]["benefit"], json!(Field::Benefit.values().unwrap()));
        let v: Value = serde_json::from_str(&read_file(b"   ")).unwrap();
        assert_eq!(v, json!({ "err": "empty" }));
    }
}
