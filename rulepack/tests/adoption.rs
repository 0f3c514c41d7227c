//! When the phase-2 reform bills (1 January 2027) are adopted, or the 2027 rates
//! are published, the app learns it from a signed rule pack: a DATA change, no new
//! build. These tests make that pack the way a maintainer would (the built-in rule
//! files, `status = "proposal"` flipped to `"adopted"` on the phase-2 entries,
//! `dk/version.toml` raised by one), sign it with the published TEST key, import it
//! through `verify_newer` (what the app does) and check what the person is then told.
//! The same starting files without the flip are the control: the tests fail if
//! the built-in rules already treat the proposals as law, or if the flip changes nothing.

use chrono::NaiveDate;
use ret_og_frist_core::guide::status::{Profile, Readiness, StatusResult};
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_core::rules::{Status, BUILTIN_FILES};
use ret_og_frist_core::RuleSet;
use ret_og_frist_rulepack::{build, builtin_info, keys, sign, to_bytes, verify_newer, PackInfo, TrustedKey};
use std::collections::BTreeMap;

const TEST_KEY: &str = include_str!("../../rules/keys/test.key");
const TEST_PUB: &str = include_str!("../../rules/keys/test.pub");

/// The phase-2 entries by rule file: the adoption pack flips exactly these.
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

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn trusted() -> Vec<TrustedKey> {
    vec![keys::parse_public_key(TEST_PUB).unwrap()]
}

fn builtin_map() -> BTreeMap<String, String> {
    BUILTIN_FILES.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect()
}

/// `status = "proposal"` → `"adopted"` in the `[[…]]` block whose id is `id`;
/// exactly one such line, or the test data has drifted and the test says so.
fn flip(text: &str, id: &str) -> String {
    let start = text.find(&format!("\nid = \"{id}\"\n")).unwrap_or_else(|| panic!("no entry {id}"));
    let block_start = text[..start].rfind("\n[[").unwrap();
    let block_end = text[start..].find("\n[[").map_or(text.len(), |i| start + i);
    let block = &text[block_start..block_end];
    assert_eq!(block.matches("\nstatus = \"proposal\"\n").count(), 1, "{id} must be a proposal in the built-in rules");
    format!("{}{}{}", &text[..block_start], block.replacen("\nstatus = \"proposal\"\n", "\nstatus = \"adopted\"\n", 1), &text[block_end..])
}

/// `dk/version.toml` with `version = current + by`.
fn bump(files: &mut BTreeMap<String, String>, by: u32) -> u32 {
    let current = builtin_info().version;
    let text = &files["dk/version.toml"];
    let line = format!("\nversion = {current}\n");
    assert_eq!(text.matches(&line).count(), 1);
    let text = text.replace(&line, &format!("\nversion = {}\n", current + by));
    files.insert("dk/version.toml".into(), text);
    current + by
}

/// The adoption pack's files: every phase-2 entry adopted, version + 1.
fn adopted_files() -> BTreeMap<String, String> {
    let mut files = builtin_map();
    for (file, ids) in PHASE2 {
        let mut text = files[*file].clone();
        for id in *ids {
            text = flip(&text, id);
        }
        files.insert(file.to_string(), text);
    }
    bump(&mut files, 1);
    files
}

/// Build with the library's checks, sign with the test key, return the file's bytes.
fn signed(files: &BTreeMap<String, String>, name: &str) -> Vec<u8> {
    let pairs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let pack = build(&pairs, name, d("2026-12-20")).unwrap();
    to_bytes(&sign(&pack, &keys::parse_private_key(TEST_KEY).unwrap()))
}

/// What the app does with a pack file: verify it and refuse one older than the rules in use.
fn import(bytes: &[u8], active: &PackInfo) -> (PackInfo, RuleSet) {
    verify_newer(bytes, &trusted(), active).unwrap()
}

fn profile(benefit: Benefit, readiness: Option<Readiness>, age: u32, as_of: &str) -> Profile {
    Profile { as_of: d(as_of), benefit, readiness, age: Some(age), akasse_member: None, children: None }
}

fn group(r: &StatusResult) -> String {
    r.group.map(|g| g.id.clone()).unwrap_or_default()
}

fn ids<'a>(cards: impl IntoIterator<Item = &'a &'a ret_og_frist_core::guide::status::Card>) -> Vec<&'a str> {
    cards.into_iter().map(|c| c.id.as_str()).collect()
}

#[test]
fn before_adoption_the_2027_entries_are_proposals_shown_apart() {
    let rules = RuleSet::builtin().unwrap();
    let s = &rules.guide.status;
    // Aktivitetsparat on kontanthjælp, 2 January 2027: today's LAB group still applies.
    let r = s.evaluate(&profile(Benefit::Kontanthjaelp, Some(Readiness::Aktivitetsparat), 40, "2027-01-02"));
    assert_eq!(group(&r), "aktivitetsparat-kontanthjaelp");
    assert_eq!(r.proposals.iter().map(|g| g.id.as_str()).collect::<Vec<_>>(), ["lab2027-kontanthjaelp-aktivitetsparat"]);
    assert!(ids(&r.proposed_cards).contains(&"sanktioner-aktivitetsparate-2027"));
    assert!(!ids(&r.cards).contains(&"sanktioner-aktivitetsparate-2027"));
    // Sygedagpenge: the jobafklaringsforløb card stays, the reduced rate is a proposal beside it.
    let r = s.evaluate(&profile(Benefit::Sygedagpenge, None, 40, "2027-01-02"));
    assert_eq!(group(&r), "sygedagpengemodtager");
    assert!(ids(&r.cards).contains(&"jobafklaringsforloeb"));
    assert!(ids(&r.proposed_cards).contains(&"sygedagpenge-reduceret-sats-2027"));
    assert!(ids(&r.proposed_cards).contains(&"sanktioner-sygedagpenge-2027"));
    // The timeline marks them as proposals, never in effect.
    let e = r.timeline.iter().find(|e| e.change.id == "jobafklaring-afskaffes-2027").unwrap();
    assert_eq!((e.change.status, e.in_effect), (Status::Proposal, false));
    // A proposal names what it would replace, and that entry is adopted law.
    let card = s.cards.iter().find(|c| c.id == "sygedagpenge-reduceret-sats-2027").unwrap();
    assert_eq!(card.replaces, ["jobafklaringsforloeb"]);
    assert!(!s.replaced("jobafklaringsforloeb", d("2027-06-01")), "a proposal ends no law");
}

#[test]
fn adoption_ships_as_a_signed_pack_and_replaces_todays_entries_from_1_january_2027() {
    let builtin = RuleSet::builtin().unwrap();
    let bytes = signed(&adopted_files(), "2027-adoption");
    let (info, rules) = import(&bytes, &builtin_info());
    assert_eq!(info.version, builtin_info().version + 1);
    let s = &rules.guide.status;

    // Every phase-2 entry is adopted now, and only the data changed: not one rate,
    // deadline or holiday moved.
    for (_, list) in PHASE2 {
        for id in *list {
            let status = s.groups.iter().find(|g| g.id == *id).map(|g| g.validity.status)
                .or_else(|| s.cards.iter().find(|c| c.id == *id).map(|c| c.validity.status))
                .or_else(|| s.changes.iter().find(|c| c.id == *id).map(|c| c.status));
            assert_eq!(status, Some(Status::Adopted), "{id}");
        }
    }
    assert_eq!(rules.satser, builtin.satser);
    assert_eq!(rules.frister, builtin.frister);
    assert_eq!(rules.holidays, builtin.holidays);
    assert_eq!(rules.guide.appeals, builtin.guide.appeals);

    // Aktivitetsparat on kontanthjælp: the new group and its sanction card are law from 1.1.2027.
    let r = s.evaluate(&profile(Benefit::Kontanthjaelp, Some(Readiness::Aktivitetsparat), 40, "2027-01-02"));
    assert_eq!(group(&r), "lab2027-kontanthjaelp-aktivitetsparat");
    assert_eq!(r.group.unwrap().validity.status, Status::Adopted);
    assert!(r.proposals.is_empty(), "{:?}", r.proposals);
    assert!(ids(&r.cards).contains(&"sanktioner-aktivitetsparate-2027"));
    assert!(r.proposed_cards.is_empty());
    // Under 30 the same group: the age split of today's LAB is gone.
    let r = s.evaluate(&profile(Benefit::Kontanthjaelp, Some(Readiness::Aktivitetsparat), 24, "2027-01-02"));
    assert_eq!(group(&r), "lab2027-kontanthjaelp-aktivitetsparat");
    // No readiness answer: jobparat by default, and the uddannelsespålæg card no longer applies.
    let before = builtin.guide.status.evaluate(&profile(Benefit::Kontanthjaelp, None, 24, "2027-01-02"));
    assert_eq!(group(&before), "uddannelsesparat-kontanthjaelp");
    assert!(ids(&before.cards).contains(&"uddannelsespaalaeg"));
    let r = s.evaluate(&profile(Benefit::Kontanthjaelp, None, 24, "2027-01-02"));
    assert_eq!(group(&r), "lab2027-kontanthjaelp");
    assert!(!ids(&r.cards).contains(&"uddannelsespaalaeg"));

    // Sygedagpenge: the reduced rate replaces the jobafklaringsforløb card.
    let r = s.evaluate(&profile(Benefit::Sygedagpenge, None, 40, "2027-01-02"));
    assert_eq!(group(&r), "lab2027-sygedagpenge");
    let cards = ids(&r.cards);
    assert!(cards.contains(&"sygedagpenge-reduceret-sats-2027") && cards.contains(&"sanktioner-sygedagpenge-2027"), "{cards:?}");
    assert!(!cards.contains(&"jobafklaringsforloeb"), "{cards:?}");
    assert!(s.replaced("jobafklaringsforloeb", d("2027-01-01")));
    // Today's sanction card for sygedagpenge is not replaced (its successor's rules are not known).
    assert!(cards.contains(&"sanktion-sygedagpenge"), "{cards:?}");
    let e = r.timeline.iter().find(|e| e.change.id == "jobafklaring-afskaffes-2027").unwrap();
    assert_eq!((e.change.status, e.in_effect), (Status::Adopted, true));

    // The day before, nothing has changed yet: adoption acts from its date, not before.
    for (benefit, readiness, age) in [
        (Benefit::Kontanthjaelp, Some(Readiness::Aktivitetsparat), 40),
        (Benefit::Kontanthjaelp, None, 24),
        (Benefit::Sygedagpenge, None, 40),
        (Benefit::Jobafklaring, None, 40),
    ] {
        let p = profile(benefit, readiness, age, "2026-12-31");
        let (now, was) = (s.evaluate(&p), builtin.guide.status.evaluate(&p));
        assert_eq!(group(&now), group(&was), "{benefit:?}");
        assert_eq!(ids(&now.cards), ids(&was.cards), "{benefit:?}");
        assert!(now.proposals.is_empty(), "adopted, so no longer listed as a proposal");
    }
}

/// After adoption no person is left in a group of the repealed LAB, and nobody
/// falls out of every group; before adoption nobody is in a 2027 group.
#[test]
fn every_profile_moves_to_a_2027_group_only_once_adopted() {
    let builtin = RuleSet::builtin().unwrap();
    let (_, adopted) = import(&signed(&adopted_files(), "2027-adoption"), &builtin_info());
    let mut checked = 0;
    for benefit in Benefit::ALL {
        for readiness in [None, Some(Readiness::Jobparat), Some(Readiness::Aktivitetsparat)] {
            for age in [17, 25, 45] {
                let p = profile(benefit, readiness, age, "2027-03-01");
                let before = builtin.guide.status.evaluate(&p);
                let after = adopted.guide.status.evaluate(&p);
                let was = group(&before);
                let now = group(&after);
                assert!(!was.starts_with("lab2027-"), "{p:?}: a proposal was picked as the group");
                if !was.is_empty() {
                    assert!(now.starts_with("lab2027-"), "{p:?}: still {now:?} after adoption");
                    assert!(!after.proposals.iter().any(|g| g.id == now), "{p:?}");
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 20, "only {checked} profiles had a group");
}

#[test]
fn a_tampered_or_older_pack_is_refused() {
    let current = builtin_info().version;
    let bytes = signed(&adopted_files(), "2027-adoption");
    // One status turned back after signing: the signature no longer verifies.
    let text = String::from_utf8(bytes.clone()).unwrap();
    let at = text.find("id = \\\"lab2027-sygedagpenge\\\"").unwrap();
    let status = at + text[at..].find("status = \\\"adopted\\\"").unwrap();
    let tampered = format!("{}status = \\\"proposal\\\"{}", &text[..status], &text[status + "status = \\\"adopted\\\"".len()..]);
    let e = verify_newer(tampered.as_bytes(), &trusted(), &builtin_info()).unwrap_err();
    assert_eq!(e.code(), "bad_signature", "{e}");
    // Signed by a key the app does not trust (the release key is the only one a build trusts).
    let e = verify_newer(&bytes, &ret_og_frist_rulepack::trusted_keys(), &builtin_info()).unwrap_err();
    assert_eq!(e.code(), "untrusted_key", "{e}");

    // Once the adoption pack is in use, a validly signed pack of the proposals
    // (the built-in version) cannot roll the law back.
    let (active, _) = import(&bytes, &builtin_info());
    assert_eq!(active.version, current + 1);
    let e = verify_newer(&signed(&builtin_map(), "2026-12"), &trusted(), &active).unwrap_err();
    assert_eq!(e.code(), "older", "{e}");
    assert!(e.to_string().contains("rule pack in use"), "{e}");
    // Without the version raised, the adoption data alone is not a newer pack either.
    let mut same_version = adopted_files();
    same_version.insert("dk/version.toml".into(), builtin_map()["dk/version.toml"].clone());
    let e = verify_newer(&signed(&same_version, "2027-adoption"), &trusted(), &active).unwrap_err();
    assert_eq!(e.code(), "older", "{e}");
}

/// The 2027 rates, once published, ship the same way. Not one 2027 rate was
/// published as of 2026-12-05, so FIXTURE stands in for the number a maintainer
/// would enter: it is not the 2027 sygedagpenge maximum.
#[test]
fn a_published_2027_rate_ships_as_a_pack_and_a_proposed_one_is_never_used() {
    const PATH: &str = "sygedagpenge.maks_pr_uge";
    const FIXTURE: u32 = 5300;
    let date = d("2027-03-01");
    let builtin = RuleSet::builtin().unwrap();
    let before = ret_og_frist_core::satser::lookup(&builtin.satser, PATH, date).unwrap();
    assert!(before.estimate.is_some(), "the built-in rules estimate 2027 (no published value)");

    let with_value = |status: &str, by: u32| {
        let mut files = builtin_map();
        let text = &files["dk/satser/ydelser.toml"];
        let old = "  { from = \"2026-01-01\", v = 5085, confidence = \"medium\" },\n]";
        assert_eq!(text.matches(old).count(), 1, "the 2026 row of {PATH} changed: update this test");
        // Only a row is added; the 2026 row keeps no end date, so while the 2027 row is
        // a proposal the 2026 value is still estimated forward, as without it.
        let new = format!(
            "  {{ from = \"2026-01-01\", v = 5085, confidence = \"medium\" }},\n  \
             {{ from = \"2027-01-01\", v = {FIXTURE}, confidence = \"high\", status = \"{status}\" }},\n]"
        );
        let text = text.replacen(old, &new, 1);
        files.insert("dk/satser/ydelser.toml".into(), text);
        bump(&mut files, by);
        files
    };

    // Entered as a proposal (e.g. announced, not yet in force): imported, never used.
    let (proposed_info, proposed) = import(&signed(&with_value("proposal", 1), "2027-proposed"), &builtin_info());
    let found = ret_og_frist_core::satser::lookup(&proposed.satser, PATH, date).unwrap();
    assert_ne!(found.value.to_string(), FIXTURE.to_string());
    assert!(found.estimate.is_some(), "a proposed value is not a published one: still an estimate");
    assert_eq!(found.value, before.value);

    // Published: the next pack flips its status; the 2027 value is used as is, not estimated.
    let (published_info, published) = import(&signed(&with_value("adopted", 2), "2027-01"), &proposed_info);
    let found = ret_og_frist_core::satser::lookup(&published.satser, PATH, date).unwrap();
    assert_eq!(found.value.to_string(), FIXTURE.to_string());
    assert!(found.estimate.is_none(), "{:?}", found.estimate);
    // 2026 is untouched.
    let y2026 = ret_og_frist_core::satser::lookup(&published.satser, PATH, d("2026-06-01")).unwrap();
    assert_eq!(y2026.value.to_string(), "5085");
    // And the proposal pack cannot come back over it.
    let e = verify_newer(&signed(&with_value("proposal", 1), "2027-proposed"), &trusted(), &published_info).unwrap_err();
    assert_eq!(e.code(), "older");
}
