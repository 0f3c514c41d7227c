//! What the golden-case test files share: reading every TOML file of a folder
//! under `tests/cases/`, in name order.

use serde::Deserialize;
use std::path::PathBuf;

/// Each `*.toml` in `tests/cases/<dir>` parsed as `T`, with its file name.
pub fn files<T: for<'de> Deserialize<'de>>(dir: &str) -> Vec<(String, T)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/cases").join(dir);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let v: T = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.file_name().unwrap().to_string_lossy().to_string(), v)
        })
        .collect()
}
