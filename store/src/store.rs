//! The SQLite case store.

use chrono::{DateTime, SecondsFormat};
use ret_og_frist_cases::model::SCHEMA;
use ret_og_frist_cases::{Case, CaseError};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::time::Duration;
use thiserror::Error;

/// Schema version this build writes (`PRAGMA user_version` after migrating).
pub const SCHEMA_VERSION: u32 = 2;

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
/// too — with NORMAL the last saves could roll back there. The price is one
/// fsync per save, nothing at the pace a person edits.
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
        // The first statement reads the file: "file is not a database" shows up here.
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).map_err(open_err)?;
        if !mode.eq_ignore_ascii_case("wal") {
            // E.g. a file system without shared memory: the rollback journal with
            // synchronous=FULL is just as crash-safe, only slower.
            eprintln!("case store: journal_mode is {mode}, not wal");
        }
        conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;")
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
    /// Reads the mirrored columns only; open a case with [`Store::get`].
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
                id: r.get(0)?,
                title: r.get(1)?,
                person: r.get(2)?,
                version: u64::try_from(r.get::<_, i64>(3)?).unwrap_or(0),
                updated: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// One case, checked: the checksum must match and the text must parse and
    /// agree with its row. A damaged case is [`StoreError::Corrupt`], never returned.
    pub fn get(&self, id: &str) -> Result<Option<Case>> {
        read_case(&self.conn, id)
    }

    /// Every case, checked like [`Store::get`], in [`Store::list`] order.
    /// Fails on the first damaged case.
    pub fn all(&self) -> Result<Vec<Case>> {
        let mut stmt = self.conn.prepare("SELECT id, version, body, checksum FROM cases")?;
        let rows = stmt.query_map([], Row::from_sql)?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row?.into_case()?);
        }
        out.sort_by(|a, b| sort_key(&a.title).cmp(&sort_key(&b.title)).then_with(|| a.id.cmp(&b.id)));
        Ok(out)
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
                    // Remember what this edit replaces (a damaged row is simply not remembered).
                    if let Ok(Some(stored)) = read_case(tx, &case.id) {
                        out.remember(&stored);
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
    pub fn delete(&mut self, id: &str) -> Result<bool> {
        let n = self.write(|tx| Ok(tx.execute("DELETE FROM cases WHERE id = ?1", [id])?))?;
        let _ = self.checkpoint();
        Ok(n > 0)
    }

    /// Delete every case and really remove the data: delete the rows, `VACUUM`
    /// (rewrites the file without free pages) and checkpoint the write-ahead log
    /// into the file and truncate it, so no old page is left in either file.
    /// Returns the number of cases deleted. [`StoreError::Busy`] if another
    /// connection kept the log from being emptied (the rows are gone regardless).
    pub fn delete_all(&mut self) -> Result<usize> {
        let n = self.write(|tx| Ok(tx.execute("DELETE FROM cases", [])?))?;
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

struct Row {
    id: String,
    version: i64,
    body: String,
    checksum: String,
}

impl Row {
    fn from_sql(r: &rusqlite::Row) -> rusqlite::Result<Row> {
        Ok(Row { id: r.get(0)?, version: r.get(1)?, body: r.get(2)?, checksum: r.get(3)? })
    }

    fn into_case(self) -> Result<Case> {
        let corrupt = |reason: String| StoreError::Corrupt { id: self.id.clone(), reason };
        if checksum(&self.body) != self.checksum {
            return Err(corrupt("checksum does not match the stored text".into()));
        }
        let case = Case::from_json(&self.body).map_err(|e| corrupt(e.to_string()))?;
        if case.id != self.id {
            return Err(corrupt(format!("the text is of case '{}'", case.id)));
        }
        if i64::try_from(case.version).ok() != Some(self.version) {
            return Err(corrupt(format!("the text has version {}, the row {}", case.version, self.version)));
        }
        Ok(case)
    }
}

pub(crate) fn read_case(conn: &Connection, id: &str) -> Result<Option<Case>> {
    conn.query_row("SELECT id, version, body, checksum FROM cases WHERE id = ?1", [id], Row::from_sql)
        .optional()?
        .map(Row::into_case)
        .transpose()
}

/// The stored version of a case, from its row (the body is not read, so this
/// works on a damaged case too).
pub(crate) fn stored_version(conn: &Connection, id: &str) -> Result<Option<u64>> {
    let v: Option<i64> = conn.query_row("SELECT version FROM cases WHERE id = ?1", [id], |r| r.get(0)).optional()?;
    Ok(v.map(|v| u64::try_from(v).unwrap_or(0)))
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
