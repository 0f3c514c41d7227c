//! `navigator case …`: the desktop case store and the encrypted case file from
//! the command line.
//!
//! Passphrases are read from a file (`--passphrase-file`) or from the
//! environment (`RET_OG_FRIST_PASSPHRASE`), never from the command line, where
//! other users could see them in the process list and shell history.
//!
//! Bad input (a missing file, a wrong passphrase, a damaged or foreign file)
//! exits non-zero with one line naming the problem, and leaves the store as it was.

use chrono::NaiveDate;
use clap::{Subcommand, ValueEnum};
use ret_og_frist_cases::Case;
use ret_og_frist_core::dates::parse_user_date;
use ret_og_frist_core::RuleSet;
use ret_og_frist_i18n::Texts;
use ret_og_frist_store::file::{self, Limits};
use ret_og_frist_store::{CaseSummary, ImportOutcome, Store};
use serde_json::{json, Value};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Environment variable read for the passphrase when no `--passphrase-file` is given.
pub const PASSPHRASE_ENV: &str = "RET_OG_FRIST_PASSPHRASE";

#[derive(Subcommand)]
pub enum CaseCommand {
    /// List the cases in a store, sorted by title; damaged cases are named under
    /// `damaged`, versions kept after an import or replace under `replaced`.
    List {
        /// The case store (SQLite file).
        #[arg(long)]
        store: PathBuf,
    },
    /// One case with its deadlines, recomputed from its letters.
    Show {
        /// The case id.
        id: String,
        /// The case store (SQLite file).
        #[arg(long)]
        store: PathBuf,
        /// Count days left from this date (default: today).
        #[arg(long, value_parser = parse_date)]
        today: Option<NaiveDate>,
    },
    /// Write one case to an encrypted case file (age, passphrase, ASCII armor) for e-mail.
    Export {
        /// The case id.
        id: String,
        /// The case store (SQLite file).
        #[arg(long)]
        store: PathBuf,
        /// The case file to write.
        #[arg(long)]
        out: PathBuf,
        /// File whose first line is the passphrase (else $RET_OG_FRIST_PASSPHRASE).
        #[arg(long)]
        passphrase_file: Option<PathBuf>,
        /// scrypt work factor (log2 N). Only for tests: lower is faster to open and to guess.
        #[arg(long, hide = true, default_value_t = file::WORK_FACTOR,
              value_parser = clap::value_parser!(u8).range(10..=20))]
        work_factor: u8,
    },
    /// Read an encrypted case file into a store (created if missing). A stored case
    /// that is newer or different is never overwritten unless you say so.
    Import {
        /// The case file.
        file: PathBuf,
        /// The case store (SQLite file).
        #[arg(long)]
        store: PathBuf,
        /// File whose first line is the passphrase (else $RET_OG_FRIST_PASSPHRASE).
        #[arg(long)]
        passphrase_file: Option<PathBuf>,
        /// When the file's case does not provably continue the stored one (a newer,
        /// different or unrelated version): fail (change nothing), keep-both (add the
        /// file's case as a copy) or replace (the stored version is kept, see `case list`).
        #[arg(long, value_enum, default_value = "fail")]
        on_conflict: OnConflict,
    },
    /// Bring back a version that an import or replace replaced (its `seq` from
    /// `case list` → `replaced`); the version it replaces is kept in turn.
    Restore {
        /// The kept version's number (`seq`).
        seq: i64,
        /// The case store (SQLite file).
        #[arg(long)]
        store: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum OnConflict {
    Fail,
    KeepBoth,
    Replace,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    parse_user_date(s).map_err(|e| e.to_string())
}

/// Run a case command; `Ok(Some(json))` is printed by the caller.
pub fn run(rules: &RuleSet, texts: &Texts, cmd: &CaseCommand) -> Result<Option<Value>, String> {
    match cmd {
        CaseCommand::List { store } => list(store),
        CaseCommand::Show { id, store, today } => show(rules, texts, id, store, *today),
        CaseCommand::Export { id, store, out, passphrase_file, work_factor } => {
            export(id, store, out, passphrase_file.as_deref(), *work_factor)
        }
        CaseCommand::Import { file, store, passphrase_file, on_conflict } => {
            import(rules, file, store, passphrase_file.as_deref(), *on_conflict)
        }
        CaseCommand::Restore { seq, store } => restore(*seq, store),
    }
    .map(Some)
}

fn open_existing(store: &Path) -> Result<Store, String> {
    Store::open_existing(store).map_err(|e| e.to_string())
}

/// Every case that reads back whole; a damaged one is named under `damaged`
/// (with the reason) instead of failing the whole list.
fn list(store: &Path) -> Result<Value, String> {
    let s = open_existing(store)?;
    let loaded = s.load().map_err(|e| e.to_string())?;
    let cases: Vec<CaseSummary> = loaded.cases.iter().map(CaseSummary::from).collect();
    let replaced = s.replaced().map_err(|e| e.to_string())?;
    Ok(json!({ "store": store, "cases": cases, "damaged": loaded.damaged, "replaced": replaced }))
}

fn get(s: &Store, id: &str, store: &Path) -> Result<Case, String> {
    s.get(id).map_err(|e| e.to_string())?.ok_or_else(|| format!("no case '{id}' in {}", store.display()))
}

fn show(rules: &RuleSet, texts: &Texts, id: &str, store: &Path, today: Option<NaiveDate>) -> Result<Value, String> {
    let s = open_existing(store)?;
    let case = get(&s, id, store)?;
    let today = today.unwrap_or_else(crate::today);
    let all = case.deadlines(rules, today);
    // A deadline that cannot be computed is listed with its event and reason, never dropped.
    let cannot_compute: Vec<Value> = all
        .failed
        .iter()
        .map(|f| {
            let mut v = json!(f);
            v["kind"] = json!(f.kind.id());
            v["message"] = json!(ret_og_frist_cases::reminders::failed_text(texts, f));
            v
        })
        .collect();
    let deadlines: Vec<Value> = all
        .into_iter()
        .map(|d| {
            let text = texts.date(d.deadline);
            let mut v = json!(d);
            v["kind"] = json!(d.kind.id());
            v["deadline_text"] = json!(text);
            v
        })
        .collect();
    // Saved gain calculations, recomputed with the case's rules (as the app shows them).
    let case_rules = case.rules(rules);
    let calculations: Vec<Value> = case
        .scenarios
        .iter()
        .map(|sc| {
            let e = ret_og_frist_core::gain::evaluate(&case_rules, &sc.scenario);
            json!({
                "id": sc.id,
                "title": sc.title,
                "saved": sc.saved,
                "gain_monthly": e.gain_monthly.map(ret_og_frist_core::gain::node::kr),
                "cannot_compute": e.cannot_compute,
            })
        })
        .collect();
    Ok(json!({
        "today": today,
        "overrides_rejected": rejected(rules, &case),
        "case": case,
        "deadlines": deadlines,
        "deadlines_cannot_compute": cannot_compute,
        "calculations": calculations,
    }))
}

/// The passphrase: the first line of `file`, else the environment variable.
fn passphrase(file: Option<&Path>) -> Result<String, String> {
    let p = match file {
        Some(f) => {
            let text = std::fs::read_to_string(f).map_err(|e| format!("passphrase file {}: {e}", f.display()))?;
            let first = text.lines().next().unwrap_or("").to_string();
            if first.is_empty() {
                return Err(format!("passphrase file {}: the first line is empty", f.display()));
            }
            first
        }
        None => match std::env::var(PASSPHRASE_ENV) {
            Ok(p) if !p.is_empty() => p,
            _ => return Err(format!("no passphrase: give --passphrase-file FILE or set {PASSPHRASE_ENV}")),
        },
    };
    Ok(p)
}

fn export(id: &str, store: &Path, out: &Path, pass_file: Option<&Path>, work_factor: u8) -> Result<Value, String> {
    let pass = passphrase(pass_file)?;
    // The app's rule (store::file::MIN_PASSPHRASE_CHARS), checked before the store is opened.
    file::check_passphrase(&pass).map_err(|e| e.to_string())?;
    let s = open_existing(store)?;
    let case = get(&s, id, store)?;
    let bytes = file::export_with_work_factor(&case, &pass, work_factor).map_err(|e| e.to_string())?;
    std::fs::write(out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(json!({ "id": case.id, "version": case.version, "title": case.title, "out": out, "bytes": bytes.len() }))
}

/// Read a case file without reading more than the importer accepts.
fn read_case_file(path: &Path) -> Result<Vec<u8>, String> {
    let limit = Limits::default().max_file_bytes;
    let f = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut bytes = Vec::new();
    f.take(limit as u64 + 1).read_to_end(&mut bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(bytes)
}

fn import(rules: &RuleSet, path: &Path, store: &Path, pass_file: Option<&Path>, on_conflict: OnConflict) -> Result<Value, String> {
    let pass = passphrase(pass_file)?;
    let bytes = read_case_file(path)?;
    // Everything about the file is checked before the store is opened (or created).
    let incoming = file::import(&bytes, &pass).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut s = Store::open(store).map_err(|e| e.to_string())?;
    let (outcome, mut kept) = file::merge_keeping(&mut s, &incoming).map_err(|e| e.to_string())?;
    let (label, case) = match outcome {
        ImportOutcome::Added { case } => ("added", case),
        ImportOutcome::Updated { case } => ("updated", case),
        ImportOutcome::Unchanged { case } => ("unchanged", case),
        ImportOutcome::Conflict { stored, incoming } => match on_conflict {
            OnConflict::Fail => {
                let what = if stored.version > incoming.version { "a newer" } else { "a different" };
                return Err(format!(
                    "case '{}': the store has {what} version (stored version {}, file version {}) and the file's case \
                     does not continue it; nothing was changed — choose --on-conflict keep-both (add the file's case \
                     as a copy) or --on-conflict replace (the stored version is kept under `replaced` in `case list`)",
                    stored.id, stored.version, incoming.version
                ));
            }
            OnConflict::KeepBoth => ("kept-both", file::keep_both(&mut s, &incoming).map_err(|e| e.to_string())?),
            OnConflict::Replace => {
                let (case, k) = file::replace_keeping(&mut s, &incoming).map_err(|e| e.to_string())?;
                kept = k;
                ("replaced", case)
            }
        },
    };
    s.close().map_err(|e| e.to_string())?;
    // `kept`: the stored version this import replaced, kept in the store (`case restore SEQ`).
    // `overrides_rejected`: the case's rule corrections that these rules refuse (e.g. out of
    // range); the case is kept whole, but its deadlines are computed without them.
    Ok(json!({
        "outcome": label, "id": case.id, "version": case.version, "title": case.title, "store": store, "kept": kept,
        "overrides_rejected": rejected(rules, &case),
    }))
}

/// The case's overrides that `rules` refuses, each with its path and the reason.
fn rejected(rules: &RuleSet, case: &Case) -> Vec<Value> {
    rules
        .rejected_overrides(&case.overrides)
        .iter()
        .map(|e| json!({ "path": e.path(), "reason": e.to_string() }))
        .collect()
}

fn restore(seq: i64, store: &Path) -> Result<Value, String> {
    let mut s = open_existing(store)?;
    let (case, kept) = s.restore(seq).map_err(|e| e.to_string())?;
    s.close().map_err(|e| e.to_string())?;
    Ok(json!({ "outcome": "restored", "id": case.id, "version": case.version, "title": case.title, "store": store, "kept": kept }))
}
