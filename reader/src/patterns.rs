//! The phrase patterns of `rules/dk/brevlaeser.toml`, checked and compiled.
//!
//! A new phrasing is a data row (and the example sentence in it, which a test
//! matches), never Rust code. Macros such as `{date}` and `{amount}` keep the
//! rows readable: the date and amount syntax is written once, in the same file.

use std::collections::BTreeMap;

use regex::{Regex, RegexBuilder};
use serde::Deserialize;

/// The built-in pattern file, embedded so the reader works offline and in the browser.
pub const BUILTIN: &str = include_str!("../../rules/dk/brevlaeser.toml");

/// What a pattern row sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// Letter kind: decision, partshoering, other.
    Kind,
    Decision,
    Authority,
    Benefit,
    /// Needs `{date}`.
    LetterDate,
    /// Needs `{date}`.
    ReplyBy,
    /// A reply period given in days/weeks, not a date: reported as a warning.
    ReplyPeriod,
    /// Needs `{amount}`.
    AmountMonthly,
    /// Needs `{amount}`.
    AmountOneOff,
    /// Needs `{amount}`: an amount that is not the benefit (rent, income,
    /// instalments); its figure is never taken as the monthly benefit.
    AmountOther,
    ComplaintGuidance,
    /// The deadline text, from the `deadline` group (or the whole match).
    ComplaintDeadline,
    ReasonsGiven,
    /// value "sentence": this sentence is about complaints; "section": the
    /// complaint guidance starts here and runs to the end of the letter.
    ComplaintContext,
    /// A law's name; value = how the § list names it.
    Law,
}

impl Field {
    /// The values a row of this field may set (None: free text).
    pub fn values(self) -> Option<&'static [&'static str]> {
        Some(match self {
            Field::Kind => &["decision", "partshoering", "other"],
            Field::Decision => &["sanction", "stop", "refusal", "repayment", "grant", "change", "other"],
            Field::Authority => &["kommune", "udbetaling-danmark", "a-kasse", "ankestyrelsen", "star", "anden-aktoer"],
            Field::Benefit => &[
                "kontanthjaelp",
                "dagpenge",
                "sygedagpenge",
                "ledighedsydelse",
                "fleksjob",
                "foertidspension",
                "jobafklaring",
                "ressourceforloeb",
                "boligstoette",
                "boerneydelse",
            ],
            Field::ComplaintContext => &["sentence", "section"],
            Field::Law => return None,
            _ => &[],
        })
    }

    pub fn id(self) -> &'static str {
        match self {
            Field::Kind => "kind",
            Field::Decision => "decision",
            Field::Authority => "authority",
            Field::Benefit => "benefit",
            Field::LetterDate => "letter_date",
            Field::ReplyBy => "reply_by",
            Field::ReplyPeriod => "reply_period",
            Field::AmountMonthly => "amount_monthly",
            Field::AmountOneOff => "amount_one_off",
            Field::AmountOther => "amount_other",
            Field::ComplaintGuidance => "complaint_guidance",
            Field::ComplaintDeadline => "complaint_deadline_stated",
            Field::ReasonsGiven => "reasons_given",
            Field::ComplaintContext => "complaint_context",
            Field::Law => "law",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[allow(dead_code)] // documentation for people; kept so the file is self-describing
    meta: BTreeMap<String, String>,
    language: Language,
    scoring: Scoring,
    macros: BTreeMap<String, String>,
    pattern: Vec<Row>,
}

/// How the reader tells a Danish letter from text in another language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// Common Danish function words.
    pub danish_words: Vec<String>,
    /// Share of words that must be in the list (0–1).
    pub min_share: f64,
    /// Below this many words the language is not judged.
    pub min_words: usize,
    /// Sentence-initial words that are not part of an authority's name.
    #[serde(default)]
    pub not_names: Vec<String>,
}

/// How hits add up.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// The first authority named (the letterhead) counts this many times.
    pub authority_first_factor: u32,
    /// Below this score the letter is neither a decision nor a partshøring.
    pub kind_min_score: u32,
    /// Extra score for a benefit named in the decision's evidence sentence.
    pub benefit_decision_bonus: u32,
    /// Weight factor for a decision phrase in a heading line.
    pub heading_factor: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    id: String,
    field: Field,
    #[serde(default)]
    value: Option<String>,
    /// A fixed name (authority) when the regex has no `name` group.
    #[serde(default)]
    name: Option<String>,
    #[serde(default = "one")]
    weight: u32,
    regex: String,
    /// The row does not fire in a sentence this matches.
    #[serde(default)]
    unless: Option<String>,
    /// The § this phrase is about, if any.
    #[serde(default)]
    paragraph: Option<String>,
    example: String,
}

fn one() -> u32 {
    1
}

/// A compiled row.
#[derive(Debug)]
pub struct Pattern {
    pub id: String,
    pub field: Field,
    pub value: Option<String>,
    pub name: Option<String>,
    pub weight: u32,
    pub regex: Regex,
    pub unless: Option<Regex>,
    pub paragraph: Option<String>,
    pub example: String,
}

/// All patterns plus the language and scoring settings.
#[derive(Debug)]
pub struct Patterns {
    pub rows: Vec<Pattern>,
    pub language: Language,
    pub scoring: Scoring,
}

/// The pattern file is wrong: which row, which key, what value.
#[derive(Debug, thiserror::Error)]
#[error("brevlaeser.toml: {0}")]
pub struct PatternError(pub String);

impl Patterns {
    pub fn parse(toml_text: &str) -> Result<Patterns, PatternError> {
        let file: File = toml::from_str(toml_text).map_err(|e| PatternError(e.message().to_string()))?;
        let expand = |id: &str, re: &str| -> Result<String, PatternError> {
            let mut out = re.to_string();
            for (name, body) in &file.macros {
                out = out.replace(&format!("{{{name}}}"), &format!("(?P<{name}>{body})"));
            }
            // A leftover `{word}` (not `\p{L}`) is a macro nobody defined.
            let bytes = out.as_bytes();
            for (i, _) in out.match_indices('{') {
                let word: String = out[i + 1..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                let after = out[i + 1 + word.len()..].starts_with('}');
                let class = i > 0 && matches!(bytes[i - 1], b'p' | b'P');
                if !word.is_empty() && after && !class {
                    return Err(PatternError(format!("pattern {id}: unknown macro {{{word}}}")));
                }
            }
            Ok(out)
        };
        let compile = |id: &str, re: &str| {
            RegexBuilder::new(&expand(id, re)?)
                .case_insensitive(true)
                .size_limit(1 << 22)
                .build()
                .map_err(|e| PatternError(format!("pattern {id}: regex '{re}': {}", e.to_string().lines().last().unwrap_or(""))))
        };
        let mut rows = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for r in file.pattern {
            if !seen.insert(r.id.clone()) {
                return Err(PatternError(format!("pattern id '{}' is used twice", r.id)));
            }
            if let Some(allowed) = r.field.values() {
                match &r.value {
                    Some(v) if allowed.is_empty() => {
                        return Err(PatternError(format!("pattern {}: field {} takes no value, got '{v}'", r.id, r.field.id())))
                    }
                    Some(v) if !allowed.contains(&v.as_str()) => {
                        return Err(PatternError(format!(
                            "pattern {}: value '{v}' is not one of {} for field {}",
                            r.id,
                            allowed.join(", "),
                            r.field.id()
                        )))
                    }
                    None if !allowed.is_empty() => {
                        return Err(PatternError(format!("pattern {}: field {} needs a value", r.id, r.field.id())))
                    }
                    _ => {}
                }
            } else if r.value.is_none() {
                return Err(PatternError(format!("pattern {}: field {} needs a value", r.id, r.field.id())));
            }
            let regex = compile(&r.id, &r.regex)?;
            let needs = match r.field {
                Field::LetterDate | Field::ReplyBy => Some("date"),
                Field::AmountMonthly | Field::AmountOneOff | Field::AmountOther => Some("amount"),
                _ => None,
            };
            if let Some(group) = needs {
                if !regex.capture_names().any(|n| n == Some(group)) {
                    return Err(PatternError(format!("pattern {}: field {} needs {{{group}}} in the regex", r.id, r.field.id())));
                }
            }
            if r.example.trim().is_empty() {
                return Err(PatternError(format!("pattern {}: example is empty", r.id)));
            }
            let unless = r.unless.as_deref().map(|u| compile(&r.id, u)).transpose()?;
            rows.push(Pattern {
                id: r.id,
                field: r.field,
                value: r.value,
                name: r.name,
                weight: r.weight,
                regex,
                unless,
                paragraph: r.paragraph,
                example: r.example,
            });
        }
        if !(0.0..=1.0).contains(&file.language.min_share) {
            return Err(PatternError(format!("language.min_share {} is not between 0 and 1", file.language.min_share)));
        }
        Ok(Patterns { rows, language: file.language, scoring: file.scoring })
    }
}
