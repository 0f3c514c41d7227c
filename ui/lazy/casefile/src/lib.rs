//! The encrypted case file (age with a scrypt passphrase) as a lazily loaded
//! wasm module of the web build: the page loads it the first time a case file
//! is saved or opened (ui/src/lazy.rs), never for the first screen.
//!
//! Bytes in, bytes or JSON out; an error is thrown as the store's stable code
//! (`ExportError::code`, `ImportError::code`), which the page words per language.

use ret_og_frist_cases::Case;
use ret_og_frist_store::file;
use wasm_bindgen::prelude::wasm_bindgen;

/// Encrypt one case (its JSON) with a passphrase into a `.rof` file.
#[wasm_bindgen]
pub fn export_case(case_json: &str, passphrase: &str) -> Result<Vec<u8>, String> {
    let case: Case = serde_json::from_str(case_json).map_err(|_| "invalid-case".to_string())?;
    file::export(&case, passphrase).map_err(|e| e.code().to_string())
}

/// Decrypt and check a `.rof` file; the case as JSON.
#[wasm_bindgen]
pub fn import_case(bytes: &[u8], passphrase: &str) -> Result<String, String> {
    let case = file::import(bytes, passphrase).map_err(|e| e.code().to_string())?;
    serde_json::to_string(&case).map_err(|_| "invalid-case".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_goes_through_the_file_and_a_wrong_passphrase_is_named() {
        let case = Case::new("c1", "Sag", "2026-12-05T08:00:00Z");
        let json = serde_json::to_string(&case).unwrap();
        // The real work factor (scrypt 2^18) is slow unoptimised; the store's own
        // tests cover the file format. This checks the module's plumbing.
        let bytes = file::export_with_work_factor(&case, "en lang sætning her", 4).unwrap();
        let back: Case = serde_json::from_str(&import_case(&bytes, "en lang sætning her").unwrap()).unwrap();
        assert_eq!(back, case);
        assert_eq!(import_case(&bytes, "en anden lang sætning").unwrap_err(), "wrong-passphrase");
        assert_eq!(export_case(&json, "kort").unwrap_err(), "passphrase-too-short");
        assert_eq!(export_case("{", "en lang sætning her").unwrap_err(), "invalid-case");
    }
}
