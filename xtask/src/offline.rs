//! The service worker of the web build: which files make up one version.
//!
//! `ui/static/sw.js` carries a placeholder between `/*BUILD*/` and `/*END*/`;
//! this fills it with the build's version and every file of `ui/dist` with its
//! SHA-256, so the worker precaches exactly this build and can refuse a file
//! from another one (see the comment in sw.js).

use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use std::path::Path;

const START: &str = "/*BUILD*/";
const END: &str = "/*END*/";

/// Every file under `dist` (relative, `/`-separated, sorted) except the worker itself.
fn files(dist: &Path) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut dirs = vec![dist.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).map_err(|e| format!("read {}: {e}", dir.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let rel = path.strip_prefix(dist).map_err(|e| e.to_string())?;
            let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            if rel != "sw.js" {
                out.push(rel);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Write `dist/sw.js` from `template` with the version and file hashes of `dist`.
pub fn write_service_worker(template: &Path, dist: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(template).map_err(|e| format!("read {}: {e}", template.display()))?;
    let (head, rest) = text.split_once(START).ok_or_else(|| format!("{}: no {START} marker", template.display()))?;
    let (_, tail) = rest.split_once(END).ok_or_else(|| format!("{}: no {END} marker", template.display()))?;
    let mut version = Sha256::new();
    let mut entries = Vec::new();
    for rel in files(dist)? {
        let bytes = std::fs::read(dist.join(&rel)).map_err(|e| format!("read {rel}: {e}"))?;
        let sha = hex(&Sha256::digest(&bytes));
        version.update(rel.as_bytes());
        version.update(sha.as_bytes());
        entries.push(format!("    {rel:?}: {sha:?}"));
    }
    let version = &hex(&version.finalize())[..16];
    // JSON (also a JS object literal), so tests can read it back.
    let build = format!("{{\n  \"version\": {version:?},\n  \"files\": {{\n{}\n  }}\n}}", entries.join(",\n"));
    let out = format!("{head}{START} {build} {END}{tail}");
    std::fs::write(dist.join("sw.js"), out).map_err(|e| format!("write sw.js: {e}"))?;
    println!("    service worker: version {version}, {} files precached", entries.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_file_with_its_hash_and_a_version_that_follows_the_content() {
        let dir = std::env::temp_dir().join(format!("xtask-sw-{}", std::process::id()));
        let dist = dir.join("dist");
        std::fs::create_dir_all(dist.join("icons")).unwrap();
        std::fs::write(dist.join("index.html"), "<html>").unwrap();
        std::fs::write(dist.join("icons/a.png"), "png").unwrap();
        let template = dir.join("sw.js");
        std::fs::write(&template, "const BUILD = /*BUILD*/ { version: 'dev', files: {} } /*END*/;\nrest();\n").unwrap();

        write_service_worker(&template, &dist).unwrap();
        let first = std::fs::read_to_string(dist.join("sw.js")).unwrap();
        // sha256("<html>") and sha256("png"), computed with sha256sum.
        assert!(first.contains(r#""index.html": "b7d082ee12e91b756ea22e8513b8594eebcf5d39fab813da3cb55794dc888ad7""#), "{first}");
        assert!(first.contains(r#""icons/a.png": "8f8cbb7dcf46e0bc7d53265749a6c17d116093a6ba95e442764060c76fd4a86c""#), "{first}");
        assert!(!first.contains("\"sw.js\""), "the worker does not precache itself");
        assert!(first.ends_with("/*END*/;\nrest();\n"), "{first}");

        // Writing again over the same files keeps the version; a changed file changes it.
        write_service_worker(&template, &dist).unwrap();
        assert_eq!(std::fs::read_to_string(dist.join("sw.js")).unwrap(), first);
        std::fs::write(dist.join("index.html"), "<html lang=da>").unwrap();
        write_service_worker(&template, &dist).unwrap();
        let second = std::fs::read_to_string(dist.join("sw.js")).unwrap();
        let version = |s: &str| s.split("\"version\": ").nth(1).unwrap()[..18].to_string();
        assert_ne!(version(&first), version(&second));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
