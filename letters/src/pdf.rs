//! PDF output: a [`Letter`] laid out on A4 like a Danish business letter.
//!
//! Line breaking is ours, by the font's advance widths: the letters are Danish
//! (Latin script), so one glyph per character is exact and needs no shaping
//! engine. krilla then writes the positioned glyphs, subsets the fonts and adds a
//! ToUnicode map, so the text stays real, searchable and copyable. The PDF is
//! tagged (heading, paragraphs; page numbers as artifacts) for screen readers.
//!
//! Output is deterministic: no creation date, and krilla derives the document id
//! from the content, so the same letter gives the same bytes.

use std::num::NonZeroU16;

use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, SpanTag, Tag, TagGroup, TagKind, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::Document;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};

use crate::Letter;

/// Why a letter could not be rendered. `Setup` and `Write` should not happen
/// with the built-in fonts; they are errors, not panics, because the browser
/// build must not abort. `Unsupported` names characters the letter font lacks
/// (Arabic script, say), rather than printing empty boxes in their place.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the letter font has no glyph for: {0}")]
    Unsupported(String),
    #[error("PDF set-up failed: {0}")]
    Setup(&'static str),
    #[error("the PDF could not be written: {0}")]
    Write(krilla::error::KrillaError),
}

const MM: f32 = 72.0 / 25.4;
const PAGE_W: f32 = 210.0 * MM;
const PAGE_H: f32 = 297.0 * MM;
const MARGIN: f32 = 25.0 * MM;
const LEFT: f32 = MARGIN;
const WIDTH: f32 = PAGE_W - 2.0 * MARGIN;
const TOP: f32 = MARGIN;
const BOTTOM: f32 = PAGE_H - MARGIN;

const BODY: f32 = 11.0;
const LEADING: f32 = 15.0;
const SUBJECT: f32 = 13.0;
const SUBJECT_LEADING: f32 = 18.0;
const FOOTER: f32 = 9.0;
/// Space after a paragraph: enough to separate, less than a blank line.
const PARA_GAP: f32 = 7.0;
/// The sender block starts here (top right); the recipient gets the rest.
const SENDER_X: f32 = LEFT + WIDTH * 0.55;
const COLUMN_GAP: f32 = 14.0;

/// Lay out a letter on A4 pages and return the PDF bytes.
pub fn render(letter: &Letter) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts::load()?;
    let layout = Layout::of(letter, &fonts);
    let missing = fonts.missing();
    if !missing.is_empty() {
        return Err(PdfError::Unsupported(missing.into_iter().collect()));
    }
    draw(letter, &fonts, &layout)
}

/// The letter fonts: DejaVu Sans cut down to what a letter to a Danish
/// authority needs (letters/fonts/README.md), so the web build does not carry
/// the whole 1.5 MB family.
const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans-letters.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold-letters.ttf");

/// Whether the letter font can write `c` (line breaks and tabs need no glyph).
pub fn has_glyph(c: char) -> bool {
    c.is_control() || FontRef::new(REGULAR).is_ok_and(|f| f.charmap().map(c).is_some())
}

/// A font with what line breaking needs.
struct Face {
    pdf: Font,
    charmap: skrifa::charmap::Charmap<'static>,
    /// Advances in em (metrics at 1 ppem).
    metrics: GlyphMetrics<'static>,
    /// Characters asked for that the font lacks.
    missing: std::cell::RefCell<std::collections::BTreeSet<char>>,
}

impl Face {
    fn load(bytes: &'static [u8]) -> Result<Self, PdfError> {
        let font = FontRef::new(bytes).map_err(|_| PdfError::Setup("font"))?;
        Ok(Face {
            pdf: Font::new(bytes.into(), 0).ok_or(PdfError::Setup("font"))?,
            charmap: font.charmap(),
            metrics: font.glyph_metrics(Size::new(1.0), LocationRef::default()),
            missing: Default::default(),
        })
    }

    /// Glyph id (0 = .notdef for a character the font lacks) and advance in em.
    fn glyph(&self, c: char) -> (u32, f32) {
        let id = self.charmap.map(c).unwrap_or_else(|| {
            if !c.is_control() {
                self.missing.borrow_mut().insert(c);
            }
            Default::default()
        });
        (id.to_u32(), self.metrics.advance_width(id).unwrap_or(0.0))
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c).1).sum::<f32>() * size
    }

    fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        text.char_indices()
            .map(|(i, c)| {
                let (id, advance) = self.glyph(c);
                let range = i..i + c.len_utf8();
                KrillaGlyph::new(GlyphId::new(id), advance, 0.0, 0.0, 0.0, range, None)
            })
            .collect()
    }
}

struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    fn load() -> Result<Self, PdfError> {
        Ok(Fonts {
            regular: Face::load(REGULAR)?,
            bold: Face::load(BOLD)?,
        })
    }

    /// Every character the layout asked for that a font lacks.
    fn missing(&self) -> std::collections::BTreeSet<char> {
        let mut all = self.regular.missing.borrow().clone();
        all.extend(self.bold.missing.borrow().iter().copied());
        all
    }

    fn face(&self, bold: bool) -> &Face {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }
}

/// What a block is, for the tag tree.
#[derive(Clone, Copy)]
enum Kind {
    Paragraph,
    Title,
    Heading,
}

/// One line of text placed on a page.
struct Run {
    page: usize,
    x: f32,
    baseline: f32,
    bold: bool,
    size: f32,
    text: String,
    block: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Right,
}

/// Text style: font weight, size and line height.
#[derive(Clone, Copy)]
struct Style {
    bold: bool,
    size: f32,
    leading: f32,
}

const BODY_STYLE: Style = Style {
    bold: false,
    size: BODY,
    leading: LEADING,
};
const BOLD_STYLE: Style = Style {
    bold: true,
    size: BODY,
    leading: LEADING,
};

/// The flowed letter: every line with its page and position, in reading order
/// per block, and the blocks in reading order.
struct Layout<'f> {
    fonts: &'f Fonts,
    runs: Vec<Run>,
    blocks: Vec<Kind>,
    page: usize,
    y: f32,
}

impl<'f> Layout<'f> {
    fn of(letter: &Letter, fonts: &'f Fonts) -> Self {
        let mut l = Layout {
            fonts,
            runs: Vec::new(),
            blocks: Vec::new(),
            page: 0,
            y: TOP,
        };

        // Sender top right, recipient top left, side by side row by row so that
        // a very long block still flows onto the next page.
        let sender = l.wrap_all(&letter.sender, BODY_STYLE, LEFT + WIDTH - SENDER_X);
        let recipient = l.wrap_all(&letter.recipient, BODY_STYLE, SENDER_X - LEFT - COLUMN_GAP);
        let (sb, rb) = (l.block(Kind::Paragraph), l.block(Kind::Paragraph));
        for i in 0..sender.len().max(recipient.len()) {
            let baseline = l.line_box(BODY_STYLE);
            if let Some(t) = recipient.get(i) {
                l.push(rb, LEFT, baseline, BODY_STYLE, t);
            }
            if let Some(t) = sender.get(i) {
                l.push(sb, SENDER_X, baseline, BODY_STYLE, t);
            }
        }

        l.gap(LEADING);
        let b = l.block(Kind::Paragraph);
        l.text(b, &letter.place_date, BODY_STYLE, Align::Right);
        if let Some(case) = &letter.case_line {
            l.gap(LEADING);
            let b = l.block(Kind::Paragraph);
            l.text(b, case, BODY_STYLE, Align::Left);
        }

        l.gap(LEADING);
        let b = l.block(Kind::Title);
        let subject = Style {
            bold: true,
            size: SUBJECT,
            leading: SUBJECT_LEADING,
        };
        l.text(b, &letter.subject, subject, Align::Left);
        l.gap(PARA_GAP);

        for section in &letter.sections {
            if let Some(heading) = &section.heading {
                l.gap(PARA_GAP);
                // Keep a heading with the first line under it.
                l.keep(2.0 * LEADING);
                let b = l.block(Kind::Heading);
                l.text(b, heading, BOLD_STYLE, Align::Left);
            }
            for paragraph in &section.paragraphs {
                let b = l.block(Kind::Paragraph);
                l.text(b, paragraph, BODY_STYLE, Align::Left);
                l.gap(PARA_GAP);
            }
        }

        // Closing, room for a handwritten signature, and the name: one unit.
        l.gap(LEADING - PARA_GAP);
        let closing = l.wrap(&letter.closing, BODY_STYLE, WIDTH);
        l.keep((closing.len() + 3) as f32 * LEADING);
        let b = l.block(Kind::Paragraph);
        l.text(b, &letter.closing, BODY_STYLE, Align::Left);
        l.gap(2.0 * LEADING);
        let b = l.block(Kind::Paragraph);
        l.text(b, &letter.signature, BODY_STYLE, Align::Left);

        if !letter.enclosures.is_empty() {
            l.gap(2.0 * LEADING);
            l.keep(2.0 * LEADING);
            let b = l.block(Kind::Heading);
            l.text(b, "Bilag", BOLD_STYLE, Align::Left);
            for enclosure in &letter.enclosures {
                let b = l.block(Kind::Paragraph);
                l.text(b, enclosure, BODY_STYLE, Align::Left);
            }
        }
        l
    }

    fn pages(&self) -> usize {
        self.page + 1
    }

    fn block(&mut self, kind: Kind) -> usize {
        self.blocks.push(kind);
        self.blocks.len() - 1
    }

    fn new_page(&mut self) {
        self.page += 1;
        self.y = TOP;
    }

    /// Start a new page unless `height` still fits (or we are at the top anyway).
    fn keep(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP {
            self.new_page();
        }
    }

    /// Vertical space; dropped at the top of a page.
    fn gap(&mut self, height: f32) {
        if self.y > TOP {
            self.y += height;
        }
    }

    /// Reserve one line, breaking the page if needed; returns its baseline.
    fn line_box(&mut self, style: Style) -> f32 {
        self.keep(style.leading);
        let baseline = self.y + style.size;
        self.y += style.leading;
        baseline
    }

    fn push(&mut self, block: usize, x: f32, baseline: f32, style: Style, text: &str) {
        if !text.is_empty() {
            self.runs.push(Run {
                page: self.page,
                x,
                baseline,
                bold: style.bold,
                size: style.size,
                text: text.to_owned(),
                block,
            });
        }
    }

    /// Wrapped text across the full text width. No paragraph starts or ends
    /// with a single line on a page (no orphans or widows).
    fn text(&mut self, block: usize, text: &str, style: Style, align: Align) {
        let lines = self.wrap(text, style, WIDTH);
        let n = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            match (i, n) {
                (0, 3) => self.keep(3.0 * style.leading),
                (0, 2..) => self.keep(2.0 * style.leading),
                (i, 4..) if i == n - 2 => self.keep(2.0 * style.leading),
                _ => {}
            }
            let baseline = self.line_box(style);
            let x = match align {
                Align::Left => LEFT,
                Align::Right => LEFT + WIDTH - self.fonts.face(style.bold).width(&line, style.size),
            };
            self.push(block, x, baseline, style, &line);
        }
    }

    fn wrap_all(&self, lines: &[String], style: Style, width: f32) -> Vec<String> {
        lines
            .iter()
            .flat_map(|l| self.wrap(l, style, width))
            .collect()
    }

    /// Greedy line breaking at spaces; `\n` forces a break. A word wider than
    /// the line is cut between characters so no text is lost. "§ 19" is kept
    /// together, as Danish typesetting does.
    fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        let face = self.fonts.face(style.bold);
        let measure = |s: &str| face.width(s, style.size);
        let space = measure(" ");
        let mut lines = Vec::new();
        for hard_line in clean(text).split('\n') {
            let mut line = String::new();
            let mut line_w = 0.0;
            for word in words(hard_line) {
                let w = measure(&word);
                if !line.is_empty() && line_w + space + w <= width {
                    line.push(' ');
                    line.push_str(&word);
                    line_w += space + w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                line_w = 0.0;
                for c in word.chars() {
                    let cw = face.glyph(c).1 * style.size;
                    if !line.is_empty() && line_w + cw > width {
                        lines.push(std::mem::take(&mut line));
                        line_w = 0.0;
                    }
                    line.push(c);
                    line_w += cw;
                }
            }
            lines.push(line);
        }
        lines
    }
}

/// Tabs and other breaking white space become spaces; control characters and
/// soft hyphens (we do not hyphenate) are dropped.
fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\u{a0}' | '\u{202f}' => Some(c),
            '\r' | '\u{ad}' => None,
            c if c.is_whitespace() => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Words of one line, with "§"/"§§" glued to the number after it and a day
/// glued to its month ("14. december"), as Danish typesetting keeps them.
fn words(line: &str) -> Vec<String> {
    const MONTHS: [&str; 12] = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
        "december",
    ];
    let is_day = |w: &str| {
        w.strip_suffix('.').is_some_and(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut out: Vec<String> = Vec::new();
    let mut glue = false;
    let mut after_day = false;
    for word in line.split(' ').filter(|w| !w.is_empty()) {
        let month = after_day && MONTHS.iter().any(|m| word.trim_end_matches([',', '.', ';', ':', ')']).eq_ignore_ascii_case(m));
        match out.last_mut() {
            Some(last) if glue || month => {
                last.push(' ');
                last.push_str(word);
            }
            _ => out.push(word.to_owned()),
        }
        glue = word == "§" || word == "§§";
        after_day = is_day(word);
    }
    out
}


fn draw(letter: &Letter, fonts: &Fonts, layout: &Layout) -> Result<Vec<u8>, PdfError> {
    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(letter.subject.clone())
            .language("da".to_owned())
            .creator("Ret og Frist".to_owned()),
    );
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or(PdfError::Setup("page size"))?;
    let pages = layout.pages();
    let mut ids: Vec<Vec<Identifier>> = vec![Vec::new(); layout.blocks.len()];
    let mut runs = layout.runs.iter().peekable();
    for page_no in 0..pages {
        let mut page = doc.start_page_with(settings.clone());
        let mut surface = page.surface();
        while let Some(run) = runs.next_if(|r| r.page == page_no) {
            let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
            line(
                &mut surface,
                fonts.face(run.bold),
                run.x,
                run.baseline,
                run.size,
                &run.text,
            );
            surface.end_tagged();
            ids[run.block].push(id);
        }
        let footer = format!("Side {} af {}", page_no + 1, pages);
        let x = LEFT + WIDTH - fonts.regular.width(&footer, FOOTER);
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::PageNumber,
        )));
        line(
            &mut surface,
            &fonts.regular,
            x,
            PAGE_H - MARGIN / 2.0,
            FOOTER,
            &footer,
        );
        surface.end_tagged();
        // A note to the sender when an overridden rule was used (not part of the letter).
        if let Some(note) = &letter.override_note {
            surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(ArtifactType::Footer)));
            line(&mut surface, &fonts.regular, LEFT, PAGE_H - MARGIN / 2.0 - FOOTER * 1.6, FOOTER, note);
            surface.end_tagged();
        }
        surface.finish();
        page.finish();
    }

    let mut tree = TagTree::new().with_lang(Some("da".to_owned()));
    for (kind, ids) in layout.blocks.iter().zip(ids) {
        if ids.is_empty() {
            continue;
        }
        let tag: TagKind = match kind {
            Kind::Paragraph => Tag::P.into(),
            Kind::Title => Tag::Hn(NonZeroU16::MIN, Some(letter.subject.clone())).into(),
            Kind::Heading => Tag::Hn(NonZeroU16::MIN.saturating_add(1), None).into(),
        };
        let mut group = TagGroup::new(tag);
        for id in ids {
            group.push(id);
        }
        tree.push(group);
    }
    doc.set_tag_tree(tree);
    doc.finish().map_err(PdfError::Write)
}

fn line(surface: &mut Surface, face: &Face, x: f32, baseline: f32, size: f32, text: &str) {
    let glyphs = face.glyphs(text);
    surface.draw_glyphs(
        Point::from_xy(x, baseline),
        &glyphs,
        face.pdf.clone(),
        text,
        size,
        false,
    );
}

#[cfg(test)]
mod words_tests {
    use super::words;

    #[test]
    fn paragraph_sign_and_dates_stay_with_their_number() {
        assert_eq!(words("efter § 19 senest 14. december 2026."), ["efter", "§ 19", "senest", "14. december", "2026."]);
        assert_eq!(words("den 1. maj, og"), ["den", "1. maj,", "og"]);
        // A numbered point is not a date.
        assert_eq!(words("punkt 3. Jeg mener"), ["punkt", "3.", "Jeg", "mener"]);
    }
}
