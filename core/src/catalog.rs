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

/// A rule with its path, kind, history and citation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// Stable path, e.g. `frist.complaint`, `day.store-bededag`, `card.aktindsigt`.
    pub path: String,
    /// parameter, holiday, uncertain-day, group, card, change, body, route,
    /// meanwhile, check, reversal-rate, processing-time.
    pub kind: &'static str,
    /// The Fluent id naming it in the UI (may be missing for a few kinds).
    pub label_key: String,
    /// Names carried by the rule data itself (rates); preferred over `label_key`.
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

fn parameter(path: String, label_key: String, p: &Parameter, unit: &str) -> Entry {
    Entry {
        label: None,
        label_en: None,
        path,
        kind: "parameter",
        label_key,
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
fn guide_entry(path: String, kind: &'static str, label_key: String, v: &Validity, c: &Citation) -> Entry {
    Entry { path, kind, label_key, label: None, label_en: None, values: dated(v.from, v.to, v.status, c, None), range: None, citation: c.clone() }
}

impl RuleSet {
    /// Every rule, in a stable order.
    pub fn catalog(&self) -> Vec<Entry> {
        let mut out = Vec::new();
        for (id, r) in &self.frister {
            out.push(parameter(format!("frist.{id}"), format!("kind-{id}"), &r.length, unit_name(r.unit)));
            for (sub, p) in &r.excluded_days {
                out.push(parameter(format!("frist.{id}.excluded_days.{sub}"), format!("employment-{sub}"), p, "days"));
            }
        }
        for (id, r) in &self.post {
            out.push(parameter(format!("post.{id}"), format!("delivery-{id}"), &r.delay, unit_name(r.unit)));
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
                    label_key: format!("day-{}", d.id),
                    values: dated(d.from, d.to, Status::Adopted, &d.citation, Some(rule)),
                    citation: d.citation.clone(),
                });
            }
        }
        let g = &self.guide;
        for x in &g.status.groups {
            out.push(guide_entry(format!("group.{}", x.id), "group", format!("group-{}-name", x.id), &x.validity, &x.citation));
        }
        for x in &g.status.cards {
            out.push(guide_entry(format!("card.{}", x.id), "card", format!("card-{}-title", x.id), &x.validity, &x.citation));
        }
        for x in &g.status.changes {
            out.push(Entry {
                range: None,
                label: None,
                label_en: None,
                path: format!("change.{}", x.id),
                kind: "change",
                label_key: format!("reform-{}-title", x.id),
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
                label_key: format!("body-{}", x.id),
                values: Vec::new(),
                citation: x.citation.clone(),
            });
        }
        for r in &g.appeals.routes {
            let path = format!("route.{}.{}", r.benefit.id(), r.decided_by);
            out.push(guide_entry(path, "route", format!("benefit-{}", r.benefit.id()), &r.validity, &r.citation));
        }
        for x in &g.appeals.meanwhile {
            out.push(guide_entry(format!("meanwhile.{}", x.id), "meanwhile", format!("meanwhile-{}", x.id), &x.validity, &x.citation));
        }
        for x in &g.appeals.reversal_rates {
            out.push(Entry {
                range: None,
                label: None,
                label_en: None,
                path: format!("reversal_rate.{}.{}", x.area, x.year),
                kind: "reversal-rate",
                label_key: format!("reversal-area-{}", x.area),
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
                label_key: format!("processing-{}", x.id),
                values: vec![EntryValue { from: None, to: None, value, unit, status: Status::Adopted, derived: false, confidence: x.citation.confidence }],
                citation: x.citation.clone(),
            });
        }
        for (path, x) in &self.satser {
            out.push(Entry {
                path: path.clone(),
                kind: "parameter",
                label_key: String::new(),
                label: Some(x.label.clone()),
                label_en: Some(x.label_en.clone()),
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
                label_key: format!("check-{}-question", x.id),
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
