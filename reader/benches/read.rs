//! Reading a 3-page PDF letter (goal: < 100 ms native) and the same letter as text.

use criterion::{criterion_group, criterion_main, Criterion};
use ret_og_frist_letters::{pdf, Letter, Section};

/// Three A4 pages: the sanction letter from tests/letters repeated as the
/// sections of one long letter, rendered by the letters crate (real text layer).
fn three_page_pdf() -> (Vec<u8>, String) {
    let text = include_str!("../../tests/letters/01-kommune-sanktion.txt");
    let paragraphs: Vec<String> = text.split("\n\n").map(|b| b.replace('\n', " ")).collect();
    let sections = (0..5).map(|_| Section { heading: Some("Afgørelse".into()), paragraphs: paragraphs.clone() }).collect();
    let letter = Letter {
        kind: "bench".into(),
        sender: vec!["Aarhus Kommune".into(), "Jobcenter Aarhus".into()],
        recipient: vec!["Sara Jensen".into()],
        place_date: "Aarhus, den 4. december 2026".into(),
        case_line: None,
        subject: "Afgørelse om sanktion i din kontanthjælp".into(),
        sections,
        closing: "Med venlig hilsen".into(),
        signature: "Jobcenter Aarhus".into(),
        enclosures: vec![],
        override_note: None,
    };
    let bytes = pdf::render(&letter).expect("render");
    let text = ret_og_frist_reader::letter_text(&bytes).expect("text layer");
    (bytes, text)
}

fn bench(c: &mut Criterion) {
    let (bytes, text) = three_page_pdf();
    let pages = lopdf::Document::load_mem(&bytes).map(|d| d.get_pages().len()).unwrap_or(0);
    assert!(pages >= 3, "the bench letter has {pages} pages");
    let _ = ret_og_frist_reader::builtin();
    c.bench_function("read 3-page PDF", |b| b.iter(|| ret_og_frist_reader::read(&bytes).expect("reads")));
    c.bench_function("read same letter as text", |b| b.iter(|| ret_og_frist_reader::read_text(&text).expect("reads")));
}

criterion_group!(benches, bench);
criterion_main!(benches);
