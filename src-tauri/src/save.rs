//! Saving a letter's PDF where the user will look for it.

use std::path::{Path, PathBuf};
use tauri::Manager;

/// A file name we are willing to create: letters, digits, `-`, `_`, one `.pdf`.
fn safe_name(name: &str) -> Option<&str> {
    let stem = name.strip_suffix(".pdf")?;
    let ok = !stem.is_empty()
        && stem.len() <= 80
        && stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then_some(name)
}

/// `dir/name`, or `dir/name-2.pdf`, … so an earlier letter is never overwritten.
fn free_path(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    (2..)
        .map(|n| dir.join(format!("{stem}-{n}.{ext}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

/// Write the PDF to the Downloads folder (or ~/Downloads) and return its path.
#[tauri::command]
pub fn save_pdf(app: tauri::AppHandle, name: String, bytes: Vec<u8>) -> Result<String, String> {
    let name = safe_name(&name).ok_or_else(|| format!("not a PDF file name: {name}"))?;
    if !bytes.starts_with(b"%PDF-") {
        return Err("not a PDF".into());
    }
    write_download(&app, name, &bytes)
}

/// Write `bytes` as `name` in the Downloads folder without overwriting; returns the path.
pub fn write_download(app: &tauri::AppHandle, name: &str, bytes: &[u8]) -> Result<String, String> {
    let paths = app.path();
    let dir = paths
        .download_dir()
        .or_else(|_| paths.home_dir().map(|h| h.join("Downloads")))
        .map_err(|e| e.to_string())?;
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path = free_path(&dir, name);
    std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path.display().to_string())
}
