//! Whatever comes in, the reader answers (a reading or an error) without a
//! panic: random text built from letter fragments, random bytes, and a real
//! PDF with bytes flipped.

use ret_og_frist_reader::{read, read_text};

/// A small deterministic generator (no dependency, same run every time).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() as usize) % xs.len()]
    }
}

const FRAGMENTS: &[&str] = &[
    "§", "§§", " 12", " b", ", stk. ", "3", " og ", " i ", "aktivloven", "lov om sygedagpenge", "kr.", " 1.234,5", "12.345,67",
    " om måneden", "Dato: ", "4. december 2026", "31/12 2026", "2026-02-30", "senest den ", "partshøring", "Afgørelse om ",
    "sanktion", "ophør", "Klagevejledning", "\n", "\n\n", "kontant-\nhjælp", " Vi har besluttet", ". ", ": ", "Ankestyrelsen",
    "Aarhus Kommune", "A-kasse", "æøå", "ÆØÅ", "\u{00AD}", "\t", "—", "“", "inden 4 uger", "fordi", "Jobcenter ", "1.",
];

#[test]
fn random_letter_fragments() {
    let mut g = Lcg(7);
    for _ in 0..400 {
        let n = 1 + g.next() % 120;
        let text: String = (0..n).map(|_| g.pick(FRAGMENTS)).collect();
        let _ = read_text(&text);
        let _ = read(text.as_bytes());
    }
}

#[test]
fn random_bytes() {
    let mut g = Lcg(11);
    for len in [1usize, 5, 64, 1000, 20_000] {
        for _ in 0..20 {
            let mut bytes: Vec<u8> = (0..len).map(|_| g.next() as u8).collect();
            let _ = read(&bytes);
            bytes.splice(0..0, b"%PDF-1.7\n".iter().copied());
            let _ = read(&bytes);
        }
    }
}

#[test]
fn damaged_pdf() {
    use ret_og_frist_letters::{Letter, Section};
    let letter = Letter {
        kind: "t".into(),
        sender: vec!["Jobcenter Aarhus".into()],
        recipient: vec![],
        place_date: "Aarhus, den 4. december 2026".into(),
        case_line: None,
        subject: "Afgørelse om sanktion".into(),
        sections: vec![Section { heading: None, paragraphs: vec!["Vi har besluttet at nedsætte din kontanthjælp med 1.152 kr.".into()] }],
        closing: String::new(),
        signature: String::new(),
        enclosures: vec![],
        override_note: None,
    };
    let pdf = ret_og_frist_letters::pdf::render(&letter).unwrap();
    assert!(read(&pdf).is_ok());
    let mut g = Lcg(3);
    for _ in 0..150 {
        let mut b = pdf.clone();
        for _ in 0..1 + g.next() % 8 {
            let i = (g.next() as usize) % b.len();
            b[i] = g.next() as u8;
        }
        let _ = read(&b);
        let cut = (g.next() as usize) % b.len();
        let _ = read(&b[..cut]);
    }
}
