//! The SQLite case store.

use chrono::{DateTime, SecondsFormat};
use ret_og_frist_cases::model::SCHEMA;
use crate::loaded::{Damaged, Loaded};
use ret_og_frist_cases::{Case, CaseError};
use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::time::Duration;
use thiserror::Error;

/// Schema version this build writes (`PRAGMA user_version` after migrating).
pub const SCHEMA_VERSION: u32 = 3;

/// `PRAGMA application_id` of a case store ("RoF1"), written by the v3
/// migration: a file with another id belongs to another program and is refused
/// before anything is written to it.
pub const APPLICATION_ID: i32 = 0x526F_4631;

/// The columns of `cases` in schema 1 and 2 (files from before [`APPLICATION_ID`]).
const LEGACY_COLUMNS: [&str; 7] = ["id", "version", "updated", "title", "person", "body", "checksum"];

/// Migrations, in order: `MIGRATIONS[n]` takes the file from version `n` to `n + 1`.
/// Never edit a released entry; append a new one.
const MIGRATIONS: [&str; SCHEMA_VERSION as usize] = [
    // v1: one row per case. `body` is `Case::to_json()`, the truth; the other
    // columns mirror it for listing without parsing. `checksum` is the SHA-256
    // (hex) of `body`.
    "CREATE TABLE cases (
        id       TEXT PRIMARY KEY,
        version  INTEGER NOT NULL,
        updated  TEXT NOT NULL,
        title    TEXT NOT NULL,
        person   TEXT NOT NULL,
        body     TEXT NOT NULL,
        checksum TEXT NOT NULL
    );",
    // v2: "recently changed" on the start screen (`Store::recent`) reads this index.
    "CREATE INDEX cases_updated ON cases(updated);",
    // v3: versions replaced by an import or "replace" are kept here, so nothing is
    // lost and the person can bring one back (`Store::restore`). Same body and
    // checksum as `cases`; `reason`: import | replace | restore | damaged. (The migration
    // also sets `PRAGMA application_id`.)
    "CREATE TABLE replaced (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        id          TEXT NOT NULL,
        version     INTEGER NOT NULL,
        title       TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        reason      TEXT NOT NULL,
        body        TEXT NOT NULL,
        checksum    TEXT NOT NULL
    );
    CREATE INDEX replaced_id ON replaced(id);",
];

/// How long a writer waits for another connection (the CLI and the app on the
/// same file) before giving up with "database is locked".
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("cannot open the case store {path}: {source}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error("the case store {0} does not exist")]
    Missing(PathBuf),
    #[error("{path} is not a Ret og Frist case store ({why}); it was not changed")]
    NotOurs { path: PathBuf, why: String },
    #[error("the case store has schema version {found}; this version of Ret og Frist reads up to {supported} — update the app")]
    NewerSchema { found: u32, supported: u32 },
    #[error("case '{id}' was changed elsewhere: the store has version {stored_version}, this edit is based on version {your_version}")]
    Conflict { id: String, stored_version: u64, your_version: u64 },
    #[error("case '{id}' in the store is damaged ({reason}); it was not read")]
    Corrupt { id: String, reason: String },
    #[error("case is not valid: {0}")]
    Invalid(String),
    #[error("the case store is open in another program; close it and try again ({0})")]
    Busy(String),
    #[error("case store error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// A stable short code for front ends (`conflict`, `corrupt`, …).
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Open { .. } => "open",
            StoreError::Missing(_) => "missing",
            StoreError::NotOurs { .. } => "not-ours",
            StoreError::NewerSchema { .. } => "newer-schema",
            StoreError::Conflict { .. } => "conflict",
            StoreError::Corrupt { .. } => "corrupt",
            StoreError::Invalid(_) => "invalid",
            StoreError::Busy(_) => "busy",
            StoreError::Sqlite(_) => "database",
        }
    }
}

/// Serialised for Tauri commands as `{ "code": …, "message": …, "stored_version"?: … }`.
impl Serialize for StoreError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("code", self.code())?;
        m.serialize_entry("message", &self.to_string())?;
        if let StoreError::Conflict { id, stored_version, your_version } = self {
            m.serialize_entry("id", id)?;
            m.serialize_entry("stored_version", stored_version)?;
            m.serialize_entry("your_version", your_version)?;
        }
        m.end()
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// One line of the case list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSummary {
    pub id: String,
    pub title: String,
    pub person: String,
    pub version: u64,
    pub updated: String,
}

impl From<&Case> for CaseSummary {
    fn from(c: &Case) -> Self {
        CaseSummary { id: c.id.clone(), title: c.title.clone(), person: c.person.clone(), version: c.version, updated: c.updated.clone() }
    }
}

/// A version of a case that an import, a "replace" or a restore replaced, kept
/// in the store (table `replaced`). Bring it back with [`Store::restore`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Replaced {
    /// Number of this kept version (never reused).
    pub seq: i64,
    pub id: String,
    pub version: u64,
    pub title: String,
    /// When it was replaced (RFC 3339).
    pub replaced_at: String,
    /// What replaced it: `import` (a newer copy of the case), `replace` (the
    /// person chose the file's copy in a conflict), `restore`, or `damaged`
    /// (a damaged row overwritten by a save; kept as it was, for repair by hand).
    pub reason: String,
}

/// The current time as RFC 3339 in UTC with milliseconds (`2026-03-05T09:30:00.123Z`).
pub fn now_rfc3339() -> String {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let secs = i64::try_from(d.as_secs()).unwrap_or(0);
    DateTime::from_timestamp(secs, d.subsec_nanos())
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// SHA-256 of the body, lower-case hex.
pub(crate) fn checksum(body: &str) -> String {
    let digest = Sha256::digest(body.as_bytes());
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// The case store: one SQLite file.
///
/// Durability: `journal_mode=WAL` with `synchronous=FULL`. WAL alone keeps the
/// file consistent if the app is killed at any moment (a transaction is either
/// in the log with its commit frame or ignored); FULL also syncs the log on
/// every commit, so a `save` that returned survives a power cut or OS crash
/// too — with NORMAL the last saves could roll back there. On macOS that needs
/// `fullfsync=ON` as well (fsync there does not flush the drive's cache). The
/// price is one (full) fsync per save, nothing at the pace a person edits.
/// The crash test can only show the part a killed process tests; see the README.
///
/// Privacy: `secure_delete=ON` overwrites deleted and overwritten text with
/// zeros, so old versions do not linger in free space. It is needed for
/// [`Store::delete_all`] too: without it SQLite builds new pages in recycled
/// page-cache buffers and zeroes only their headers, and old text from memory
/// can reappear in the file (the test `delete_all_leaves_no_case_text_in_the_file`
/// catches that).
///
/// `Store` is `Send` but not `Sync`: in Tauri keep it in a `Mutex<Store>`.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Open the store at `path`, creating the file if it is missing, and bring
    /// its schema up to [`SCHEMA_VERSION`].
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Self::open_flags(path.as_ref(), OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE)
    }

    /// Open an existing store; [`StoreError::Missing`] if there is no file (nothing is created).
    pub fn open_existing(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        if !path.is_file() {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        Self::open_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
    }

    fn open_flags(path: &Path, flags: OpenFlags) -> Result<Store> {
        let open_err = |source| StoreError::Open { path: path.to_path_buf(), source };
        let flags = flags | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags).map_err(open_err)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(open_err)?;
        // Read-only checks first: nothing is written to a file that is not ours.
        // The first statement reads the file: "file is not a database" shows up here.
        check_ours(&conn, path)?;
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).map_err(open_err)?;
        if !mode.eq_ignore_ascii_case("wal") {
            // E.g. a file system without shared memory: the rollback journal with
            // synchronous=FULL is just as crash-safe, only slower.
            eprintln!("case store: journal_mode is {mode}, not wal");
        }
        // fullfsync: on macOS a plain fsync leaves the data in the drive's cache;
        // F_FULLFSYNC flushes it. No effect elsewhere (Linux fsync and Windows
        // FlushFileBuffers already flush).
        conn.execute_batch(
            "PRAGMA synchronous = FULL; PRAGMA fullfsync = ON; PRAGMA checkpoint_fullfsync = ON;
             PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;",
        )
        .map_err(open_err)?;
        let mut store = Store { conn, path: path.to_path_buf() };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<()> {
        loop {
            // IMMEDIATE: two programs opening a new file at once migrate one after the other,
            // and the second sees the first one's version.
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let found: u32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if found > SCHEMA_VERSION {
                return Err(StoreError::NewerSchema { found, supported: SCHEMA_VERSION });
            }
            if found == SCHEMA_VERSION {
                return Ok(());
            }
            tx.execute_batch(MIGRATIONS[found as usize])?;
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
            tx.pragma_update(None, "user_version", found + 1)?;
            tx.commit()?;
        }
    }

    /// The file this store is in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open file (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Every case, as list lines, sorted by title (Danish order, case-insensitive), then id.
    /// Reads the mirrored columns only, so damaged cases are listed too (and can
    /// be deleted); [`Store::load`] checks every case.
    pub fn list(&self) -> Result<Vec<CaseSummary>> {
        let mut out = self.summaries("SELECT id, title, person, version, updated FROM cases", [])?;
        out.sort_by(|a, b| sort_key(&a.title).cmp(&sort_key(&b.title)).then_with(|| a.id.cmp(&b.id)));
        Ok(out)
    }

    /// The `limit` most recently changed cases, newest first.
    pub fn recent(&self, limit: u32) -> Result<Vec<CaseSummary>> {
        self.summaries(
            "SELECT id, title, person, version, updated FROM cases ORDER BY updated DESC, id LIMIT ?1",
            [limit],
        )
    }

    fn summaries(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<CaseSummary>> {
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map(params, |r| {
            Ok(CaseSummary {
                id: text(r.get(0)?).unwrap_or_default(),
                title: text(r.get(1)?).unwrap_or_default(),
                person: text(r.get(2)?).unwrap_or_default(),
                version: match r.get(3)? {
                    SqlValue::Integer(v) => u64::try_from(v).unwrap_or(0),
                    _ => 0,
                },
                updated: text(r.get(4)?).unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// One case, checked: the checksum must match and the text must parse and
    /// agree with its row. A damaged case is [`StoreError::Corrupt`], never returned.
    pub fn get(&self, id: &str) -> Result<Option<Case>> {
        read_case(&self.conn, id)
    }

    /// Every case that reads back whole, in [`Store::list`] order, and every
    /// damaged one named with the reason. One damaged row never hides the others.
    pub fn load(&self) -> Result<Loaded> {
        let mut stmt = self.conn.prepare("SELECT rowid, id, version, body, checksum, title FROM cases")?;
        let mut rows = stmt.query([])?;
        let mut out = Loaded::default();
        while let Some(r) = rows.next()? {
            let raw = RawRow::read(r)?;
            let title = raw.title.clone();
            match raw.into_case() {
                Ok(case) => out.cases.push(case),
                Err((id, reason)) => out.damaged.push(Damaged { id, title, reason }),
            }
        }
        out.cases.sort_by(|a, b| sort_key(&a.title).cmp(&sort_key(&b.title)).then_with(|| a.id.cmp(&b.id)));
        Ok(out)
    }

    /// Every case, checked like [`Store::get`], in [`Store::list`] order.
    /// Fails on a damaged case; [`Store::load`] reads the others anyway.
    pub fn all(&self) -> Result<Vec<Case>> {
        let loaded = self.load()?;
        match loaded.damaged.into_iter().next() {
            Some(d) => Err(StoreError::Corrupt { id: d.id, reason: d.reason }),
            None => Ok(loaded.cases),
        }
    }

    /// The kept versions that imports, replaces and restores replaced, oldest first.
    pub fn replaced(&self) -> Result<Vec<Replaced>> {
        let mut stmt =
            self.conn.prepare("SELECT seq, id, version, title, replaced_at, reason FROM replaced ORDER BY seq")?;
        let rows = stmt.query_map([], |r| {
            Ok(Replaced {
                seq: r.get(0)?,
                id: text(r.get(1)?).unwrap_or_default(),
                version: match r.get(2)? {
                    SqlValue::Integer(v) => u64::try_from(v).unwrap_or(0),
                    _ => 0,
                },
                title: text(r.get(3)?).unwrap_or_default(),
                replaced_at: text(r.get(4)?).unwrap_or_default(),
                reason: text(r.get(5)?).unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// One kept version, checked like [`Store::get`].
    pub fn replaced_case(&self, seq: i64) -> Result<Option<Case>> {
        read_replaced(&self.conn, seq)
    }

    /// Bring back kept version `seq`, in one transaction: it becomes the case
    /// again with a version above the stored one (so an editor holding the
    /// stored case gets a conflict instead of undoing this), the stored case is
    /// kept in its place (reason `restore`), and `seq` leaves the kept list.
    /// Returns the restored case and what it replaced.
    pub fn restore(&mut self, seq: i64) -> Result<(Case, Option<Replaced>)> {
        self.write(|tx| {
            let kept = read_replaced(tx, seq)?
                .ok_or_else(|| StoreError::Invalid(format!("there is no kept version {seq}")))?;
            let version = stored_version(tx, &kept.id)?;
            let stored = read_case(tx, &kept.id).ok().flatten();
            let now = now_rfc3339();
            let mut out = crate::file::replacement(stored.as_ref(), &kept, &now);
            if let Some(v) = version {
                out.version = v.max(kept.version).saturating_add(1);
            }
            out.updated = now.clone();
            out.schema = SCHEMA;
            let replaced = keep_replaced(tx, &kept.id, "restore", &now)?;
            tx.execute("DELETE FROM replaced WHERE seq = ?1", [seq])?;
            write_case(tx, &out)?;
            Ok((out, replaced))
        })
    }

    /// Save an edit, in one transaction, with optimistic locking.
    ///
    /// - A case whose id is not in the store is inserted with version 1.
    /// - Otherwise `case.version` must equal the stored version (the edit is based on
    ///   what is stored), else [`StoreError::Conflict`] and nothing is written.
    ///
    /// The saved case has `version + 1`, `updated` = now and the current model
    /// schema; it is returned so the caller keeps editing from it.
    pub fn save(&mut self, case: &Case) -> Result<Case> {
        validate(case)?;
        self.write(|tx| {
            let mut out = case.clone();
            out.schema = SCHEMA;
            out.updated = now_rfc3339();
            out.version = match stored_version(tx, &case.id)? {
                None => 1,
                Some(v) if v == case.version => {
                    // Remember what this edit replaces. A damaged row cannot be
                    // remembered by its content; it is kept as it was instead.
                    match read_case(tx, &case.id) {
                        Ok(Some(stored)) => out.remember(&stored),
                        Ok(None) => {}
                        Err(_) => {
                            keep_replaced(tx, &case.id, "damaged", &out.updated)?;
                        }
                    }
                    v.checked_add(1).ok_or_else(|| StoreError::Invalid("version overflow".into()))?
                }
                Some(v) => {
                    return Err(StoreError::Conflict {
                        id: case.id.clone(),
                        stored_version: v,
                        your_version: case.version,
                    })
                }
            };
            write_case(tx, &out)?;
            Ok(out)
        })
    }

    /// Delete one case; `false` if there was none. The text is overwritten in the
    /// file (`secure_delete`) and the write-ahead log is emptied (best effort: if
    /// another program has the store open, that happens when it closes).
    /// Its kept earlier versions (table `replaced`) go with it.
    pub fn delete(&mut self, id: &str) -> Result<bool> {
        let n = self.write(|tx| {
            tx.execute("DELETE FROM replaced WHERE id = ?1", [id])?;
            Ok(tx.execute("DELETE FROM cases WHERE id = ?1", [id])?)
        })?;
        let _ = self.checkpoint();
        Ok(n > 0)
    }

    /// Delete every case and really remove the data: delete the rows, `VACUUM`
    /// (rewrites the file without free pages) and checkpoint the write-ahead log
    /// into the file and truncate it, so no old page is left in either file.
    /// Returns the number of cases deleted. [`StoreError::Busy`] if another
    /// connection kept the log from being emptied (the rows are gone regardless).
    pub fn delete_all(&mut self) -> Result<usize> {
        let n = self.write(|tx| {
            tx.execute("DELETE FROM replaced", [])?;
            Ok(tx.execute("DELETE FROM cases", [])?)
        })?;
        self.checkpoint()?;
        self.conn.execute_batch("VACUUM")?;
        self.checkpoint()?;
        Ok(n)
    }

    /// Copy the write-ahead log into the file and truncate the log to zero bytes.
    fn checkpoint(&self) -> Result<()> {
        let (busy, log, done): (i64, i64, i64) =
            self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        if busy != 0 || log != done {
            return Err(StoreError::Busy(format!("checkpoint left {} of {} log pages", log - done, log)));
        }
        Ok(())
    }

    /// `(synchronous, fullfsync, checkpoint_fullfsync)` of this connection
    /// (2 = FULL), for tests and diagnostics.
    pub fn durability(&self) -> Result<(i64, bool, bool)> {
        let get = |p: &str| self.conn.query_row(&format!("PRAGMA {p}"), [], |r| r.get::<_, i64>(0));
        Ok((get("synchronous")?, get("fullfsync")? == 1, get("checkpoint_fullfsync")? == 1))
    }

    /// SQLite's own check of the file (`PRAGMA integrity_check`); `Ok` when it says "ok".
    pub fn integrity_check(&self) -> Result<()> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let lines = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
        if lines.len() == 1 && lines[0] == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt { id: "*".into(), reason: lines.join("; ") })
        }
    }

    /// Close the file (checkpointing the log); errors are reported, unlike on drop.
    pub fn close(self) -> Result<()> {
        self.conn.close().map_err(|(_, e)| StoreError::Sqlite(e))
    }

    /// Run `f` in one IMMEDIATE transaction (write lock from the start) and commit.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

/// Sort key: lower case, with æ, ø, å after z in that order (Danish alphabet).
fn sort_key(s: &str) -> Vec<char> {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'æ' | 'ä' => '\u{10FFFD}',
            'ø' | 'ö' => '\u{10FFFE}',
            'å' => '\u{10FFFF}',
            c => c,
        })
        .collect()
}

pub(crate) fn validate(case: &Case) -> Result<()> {
    if case.id.trim().is_empty() {
        return Err(StoreError::Invalid("case has no id".into()));
    }
    if case.schema > SCHEMA {
        return Err(StoreError::Invalid(CaseError::NewerSchema(case.schema).to_string()));
    }
    if i64::try_from(case.version).is_err() {
        return Err(StoreError::Invalid(format!("version {} is too large", case.version)));
    }
    Ok(())
}

/// A `cases` or `replaced` row read without trusting its column types: a row
/// damaged behind our back (wrong type, NULL) is reported, not an SQL error
/// that would stop the whole read.
struct RawRow {
    /// The id, or `#<rowid>` when the id is not text.
    id: String,
    version: SqlValue,
    body: SqlValue,
    checksum: SqlValue,
    title: String,
}

/// The text of a column, if it is text.
fn text(v: SqlValue) -> Option<String> {
    match v {
        SqlValue::Text(t) => Some(t),
        _ => None,
    }
}

impl RawRow {
    /// Columns: rowid, id, version, body, checksum, title.
    fn read(r: &rusqlite::Row) -> rusqlite::Result<RawRow> {
        let rowid: i64 = r.get(0)?;
        Ok(RawRow {
            id: text(r.get(1)?).unwrap_or_else(|| format!("#{rowid}")),
            version: r.get(2)?,
            body: r.get(3)?,
            checksum: r.get(4)?,
            title: text(r.get(5)?).unwrap_or_default(),
        })
    }

    /// The case, or (id, reason) when the row is damaged.
    fn into_case(self) -> std::result::Result<Case, (String, String)> {
        let id = self.id;
        let fail = |reason: String| (id.clone(), reason);
        let (Some(body), Some(sum)) = (text(self.body), text(self.checksum)) else {
            return Err(fail("the text or its checksum is missing".into()));
        };
        let SqlValue::Integer(version) = self.version else {
            return Err(fail("the version is not a number".into()));
        };
        if checksum(&body) != sum {
            return Err(fail("checksum does not match the stored text".into()));
        }
        let case = Case::from_json(&body).map_err(|e| fail(e.to_string()))?;
        if case.id != id {
            return Err(fail(format!("the text is of case '{}'", case.id)));
        }
        if i64::try_from(case.version).ok() != Some(version) {
            return Err(fail(format!("the text has version {}, the row {version}", case.version)));
        }
        Ok(case)
    }

    fn into_checked(self) -> Result<Case> {
        self.into_case().map_err(|(id, reason)| StoreError::Corrupt { id, reason })
    }
}

pub(crate) fn read_case(conn: &Connection, id: &str) -> Result<Option<Case>> {
    conn.query_row("SELECT rowid, id, version, body, checksum, title FROM cases WHERE id = ?1", [id], RawRow::read)
        .optional()?
        .map(RawRow::into_checked)
        .transpose()
}

fn read_replaced(conn: &Connection, seq: i64) -> Result<Option<Case>> {
    conn.query_row("SELECT seq, id, version, body, checksum, title FROM replaced WHERE seq = ?1", [seq], RawRow::read)
        .optional()?
        .map(RawRow::into_checked)
        .transpose()
}

/// Keep the stored row of `id` (as it is, even if damaged) in `replaced`
/// before it is overwritten; `None` if there is no such row.
pub(crate) fn keep_replaced(conn: &Connection, id: &str, reason: &str, now: &str) -> Result<Option<Replaced>> {
    let n = conn.execute(
        "INSERT INTO replaced (id, version, title, replaced_at, reason, body, checksum)
         SELECT id, coalesce(CAST(version AS INTEGER), 0), coalesce(CAST(title AS TEXT), ''), ?2, ?3,
                coalesce(CAST(body AS TEXT), ''), coalesce(CAST(checksum AS TEXT), '')
         FROM cases WHERE id = ?1",
        rusqlite::params![id, now, reason],
    )?;
    if n == 0 {
        return Ok(None);
    }
    let seq = conn.last_insert_rowid();
    Ok(Some(conn.query_row("SELECT version, title FROM replaced WHERE seq = ?1", [seq], |r| {
        Ok(Replaced {
            seq,
            id: id.to_string(),
            version: u64::try_from(r.get::<_, i64>(0)?).unwrap_or(0),
            title: r.get(1)?,
            replaced_at: now.to_string(),
            reason: reason.to_string(),
        })
    })?))
}

/// Refuse a file that is not a case store before anything is written to it
/// (opening a store switches it to WAL and adds tables). Ours: our
/// [`APPLICATION_ID`]; a new, empty file; or a schema 1/2 file from before the
/// id (only our table and index, with our columns).
fn check_ours(conn: &Connection, path: &Path) -> Result<()> {
    let open_err = |source| StoreError::Open { path: path.to_path_buf(), source };
    let app_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).map_err(open_err)?;
    if app_id == APPLICATION_ID {
        return Ok(());
    }
    let not_ours = |why: String| Err(StoreError::NotOurs { path: path.to_path_buf(), why });
    if app_id != 0 {
        return not_ours(format!("it belongs to another program: application_id {app_id:#x}"));
    }
    let user_version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(open_err)?;
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(open_err)?;
    if names.is_empty() && user_version == 0 {
        return Ok(()); // new and empty: becomes a store
    }
    let columns: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info('cases')")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(open_err)?;
    let legacy = matches!(user_version, 1 | 2)
        && names.iter().all(|n| n == "cases" || n == "cases_updated")
        && columns == LEGACY_COLUMNS;
    if legacy {
        Ok(())
    } else {
        let tables = if names.is_empty() { "none".to_string() } else { names.join(", ") };
        not_ours(format!("user_version {user_version}, tables and indexes: {tables}"))
    }
}

/// The stored version of a case, from its row (the body is not read, so this
/// works on a damaged case too).
pub(crate) fn stored_version(conn: &Connection, id: &str) -> Result<Option<u64>> {
    let v: Option<SqlValue> = conn.query_row("SELECT version FROM cases WHERE id = ?1", [id], |r| r.get(0)).optional()?;
    Ok(v.map(|v| match v {
        SqlValue::Integer(v) => u64::try_from(v).unwrap_or(0),
        _ => 0, // damaged: any save or replace goes above it
    }))
}

pub(crate) fn exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn.query_row("SELECT 1 FROM cases WHERE id = ?1", [id], |_| Ok(())).optional()?.is_some())
}

/// Insert or overwrite the row of `case` exactly as given.
pub(crate) fn write_case(conn: &Connection, case: &Case) -> Result<()> {
    validate(case)?;
    let body = case.to_json();
    let sum = checksum(&body);
    let version = i64::try_from(case.version).map_err(|_| StoreError::Invalid("version too large".into()))?;
    conn.execute(
        "INSERT INTO cases (id, version, updated, title, person, body, checksum)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT(id) DO UPDATE SET version = excluded.version, updated = excluded.updated,
           title = excluded.title, person = excluded.person, body = excluded.body,
           checksum = excluded.checksum",
        rusqlite::params![case.id, version, case.updated, case.title, case.person, body, sum],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_order() {
        let mut v = vec!["Åse", "ørn", "Æble", "zebra", "Anna"];
        v.sort_by_key(|s| sort_key(s));
        assert_eq!(v, ["Anna", "zebra", "Æble", "ørn", "Åse"]);
    }

    #[test]
    fn now_is_rfc3339_utc() {
        let t = now_rfc3339();
        assert!(DateTime::parse_from_rfc3339(&t).is_ok(), "{t}");
        assert!(t.ends_with('Z') && t.starts_with("20"), "{t}");
    }

    #[test]
    fn checksum_is_sha256_hex() {
        assert_eq!(checksum(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
