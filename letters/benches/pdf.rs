//! Rendering a typical one-page partshøring reply. Goal: < 200 ms per render,
//! also in the browser (wasm is slower than native, so native should be far below).

use criterion::{criterion_group, criterion_main, Criterion};
use ret_og_frist_letters::{pdf, Letter, Section};

fn partshoering() -> Letter {
    Letter {
        kind: "partshoering".into(),
        sender: vec![
            "Søren Ærø Åberg".into(),
            "Østergade 12, 2. th.".into(),
            "2100 København Ø".into(),
            "soren@example.dk".into(),
        ],
        recipient: vec![
            "Københavns Kommune".into(),
            "Jobcenter København".into(),
            "Gyldenløvesgade 15".into(),
            "1600 København V".into(),
        ],
        place_date: "København, 22. november 2026".into(),
        case_line: Some("Jeres sagsnummer: 2026-1234".into()),
        subject: "Bemærkninger til partshøring om ophør af sygedagpenge".into(),
        sections: vec![
            Section {
                heading: None,
                paragraphs: vec![
                    "Jeg har modtaget jeres brev af 10. november 2026, hvor I skriver, at I \
                     overvejer at stoppe mine sygedagpenge. Jeg har fået frist til at svare \
                     efter forvaltningslovens § 19."
                        .into(),
                ],
            },
            Section {
                heading: Some("Mine bemærkninger".into()),
                paragraphs: vec![
                    "I skriver, at jeg “ikke har medvirket” til opfølgningen. Det er ikke \
                     korrekt: jeg meldte afbud til mødet den 3. november 2026 på grund af \
                     indlæggelse, og jeg har deltaget i alle andre møder."
                        .into(),
                    "Min læge vurderer, at jeg fortsat er uarbejdsdygtig – se lægeerklæringen \
                     i bilag 1. Jeg beder jer inddrage den, før I træffer afgørelse."
                        .into(),
                ],
            },
            Section {
                heading: Some("Aktindsigt".into()),
                paragraphs: vec![
                    "Jeg beder samtidig om aktindsigt i min sag efter forvaltningslovens § 9."
                        .into(),
                ],
            },
        ],
        closing: "Med venlig hilsen".into(),
        signature: "Søren Ærø Åberg".into(),
        enclosures: vec!["Bilag 1: Lægeerklæring af 3. november 2026".into()],
        override_note: None,
    }
}

fn bench(c: &mut Criterion) {
    let letter = partshoering();
    c.bench_function("render one-page partshøring reply", |b| {
        b.iter(|| pdf::render(std::hint::black_box(&letter)).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
