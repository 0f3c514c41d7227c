//! `navigator read FILE`: a decision or partshøring letter (text or PDF) → the
//! facts it states as JSON, each with its sentence. Nothing is saved.

use std::io::Read;
use std::path::Path;

use ret_og_frist_reader::{self as reader, ReadError, MAX_INPUT};
use serde_json::Value;

/// Read at most the size limit (+1 byte to tell "too large"), so a 50 MB file
/// is refused without being loaded.
pub fn run(path: &Path) -> Result<Value, String> {
    let fail = |e: ReadError| format!("{}: {e}", path.display());
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if let Ok(meta) = file.metadata() {
        if meta.is_dir() {
            return Err(format!("{}: is a folder, not a letter file", path.display()));
        }
        if meta.len() > MAX_INPUT as u64 {
            return Err(fail(ReadError::TooLarge { bytes: meta.len() as usize, limit: MAX_INPUT }));
        }
    }
    let mut bytes = Vec::new();
    file.take(MAX_INPUT as u64 + 1).read_to_end(&mut bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let reading = reader::read(&bytes).map_err(fail)?;
    serde_json::to_value(reading).map_err(|e| e.to_string())
}
