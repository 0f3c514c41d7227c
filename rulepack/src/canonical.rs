//! The canonical bytes behind the content hash and the signature. Independent
//! of JSON (whitespace, escapes, key order): every field is length-prefixed, so
//! no two different packs give the same bytes.

use crate::Pack;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

const FILES_TAG: &[u8] = b"ret-og-frist-rules/files/v1\0";
const SIGNED_TAG: &[u8] = b"ret-og-frist-rules/signed/v2\0";

/// `u64` big-endian byte length, then the bytes.
fn field(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
    out.extend_from_slice(bytes);
}

/// FILES_TAG, `u64` BE number of files, then for each file in byte order of its
/// path: field(path), field(text).
fn files_bytes(out: &mut Vec<u8>, files: &BTreeMap<String, String>) {
    out.extend_from_slice(FILES_TAG);
    out.extend_from_slice(&(files.len() as u64).to_be_bytes());
    // BTreeMap<String, _> iterates in byte order of the keys.
    for (path, text) in files {
        field(out, path.as_bytes());
        field(out, text.as_bytes());
    }
}

/// Lower-case hex SHA-256 of the canonical serialisation of `files`.
pub fn content_hash(files: &BTreeMap<String, String>) -> String {
    let mut bytes = Vec::new();
    files_bytes(&mut bytes, files);
    let digest = Sha256::digest(&bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// SIGNED_TAG, field(format), `u32` BE format_version, field(pack), `u32` BE
/// version, field(date as YYYY-MM-DD), field(sha256), field(key_id), then the
/// files as in the hash.
pub fn signed_bytes(pack: &Pack, key_id: &str) -> Vec<u8> {
    let size: usize = pack.files.iter().map(|(p, t)| p.len() + t.len() + 16).sum();
    let mut out = Vec::with_capacity(size + 256);
    out.extend_from_slice(SIGNED_TAG);
    field(&mut out, pack.format.as_bytes());
    out.extend_from_slice(&pack.format_version.to_be_bytes());
    field(&mut out, pack.pack.as_bytes());
    out.extend_from_slice(&pack.version.to_be_bytes());
    field(&mut out, pack.date.format("%Y-%m-%d").to_string().as_bytes());
    field(&mut out, pack.sha256.as_bytes());
    field(&mut out, key_id.as_bytes());
    files_bytes(&mut out, &pack.files);
    out
}
