//! The encrypted case file: one case, for handing over to an adviser (or back)
//! by e-mail or USB stick.
//!
//! Format: an [age](https://age-encryption.org/v1) file, passphrase-encrypted
//! (scrypt), ASCII-armored (`-----BEGIN AGE ENCRYPTED FILE-----`), so it
//! survives e-mail and can be opened with the `age`/`rage` tools too. The
//! plaintext is the envelope
//!
//! ```json
//! { "format": "ret-og-frist-case", "version": 1, "case": { …Case… } }
//! ```
//!
//! age authenticates everything: a file that decrypts is exactly the file
//! that was written; any change or cut is an error, never a different case.
//!
//! Importing never overwrites silently: [`merge`] adds, updates only when the
//! file's case provably continues the stored one (its history holds the
//! stored content), and otherwise reports a [`ImportOutcome::Conflict`] for the
//! person to settle with [`keep_both`] or [`replace`]. Whatever an import or a
//! replace overwrites is kept in the store ([`Store::replaced`], [`Store::restore`]).

#[cfg(feature = "sqlite")]
use crate::store::{exists, keep_replaced, now_rfc3339, read_case, stored_version, write_case, Replaced, Store, StoreError};
#[cfg(feature = "casefile")]
use age::armor::{ArmoredReader, ArmoredWriter, Format};
#[cfg(feature = "casefile")]
use age::secrecy::SecretString;
use ret_og_frist_cases::model::SCHEMA;
use ret_og_frist_cases::Case;
#[cfg(feature = "casefile")]
use ret_og_frist_cases::CaseError;
use serde::Serialize;
#[cfg(feature = "casefile")]
use serde_json::Value;
#[cfg(feature = "casefile")]
use std::io::{self, Read, Write};
use thiserror::Error;

/// `format` of the envelope.
pub const FORMAT: &str = "ret-og-frist-case";
/// `version` of the envelope this build writes and reads.
pub const FORMAT_VERSION: u64 = 1;
/// scrypt work factor (log2 N) of exported files: N = 2^18, 256 MiB and about
/// a second of work on a desktop (in a release build), age's own default level.
pub const WORK_FACTOR: u8 = 18;
/// File-name extension the app suggests.
pub const EXTENSION: &str = "rof";
/// Shortest passphrase [`export`] accepts, in characters. The one rule for the
/// CLI, the desktop window and the browser (they all export through here); the
/// texts that state it (`cases-passphrase-hint`, `cases-passphrase-short`) are
/// checked against it by a test.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Limits applied by [`import`] before and while decrypting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Larger input is refused before anything is parsed.
    pub max_file_bytes: usize,
    /// Decrypted content beyond this is refused (age does not compress, so this
    /// only guards binary files near the input limit; the check is cheap).
    pub max_plaintext_bytes: usize,
    /// Highest scrypt work factor accepted: a hostile file cannot make us spend
    /// more than 2^20 × 1 KiB = 1 GiB and a few seconds.
    pub max_work_factor: u8,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_file_bytes: 5 * 1024 * 1024, max_plaintext_bytes: 5 * 1024 * 1024, max_work_factor: 20 }
    }
}

#[derive(Debug, Error)]
pub enum ExportError {
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    #[error("the passphrase must be at least {min} characters")]
    PassphraseTooShort { min: usize },
    #[error("scrypt work factor {0} is outside 1–30")]
    WorkFactor(u8),
    #[error("cannot encrypt the case file: {0}")]
    Encrypt(String),
}

impl ExportError {
    /// A stable short code for front ends (`passphrase-too-short`, …).
    pub fn code(&self) -> &'static str {
        match self {
            ExportError::EmptyPassphrase | ExportError::PassphraseTooShort { .. } => "passphrase-too-short",
            ExportError::WorkFactor(_) => "work-factor",
            ExportError::Encrypt(_) => "encrypt",
        }
    }
}

/// `Ok` if `passphrase` is long enough for a case file ([`MIN_PASSPHRASE_CHARS`]).
pub fn check_passphrase(passphrase: &str) -> Result<(), ExportError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(ExportError::PassphraseTooShort { min: MIN_PASSPHRASE_CHARS });
    }
    Ok(())
}

/// Why a case file could not be read. Each names the problem in one line.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is too large ({size} bytes; a case file is at most {limit} bytes)")]
    TooLarge { size: usize, limit: usize },
    #[error("this is not an encrypted case file (not an age file)")]
    NotAgeFile,
    #[error("this encrypted file is not protected by a passphrase; it cannot be a case file")]
    NotPassphraseFile,
    #[error("wrong passphrase (or the file's key block is damaged)")]
    WrongPassphrase,
    #[error("the file is cut off (truncated); ask for it again")]
    Truncated,
    #[error("the file is damaged ({0}); ask for it again")]
    Damaged(String),
    #[error("the file asks for scrypt work factor {required}; at most {max} is accepted")]
    TooMuchWork { required: u8, max: u8 },
    #[error("the file decrypts but is not a Ret og Frist case file ({0})")]
    NotACaseFile(String),
    #[error("the case file has format version {found}; this version of Ret og Frist reads up to {FORMAT_VERSION} — update the app")]
    NewerFormat { found: u64 },
    #[error("the case in the file has schema {found}; this version of Ret og Frist reads up to {SCHEMA} — update the app")]
    NewerCaseSchema { found: u32 },
    #[error("the case in the file is not valid: {0}")]
    InvalidCase(String),
}

impl ImportError {
    /// A stable short code for front ends (`wrong-passphrase`, `damaged`, …).
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::Empty => "empty",
            ImportError::TooLarge { .. } => "too-large",
            ImportError::NotAgeFile => "not-age-file",
            ImportError::NotPassphraseFile => "not-passphrase-file",
            ImportError::WrongPassphrase => "wrong-passphrase",
            ImportError::Truncated => "truncated",
            ImportError::Damaged(_) => "damaged",
            ImportError::TooMuchWork { .. } => "too-much-work",
            ImportError::NotACaseFile(_) => "not-a-case-file",
            ImportError::NewerFormat { .. } => "newer-format",
            ImportError::NewerCaseSchema { .. } => "newer-case-schema",
            ImportError::InvalidCase(_) => "invalid-case",
        }
    }
}

/// Serialised for Tauri commands as `{ "code": …, "message": … }`.
impl Serialize for ImportError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("code", self.code())?;
        m.serialize_entry("message", &self.to_string())?;
        m.end()
    }
}

#[cfg(feature = "casefile")]
#[derive(Serialize)]
struct Envelope<'a> {
    format: &'a str,
    version: u64,
    case: &'a Case,
}

#[cfg(feature = "casefile")]
/// Encrypt one case into an ASCII-armored age file with [`WORK_FACTOR`].
/// A passphrase shorter than [`MIN_PASSPHRASE_CHARS`] is refused.
pub fn export(case: &Case, passphrase: &str) -> Result<Vec<u8>, ExportError> {
    export_with_work_factor(case, passphrase, WORK_FACTOR)
}

#[cfg(feature = "casefile")]
/// [`export`] with another scrypt work factor (log2 N, 1–30). Lower values are
/// for tests; the importer accepts up to [`Limits::max_work_factor`].
pub fn export_with_work_factor(case: &Case, passphrase: &str, log_n: u8) -> Result<Vec<u8>, ExportError> {
    check_passphrase(passphrase)?;
    let plain = serde_json::to_vec(&Envelope { format: FORMAT, version: FORMAT_VERSION, case })
        .map_err(|e| ExportError::Encrypt(e.to_string()))?;
    seal(&plain, passphrase, log_n)
}

#[cfg(feature = "casefile")]
/// Encrypt arbitrary bytes the way [`export`] does (for tests of the importer).
#[doc(hidden)]
pub fn seal(plain: &[u8], passphrase: &str, log_n: u8) -> Result<Vec<u8>, ExportError> {
    if passphrase.is_empty() {
        return Err(ExportError::EmptyPassphrase);
    }
    if !(1..=30).contains(&log_n) {
        return Err(ExportError::WorkFactor(log_n));
    }
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(log_n);
    let enc = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        .map_err(|e| ExportError::Encrypt(e.to_string()))?;
    let run = || -> io::Result<Vec<u8>> {
        let armor = ArmoredWriter::wrap_output(Vec::new(), Format::AsciiArmor)?;
        let mut w = enc.wrap_output(armor)?;
        w.write_all(plain)?;
        w.finish()?.finish()
    };
    run().map_err(|e| ExportError::Encrypt(e.to_string()))
}

#[cfg(feature = "casefile")]
/// Decrypt and check a case file with the default [`Limits`]. Never panics;
/// every failure is one of the [`ImportError`]s.
pub fn import(bytes: &[u8], passphrase: &str) -> Result<Case, ImportError> {
    import_with(bytes, passphrase, &Limits::default())
}

#[cfg(feature = "casefile")]
/// [`import`] with explicit limits.
pub fn import_with(bytes: &[u8], passphrase: &str, limits: &Limits) -> Result<Case, ImportError> {
    let plain = open(bytes, passphrase, limits)?;
    parse_envelope(&plain)
}

#[cfg(feature = "casefile")]
const BINARY_MAGIC: &[u8] = b"age-encryption.org/";
#[cfg(feature = "casefile")]
const ARMOR_MAGIC: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

#[cfg(feature = "casefile")]
fn io_error(e: &io::Error) -> ImportError {
    if e.kind() == io::ErrorKind::UnexpectedEof {
        ImportError::Truncated
    } else {
        ImportError::Damaged(e.to_string())
    }
}

#[cfg(feature = "casefile")]
/// age + armor → plaintext.
fn open(bytes: &[u8], passphrase: &str, limits: &Limits) -> Result<Vec<u8>, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    if bytes.len() > limits.max_file_bytes {
        return Err(ImportError::TooLarge { size: bytes.len(), limit: limits.max_file_bytes });
    }
    // Tell "some other file" from "a damaged case file" by the first bytes
    // (the armor may be preceded by blank lines, as in a pasted e-mail).
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head = &bytes[start..];
    let prefix_of = |magic: &[u8]| {
        let n = head.len().min(magic.len());
        n > 0 && head[..n] == magic[..n]
    };
    if !prefix_of(BINARY_MAGIC) && !prefix_of(ARMOR_MAGIC) {
        return Err(ImportError::NotAgeFile);
    }
    let decryptor = age::Decryptor::new_buffered(ArmoredReader::new(head)).map_err(decrypt_error)?;
    if !decryptor.is_scrypt() {
        return Err(ImportError::NotPassphraseFile);
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(limits.max_work_factor);
    let reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::ExcessiveWork { required, .. } => {
                ImportError::TooMuchWork { required, max: limits.max_work_factor }
            }
            e => decrypt_error(e),
        })?;
    let limit = limits.max_plaintext_bytes;
    let mut plain = Vec::new();
    reader.take(limit as u64 + 1).read_to_end(&mut plain).map_err(|e| io_error(&e))?;
    if plain.len() > limit {
        return Err(ImportError::TooLarge { size: plain.len(), limit });
    }
    Ok(plain)
}

#[cfg(feature = "casefile")]
fn decrypt_error(e: age::DecryptError) -> ImportError {
    use age::DecryptError as D;
    match e {
        D::DecryptionFailed | D::KeyDecryptionFailed => ImportError::WrongPassphrase,
        D::NoMatchingKeys => ImportError::NotPassphraseFile,
        D::ExcessiveWork { required, .. } => ImportError::TooMuchWork { required, max: Limits::default().max_work_factor },
        D::InvalidHeader => ImportError::Damaged("invalid header".into()),
        D::InvalidMac => ImportError::Damaged("header check failed".into()),
        D::UnknownFormat => ImportError::Damaged("unknown age version".into()),
        D::Io(e) => io_error(&e),
        other => ImportError::Damaged(other.to_string()),
    }
}

#[cfg(feature = "casefile")]
/// Plaintext → case: the envelope's format and version, then the case itself.
fn parse_envelope(plain: &[u8]) -> Result<Case, ImportError> {
    // A byte-order mark is accepted here as in every other JSON the app reads.
    let plain = plain.strip_prefix("\u{feff}".as_bytes()).unwrap_or(plain);
    let v: Value = serde_json::from_slice(plain).map_err(|e| ImportError::NotACaseFile(e.to_string()))?;
    let Value::Object(mut m) = v else {
        return Err(ImportError::NotACaseFile("not a JSON object".into()));
    };
    if m.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotACaseFile(format!("format is not \"{FORMAT}\"")));
    }
    let version = m
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| ImportError::NotACaseFile("no format version".into()))?;
    if version > FORMAT_VERSION {
        return Err(ImportError::NewerFormat { found: version });
    }
    if version == 0 {
        return Err(ImportError::NotACaseFile("format version 0".into()));
    }
    let case = m.remove("case").ok_or_else(|| ImportError::NotACaseFile("no case".into()))?;
    match Case::from_json(&case.to_string()) {
        Ok(c) => Ok(c),
        Err(CaseError::NewerSchema(found)) => Err(ImportError::NewerCaseSchema { found }),
        Err(CaseError::Invalid(e)) => Err(ImportError::InvalidCase(e)),
    }
}

/// What [`merge`] did with an imported case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
#[allow(clippy::large_enum_variant)] // one value per import; plain fields are simpler to match
pub enum ImportOutcome {
    /// No case with this id: stored as it came (its version and time kept, so
    /// importing the same file again is `Unchanged`).
    Added { case: Case },
    /// The file's case was made by editing the stored one (its history holds
    /// the stored content): stored as it came; the stored version is kept.
    Updated { case: Case },
    /// The stored case already has this content: nothing written.
    Unchanged { case: Case },
    /// The stored case is newer than, or as new as but different from, the
    /// file's: nothing written. Settle with [`keep_both`] or [`replace`].
    Conflict { stored: Case, incoming: Case },
}

/// Same content, ignoring the bookkeeping (`version`, `updated`, `schema`, `history`).
fn same_content(a: &Case, b: &Case) -> bool {
    a.fingerprint() == b.fingerprint()
}

/// What an import does with `incoming`, given the stored case with its id (if
/// any). Shared by the SQLite store and the web build's browser storage.
///
/// The histories decide: only a copy made by editing the stored case replaces
/// it. A copy edited on both sides is a conflict even when its version number is
/// higher. So is a pair without histories (cases from before schema 2, or never
/// edited since): a version number proves nothing about where a copy came from,
/// and trusting it once let any old-format file with a higher number replace a
/// case and its notes without a question.
pub fn decide(stored: Option<&Case>, incoming: &Case) -> ImportOutcome {
    use ret_og_frist_cases::Lineage;
    let Some(stored) = stored else { return ImportOutcome::Added { case: incoming.clone() } };
    match incoming.lineage(stored) {
        _ if same_content(stored, incoming) => ImportOutcome::Unchanged { case: stored.clone() },
        Lineage::Descendant => ImportOutcome::Updated { case: incoming.clone() },
        _ => ImportOutcome::Conflict { stored: stored.clone(), incoming: incoming.clone() },
    }
}

/// Bring an imported case into the store without ever overwriting silently, in
/// one transaction ([`decide`]). A damaged stored case is an error
/// ([`StoreError::Corrupt`]); [`replace`] can still overwrite it.
#[cfg(feature = "sqlite")]
pub fn merge(store: &mut Store, incoming: &Case) -> Result<ImportOutcome, StoreError> {
    merge_keeping(store, incoming).map(|(outcome, _)| outcome)
}

/// [`merge`], and the stored version it replaced (kept in the store), if any.
#[cfg(feature = "sqlite")]
pub fn merge_keeping(store: &mut Store, incoming: &Case) -> Result<(ImportOutcome, Option<Replaced>), StoreError> {
    crate::store::validate(incoming)?;
    store.write(|tx| {
        let stored = read_case(tx, &incoming.id)?;
        let outcome = decide(stored.as_ref(), incoming);
        let mut kept = None;
        if let ImportOutcome::Added { case } | ImportOutcome::Updated { case } = &outcome {
            kept = keep_replaced(tx, &case.id, "import", &now_rfc3339())?;
            write_case(tx, case)?;
        }
        Ok((outcome, kept))
    })
}

/// The case to store when a conflict is settled by replacing `stored` with
/// `incoming`: a version above both (so an editor holding the old case gets a
/// conflict on save instead of undoing this), and the replaced content
/// remembered, so its old copies count as older. `now`: RFC 3339.
pub fn replacement(stored: Option<&Case>, incoming: &Case, now: &str) -> Case {
    let mut out = incoming.clone();
    if let Some(stored) = stored {
        let fp = stored.fingerprint();
        if !out.history.contains(&fp) {
            out.history.push(fp);
        }
        out.version = stored.version.max(incoming.version).saturating_add(1);
        out.updated = now.to_string();
        out.schema = SCHEMA;
    }
    out
}

/// The copy to add when a conflict is settled by keeping both: the first of
/// `<id>-importeret`, `-importeret-2`, … for which `taken` is false, with
/// " (importeret)" after the title, as version 1.
pub fn imported_copy(incoming: &Case, now: &str, taken: impl Fn(&str) -> bool) -> Option<Case> {
    let mut id = format!("{}-importeret", incoming.id);
    let mut n = 1;
    while taken(&id) {
        n += 1;
        if n > 1000 {
            return None;
        }
        id = format!("{}-importeret-{n}", incoming.id);
    }
    let mut copy = incoming.clone();
    copy.id = id;
    copy.title = format!("{} (importeret)", incoming.title);
    copy.version = 1;
    copy.updated = now.to_string();
    copy.schema = SCHEMA;
    Some(copy)
}

/// Settle a conflict by keeping both: the incoming case is added under a new id
/// ([`imported_copy`]). Returns the added case.
#[cfg(feature = "sqlite")]
pub fn keep_both(store: &mut Store, incoming: &Case) -> Result<Case, StoreError> {
    crate::store::validate(incoming)?;
    store.write(|tx| {
        let now = now_rfc3339();
        let mut taken = Vec::new();
        // Ids are checked one by one inside the transaction.
        let copy = loop {
            let candidate = imported_copy(incoming, &now, |id| taken.iter().any(|t: &String| t == id));
            let Some(c) = candidate else {
                return Err(StoreError::Invalid(format!("too many imported copies of '{}'", incoming.id)));
            };
            if exists(tx, &c.id)? {
                taken.push(c.id);
            } else {
                break c;
            }
        };
        write_case(tx, &copy)?;
        Ok(copy)
    })
}

/// Settle a conflict by replacing the stored case with the incoming one
/// ([`replacement`]). The replaced version is kept in the store.
#[cfg(feature = "sqlite")]
pub fn replace(store: &mut Store, incoming: &Case) -> Result<Case, StoreError> {
    replace_keeping(store, incoming).map(|(case, _)| case)
}

/// [`replace`], and the stored version it replaced (kept in the store), if any.
#[cfg(feature = "sqlite")]
pub fn replace_keeping(store: &mut Store, incoming: &Case) -> Result<(Case, Option<Replaced>), StoreError> {
    crate::store::validate(incoming)?;
    store.write(|tx| {
        // A damaged stored row can still be replaced (and is kept as it was):
        // its version comes from the row alone.
        let version = stored_version(tx, &incoming.id)?;
        let stored = read_case(tx, &incoming.id).ok().flatten();
        let now = now_rfc3339();
        let mut out = replacement(stored.as_ref(), incoming, &now);
        if let Some(v) = version {
            out.version = v.max(incoming.version).saturating_add(1);
            out.updated = now.clone();
            out.schema = SCHEMA;
        }
        let kept = keep_replaced(tx, &incoming.id, "replace", &now)?;
        write_case(tx, &out)?;
        Ok((out, kept))
    })
}
