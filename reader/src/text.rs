//! From raw letter text to sentences: whitespace, line-end hyphenation and
//! wrapped lines undone, so a phrase matches however the letter was laid out.

/// One sentence (or header line) of the letter, as shown to the person as evidence.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub text: String,
    /// Lower-case copy the patterns run on (case is normalised, not guessed).
    pub lower: String,
}

/// Words after a line-end hyphen that mean the hyphen is a real one
/// ("børne- og ungeydelse"), not a word split across lines.
const KEEP_HYPHEN_BEFORE: [&str; 5] = ["og", "eller", "samt", "til", "som"];

/// A wrapped body line is at least this long; shorter lines without closing
/// punctuation are header lines (sender, date, subject) and stand alone.
const WRAPPED_LINE: usize = 45;

/// Lines of the letter with whitespace normalised and split words re-joined.
pub fn lines(raw: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in raw.lines() {
        let clean: String = line
            .chars()
            .filter(|c| *c != '\u{00AD}')
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // Re-join "kontant-" + "hjælp".
        if let Some(prev) = out.last_mut() {
            let first = clean.split(' ').next().unwrap_or("");
            let lower_start = first.chars().next().is_some_and(|c| c.is_lowercase());
            let prev_ends_in_word_hyphen = prev.ends_with('-')
                && prev.chars().rev().nth(1).is_some_and(|c| c.is_alphabetic());
            let keep = KEEP_HYPHEN_BEFORE.contains(&first.trim_end_matches([',', '.']));
            if prev_ends_in_word_hyphen && lower_start && !keep {
                prev.pop();
                prev.push_str(&clean);
                continue;
            }
        }
        out.push(clean);
    }
    out
}

/// Sentences: wrapped lines joined into paragraphs, paragraphs split after
/// `.`, `!`, `?` or `:` when a capital letter follows; short unpunctuated lines
/// (headers) stand alone.
pub fn sentences(raw: &str) -> Vec<Sentence> {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let lines = lines(raw);
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() {
            flush(&mut current, &mut paragraphs);
            continue;
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(line);
        let next = lines.get(i + 1).map(String::as_str).unwrap_or("");
        let ends = line.ends_with(['.', '!', '?', ':', ';']);
        let continues = next.chars().next().is_some_and(|c| c.is_lowercase() || c == '§');
        let wrapped = line.chars().count() >= WRAPPED_LINE && !ends;
        if !(wrapped || (continues && !ends)) {
            flush(&mut current, &mut paragraphs);
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs.iter().flat_map(|p| split(p)).map(|t| Sentence { lower: t.to_lowercase(), text: t }).collect()
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    if !current.trim().is_empty() {
        out.push(std::mem::take(current));
    }
    current.clear();
}

/// Split a paragraph at sentence ends. A full stop is an end only when a
/// capital letter (or a quote/bullet before one) follows, so "stk. 1",
/// "4. december" and "kr. 500" stay whole.
fn split(p: &str) -> Vec<String> {
    let chars: Vec<char> = p.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, '.' | '!' | '?' | ':') && chars.get(i + 1) == Some(&' ') {
            let next = chars[i + 2..].iter().find(|c| !matches!(c, '"' | '“' | '”' | '»' | '(' | '-' | '–' | '•' | ' '));
            let abbreviation = c == '.' && previous_word(&chars[..i]).is_some_and(is_abbreviation);
            if next.is_some_and(|n| n.is_uppercase()) && !abbreviation {
                out.push(chars[start..=i].iter().collect::<String>().trim().to_string());
                start = i + 2;
            }
        }
        i += 1;
    }
    let rest: String = chars[start.min(chars.len())..].iter().collect();
    if !rest.trim().is_empty() {
        out.push(rest.trim().to_string());
    }
    out
}

fn previous_word(chars: &[char]) -> Option<String> {
    let word: String = chars.iter().rev().take_while(|c| c.is_alphanumeric()).collect::<Vec<_>>().into_iter().rev().collect();
    (!word.is_empty()).then_some(word)
}

/// Abbreviations after which a capital letter does not start a sentence
/// ("jf. Ankestyrelsens principmeddelelse", "bl.a. Jobcenter").
fn is_abbreviation(w: String) -> bool {
    matches!(w.to_lowercase().as_str(), "jf" | "bl" | "a" | "f" | "ca" | "nr" | "stk" | "pkt" | "evt" | "inkl" | "ekskl" | "dvs" | "mv" | "tlf" | "att")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenation_is_undone_but_real_hyphens_stay() {
        let l = lines("Du får kontant-\nhjælp og børne-\nog ungeydelse.");
        assert_eq!(l, vec!["Du får kontanthjælp og børne-", "og ungeydelse."]);
    }

    #[test]
    fn wrapped_lines_join_and_headers_stand_alone() {
        let s = sentences("Jobcenter Aarhus\nDato: 4. december 2026\n\nVi har besluttet at nedsætte din kontanthjælp, fordi du\nikke mødte op. Du har ret til at klage, jf. § 13, stk. 7.");
        let t: Vec<&str> = s.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            t,
            vec![
                "Jobcenter Aarhus",
                "Dato: 4. december 2026",
                "Vi har besluttet at nedsætte din kontanthjælp, fordi du ikke mødte op.",
                "Du har ret til at klage, jf. § 13, stk. 7."
            ]
        );
    }
}
