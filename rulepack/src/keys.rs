//! Key files and key ids.
//!
//! A key file is text: comment lines starting with `#`, then one line with the
//! standard base64 of the 32-byte key (the Ed25519 public key, or the private
//! seed). The first comment says which kind it is; a private key file must say
//! `PRIVATE`, and a public key file must not, so the two cannot be mixed up. A
//! `key_id <id>` in a comment is checked against the key.

use crate::{one_line, PackError};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use ed25519_dalek::{SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// Length of a key id in hex digits.
pub const KEY_ID_LEN: usize = 16;
/// Key files are tiny; anything longer is not one.
pub const MAX_KEY_FILE_BYTES: usize = 4096;

/// A public key allowed to sign rule packs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKey {
    /// [`key_id`] of `key`.
    pub key_id: String,
    pub key: VerifyingKey,
}

impl TrustedKey {
    pub fn new(key: VerifyingKey) -> TrustedKey {
        TrustedKey { key_id: key_id(&key), key }
    }
}

/// The first 16 hex digits of SHA-256 over the 32 public key bytes.
pub fn key_id(key: &VerifyingKey) -> String {
    let digest = Sha256::digest(key.as_bytes());
    digest.iter().take(KEY_ID_LEN / 2).map(|b| format!("{b:02x}")).collect()
}

/// The text of a public key file. `label` (e.g. `release`, `TEST ONLY`) goes
/// into the comment.
pub fn public_key_file(key: &VerifyingKey, label: &str) -> String {
    format!(
        "# Ret og Frist rule-pack public key ({}), Ed25519, key_id {}\n{}\n",
        one_line(label, 60),
        key_id(key),
        BASE64.encode(key.as_bytes())
    )
}

/// The text of a private key file. Keep it out of the repository.
pub fn private_key_file(key: &SigningKey) -> String {
    format!(
        "# Ret og Frist rule-pack PRIVATE signing key, Ed25519, key_id {}. Never commit or share this file.\n{}\n",
        key_id(&key.verifying_key()),
        BASE64.encode(key.to_bytes())
    )
}

/// Read a public key file.
pub fn parse_public_key(text: &str) -> Result<TrustedKey, PackError> {
    let (comments, bytes) = parse(text)?;
    if comments.iter().any(|c| c.contains("PRIVATE")) {
        return Err(PackError::Key("this is a private key file; give the public key (.pub)".into()));
    }
    let key = VerifyingKey::from_bytes(&bytes)
        .map_err(|_| PackError::Key("not a valid Ed25519 public key".into()))?;
    if key.is_weak() {
        return Err(PackError::Key("a weak Ed25519 public key is not accepted".into()));
    }
    let trusted = TrustedKey::new(key);
    check_stated_id(&comments, &trusted.key_id)?;
    Ok(trusted)
}

/// Read a private key file.
pub fn parse_private_key(text: &str) -> Result<SigningKey, PackError> {
    let (comments, bytes) = parse(text)?;
    if !comments.iter().any(|c| c.contains("PRIVATE")) {
        return Err(PackError::Key(
            "not a private key file (its comment line must say PRIVATE); is this the .pub file?".into(),
        ));
    }
    let key = SigningKey::from_bytes(&bytes);
    check_stated_id(&comments, &key_id(&key.verifying_key()))?;
    Ok(key)
}

/// A fresh signing key from the operating system's random numbers.
#[cfg(not(target_arch = "wasm32"))]
pub fn generate_signing_key() -> Result<SigningKey, PackError> {
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).map_err(|e| PackError::Key(format!("no random numbers from the OS: {e}")))?;
    let key = SigningKey::from_bytes(&seed);
    seed.fill(0);
    Ok(key)
}

/// Comment lines (without `#`) and the 32 key bytes.
fn parse(text: &str) -> Result<(Vec<&str>, [u8; 32]), PackError> {
    if text.len() > MAX_KEY_FILE_BYTES {
        return Err(PackError::Key("the key file is too large to be a key".into()));
    }
    let mut comments = Vec::new();
    let mut data = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.strip_prefix('#') {
            Some(c) => comments.push(c.trim()),
            None => data.push(line),
        }
    }
    let [line] = data[..] else {
        return Err(PackError::Key(format!(
            "expected one line of base64 besides # comments, found {}",
            data.len()
        )));
    };
    let raw = BASE64.decode(line).map_err(|_| PackError::Key("the key line is not base64".into()))?;
    let bytes: [u8; 32] = raw
        .try_into()
        .map_err(|r: Vec<u8>| PackError::Key(format!("the key is {} bytes, expected 32", r.len())))?;
    Ok((comments, bytes))
}

/// If a comment says `key_id X`, X must be the key's id.
fn check_stated_id(comments: &[&str], actual: &str) -> Result<(), PackError> {
    for c in comments {
        let mut words = c.split(|ch: char| ch.is_whitespace() || ch == ',' || ch == '.');
        while let Some(w) = words.next() {
            if w == "key_id" {
                if let Some(stated) = words.find(|w| !w.is_empty()) {
                    if stated != actual {
                        return Err(PackError::Key(format!(
                            "the file says key_id {} but the key's id is {actual}",
                            one_line(stated, 20)
                        )));
                    }
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_files_round_trip_and_are_not_mixed_up() {
        let sk = SigningKey::from_bytes(&[7; 32]);
        let private = private_key_file(&sk);
        let public = public_key_file(&sk.verifying_key(), "unit test");
        assert_eq!(parse_private_key(&private).unwrap().to_bytes(), sk.to_bytes());
        let t = parse_public_key(&public).unwrap();
        assert_eq!(t.key, sk.verifying_key());
        assert_eq!(t.key_id.len(), KEY_ID_LEN);
        assert_eq!(parse_private_key(&public).unwrap_err().code(), "key");
        assert_eq!(parse_public_key(&private).unwrap_err().code(), "key");
        // A comment naming another id is refused.
        let other = public.replace(&t.key_id, "0000000000000000");
        assert!(parse_public_key(&other).unwrap_err().to_string().contains("says key_id"));
        for bad in ["", "# only a comment\n", "a\nb\n", "!!!\n", "AAAA\n", &"A".repeat(5000)] {
            assert_eq!(parse_public_key(bad).unwrap_err().code(), "key", "{bad:?}");
        }
    }

    #[test]
    fn generated_keys_differ() {
        let a = generate_signing_key().unwrap();
        let b = generate_signing_key().unwrap();
        assert_ne!(a.to_bytes(), b.to_bytes());
    }
}
