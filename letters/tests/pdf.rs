//! The PDF output, checked by parsing it back with lopdf: pages, page size and
//! the extracted text (so we know the text is real text, not outlines).

use lopdf::{Document, Object};
use ret_og_frist_letters::pdf::render;
use ret_og_frist_letters::{Letter, Section};

fn letter(sections: Vec<Section>, enclosures: Vec<String>) -> Letter {
    Letter {
        kind: "partshoering".into(),
        sender: vec![
            "Søren Ærø Åberg".into(),
            "Østergade 12, 2. th.".into(),
            "2100 København Ø".into(),
            "Tlf. 12 34 56 78".into(),
        ],
        recipient: vec![
            "Københavns Kommune".into(),
            "Jobcenter København".into(),
            "Gyldenløvesgade 15".into(),
            "1600 København V".into(),
        ],
        place_date: "København, 22. november 2026".into(),
        case_line: Some("Jeres sagsnummer: 2026-1234".into()),
        subject: "Bemærkninger til partshøring om sygedagpenge".into(),
        sections,
        closing: "Med venlig hilsen".into(),
        signature: "Søren Ærø Åberg".into(),
        enclosures,
        override_note: None,
    }
}

const FIRST: &str = "Jeg har modtaget jeres brev af 3. november 2026 om partshøring efter \
forvaltningslovens § 19, og jeg vil gerne komme med mine bemærkninger.";
const QUOTE: &str = "I skriver, at jeg “ikke har medvirket” – det er ikke korrekt; \
jeg har deltaget i alle møder, også dem der blev flyttet med kort varsel.";

fn long_letter() -> Letter {
    let filler = "Sagen har stor betydning for mig og min familie, og jeg beder jer derfor \
om at læse mine bemærkninger grundigt, før I træffer afgørelse. Jeg henviser til \
lægeerklæringen, der viser, at min arbejdsevne fortsat er nedsat på grund af sygdom.";
    let sections = (1..=6)
        .map(|i| Section {
            heading: Some(format!("{i}. Mine bemærkninger, del {i}")),
            paragraphs: if i == 1 {
                vec![FIRST.into(), QUOTE.into(), filler.into()]
            } else {
                vec![filler.into(), filler.into()]
            },
        })
        .collect();
    letter(
        sections,
        vec![
            "Bilag 1: Lægeerklæring af 3. november 2026".into(),
            "Bilag 2: Mail fra jobcentret af 10. oktober 2026".into(),
        ],
    )
}

fn short_letter() -> Letter {
    letter(
        vec![Section {
            heading: None,
            paragraphs: vec![FIRST.into(), QUOTE.into()],
        }],
        vec![],
    )
}

/// Page count, every page's MediaBox, and the text of all pages.
fn parse(bytes: &[u8]) -> (usize, Vec<[f32; 4]>, String) {
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF header");
    let doc = Document::load_mem(bytes).expect("valid PDF");
    let pages = doc.get_pages();
    let boxes = pages
        .values()
        .map(|&id| {
            let page = doc.get_dictionary(id).unwrap();
            let b = page.get(b"MediaBox").unwrap().as_array().unwrap();
            let n = |o: &Object| {
                o.as_float()
                    .or_else(|_| o.as_i64().map(|i| i as f32))
                    .unwrap()
            };
            [n(&b[0]), n(&b[1]), n(&b[2]), n(&b[3])]
        })
        .collect();
    let numbers: Vec<u32> = pages.keys().copied().collect();
    let text = doc.extract_text(&numbers).expect("text");
    (pages.len(), boxes, text)
}

/// Extracted text with line breaks and runs of spaces made single spaces, so a
/// sentence that wrapped can still be found.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn long_letter_flows_onto_more_a4_pages_with_real_text() {
    let bytes = render(&long_letter()).unwrap();
    let (pages, boxes, text) = parse(&bytes);
    let text = flat(&text);
    assert!(pages >= 2, "expected 2+ pages, got {pages}");
    for b in boxes {
        assert!(
            (b[2] - b[0] - 595.0).abs() <= 1.0 && (b[3] - b[1] - 842.0).abs() <= 1.0,
            "{b:?}"
        );
    }
    for needle in [
        "Bemærkninger til partshøring om sygedagpenge",
        &flat(FIRST),
        "“ikke har medvirket” – det er ikke korrekt",
        "Bilag",
        "Bilag 2: Mail fra jobcentret af 10. oktober 2026",
        "æ",
        "Søren Ærø Åberg",
        "§ 19",
        "Side 1 af",
        &format!("Side {pages} af {pages}"),
        "Med venlig hilsen",
    ] {
        assert!(text.contains(needle), "{needle:?} missing in {text:?}");
    }
    let mut danish = long_letter();
    danish.sections[0].paragraphs.push("æøå ÆØÅ".into());
    let text = flat(&parse(&render(&danish).unwrap()).2);
    assert!(text.contains("æøå ÆØÅ"), "{text}");
}

#[test]
fn short_letter_is_one_page() {
    let (pages, _, text) = parse(&render(&short_letter()).unwrap());
    assert_eq!(pages, 1);
    assert!(flat(&text).contains("Side 1 af 1"));
}

#[test]
fn rendering_is_deterministic() {
    assert_eq!(
        render(&long_letter()).unwrap(),
        render(&long_letter()).unwrap()
    );
}

#[test]
fn word_longer_than_a_line_is_cut_not_lost() {
    let word =
        "Arbejdsmarkedsparathedsvurderingsprocedurebeskrivelsesdokumentationsgrundlag".repeat(3);
    let mut l = short_letter();
    l.sections[0].paragraphs.push(format!("Se {word} her."));
    l.sender.push(format!("e-mail: {word}@example.dk"));
    let (_, _, text) = parse(&render(&l).unwrap());
    let joined: String = text.split_whitespace().collect();
    assert!(joined.contains(&format!("Se{word}her.")), "{text}");
    assert!(
        joined.contains(&format!("e-mail:{word}@example.dk")),
        "{text}"
    );
}

#[test]
fn empty_letter_still_renders() {
    let l = Letter {
        kind: String::new(),
        sender: vec![],
        recipient: vec![],
        place_date: String::new(),
        case_line: None,
        subject: String::new(),
        sections: vec![],
        closing: String::new(),
        signature: String::new(),
        enclosures: vec![],
        override_note: None,
    };
    assert_eq!(parse(&render(&l).unwrap()).0, 1);
}

/// The note about an overridden rule is printed (as a footer artifact) on every page.
#[test]
fn override_note_is_printed() {
    let mut l = long_letter();
    l.override_note = Some("Til dig: en rådgiver har rettet frist.complaint".into());
    let (pages, _, text) = parse(&render(&l).unwrap());
    assert!(pages >= 2);
    assert_eq!(text.matches("rettet frist.complaint").count(), pages, "{text}");
}
