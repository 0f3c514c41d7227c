//! The pattern data: it parses, every row's example sentence matches the row,
//! and a broken row is refused with a message naming it.

use ret_og_frist_reader::{builtin, Patterns};

#[test]
fn every_example_matches_its_row() {
    let p = builtin().expect("brevlaeser.toml parses");
    assert!(p.rows.len() > 40);
    for row in &p.rows {
        assert!(row.regex.is_match(&row.example), "{}: example '{}' does not match", row.id, row.example);
        if let Some(u) = &row.unless {
            assert!(!u.is_match(&row.example), "{}: example '{}' is excluded by `unless`", row.id, row.example);
        }
    }
}

#[test]
fn bad_rows_are_refused_by_name() {
    let base = ret_og_frist_reader::patterns::BUILTIN;
    let bad_value = format!("{base}\n[[pattern]]\nid = \"x\"\nfield = \"decision\"\nvalue = \"maybe\"\nregex = 'x'\nexample = \"x\"\n");
    let e = Patterns::parse(&bad_value).unwrap_err().to_string();
    assert!(e.contains("pattern x") && e.contains("'maybe'"), "{e}");
    let no_date = format!("{base}\n[[pattern]]\nid = \"y\"\nfield = \"letter_date\"\nregex = 'dato'\nexample = \"dato\"\n");
    let e = Patterns::parse(&no_date).unwrap_err().to_string();
    assert!(e.contains("pattern y") && e.contains("{date}"), "{e}");
    let twice = format!("{base}\n[[pattern]]\nid = \"law.forvaltningsloven\"\nfield = \"law\"\nvalue = \"x\"\nregex = 'x'\nexample = \"x\"\n");
    assert!(Patterns::parse(&twice).unwrap_err().to_string().contains("used twice"));
}
