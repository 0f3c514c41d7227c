//! `navigator read FILE`: JSON fields for a text and a PDF letter, and one
//! clear line (no panic, no hang, nothing saved) for bad input.

mod common;
use common::{ok_json, one_line_failure, run, Dir};
use serde_json::Value;

fn letter(name: &str) -> String {
    format!("{}/../tests/letters/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn ok(args: &[&str]) -> Value {
    ok_json(args, run(args, None))
}

fn fails(args: &[&str]) -> String {
    one_line_failure(args, run(args, None))
}

#[test]
fn text_letter_gives_every_field() {
    let path = letter("10-sygedagpenge-partshoering.txt");
    let v = ok(&["read", &path]);
    for key in [
        "kind", "decision", "authority", "benefit", "letter_date", "reply_by", "amount_monthly",
        "complaint_guidance", "complaint_deadline_stated", "reasons_given", "paragraphs", "evidence",
        "warnings", "conflicts",
    ] {
        assert!(v.get(key).is_some(), "missing {key}: {v}");
    }
    assert_eq!(v["kind"], "partshoering");
    assert_eq!(v["authority"]["kind"], "kommune");
    assert_eq!(v["benefit"], "sygedagpenge");
    assert_eq!(v["reply_by"], "2026-12-11");
    assert_eq!(v["letter_date"], "2026-11-27");
    assert!(v["evidence"]["reply_by"].as_str().unwrap().contains("senest den 11. december 2026"));
}

#[test]
fn pdf_letter_is_detected_by_content() {
    // A PDF with a real text layer, made by the letters crate's renderer
    // through `navigator letter`, saved under a .txt name: content decides.
    let d = Dir::new("read-pdf");
    let answers = format!("{}/../docs/examples/letters/klage.json", env!("CARGO_MANIFEST_DIR"));
    let pdf = d.path("brev.txt");
    let (code, _, err) = run(&["letter", "klage", &answers, "--format", "pdf", "--out", &pdf], None);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let v = ok(&["read", &pdf]);
    assert!(v["kind"].is_string());
    assert!(!v["paragraphs"].as_array().unwrap().is_empty(), "the klage letter cites §: {v}");
}

#[test]
fn bad_input_is_one_line() {
    let d = Dir::new("read-bad");
    let empty = d.write("empty.txt", "");
    assert!(fails(&["read", &empty]).contains("empty"));

    let english = d.write("en.txt", "Decision on your housing benefit. We have decided to stop your housing benefit from 1 January 2027 because your income has increased. You can appeal within four weeks.");
    assert!(fails(&["read", &english]).contains("Danish"));

    let bin = d.path("data.bin");
    std::fs::write(&bin, (0..2048u32).map(|i| (i * 37 % 256) as u8).collect::<Vec<u8>>()).unwrap();
    assert!(fails(&["read", &bin]).contains("binary"));

    // 50 MB, sparse: refused by size without being read.
    let big = d.path("big.pdf");
    std::fs::File::create(&big).unwrap().set_len(50 * 1024 * 1024).unwrap();
    let line = fails(&["read", &big]);
    assert!(line.contains("10 MB"), "{line}");

    let fake = d.write("scan.pdf", "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    let line = fails(&["read", &fake]);
    assert!(line.contains("PDF"), "{line}");

    assert!(fails(&["read", &d.path("missing.txt")]).contains("missing.txt"));
    // Nothing was written next to the inputs.
    let files = std::fs::read_dir(&d.0).unwrap().count();
    assert_eq!(files, 5);
}
