//! Letter reader: a Danish decision or partshøring (pasted text or a PDF with a
//! text layer) → the facts the rest of the app asks for, each with the sentence
//! it came from.
//!
//! What counts as a phrase lives in `rules/dk/brevlaeser.toml`; this crate
//! only normalises the text, runs the rows and adds up their hits. Unknown is
//! `None` plus a warning, never a guess; two different candidates for one fact
//! (two letter dates) are both reported in `conflicts` for the person to pick.
//! No I/O: callers hand over bytes, so the same code runs in the CLI, the
//! browser (wasm32) and the desktop window.

pub mod patterns;
pub mod pdf;
pub mod text;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use chrono::NaiveDate;
use regex::Regex;
use serde::Serialize;

pub use patterns::{Field, PatternError, Patterns};
use text::Sentence;

/// Largest input accepted: a letter PDF is well under 1 MB; 10 MB leaves room
/// for scans with a text layer without letting a stray video in.
pub const MAX_INPUT: usize = 10 * 1024 * 1024;

/// Why a file could not be read. Each has a stable [`ReadError::code`] the UI
/// can word in the user's language (and offer the manual path).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is {bytes} bytes; the limit is {limit} bytes (10 MB)")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the file is not text or PDF (binary data)")]
    Binary,
    #[error("the PDF has no text layer (a scanned image?): type the facts in by hand instead")]
    NoTextLayer,
    #[error("the PDF could not be read: {0}")]
    PdfUnreadable(String),
    #[error("the PDF is password-protected")]
    PdfEncrypted,
    #[error("the PDF has {pages} pages; the limit is {limit}")]
    TooManyPages { pages: usize, limit: usize },
    #[error("the PDF has {objects} objects; the limit is {limit}")]
    PdfTooComplex { objects: usize, limit: usize },
    #[error("the letter does not look Danish ({share}% Danish words): only Danish letters can be read")]
    NotDanish { share: u32 },
}

impl ReadError {
    /// Stable id for translations and scripts.
    pub fn code(&self) -> &'static str {
        match self {
            ReadError::Empty => "empty",
            ReadError::TooLarge { .. } => "too-large",
            ReadError::Binary => "binary",
            ReadError::NoTextLayer => "no-text-layer",
            ReadError::PdfUnreadable(_) => "pdf-unreadable",
            ReadError::PdfEncrypted => "pdf-encrypted",
            ReadError::TooManyPages { .. } => "too-many-pages",
            ReadError::PdfTooComplex { .. } => "pdf-too-complex",
            ReadError::NotDanish { .. } => "not-danish",
        }
    }
}

/// What the letter says. Field names are the CLI's JSON interface: only ever added to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reading {
    /// "decision", "partshoering" or "other".
    pub kind: String,
    /// For a partshøring: the decision the authority says it is considering.
    pub decision: Option<String>,
    pub authority: Authority,
    pub benefit: Option<String>,
    pub letter_date: Option<NaiveDate>,
    pub reply_by: Option<NaiveDate>,
    /// A recurring monthly benefit amount (whole kroner), never a deduction.
    pub amount_monthly: Option<i64>,
    /// A one-off sanction, repayment or deduction amount (whole kroner).
    pub amount_one_off: Option<i64>,
    pub complaint_guidance: bool,
    pub complaint_deadline_stated: Option<String>,
    pub reasons_given: bool,
    /// § cited, in order, e.g. "§ 69 b, stk. 1 i lov om aktiv socialpolitik".
    pub paragraphs: Vec<String>,
    /// Field → the sentence the value came from.
    pub evidence: BTreeMap<String, String>,
    /// Field → the pattern row that decided it and the § the row names.
    pub matched: BTreeMap<String, Matched>,
    pub warnings: Vec<Warning>,
    pub conflicts: Vec<Conflict>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Authority {
    pub kind: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Matched {
    pub pattern: String,
    pub paragraph: Option<String>,
}

/// `code`: "unknown" (field left null), "conflict" (see `conflicts`),
/// "reply-period" (a reply time in days/weeks, not a date),
/// "no-complaint-deadline" (guidance without a stated deadline).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub code: String,
    pub field: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub field: String,
    pub candidates: Vec<Candidate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    pub value: String,
    pub sentence: String,
}

/// The built-in patterns, compiled once.
pub fn builtin() -> Result<&'static Patterns, PatternError> {
    static P: OnceLock<Result<Patterns, String>> = OnceLock::new();
    P.get_or_init(|| Patterns::parse(patterns::BUILTIN).map_err(|e| e.0))
        .as_ref()
        .map_err(|e| PatternError(e.clone()))
}

/// Read a file's bytes: PDF (by its `%PDF-` magic) or text (UTF-8, UTF-16 with
/// BOM, else Latin-1).
pub fn read(bytes: &[u8]) -> Result<Reading, ReadError> {
    let text = letter_text(bytes)?;
    read_text(&text)
}

/// The letter's text from a file's bytes, with the input checks of [`read`].
pub fn letter_text(bytes: &[u8]) -> Result<String, ReadError> {
    if bytes.len() > MAX_INPUT {
        return Err(ReadError::TooLarge { bytes: bytes.len(), limit: MAX_INPUT });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty);
    }
    // PDF 32000-1 §7.5.2 allows bytes before the header; readers look in the first KB.
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        let t = pdf::text(bytes)?;
        if t.chars().filter(|c| c.is_alphabetic()).count() < 20 {
            return Err(ReadError::NoTextLayer);
        }
        return Ok(t);
    }
    decode(bytes)
}

fn decode(bytes: &[u8]) -> Result<String, ReadError> {
    let utf16 = |le: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) })
            .collect();
        String::from_utf16(&units).map_err(|_| ReadError::Binary)
    };
    let text = match bytes {
        [0xFF, 0xFE, ..] => utf16(true)?,
        [0xFE, 0xFF, ..] => utf16(false)?,
        _ => match std::str::from_utf8(bytes) {
            Ok(s) => s.trim_start_matches('\u{FEFF}').to_string(),
            // Old Windows text files: Latin-1 maps every byte to a char.
            Err(_) => bytes.iter().map(|&b| b as char).collect(),
        },
    };
    let control = text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}')).count();
    if text.contains('\0') || control * 100 > text.chars().count().max(1) {
        return Err(ReadError::Binary);
    }
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(text)
}

/// Read a letter's text with the built-in patterns.
pub fn read_text(text: &str) -> Result<Reading, ReadError> {
    let p = builtin().map_err(|e| ReadError::PdfUnreadable(e.to_string()))?;
    read_with(p, text)
}

/// One pattern hit in one sentence.
struct Hit<'a> {
    row: &'a patterns::Pattern,
    sentence: usize,
    /// Byte span of the value group (amount/date) in the sentence's text.
    span: (usize, usize),
    capture: Option<String>,
    name: Option<String>,
}

/// Read `text` with the given patterns.
pub fn read_with(p: &Patterns, text: &str) -> Result<Reading, ReadError> {
    if text.len() > MAX_INPUT {
        return Err(ReadError::TooLarge { bytes: text.len(), limit: MAX_INPUT });
    }
    let sentences = text::sentences(text);
    if sentences.is_empty() {
        return Err(ReadError::Empty);
    }
    check_danish(p, &sentences)?;

    let mut hits: Vec<Hit> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        for row in &p.rows {
            if row.unless.as_ref().is_some_and(|u| u.is_match(&s.text)) {
                continue;
            }
            let many = matches!(row.field, Field::AmountMonthly | Field::AmountOneOff | Field::AmountOther | Field::LetterDate | Field::ReplyBy);
            for caps in row.regex.captures_iter(&s.text) {
                let group = ["deadline", "date", "amount"].iter().find_map(|g| caps.name(g));
                let whole = caps.get(0).map(|m| (m.start(), m.end())).unwrap_or((0, 0));
                hits.push(Hit {
                    row,
                    sentence: si,
                    span: group.map(|m| (m.start(), m.end())).unwrap_or(whole),
                    capture: group.map(|m| m.as_str().to_string()),
                    name: caps.name("name").map(|m| m.as_str().to_string()).or_else(|| row.name.clone()),
                });
                if !many {
                    break;
                }
            }
        }
    }

    // Sentences about complaints (the klagevejledning) name Ankestyrelsen,
    // STAR and "ophør" of suspensive effect: they must not decide who wrote the
    // letter or what it decided.
    let mut complaint = vec![false; sentences.len()];
    for h in hits.iter().filter(|h| h.row.field == Field::ComplaintContext) {
        match h.row.value.as_deref() {
            Some("section") => complaint[h.sentence..].iter_mut().for_each(|c| *c = true),
            _ => complaint[h.sentence] = true,
        }
    }

    let mut r = Reading {
        kind: "other".into(),
        decision: None,
        authority: Authority::default(),
        benefit: None,
        letter_date: None,
        reply_by: None,
        amount_monthly: None,
        amount_one_off: None,
        complaint_guidance: false,
        complaint_deadline_stated: None,
        reasons_given: false,
        paragraphs: paragraphs(p, &sentences),
        evidence: BTreeMap::new(),
        matched: BTreeMap::new(),
        warnings: Vec::new(),
        conflicts: Vec::new(),
    };
    let of = |f: Field, skip_complaint: bool| -> Vec<&Hit> {
        hits.iter().filter(|h| h.row.field == f && !(skip_complaint && complaint[h.sentence])).collect()
    };

    // Kind.
    match choose(&of(Field::Kind, false), 1, &sentences) {
        Choice::One(v, h, score) if score >= p.scoring.kind_min_score => {
            r.kind = v;
            r.note(Field::Kind, h, &sentences);
        }
        Choice::Tie(c) => {
            r.warn("conflict", "kind", "the letter reads both as a decision and as a partshøring: pick one");
            r.conflicts.push(Conflict { field: "kind".into(), candidates: c });
        }
        _ => {}
    }

    // Decision kind: for a partshøring, the one proposed.
    if r.kind != "other" {
        // The subject line says what the letter is about: a heading hit counts more.
        let mut decision_hits = of(Field::Decision, true);
        let headings: Vec<&Hit> = decision_hits.iter().copied().filter(|h| is_heading(&sentences[h.sentence].text)).collect();
        for _ in 1..p.scoring.heading_factor {
            decision_hits.extend(headings.iter().copied());
        }
        match choose(&decision_hits, 1, &sentences) {
            Choice::One(v, h, _) => {
                r.decision = Some(v);
                r.note(Field::Decision, h, &sentences);
            }
            Choice::Tie(c) => {
                r.warn("conflict", "decision", "the letter names more than one kind of decision equally often: pick one");
                r.conflicts.push(Conflict { field: "decision".into(), candidates: c });
            }
            Choice::None => r.warn("unknown", "decision", "no phrase says what was decided"),
        }
    }

    // Authority: the letterhead counts more than later mentions.
    match choose(&of(Field::Authority, true), p.scoring.authority_first_factor, &sentences) {
        Choice::One(v, h, _) => {
            let name = of(Field::Authority, true)
                .into_iter()
                .filter(|x| x.row.value.as_deref() == Some(v.as_str()))
                .find_map(|x| x.name.clone());
            r.authority = Authority { kind: Some(v), name: name.and_then(|n| tidy_name(&n, &p.language.not_names)) };
            r.note(Field::Authority, h, &sentences);
        }
        Choice::Tie(c) => {
            r.warn("conflict", "authority", "two authorities are named equally: pick the sender");
            r.conflicts.push(Conflict { field: "authority".into(), candidates: c });
        }
        Choice::None => r.warn("unknown", "authority", "no authority named"),
    }

    // Benefit: a benefit named where the decision is stated counts extra.
    let decided_in = hits
        .iter()
        .filter(|h| h.row.field == Field::Decision && !complaint[h.sentence] && h.row.value == r.decision)
        .max_by_key(|h| (h.row.weight, std::cmp::Reverse(h.sentence)))
        .map(|h| h.sentence);
    let mut benefit_hits = of(Field::Benefit, false);
    let bonus: Vec<Hit> = benefit_hits
        .iter()
        .filter(|h| Some(h.sentence) == decided_in)
        .map(|h| Hit { row: h.row, sentence: h.sentence, span: h.span, capture: None, name: None })
        .collect();
    for _ in 0..p.scoring.benefit_decision_bonus {
        benefit_hits.extend(bonus.iter());
    }
    match choose(&benefit_hits, 1, &sentences) {
        Choice::One(v, h, _) => {
            r.benefit = Some(v);
            r.note(Field::Benefit, h, &sentences);
        }
        Choice::Tie(c) => {
            r.warn("conflict", "benefit", "more than one benefit named equally often: pick one");
            r.conflicts.push(Conflict { field: "benefit".into(), candidates: c });
        }
        Choice::None => r.warn("unknown", "benefit", "no benefit named"),
    }

    // Dates.
    let dates = |hs: Vec<&Hit>| -> Vec<(NaiveDate, usize, String, u32, usize)> {
        hs.iter()
            .filter_map(|h| {
                let d = parse_date(h.capture.as_deref()?)?;
                Some((d, h.sentence, h.row.id.clone(), h.row.weight, hits_index(&hits, h)))
            })
            .collect()
    };
    if let Some((d, h)) = r.single("letter_date", dates(of(Field::LetterDate, false)), &sentences, |d| d.to_string()) {
        r.letter_date = Some(d);
        r.note(Field::LetterDate, &hits[h], &sentences);
    } else if !r.conflicts.iter().any(|c| c.field == "letter_date") {
        r.warn("unknown", "letter_date", "no letter date found");
    }
    if r.kind == "partshoering" {
        if let Some((d, h)) = r.single("reply_by", dates(of(Field::ReplyBy, false)), &sentences, |d| d.to_string()) {
            r.reply_by = Some(d);
            r.note(Field::ReplyBy, &hits[h], &sentences);
        } else if !r.conflicts.iter().any(|c| c.field == "reply_by") {
            match of(Field::ReplyPeriod, false).first() {
                Some(h) => {
                    let t = format!("the reply time is given as a period, not a date: \"{}\"", sentences[h.sentence].text);
                    r.warn("reply-period", "reply_by", &t);
                }
                None => r.warn("unknown", "reply_by", "no reply-by date found"),
            }
        }
    }

    // Amounts: a one-off amount's figure is never also the monthly amount.
    let one_off: Vec<&Hit> = of(Field::AmountOneOff, false);
    let taken: BTreeSet<(usize, usize, usize)> =
        one_off.iter().chain(of(Field::AmountOther, false).iter()).map(|h| (h.sentence, h.span.0, h.span.1)).collect();
    let amounts = |hs: Vec<&Hit>| -> Vec<(i64, usize, String, u32, usize)> {
        hs.iter()
            .filter_map(|h| Some((parse_amount(h.capture.as_deref()?)?, h.sentence, h.row.id.clone(), h.row.weight, hits_index(&hits, h))))
            .collect()
    };
    let monthly: Vec<&Hit> =
        of(Field::AmountMonthly, false).into_iter().filter(|h| !taken.contains(&(h.sentence, h.span.0, h.span.1))).collect();
    if let Some((a, h)) = r.single("amount_monthly", amounts(monthly), &sentences, |a| a.to_string()) {
        r.amount_monthly = Some(a);
        r.note(Field::AmountMonthly, &hits[h], &sentences);
    } else if matches!(r.decision.as_deref(), Some("grant" | "change")) && !r.conflicts.iter().any(|c| c.field == "amount_monthly") {
        r.warn("unknown", "amount_monthly", "no monthly amount found");
    }
    if let Some((a, h)) = r.single("amount_one_off", amounts(one_off), &sentences, |a| a.to_string()) {
        r.amount_one_off = Some(a);
        r.note(Field::AmountOneOff, &hits[h], &sentences);
    }

    // Complaint guidance and its deadline.
    if let Some(h) = of(Field::ComplaintGuidance, false).into_iter().next() {
        r.complaint_guidance = true;
        r.note(Field::ComplaintGuidance, h, &sentences);
        if let Some(h) = of(Field::ComplaintDeadline, false).into_iter().next() {
            let whole = &sentences[h.sentence].text[h.span.0..h.span.1];
            r.complaint_deadline_stated = Some(h.capture.clone().unwrap_or_else(|| whole.to_string()));
            r.note(Field::ComplaintDeadline, h, &sentences);
        } else {
            r.warn("no-complaint-deadline", "complaint_deadline_stated", "the complaint guidance states no deadline");
        }
    }
    if let Some(h) = of(Field::ReasonsGiven, true).into_iter().max_by_key(|h| (h.row.weight, std::cmp::Reverse(h.sentence))) {
        r.reasons_given = true;
        r.note(Field::ReasonsGiven, h, &sentences);
    }
    Ok(r)
}

fn hits_index(hits: &[Hit], h: &Hit) -> usize {
    hits.iter().position(|x| std::ptr::eq(x, h)).unwrap_or(0)
}

enum Choice<'a> {
    None,
    One(String, &'a Hit<'a>, u32),
    Tie(Vec<Candidate>),
}

/// Add up the weights per value; the first hit in the letter counts `first`
/// times. The highest total wins; a tie is a conflict, not a guess.
fn choose<'a>(hs: &[&'a Hit<'a>], first: u32, sentences: &[Sentence]) -> Choice<'a> {
    let mut score: BTreeMap<&str, u32> = BTreeMap::new();
    let first_sentence = hs.iter().map(|h| h.sentence).min();
    for h in hs {
        let f = if Some(h.sentence) == first_sentence { first } else { 1 };
        *score.entry(h.row.value.as_deref().unwrap_or("")).or_default() += h.row.weight * f;
    }
    let Some(best) = score.values().max().copied() else { return Choice::None };
    let top: Vec<&str> = score.iter().filter(|(_, s)| **s == best).map(|(v, _)| *v).collect();
    // The strongest (then earliest) hit of a value is its evidence.
    let evidence = |v: &str| {
        hs.iter()
            .filter(|h| h.row.value.as_deref() == Some(v))
            .max_by_key(|h| (h.row.weight, std::cmp::Reverse(h.sentence)))
            .copied()
    };
    if top.len() > 1 {
        return Choice::Tie(
            top.iter()
                .filter_map(|v| evidence(v).map(|h| Candidate { value: v.to_string(), sentence: sentences[h.sentence].text.clone() }))
                .collect(),
        );
    }
    match evidence(top[0]) {
        Some(h) => Choice::One(top[0].to_string(), h, best),
        None => Choice::None,
    }
}

impl Reading {
    fn warn(&mut self, code: &str, field: &str, text: &str) {
        self.warnings.push(Warning { code: code.into(), field: field.into(), text: text.into() });
    }

    fn note(&mut self, f: Field, h: &Hit, sentences: &[Sentence]) {
        self.evidence.insert(f.id().into(), sentences[h.sentence].text.clone());
        self.matched.insert(f.id().into(), Matched { pattern: h.row.id.clone(), paragraph: h.row.paragraph.clone() });
    }

    /// One value from candidates (value, sentence, pattern, weight, hit): only
    /// the strongest rows count; different values among them are a conflict.
    fn single<T: Ord + Copy>(
        &mut self,
        field: &str,
        cands: Vec<(T, usize, String, u32, usize)>,
        sentences: &[Sentence],
        show: impl Fn(&T) -> String,
    ) -> Option<(T, usize)> {
        let best = cands.iter().map(|c| c.3).max()?;
        let strong: Vec<_> = cands.into_iter().filter(|c| c.3 == best).collect();
        let distinct: BTreeSet<T> = strong.iter().map(|c| c.0).collect();
        if distinct.len() == 1 {
            return strong.first().map(|c| (c.0, c.4));
        }
        let mut candidates = Vec::new();
        let mut shown = BTreeSet::new();
        for c in &strong {
            if shown.insert(c.0) {
                candidates.push(Candidate { value: show(&c.0), sentence: sentences[c.1].text.clone() });
            }
        }
        self.warn("conflict", field, "the letter gives different values: pick the right one");
        self.conflicts.push(Conflict { field: field.into(), candidates });
        None
    }
}

/// "Jobcenter  Aarhus." → "Jobcenter Aarhus"; "Din a-kasse" → None (a
/// sentence start, not a name).
fn tidy_name(n: &str, not_names: &[String]) -> Option<String> {
    let words: Vec<&str> = n.split_whitespace().collect();
    let skip = words.iter().take_while(|w| not_names.iter().any(|x| x.eq_ignore_ascii_case(w))).count();
    let rest = &words[skip..];
    // Only the generic word left ("a-kasse"): no name.
    if rest.len() < 2 && rest.first().is_none_or(|w| w.eq_ignore_ascii_case("a-kasse") || w.eq_ignore_ascii_case("kommune")) {
        return None;
    }
    Some(rest.join(" ").trim_end_matches(['.', ',', ':']).to_string())
}

fn check_danish(p: &Patterns, sentences: &[Sentence]) -> Result<(), ReadError> {
    let words: Vec<&str> = sentences
        .iter()
        .flat_map(|s| s.lower.split(|c: char| !c.is_alphabetic()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < p.language.min_words {
        return Ok(());
    }
    let known: BTreeSet<&str> = p.language.danish_words.iter().map(String::as_str).collect();
    let hits = words.iter().filter(|w| known.contains(*w)).count();
    let share = hits as f64 / words.len() as f64;
    if share < p.language.min_share {
        return Err(ReadError::NotDanish { share: (share * 100.0).round() as u32 });
    }
    Ok(())
}

/// A Danish date as written in letters: "4. december 2026", "4. dec. 2026",
/// "04.12.2026", "4/12 2026", "4-12-2026", "2026-12-04". None if it is no real day.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    static RE: OnceLock<Option<(Regex, Regex, Regex)>> = OnceLock::new();
    let (named, numeric, iso) = RE
        .get_or_init(|| {
            Some((
                Regex::new(r"(?i)^(\d{1,2})\.?\s*([a-zæøå]+)\.?\s*(\d{4})$").ok()?,
                Regex::new(r"^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*(?:[./-]\s*|\s+)(\d{4}|\d{2})$").ok()?,
                Regex::new(r"^(\d{4})-(\d{2})-(\d{2})$").ok()?,
            ))
        })
        .as_ref()?;
    let s = s.trim();
    let (y, m, d) = if let Some(c) = iso.captures(s) {
        (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
    } else if let Some(c) = numeric.captures(s) {
        let y: i32 = c[3].parse().ok()?;
        (if c[3].len() == 2 { 2000 + y } else { y }, c[2].parse().ok()?, c[1].parse().ok()?)
    } else if let Some(c) = named.captures(s) {
        (c[3].parse().ok()?, month(&c[2].to_lowercase())?, c[1].parse().ok()?)
    } else {
        return None;
    };
    if !(1990..=2100).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month(name: &str) -> Option<u32> {
    const MONTHS: [&str; 12] =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];
    if name.len() < 3 {
        return None;
    }
    MONTHS.iter().position(|m| m.starts_with(name)).map(|i| i as u32 + 1)
}

/// "12.345,67 kr." → 12346 (whole kroner, rounded half up); "kr. 500" → 500.
pub fn parse_amount(s: &str) -> Option<i64> {
    let digits: String = s
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '))
        .collect();
    let digits = digits.trim().trim_end_matches([',', '.']);
    let (whole, frac) = match digits.split_once(',') {
        Some((w, f)) => (w, f),
        None => (digits, ""),
    };
    let whole: String = whole.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut n: i64 = whole.parse().ok()?;
    let cents: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>().ok()? * 10,
        _ => frac.get(..2)?.parse().ok()?,
    };
    if cents >= 50 {
        n += 1;
    }
    Some(n)
}

/// § cited, normalised to "§ 69 b, stk. 1" and followed by " i <law>" when a
/// law named in the data stands right after ("… i aktivloven") or before
/// ("aktivlovens § 13") it.
fn paragraphs(p: &Patterns, sentences: &[Sentence]) -> Vec<String> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let Some(re) = RE
        .get_or_init(|| {
            Regex::new(r"(?i)§§?\s*(\d+)\s*([a-z])?\b(?:,?\s*stk\.\s*(\d+))?(?:,?\s*(?:nr\.|pkt\.)\s*(\d+))?").ok()
        })
        .as_ref()
    else {
        return Vec::new();
    };
    let laws: Vec<&patterns::Pattern> = p.rows.iter().filter(|r| r.field == Field::Law).collect();
    static MORE: OnceLock<Option<Regex>> = OnceLock::new();
    // "§§ 22 og 25", "§§ 11, 13 og 14": the numbers after the first.
    let more = MORE.get_or_init(|| Regex::new(r"^\s*(?:,|og|samt|eller)\s*(\d+)(?:\s*([a-z])\b)?").ok()).as_ref();
    let mut out: Vec<String> = Vec::new();
    for s in sentences {
        // The law of the previous § in this sentence, and where that § ended:
        // "§ 22 og § 25 i aktivloven" names the law once for both.
        let mut cited: Vec<(String, usize, usize, Option<&str>)> = Vec::new();
        let law_hits: Vec<(usize, usize, &str)> = laws
            .iter()
            .flat_map(|l| l.regex.find_iter(&s.text).map(move |m| (m.start(), m.end(), l.value.as_deref().unwrap_or(""))))
            .collect();
        for c in re.captures_iter(&s.text) {
            let Some(whole) = c.get(0) else { continue };
            let (start, mut end) = (whole.start(), whole.end());
            let mut t = format!("§ {}", &c[1]);
            if let Some(l) = c.get(2) {
                // "§ 67 i retssikkerhedsloven": that "i" is the preposition, not § 67 i.
                let preposition = l.as_str().eq_ignore_ascii_case("i")
                    && c.get(3).is_none()
                    && s.text[l.end()..].trim_start().starts_with(|ch: char| ch.is_alphabetic());
                if preposition {
                    end = c.get(1).map(|n| n.end()).unwrap_or(end);
                } else {
                    t.push_str(&format!(" {}", l.as_str().to_lowercase()));
                }
            }
            if let Some(stk) = c.get(3) {
                t.push_str(&format!(", stk. {}", stk.as_str()));
            }
            if let Some(nr) = c.get(4) {
                t.push_str(&format!(", nr. {}", nr.as_str()));
            }
            // "§ 13, i aktivloven", "§ 13 jf. aktivloven" or "aktivlovens § 13".
            let before = |(_, en, _): &&(usize, usize, &str)| *en <= start && s.text[*en..start].trim().is_empty();
            let mut items = vec![(t, start, end)];
            if whole.as_str().starts_with("§§") {
                while let Some(c) = more.and_then(|re| re.captures(&s.text[end..])) {
                    let mut t = format!("§ {}", &c[1]);
                    if let Some(l) = c.get(2).filter(|l| l.as_str() != "i") {
                        t.push_str(&format!(" {}", l.as_str()));
                    }
                    let whole = c.get(0).map(|x| x.end()).unwrap_or(0);
                    items.push((t, end, end + whole));
                    end += whole;
                }
            }
            let last_end = items.last().map(|i| i.2).unwrap_or(end);
            let after = |(st, _, _): &&(usize, usize, &str)| {
                *st >= last_end && matches!(s.text[last_end..*st].trim().trim_matches(',').trim(), "" | "i" | "jf.")
            };
            let law = law_hits.iter().find(after).or_else(|| law_hits.iter().find(before)).map(|l| l.2);
            for (t, start, end) in items {
                cited.push((t, start, end, law));
            }
        }
        // A § without a law takes the law of the § it is listed with.
        for i in (0..cited.len()).rev() {
            if cited[i].3.is_none() {
                let next = cited.get(i + 1).filter(|n| {
                    joins(&s.text[cited[i].2..n.1])
                });
                if let Some(law) = next.and_then(|n| n.3) {
                    cited[i].3 = Some(law);
                }
            }
        }
        for i in 1..cited.len() {
            if cited[i].3.is_none() && joins(&s.text[cited[i - 1].2..cited[i].1]) {
                cited[i].3 = cited[i - 1].3;
            }
        }
        for (t, _, _, law) in cited {
            let t = match law {
                Some(l) => format!("{t} i {l}"),
                None => t,
            };
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    out
}

/// A heading: a short line that does not end like a sentence.
fn is_heading(t: &str) -> bool {
    t.chars().count() <= 90 && !t.ends_with(['.', '!', '?', ',', ';'])
}

/// Text between two § of one list: "og", ", og", "samt", ",".
fn joins(gap: &str) -> bool {
    matches!(gap.trim().trim_matches(',').trim(), "" | "og" | "samt" | "eller")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_dates() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 4);
        for s in ["4. december 2026", "04.12.2026", "4/12 2026", "4. dec. 2026", "4/12-2026", "2026-12-04", "4-12-2026", "4.12.26"] {
            assert_eq!(parse_date(s), d, "{s}");
        }
        assert_eq!(parse_date("31. juni 2026"), None);
        assert_eq!(parse_date("4. ma 2026"), None);
    }

    #[test]
    fn danish_amounts() {
        assert_eq!(parse_amount("12.345,67 kr."), Some(12346));
        assert_eq!(parse_amount("kr. 12.345,00"), Some(12345));
        assert_eq!(parse_amount("500"), Some(500));
        assert_eq!(parse_amount("1.234,-"), Some(1234));
        assert_eq!(parse_amount("12.345,49"), Some(12345));
    }
}

#[cfg(test)]
mod paragraph_tests {
    #[test]
    fn lists_of_paragraphs_share_their_law() {
        let r = super::read_text("Vi har truffet afgørelsen efter §§ 22 og 25 i lov om aktiv socialpolitik og § 11, stk. 2, og § 12 i retssikkerhedsloven samt aktivlovens § 13, stk. 7, nr. 2. Se også § 69 b.").unwrap();
        assert_eq!(
            r.paragraphs,
            [
                "§ 22 i lov om aktiv socialpolitik",
                "§ 25 i lov om aktiv socialpolitik",
                "§ 11, stk. 2 i retssikkerhedsloven",
                "§ 12 i retssikkerhedsloven",
                "§ 13, stk. 7, nr. 2 i lov om aktiv socialpolitik",
                "§ 69 b"
            ]
        );
    }
}
