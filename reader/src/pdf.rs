//! The text layer of a PDF, with its line breaks.
//!
//! lopdf parses the file and decodes each font's encoding (simple encodings,
//! `/Differences`, `/ToUnicode` CMaps). Its own `extract_text` only breaks lines
//! at `T*`/`ET`, so lines positioned with `Td`/`Tm` (how most generators,
//! krilla included, place each line) would run together; the sentence splitter
//! needs those breaks, so we walk the content stream here and break a line
//! whenever the baseline moves.
//!
//! Everything is bounded, because a PDF is untrusted input and the browser build
//! cannot catch a panic or an out-of-memory: file size (checked by the caller),
//! pages, objects, decompressed bytes per stream and per page, text length.

use std::collections::BTreeMap;

use lopdf::content::Content;
use lopdf::Encoding;
use lopdf::{Document, LoadOptions, Object};

use crate::ReadError;

/// More pages than any decision letter has (they run 1–10 pages with annexes).
pub const MAX_PAGES: usize = 60;
/// Objects in the file: a 60-page text letter has a few hundred.
pub const MAX_OBJECTS: usize = 50_000;
/// Decompressed bytes per stream and per page content.
pub const MAX_STREAM: usize = 8 * 1024 * 1024;
/// A text run starting this far (pt, ≈ 7 cm) right of the previous run's
/// start on the same baseline is another column, not the next word.
const COLUMN_JUMP: f32 = 200.0;
/// Characters of text taken from the whole document.
pub const MAX_TEXT: usize = 2 * 1024 * 1024;

/// The text of every page, lines separated by `\n`, pages by a blank line.
pub fn text(bytes: &[u8]) -> Result<String, ReadError> {
    let options = LoadOptions { max_decompressed_size: Some(MAX_STREAM), ..LoadOptions::default() };
    let doc = Document::load_mem_with_options(bytes, options).map_err(|e| match e {
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => ReadError::PdfEncrypted,
        other => ReadError::PdfUnreadable(first_line(&other.to_string())),
    })?;
    if doc.is_encrypted() && doc.encryption_state.is_none() {
        return Err(ReadError::PdfEncrypted);
    }
    if doc.objects.len() > MAX_OBJECTS {
        return Err(ReadError::PdfTooComplex { objects: doc.objects.len(), limit: MAX_OBJECTS });
    }
    let pages = doc.get_pages();
    if pages.len() > MAX_PAGES {
        return Err(ReadError::TooManyPages { pages: pages.len(), limit: MAX_PAGES });
    }
    let mut out = String::new();
    for page_id in pages.values() {
        // A page that cannot be read is skipped, not fatal: the others may carry
        // the letter; if none does, the caller reports "no text layer".
        if let Ok(page) = page_text(&doc, *page_id) {
            out.push_str(&page);
            out.push_str("\n\n");
        }
        if out.len() > MAX_TEXT {
            break;
        }
    }
    Ok(out)
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").chars().take(200).collect()
}

/// One page: decode each text-showing operator with its font's encoding and
/// put a line break where the baseline changes.
fn page_text(doc: &Document, page_id: lopdf::ObjectId) -> Result<String, lopdf::Error> {
    let fonts = doc.get_page_fonts(page_id)?;
    let encodings: BTreeMap<Vec<u8>, Encoding> = fonts
        .into_iter()
        .filter_map(|(name, font)| font.get_font_encoding_with_limit(doc, MAX_STREAM).ok().map(|e| (name, e)))
        .collect();
    let content = Content::decode(&doc.get_page_content_with_limit(page_id, MAX_STREAM)?)?;

    let mut out = String::new();
    let mut enc: Option<&Encoding> = None;
    // Text line matrix: x, y of the current line start (PDF 32000-1 §9.4.2),
    // with the leading for T*.
    let (mut lx, mut ly, mut leading) = (0.0f32, 0.0f32, 0.0f32);
    // Baseline and x of the last text shown.
    let mut last_y: Option<f32> = None;
    let mut last_x = 0.0f32;
    let num = |o: &Object| o.as_float().ok().or_else(|| o.as_i64().ok().map(|i| i as f32)).unwrap_or(0.0);
    for op in &content.operations {
        let args = &op.operands;
        match op.operator.as_str() {
            "BT" => {
                lx = 0.0;
                ly = 0.0;
            }
            "Tf" => enc = args.first().and_then(|n| n.as_name().ok()).and_then(|n| encodings.get(n)),
            "TL" => leading = args.first().map(num).unwrap_or(0.0),
            "Td" | "TD" if args.len() == 2 => {
                lx += num(&args[0]);
                ly += num(&args[1]);
                if op.operator == "TD" {
                    leading = -num(&args[1]);
                }
            }
            "Tm" if args.len() == 6 => {
                lx = num(&args[4]);
                ly = num(&args[5]);
            }
            "T*" => ly -= leading,
            "'" | "\"" => ly -= leading,
            _ => {}
        }
        let shown: Option<&[Object]> = match op.operator.as_str() {
            "Tj" | "TJ" | "'" => Some(args),
            "\"" => args.get(2).map(std::slice::from_ref),
            _ => None,
        };
        let (Some(shown), Some(enc)) = (shown, enc) else { continue };
        let mut piece = String::new();
        collect(&mut piece, enc, shown);
        if piece.is_empty() {
            continue;
        }
        // A new baseline, a jump back, or a jump far right (the sender block
        // beside the recipient block) starts a new line; a small step right is
        // the next word of the same line.
        match last_y {
            Some(y) if (y - ly).abs() > 1.0 || lx < last_x - 1.0 || lx > last_x + COLUMN_JUMP => out.push('\n'),
            Some(_) if lx > last_x && !out.ends_with(' ') && !piece.starts_with(' ') => out.push(' '),
            _ => {}
        }
        last_y = Some(ly);
        last_x = lx;
        out.push_str(&piece);
        if out.len() > MAX_TEXT {
            break;
        }
    }
    Ok(out)
}

/// Strings decoded; a large negative kerning in a TJ array is a word gap.
fn collect(out: &mut String, enc: &Encoding, operands: &[Object]) {
    for o in operands {
        match o {
            Object::String(bytes, _) => {
                let _ = enc.write_to_string(bytes, out);
            }
            Object::Array(items) => collect(out, enc, items),
            Object::Integer(i) if *i < -200 => out.push(' '),
            Object::Real(r) if *r < -200.0 => out.push(' '),
            _ => {}
        }
    }
}
