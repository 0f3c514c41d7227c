//! Make a fresh Debian 12 machine ready, skipping what is already installed.
//!
//! Nothing here downloads a prebuilt binary or a browser: apt, crates.io and the
//! npm registry only (the machines this runs on reach nothing else).

use crate::{sh, timed};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Debian packages to build and open the Tauri window (WebKitGTK).
const DESKTOP_APT: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libwebkit2gtk-4.1-dev",
    "libjavascriptcoregtk-4.1-dev",
    "libsoup-3.0-dev",
    "libssl-dev",
    "librsvg2-dev",
    "libayatana-appindicator3-dev",
    "libxdo-dev",
];

/// Debian packages the end-to-end tests need: a virtual display, WebKit's
/// WebDriver for the Tauri window, Chromium for the web build, Python 3.11+
/// for the independent gain oracle (tools/gain-oracle).
const TEST_APT: &[&str] = &["xvfb", "xauth", "webkit2gtk-driver", "chromium", "python3"];

/// Packages for node, if the machine has none.
const NODE_APT: &[&str] = &["nodejs", "npm"];

pub fn cargo_bin(name: &str) -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from("/root/.cargo"));
    home.join("bin").join(name)
}

pub fn wasm_bindgen_bin() -> PathBuf {
    cargo_bin("wasm-bindgen")
}

fn missing_apt(pkgs: &[&str]) -> Vec<String> {
    pkgs.iter()
        .filter(|p| {
            let out = Command::new("dpkg-query").args(["-W", "-f=${Status}", p]).output();
            !matches!(out, Ok(o) if String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        })
        .map(|p| p.to_string())
        .collect()
}

fn apt_install(what: &str, pkgs: &[&str]) -> Result<(), String> {
    let missing = missing_apt(pkgs);
    if missing.is_empty() {
        println!("    apt: {what}: already installed");
        return Ok(());
    }
    timed(&format!("apt-get install {what}: {}", missing.join(" ")), || {
        let root = Command::new("id").arg("-u").output().map(|o| o.stdout == b"0\n").unwrap_or(false);
        let mut prefix: Vec<&str> = Vec::new();
        if !root {
            prefix.push("sudo");
        }
        let run = |args: &[&str]| {
            let all: Vec<&str> = prefix.iter().copied().chain(args.iter().copied()).collect();
            sh(Command::new(all[0]).args(&all[1..]).env("DEBIAN_FRONTEND", "noninteractive"))
        };
        run(&["apt-get", "update", "-qq"])?;
        let mut args = vec!["apt-get", "install", "-y", "-qq", "--no-install-recommends"];
        args.extend(missing.iter().map(String::as_str));
        run(&args).map_err(|e| format!("{e}\nInstall these Debian packages by hand: {}", missing.join(" ")))
    })
}

fn rust_target() -> Result<(), String> {
    let out = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("rustup not found: {e}"))?;
    if String::from_utf8_lossy(&out.stdout).lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        println!("    rustup: wasm32-unknown-unknown already installed");
        return Ok(());
    }
    timed("rustup target add wasm32-unknown-unknown", || {
        sh(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
    })
}

/// The wasm-bindgen version in Cargo.lock; the CLI must match it exactly.
fn locked_wasm_bindgen() -> Result<String, String> {
    let lock = std::fs::read_to_string("Cargo.lock").map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|v| v.trim().strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("wasm-bindgen not found in Cargo.lock".into())
}

fn tool_version(bin: &Path) -> Option<String> {
    let out = Command::new(bin).arg("--version").output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn wasm_bindgen_cli() -> Result<(), String> {
    let want = locked_wasm_bindgen()?;
    if tool_version(&wasm_bindgen_bin()).is_some_and(|v| v.ends_with(&want)) {
        println!("    wasm-bindgen-cli {want}: already installed");
        return Ok(());
    }
    // Not --locked: its lock pins a crate version the registry no longer serves
    // (build-notes.md).
    timed(&format!("cargo install wasm-bindgen-cli {want}"), || {
        sh(Command::new("cargo").args(["install", "--quiet", "--force", "wasm-bindgen-cli", "--version", &want]))
    })
}

fn tauri_driver() -> Result<(), String> {
    if tool_version(&cargo_bin("tauri-driver")).is_some() || cargo_bin("tauri-driver").exists() {
        println!("    tauri-driver: already installed");
        return Ok(());
    }
    timed("cargo install tauri-driver", || {
        sh(Command::new("cargo").args(["install", "--quiet", "tauri-driver", "--version", "^2", "--locked"]))
    })
}

fn node() -> Result<(), String> {
    let has = |b: &str| Command::new(b).arg("--version").output().is_ok_and(|o| o.status.success());
    if has("node") && has("npm") {
        println!("    node and npm: already installed");
        return Ok(());
    }
    apt_install("Node.js", NODE_APT)
}

/// npm packages of a folder, from its lock file (skipped when already installed).
fn npm_ci(folder: &str, what: &'static str) -> Result<(), String> {
    let dir = Path::new(folder);
    let stamp = dir.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&stamp), std::fs::metadata(dir.join("package-lock.json"))) {
        (Ok(s), Ok(l)) => s.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if fresh {
        println!("    npm: {folder} packages already installed");
        return Ok(());
    }
    timed(what, || {
        sh(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(dir)
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))
    })
}

/// npm packages of the end-to-end tests.
fn npm_packages() -> Result<(), String> {
    npm_ci("tests/e2e", "npm ci (playwright-core, axe-core; no browser download)")
}

/// binaryen's wasm-opt from npm (runs in node): shrinks the web build by about
/// a quarter. Debian's binaryen 108 produces a wasm that does not start.
fn wasm_opt_tool() -> Result<(), String> {
    node()?;
    npm_ci("tools/wasm-opt", "npm ci (binaryen 132: wasm-opt)")
}

/// Det Fælles Designsystem (dkfds, MIT; its IBM Plex Sans font OFL-1.1) and
/// the sass compiler, both from npm: the app's CSS is compiled from dkfds's
/// SCSS partials (ui/style/app.scss).
fn style_tool() -> Result<(), String> {
    node()?;
    npm_ci("ui/style", "npm ci (dkfds design system, sass)")
}

/// The sass command installed by [`web_tools`].
pub fn sass_bin() -> PathBuf {
    PathBuf::from("ui/style/node_modules/.bin/sass")
}

/// The wasm-opt command installed by [`web_tools`].
pub fn wasm_opt_bin() -> PathBuf {
    PathBuf::from("tools/wasm-opt/node_modules/.bin/wasm-opt")
}

/// What building the web app needs.
pub fn web_tools() -> Result<(), String> {
    timed("set up: web build tools", || {
        rust_target()?;
        wasm_bindgen_cli()?;
        wasm_opt_tool()?;
        style_tool()
    })
}

/// What building and opening the desktop window needs (includes the web build).
pub fn desktop_tools() -> Result<(), String> {
    timed("set up: desktop build tools", || {
        apt_install("Tauri/WebKitGTK build packages", DESKTOP_APT)?;
        rust_target()?;
        wasm_bindgen_cli()?;
        wasm_opt_tool()?;
        style_tool()
    })
}

/// What the test suites need beyond the desktop build.
pub fn test_tools() -> Result<(), String> {
    timed("set up: test tools", || {
        apt_install("test packages (Xvfb, WebKitWebDriver, Chromium)", TEST_APT)?;
        node()?;
        tauri_driver()?;
        npm_packages()
    })
}
