//! Signed rule packs: the rule files of `rules/` bundled into one JSON file,
//! signed with Ed25519, so a new year's rules can be shipped without a new build.
//!
//! A pack is refused whole or loaded whole: [`verify_and_load`] checks the size,
//! the shape, the key, the signature, the content hash, the file list and the
//! rules themselves (`RuleSet::from_files`) and returns either a complete
//! [`RuleSet`] or one [`PackError`]. It never panics on any input.
//!
//! The file format and the maintainer's steps are in `rulepack/README.md`.

mod canonical;
pub mod keys;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use chrono::NaiveDate;
use ed25519_dalek::{Signature, Signer as _};
use ret_og_frist_core::rules::{BUILTIN_JSON, BUILTIN_REVIEWED, BUILTIN_SHA256, BUILTIN_VERSION};
use ret_og_frist_core::RuleSet;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;
use thiserror::Error;

pub use canonical::content_hash;
pub use ed25519_dalek::{SigningKey, VerifyingKey};
pub use keys::TrustedKey;

/// The `format` field of every pack.
pub const FORMAT: &str = "ret-og-frist-rules";
/// The only `format_version` this build reads and writes. Version 2 added the
/// signed rules `version`; a version-1 pack is refused (it predates versions,
/// so it is older than any rules that have one).
pub const FORMAT_VERSION: u32 = 2;
/// Larger inputs are refused before parsing (the rule files are ~140 kB today).
pub const MAX_PACK_BYTES: usize = 2 * 1024 * 1024;
/// Longest pack name accepted.
pub const MAX_NAME_LEN: usize = 64;

/// The public release key(s) this build trusts, from `rules/keys/release.pub`.
const RELEASE_PUB: &str = include_str!("../../rules/keys/release.pub");

/// Why a pack was refused. Display is one line; [`PackError::code`] is stable.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PackError {
    #[error("the rule pack is too large: {size} bytes, at most {max} accepted")]
    TooLarge { size: usize, max: usize },
    #[error("the rule pack is not a valid pack file: {0}")]
    Malformed(String),
    #[error("not a Ret og Frist rule pack (format {0})")]
    WrongFormat(String),
    #[error("rule pack format version {0} is not supported by this build (supported: {FORMAT_VERSION})")]
    UnsupportedVersion(String),
    #[error("the rule pack's {field} is invalid: {problem}")]
    InvalidField { field: &'static str, problem: String },
    #[error("the rule pack is signed with key {0}, which this build does not trust")]
    UntrustedKey(String),
    #[error("the signature is not valid ({0}): the pack was changed after signing or not signed with the key it names")]
    BadSignature(&'static str),
    #[error("the content hash does not match the files (pack says {expected}, files give {actual})")]
    HashMismatch { expected: String, actual: String },
    #[error("the pack carries {0}, which is not a rule file this build knows")]
    UnknownFile(String),
    #[error("the pack lacks the rule file {0}")]
    MissingFile(String),
    #[error("the pack's rules are invalid: {0}")]
    InvalidRules(String),
    #[error("the rule pack has version {version}, older than {than} (version {current}): an older pack cannot replace newer rules")]
    Older { version: u32, than: &'static str, current: u32 },
    #[error("key: {0}")]
    Key(String),
}

impl PackError {
    /// A stable machine-readable code for scripts, tests and the UI's wording.
    pub fn code(&self) -> &'static str {
        match self {
            PackError::TooLarge { .. } => "too_large",
            PackError::Malformed(_) => "malformed",
            PackError::WrongFormat(_) => "wrong_format",
            PackError::UnsupportedVersion(_) => "unsupported_version",
            PackError::InvalidField { .. } => "invalid_field",
            PackError::UntrustedKey(_) => "untrusted_key",
            PackError::BadSignature(_) => "bad_signature",
            PackError::HashMismatch { .. } => "hash_mismatch",
            PackError::UnknownFile(_) => "unknown_file",
            PackError::MissingFile(_) => "missing_file",
            PackError::InvalidRules(_) => "invalid_rules",
            PackError::Older { .. } => "older",
            PackError::Key(_) => "key",
        }
    }
}

/// Text from outside (a pack, a key file) made safe for a one-line message:
/// control characters escaped, length capped.
pub(crate) fn one_line(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    for c in text.chars() {
        let piece: String = if c.is_control() { c.escape_default().collect() } else { c.into() };
        count += piece.chars().count();
        if count > max_chars {
            out.push('…');
            break;
        }
        out.push_str(&piece);
    }
    out
}

/// A value from the pack, quoted, for an error message.
fn quoted(text: &str) -> String {
    format!("\"{}\"", one_line(text, 80))
}

/// The signed content: rule files plus what they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The pack's name, e.g. `2027-01`: 1–64 of `A-Z a-z 0-9 . _ -`.
    pub pack: String,
    /// The rules' version (`dk/version.toml` of `files`, which must agree): a
    /// number that only goes up, so an old pack cannot roll the rules back.
    pub version: u32,
    /// The day the pack was made, `YYYY-MM-DD`.
    #[serde(with = "iso_date")]
    pub date: NaiveDate,
    /// Rule files by path relative to `rules/`, e.g. `dk/frister.toml`.
    #[serde(deserialize_with = "unique_map::deserialize")]
    pub files: BTreeMap<String, String>,
    /// Lower-case hex SHA-256 of the canonical serialisation of `files`
    /// ([`content_hash`]).
    pub sha256: String,
}

/// A pack with its detached signature: the file on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedPack {
    pub pack: Pack,
    /// Id of the signing key ([`keys::key_id`]): 16 lower-case hex digits.
    pub key_id: String,
    /// Standard base64 (with padding) of the 64-byte Ed25519 signature over
    /// [`signed_bytes`].
    pub signature: String,
}

/// What a loaded pack is, for "which rules are active".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PackInfo {
    pub pack: String,
    /// The rules' version: a pack is refused if this is below the built-in
    /// rules' or the active pack's.
    pub version: u32,
    pub date: NaiveDate,
    pub sha256: String,
    /// `None` for the built-in rules.
    pub key_id: Option<String>,
    pub builtin: bool,
}

/// The exact bytes the signature covers (see README: domain tag, header fields
/// and every file, length-prefixed).
pub fn signed_bytes(pack: &Pack, key_id: &str) -> Vec<u8> {
    canonical::signed_bytes(pack, key_id)
}

/// The paths a pack must carry: exactly those of the built-in files (the
/// JSON form's list has the same paths, and keeps the TOML texts out of the wasm).
pub fn known_files() -> impl Iterator<Item = &'static str> {
    BUILTIN_JSON.iter().map(|(p, _)| *p)
}

/// Build a pack from `(path, text)` pairs laid out like `rules/`. Refuses what
/// [`verify_and_load`] would refuse (unknown or missing files, invalid rules, a
/// bad name), so a signed pack is always loadable by this build.
pub fn build(files: &[(&str, &str)], pack_name: &str, date: NaiveDate) -> Result<Pack, PackError> {
    check_name(pack_name)?;
    let mut map = BTreeMap::new();
    for (path, text) in files {
        if map.insert(path.to_string(), text.to_string()).is_some() {
            return Err(PackError::InvalidField { field: "files", problem: format!("{} is given twice", quoted(path)) });
        }
    }
    check_files(&map)?;
    let rules = load_rules(&map)?;
    check_date(date, &map)?;
    check_not_older(rules.version, &builtin_info())?;
    let sha256 = content_hash(&map);
    Ok(Pack {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        pack: pack_name.into(),
        version: rules.version,
        date,
        files: map,
        sha256,
    })
}

/// Sign a pack. Signs what it is given: use [`build`] to get a valid pack.
pub fn sign(pack: &Pack, key: &SigningKey) -> SignedPack {
    let key_id = keys::key_id(&key.verifying_key());
    let signature = key.sign(&signed_bytes(pack, &key_id));
    SignedPack { pack: pack.clone(), key_id, signature: BASE64.encode(signature.to_bytes()) }
}

/// The pack file's bytes (pretty JSON, UTF-8, trailing newline).
pub fn to_bytes(signed: &SignedPack) -> Vec<u8> {
    // Serialising plain strings and maps cannot fail.
    let mut out = serde_json::to_vec_pretty(signed).unwrap_or_default();
    out.push(b'\n');
    out
}

/// Parse a pack file: size limit, shape, format and version, field syntax. Does
/// NOT check trust, signature or content: use [`verify_and_load`] for that.
pub fn from_bytes(bytes: &[u8]) -> Result<SignedPack, PackError> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(PackError::TooLarge { size: bytes.len(), max: MAX_PACK_BYTES });
    }
    // First only the format and version, so another file or a newer pack gets a
    // clear message rather than "unknown field".
    #[derive(Deserialize)]
    struct Probe {
        pack: ProbePack,
    }
    #[derive(Deserialize)]
    struct ProbePack {
        format: Option<serde_json::Value>,
        format_version: Option<serde_json::Value>,
    }
    let malformed = |e: serde_json::Error| PackError::Malformed(one_line(&e.to_string(), 200));
    let probe: Probe = serde_json::from_slice(bytes).map_err(malformed)?;
    match &probe.pack.format {
        Some(serde_json::Value::String(f)) if f == FORMAT => {}
        Some(serde_json::Value::String(f)) => return Err(PackError::WrongFormat(quoted(f))),
        Some(other) => return Err(PackError::WrongFormat(one_line(&other.to_string(), 80))),
        None => return Err(PackError::WrongFormat("missing".into())),
    }
    match &probe.pack.format_version {
        Some(v) if v.as_u64() == Some(u64::from(FORMAT_VERSION)) => {}
        Some(v) => return Err(PackError::UnsupportedVersion(one_line(&v.to_string(), 40))),
        None => return Err(PackError::UnsupportedVersion("missing".into())),
    }
    let signed: SignedPack = serde_json::from_slice(bytes).map_err(malformed)?;
    check_name(&signed.pack.pack)?;
    if !is_lower_hex(&signed.pack.sha256, 64) {
        return Err(PackError::InvalidField { field: "sha256", problem: "must be 64 lower-case hex digits".into() });
    }
    if !is_lower_hex(&signed.key_id, keys::KEY_ID_LEN) {
        return Err(PackError::InvalidField { field: "key_id", problem: "must be 16 lower-case hex digits".into() });
    }
    Ok(signed)
}

/// Check a pack file completely and load its rules. On `Ok` the rules are
/// exactly what the holder of a trusted key signed and they passed
/// `RuleSet::from_files`; on `Err` nothing was loaded.
pub fn verify_and_load(bytes: &[u8], trusted: &[TrustedKey]) -> Result<(PackInfo, RuleSet), PackError> {
    let signed = from_bytes(bytes)?;
    let key = trusted
        .iter()
        .find(|k| k.key_id == signed.key_id)
        .ok_or_else(|| PackError::UntrustedKey(signed.key_id.clone()))?;
    let raw = BASE64.decode(signed.signature.as_bytes()).map_err(|_| PackError::BadSignature("not base64"))?;
    let raw: [u8; 64] = raw.try_into().map_err(|_| PackError::BadSignature("not 64 bytes"))?;
    let signature = Signature::from_bytes(&raw);
    key.key
        .verify_strict(&signed_bytes(&signed.pack, &signed.key_id), &signature)
        .map_err(|_| PackError::BadSignature("does not verify"))?;
    let actual = content_hash(&signed.pack.files);
    if actual != signed.pack.sha256 {
        return Err(PackError::HashMismatch { expected: signed.pack.sha256.clone(), actual });
    }
    check_files(&signed.pack.files)?;
    let rules = load_rules(&signed.pack.files)?;
    if rules.version != signed.pack.version {
        return Err(PackError::InvalidField {
            field: "version",
            problem: format!(
                "the header says {} but the pack's dk/version.toml says {}",
                signed.pack.version, rules.version
            ),
        });
    }
    check_date(signed.pack.date, &signed.pack.files)?;
    check_not_older(rules.version, &builtin_info())?;
    let info = PackInfo {
        pack: signed.pack.pack,
        version: signed.pack.version,
        date: signed.pack.date,
        sha256: signed.pack.sha256,
        key_id: Some(signed.key_id),
        builtin: false,
    };
    Ok((info, rules))
}

/// [`verify_and_load`], and also refuse a pack older than `active` (the pack
/// in use, or [`builtin_info`]): what an app does before it replaces its rules.
pub fn verify_newer(
    bytes: &[u8],
    trusted: &[TrustedKey],
    active: &PackInfo,
) -> Result<(PackInfo, RuleSet), PackError> {
    let (info, rules) = verify_and_load(bytes, trusted)?;
    check_not_older(info.version, active)?;
    Ok((info, rules))
}

/// A pack of `version` may replace `active` only if it is not older.
fn check_not_older(version: u32, active: &PackInfo) -> Result<(), PackError> {
    if version < active.version {
        let than = if active.builtin { "the built-in rules" } else { "the rule pack in use" };
        return Err(PackError::Older { version, than, current: active.version });
    }
    Ok(())
}

/// A pack cannot be made before its rules were reviewed: its date is at least
/// the latest `[meta] reviewed` of its files (a date like 1999-01-01 on today's
/// rules would only mislead).
fn check_date(date: NaiveDate, files: &BTreeMap<String, String>) -> Result<(), PackError> {
    match files.values().filter_map(|t| reviewed(t)).max() {
        Some(latest) if date < latest => Err(PackError::InvalidField {
            field: "date",
            problem: format!("{date} is before the rules' latest [meta] reviewed date {latest}"),
        }),
        _ => Ok(()),
    }
}

/// The keys this build trusts for rule packs: the release key
/// (`rules/keys/release.pub`). The test key is never among them.
pub fn trusted_keys() -> Vec<TrustedKey> {
    keys::parse_public_key(RELEASE_PUB).into_iter().collect()
}

/// The embedded rules described as a pack: name and date are the latest
/// `[meta] reviewed` date of the built-in files, the hash is [`content_hash`]
/// of the built-in TOML files (equal to the hash of a pack built from the same
/// files). All three were computed by core's build.rs, so describing the
/// built-in rules parses and hashes nothing at start-up.
pub fn builtin_info() -> PackInfo {
    static INFO: OnceLock<PackInfo> = OnceLock::new();
    INFO.get_or_init(|| {
        let date = BUILTIN_REVIEWED.iter().filter_map(|(_, r)| iso_date::parse(r)).max().unwrap_or_default();
        PackInfo {
            pack: date.format("%Y-%m-%d").to_string(),
            version: BUILTIN_VERSION,
            date,
            sha256: BUILTIN_SHA256.to_string(),
            key_id: None,
            builtin: true,
        }
    })
    .clone()
}

/// `[meta] reviewed` of a rule file, if it has one.
pub fn reviewed(text: &str) -> Option<NaiveDate> {
    let value: toml::Table = toml::from_str(text).ok()?;
    let reviewed = value.get("meta")?.get("reviewed")?;
    let s = match reviewed {
        toml::Value::String(s) => s.clone(),
        toml::Value::Datetime(d) => d.to_string(),
        _ => return None,
    };
    iso_date::parse(&s)
}

fn check_name(name: &str) -> Result<(), PackError> {
    let ok = !name.is_empty()
        && name.len() <= MAX_NAME_LEN
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(PackError::InvalidField {
            field: "pack name",
            problem: format!("{} must be 1-{MAX_NAME_LEN} of A-Z a-z 0-9 . _ -", quoted(name)),
        })
    }
}

fn check_files(files: &BTreeMap<String, String>) -> Result<(), PackError> {
    if let Some(unknown) = files.keys().find(|p| !known_files().any(|k| k == p.as_str())) {
        return Err(PackError::UnknownFile(quoted(unknown)));
    }
    if let Some(missing) = known_files().find(|k| !files.contains_key(*k)) {
        return Err(PackError::MissingFile(missing.into()));
    }
    Ok(())
}

fn load_rules(files: &BTreeMap<String, String>) -> Result<RuleSet, PackError> {
    let pairs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    RuleSet::from_files(&pairs).map_err(|e| PackError::InvalidRules(rules_message(&e.to_string())))
}

/// `RulesError` texts may carry a TOML error with a multi-line source excerpt;
/// keep its message lines, drop the excerpt, make one line.
fn rules_message(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .filter(|l| {
            // Excerpt lines look like "|", "3 | foo = 1" or "| ^".
            let rest = l.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start();
            !rest.starts_with('|')
        })
        .collect();
    one_line(&lines.join("; "), 400)
}

fn is_lower_hex(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// `YYYY-MM-DD` exactly (four-digit year, zero-padded), nothing else.
mod iso_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn parse(s: &str) -> Option<NaiveDate> {
        let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
        (s.len() == 10 && d.format("%Y-%m-%d").to_string() == s).then_some(d)
    }

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&d.format("%Y-%m-%d").to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let s = String::deserialize(d)?;
        parse(&s).ok_or_else(|| serde::de::Error::custom("date must be YYYY-MM-DD"))
    }
}

/// A JSON object into a map, refusing duplicate keys (which JSON parsers
/// resolve differently: the signed and the loaded file must be the same).
mod unique_map {
    use serde::de::{Deserializer, Error, MapAccess, Visitor};
    use std::collections::BTreeMap;
    use std::fmt;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, String>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = BTreeMap<String, String>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of file path to file text")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, String>()? {
                    if out.contains_key(&k) {
                        return Err(A::Error::custom(format_args!(
                            "file {} appears twice",
                            super::quoted(&k)
                        )));
                    }
                    out.insert(k, v);
                }
                Ok(out)
            }
        }
        d.deserialize_map(V)
    }
}
