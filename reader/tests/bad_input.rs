//! Bad input gets one error kind the UI can word, never a panic or a guess.

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};
use ret_og_frist_reader::{read, read_text, ReadError, MAX_INPUT};

/// A one-page PDF whose page only draws a line: what a scan without OCR looks
/// like to a text extractor.
fn image_only_pdf() -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let content = Content { operations: vec![Operation::new("m", vec![0.into(), 0.into()]), Operation::new("l", vec![100.into(), 100.into()]), Operation::new("S", vec![])] };
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1 }));
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn empty_and_blank() {
    assert_eq!(read(b""), Err(ReadError::Empty));
    assert_eq!(read(b"  \n\t \r\n"), Err(ReadError::Empty));
}

#[test]
fn too_large_is_refused_before_reading() {
    let big = vec![b'a'; MAX_INPUT + 1];
    assert_eq!(read(&big).unwrap_err().code(), "too-large");
}

#[test]
fn binary_data() {
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    assert_eq!(read(&bytes), Err(ReadError::Binary));
}

#[test]
fn image_only_pdf_says_so() {
    let e = read(&image_only_pdf()).unwrap_err();
    assert_eq!(e, ReadError::NoTextLayer);
    assert!(e.to_string().contains("no text layer"));
}

#[test]
fn broken_pdf_is_an_error_not_a_panic() {
    let mut pdf = image_only_pdf();
    pdf.truncate(pdf.len() / 2);
    assert!(read(&pdf).is_err());
    assert!(read(b"%PDF-1.7\n garbage garbage").is_err());
}

#[test]
fn another_language() {
    let english = "Decision on your housing benefit. We have decided to stop your housing benefit from 1 January 2027 because your income has increased. You can appeal this decision within four weeks. Kind regards, the benefits office.";
    assert_eq!(read_text(english).unwrap_err().code(), "not-danish");
    let german = "Bescheid über Ihr Wohngeld. Wir haben entschieden, Ihr Wohngeld ab dem 1. Januar 2027 einzustellen, weil Ihr Einkommen gestiegen ist. Sie können innerhalb von vier Wochen Widerspruch einlegen.";
    assert_eq!(read_text(german).unwrap_err().code(), "not-danish");
}

#[test]
fn latin1_and_utf16_text_are_read() {
    let letter = "Udbetaling Danmark\n\nDato: 4. december 2026\n\nVi har besluttet at stoppe din boligstøtte fra den 1. januar 2027, fordi du er flyttet.\n";
    let latin1: Vec<u8> = letter.chars().map(|c| c as u32 as u8).collect();
    let r = read(&latin1).unwrap();
    assert_eq!(r.benefit.as_deref(), Some("boligstoette"));
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(letter.encode_utf16().flat_map(|u| u.to_le_bytes()));
    assert_eq!(read(&utf16).unwrap().letter_date, chrono::NaiveDate::from_ymd_opt(2026, 12, 4));
}

#[test]
fn unknown_is_null_with_a_warning() {
    let r = read_text("Kære borger\n\nTak for din henvendelse. Vi har modtaget din besked og vender tilbage hurtigst muligt, når vi har set på den.\n").unwrap();
    assert_eq!(r.kind, "other");
    assert_eq!(r.letter_date, None);
    assert!(r.warnings.iter().any(|w| w.field == "letter_date" && w.code == "unknown"));
    assert!(r.warnings.iter().any(|w| w.field == "authority" && w.code == "unknown"));
}

#[test]
fn relative_reply_time_is_a_warning_not_a_date() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/letters/16-partshoering-relativ-frist.txt")).unwrap();
    let r = read_text(&text).unwrap();
    assert_eq!(r.reply_by, None);
    assert!(r.warnings.iter().any(|w| w.code == "reply-period" && w.text.contains("14 dage")), "{:?}", r.warnings);
}

#[test]
fn conflicting_letter_dates_are_shown_side_by_side() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/letters/20-to-brevdatoer.txt")).unwrap();
    let r = read_text(&text).unwrap();
    let c = r.conflicts.iter().find(|c| c.field == "letter_date").unwrap();
    let values: Vec<&str> = c.candidates.iter().map(|c| c.value.as_str()).collect();
    assert_eq!(values, ["2026-12-01", "2026-12-03"]);
    assert!(c.candidates[1].sentence.contains("Aarhus, den 3. december 2026"));
}

#[test]
fn evidence_is_the_source_sentence() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/letters/01-kommune-sanktion.txt")).unwrap();
    let r = read_text(&text).unwrap();
    assert_eq!(r.evidence["letter_date"], "Dato: 4. december 2026");
    assert!(r.evidence["amount_one_off"].starts_with("Vi har besluttet at nedsætte din kontanthjælp med 1.152 kr."));
    assert_eq!(r.matched["complaint_guidance"].paragraph.as_deref(), Some("forvaltningsloven § 25"));
}
