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

/// A case file made by an app from before the history (no `history`), with a
/// higher version than the stored case: the version number alone proves
/// nothing, so the default `--on-conflict fail` must change nothing — the
/// stored notes survive. Only an explicit `replace` overwrites, and the
/// replaced version is kept and listed.
#[test]
fn legacy_file_with_a_higher_version_never_overwrites_by_default() {
    let d = Dir::new("case-legacy-overwrite");
    let store = d.path("a.sqlite");
    let pass = d.write("pass.txt", "korrekt hest batteri");
    let mut mine = sample("c1", "Sag");
    mine.notes.push(Note { date: NaiveDate::from_ymd_opt(2026, 3, 6).unwrap(), text: "Mine egne noter".into() });
    let stored = store_with(&store, &[mine])[0].clone();
    assert!(stored.history.is_empty(), "a new case has no history yet");
    let mut legacy = sample("c1", "Sag fra en anden");
    legacy.version = 7;
    assert!(legacy.history.is_empty());
    let out = d.path("legacy.rof");
    std::fs::write(&out, ret_og_frist_store::file::export_with_work_factor(&legacy, "korrekt hest batteri", 10).unwrap()).unwrap();

    let line = fails(&["case", "import", &out, "--store", &store, "--passphrase-file", &pass], None);
    assert!(line.contains("nothing was changed"), "{line}");
    assert_eq!(Store::open(&store).unwrap().get("c1").unwrap().unwrap(), stored, "the stored case and its notes are untouched");

    let v = ok(&["case", "import", &out, "--store", &store, "--passphrase-file", &pass, "--on-conflict", "replace"]);
    assert_eq!(v["outcome"], "replaced");
    assert_eq!((v["kept"]["id"].as_str(), v["kept"]["version"].as_u64()), (Some("c1"), Some(1)), "{v}");
    let list = ok(&["case", "list", "--store", &store]);
    let kept = &list["replaced"][0];
    assert_eq!((kept["id"].as_str(), kept["version"].as_u64(), kept["title"].as_str()), (Some("c1"), Some(1), Some("Sag")), "{list}");
    assert_eq!(kept["seq"], v["kept"]["seq"]);

    // The kept version can be brought back; the one it replaces is kept in turn.
    let seq = kept["seq"].as_i64().unwrap().to_string();
    let v = ok(&["case", "restore", &seq, "--store", &store]);
    assert_eq!((v["id"].as_str(), v["version"].as_u64()), (Some("c1"), Some(9)), "{v}");
    let back = Store::open(&store).unwrap().get("c1").unwrap().unwrap();
    assert_eq!((back.title.as_str(), &back.notes), ("Sag", &stored.notes));
    let list = ok(&["case", "list", "--store", &store]);
    let kept: Vec<(&str, u64)> = list["replaced"].as_array().unwrap().iter().map(|k| (k["title"].as_str().unwrap(), k["version"].as_u64().unwrap())).collect();
    assert_eq!(kept, [("Sag fra en anden", 8)]);
}

/// Replace `from` by `to` (same length) in the store's main file, behind SQLite's back.
fn patch_file(path: &str, from: &str, to: &str) {
    assert_eq!(from.len(), to.len());
    let mut bytes = file_bytes(path);
    let at = bytes.windows(from.len()).position(|w| w == from.as_bytes()).expect("text in the file");
    bytes[at..at + to.len()].copy_from_slice(to.as_bytes());
    std::fs::write(path, bytes).unwrap();
}

/// One damaged row: the other cases are listed and the damaged one is named.
#[test]
fn list_names_a_damaged_case_and_shows_the_others() {
    let d = Dir::new("case-damaged");
    let store = d.path("a.sqlite");
    let mut bad = sample("c1", "Klage over sanktion");
    bad.notes[0].text = "UNIKT-MAERKE-123".into();
    store_with(&store, &[sample("c2", "Sygedagpenge"), bad]);
    patch_file(&store, "UNIKT-MAERKE-123", "UNIKT-MAERKE-999");

    let v = ok(&["case", "list", "--store", &store]);
    let ids: Vec<&str> = v["cases"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["c2"], "{v}");
    assert_eq!(v["damaged"][0]["id"], "c1", "{v}");
    assert!(v["damaged"][0]["reason"].as_str().unwrap().contains("checksum"), "{v}");
    let line = fails(&["case", "show", "c1", "--store", &store], None);
    assert!(line.contains("c1") && line.contains("damaged"), "{line}");
}

/// A 512-byte SQLite file (one empty page) with the given header fields, as
/// another program would leave it.
fn foreign_sqlite(application_id: u32, user_version: u32) -> Vec<u8> {
    let mut b = vec![0u8; 512];
    b[..16].copy_from_slice(b"SQLite format 3\0");
    b[16..18].copy_from_slice(&512u16.to_be_bytes());
    b[18] = 1; // legacy (rollback journal) write and read versions
    b[19] = 1;
    b[21] = 64;
    b[22] = 32;
    b[23] = 32;
    b[24..28].copy_from_slice(&1u32.to_be_bytes()); // change counter
    b[28..32].copy_from_slice(&1u32.to_be_bytes()); // pages
    b[44..48].copy_from_slice(&4u32.to_be_bytes()); // schema format
    b[56..60].copy_from_slice(&1u32.to_be_bytes()); // UTF-8
    b[60..64].copy_from_slice(&user_version.to_be_bytes());
    b[68..72].copy_from_slice(&application_id.to_be_bytes());
    b[92..96].copy_from_slice(&1u32.to_be_bytes()); // valid for change counter 1
    b[96..100].copy_from_slice(&3_045_000u32.to_be_bytes());
    b[100] = 0x0d; // empty leaf table page (sqlite_schema)
    b[105..107].copy_from_slice(&512u16.to_be_bytes());
    b
}

/// Another program's SQLite file is refused before anything is written to it.
#[test]
fn another_programs_sqlite_file_is_refused_untouched() {
    let d = Dir::new("case-foreign");
    let pass = d.write("pass.txt", "korrekt hest batteri");
    let a = d.path("a.sqlite");
    store_with(&a, &[sample("c1", "Sag")]);
    let out = d.path("sag.rof");
    ok(&["case", "export", "c1", "--store", &a, "--out", &out, "--passphrase-file", &pass, "--work-factor", WF]);
    for (name, app, user) in [("other-app.db", 0x0f05_5112u32, 0u32), ("versioned.db", 0, 7)] {
        let path = d.path(name);
        let bytes = foreign_sqlite(app, user);
        std::fs::write(&path, &bytes).unwrap();
        let line = fails(&["case", "list", "--store", &path], None);
        assert!(line.contains("not a Ret og Frist case store"), "{line}");
        let line = fails(&["case", "import", &out, "--store", &path, "--passphrase-file", &pass], None);
        assert!(line.contains("not a Ret og Frist case store"), "{line}");
        assert_eq!(file_bytes(&path), bytes, "{name} must be left as it was");
        assert!(!Path::new(&format!("{path}-wal")).exists(), "{name}: no write-ahead log");
    }
    // An empty file is a new store.
    let empty = d.write("empty.sqlite", "");
    assert_eq!(ok(&["case", "list", "--store", &empty])["cases"], serde_json::json!([]));
}

/// The CLI asks as much of a passphrase as the app does.
#[test]
fn export_refuses_a_short_passphrase() {
    let d = Dir::new("case-short-pass");
    let a = d.path("a.sqlite");
    store_with(&a, &[sample("c1", "Sag")]);
    let out = d.path("sag.rof");
    for short in ["x", "1234567"] {
        let (code, _, err) = navigator(&["case", "export", "c1", "--store", &a, "--out", &out, "--work-factor", WF], Some(short));
        assert_ne!(code, 0);
        assert!(err.contains("at least 8 characters"), "{err}");
        assert!(!Path::new(&out).exists(), "no file written");
    }
    let (code, _, err) = navigator(&["case", "export", "c1", "--store", &a, "--out", &out, "--work-factor", WF], Some("12345678"));
    assert_eq!(code, 0, "{err}");
}
