//! The letter fonts are cut down to what letters need (letters/fonts/README.md).
//! Every character a letter can contain from our side — the golden letters and
//! every Danish text (letter sentences come from locales/da) — must have a
//! glyph, and a character the font lacks is refused with its name, never
//! printed as an empty box.

use ret_og_frist_letters::pdf::{has_glyph, render, PdfError};
use ret_og_frist_letters::{Letter, Section};
use std::path::Path;

fn texts_in(dir: &Path, ext: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == ext) {
            out.push((p.display().to_string(), std::fs::read_to_string(&p).unwrap()));
        }
    }
    assert!(!out.is_empty(), "no .{ext} files in {}", dir.display());
    out
}

#[test]
fn every_character_of_every_golden_letter_and_danish_text_has_a_glyph() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = texts_in(&root.join("tests/golden/letters"), "txt");
    files.extend(texts_in(&root.join("tests/golden/letters"), "json"));
    // The Danish texts; the language menu's own names ("العربية") are not letter text.
    for (name, text) in texts_in(&root.join("locales/da"), "ftl") {
        let kept: String = text.lines().filter(|l| !l.starts_with("lang-")).collect::<Vec<_>>().join("\n");
        files.push((name, kept));
    }
    let mut missing = Vec::new();
    for (name, text) in &files {
        for c in text.chars() {
            if !has_glyph(c) {
                missing.push(format!("{c:?} (U+{:04X}) in {name}", c as u32));
            }
        }
    }
    missing.dedup();
    assert!(missing.is_empty(), "characters without a glyph in the letter font:\n{}", missing.join("\n"));
    // The characters a Danish letter leans on, named so a careless re-subset fails here.
    for c in "æøåÆØÅ§€–—‘’“”„…éüöäßÉ".chars() {
        assert!(has_glyph(c), "{c}");
    }
    // Names people write: Polish, Turkish, Vietnamese, Ukrainian.
    for c in "ŁłŞşĞğİıễƯĆčІіЇїЄєҐґ".chars() {
        assert!(has_glyph(c), "{c}");
    }
}

fn letter(name: &str) -> Letter {
    Letter {
        kind: "klage".into(),
        sender: vec![name.into(), "Østergade 12".into(), "2100 København Ø".into()],
        recipient: vec!["Københavns Kommune".into()],
        place_date: "København, 5. december 2026".into(),
        case_line: None,
        subject: "Klage over afgørelse".into(),
        sections: vec![Section { heading: None, paragraphs: vec!["Jeg klager over afgørelsen.".into()] }],
        closing: "Med venlig hilsen".into(),
        signature: name.into(),
        enclosures: vec![],
        override_note: None,
    }
}

#[test]
fn a_ukrainian_name_is_written_and_arabic_script_is_refused_by_name() {
    let pdf = render(&letter("Олена Ковальчук")).expect("Cyrillic is in the font");
    assert!(pdf.starts_with(b"%PDF-"));
    match render(&letter("مريم")) {
        Err(PdfError::Unsupported(chars)) => assert_eq!(chars, "ميرم".chars().collect::<std::collections::BTreeSet<_>>().into_iter().collect::<String>()),
        other => panic!("expected the Arabic letters to be named, got {:?}", other.map(|b| b.len())),
    }
}
