//! `navigator rules pack|verify|keygen`: signed rule packs from the command line.
//!
//! - `rules pack --key FILE --name 2027-01 --date 2027-01-02 [--rules DIR] --out FILE`
//!   bundles the rule files of DIR (default `rules`), checks them exactly as a
//!   loading app would, signs them and writes the pack. The pack's version is
//!   `DIR/dk/version.toml`'s; rules older than this build's are refused
//!   (`[older]`), and so is a `--date` before the rules' `[meta] reviewed`.
//! - `rules verify FILE [--key-pub FILE]` checks a pack (against this build's
//!   trusted release key, or only the given public key) and prints what it is.
//! - `rules keygen --out FILE` makes a new signing key: FILE (private, mode 600)
//!   and FILE.pub.
//!
//! Every failure is one line naming the file and the problem, exit non-zero.
//! Format and maintainer steps: `rulepack/README.md`.

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use ret_og_frist_rulepack::{self as rulepack, keys, PackError, TrustedKey, MAX_PACK_BYTES};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Signed rule packs: build and sign one (pack), check one (verify), make a signing key (keygen).
#[derive(Args, Clone, Debug)]
pub struct PackArgs {
    #[command(subcommand)]
    pub command: PackCommand,
}

impl From<PackCommand> for PackArgs {
    fn from(command: PackCommand) -> PackArgs {
        PackArgs { command }
    }
}

#[derive(Subcommand, Clone, Debug)]
pub enum PackCommand {
    /// Bundle the rule files, check them as the app would, sign and write the pack.
    Pack {
        /// Private signing key file (from `rules keygen`).
        #[arg(long)]
        key: PathBuf,
        /// Name of the pack, e.g. 2027-01 (A-Z a-z 0-9 . _ -, at most 64).
        #[arg(long)]
        name: String,
        /// Date of the pack, YYYY-MM-DD.
        #[arg(long, value_parser = parse_iso_date)]
        date: NaiveDate,
        /// Folder laid out like rules/ (dk/frister.toml, …).
        #[arg(long, default_value = "rules")]
        rules: PathBuf,
        /// The pack file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a pack: size, format, key, signature, content hash, files, rules, not older than
    /// this build's rules. Prints what it is.
    Verify {
        /// The pack file.
        file: PathBuf,
        /// Trust only this public key file instead of this build's release key.
        #[arg(long)]
        key_pub: Option<PathBuf>,
    },
    /// Make a new signing key: FILE (private; keep it out of the repository) and FILE.pub.
    Keygen {
        /// Where to write the private key; the public key goes to FILE.pub. Never overwrites.
        #[arg(long)]
        out: PathBuf,
        /// Word for the public key file's comment line.
        #[arg(long, default_value = "release")]
        label: String,
    },
}

/// Run `navigator rules …`; the JSON to print, or one line for stderr.
pub fn run(args: PackArgs) -> Result<Value, String> {
    match args.command {
        PackCommand::Pack { key, name, date, rules, out } => pack(&key, &name, date, &rules, &out),
        PackCommand::Verify { file, key_pub } => verify(&file, key_pub.as_deref()),
        PackCommand::Keygen { out, label } => keygen(&out, &label),
    }
}

fn parse_iso_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|d| d.format("%Y-%m-%d").to_string() == s)
        .ok_or_else(|| "expected YYYY-MM-DD".to_string())
}

/// A path for a one-line message.
fn show(path: &Path) -> String {
    path.display().to_string().escape_debug().to_string()
}

fn read_text(path: &Path, what: &str, limit: usize) -> Result<String, String> {
    let bytes = read_limited(path, what, limit)?;
    if bytes.len() > limit {
        return Err(format!("{}: {what} is larger than {limit} bytes", show(path)));
    }
    String::from_utf8(bytes).map_err(|_| format!("{}: {what} is not UTF-8 text", show(path)))
}

/// At most `limit + 1` bytes, so a huge file is never read whole.
fn read_limited(path: &Path, what: &str, limit: usize) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{}: cannot read {what}: {e}", show(path)))?;
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{}: cannot read {what}: {e}", show(path)))?;
    Ok(bytes)
}

fn key_error(path: &Path, e: PackError) -> String {
    format!("{}: {e}", show(path))
}

fn pack(key: &Path, name: &str, date: NaiveDate, rules: &Path, out: &Path) -> Result<Value, String> {
    let signing = keys::parse_private_key(&read_text(key, "the key file", keys::MAX_KEY_FILE_BYTES)?)
        .map_err(|e| key_error(key, e))?;
    check_no_unknown_rule_files(rules)?;
    let mut texts = Vec::new();
    for path in rulepack::known_files() {
        let full = rules.join(path);
        texts.push((path, read_text(&full, "the rule file", MAX_PACK_BYTES)?));
    }
    let files: Vec<(&str, &str)> = texts.iter().map(|(p, t)| (*p, t.as_str())).collect();
    let built = rulepack::build(&files, name, date).map_err(|e| format!("{}: {e} [{}]", show(rules), e.code()))?;
    let signed = rulepack::sign(&built, &signing);
    let bytes = rulepack::to_bytes(&signed);
    // Never write a pack this build would refuse.
    let signer = TrustedKey::new(signing.verifying_key());
    let (info, loaded) = rulepack::verify_and_load(&bytes, std::slice::from_ref(&signer))
        .map_err(|e| format!("the pack just built does not verify: {e} [{}]", e.code()))?;
    unnamed_new_rates(rules, &loaded)?;
    write_atomically(out, &bytes)?;
    let trusted = rulepack::trusted_keys().iter().any(|k| k.key_id == signer.key_id);
    let mut v = json!(info);
    v["file"] = json!(out.display().to_string());
    v["bytes"] = json!(bytes.len());
    v["trusted_by_this_build"] = json!(trusted);
    Ok(v)
}

/// A rate this build's rules lack is one an app's texts (`satser.ftl`) cannot
/// name: the pack must carry its name (`label`, `label_en`), or people would see
/// its path.
fn unnamed_new_rates(rules: &Path, loaded: &ret_og_frist_core::RuleSet) -> Result<(), String> {
    let builtin = ret_og_frist_core::RuleSet::builtin().map_err(|e| format!("the built-in rules: {e}"))?;
    let unnamed: Vec<&str> = loaded
        .satser
        .iter()
        .filter(|(p, s)| !builtin.satser.contains_key(*p) && s.label.trim().is_empty())
        .map(|(p, _)| p.as_str())
        .collect();
    if unnamed.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{}: new rates need a name for apps whose texts do not know them (label and label_en): {}",
        show(rules),
        unnamed.join(", ")
    ))
}

/// A `.toml` under the rules folder that no pack can carry is a mistake (a new
/// file needs a new build): say so rather than leave it out silently.
fn check_no_unknown_rule_files(rules: &Path) -> Result<(), String> {
    fn walk(dir: &Path, rel: &str, depth: usize, found: &mut Vec<String>) -> std::io::Result<()> {
        if depth > 4 {
            return Ok(());
        }
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = if rel.is_empty() { name.clone() } else { format!("{rel}/{name}") };
            let kind = entry.file_type()?;
            if kind.is_dir() {
                walk(&entry.path(), &path, depth + 1, found)?;
            } else if name.ends_with(".toml") {
                found.push(path);
            }
        }
        Ok(())
    }
    let mut found = Vec::new();
    walk(rules, "", 0, &mut found).map_err(|e| format!("{}: cannot read the rules folder: {e}", show(rules)))?;
    found.sort();
    // Data embedded by other crates, not carried in packs: the letter reader's
    // phrases and the legal basis of each letter sentence (letters/src/basis.rs).
    const NOT_IN_PACKS: &[&str] = &["dk/brevlaeser.toml", "dk/breve.toml"];
    if let Some(unknown) =
        found.iter().find(|p| !NOT_IN_PACKS.contains(&p.as_str()) && !rulepack::known_files().any(|k| k == p.as_str()))
    {
        let known: Vec<_> = rulepack::known_files().collect();
        return Err(format!(
            "{}: {} is not a rule file this build knows; a pack carries exactly {}",
            show(rules),
            unknown.escape_debug(),
            known.join(", ")
        ));
    }
    Ok(())
}

fn write_atomically(out: &Path, bytes: &[u8]) -> Result<(), String> {
    let mut tmp = out.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let result = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|_| f.sync_all()))
        .and_then(|_| std::fs::rename(&tmp, out));
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("{}: cannot write the pack: {e}", show(out))
    })
}

/// The keys to trust: only the public key in `key_pub`, or this build's release key.
pub(crate) fn trusted(key_pub: Option<&Path>) -> Result<Vec<TrustedKey>, String> {
    Ok(match key_pub {
        Some(p) => vec![keys::parse_public_key(&read_text(p, "the public key file", keys::MAX_KEY_FILE_BYTES)?)
            .map_err(|e| key_error(p, e))?],
        None => rulepack::trusted_keys(),
    })
}

/// A pack file's bytes, at most one more than a pack may have (so a huge file
/// is refused as too large, not read whole).
pub(crate) fn read_pack(file: &Path) -> Result<Vec<u8>, String> {
    read_limited(file, "the pack", MAX_PACK_BYTES)
}

fn verify(file: &Path, key_pub: Option<&Path>) -> Result<Value, String> {
    let trusted = trusted(key_pub)?;
    let bytes = read_pack(file)?;
    match rulepack::verify_and_load(&bytes, &trusted) {
        Ok((info, _rules)) => Ok(json!(info)),
        Err(e) => Err(format!("{}: refused: {e} [{}]", show(file), e.code())),
    }
}

fn keygen(out: &Path, label: &str) -> Result<Value, String> {
    let mut public = out.as_os_str().to_owned();
    public.push(".pub");
    let public = PathBuf::from(public);
    for p in [out, public.as_path()] {
        if p.exists() {
            return Err(format!("{}: already exists; keygen never overwrites a key", show(p)));
        }
    }
    let key = keys::generate_signing_key().map_err(|e| e.to_string())?;
    write_new(out, keys::private_key_file(&key).as_bytes(), true)?;
    write_new(&public, keys::public_key_file(&key.verifying_key(), label).as_bytes(), false)?;
    Ok(json!({
        "key_id": keys::key_id(&key.verifying_key()),
        "private_key": out.display().to_string(),
        "public_key": public.display().to_string(),
        "note": "Keep the private key secret and out of the repository. To trust the key, \
                 put the .pub file at rules/keys/release.pub and rebuild.",
    }))
}

/// Create a file that must not exist yet; a private one readable by its owner only.
fn write_new(path: &Path, bytes: &[u8], private: bool) -> Result<(), String> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(if private { 0o600 } else { 0o644 });
    }
    #[cfg(not(unix))]
    let _ = private;
    options
        .open(path)
        .and_then(|mut f| f.write_all(bytes).and_then(|_| f.sync_all()))
        .map_err(|e| format!("{}: cannot write the key: {e}", show(path)))
}
