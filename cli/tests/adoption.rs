//! The maintainer's path when the phase-2 reform bills (1 January 2027) are
//! adopted: copy `rules/`, set `status = "adopted"` on the phase-2 entries, raise
//! `dk/version.toml`, `navigator rules pack` with a key, `navigator rules verify`.
//! Made here with the published TEST key (no build trusts it). The pack file the
//! CLI writes is then imported as the app does (`verify_newer`), and `navigator
//! status` shows what the built-in rules say until then: the 2027 entries apart,
//! as proposals.

use chrono::NaiveDate;
use ret_og_frist_core::guide::status::{Profile, Readiness};
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_core::rules::Status;
use ret_og_frist_rulepack::{builtin_info, keys, verify_newer, TrustedKey};
use serde_json::Value;

mod common;
use common::{fails, ok, pack_with_test_key, repo, rules_copy, Dir};

/// The phase-2 entries by rule file (the same list as rulepack/tests/adoption.rs).
const PHASE2: &[(&str, &[&str])] = &[
    (
        "dk/maalgrupper.toml",
        &[
            "lab2027-dagpenge",
            "lab2027-kontanthjaelp-aktivitetsparat",
            "lab2027-kontanthjaelp",
            "lab2027-sygedagpenge",
            "lab2027-jobafklaring",
            "lab2027-ledighedsydelse",
            "lab2027-fleksjob",
            "lab2027-foertidspension",
            "lab2027-ressourceforloeb",
            "lab2027-oevrige",
        ],
    ),
    (
        "dk/rettigheder.toml",
        &["sanktioner-aktivitetsparate-2027", "sanktioner-sygedagpenge-2027", "sygedagpenge-reduceret-sats-2027"],
    ),
    ("dk/reform.toml", &["ny-lab-2027", "uddannelsespaalaeg-afskaffes", "sanktioner-2027", "jobafklaring-afskaffes-2027"]),
];

fn trusted() -> Vec<TrustedKey> {
    vec![keys::parse_public_key(&std::fs::read_to_string(repo("rules/keys/test.pub")).unwrap()).unwrap()]
}

/// `status = "proposal"` → `"adopted"` in the block of `id` (exactly one line).
fn flip(text: &str, id: &str) -> String {
    let start = text.find(&format!("\nid = \"{id}\"\n")).unwrap_or_else(|| panic!("no entry {id}"));
    let block_start = text[..start].rfind("\n[[").unwrap();
    let block_end = text[start..].find("\n[[").map_or(text.len(), |i| start + i);
    let block = &text[block_start..block_end];
    assert_eq!(block.matches("\nstatus = \"proposal\"\n").count(), 1, "{id} must be a proposal in the built-in rules");
    format!("{}{}{}", &text[..block_start], block.replacen("\nstatus = \"proposal\"\n", "\nstatus = \"adopted\"\n", 1), &text[block_end..])
}

/// Edit the copied rules as the maintainer would on adoption; returns the new version.
fn adopt(rules: &str) -> u32 {
    for (file, ids) in PHASE2 {
        let path = format!("{rules}/{file}");
        let mut text = std::fs::read_to_string(&path).unwrap();
        for id in *ids {
            text = flip(&text, id);
        }
        std::fs::write(&path, text).unwrap();
    }
    let current = builtin_info().version;
    let path = format!("{rules}/dk/version.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let line = format!("\nversion = {current}\n");
    assert_eq!(text.matches(&line).count(), 1);
    std::fs::write(&path, text.replace(&line, &format!("\nversion = {}\n", current + 1))).unwrap();
    current + 1
}

fn pack(rules: &str, name: &str, out: &str) -> Value {
    pack_with_test_key(rules, name, "2026-12-20", out)
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|x| x["id"].as_str().unwrap().to_string()).collect()
}

#[test]
fn until_adopted_navigator_status_shows_the_2027_entries_apart_as_proposals() {
    let dir = Dir::new("adoption-status");
    let profile = dir.write("p.json", r#"{"as_of": "2027-01-02", "benefit": "sygedagpenge", "age": 40}"#);
    let v = ok(&["status", &profile]);
    assert_eq!(v["target_group"]["id"], "sygedagpengemodtager");
    assert_eq!(v["target_group"]["status"], "adopted");
    assert_eq!(ids(&v["proposals"]), ["lab2027-sygedagpenge"]);
    assert_eq!(v["proposals"][0]["status"], "proposal");
    assert_eq!(v["proposals"][0]["from"], "2027-01-01");
    let cards = ids(&v["cards"]);
    assert!(cards.contains(&"jobafklaringsforloeb".to_string()), "{cards:?}");
    let proposed = ids(&v["proposed_cards"]);
    for id in ["sygedagpenge-reduceret-sats-2027", "sanktioner-sygedagpenge-2027"] {
        assert!(proposed.contains(&id.to_string()) && !cards.contains(&id.to_string()), "{id}: {proposed:?}");
    }
    for c in v["proposed_cards"].as_array().unwrap() {
        assert_eq!(c["status"], "proposal");
        // Worded in every language (not the id as a fallback).
        let title = c["title"].as_str().unwrap();
        assert!(!title.is_empty() && !title.contains("card-"), "{title}");
    }
    let t = v["timeline"].as_array().unwrap().iter().find(|e| e["id"] == "jobafklaring-afskaffes-2027").unwrap();
    assert_eq!((t["status"].as_str(), t["in_effect"].as_bool()), (Some("proposal"), Some(false)));
    for lang in ["en", "uk", "ar"] {
        let v = ok(&["--lang", lang, "status", &profile]);
        let name = v["proposals"][0]["name"].as_str().unwrap();
        assert!(!name.starts_with("group-"), "{lang}: {name}");
    }
}

#[test]
fn adoption_is_a_rule_pack_made_and_verified_with_the_cli() {
    let dir = Dir::new("adoption-pack");
    let rules = rules_copy(&dir);
    let version = adopt(&rules);
    let out = dir.path("adoption.json");
    let made = pack(&rules, "2027-adoption", &out);
    assert_eq!(made["version"], version);
    let info = ok(&["rules", "verify", &out, "--key-pub", &repo("rules/keys/test.pub")]);
    assert_eq!(info["version"], version);
    assert_eq!(info["sha256"], made["sha256"]);

    // The file the CLI wrote, imported as the app imports it.
    let bytes = std::fs::read(&out).unwrap();
    let (active, adopted) = verify_newer(&bytes, &trusted(), &builtin_info()).unwrap();
    let s = &adopted.guide.status;
    let d = |x: &str| NaiveDate::parse_from_str(x, "%Y-%m-%d").unwrap();
    let p = |benefit, readiness, as_of: &str| Profile {
        as_of: d(as_of),
        benefit,
        readiness,
        age: Some(40),
        akasse_member: None,
        children: None,
    };
    let r = s.evaluate(&p(Benefit::Sygedagpenge, None, "2027-01-02"));
    assert_eq!(r.group.map(|g| (g.id.as_str(), g.validity.status)), Some(("lab2027-sygedagpenge", Status::Adopted)));
    let cards: Vec<&str> = r.cards.iter().map(|c| c.id.as_str()).collect();
    assert!(cards.contains(&"sygedagpenge-reduceret-sats-2027") && !cards.contains(&"jobafklaringsforloeb"), "{cards:?}");
    assert!(r.proposals.is_empty() && r.proposed_cards.is_empty());
    let r = s.evaluate(&p(Benefit::Kontanthjaelp, Some(Readiness::Aktivitetsparat), "2027-01-02"));
    assert_eq!(r.group.map(|g| g.id.as_str()), Some("lab2027-kontanthjaelp-aktivitetsparat"));
    assert!(r.cards.iter().any(|c| c.id == "sanktioner-aktivitetsparate-2027"));
    // 31 December 2026: today's LAB still.
    let r = s.evaluate(&p(Benefit::Sygedagpenge, None, "2026-12-31"));
    assert_eq!(r.group.map(|g| g.id.as_str()), Some("sygedagpengemodtager"));
    assert!(r.cards.iter().any(|c| c.id == "jobafklaringsforloeb"));

    // Changed after signing: refused.
    let text = std::fs::read_to_string(&out).unwrap();
    let at = text.find("id = \\\"lab2027-sygedagpenge\\\"").unwrap();
    let status = at + text[at..].find("status = \\\"adopted\\\"").unwrap();
    let tampered =
        format!("{}status = \\\"proposal\\\"{}", &text[..status], &text[status + "status = \\\"adopted\\\"".len()..]);
    std::fs::write(dir.path("tampered.json"), tampered).unwrap();
    let line = fails(&["rules", "verify", &dir.path("tampered.json"), "--key-pub", &repo("rules/keys/test.pub")]);
    assert!(line.contains("[bad_signature]"), "{line}");

    // A pack of today's (proposal) rules, validly signed, cannot replace the adopted pack.
    let older = dir.path("older.json");
    pack(&repo("rules"), "2026-12", &older);
    let e = verify_newer(&std::fs::read(&older).unwrap(), &trusted(), &active).unwrap_err();
    assert_eq!(e.code(), "older", "{e}");
}
