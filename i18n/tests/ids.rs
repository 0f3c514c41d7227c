//! Message ids: every id the code asks for exists, every id has text in every
//! language, every family built from data is complete for the rule data, and
//! ids are built in one place (`i18n/src/ids.rs`), not with `format!` at the
//! call sites.

use fluent_bundle::FluentResource;
use ret_og_frist_core::guide::procedure::Decision;
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_core::{DeadlineKind, RuleSet};
use ret_og_frist_i18n::{family, Family, Lang, Texts};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf()
}

fn ids_of(src: &str) -> BTreeSet<String> {
    let res = FluentResource::try_new(src.to_string()).expect("parses");
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

fn lang_ids(lang: Lang) -> BTreeSet<String> {
    lang.sources().iter().flat_map(|s| ids_of(s)).collect()
}

/// The Danish ids the code may ask for: the UI texts and the letter texts.
fn danish_ids() -> BTreeSet<String> {
    let mut ids = lang_ids(Lang::Da);
    ids.extend(ids_of(&std::fs::read_to_string(root().join("locales/da/breve.ftl")).unwrap()));
    ids
}

/// Every `.rs` file under the crates that word things for people.
fn sources() -> Vec<(PathBuf, String)> {
    sources_in(&["ui/src", "cli/src", "letters/src", "src-tauri/src", "i18n/src"])
}

/// Every `.rs` file that could build a message id: the crates that word things,
/// and the rules engine and application layer, whose rule book (`core/src/catalog.rs`)
/// names its entries by a typed [`Name`](ret_og_frist_core::catalog::Name), not by id.
fn sources_that_could_build_ids() -> Vec<(PathBuf, String)> {
    sources_in(&["ui/src", "cli/src", "letters/src", "src-tauri/src", "i18n/src", "core/src", "app/src"])
}

fn sources_in(dirs: &[&str]) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    for c in dirs {
        walk(&root().join(c), &mut files);
    }
    assert!(files.len() > 20, "found the sources ({})", files.len());
    files.into_iter().map(|p| (p.clone(), std::fs::read_to_string(&p).unwrap())).collect()
}

/// The string literal starting right at `s` (after its opening quote), if it looks like a message id.
fn id_literal(s: &str) -> Option<&str> {
    let end = s.find('"')?;
    let lit = &s[..end];
    let ok = !lit.is_empty()
        && lit.contains('-')
        && lit.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !lit.starts_with('-')
        && !lit.ends_with('-');
    ok.then_some(lit)
}

/// Message ids written as literals where a message is asked for:
/// `get("…")`, `get_args("…"`, `has("…")`, `t("…")`, `tr(lang, "…")`, the
/// `label="…"` / `hint="…"` props of the UI's form components, and the letter
/// sentences that take a legal basis (`w.cited("…")`, `w.basis("…", …)`).
fn literal_ids(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for pat in ["get(\"", "get_args(\"", "has(\"", " t(\"", "{t(\"", "(t(\"", " label=\"", " hint=\"", "cited(\"", ".basis(\""] {
            let mut rest = line;
            while let Some(i) = rest.find(pat) {
                rest = &rest[i + pat.len()..];
                if let Some(id) = id_literal(rest) {
                    out.push((n + 1, id.to_string()));
                }
            }
        }
        // tr(<expr>, "id"): the first argument has no quote and no comma.
        let mut rest = line;
        while let Some(i) = rest.find("tr(") {
            rest = &rest[i + 3..];
            let Some(comma) = rest.find(", \"") else { break };
            if rest[..comma].contains(['"', ',']) {
                continue;
            }
            if let Some(id) = id_literal(&rest[comma + 3..]) {
                out.push((n + 1, id.to_string()));
            }
        }
    }
    out
}

#[test]
fn the_scan_finds_ids() {
    let found = literal_ids(r#"t.get("a-b") + tr(lang.get(), "c-d") + {t("e-f")} + t.get_args("g-h", &[]) label="i-j" x.get("not an id")"#);
    let ids: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(ids, ["a-b", "g-h", "e-f", "i-j", "c-d"]);
}

/// Every message id written in the code exists in the Danish texts (and so,
/// by `every_language_has_every_message`, in all four languages).
#[test]
fn every_literal_id_in_the_code_exists() {
    let known = danish_ids();
    let mut missing = Vec::new();
    let mut count = 0;
    for (path, text) in sources() {
        for (line, id) in literal_ids(&text) {
            count += 1;
            if !known.contains(&id) {
                missing.push(format!("{}:{line}: {id}", path.strip_prefix(root()).unwrap().display()));
            }
        }
    }
    assert!(count > 300, "the scan sees the code's ids ({count})");
    assert!(missing.is_empty(), "ids with no text in locales/da: {missing:#?}");
}

/// Ids are built from data only in `i18n/src/ids.rs`: no `format!("kind-{…}")`
/// at a call site. (Element ids in the markup, like `format!("check-{id}")` on
/// an `<input>`, are not message ids and are allowed.)
#[test]
fn no_call_site_builds_a_message_id() {
    let mut found = Vec::new();
    let files = sources_that_could_build_ids();
    // The rule book is scanned: it once built `kind-{id}`, `group-{id}-name`, ...
    assert!(files.iter().any(|(p, _)| p.ends_with("core/src/catalog.rs")), "core/src/catalog.rs is scanned");
    assert!(files.iter().any(|(p, _)| p.ends_with("app/src/lib.rs")), "app/src/lib.rs is scanned");
    for (path, text) in files {
        if path.ends_with("i18n/src/ids.rs") {
            continue;
        }
        for (n, l) in built_ids(&text) {
            found.push(format!("{}:{n}: {l}", path.strip_prefix(root()).unwrap().display()));
        }
    }
    assert!(found.is_empty(), "message ids built outside i18n (use an accessor of Texts): {found:#?}");
}

/// The lines of `text` that build a message id of a known family with `format!`.
fn built_ids(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let l = line.trim();
        if l.starts_with("//") || l.starts_with("assert") {
            continue;
        }
        let markup = ["id=format!", "name=format!", "id = format!", "id: format!", "href=format!"];
        if markup.iter().any(|m| l.contains(m)) {
            continue;
        }
        if family::ALL.iter().any(|f| l.contains(&format!("format!(\"{}{{", f.prefix))) {
            found.push((n + 1, l.to_string()));
        }
    }
    found
}

/// The scan catches the ids the rule book used to build, and lets rule paths pass.
#[test]
fn the_format_scan_finds_built_ids() {
    let old = r#"
        out.push(parameter(format!("frist.{id}"), format!("kind-{id}"), &r.length, unit));
        label_key: format!("group-{}-name", x.id),
        out.push(parameter(format!("post.{id}"), format!("delivery-{id}"), &r.delay, unit));
        let x = format!("employment-{sub}");
        path: format!("day.{}", d.id),
    "#;
    let lines: Vec<usize> = built_ids(old).into_iter().map(|(n, _)| n).collect();
    assert_eq!(lines, [2, 3, 4, 5]);
}

/// Every entry of the rule book (`RuleSet::catalog`) has its name in the texts
/// of every language: a built-in rule never falls back to its path or to a
/// name carried by the rule data.
#[test]
fn every_catalogue_entry_has_a_name_in_every_language() {
    let rules = RuleSet::builtin().unwrap();
    let all = rules.catalog();
    assert!(all.len() > 150, "{}", all.len());
    for lang in Lang::ALL {
        let t = Texts::new(lang);
        let missing: Vec<String> = all
            .iter()
            .filter(|e| t.entry_name_from_texts(e).is_none_or(|n| n.trim().is_empty()))
            .map(|e| format!("{} ({})", e.path, ret_og_frist_i18n::name_id(&e.name)))
            .collect();
        assert!(missing.is_empty(), "{}: entries without a name: {missing:#?}", lang.code());
    }
}

#[test]
fn every_language_has_every_message() {
    let da = lang_ids(Lang::Da);
    for lang in Lang::ALL {
        let other = lang_ids(lang);
        let missing: Vec<_> = da.difference(&other).collect();
        let extra: Vec<_> = other.difference(&da).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, extra {extra:?}", lang.code());
    }
}

/// Every family built from data has a message for every value in the rule
/// data, in every language.
#[test]
fn every_family_is_complete_for_the_data() {
    let rules = RuleSet::builtin().unwrap();
    let g = &rules.guide;
    let mut want: Vec<(Family, String)> = Vec::new();
    let mut add = |f: Family, k: &str| want.push((f, k.to_string()));
    // Every deadline kind is a row of frister.toml: each row needs its name, its
    // result heading and the question for its date.
    assert!(!rules.frister.is_empty());
    for (id, row) in &rules.frister {
        add(family::DEADLINE_KIND, id);
        add(family::RESULT_DEADLINE, id);
        add(family::EVENT, &row.start);
    }
    for k in DeadlineKind::all() {
        assert!(rules.frister.contains_key(k.id()), "{k}");
    }
    add(family::EVENT, "sent");
    for r in rules.holidays.iter().chain(&rules.uncertain_days) {
        add(family::DAY, &r.id);
    }
    for x in &g.status.groups {
        add(family::GROUP_NAME, &x.id);
        add(family::GROUP_MEANING, &x.id);
    }
    for x in &g.status.cards {
        add(family::CARD_TITLE, &x.id);
        add(family::CARD_BODY, &x.id);
    }
    for x in &g.status.changes {
        add(family::REFORM_TITLE, &x.id);
        add(family::REFORM_BODY, &x.id);
    }
    for x in &g.appeals.bodies {
        add(family::APPEAL_BODY, &x.id);
    }
    for r in &g.appeals.routes {
        add(family::BENEFIT, r.benefit.id());
        for s in &r.step {
            add(family::ACTION, &s.action);
            add(family::APPEAL_BODY, &s.body);
        }
    }
    for x in &g.appeals.meanwhile {
        add(family::MEANWHILE, &x.id);
    }
    for x in &g.appeals.reversal_rates {
        add(family::REVERSAL_AREA, &x.area);
    }
    for x in &g.appeals.processing_times {
        add(family::PROCESSING, &x.id);
    }
    for x in &g.checks {
        add(family::CHECK_QUESTION, &x.id);
        add(family::CHECK_PROBLEM, &x.id);
        add(family::CHECK_LABEL, &x.id);
    }
    for b in Benefit::ALL {
        add(family::BENEFIT, b.id());
    }
    for d in Decision::ALL {
        add(family::DECISION, d.id());
    }
    for m in 1..=12 {
        add(family::MONTH, &m.to_string());
    }
    for d in 1..=7 {
        add(family::WEEKDAY, &d.to_string());
    }
    // The units a rule value is shown in (the rule book shows every rate and deadline).
    for e in rules.catalog() {
        for v in &e.values {
            if let Some(u) = v.unit.as_deref() {
                if u != "percent" {
                    add(family::UNIT, u);
                }
            }
        }
    }
    // The letter reader's values: the fields it sets from `rules/dk/brevlaeser.toml`.
    let reader: toml::Value = toml::from_str(&std::fs::read_to_string(root().join("rules/dk/brevlaeser.toml")).unwrap()).unwrap();
    let mut reader_values = 0;
    for p in reader["pattern"].as_array().unwrap() {
        let (Some(field), Some(value)) = (p["field"].as_str(), p.get("value").and_then(|v| v.as_str())) else { continue };
        let f = match field {
            "kind" => family::READER_SAYS,
            "decision" => family::READER_DECISION,
            "benefit" => family::READER_BENEFIT,
            "authority" => family::READER_AUTHORITY,
            _ => continue,
        };
        reader_values += 1;
        add(f, value);
    }
    assert!(reader_values > 20, "the reader's values are read ({reader_values})");
    assert!(want.len() > 300, "{}", want.len());
    for lang in Lang::ALL {
        let t = Texts::new(lang);
        let missing: BTreeSet<String> = want.iter().map(|(f, k)| f.id(k)).filter(|id| !t.has(id)).collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", lang.code());
    }
}

/// Every rate in `rules/dk/satser` (the municipalities' rates too) has its name
/// in all four languages, and `satser.ftl` names no rate the rules lack.
#[test]
fn every_rate_has_a_name_in_every_language() {
    let rules = RuleSet::builtin().unwrap();
    assert!(rules.satser.len() > 100, "{}", rules.satser.len());
    let paths: BTreeSet<String> = rules.satser.keys().map(|p| p.replace('.', "-")).collect();
    for lang in Lang::ALL {
        let t = Texts::new(lang);
        let missing: Vec<&String> = rules.satser.keys().filter(|p| t.rate_name(p).is_none()).collect();
        assert!(missing.is_empty(), "{}: rates without a name in satser.ftl: {missing:?}", lang.code());
        let src = std::fs::read_to_string(root().join(format!("locales/{}/satser.ftl", lang.code()))).unwrap();
        let stale: Vec<String> = ids_of(&src)
            .into_iter()
            .filter(|id| !id.starts_with("rate-kommune-"))
            .filter(|id| !paths.contains(id.trim_start_matches("rate-")))
            .collect();
        assert!(stale.is_empty(), "{}: names of rates the rules do not have: {stale:?}", lang.code());
    }
    // A municipality's rate is named with the municipality.
    let kommune = rules.satser.keys().find(|p| p.starts_with("kommune.") && p.ends_with(".kirkeskat")).expect("a municipality");
    let name = kommune.trim_start_matches("kommune.").trim_end_matches(".kirkeskat");
    assert_eq!(Texts::new(Lang::Da).rate_name(kommune).unwrap(), format!("Kirkeskat, {name}"));
    assert_eq!(Texts::new(Lang::En).rate_name("skat.personfradrag").unwrap(), "Personal allowance (fully tax-liable persons)");
}

/// A built-in rate is named by the texts; a rate only a rule pack knows by the
/// names the pack carries (Danish for Danish, English otherwise); an unnamed one
/// by its path, never a panic.
#[test]
fn a_rate_only_a_pack_knows_is_named_by_the_pack() {
    let rules = RuleSet::builtin().unwrap();
    let (da, en, uk) = (Texts::new(Lang::Da), Texts::new(Lang::En), Texts::new(Lang::Uk));
    let mut e = rules.entry("skat.bundskat.sats").unwrap();
    assert_eq!(da.entry_name(&e), da.rate_name("skat.bundskat.sats").unwrap());
    assert_eq!(uk.entry_name(&e), uk.rate_name("skat.bundskat.sats").unwrap());
    e.path = "skat.ny_afgift.sats".into();
    e.name.id = e.path.clone();
    e.label = Some("Ny afgift".into());
    e.label_en = Some("New levy".into());
    assert_eq!(da.entry_name(&e), "Ny afgift");
    assert_eq!(en.entry_name(&e), "New levy");
    assert_eq!(uk.entry_name(&e), "New levy");
    e.label = None;
    e.label_en = None;
    assert_eq!(da.entry_name(&e), "skat.ny_afgift.sats");
}
