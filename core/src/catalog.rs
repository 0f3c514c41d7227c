//! Every rule the app uses, in one flat list with a path each: for the rule
//! browser ("Regler og satser"), `navigator rules list|show`, and the trust tests.

use crate::guide::Validity;
use crate::rules::{Citation, Confidence, Parameter, RuleSet, Status};
use chrono::NaiveDate;
use serde::Serialize;

/// One dated value of an entry, as shown to people.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntryValue {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
    /// The number (or date rule) as text: "4", "22.6", "Easter + 39", "12-25".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    pub status: Status,
    /// A computed, not published, number (`status = "derived"` in the rate data).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub derived: bool,
    pub confidence: Confidence,
}

/// Which family of texts names an entry. The message id itself (`kind-<id>`,
/// `group-<id>-name`, ...) is built by `ret_og_frist_i18n` (`ids.rs`) from this
/// and the data id: core never writes a message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NameFamily {
    /// A deadline kind (`frist.<id>`).
    DeadlineKind,
    /// A work situation whose days a deadline leaves out (`frist.<id>.excluded_days.<sub>`).
    Employment,
    /// A way a letter is delivered (`post.<id>`).
    Delivery,
    /// A holiday or uncertain day.
    Day,
    /// A status group.
    Group,
    /// A rights or duties card.
    Card,
    /// A coming change of the law.
    Reform,
    /// An authority or appeal body.
    AppealBody,
    /// A benefit (an appeal route).
    Benefit,
    /// What happens while a complaint is handled.
    Meanwhile,
    /// The area of a reversal rate.
    ReversalArea,
    /// A processing time (its text takes the value).
    Processing,
    /// A procedure check (its question).
    Check,
    /// A rate, by its rule path (`locales/<lang>/satser.ftl`).
    Rate,
}

/// What names an entry: a family of texts and the data id within it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Name {
    pub family: NameFamily,
    pub id: String,
}

impl Name {
    fn new(family: NameFamily, id: &str) -> Name {
        Name { family, id: id.to_string() }
    }
}

/// A rule with its path, kind, history and citation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// Stable path, e.g. `frist.complaint`, `day.store-bededag`, `card.aktindsigt`.
    pub path: String,
    /// parameter, holiday, uncertain-day, group, card, change, body, route,
    /// meanwhile, check, reversal-rate, processing-time.
    pub kind: &'static str,
    /// What names it in the texts (`ret_og_frist_i18n::Texts::entry_name`).
    pub name: Name,
    /// The names a rule pack carries for a rate it adds (Danish, English): the
    /// fallback for a rate the texts cannot know. `None` for built-in rates,
    /// which are named in `locales/<lang>/satser.ftl`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    pub values: Vec<EntryValue>,
    /// The values a parameter may take (in its unit), for the override form.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<ValueRange>,
    #[serde(flatten)]
    pub citation: Citation,
}

/// A parameter's range, as text in its unit ("0", "30").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValueRange {
    pub min: String,
    pub max: String,
}

impl Entry {
    /// The lowest confidence among the citation and the values.
    pub fn confidence(&self) -> Confidence {
        self.values.iter().map(|v| v.confidence).chain([self.citation.confidence]).min().unwrap_or(Confidence::Unconfirmed)
    }

    /// The value in force on `date` (adopted), for listings.
    pub fn current(&self, date: NaiveDate) -> Option<&EntryValue> {
        self.values
            .iter()
            .filter(|v| v.status == Status::Adopted)
            .filter(|v| v.from.is_none_or(|f| f <= date) && v.to.is_none_or(|t| date <= t))
            .max_by_key(|v| v.from)
    }
}

fn unit_name(u: crate::rules::Unit) -> &'static str {
    use crate::rules::Unit::*;
    match u {
        Weeks => "weeks",
        Months => "months",
        Days => "days",
        WorkingDays => "working-days",
        DeliveryDays => "delivery-days",
        EndOfMonthAfterDays => "days",
    }
}

fn parameter(path: String, name: Name, p: &Parameter, unit: &str) -> Entry {
    Entry {
        label: None,
        label_en: None,
        path,
        kind: "parameter",
        name,
        values: p
            .values
            .iter()
            .map(|v| EntryValue {
                from: Some(v.from),
                to: v.to,
                value: Some(v.v.normalize().to_string()),
                unit: Some(unit.to_string()),
                status: v.status,
                derived: v.derived,
                confidence: v.confidence,
            })
            .collect(),
        range: Some(ValueRange { min: p.min.normalize().to_string(), max: p.max.normalize().to_string() }),
        citation: p.citation.clone(),
    }
}

fn dated(from: NaiveDate, to: Option<NaiveDate>, status: Status, c: &Citation, value: Option<String>) -> Vec<EntryValue> {
    vec![EntryValue { from: Some(from), to, value, unit: None, status, derived: false, confidence: c.confidence }]
}

/// An entry of the guide, dated by its validity.
fn guide_entry(path: String, kind: &'static str, name: Name, v: &Validity, c: &Citation) -> Entry {
    Entry { path, kind, name, label: None, label_en: None, values: dated(v.from, v.to, v.status, c, None), range: None, citation: c.clone() }
}

impl RuleSet {
    /// Every rule, in a stable order.
    pub fn catalog(&self) -> Vec<Entry> {
        let mut out = Vec::new();
        for (id, r) in &self.frister {
            out.push(parameter(format!("frist.{id}"), Name::new(NameFamily::DeadlineKind, id), &r.length, unit_name(r.unit)));
            for (sub, p) in &r.excluded_days {
                out.push(parameter(format!("frist.{id}.excluded_days.{sub}"), Name::new(NameFamily::Employment, sub), p, "days"));
            }
        }
        for (id, r) in &self.post {
            out.push(parameter(format!("post.{id}"), Name::new(NameFamily::Delivery, id), &r.delay, unit_name(r.unit)));
        }
        for (kind, days) in [("holiday", &self.holidays), ("uncertain-day", &self.uncertain_days)] {
            for d in days {
                let rule = match (&d.fixed, d.easter_offset) {
                    (Some(md), _) => md.clone(),
                    (None, Some(o)) => format!("Easter {o:+}"),
                    (None, None) => String::new(),
                };
                out.push(Entry {
                range: None,
                label: None,
                label_en: None,
                    path: format!("day.{}", d.id),
                    kind,
                    name: Name::new(NameFamily::Day, &d.id),
                    values: dated(d.from, d.to, Status::Adopted, &d.citation, Some(rule)),
                    citation: d.citation.clone(),
                });
            }
        }
        let g = &self.guide;
        for x in &g.status.groups {
            out.push(guide_entry(format!("group.{}", x.id), "group", Name::new(NameFamily::Group, &x.id), &x.validity, &x.citation));
        }
        for x in &g.status.cards {
            out.push(guide_entry(format!("card.{}", x.id), "card", Name::new(NameFamily::Card, &x.id), &x.validity, &x.citation));
        }
        for x in &g.status.changes {
            out.push(Entry {
                range: None,
                label: None,
                label_en: None,
                path: format!("change.{}", x.id),
                kind: "change",
                name: Name::new(NameFamily::Reform, &x.id),
                values: dated(x.date, None, x.status, &x.citation, None),
                citation: x.citation.clone(),
            });
        }
        for x in &g.appeals.bodies {
            out.push(Entry {
                range: None,
                label: None,
                label_en: None,
                path: format!("body.{}", x.id),
                kind: "body",
                name: Name::new(NameFamily::AppealBody, &x.id),
                values: Vec::new(),
                citation: x.citation.clone(),
            });
        }
        for r in &g.appeals.routes {
            let path = format!("route.{}.{}", r.benefit.id(), r.decided_by);
            out.push(guide_entry(path, "route", Name::new(NameFamily::Benefit, r.benefit.id()), &r.validity, &r.citation));
        }
        for x in &g.appeals.meanwhile {
            out.push(guide_entry(format!("meanwhile.{}", x.id), "meanwhile", Name::new(NameFamily::Meanwhile, &x.id), &x.validity, &x.citation));
        }
        for x in &g.appeals.reversal_rates {
            out.push(Entry {
                range: None,
                label: None,
                label_en: None,
                path: format!("reversal_rate.{}.{}", x.area, x.year),
                kind: "reversal-rate",
                name: Name::new(NameFamily::ReversalArea, &x.area),
                values: vec![EntryValue {
                    from: NaiveDate::from_ymd_opt(x.year, 1, 1),
                    to: NaiveDate::from_ymd_opt(x.year, 12, 31),
                    value: Some(format!("{}", x.percent)),
                    unit: Some("percent".into()),
                    status: Status::Adopted,
                    derived: false,
                    confidence: x.citation.confidence,
                }],
                citation: x.citation.clone(),
            });
        }
        for x in &g.appeals.processing_times {
            let (value, unit) = match (x.months, x.weeks) {
                (Some(m), _) => (Some(m.to_string()), Some("months".to_string())),
                (None, Some(w)) => (Some(w.to_string()), Some("weeks".to_string())),
                _ => (None, None),
            };
            out.push(Entry {
                range: None,
                label: None,
                label_en: None,
                path: format!("processing_time.{}", x.id),
                kind: "processing-time",
                name: Name::new(NameFamily::Processing, &x.id),
                values: vec![EntryValue { from: None, to: None, value, unit, status: Status::Adopted, derived: false, confidence: x.citation.confidence }],
                citation: x.citation.clone(),
            });
        }
        for (path, x) in &self.satser {
            out.push(Entry {
                path: path.clone(),
                kind: "parameter",
                name: Name::new(NameFamily::Rate, path),
                label: (!x.label.trim().is_empty()).then(|| x.label.clone()),
                label_en: (!x.label_en.trim().is_empty()).then(|| x.label_en.clone()),
                values: x
                    .values
                    .iter()
                    .map(|v| EntryValue {
                        from: Some(v.from),
                        to: v.to,
                        value: Some(v.v.normalize().to_string()),
                        unit: x.unit.map(|u| u.name().to_string()),
                        status: v.status,
                        derived: v.derived,
                        confidence: v.confidence,
                    })
                    .collect(),
                range: Some(ValueRange { min: x.min.normalize().to_string(), max: x.max.normalize().to_string() }),
                citation: x.citation.clone(),
            });
        }
        for x in &g.checks {
            out.push(Entry {
                range: None,
                label: None,
                label_en: None,
                path: format!("check.{}", x.id),
                kind: "check",
                name: Name::new(NameFamily::Check, &x.id),
                values: Vec::new(),
                citation: x.citation.clone(),
            });
        }
        out
    }

    /// One entry by path.
    pub fn entry(&self, path: &str) -> Option<Entry> {
        self.catalog().into_iter().find(|e| e.path == path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The trust test: every rule the app uses has a reference, a source URL and
    /// a confidence, and every dated one a validity date.
    #[test]
    fn every_entry_is_cited_and_dated() {
        let rules = RuleSet::builtin().unwrap();
        let all = rules.catalog();
        assert!(all.len() > 150, "{} entries", all.len());
        let mut paths = std::collections::BTreeSet::new();
        for e in &all {
            assert!(paths.insert(e.path.clone()), "duplicate path {}", e.path);
            assert!(!e.citation.reference.trim().is_empty(), "{}: no reference", e.path);
            assert!(e.citation.source.starts_with("http"), "{}: source {}", e.path, e.citation.source);
            let dated_kind = !matches!(e.kind, "body" | "check" | "processing-time");
            if dated_kind {
                assert!(!e.values.is_empty() && e.values.iter().all(|v| v.from.is_some()), "{}: no validity date", e.path);
            }
        }
    }

    /// Built-in rates carry no names: every one is named in
    /// `locales/<lang>/satser.ftl` (checked in `i18n/tests/ids.rs`), so a
    /// rename is an edit of the texts alone.
    #[test]
    fn builtin_rates_carry_no_names_of_their_own() {
        let rules = RuleSet::builtin().unwrap();
        let rates: Vec<Entry> = rules.catalog().into_iter().filter(|e| e.name.family == NameFamily::Rate).collect();
        assert_eq!(rates.len(), rules.satser.len());
        let named: Vec<&str> =
            rates.iter().filter(|e| e.label.is_some() || e.label_en.is_some()).map(|e| e.path.as_str()).collect();
        assert!(named.is_empty(), "rates with a name in the rule data (put it in satser.ftl): {named:?}");
    }

    /// A rate a rule pack adds carries its fallback name in both languages, or none.
    #[test]
    fn a_rate_with_one_name_only_is_refused() {
        let with = |extra: &str| {
            let files: Vec<(&str, String)> = crate::rules::BUILTIN_FILES
                .iter()
                .map(|(p, t)| {
                    let t = if *p == "dk/satser/skat.toml" {
                        t.replacen("[sats.\"skat.bundskat.sats\"]\n", &format!("[sats.\"skat.bundskat.sats\"]\n{extra}"), 1)
                    } else {
                        t.to_string()
                    };
                    (*p, t)
                })
                .collect();
            let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
            RuleSet::from_files(&files)
        };
        let one = with("label = \"Ny\"\n");
        assert!(one.as_ref().is_err_and(|e| e.to_string().contains("label_en")), "{one:?}");
        let both = with("label = \"Ny\"\nlabel_en = \"New\"\n").expect("both names");
        let e = both.entry("skat.bundskat.sats").unwrap();
        assert_eq!((e.label.as_deref(), e.label_en.as_deref()), (Some("Ny"), Some("New")));
    }

    #[test]
    fn lookup_by_path() {
        let rules = RuleSet::builtin().unwrap();
        let e = rules.entry("frist.complaint").unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(e.current(today).and_then(|v| v.value.as_deref()), Some("4"));
        assert_eq!(e.current(today).and_then(|v| v.unit.as_deref()), Some("weeks"));
        let bededag = rules.entry("day.store-bededag").unwrap();
        assert_eq!(bededag.values[0].to, NaiveDate::from_ymd_opt(2023, 12, 31));
        assert!(rules.entry("no.such.path").is_none());
    }
}
