//! The `navigator` binary as advisers and scripts use it.

use serde_json::Value;
use std::process::Command;

fn navigator(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_navigator")).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn json(args: &[&str]) -> Value {
    let (code, out, err) = navigator(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn complaint_digital_post() {
    // Thu 5 Mar 2026 + 4 weeks = Thu 2 Apr (skærtorsdag) → … → Tue 7 Apr 2026 (RSL § 67).
    let v = json(&["deadline", "complaint", "--received", "2026-03-05"]);
    assert_eq!(v["deadline"], "2026-04-07");
    assert!(v["steps"].as_array().unwrap().len() >= 3);
    assert!(v["steps"][0]["text"].as_str().unwrap().contains("5. marts 2026"));
    assert!(v["rules"].as_array().unwrap().iter().any(|r| r["reference"].as_str().unwrap().contains("§ 67")));
}

#[test]
fn complaint_paper_post() {
    // Sent Thu 5 Mar 2026; 6 delivery days → Fri 13 Mar; + 4 weeks = Fri 10 Apr 2026.
    let v = json(&["deadline", "complaint", "--sent", "05.03.2026", "--post", "paper"]);
    assert_eq!(v["deadline"], "2026-04-10");
}

#[test]
fn ombudsman_in_english() {
    // Ombudsmandsloven § 13, stk. 3: 12 months from receipt; Wed 10 Jun 2026 is a working day.
    let v = json(&["deadline", "ombudsman", "--received", "2025-06-10", "--lang", "en"]);
    assert_eq!(v["deadline"], "2026-06-10");
    assert_eq!(v["deadline_text"], "Wednesday 10 June 2026");
}

#[test]
fn ombudsman_paper_post_runs_from_presumed_receipt() {
    // ombudsmanden.dk: the year runs from receipt. Sent Thu 5 Mar 2026 by post: 6 delivery
    // days → received Fri 13 Mar; + 12 months = Sat 13 Mar 2027 → Mon 15 Mar 2027.
    let v = json(&["deadline", "ombudsman", "--sent", "2026-03-05", "--post", "paper"]);
    assert_eq!(v["deadline"], "2027-03-15");
}

#[test]
fn uncertain_day_warning() {
    let v = json(&["deadline", "complaint", "--received", "2026-04-16"]);
    assert_eq!(v["deadline"], "2026-05-15");
    assert_eq!(v["warnings"][0]["code"], "uncertain-day");
    assert_eq!(v["warnings"][0]["later"], "2026-05-18");
}

#[test]
fn holidays_2023_and_2024() {
    let has_bededag = |y: &str| {
        json(&["holidays", "--year", y])["days"].as_array().unwrap().iter().any(|d| d["id"] == "store-bededag")
    };
    assert!(has_bededag("2023"));
    assert!(!has_bededag("2024"));
}

#[test]
fn bad_input_is_one_line_and_non_zero() {
    for (args, needle) in [
        (vec!["deadline", "complaint", "--received", "2026-02-31"], "2026-02-31"),
        (vec!["deadline", "klage", "--received", "2026-02-01"], "klage"),
        (vec!["deadline", "complaint"], "--received"),
        (vec!["deadline", "ombudsman"], "--received"),
        (vec!["deadline", "ombudsman", "--decided", "2026-01-01"], "--received"),
        (vec!["holidays", "--year", "abc"], "abc"),
        (vec!["deadline", "complaint", "--received", "2026-01-01", "--lang", "xx"], "xx"),
    ] {
        let (code, out, err) = navigator(&args);
        assert_ne!(code, 0, "{args:?}");
        assert!(out.is_empty(), "{args:?}");
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    let (_, _, err) = navigator(&["deadline", "klage", "--received", "2026-02-01"]);
    assert!(err.contains("complaint-akasse"), "lists accepted kinds: {err}");
}

#[test]
fn status_from_profile_file() {
    // LAB § 6 (as amended): a 35-year-old jobparat kontanthjælpsmodtager on 22 Nov 2026.
    let v = json(&["status", "../docs/examples/profile.json"]);
    assert_eq!(v["target_group"]["id"], "jobparat-kontanthjaelp");
    let cards = v["cards"].as_array().unwrap();
    assert!(cards.iter().any(|c| c["id"] == "aktindsigt"));
    assert!(cards.iter().all(|c| c["citation"]["reference"].as_str().is_some_and(|r| !r.is_empty())));
    assert!(v["timeline"].as_array().unwrap().iter().any(|c| c["status"] == "proposal"));
}

#[test]
fn appeal_route_with_deadline() {
    // Kontanthjælp decided by the kommune: complain to the kommune within 4 weeks
    // (RSL § 67), genvurdering (RSL § 66), then Ankestyrelsen.
    let v = json(&["appeal", "--benefit", "kontanthjaelp", "--decided-by", "kommune", "--received", "2026-03-05"]);
    let route = v["route"].as_array().unwrap();
    assert_eq!(route[0]["body"], "kommune");
    assert_eq!(route[0]["deadline"], "2026-04-07", "same engine as `navigator deadline`");
    assert!(route.iter().any(|s| s["body"] == "ankestyrelsen"));
    assert!(!v["meanwhile"].as_array().unwrap().is_empty());
}

#[test]
fn appeal_bad_input_lists_accepted() {
    let (code, _, err) = navigator(&["appeal", "--benefit", "kontanthjaelp", "--decided-by", "jobcenter"]);
    assert_ne!(code, 0);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("jobcenter") && err.contains("kontanthjaelp/kommune"), "{err}");
    let (code, _, err) = navigator(&["appeal", "--benefit", "kontanthjælp", "--decided-by", "kommune"]);
    assert_ne!(code, 0);
    assert!(err.contains("accepted: kontanthjaelp"), "{err}");
}

#[test]
fn procedure_check_finds_missing_partshoering() {
    // FVL § 19, stk. 1: no partshøring before a sanction is a possible error.
    let v = json(&["check", "../docs/examples/check.json"]);
    let f = v["findings"].as_array().unwrap();
    assert_eq!(f[0]["id"], "partshoering");
    assert_eq!(f[0]["verdict"], "possible-error");
    assert!(f[0]["citation"]["reference"].as_str().unwrap().contains("§ 19"));
    assert!(!f.iter().any(|x| x["id"] == "klagevejledning"), "a 'yes' is not a finding");
}

#[test]
fn status_bad_file_is_one_line() {
    let dir = std::env::temp_dir().join(format!("navigator-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("bad.json");
    std::fs::write(&p, r#"{"as_of": "2026-11-22", "benefit": "kontanthjælp"}"#).unwrap();
    let (code, _, err) = navigator(&["status", p.to_str().unwrap()]);
    assert_ne!(code, 0);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("kontanthjælp") || err.contains("benefit"), "{err}");
}

#[test]
fn letter_text_pdf_and_missing_answers() {
    // Every example answers file gives a letter (docs/examples/letters/<kind>.json).
    for kind in ["partshoering", "fristforlaengelse", "aktindsigt", "begrundelse", "klage", "ombudsmand"] {
        let (code, out, err) = navigator(&["letter", kind, &format!("../docs/examples/letters/{kind}.json")]);
        assert_eq!(code, 0, "{kind}: {err}");
        assert!(out.contains("Med venlig hilsen"), "{kind}");
        assert!(out.contains('§'), "{kind} cites a §");
    }
    let dir = std::env::temp_dir().join(format!("navigator-letter-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pdf = dir.join("svar.pdf");
    let (code, _, err) = navigator(&[
        "letter", "partshoering", "../docs/examples/letters/partshoering.json", "--format", "pdf", "--out", pdf.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    // Missing answers: one line naming them, non-zero exit.
    let answers = dir.join("empty.json");
    std::fs::write(&answers, r#"{"sender": {"name": "Ali"}}"#).unwrap();
    let (code, out, err) = navigator(&["letter", "partshoering", answers.to_str().unwrap()]);
    assert_ne!(code, 0);
    assert!(out.is_empty());
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("recipient.name") && err.contains("letter_date") && err.contains("points"), "{err}");
    let (code, _, err) = navigator(&["letter", "brev", answers.to_str().unwrap()]);
    assert_ne!(code, 0);
    assert!(err.contains("accepted: partshoering"), "{err}");
}

#[test]
fn rules_list_and_show() {
    let v = json(&["rules", "list", "--as-of", "2026-11-22"]);
    let rules = v["rules"].as_array().unwrap();
    assert!(rules.len() > 150);
    assert!(rules.iter().all(|r| r["reference"].as_str().is_some_and(|s| !s.is_empty())));
    let complaint = rules.iter().find(|r| r["path"] == "frist.complaint").unwrap();
    assert_eq!(complaint["current"]["value"], "4");
    assert_eq!(complaint["current"]["unit"], "weeks");
    let unconfirmed = json(&["rules", "list", "--unconfirmed"]);
    let u = unconfirmed["rules"].as_array().unwrap();
    assert!(!u.is_empty() && u.len() < rules.len());
    // Each one is unconfirmed, an estimate, or a proposal (not adopted law).
    assert!(u.iter().all(|r| r["confidence"] == "unconfirmed" || r["estimated"].is_object() || r["proposal"] == true));
    // The 2027 phase-2 groups are proposals even where a source describes them (confidence low).
    let group = u.iter().find(|r| r["path"].as_str().is_some_and(|p| p.contains("lab2027-dagpenge"))).expect("a 2027 proposal group is listed");
    assert_eq!(group["proposal"], true);
    assert_eq!(group["confidence"], "low");
    assert!(u.iter().all(|r| r["path"] != "frist.complaint"), "adopted, confirmed rules are not listed");
    // A derived value (computed, not published) is listed with its status.
    let flex = rules.iter().find(|r| r["path"] == "fleksjob.bundgraense").unwrap();
    assert_eq!(flex["current"]["value"], "17672");
    assert_eq!(flex["current"]["derived"], true);
    assert_eq!(flex["current"]["status"], "adopted");
    let show = json(&["rules", "show", "skat.atp.overfoersel.modtager"]);
    assert!(show["entry"]["values"].as_array().unwrap().iter().any(|v| v["derived"] == true && v["value"] == "99"));
    let show = json(&["rules", "show", "day.store-bededag"]);
    assert_eq!(show["entry"]["values"][0]["to"], "2023-12-31");
    let (code, _, err) = navigator(&["rules", "show", "frist.nope"]);
    assert_ne!(code, 0);
    assert!(err.contains("frist.nope"), "{err}");
}

#[test]
fn overrides_are_labelled_with_the_baseline_beside() {
    // frist.complaint overridden to 5 weeks: Thu 5 Mar 2026 + 5 weeks = Thu 9 Apr 2026;
    // the baseline (4 weeks, RSL § 67) stays Tue 7 Apr 2026.
    let v = json(&[
        "deadline", "complaint", "--received", "2026-03-05", "--override", "frist.complaint=5", "--override-note", "adviser test",
    ]);
    assert_eq!(v["deadline"], "2026-04-09");
    assert_eq!(v["baseline_deadline"], "2026-04-07");
    assert_eq!(v["overrides"][0]["path"], "frist.complaint");
    assert_eq!(v["overrides"][0]["note"], "adviser test");
    let (code, _, err) = navigator(&["deadline", "complaint", "--received", "2026-03-05", "--override", "frist.complaint=5"]);
    assert_ne!(code, 0);
    assert!(err.contains("note"), "{err}");
    let plain = json(&["deadline", "complaint", "--received", "2026-03-05"]);
    assert!(plain.get("overrides").is_none(), "no overrides, no label");
}

#[test]
fn akasse_route_uses_akasse_rules_meanwhile() {
    // Retssikkerhedsloven § 72 governs the social area; an a-kasse decision
    // simply applies until changed (a-kasse practice, ALFL).
    let v = json(&["appeal", "--benefit", "dagpenge", "--decided-by", "a-kasse", "--as-of", "2026-11-22"]);
    let ids: Vec<&str> = v["meanwhile"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"akasse-decision-applies"), "{ids:?}");
    assert!(!ids.contains(&"no-suspensive-effect"), "{ids:?}");
    let v = json(&["appeal", "--benefit", "kontanthjaelp", "--decided-by", "kommune", "--as-of", "2026-11-22"]);
    assert!(v["meanwhile"].as_array().unwrap().iter().any(|m| m["id"] == "no-suspensive-effect"));
}

/// Run `navigator`, failing the test (and killing the process) if it takes
/// longer than `secs`: a hang must fail, not stall the test run.
fn navigator_within(secs: u64, args: &[&str]) -> (i32, String, String) {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_navigator"))
        .args(args)
        .env_remove("RET_OG_FRIST_PASSPHRASE")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > std::time::Duration::from_secs(secs) {
            child.kill().unwrap();
            let _ = child.wait();
            panic!("{args:?} ran for more than {secs} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let (mut out, mut err) = (String::new(), String::new());
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    (status.code().unwrap_or(-1), out, err)
}

/// `--override post.paper=99999999` used to count 99,999,999 working days for
/// minutes; now it is refused at once, naming the path, the value and the range.
#[test]
fn an_override_outside_its_range_is_refused_at_once() {
    let (code, _, err) = navigator_within(
        20,
        &["deadline", "complaint", "--sent", "2026-03-05", "--post", "paper", "--override", "post.paper=99999999",
            "--override-note", "x"],
    );
    assert_ne!(code, 0);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    for part in ["post.paper", "99999999", "0 to 30"] {
        assert!(err.contains(part), "{err}");
    }
    let (code, _, err) = navigator_within(20, &["calc", concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/examples/gain/single.json"),
        "--override", "skat.bundskat.sats=1201", "--override-note", "typo"]);
    assert_ne!(code, 0);
    assert!(err.contains("skat.bundskat.sats") && err.contains("1201") && err.contains("0 to 100"), "{err}");
    // The range is shown with the rule.
    let v = json(&["rules", "show", "post.paper"]);
    assert_eq!(v["entry"]["range"]["min"], "0", "{v}");
    assert_eq!(v["entry"]["range"]["max"], "30", "{v}");
}

/// A case file carrying an out-of-range override used to import as "added"
/// and make `case show` (and the app's start) hang. The override is left out.
#[test]
fn a_case_file_with_an_out_of_range_override_never_hangs() {
    use chrono::NaiveDate;
    use ret_og_frist_cases::{Case, Event, EventKind};
    use ret_og_frist_core::deadlines::Delivery;
    use ret_og_frist_core::rules::Override;
    let dir = std::env::temp_dir().join(format!("rof-cli-{}-hostile-case", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = |n: &str| dir.join(n).to_string_lossy().into_owned();
    let mut c = Case::new("c1", "Klage", "2026-03-01T10:00:00.000Z");
    c.events.push(Event {
        id: "e1".into(),
        kind: EventKind::Decision,
        date: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
        delivery: Delivery::Paper,
        employment: Default::default(),
        authority: "Aarhus Kommune".into(),
        case_number: String::new(),
        note: String::new(),
    });
    c.overrides.push(Override { path: "post.paper".into(), value: 99_999_999.into(), note: "x".into() });
    let bytes = ret_og_frist_store::file::export_with_work_factor(&c, "kodeord med mange ord", 10).unwrap();
    std::fs::write(path("c.rof"), bytes).unwrap();
    std::fs::write(path("pass.txt"), "kodeord med mange ord\n").unwrap();
    let store = path("s.sqlite");
    let (code, out, err) = navigator_within(60, &["case", "import", &path("c.rof"), "--store", &store, "--passphrase-file",
        &path("pass.txt")]);
    assert_eq!(code, 0, "{err}");
    // The import says which correction it will not use, and why.
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["overrides_rejected"][0]["path"], "post.paper", "{v}");
    assert!(v["overrides_rejected"][0]["reason"].as_str().unwrap().contains("outside the valid range 0 to 30"), "{v}");
    let (code, out, err) = navigator_within(60, &["case", "show", "c1", "--store", &store, "--today", "2026-03-10"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    // Sent Thu 5 Mar; 6 delivery days → Fri 13 Mar; + 4 weeks = Fri 10 Apr 2026: the rule data, not the override.
    assert_eq!(v["deadlines"][0]["deadline"], "2026-04-10", "{v}");
    assert_eq!(v["overrides_rejected"][0]["path"], "post.paper", "{v}");
    let _ = std::fs::remove_dir_all(&dir);
}
