//! Plain text of a letter, to paste into Digital Post or an e-mail.

use crate::model::Letter;

/// The letter as plain text, blocks separated by blank lines.
pub fn render(l: &Letter) -> String {
    let mut blocks: Vec<String> = vec![l.sender.join("\n"), l.recipient.join("\n")];
    let mut dated = vec![l.place_date.clone()];
    dated.extend(l.case_line.clone());
    blocks.push(dated.join("\n"));
    blocks.push(l.subject.clone());
    for s in &l.sections {
        if let Some(h) = &s.heading {
            blocks.push(h.clone());
        }
        blocks.extend(s.paragraphs.iter().cloned());
    }
    blocks.push(format!("{}\n\n{}", l.closing, l.signature));
    if !l.enclosures.is_empty() {
        blocks.push(l.enclosures.join("\n"));
    }
    if let Some(note) = &l.override_note {
        blocks.push(format!("---\n{note}"));
    }
    let mut out = blocks.into_iter().filter(|b| !b.trim().is_empty()).collect::<Vec<_>>().join("\n\n");
    out.push('\n');
    out
}
