//! The SQLite case store: round trip, optimistic locking, deletion that really
//! removes data, migrations, checksum verification.

mod common;

use common::{files_contain, sample, temp_dir};
use ret_og_frist_store::{Store, StoreError, SCHEMA_VERSION};
use rusqlite::Connection;
use sha2::{Digest, Sha256};

#[test]
fn save_get_round_trip_and_list() {
    let dir = temp_dir("round-trip");
    let db = dir.join("cases.sqlite");
    let mut store = Store::open(&db).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.get("nope").unwrap(), None);

    let mut c = sample("c1", "Åse: sygedagpenge", "m");
    c.version = 7; // a new case is stored as version 1 whatever it says
    let saved = store.save(&c).unwrap();
    assert_eq!(saved.version, 1);
    assert!(chrono::DateTime::parse_from_rfc3339(&saved.updated).is_ok());
    assert_eq!(store.get("c1").unwrap(), Some(saved.clone()));
    assert_eq!(saved.events, c.events);
    assert_eq!(saved.notes, c.notes);

    store.save(&sample("c2", "Anna: kontanthjælp", "m")).unwrap();
    store.save(&sample("c3", "Ørnes klage", "m")).unwrap();
    let titles: Vec<String> = store.list().unwrap().into_iter().map(|s| s.title).collect();
    assert_eq!(titles, ["Anna: kontanthjælp", "Ørnes klage", "Åse: sygedagpenge"]);
    let all = store.all().unwrap();
    assert_eq!(all.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["c2", "c3", "c1"]);
    let recent = store.recent(2).unwrap();
    assert_eq!(recent.len(), 2);
    assert!(recent[0].updated >= recent[1].updated);

    // Keep editing from what save returned.
    let mut edit = saved;
    edit.title = "Åse: sygedagpenge, revurdering".into();
    let saved2 = store.save(&edit).unwrap();
    assert_eq!(saved2.version, 2);
    assert!(saved2.updated >= edit.updated);
    let summary = store.list().unwrap().into_iter().find(|s| s.id == "c1").unwrap();
    assert_eq!((summary.version, summary.person.as_str()), (2, "Jens Hansen"));
    store.close().unwrap();

    // Reopened: still there.
    let store = Store::open(&db).unwrap();
    assert_eq!(store.get("c1").unwrap(), Some(saved2));
    drop(store);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn stale_version_is_a_conflict_and_writes_nothing() {
    let dir = temp_dir("conflict");
    let db = dir.join("cases.sqlite");
    let mut a = Store::open(&db).unwrap();
    let mut b = Store::open(&db).unwrap(); // a second window / the CLI
    let v1 = a.save(&sample("c1", "Sag", "m")).unwrap();
    let mut in_b = b.get("c1").unwrap().unwrap();
    let mut in_a = v1.clone();
    in_a.title = "Sag (A)".into();
    let v2 = a.save(&in_a).unwrap();
    assert_eq!(v2.version, 2);

    in_b.title = "Sag (B)".into();
    let err = b.save(&in_b).unwrap_err();
    match &err {
        StoreError::Conflict { id, stored_version, your_version } => {
            assert_eq!((id.as_str(), *stored_version, *your_version), ("c1", 2, 1));
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert!(err.to_string().contains("changed elsewhere"), "{err}");
    let json = serde_json::to_value(&err).unwrap();
    assert_eq!(json["code"], "conflict");
    assert_eq!(json["stored_version"], 2);
    assert_eq!(b.get("c1").unwrap().unwrap(), v2);

    // A version from the future is a conflict too.
    let mut future = v2.clone();
    future.version = 9;
    assert!(matches!(a.save(&future), Err(StoreError::Conflict { stored_version: 2, .. })));

    // An empty id is refused.
    assert!(matches!(a.save(&sample(" ", "x", "m")), Err(StoreError::Invalid(_))));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn delete_removes_one_case_and_its_text() {
    let dir = temp_dir("delete");
    let db = dir.join("cases.sqlite");
    let mut store = Store::open(&db).unwrap();
    let mut gone = store.save(&sample("gone", "Væk", "DELETE-ME-8231")).unwrap();
    for i in 0..5 {
        gone.title = format!("Væk {i}");
        gone = store.save(&gone).unwrap();
    }
    // A kept (replaced) version of the case goes with it.
    ret_og_frist_store::file::replace(&mut store, &sample("gone", "Væk igen", "other")).unwrap();
    store.save(&sample("kept", "Bliver", "KEEP-ME-1187")).unwrap();
    ret_og_frist_store::file::replace(&mut store, &sample("kept", "Bliver", "KEEP-ME-1187 too")).unwrap();
    assert!(store.delete("gone").unwrap());
    assert_eq!(store.replaced().unwrap().iter().map(|k| k.id.as_str()).collect::<Vec<_>>(), ["kept"]);
    assert!(!store.delete("gone").unwrap());
    assert_eq!(store.get("gone").unwrap(), None);
    assert_eq!(store.list().unwrap().len(), 1);
    store.close().unwrap();
    assert!(!files_contain(&db, "DELETE-ME-8231"), "deleted text is still in the file");
    assert!(files_contain(&db, "KEEP-ME-1187"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn delete_all_leaves_no_case_text_in_the_file() {
    let dir = temp_dir("delete-all");
    let db = dir.join("cases.sqlite");
    let marker = "SECRET-MARKER-Æ4711";
    let mut store = Store::open(&db).unwrap();
    for i in 0..20 {
        let mut c = store.save(&sample(&format!("c{i}"), &format!("{marker} sag {i}"), marker)).unwrap();
        // Old versions end up in the log and in free pages.
        for _ in 0..3 {
            c.notes.push(c.notes[0].clone());
            c = store.save(&c).unwrap();
        }
        // Replaced versions are kept (table `replaced`): they must go too.
        if i % 5 == 0 {
            ret_og_frist_store::file::replace(&mut store, &sample(&format!("c{i}"), "Erstattet", "x")).unwrap();
        }
    }
    assert_eq!(store.replaced().unwrap().len(), 4);
    store.close().unwrap();
    assert!(files_contain(&db, marker), "the test must be able to see the marker");

    let mut store = Store::open(&db).unwrap();
    assert_eq!(store.delete_all().unwrap(), 20);
    assert!(store.list().unwrap().is_empty());
    assert!(store.replaced().unwrap().is_empty());
    assert!(!files_contain(&db, marker), "case text left in the store files after delete_all");
    // Still usable afterwards. Without `secure_delete` this brings old text back:
    // SQLite builds new pages in recycled page-cache buffers and zeroes only their
    // headers unless secure_delete is on.
    store.save(&sample("new", "Ny sag", "fresh")).unwrap();
    store.delete("new").unwrap();
    store.close().unwrap();
    assert!(!files_contain(&db, marker), "case text left in the store files after delete_all");
    assert!(!files_contain(&db, "Jens Hansen"));
    let _ = std::fs::remove_dir_all(dir);
}

/// A v1 file as the first release wrote it, made by hand with plain SQL.
fn make_v1_file(db: &std::path::Path, case: &ret_og_frist_cases::Case) {
    let conn = Connection::open(db).unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         CREATE TABLE cases (id TEXT PRIMARY KEY, version INTEGER NOT NULL, updated TEXT NOT NULL,
           title TEXT NOT NULL, person TEXT NOT NULL, body TEXT NOT NULL, checksum TEXT NOT NULL);
         PRAGMA user_version = 1;",
    )
    .unwrap();
    let body = case.to_json();
    let sum: String = Sha256::digest(body.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
    conn.execute(
        "INSERT INTO cases VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        rusqlite::params![case.id, case.version as i64, case.updated, case.title, case.person, body, sum],
    )
    .unwrap();
    conn.close().unwrap();
}

#[test]
fn migration_v1_to_v2_keeps_data() {
    let dir = temp_dir("migrate");
    let db = dir.join("cases.sqlite");
    let mut old = sample("old", "Fra version 1", "m");
    old.version = 4;
    make_v1_file(&db, &old);

    let mut store = Store::open(&db).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.get("old").unwrap(), Some(old.clone()));
    assert_eq!(store.recent(10).unwrap()[0].id, "old");
    let saved = store.save(&old).unwrap();
    assert_eq!(saved.version, 5);
    store.close().unwrap();

    let conn = Connection::open(&db).unwrap();
    let index: String = conn
        .query_row("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' AND sql IS NOT NULL", [], |r| r.get(0))
        .unwrap();
    assert_eq!(index, "cases_updated");
    let plan: String = conn
        .query_row("EXPLAIN QUERY PLAN SELECT id FROM cases ORDER BY updated DESC LIMIT 5", [], |r| r.get(3))
        .unwrap();
    assert!(plan.contains("cases_updated"), "{plan}");
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    drop(conn);

    // Migrating marked the file as ours.
    let app_id: i32 = conn_app_id(&db);
    assert_eq!(app_id, ret_og_frist_store::APPLICATION_ID);
    // Opening again does not migrate again.
    let store = Store::open(&db).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.list().unwrap().len(), 1);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn newer_schema_is_refused() {
    let dir = temp_dir("newer");
    let db = dir.join("cases.sqlite");
    let conn = Connection::open(&db).unwrap();
    conn.pragma_update(None, "application_id", ret_og_frist_store::APPLICATION_ID).unwrap();
    conn.execute_batch("PRAGMA user_version = 99;").unwrap();
    drop(conn);
    let err = Store::open(&db).unwrap_err();
    assert!(matches!(err, StoreError::NewerSchema { found: 99, supported: SCHEMA_VERSION }), "{err:?}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn checksum_mismatch_is_detected() {
    let dir = temp_dir("checksum");
    let db = dir.join("cases.sqlite");
    let mut store = Store::open(&db).unwrap();
    store.save(&sample("bad", "Sag", "m")).unwrap();
    store.save(&sample("good", "Anden sag", "m")).unwrap();
    let stale = store.get("bad").unwrap().unwrap();

    // Corrupt the body behind the store's back: still valid JSON, different text.
    let conn = Connection::open(&db).unwrap();
    conn.execute("UPDATE cases SET body = replace(body, 'Aarhus', 'Odense') WHERE id = 'bad'", []).unwrap();
    drop(conn);

    let err = store.get("bad").unwrap_err();
    assert!(matches!(&err, StoreError::Corrupt { id, .. } if id == "bad"), "{err:?}");
    assert!(err.to_string().contains("checksum"), "{err}");
    assert!(matches!(store.all(), Err(StoreError::Corrupt { .. })));
    assert!(store.get("good").unwrap().is_some());
    assert_eq!(store.list().unwrap().len(), 2, "the list still shows it, so it can be deleted");
    // A save based on the stored version is not blocked by the damage, and repairs
    // it; the damaged row is kept as it was.
    let repaired = store.save(&stale).unwrap();
    assert_eq!(store.get("bad").unwrap(), Some(repaired));
    let kept = store.replaced().unwrap();
    assert_eq!((kept.len(), kept[0].id.as_str(), kept[0].reason.as_str()), (1, "bad", "damaged"));
    assert!(matches!(store.replaced_case(kept[0].seq), Err(StoreError::Corrupt { .. })), "kept as it was: still damaged");

    // A body that matches its checksum but not its row is caught as well.
    let conn = Connection::open(&db).unwrap();
    conn.execute("UPDATE cases SET version = 99 WHERE id = 'good'", []).unwrap();
    drop(conn);
    assert!(matches!(store.get("good"), Err(StoreError::Corrupt { .. })));
    assert!(store.integrity_check().is_ok());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn bad_files_are_errors_not_panics() {
    let dir = temp_dir("bad-files");
    let missing = dir.join("missing.sqlite");
    assert!(matches!(Store::open_existing(&missing), Err(StoreError::Missing(_))));
    assert!(!missing.exists(), "open_existing must not create the file");

    let junk = dir.join("junk.sqlite");
    std::fs::write(&junk, b"this is not a database, just some text that is long enough to be read").unwrap();
    let err = Store::open(&junk).unwrap_err();
    assert!(matches!(err, StoreError::Open { .. }), "{err:?}");
    assert!(err.to_string().contains("junk.sqlite"), "{err}");
    let _ = std::fs::remove_dir_all(dir);
}

fn conn_app_id(db: &std::path::Path) -> i32 {
    Connection::open(db).unwrap().query_row("PRAGMA application_id", [], |r| r.get(0)).unwrap()
}

/// One damaged row (by checksum, by a wrong column type, or with no readable
/// id) hides nothing else: `load` returns the good cases and names the others.
#[test]
fn one_damaged_row_does_not_hide_the_others() {
    let dir = temp_dir("damaged-rows");
    let db = dir.join("cases.sqlite");
    let mut store = Store::open(&db).unwrap();
    for (id, title) in [("a", "Anden sag"), ("b", "Beskadiget sag"), ("c", "Cykelsag"), ("d", "Dagpenge"), ("e", "Ensom")] {
        store.save(&sample(id, title, "m")).unwrap();
    }
    let conn = Connection::open(&db).unwrap();
    conn.execute("UPDATE cases SET body = replace(body, 'Aarhus', 'Odense') WHERE id = 'b'", []).unwrap();
    conn.execute("UPDATE cases SET version = 'two' WHERE id = 'c'", []).unwrap();
    conn.execute("UPDATE cases SET body = NULL WHERE id = 'd'", []).ok(); // NOT NULL: refused by SQLite
    conn.execute("UPDATE cases SET body = x'00ff' WHERE id = 'd'", []).unwrap();
    conn.execute("UPDATE cases SET id = x'ff' WHERE id = 'e'", []).unwrap(); // a blob: no id to name
    drop(conn);

    let loaded = store.load().unwrap();
    let ids: Vec<&str> = loaded.cases.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a"]);
    let damaged: Vec<(&str, &str)> = loaded.damaged.iter().map(|d| (d.id.as_str(), d.title.as_str())).collect();
    assert_eq!(damaged, [("b", "Beskadiget sag"), ("c", "Cykelsag"), ("d", "Dagpenge"), ("#5", "Ensom")]);
    assert!(loaded.damaged[0].reason.contains("checksum"), "{:?}", loaded.damaged[0]);
    assert!(loaded.damaged[1].reason.contains("version"), "{:?}", loaded.damaged[1]);
    // The strict reader and single reads report damage as Corrupt, never an SQL type error.
    assert!(matches!(store.all(), Err(StoreError::Corrupt { .. })));
    assert!(matches!(store.get("c"), Err(StoreError::Corrupt { .. })));
    assert!(matches!(store.get("d"), Err(StoreError::Corrupt { .. })));
    assert_eq!(store.list().unwrap().len(), 5);
    let _ = std::fs::remove_dir_all(dir);
}

/// Another program's SQLite file is refused before anything is written: no
/// table added, no switch to WAL, not a byte changed. A new empty file and our
/// own files from before the application id still open.
#[test]
fn a_file_that_is_not_ours_is_refused_untouched() {
    let dir = temp_dir("not-ours");
    let cases = [
        ("other tables", "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hej');"),
        ("other app", "PRAGMA application_id = 1234;"),
        ("user_version, no tables", "PRAGMA user_version = 2;"),
        ("a cases table of another shape", "CREATE TABLE cases (id TEXT, data BLOB); PRAGMA user_version = 1;"),
        ("our table and more", "CREATE TABLE cases (id TEXT PRIMARY KEY, version INTEGER NOT NULL, updated TEXT NOT NULL,
           title TEXT NOT NULL, person TEXT NOT NULL, body TEXT NOT NULL, checksum TEXT NOT NULL);
           CREATE TABLE other (x); PRAGMA user_version = 2;"),
    ];
    for (n, (what, sql)) in cases.iter().enumerate() {
        let db = dir.join(format!("foreign-{n}.db"));
        Connection::open(&db).unwrap().execute_batch(sql).unwrap();
        let before = std::fs::read(&db).unwrap();
        for err in [Store::open(&db).unwrap_err(), Store::open_existing(&db).unwrap_err()] {
            assert!(matches!(err, StoreError::NotOurs { .. }), "{what}: {err:?}");
            assert_eq!(err.code(), "not-ours");
            assert!(err.to_string().contains("not a Ret og Frist case store"), "{err}");
        }
        assert_eq!(std::fs::read(&db).unwrap(), before, "{what}: the file must not change");
        let mut wal = db.as_os_str().to_owned();
        wal.push("-wal");
        assert!(!std::path::Path::new(&wal).exists(), "{what}: no write-ahead log");
    }
    let empty = dir.join("empty.sqlite");
    std::fs::write(&empty, b"").unwrap();
    let store = Store::open_existing(&empty).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    drop(store);
    assert_eq!(conn_app_id(&empty), ret_og_frist_store::APPLICATION_ID);
    let _ = std::fs::remove_dir_all(dir);
}

/// The settings durability rests on (a kill cannot test them; the README says why).
#[test]
fn durability_settings() {
    let dir = temp_dir("pragmas");
    let db = dir.join("cases.sqlite");
    let store = Store::open(&db).unwrap();
    assert_eq!(store.durability().unwrap(), (2, true, true), "synchronous=FULL, fullfsync and checkpoint_fullfsync on");
    drop(store);
    let mode: String = Connection::open(&db).unwrap().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal", "WAL is recorded in the file");
    let _ = std::fs::remove_dir_all(dir);
}
