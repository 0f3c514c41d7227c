//! Golden cases for the guide: target groups (`tests/cases/status/`) and
//! complaint routes (`tests/cases/appeals/`), each citing its source in comments.

use chrono::NaiveDate;
use ret_og_frist_core::guide::status::{Profile, Readiness};
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_core::RuleSet;
use serde::Deserialize;
mod common;
use common::files;

#[derive(Deserialize)]
struct StatusFile {
    case: Vec<StatusCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusCase {
    name: String,
    as_of: NaiveDate,
    benefit: Benefit,
    readiness: Option<Readiness>,
    age: Option<u32>,
    expected_group: Option<String>,
    #[serde(default)]
    expected_cards: Vec<String>,
    expected_proposal: Option<bool>,
}

#[test]
fn status_cases() {
    let rules = RuleSet::builtin().unwrap();
    let mut n = 0;
    let mut failures = Vec::new();
    for (file, f) in files::<StatusFile>("status") {
        for c in f.case {
            n += 1;
            let p = Profile {
                as_of: c.as_of,
                benefit: c.benefit,
                readiness: c.readiness,
                age: c.age,
                akasse_member: None,
                children: None,
            };
            let r = rules.guide.status.evaluate(&p);
            let got = r.group.map(|g| g.id.clone());
            if got != c.expected_group {
                failures.push(format!("{file}: {}: group {:?}, expected {:?}", c.name, got, c.expected_group));
            }
            for card in &c.expected_cards {
                if !r.cards.iter().any(|x| &x.id == card) {
                    failures.push(format!("{file}: {}: card {card} missing", c.name));
                }
            }
            if let Some(want) = c.expected_proposal {
                if want == r.proposals.is_empty() {
                    failures.push(format!("{file}: {}: proposal shown = {}", c.name, !want));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures in {n} cases:\n{}", failures.len(), failures.join("\n"));
    assert!(n >= 15, "only {n} status cases");
}

#[derive(Deserialize)]
struct AppealFile {
    case: Vec<AppealCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AppealCase {
    name: String,
    benefit: String,
    decided_by: String,
    #[serde(default)]
    expected_bodies: Vec<String>,
    expected_first_deadline: Option<String>,
    #[serde(default)]
    expect_error: bool,
    as_of: Option<NaiveDate>,
}

#[test]
fn appeal_cases() {
    let rules = RuleSet::builtin().unwrap();
    let default_date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut n = 0;
    let mut failures = Vec::new();
    for (file, f) in files::<AppealFile>("appeals") {
        for c in f.case {
            n += 1;
            let date = c.as_of.unwrap_or(default_date);
            let Some(benefit) = Benefit::from_id(&c.benefit) else {
                if !c.expect_error {
                    failures.push(format!("{file}: {}: unknown benefit {}", c.name, c.benefit));
                }
                continue;
            };
            match (rules.guide.appeals.guide(benefit, &c.decided_by, date), c.expect_error) {
                (Ok(_), true) => failures.push(format!("{file}: {}: expected no route", c.name)),
                (Err(e), false) => failures.push(format!("{file}: {}: {e}", c.name)),
                (Err(_), true) => {}
                (Ok(g), false) => {
                    let mut bodies: Vec<String> = Vec::new();
                    for s in &g.route.step {
                        if bodies.last() != Some(&s.body) {
                            bodies.push(s.body.clone());
                        }
                    }
                    if bodies != c.expected_bodies {
                        failures.push(format!("{file}: {}: bodies {bodies:?}, expected {:?}", c.name, c.expected_bodies));
                    }
                    let first = g.route.step.iter().find_map(|s| s.citizen_deadline.clone());
                    if first != c.expected_first_deadline {
                        failures.push(format!("{file}: {}: first deadline {first:?}, expected {:?}", c.name, c.expected_first_deadline));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures in {n} cases:\n{}", failures.len(), failures.join("\n"));
    assert!(n >= 15, "only {n} appeal cases");
}

/// Every guide entry carries a reference, a source URL, a validity date (where
/// it has one) and a confidence; proposals are never shown as law.
#[test]
fn every_guide_entry_is_cited_and_dated() {
    let rules = RuleSet::builtin().unwrap();
    let g = &rules.guide;
    let check = |what: &str, c: &ret_og_frist_core::rules::Citation| {
        assert!(!c.reference.trim().is_empty(), "{what}: no reference");
        assert!(c.source.starts_with("https://") || c.source.starts_with("http://"), "{what}: source {}", c.source);
    };
    for x in &g.status.groups {
        check(&x.id, &x.citation);
    }
    for x in &g.status.cards {
        check(&x.id, &x.citation);
        assert!(!x.applies_to.is_empty(), "{}: applies to nothing", x.id);
    }
    for x in &g.status.changes {
        check(&x.id, &x.citation);
    }
    for r in &g.appeals.routes {
        check(&format!("{}/{}", r.benefit.id(), r.decided_by), &r.citation);
        for s in &r.step {
            check(&format!("{}/{} step {}", r.benefit.id(), r.decided_by, s.body), &s.citation);
        }
    }
    for x in &g.checks {
        check(&x.id, &x.citation);
    }
    assert!(g.status.cards.len() >= 20);
    assert!(g.checks.len() >= 10);
    // A proposal group is never picked as a person's current group.
    for b in Benefit::ALL {
        for year in 2024..=2028 {
            let p = Profile {
                as_of: NaiveDate::from_ymd_opt(year, 6, 1).unwrap(),
                benefit: b,
                readiness: Some(Readiness::Jobparat),
                age: Some(40),
                akasse_member: None,
                children: None,
            };
            let r = g.status.evaluate(&p);
            assert!(r.group.is_none_or(|x| !x.validity.is_proposal()), "{b:?} {year}");
        }
    }
}
