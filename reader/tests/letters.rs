//! Realistic letters (tests/letters/*.txt, written by hand) against expected
//! facts (*.json beside each, written from reading the letter), as text and,
//! for several, as a PDF with a real text layer rendered by the letters crate.

use std::path::{Path, PathBuf};

use ret_og_frist_reader::{read, read_text, Reading};
use serde_json::{json, Value};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/letters")
}

fn letters() -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for p in names {
        let text = std::fs::read_to_string(&p).unwrap();
        let expected: Value = serde_json::from_str(&std::fs::read_to_string(p.with_extension("json")).unwrap()).unwrap();
        out.push((p.file_stem().unwrap().to_string_lossy().into_owned(), text, expected));
    }
    out
}

/// Differences between what the reader found and what the letter says.
fn diff(name: &str, r: &Reading, expected: &Value) -> Vec<String> {
    let got = serde_json::to_value(r).unwrap();
    let mut errs = Vec::new();
    for (key, want) in expected.as_object().unwrap() {
        let have = match key.as_str() {
            "conflicts" => json!(r.conflicts.iter().map(|c| c.field.clone()).collect::<Vec<_>>()),
            _ => got[key].clone(),
        };
        let ok = match key.as_str() {
            // The stated deadline is compared by its core ("4 uger"), not the span chosen.
            "complaint_deadline_stated" => match (want.as_str(), have.as_str()) {
                (Some(w), Some(h)) => h.contains(w),
                _ => want == &have,
            },
            "paragraphs" => {
                let mut a: Vec<String> = serde_json::from_value(want.clone()).unwrap();
                let mut b: Vec<String> = serde_json::from_value(have.clone()).unwrap();
                a.sort();
                b.sort();
                a == b
            }
            _ => want == &have,
        };
        if !ok {
            errs.push(format!("{name}: {key}: expected {want}, got {have}"));
        }
    }
    // Every field that has a value has its sentence.
    for key in ["decision", "benefit", "letter_date", "reply_by", "amount_monthly", "amount_one_off"] {
        if !got[key].is_null() && !r.evidence.contains_key(key) {
            errs.push(format!("{name}: {key} has no evidence"));
        }
    }
    errs
}

#[test]
fn at_least_25_letters() {
    assert!(letters().len() >= 25, "{}", letters().len());
}

#[test]
fn every_letter_as_text() {
    let mut errs = Vec::new();
    for (name, text, expected) in letters() {
        match read_text(&text) {
            Ok(r) => errs.extend(diff(&name, &r, &expected)),
            Err(e) => errs.push(format!("{name}: {e}")),
        }
    }
    assert!(errs.is_empty(), "{} differences:\n{}", errs.len(), errs.join("\n"));
}

/// A letter file as a `Letter` of the letters crate: the first block is the
/// sender, the rest are paragraphs (line breaks kept as separate paragraphs for
/// header lines), so the PDF has the same words on real text-layer lines.
pub fn as_pdf(text: &str) -> Vec<u8> {
    use ret_og_frist_letters::{Letter, Section};
    let mut blocks = text.split("\n\n").map(|b| b.lines().map(str::to_string).collect::<Vec<_>>());
    let sender = blocks.next().unwrap_or_default();
    let paragraphs: Vec<String> = blocks
        .flat_map(|b| {
            // Short header lines stay lines; wrapped body lines become one paragraph.
            if b.iter().all(|l| l.chars().count() < 45) {
                b
            } else {
                vec![b.join(" ")]
            }
        })
        .collect();
    let letter = Letter {
        kind: "test".into(),
        sender,
        recipient: vec![],
        place_date: String::new(),
        case_line: None,
        subject: String::new(),
        sections: vec![Section { heading: None, paragraphs }],
        closing: String::new(),
        signature: String::new(),
        enclosures: vec![],
        override_note: None,
    };
    ret_og_frist_letters::pdf::render(&letter).unwrap()
}

#[test]
fn several_letters_as_pdf() {
    let mut errs = Vec::new();
    let all = letters();
    for (name, text, expected) in all.iter().step_by(3) {
        let pdf = as_pdf(text);
        assert!(pdf.starts_with(b"%PDF-"));
        match read(&pdf) {
            Ok(r) => errs.extend(diff(&format!("{name}.pdf"), &r, expected)),
            Err(e) => errs.push(format!("{name}.pdf: {e}")),
        }
    }
    assert!(errs.is_empty(), "{} differences:\n{}", errs.len(), errs.join("\n"));
}

/// A letter laid out like a real one: the authority's block top right beside
/// the citizen's address, place and date, subject, body. Columns on the same
/// baseline must come out as separate lines.
#[test]
fn full_letter_layout_as_pdf() {
    use ret_og_frist_letters::{Letter, Section};
    let letter = Letter {
        kind: "test".into(),
        sender: vec!["Aarhus Kommune".into(), "Jobcenter Aarhus".into(), "Værkmestergade 15".into(), "8000 Aarhus C".into()],
        recipient: vec!["Sara Jensen".into(), "Birkevej 4, 2. th.".into(), "8210 Aarhus V".into()],
        place_date: "Aarhus, den 4. december 2026".into(),
        case_line: Some("Sagsnr.: 2026-118734".into()),
        subject: "Afgørelse om sanktion i din kontanthjælp".into(),
        sections: vec![
            Section {
                heading: None,
                paragraphs: vec!["Vi har besluttet at nedsætte din kontanthjælp med 1.152 kr., fordi du ikke mødte op til samtalen den 17. november 2026 uden rimelig grund, jf. § 36, stk. 1, i lov om aktiv socialpolitik.".into()],
            },
            Section {
                heading: Some("Klagevejledning".into()),
                paragraphs: vec!["Du kan klage over afgørelsen. Din klage skal være modtaget inden 4 uger efter, at du har modtaget afgørelsen. Vi sender klagen videre til Ankestyrelsen, hvis vi fastholder afgørelsen.".into()],
            },
        ],
        closing: "Med venlig hilsen".into(),
        signature: "Jobcenter Aarhus".into(),
        enclosures: vec![],
        override_note: None,
    };
    let pdf = ret_og_frist_letters::pdf::render(&letter).unwrap();
    let text = ret_og_frist_reader::letter_text(&pdf).unwrap();
    for line in text.lines() {
        assert!(!(line.contains("Sara Jensen") && line.contains("Kommune")), "columns merged: {line}");
        assert!(!(line.contains("Birkevej") && line.contains("Jobcenter")), "columns merged: {line}");
    }
    let r = read(&pdf).unwrap();
    assert_eq!(r.kind, "decision");
    assert_eq!(r.decision.as_deref(), Some("sanction"));
    assert_eq!(r.authority.name.as_deref(), Some("Aarhus Kommune"));
    assert_eq!(r.benefit.as_deref(), Some("kontanthjaelp"));
    assert_eq!(r.letter_date, chrono::NaiveDate::from_ymd_opt(2026, 12, 4));
    assert_eq!(r.amount_one_off, Some(1152));
    assert!(r.complaint_guidance);
    assert_eq!(r.paragraphs, ["§ 36, stk. 1 i lov om aktiv socialpolitik"]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}
