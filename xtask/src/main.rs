//! `cargo xtask run` and `cargo xtask test`: the README's two commands.
//!
//! Both first make a brand-new Debian machine ready (apt packages, the wasm
//! target, wasm-bindgen-cli matching Cargo.lock, tauri-driver, npm packages) and
//! skip whatever is already there, so the second run is fast. Every step prints
//! how long it took; the README's timings come from these lines.
//!
//! Plain std plus sha2 (for the service worker's file hashes): this crate must
//! compile in seconds on a fresh machine.

mod offline;
mod serve;
mod setup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

/// Build profile shared by `run` and `test`, so one compile serves both.
/// A dev build (no debug info, see Cargo.toml) compiles far faster than release
/// on 2 cores and is quick enough for a form-filling app.
const DESKTOP_BIN: &str = "target/debug/ret-og-frist";

fn usage() -> ExitCode {
    eprintln!(
        "usage: cargo xtask <command>\n\n\
         run     set up this machine, build, and open the desktop window\n\
         \x20       (no display: serve the web build on 127.0.0.1 and print the URL)\n\
         serve   build the web app and serve it on 127.0.0.1 (no desktop)\n\
         test    set up this machine and run every test (unit, golden, property,\n\
         \x20       CLI, browser e2e + axe in Chromium, desktop e2e in the Tauri window)\n\
         web     build the web app into ui/dist only"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let root = workspace_root();
    if let Err(e) = std::env::set_current_dir(&root) {
        eprintln!("xtask: cannot enter {}: {e}", root.display());
        return ExitCode::FAILURE;
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(),
        Some("serve") => setup::web_tools().and_then(|_| build_web()).and_then(|_| serve::serve_dist(&root)),
        Some("web") => setup::web_tools().and_then(|_| build_web()),
        Some("test") => test(),
        _ => return usage(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

/// Time a step and print it in a form the README quotes.
pub fn timed<T>(name: &str, f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    let start = Instant::now();
    println!("==> {name}");
    let out = f();
    let secs = start.elapsed().as_secs_f64();
    match &out {
        Ok(_) => println!("<== {name}: {secs:.1} s"),
        Err(_) => println!("<== {name}: FAILED after {secs:.1} s"),
    }
    out
}

/// Run a command, inheriting output; fail with its exit status.
pub fn sh(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

fn has_display() -> bool {
    std::env::var_os("DISPLAY").is_some_and(|v| !v.is_empty())
        || std::env::var_os("WAYLAND_DISPLAY").is_some_and(|v| !v.is_empty())
}

fn run() -> Result<(), String> {
    let root = std::env::current_dir().map_err(|e| e.to_string())?;
    if has_display() {
        setup::desktop_tools()?;
        build_web()?;
        build_desktop()?;
        println!("Opening the Ret og Frist window (close it to stop).");
        sh(&mut Command::new(root.join(DESKTOP_BIN)))
    } else {
        println!("No display found (DISPLAY is not set): serving the offline web build instead.");
        setup::web_tools()?;
        build_web()?;
        serve::serve_dist(&root)
    }
}

/// Build the Leptos app for wasm and lay out ui/dist (what trunk would do; see
/// ARCHITECTURE.md for why we do it ourselves).
pub fn build_web() -> Result<(), String> {
    timed("build web app (wasm32, profile web) into ui/dist", || {
        // The lazily loaded modules (reader, case file, PDF) as usual ...
        sh(Command::new("cargo")
            .args(["build", "--quiet", "--target", "wasm32-unknown-unknown", "--profile", WEB_PROFILE])
            .args(lazy_package_args()))?;
        // ... and the UI linked with its relocations (`--emit-relocs`), which the
        // split by screen needs (split_ui_wasm). `cargo rustc` gives the flag to
        // the UI's own link only: the dependencies stay as built.
        sh(Command::new("cargo").args([
            "rustc",
            "--quiet",
            "--package",
            "ret-og-frist-ui",
            "--bin",
            "ui",
            "--target",
            "wasm32-unknown-unknown",
            "--profile",
            WEB_PROFILE,
            "--",
            "-Clink-args=--emit-relocs",
        ]))?;
        let dist = Path::new("ui/dist");
        if dist.exists() {
            std::fs::remove_dir_all(dist).map_err(|e| format!("clear ui/dist: {e}"))?;
        }
        std::fs::create_dir_all(dist).map_err(|e| format!("create ui/dist: {e}"))?;
        let main = split_ui_wasm(dist)?;
        // The split main module keeps the exports the chunks link against
        // (`--keep-lld-exports`) under their link names (`--no-demangle`).
        sh(Command::new(setup::wasm_bindgen_bin())
            .args([
                "--target",
                "web",
                "--no-typescript",
                "--keep-lld-exports",
                "--no-demangle",
                "--out-dir",
                "ui/dist",
                "--out-name",
                "ui",
            ])
            .arg(main))?;
        std::fs::create_dir_all(dist.join("icons")).map_err(|e| format!("create ui/dist/icons: {e}"))?;
        for (from, to) in [
            ("ui/static/index.html", "index.html"),
            ("ui/static/boot.js", "boot.js"),
            ("ui/static/manifest.webmanifest", "manifest.webmanifest"),
            ("ui/static/icons/icon-192.png", "icons/icon-192.png"),
            ("ui/static/icons/icon-512.png", "icons/icon-512.png"),
            ("ui/static/icons/icon-maskable-512.png", "icons/icon-maskable-512.png"),
        ] {
            std::fs::copy(from, dist.join(to)).map_err(|e| format!("copy {from}: {e}"))?;
        }
        Ok(())
    })?;
    build_css(Path::new("ui/dist"))?;
    for wasm in ui_wasm_files(Path::new("ui/dist"))? {
        optimize_wasm(&wasm)?;
    }
    build_lazy_modules(Path::new("ui/dist"))?;
    copy_locales(Path::new("locales"), Path::new("ui/dist/locales"))?;
    offline::write_service_worker(Path::new("ui/static/sw.js"), Path::new("ui/dist"))
}

/// The loader of the UI's screen chunks, next to ui.js in ui/dist.
const SPLIT_LOADER: &str = "__wasm_split.js";

/// Split the UI's wasm by screen (ui/src/screens.rs): every screen but the start
/// screen goes to `dist/split_screen_<name>.wasm`, code shared by several
/// screens to `dist/chunk_<n>.wasm`, and `dist/__wasm_split.js` loads them
/// (relative to itself, so the same files work from any static host and in the
/// desktop window). Returns the main module, still to be bound by wasm-bindgen.
fn split_ui_wasm(dist: &Path) -> Result<PathBuf, String> {
    timed("split the UI wasm by screen (wasm_split_cli_support)", || {
        let input = std::fs::read(web_wasm("ui")).map_err(|e| format!("read {}: {e}", web_wasm("ui").display()))?;
        let main = Path::new("target/wasm32-unknown-unknown").join(WEB_PROFILE).join("ui_split.wasm");
        let link_name = format!("./{SPLIT_LOADER}");
        let mut opts = wasm_split_cli_support::Options::new(&input);
        opts.output_dir = dist;
        opts.main_out_path = &main;
        opts.main_module = "./ui.js";
        opts.link_name = &link_name;
        let split = wasm_split_cli_support::transform(opts).map_err(|e| format!("split the UI wasm: {e:#}"))?;
        let mut names: Vec<String> = split
            .split_modules
            .iter()
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        names.sort();
        println!("    {} screen chunks: {}", names.len(), names.join(", "));
        if !dist.join(SPLIT_LOADER).exists() {
            return Err(format!("the split wrote no {SPLIT_LOADER}"));
        }
        Ok(main)
    })
}

/// The UI's wasm files in `dist`: the main module and its screen chunks (not the
/// lazy modules of build_lazy_modules, which are optimised there).
fn ui_wasm_files(dist: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dist)
        .map_err(|e| format!("read {}: {e}", dist.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "wasm")
                && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                    n == "ui_bg.wasm" || n.starts_with("split_") || n.starts_with("chunk_")
                })
        })
        .collect();
    files.sort();
    Ok(files)
}

/// The Fluent files of every language but Danish into `dist` (`<code>/<file>.ftl`):
/// the web build embeds only Danish and fetches another language when it is
/// picked (ui/src/i18n.rs); the service worker precaches them with the rest.
fn copy_locales(from: &Path, dist: &Path) -> Result<usize, String> {
    let mut copied = 0;
    let mut langs: Vec<PathBuf> = std::fs::read_dir(from)
        .map_err(|e| format!("read {}: {e}", from.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir() && p.file_name().is_some_and(|n| n != "da"))
        .collect();
    langs.sort();
    for lang in langs {
        let to = dist.join(lang.file_name().unwrap_or_default());
        std::fs::create_dir_all(&to).map_err(|e| format!("create {}: {e}", to.display()))?;
        for file in std::fs::read_dir(&lang).map_err(|e| format!("read {}: {e}", lang.display()))? {
            let file = file.map_err(|e| e.to_string())?.path();
            if file.extension().is_some_and(|x| x == "ftl") {
                std::fs::copy(&file, to.join(file.file_name().unwrap_or_default()))
                    .map_err(|e| format!("copy {}: {e}", file.display()))?;
                copied += 1;
            }
        }
    }
    Ok(copied)
}

/// The Cargo profile of the web build (Cargo.toml `[profile.web]`: size first).
const WEB_PROFILE: &str = "web";

/// Where cargo puts the web build's wasm of library `lib`.
fn web_wasm(lib: &str) -> PathBuf {
    Path::new("target/wasm32-unknown-unknown").join(WEB_PROFILE).join(format!("{lib}.wasm"))
}

/// The wasm modules loaded only when first used (ui/src/lazy.rs): package, the
/// library's file name, and the name the page imports (`<name>.js`).
const LAZY_MODULES: [(&str, &str, &str); 3] = [
    ("ret-og-frist-lazy-reader", "ret_og_frist_lazy_reader", "reader"),
    ("ret-og-frist-lazy-casefile", "ret_og_frist_lazy_casefile", "casefile"),
    ("ret-og-frist-lazy-pdf", "ret_og_frist_lazy_pdf", "pdf"),
];

/// `--package` for each lazy module, built in the same cargo run as the UI.
fn lazy_package_args() -> Vec<&'static str> {
    LAZY_MODULES.iter().flat_map(|(package, _, _)| ["--package", package]).collect()
}

/// Bind and shrink each lazy module into `dist` (`<name>.js`, `<name>_bg.wasm`),
/// next to the UI: the page imports them on first use, the service worker
/// precaches them like every other file of the build.
fn build_lazy_modules(dist: &Path) -> Result<(), String> {
    for (_, lib, name) in LAZY_MODULES {
        timed(&format!("lazy module {name} (wasm-bindgen)"), || {
            sh(Command::new(setup::wasm_bindgen_bin())
                .args(["--target", "web", "--no-typescript", "--out-dir"])
                .arg(dist)
                .args(["--out-name", name])
                .arg(web_wasm(lib)))
        })?;
        optimize_wasm(&dist.join(format!("{name}_bg.wasm")))?;
    }
    Ok(())
}

/// The app's CSS: the parts of Det Fælles Designsystem the app uses, compiled
/// from the dkfds package's SCSS partials (ui/style/app.scss), then
/// assets/app.css (phone header, chart, right-to-left). Every file the
/// CSS names (IBM Plex Sans woff2 split by script, a few svg icons) is copied from
/// the package into `dist`, so nothing is fetched from another origin.
fn build_css(dist: &Path) -> Result<(), String> {
    timed("compile app.css from dkfds (sass)", || {
        let pkg = Path::new("ui/style/node_modules/dkfds/src");
        let compiled = Path::new("target/app-dkfds.css");
        sh(Command::new(setup::sass_bin()).args([
            "--quiet-deps",
            "--no-source-map",
            "--style=compressed",
            "--load-path=ui/style/node_modules/dkfds/src/stylesheets",
            "ui/style/app.scss",
        ])
        .arg(compiled))?;
        let fds = std::fs::read_to_string(compiled).map_err(|e| format!("read {}: {e}", compiled.display()))?;
        let own = std::fs::read_to_string("assets/app.css").map_err(|e| format!("read assets/app.css: {e}"))?;
        let css = format!("{fds}\n{own}");
        for url in css_urls(&css) {
            let name = url.rsplit('/').next().unwrap_or(&url);
            let from = if url.starts_with("fonts/") {
                // Split by script (Latin-1, Cyrillic; unicode-range in app.scss) or whole.
                let split = pkg.join("fonts/IBMPlexSans/split/woff2").join(name);
                if split.exists() { split } else { pkg.join("fonts/IBMPlexSans/complete/woff2").join(name) }
            } else if url.starts_with("img/") {
                pkg.join("img/svg-icons").join(name)
            } else {
                return Err(format!("app.css names {url}, which build_css does not know where to find"));
            };
            let to = dist.join(&url);
            std::fs::create_dir_all(to.parent().unwrap_or(dist)).map_err(|e| format!("create {}: {e}", to.display()))?;
            std::fs::copy(&from, &to).map_err(|e| format!("copy {}: {e}", from.display()))?;
        }
        std::fs::write(dist.join("app.css"), css).map_err(|e| format!("write app.css: {e}"))
    })
}

/// The relative `url(...)` targets in a stylesheet, each once.
fn css_urls(css: &str) -> Vec<String> {
    let mut urls: Vec<String> = css
        .split("url(")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .map(|u| u.trim().trim_matches(|c| c == '"' || c == '\'').to_string())
        .filter(|u| !u.starts_with("data:"))
        .collect();
    urls.sort();
    urls.dedup();
    urls
}

/// Shrink the wasm with wasm-opt -Oz (about 9.6 → 7 MB, a minute on 2 cores).
/// The result is kept in target/wasm-opt with the input it came from (one pair
/// per file name), so an unchanged build is not optimised again.
fn optimize_wasm(wasm: &Path) -> Result<(), String> {
    let cache = Path::new("target/wasm-opt");
    let stem = wasm.file_stem().and_then(|s| s.to_str()).unwrap_or("wasm");
    let (cached_in, cached_out) = (cache.join(format!("{stem}.in.wasm")), cache.join(format!("{stem}.out.wasm")));
    let input = std::fs::read(wasm).map_err(|e| format!("read {}: {e}", wasm.display()))?;
    if std::fs::read(&cached_in).is_ok_and(|c| c == input) && cached_out.exists() {
        println!("    wasm-opt: unchanged build, optimised copy reused");
        return std::fs::copy(&cached_out, wasm).map(|_| ()).map_err(|e| format!("copy optimised wasm: {e}"));
    }
    timed(&format!("wasm-opt -Oz {stem} (binaryen 132)"), || {
        std::fs::create_dir_all(cache).map_err(|e| format!("create {}: {e}", cache.display()))?;
        sh(Command::new(setup::wasm_opt_bin()).args([
            "-Oz",
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
            "--enable-mutable-globals",
            "--enable-reference-types",
        ])
        .arg(wasm)
        .arg("-o")
        .arg(&cached_out))?;
        std::fs::write(&cached_in, &input).map_err(|e| format!("write {}: {e}", cached_in.display()))?;
        std::fs::copy(&cached_out, wasm).map(|_| ()).map_err(|e| format!("copy optimised wasm: {e}"))
    })
}

fn build_desktop() -> Result<(), String> {
    timed("build desktop app (Tauri, embedded UI)", || {
        sh(Command::new("cargo").args(["build", "--quiet", "--package", "ret-og-frist-desktop"]))
    })
}

/// What became of one test suite, for the closing summary.
enum Outcome {
    Passed,
    Failed,
    /// Not started because a suite it needs failed (named here).
    NotRun(&'static str),
}

/// Every suite in the order it was meant to run, so the summary lists each one
/// as passed, failed or not run: a suite skipped after an earlier failure is
/// never silently left out.
#[derive(Default)]
struct Tally {
    rows: Vec<(&'static str, Outcome)>,
}

impl Tally {
    /// Run `f` as suite `name` unless `needs` (a suite run earlier) did not pass.
    /// Returns whether it passed.
    fn run(&mut self, name: &'static str, needs: Option<&'static str>, f: impl FnOnce() -> Result<(), String>) -> bool {
        if let Some(need) = needs {
            if !self.passed(need) {
                self.rows.push((name, Outcome::NotRun(need)));
                return false;
            }
        }
        let outcome = match f() {
            Ok(()) => Outcome::Passed,
            Err(e) => {
                eprintln!("FAILED: {name}: {e}");
                Outcome::Failed
            }
        };
        let ok = matches!(outcome, Outcome::Passed);
        self.rows.push((name, outcome));
        ok
    }

    fn passed(&self, name: &str) -> bool {
        self.rows.iter().any(|(n, o)| *n == name && matches!(o, Outcome::Passed))
    }

    /// Print one line per suite and the closing count; the last line has the
    /// plain `N passed, N failed, N skipped` form that CI reads.
    fn summary(&self) -> Result<(), String> {
        println!("\n== Summary of test suites");
        let (mut passed, mut failed, mut not_run) = (0, 0, 0);
        for (name, outcome) in &self.rows {
            match outcome {
                Outcome::Passed => {
                    passed += 1;
                    println!("  ok       {name}");
                }
                Outcome::Failed => {
                    failed += 1;
                    println!("  FAILED   {name}");
                }
                Outcome::NotRun(need) => {
                    not_run += 1;
                    println!("  NOT RUN  {name} (needs: {need})");
                }
            }
        }
        println!("suites: {passed} passed, {failed} failed, {not_run} skipped");
        if failed + not_run == 0 {
            Ok(())
        } else {
            Err(format!("{failed} test suite(s) failed, {not_run} not run"))
        }
    }
}

const SETUP: &str = "set-up (apt packages, wasm target, wasm-bindgen-cli, tauri-driver, npm packages)";
const WEB_BUILD: &str = "web build";
const DESKTOP_BUILD: &str = "desktop build";

/// The browser end-to-end test files: every `*.test.mjs` in tests/e2e except the
/// desktop one, so a new file cannot be forgotten here.
fn browser_test_files() -> Result<Vec<String>, String> {
    let mut files: Vec<String> = std::fs::read_dir("tests/e2e")
        .map_err(|e| format!("read tests/e2e: {e}"))?
        .filter_map(|e| e.ok().and_then(|e| e.file_name().into_string().ok()))
        .filter(|n| n.ends_with(".test.mjs") && n != "desktop.test.mjs")
        .collect();
    files.sort();
    if files.is_empty() {
        return Err("no browser test files in tests/e2e".into());
    }
    Ok(files)
}

fn test() -> Result<(), String> {
    let mut tally = Tally::default();
    tally.run(SETUP, None, || {
        setup::desktop_tools()?;
        setup::test_tools()
    });

    tally.run("rust tests (core, i18n, letters, cases, store incl. crash test, cli, ui, xtask)", None, || {
        timed("cargo test: unit, golden, property and CLI tests", || {
            sh(Command::new("cargo").args(["test", "--workspace", "--exclude", "ret-og-frist-desktop"]))
        })
    });
    // Kept out of the plain `cargo test` run for its time; scrypt is built with
    // opt-level 3 even in the dev profile (Cargo.toml), so it is run here in full.
    tally.run("case file at the real scrypt work factor (store)", None, || {
        timed("cargo test: scrypt at the real work factor (--ignored)", || {
            sh(Command::new("cargo").args(["test", "--quiet", "-p", "ret-og-frist-store", "--test", "file", "--", "--ignored"]))
        })
    });
    // The gain golden cases recomputed by a program that shares no code with the
    // engine (tools/gain-oracle/README.md): a wrong figure has to be made twice.
    tally.run("gain oracle (tests/cases/gain recomputed independently, Python)", None, || {
        timed("python3 tools/gain-oracle/oracle.py", || sh(Command::new("python3").arg("tools/gain-oracle/oracle.py")))
    });
    tally.run("clippy", Some(SETUP), || {
        timed("cargo clippy (all crates but the Tauri shell; ui for wasm32)", || {
            sh(Command::new("cargo").args([
                "clippy", "--quiet", "--all-targets", "-p", "ret-og-frist-core", "-p", "ret-og-frist-i18n",
                "-p", "ret-og-frist-letters", "-p", "ret-og-frist-cases", "-p", "ret-og-frist-store", "-p", "ret-og-frist-rulepack", "-p", "ret-og-frist-reader", "-p", "navigator",
                "-p", "ret-og-frist-lazy-reader", "-p", "ret-og-frist-lazy-casefile", "-p", "ret-og-frist-lazy-pdf",
                "-p", "xtask", "--", "-D", "warnings",
            ]))?;
            sh(Command::new("cargo").args([
                "clippy", "--quiet", "--all-targets", "-p", "ret-og-frist-ui", "--target", "wasm32-unknown-unknown", "--release",
                "--", "-D", "warnings",
            ]))
        })
    });

    tally.run(WEB_BUILD, Some(SETUP), build_web);
    tally.run("browser e2e + axe (Chromium)", Some(WEB_BUILD), || {
        timed("browser end-to-end tests in Chromium", || {
            sh(Command::new("node")
                .args(["--test", "--test-reporter=spec"])
                .args(browser_test_files()?)
                .current_dir("tests/e2e")
                .env("WEB_DIST", std::fs::canonicalize("ui/dist").map_err(|e| e.to_string())?)
                .env("CHROMIUM", "/usr/bin/chromium"))
        })
    });
    tally.run(DESKTOP_BUILD, Some(WEB_BUILD), build_desktop);
    tally.run("desktop e2e (Tauri window, tauri-driver + WebKitWebDriver, Xvfb)", Some(DESKTOP_BUILD), || {
        let app = std::fs::canonicalize(DESKTOP_BIN).map_err(|e| e.to_string())?;
        timed("desktop end-to-end test in the Tauri window", || {
            sh(Command::new("xvfb-run")
                .args(["-a", "-s", "-screen 0 1280x1024x24", "node", "--test", "--test-reporter=spec", "desktop.test.mjs"])
                .current_dir("tests/e2e")
                .env("TAURI_APP", &app)
                .env("TAURI_DRIVER", setup::cargo_bin("tauri-driver")))
        })
    });

    tally.summary()
}

#[cfg(test)]
mod tests {
    //! Guards on the desktop shell's attack surface: these fail if a capability
    //! or the content security policy is widened by accident.

    fn read(path: &str) -> String {
        let root = super::workspace_root();
        std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// The JSON string array after `"key":` (enough for our own small files).
    fn string_array(json: &str, key: &str) -> Vec<String> {
        let start = json.find(&format!("\"{key}\"")).or_else(|| json.find(key)).unwrap_or_else(|| panic!("no {key}"));
        let open = start + json[start..].find('[').expect("array");
        let close = open + json[open..].find(']').expect("end of array");
        json[open + 1..close]
            .split(',')
            .map(|s| s.trim().trim_matches('"').to_string())
            .filter(|s| !s.is_empty())
            .collect()
    }

    #[test]
    fn every_language_but_danish_is_copied_for_fetching() {
        let dist = std::env::temp_dir().join(format!("xtask-locales-{}", std::process::id()));
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let n = super::copy_locales(&root.join("locales"), &dist).unwrap();
        assert!(!dist.join("da").exists(), "Danish is embedded in the wasm");
        for lang in ["en", "uk", "ar"] {
            for file in ["main", "klage", "status", "gevinst", "input", "reader", "satser"] {
                let copied = std::fs::read(dist.join(lang).join(format!("{file}.ftl"))).unwrap();
                assert_eq!(copied, std::fs::read(root.join("locales").join(lang).join(format!("{file}.ftl"))).unwrap());
            }
        }
        assert_eq!(n, 21);
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn css_urls_are_found_once_each_and_data_urls_are_left_alone() {
        let css = r#"a{background:url("img/plus.svg")}b{src:url('fonts/X.woff2') format("woff2")}c{background:url(img/plus.svg)}d{background:url("data:image/svg+xml,x")}"#;
        assert_eq!(super::css_urls(css), ["fonts/X.woff2", "img/plus.svg"]);
    }

    /// The window's only powers: the app's own eight commands; no plugin, no core API.
    const COMMANDS: [&str; 8] = [
        "save_pdf",
        "cases_all",
        "case_save",
        "case_delete",
        "cases_delete_all",
        "case_export",
        "case_import",
        "rules_set_active",
    ];

    #[test]
    fn window_may_only_use_the_apps_own_commands() {
        let caps = read("src-tauri/capabilities/default.json");
        let want: Vec<String> = COMMANDS.iter().map(|c| format!("allow-{}", c.replace('_', "-"))).collect();
        assert_eq!(string_array(&caps, "permissions"), want);
        assert_eq!(string_array(&caps, "windows"), ["main"]);
        let entries = std::fs::read_dir(super::workspace_root().join("src-tauri/capabilities")).unwrap().count();
        assert_eq!(entries, 1, "one capability file only");
        let build = read("src-tauri/build.rs");
        assert_eq!(string_array(&build, "commands(&"), COMMANDS, "the declared commands");
        // Plugins are used from Rust only; none may be granted to the page.
        let cargo = read("src-tauri/Cargo.toml");
        let plugins: Vec<&str> = cargo.lines().filter(|l| l.starts_with("tauri-plugin")).collect();
        assert_eq!(plugins.len(), 1, "only the notification plugin: {plugins:?}");
        assert!(plugins[0].starts_with("tauri-plugin-notification"), "{plugins:?}");
        assert!(!caps.contains("notification:"), "the page gets no notification permission");
    }

    #[test]
    fn csp_allows_no_remote_origin() {
        let conf = read("src-tauri/tauri.conf.json");
        let html = read("ui/static/index.html");
        let serve = read("xtask/src/serve.rs");
        for (what, text) in [("tauri.conf.json", &conf), ("index.html", &html), ("serve.rs", &serve)] {
            let csp_at = text.find("default-src 'self'").unwrap_or_else(|| panic!("{what}: no CSP"));
            let csp = &text[csp_at..csp_at + text[csp_at..].find(['"', '>']).unwrap_or(400)];
            assert!(!csp.contains("http://") || csp.contains("http://ipc.localhost"), "{what}: {csp}");
            assert!(!csp.contains("https:") && !csp.contains('*') && !csp.contains("unsafe-inline"), "{what}: {csp}");
            assert!(csp.contains("object-src 'none'") && csp.contains("base-uri 'none'"), "{what}: {csp}");
        }
        let connect = conf.split("connect-src").nth(1).unwrap().split(';').next().unwrap().trim();
        assert_eq!(connect, "'self' ipc: http://ipc.localhost");
    }
}
