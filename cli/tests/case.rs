//! `navigator case …`: list, show, export → import through two stores, bad
//! passphrases and files, conflicts. Exports use `--work-factor 10` (hidden,
//! test-only): the real scrypt work factor takes ~20 s unoptimised.

use chrono::NaiveDate;
use ret_og_frist_cases::{Case, Event, EventKind, Note};
use ret_og_frist_store::Store;
use serde_json::Value;
use std::path::Path;

const WF: &str = "10";

mod common;
use common::{one_line_failure, ok_json, run, Dir};

fn navigator(args: &[&str], env_pass: Option<&str>) -> (i32, String, String) {
    run(args, env_pass)
}

fn ok(args: &[&str]) -> Value {
    ok_json(args, run(args, None))
}

fn fails(args: &[&str], env_pass: Option<&str>) -> String {
    one_line_failure(args, run(args, env_pass))
}

fn sample(id: &str, title: &str) -> Case {
    let mut c = Case::new(id, title, "2026-03-01T10:00:00.000Z");
    c.person = "Jens Hansen".into();
    let date = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
    c.events.push(Event {
        id: "e1".into(),
        kind: EventKind::Decision,
        date,
        delivery: Default::default(),
        employment: Default::default(),
        authority: "Aarhus Kommune".into(),
        case_number: String::new(),
        note: String::new(),
    });
    c.notes.push(Note { date, text: "Ringede til kommunen".into() });
    c
}

fn store_with(path: &str, cases: &[Case]) -> Vec<Case> {
    let mut s = Store::open(path).unwrap();
    let saved = cases.iter().map(|c| s.save(c).unwrap()).collect();
    s.close().unwrap();
    saved
}

fn file_bytes(p: &str) -> Vec<u8> {
    std::fs::read(Path::new(p)).unwrap()
}

#[test]
fn list_and_show_with_deadlines() {
    let d = Dir::new("case-list-show");
    let store = d.path("a.sqlite");
    store_with(&store, &[sample("c2", "Sygedagpenge"), sample("c1", "Klage over sanktion")]);
    let v = ok(&["case", "list", "--store", &store]);
    let titles: Vec<&str> = v["cases"].as_array().unwrap().iter().map(|c| c["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Klage over sanktion", "Sygedagpenge"]);
    assert_eq!(v["cases"][0]["version"], 1);
    assert_eq!(v["cases"][0]["person"], "Jens Hansen");

    // Decision received Thu 5 Mar 2026 → klagefrist Tue 7 Apr 2026 (same as `deadline complaint`).
    let v = ok(&["case", "show", "c1", "--store", &store, "--today", "2026-03-10"]);
    assert_eq!(v["case"]["title"], "Klage over sanktion");
    let dl = &v["deadlines"][0];
    assert_eq!(dl["deadline"], "2026-04-07");
    assert_eq!(dl["days_left"], 28);
    assert_eq!(dl["kind"], "complaint");
    assert_eq!(dl["event_id"], "e1");
    assert!(dl["deadline_text"].as_str().unwrap().contains("7. april 2026"), "{dl}");
    assert!(dl["reference"].as_str().unwrap().contains("§"), "{dl}");

    let line = fails(&["case", "show", "nope", "--store", &store], None);
    assert!(line.contains("no case 'nope'"), "{line}");
    let missing = d.path("missing.sqlite");
    let line = fails(&["case", "list", "--store", &missing], None);
    assert!(line.contains("does not exist"), "{line}");
    assert!(!Path::new(&missing).exists(), "list must not create a store");
}

#[test]
fn export_import_round_trip_through_two_stores() {
    let d = Dir::new("case-round-trip");
    let (a, b) = (d.path("citizen.sqlite"), d.path("adviser.sqlite"));
    let pass = d.write("pass.txt", "korrekt hest batteri\n");
    let saved = store_with(&a, &[sample("c1", "Klage over sanktion")]);
    let out = d.path("sag.rof");

    let v = ok(&["case", "export", "c1", "--store", &a, "--out", &out, "--passphrase-file", &pass, "--work-factor", WF]);
    assert_eq!(v["id"], "c1");
    let text = String::from_utf8(file_bytes(&out)).unwrap();
    assert!(text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    assert!(!text.contains("Klage"));

    // Into a store that does not exist yet.
    let v = ok(&["case", "import", &out, "--store", &b, "--passphrase-file", &pass]);
    assert_eq!(v["outcome"], "added");
    let s = Store::open(&b).unwrap();
    assert_eq!(s.get("c1").unwrap().unwrap(), saved[0]);
    drop(s);
    // Again: nothing to do.
    assert_eq!(ok(&["case", "import", &out, "--store", &b, "--passphrase-file", &pass])["outcome"], "unchanged");

    // The adviser edits and sends it back; the citizen's store takes the newer version.
    let mut s = Store::open(&b).unwrap();
    let mut edited = saved[0].clone();
    edited.notes.push(Note { date: NaiveDate::from_ymd_opt(2026, 3, 12).unwrap(), text: "Klage sendt".into() });
    let edited = s.save(&edited).unwrap();
    s.close().unwrap();
    let back = d.path("tilbage.rof");
    let (code, _, err) = navigator(
        &["case", "export", "c1", "--store", &b, "--out", &back, "--work-factor", WF],
        Some("korrekt hest batteri"),
    );
    assert_eq!(code, 0, "{err}");
    let v = ok(&["case", "import", &back, "--store", &a, "--passphrase-file", &pass]);
    assert_eq!((v["outcome"].as_str(), v["version"].as_u64()), (Some("updated"), Some(2)));
    assert_eq!(Store::open(&a).unwrap().get("c1").unwrap().unwrap(), edited);
}

#[test]
fn wrong_passphrase_and_bad_files_change_nothing() {
    let d = Dir::new("case-bad");
    let a = d.path("a.sqlite");
    let pass = d.write("pass.txt", "korrekt hest batteri\n");
    let wrong = d.write("wrong.txt", "forkert\n");
    store_with(&a, &[sample("c1", "Sag")]);
    let out = d.path("sag.rof");
    ok(&["case", "export", "c1", "--store", &a, "--out", &out, "--passphrase-file", &pass, "--work-factor", WF]);

    let b = d.path("b.sqlite");
    let line = fails(&["case", "import", &out, "--store", &b, "--passphrase-file", &wrong], None);
    assert!(line.contains("wrong passphrase"), "{line}");
    assert!(line.contains("sag.rof"), "names the file: {line}");
    assert!(!Path::new(&b).exists(), "a failed import must not create the store");

    let before = file_bytes(&a);
    let line = fails(&["case", "import", &out, "--store", &a, "--passphrase-file", &wrong], None);
    assert!(line.contains("wrong passphrase"), "{line}");

    let junk = d.write("junk.rof", "Hej, her er min sag\n");
    let line = fails(&["case", "import", &junk, "--store", &a, "--passphrase-file", &pass], None);
    assert!(line.contains("not an encrypted case file"), "{line}");

    let mut cut = file_bytes(&out);
    cut.truncate(cut.len() / 2);
    std::fs::write(d.0.join("cut.rof"), cut).unwrap();
    let line = fails(&["case", "import", &d.path("cut.rof"), "--store", &a, "--passphrase-file", &pass], None);
    assert!(line.contains("cut off") || line.contains("damaged"), "{line}");

    let line = fails(&["case", "import", &d.path("none.rof"), "--store", &a, "--passphrase-file", &pass], None);
    assert!(line.contains("none.rof"), "{line}");
    let line = fails(&["case", "import", &out, "--store", &a, "--passphrase-file", &d.path("nopass.txt")], None);
    assert!(line.contains("passphrase file"), "{line}");
    let empty = d.write("empty.txt", "\n");
    let line = fails(&["case", "import", &out, "--store", &a, "--passphrase-file", &empty], None);
    assert!(line.contains("empty"), "{line}");
    let line = fails(&["case", "import", &out, "--store", &a], None);
    assert!(line.contains("RET_OG_FRIST_PASSPHRASE"), "{line}");
    let line = fails(&["case", "export", "c1", "--store", &a, "--out", &d.path("x.rof")], None);
    assert!(line.contains("no passphrase"), "{line}");
    // There is no way to give the passphrase on the command line.
    let (code, _, _) = navigator(&["case", "import", &out, "--store", &a, "--passphrase", "x"], None);
    assert_eq!(code, 2);

    let s = Store::open(&a).unwrap();
    assert_eq!(s.list().unwrap().len(), 1);
    drop(s);
    assert_eq!(file_bytes(&a), before, "the store file is unchanged");
}

#[test]
fn conflict_fails_by_default_then_keep_both_or_replace() {
    let d = Dir::new("case-conflict");
    let (a, b) = (d.path("a.sqlite"), d.path("b.sqlite"));
    let pass = d.write("pass.txt", "korrekt hest batteri");
    let saved = store_with(&a, &[sample("c1", "Sag")]);
    let out = d.path("sag.rof");
    ok(&["case", "export", "c1", "--store", &a, "--out", &out, "--passphrase-file", &pass, "--work-factor", WF]);
    ok(&["case", "import", &out, "--store", &b, "--passphrase-file", &pass]);

    // Both sides edit version 1 → each has a different version 2.
    let mut s = Store::open(&b).unwrap();
    let mut mine = saved[0].clone();
    mine.title = "Sag (rådgiver)".into();
    let mine = s.save(&mine).unwrap();
    s.close().unwrap();
    let mut s = Store::open(&a).unwrap();
    let mut theirs = saved[0].clone();
    theirs.title = "Sag (borger)".into();
    s.save(&theirs).unwrap();
    s.close().unwrap();
    let out2 = d.path("sag2.rof");
    ok(&["case", "export", "c1", "--store", &a, "--out", &out2, "--passphrase-file", &pass, "--work-factor", WF]);

    let line = fails(&["case", "import", &out2, "--store", &b, "--passphrase-file", &pass], None);
    assert!(line.contains("a different version"), "{line}");
    assert!(line.contains("--on-conflict keep-both") && line.contains("--on-conflict replace"), "{line}");
    assert_eq!(Store::open(&b).unwrap().get("c1").unwrap().unwrap(), mine);

    // The older first file against the newer stored case: "a newer version".
    let line = fails(&["case", "import", &out, "--store", &b, "--passphrase-file", &pass], None);
    assert!(line.contains("a newer version"), "{line}");

    let v = ok(&["case", "import", &out2, "--store", &b, "--passphrase-file", &pass, "--on-conflict", "keep-both"]);
    assert_eq!((v["outcome"].as_str(), v["id"].as_str()), (Some("kept-both"), Some("c1-importeret")));
    assert_eq!(v["title"], "Sag (borger) (importeret)");
    assert_eq!(Store::open(&b).unwrap().get("c1").unwrap().unwrap(), mine);

    let v = ok(&["case", "import", &out2, "--store", &b, "--passphrase-file", &pass, "--on-conflict", "replace"]);
    assert_eq!((v["outcome"].as_str(), v["version"].as_u64()), (Some("replaced"), Some(3)));
    let list = ok(&["case", "list", "--store", &b]);
    let titles: Vec<&str> = list["cases"].as_array().unwrap().iter().map(|c| c["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Sag (borger)", "Sag (borger) (importeret)"]);

    let line = fails(&["case", "import", &out2, "--store", &b, "--passphrase-file", &pass, "--on-conflict", "merge"], None);
    assert!(line.contains("merge") && line.contains("keep-both"), "{line}");
}

/// A case's saved gain calculation is recomputed with the case's own overrides,
/// and its deadlines are marked when an override changed them.
#[test]
fn show_recomputes_calculations_with_the_case_rules() {
    use ret_og_frist_cases::SavedScenario;
    use ret_og_frist_core::gain::Scenario;
    use ret_og_frist_core::rules::Override;
    let d = Dir::new("case-calculations");
    let store = d.path("a.sqlite");
    let text = std::fs::read_to_string(format!("{}/../docs/examples/gain/single.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let scenario = Scenario::from_json(&text).unwrap();
    let mut c = sample("c1", "Jobtilbud");
    c.scenarios.push(SavedScenario { id: "s1".into(), title: "37 timer".into(), saved: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(), scenario });
    let mut corrected = c.clone();
    corrected.id = "c2".into();
    corrected.overrides.push(Override { path: "frist.complaint".into(), value: 6.into(), note: "Forlænget af kommunen".into() });
    corrected.overrides.push(Override {
        path: "kontanthjaelp.indtaegt.fribeloeb_pr_time".into(),
        value: 40.into(),
        note: "Sats fra afgørelsen".into(),
    });
    store_with(&store, &[c, corrected]);
    let plain = ok(&["case", "show", "c1", "--store", &store, "--today", "2026-03-10"]);
    let with = ok(&["case", "show", "c2", "--store", &store, "--today", "2026-03-10"]);
    let expected = ok(&["calc", &format!("{}/../docs/examples/gain/single.json", env!("CARGO_MANIFEST_DIR"))]);
    assert_eq!(plain["calculations"][0]["gain_monthly"], expected["gain_monthly"], "same as `navigator calc`");
    assert!(with["calculations"][0]["gain_monthly"].is_i64());
    assert_eq!(plain["deadlines"][0]["overridden"], false);
    assert_eq!(with["deadlines"][0]["overridden"], true);
    assert_eq!(with["deadlines"][0]["deadline"], "2026-04-16", "6 weeks from Thu 5 Mar 2026");
}
