//! What the CLI test files share: running `navigator`, the two ways a run
//! must end, a scratch folder that cleans up after itself, and a copy of the
//! rules signed with the published TEST key (which no build trusts).

#![allow(dead_code)] // each test file uses a different part

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

/// Run `navigator` in the cli crate's folder, with `passphrase` (or none) in
/// `RET_OG_FRIST_PASSPHRASE`; returns exit code, stdout, stderr.
pub fn run(args: &[&str], passphrase: Option<&str>) -> (i32, String, String) {
    run_in(env!("CARGO_MANIFEST_DIR"), args, passphrase)
}

/// [`run`] in another working folder.
pub fn run_in(dir: &str, args: &[&str], passphrase: Option<&str>) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_navigator"));
    cmd.current_dir(dir).args(args).env_remove("RET_OG_FRIST_PASSPHRASE");
    if let Some(p) = passphrase {
        cmd.env("RET_OG_FRIST_PASSPHRASE", p);
    }
    let out = cmd.output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// Succeeds and prints JSON.
pub fn ok_json(args: &[&str], (code, out, err): (i32, String, String)) -> Value {
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

/// Fails with exactly one line on stderr, no panic; returns that line.
pub fn one_line_failure(args: &[&str], (code, out, err): (i32, String, String)) -> String {
    assert_ne!(code, 0, "{args:?} should fail: {out}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    err.trim_end().to_string()
}

/// A scratch folder under the temp dir, removed when dropped.
pub struct Dir(pub PathBuf);

impl Dir {
    pub fn new(name: &str) -> Dir {
        let d = std::env::temp_dir().join(format!("rof-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        Dir(d)
    }

    pub fn path(&self, name: &str) -> String {
        self.0.join(name).to_string_lossy().into_owned()
    }

    /// Write a file here and return its path.
    pub fn write(&self, name: &str, text: &str) -> String {
        std::fs::write(self.0.join(name), text).unwrap();
        self.path(name)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The workspace root, for files such as `rules/keys/test.key`.
pub const WORKSPACE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// A path inside the workspace.
pub fn repo(path: &str) -> String {
    format!("{WORKSPACE}/{path}")
}

/// Runs `navigator` (no passphrase); it must succeed with JSON.
pub fn ok(args: &[&str]) -> Value {
    ok_json(args, run(args, None))
}

/// Runs `navigator` (no passphrase); it must fail with one line.
pub fn fails(args: &[&str]) -> String {
    one_line_failure(args, run(args, None))
}

/// A copy of `rules/dk` in `dir` as `rules/` (for a test to edit); returns its path.
pub fn rules_copy(dir: &Dir) -> String {
    fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                copy_dir(&p, &to.join(p.file_name().unwrap()));
            } else {
                std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
            }
        }
    }
    copy_dir(std::path::Path::new(&repo("rules/dk")), &dir.0.join("rules/dk"));
    dir.path("rules")
}

/// `navigator rules pack` of `rules` with the TEST key, as `name` dated `date`, into `out`.
pub fn pack_with_test_key(rules: &str, name: &str, date: &str, out: &str) -> Value {
    ok(&["rules", "pack", "--key", &repo("rules/keys/test.key"), "--name", name, "--date", date, "--rules", rules, "--out", out])
}
