//! `navigator`: the app's calculations as JSON, for advisers' scripts and tests.
//!
//! A stable interface: field names only ever get added. Bad input exits non-zero
//! with one line naming the bad value; the program never panics on input.

mod case;
mod gain;
mod read;
mod rules_pack;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use ret_og_frist_core::dates::parse_user_date;
use ret_og_frist_core::deadlines::{compute, DeadlineRequest, RunsFrom};
use ret_og_frist_core::guide::procedure;
use ret_og_frist_core::guide::status::{Card, Group, Profile};
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_core::rules::{Citation, Confidence, Override};
use ret_og_frist_core::{Calendar, DeadlineKind, Delivery, Employment, RuleSet};
use std::path::{Path, PathBuf};
use ret_og_frist_i18n::{Lang, Texts};
use ret_og_frist_app::{ActiveRules, RuleSources};
use ret_og_frist_letters::{self as letters, Answers, LetterKind};
use serde_json::{json, Value};
use std::io::Write;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "navigator", version, about = "Ret og Frist: Danish benefit rules and deadlines, offline")]
struct Cli {
    /// Language of the explanation texts: da, en, uk or ar.
    #[arg(long, global = true, default_value = "da", value_parser = parse_lang)]
    lang: Lang,
    /// Override a parameter for this run: path=value (e.g. frist.complaint=5). Repeatable.
    /// Results say so (`overrides`, and the baseline beside the result).
    #[arg(long = "override", global = true, value_name = "PATH=VALUE")]
    overrides: Vec<String>,
    /// Why the override, and its source (required with --override).
    #[arg(long, global = true)]
    override_note: Option<String>,
    /// Compute under this signed rule pack instead of the built-in rules, as the
    /// app does after "Indlæs en nyere regelpakke". A pack that does not verify
    /// (key, signature, content, rules) or is older than this build's rules is
    /// refused with the reason; results name the pack (`rules_pack`).
    #[arg(long, global = true, value_name = "FILE")]
    pack: Option<PathBuf>,
    /// Trust only this public key for --pack instead of this build's release key
    /// (maintainers trying a pack before it is signed for release).
    #[arg(long, global = true, value_name = "FILE")]
    pack_key_pub: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compute a deadline (frist) with its explanation, warnings and rules.
    Deadline(DeadlineArgs),
    /// List the Danish public holidays and uncertain days of a year.
    Holidays {
        #[arg(long, value_parser = parse_year)]
        year: i32,
    },
    /// Target group, rights and duties cards and the reform timeline for a profile (JSON file).
    Status {
        /// Path to profile.json (see docs/examples/profile.json).
        profile: PathBuf,
    },
    /// The complaint route for a decision: who decides, where to complain, deadlines.
    Appeal {
        /// The benefit the decision is about.
        #[arg(long, value_parser = parse_benefit)]
        benefit: Benefit,
        /// Who made the decision: kommune, a-kasse, udbetaling-danmark, anden-aktoer, star.
        #[arg(long)]
        decided_by: String,
        /// Day you received the decision: adds your complaint deadline.
        #[arg(long, value_parser = parse_date)]
        received: Option<NaiveDate>,
        /// Date the rules are taken from (default: today).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<NaiveDate>,
    },
    /// Write a letter from answers (JSON): partshoering, fristforlaengelse, aktindsigt,
    /// begrundelse, klage, ombudsmand. A drafting aid, not legal advice.
    Letter {
        /// Which letter.
        #[arg(value_parser = parse_letter_kind)]
        kind: LetterKind,
        /// Path to the answers (see docs/letters.md and docs/examples/letters/<kind>.json).
        answers: PathBuf,
        /// text (default), pdf, or json (the structured letter and the rules it cites).
        #[arg(long, value_enum, default_value = "text")]
        format: LetterFormat,
        /// Write here instead of standard output (required for pdf).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The rules the app uses: list them, show one with its history and source;
    /// build, sign and verify rule packs (maintainers).
    Rules {
        #[command(subcommand)]
        cmd: RulesCmd,
    },
    /// Procedure check over a decision letter (answers JSON file): possible errors with their §.
    Check {
        /// Path to answers.json (see docs/examples/check.json).
        answers: PathBuf,
    },
    /// Cases in a desktop case store: list, show, and export/import encrypted case files.
    #[command(subcommand)]
    Case(case::CaseCommand),
    /// Income tax for one person (annual kroner): ATP, AM-bidrag, fradrag, each tax, net income.
    Tax(gain::TaxArgs),
    /// Boligsikring for a rented home (annual and monthly kroner) with its arithmetic.
    Boligsikring(gain::BoligArgs),
    /// A household on benefit vs with the job offer (scenario JSON, see docs/gain.md).
    Calc {
        /// Scenario JSON (see docs/examples/gain/).
        scenario: PathBuf,
        /// Set for the first adult, over what the file says.
        #[command(flatten)]
        first: gain::PersonExtra,
    },
    /// Disposable income over 0–45 hours a week, marginal rates and named cliffs.
    Sweep(gain::SweepArgs),
    /// Read a decision or partshøring letter (text or PDF with a text layer):
    /// kind, authority, benefit, dates, amounts, § cited, each with its sentence.
    Read {
        /// The letter: a text file or a PDF (detected by content).
        file: PathBuf,
    },
}


#[derive(Subcommand)]
enum RulesCmd {
    /// Every rule with its current value, reference, source and confidence.
    List {
        /// Only rules not confirmed by an official source: confidence unconfirmed,
        /// values estimated for the date, and proposals (not adopted law).
        #[arg(long)]
        unconfirmed: bool,
        /// Only this kind: parameter, holiday, uncertain-day, group, card, change,
        /// body, route, meanwhile, check, reversal-rate, processing-time.
        #[arg(long)]
        kind: Option<String>,
        /// Date for the "current" value (default: today).
        #[arg(long, value_parser = parse_date)]
        as_of: Option<NaiveDate>,
    },
    /// One rule by path (e.g. frist.complaint, day.store-bededag, card.aktindsigt).
    Show { path: String },
    #[command(flatten)]
    Pack(rules_pack::PackCommand),
}

#[derive(Clone, Copy, ValueEnum)]
enum LetterFormat {
    Text,
    Pdf,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Post {
    Paper,
    Quickpost,
}

#[derive(Clone, Copy, ValueEnum)]
enum Work {
    Employee,
    SelfEmployed,
}

#[derive(clap::Args)]
struct DeadlineArgs {
    /// Which deadline: complaint, complaint-akasse, genvurdering, ombudsman,
    /// aktindsigt, partshoering, sygedagpenge.
    #[arg(value_parser = parse_deadline_kind)]
    kind: DeadlineKind,
    /// Day the letter was received (Digital Post: the day it was in the mailbox);
    /// for ombudsman: the day the highest authority's decision was received;
    /// for genvurdering and aktindsigt: the day the authority received it.
    #[arg(long, value_parser = parse_date)]
    received: Option<NaiveDate>,
    /// Date on a letter sent by post (use with --post).
    #[arg(long, value_parser = parse_date, requires = "post")]
    sent: Option<NaiveDate>,
    /// How the letter was posted (with --sent).
    #[arg(long, value_enum, requires = "sent")]
    post: Option<Post>,
    /// Not used: the Ombudsmand's year runs from receipt, not from the decision's
    /// date. Kept so an old call gets a message saying what to give instead.
    #[arg(long, value_parser = parse_date, hide = true)]
    decided: Option<NaiveDate>,
    /// Reply date the authority set (partshoering).
    #[arg(long, value_parser = parse_date)]
    reply_by: Option<NaiveDate>,
    /// First day of sickness (sygedagpenge).
    #[arg(long, value_parser = parse_date)]
    first_sick_day: Option<NaiveDate>,
    /// Work situation on the first sick day (sygedagpenge).
    #[arg(long, value_enum, default_value = "employee")]
    employment: Work,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    parse_user_date(s).map_err(|e| e.to_string())
}

fn parse_year(s: &str) -> Result<i32, String> {
    let y: i32 = s.parse().map_err(|_| format!("'{s}' is not a year"))?;
    if (ret_og_frist_core::dates::FIRST_YEAR..=ret_og_frist_core::dates::LAST_YEAR).contains(&y) {
        Ok(y)
    } else {
        Err(format!(
            "'{s}' is outside the years {}–{}",
            ret_og_frist_core::dates::FIRST_YEAR,
            ret_og_frist_core::dates::LAST_YEAR
        ))
    }
}

fn rules_cmd(rules: &RuleSet, texts: &Texts, cmd: &RulesCmd) -> Result<Value, String> {
    // Rates by their path (locales/<lang>/satser.ftl); a rate only a rule pack
    // knows keeps the name it carries; every other entry by its typed name.
    let label = |e: &ret_og_frist_core::catalog::Entry| texts.entry_name(e);
    match cmd {
        RulesCmd::Pack(c) => rules_pack::run(c.clone().into()),
        RulesCmd::List { unconfirmed, kind, as_of } => {
            let date = as_of.unwrap_or_else(today);
            let all = rules.catalog();
            if let Some(k) = kind {
                if !all.iter().any(|e| e.kind == k) {
                    let mut kinds: Vec<&str> = all.iter().map(|e| e.kind).collect();
                    kinds.dedup();
                    return Err(format!("'{k}' is not a rule kind (accepted: {})", kinds.join(", ")));
                }
            }
            // A rate's value on the date as the engine sees it: published, an
            // estimate past the last published value, or none (`current` null).
            let sats = |path: &str| {
                rules.satser.contains_key(path).then(|| ret_og_frist_core::satser::lookup(&rules.satser, path, date))
            };
            // A proposal is not law, whatever the confidence in what it says.
            let proposal = |e: &ret_og_frist_core::catalog::Entry| {
                e.values.iter().any(|v| v.status == ret_og_frist_core::rules::Status::Proposal)
            };
            let rows: Vec<Value> = all
                .iter()
                .filter(|e| {
                    let estimated = matches!(sats(&e.path), Some(Ok(ref f)) if f.estimate.is_some());
                    !unconfirmed || e.confidence() == Confidence::Unconfirmed || estimated || proposal(e)
                })
                .filter(|e| kind.as_ref().is_none_or(|k| e.kind == k))
                .map(|e| {
                    let mut row = json!({
                        "path": e.path,
                        "kind": e.kind,
                        "label": label(e),
                        "current": e.current(date),
                        "reference": e.citation.reference,
                        "source": e.citation.source,
                        "confidence": e.confidence(),
                    });
                    if proposal(e) {
                        row["proposal"] = json!(true);
                    }
                    match sats(&e.path) {
                        Some(Ok(f)) if f.estimate.is_some() => row["estimated"] = json!(f.estimate),
                        Some(Err(_)) => row["current"] = Value::Null,
                        _ => {}
                    }
                    row
                })
                .collect();
            Ok(json!({ "as_of": date, "count": rows.len(), "rules": rows }))
        }
        RulesCmd::Show { path } => {
            let e = rules.entry(path).ok_or_else(|| format!("no rule '{path}' (see `navigator rules list`)"))?;
            let mut v = json!({ "label": label(&e), "confidence": e.confidence(), "entry": e });
            // The message id naming it, as before the typed name (field names only get added).
            v["entry"]["label_key"] = json!(ret_og_frist_i18n::name_id(&e.name));
            // A rate's policy past its last published value (docs/satser.md).
            if let Some(s) = rules.satser.get(path.as_str()) {
                v["lasts"] = json!(s.lasts);
            }
            Ok(v)
        }
    }
}

fn parse_deadline_kind(s: &str) -> Result<DeadlineKind, String> {
    DeadlineKind::from_id(s).ok_or_else(|| {
        let ids: Vec<&str> = DeadlineKind::all().iter().map(|k| k.id()).collect();
        format!("'{s}' is not a deadline (accepted: {})", ids.join(", "))
    })
}

fn parse_letter_kind(s: &str) -> Result<LetterKind, String> {
    LetterKind::from_id(s).ok_or_else(|| {
        let ids: Vec<&str> = LetterKind::ALL.iter().map(|k| k.id()).collect();
        format!("'{s}' is not a letter (accepted: {})", ids.join(", "))
    })
}

/// Compose a letter and write it; returns what to print (nothing when written to a file).
fn letter(active: &ActiveRules, texts: &Texts, kind: LetterKind, path: &Path, format: LetterFormat, out: Option<&Path>) -> Result<Option<Value>, String> {
    let answers: Answers = read_input(texts, path)?;
    let c = active.letter(kind, &answers).map_err(|e| format!("{}: {e}", path.display()))?;
    let bytes = match format {
        LetterFormat::Text => letters::text::render(&c.letter).into_bytes(),
        LetterFormat::Pdf => {
            if out.is_none() {
                return Err("--format pdf needs --out FILE".into());
            }
            letters::pdf::render(&c.letter).map_err(|e| e.to_string())?
        }
        LetterFormat::Json => {
            let v = json!({ "letter": c.letter, "rules": c.rules, "text": letters::text::render(&c.letter) });
            if out.is_none() {
                return Ok(Some(v));
            }
            serde_json::to_vec_pretty(&v).map_err(|e| e.to_string())?
        }
    };
    match out {
        Some(o) => std::fs::write(o, bytes).map_err(|e| format!("{}: {e}", o.display()))?,
        None => {
            let _ = std::io::stdout().lock().write_all(&bytes);
        }
    }
    Ok(None)
}

fn parse_benefit(s: &str) -> Result<Benefit, String> {
    Benefit::from_id(s).ok_or_else(|| {
        let ids: Vec<&str> = Benefit::ALL.iter().map(|b| b.id()).collect();
        format!("'{s}' is not a benefit (accepted: {})", ids.join(", "))
    })
}

fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default() + chrono::Days::new(secs / 86_400)
}

/// A JSON input file, at most [`input::MAX_JSON_BYTES`] read (a larger file is
/// refused, not read into memory).
fn read_text(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let max = ret_og_frist_core::input::MAX_JSON_BYTES;
    let f = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut bytes = Vec::new();
    f.take(max as u64 + 1).read_to_end(&mut bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    if bytes.len() > max {
        return Err(format!("{}: the file is larger than {max} bytes", path.display()));
    }
    String::from_utf8(bytes).map_err(|e| format!("{}: not UTF-8 text ({e})", path.display()))
}

/// Read a JSON file into a type that checks itself when deserialised; a
/// byte-order mark is fine, and a bad value is named by its field.
fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = read_text(path)?;
    ret_og_frist_core::input::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// [`read_json`], with the message in the user's language.
fn read_input<T: serde::de::DeserializeOwned>(texts: &Texts, path: &Path) -> Result<T, String> {
    let text = read_text(path)?;
    ret_og_frist_core::input::from_json(&text).map_err(|e| format!("{}: {}", path.display(), input_message(texts, &e)))
}

/// A refused input in the user's language (`input-<code>` in locales/*/input.ftl);
/// the Danish wording of [`InputError`]'s Display where the texts lack it.
pub(crate) fn input_message(texts: &Texts, e: &ret_og_frist_core::input::InputError) -> String {
    use ret_og_frist_core::input::Problem;
    let id = match &e.problem {
        Problem::Rule { rule } => ret_og_frist_i18n::family::INPUT_RULE.id(rule),
        p => ret_og_frist_i18n::family::INPUT.id(p.code()),
    };
    if !texts.has(&id) {
        return e.to_string();
    }
    let mut args: Vec<(&str, String)> = vec![("value", e.value.clone())];
    let (first, last) = (ret_og_frist_core::dates::FIRST_YEAR.to_string(), ret_og_frist_core::dates::LAST_YEAR.to_string());
    match &e.problem {
        Problem::Syntax { detail } | Problem::Shape { detail } => args.push(("detail", detail.clone())),
        Problem::Range { what, min, max } => {
            let what = serde_json::to_value(what).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
            args.extend([("what", what), ("min", min.clone()), ("max", max.clone())]);
        }
        Problem::Year => args.extend([("min", first), ("max", last)]),
        Problem::TooLong { max } | Problem::TooMany { max } => args.push(("max", max.to_string())),
        Problem::ControlChar { ch } | Problem::BidiChar { ch } => args.push(("ch", ch.clone())),
        Problem::Missing | Problem::Rule { .. } => {}
    }
    let args: Vec<_> = args.into_iter().map(|(k, v)| (k, v.into())).collect();
    let text = texts.get_args(&id, &args);
    if e.field.is_empty() { text } else { format!("{}: {text}", e.field) }
}

fn cite(c: &Citation) -> Value {
    json!({ "reference": c.reference, "source": c.source, "confidence": c.confidence, "note": c.note })
}

fn status(rules: &RuleSet, texts: &Texts, path: &Path) -> Result<Value, String> {
    let profile: Profile = read_input(texts, path)?;
    let r = rules.guide.status.evaluate(&profile);
    let group = |g: &Group| {
        json!({
            "id": g.id,
            "name": texts.group_name(&g.id),
            "meaning": texts.group_meaning(&g.id),
            "status": g.validity.status,
            "from": g.validity.from,
            "to": g.validity.to,
            "citation": cite(&g.citation),
        })
    };
    let card = |c: &Card| {
        json!({
            "id": c.id,
            "kind": c.kind,
            "title": texts.card_title(&c.id),
            "body": texts.card_body(&c.id),
            "link": c.link,
            "status": c.validity.status,
            "from": c.validity.from,
            "to": c.validity.to,
            "citation": cite(&c.citation),
        })
    };
    Ok(json!({
        "as_of": r.as_of,
        "profile": profile,
        "target_group": r.group.map(group),
        "proposals": r.proposals.iter().map(|g| group(g)).collect::<Vec<_>>(),
        "cards": r.cards.iter().map(|c| card(c)).collect::<Vec<_>>(),
        "proposed_cards": r.proposed_cards.iter().map(|c| card(c)).collect::<Vec<_>>(),
        "timeline": r.timeline.iter().map(|e| json!({
            "id": e.change.id,
            "date": e.change.date,
            "status": e.change.status,
            "in_effect": e.in_effect,
            "title": texts.reform_title(&e.change.id),
            "body": texts.reform_body(&e.change.id),
            "citation": cite(&e.change.citation),
        })).collect::<Vec<_>>(),
        "warnings": r.warnings,
    }))
}

fn appeal(
    rules: &RuleSet,
    texts: &Texts,
    benefit: Benefit,
    decided_by: &str,
    received: Option<NaiveDate>,
    as_of: Option<NaiveDate>,
) -> Result<Value, String> {
    let date = as_of.or(received).unwrap_or_else(today);
    let g = rules.guide.appeals.guide(benefit, decided_by, date).map_err(|e| e.to_string())?;
    let first = received.and_then(|r| ret_og_frist_app::first_appeal_deadline(rules, Some(benefit), decided_by, date, r));
    let steps = g
        .route
        .step
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let body = texts.appeal_body(&s.body);
            let mut v = json!({
                "step": i + 1,
                "body": s.body,
                "body_name": body,
                "action": s.action,
                "text": texts.appeal_action(&s.action, &body),
                "citizen_deadline": s.citizen_deadline,
                "authority_deadline": s.authority_deadline,
                "citation": cite(&s.citation),
            });
            // The citizen's first deadline, computed as the complaint screen and the letter do.
            if let (Some(Ok(r)), 0) = (&first, i) {
                v["deadline"] = json!(r.deadline);
                v["deadline_text"] = json!(texts.date(r.deadline));
            }
            v
        })
        .collect::<Vec<_>>();
    Ok(json!({
        "benefit": benefit,
        "decided_by": decided_by,
        "as_of": date,
        "citation": cite(&g.route.citation),
        "route": steps,
        "meanwhile": g.meanwhile.iter().map(|m| json!({
            "id": m.id, "text": texts.meanwhile(&m.id), "citation": cite(&m.citation),
        })).collect::<Vec<_>>(),
        "reversal_rates": g.reversal_rates.iter().map(|r| json!({
            "area": r.area, "year": r.year, "percent": r.percent, "citation": cite(&r.citation),
        })).collect::<Vec<_>>(),
        "processing_times": g.processing_times,
    }))
}

fn check(rules: &RuleSet, texts: &Texts, path: &Path) -> Result<Value, String> {
    let input: procedure::CheckInput = read_json(path)?;
    let findings = input.evaluate(&rules.guide.checks).map_err(|e| e.to_string())?;
    Ok(json!({
        "decision": input.decision,
        "findings": findings.iter().map(|f| json!({
            "id": f.check.id,
            "verdict": f.verdict,
            "question": texts.check_question(&f.check.id),
            "problem": texts.check_problem(&f.check.id),
            "citation": cite(&f.check.citation),
        })).collect::<Vec<_>>(),
    }))
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!("'{s}' is not a language (accepted: {})", codes.join(", "))
    })
}

/// The event date this kind needs, from the flags given.
fn event_date(a: &DeadlineArgs) -> Result<(NaiveDate, Delivery), String> {
    let kind = a.kind;
    let need = |flag: &str| format!("deadline {} needs --{flag} YYYY-MM-DD", kind.id());
    if a.decided.is_some() {
        // The decision's date is not when the year starts (ombudsmandsloven § 13, stk. 3, as
        // ombudsmanden.dk applies it: from receipt); guessing receipt from it would be dishonest.
        return Err(format!(
            "deadline {} does not use --decided: the deadline runs from when the decision was received; \
             give --received YYYY-MM-DD (Digital Post), or --sent YYYY-MM-DD --post paper",
            kind.id()
        ));
    }
    // Which date the kind needs follows from its row in frister.toml.
    match kind.runs_from() {
        RunsFrom::Receipt => match (a.received, a.sent, a.post) {
            (Some(d), None, None) => Ok((d, Delivery::Digital)),
            (None, Some(d), Some(Post::Paper)) => Ok((d, Delivery::Paper)),
            (None, Some(d), Some(Post::Quickpost)) => Ok((d, Delivery::Quickpost)),
            (Some(_), Some(_), _) => Err("give either --received or --sent with --post, not both".into()),
            _ => Err(format!("deadline {} needs --received YYYY-MM-DD, or --sent YYYY-MM-DD --post paper", kind.id())),
        },
        RunsFrom::AuthoritySet => a.reply_by.map(|d| (d, Delivery::Digital)).ok_or_else(|| need("reply-by")),
        RunsFrom::Event if kind.event() == "first-sick-day" => {
            a.first_sick_day.map(|d| (d, Delivery::Digital)).ok_or_else(|| need("first-sick-day"))
        }
        RunsFrom::Event => a.received.map(|d| (d, Delivery::Digital)).ok_or_else(|| need("received")),
    }
}

fn deadline(rules: &RuleSet, texts: &Texts, a: &DeadlineArgs) -> Result<Value, String> {
    let (date, delivery) = event_date(a)?;
    let req = DeadlineRequest {
        kind: a.kind,
        date,
        delivery,
        employment: match a.employment {
            Work::Employee => Employment::Employee,
            Work::SelfEmployed => Employment::SelfEmployed,
        },
    };
    let r = compute(rules, &req).map_err(|e| texts.deadline_error(&e))?;
    let with_text = |v: Value, text: String| {
        let mut v = v;
        if let Value::Object(m) = &mut v {
            m.insert("text".into(), Value::String(text));
        }
        v
    };
    Ok(json!({
        "kind": r.kind,
        "input": req,
        "deadline": r.deadline,
        "deadline_text": texts.date(r.deadline),
        "steps": r.steps.iter().map(|s| with_text(json!(s), texts.step(s))).collect::<Vec<_>>(),
        "warnings": r.warnings.iter().map(|w| with_text(json!(w), texts.warning(w))).collect::<Vec<_>>(),
        "notes": r.notes.iter().map(|n| with_text(json!(n), texts.note(n))).collect::<Vec<_>>(),
        "rules": r.rules,
    }))
}

fn holidays(rules: &RuleSet, texts: &Texts, year: i32) -> Value {
    let days = Calendar::new(rules).year(year);
    json!({
        "year": year,
        "days": days.iter().map(|d| json!({
            "date": d.date,
            "id": d.id,
            "name": texts.day_name(&d.id),
            "public_holiday": !d.uncertain,
            "uncertain": d.uncertain,
            "reference": d.reference,
            "source": d.source,
        })).collect::<Vec<_>>(),
    })
}

/// Run a command; `None` means it wrote its output itself.
fn run(cli: Cli) -> Result<Option<Value>, String> {
    let overrides = cli
        .overrides
        .iter()
        .map(|o| Override::parse(o, cli.override_note.as_deref().unwrap_or("")))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    let texts = Texts::new(cli.lang);
    let active = active_rules(&cli, &texts, overrides.clone())?;
    let (rules, baseline) = (active.rules(), active.baseline());
    let value = match &cli.command {
        Command::Deadline(a) => deadline(rules, &texts, a).and_then(|mut v| {
            if !overrides.is_empty() {
                // Baseline beside the overridden result, as the comparison view does.
                let base = deadline(baseline, &texts, a)?;
                v["overrides"] = json!(overrides);
                v["baseline_deadline"] = base["deadline"].clone();
            }
            Ok(v)
        }),
        Command::Holidays { year } => Ok(holidays(rules, &texts, *year)),
        Command::Status { profile } => status(rules, &texts, profile),
        Command::Appeal { benefit, decided_by, received, as_of } => {
            appeal(rules, &texts, *benefit, decided_by, *received, *as_of)
        }
        Command::Check { answers } => check(rules, &texts, answers),
        Command::Rules { cmd } => rules_cmd(rules, &texts, cmd),
        Command::Case(c) => return case::run(rules, &texts, c),
        Command::Tax(a) => gain::tax_cmd(rules, baseline, &texts, a),
        Command::Boligsikring(a) => gain::bolig_cmd(rules, baseline, &texts, a),
        Command::Calc { scenario, first } => gain::calc_cmd(rules, baseline, &texts, scenario, first),
        Command::Sweep(a) => gain::sweep_cmd(rules, &texts, a),
        Command::Read { file } => read::run(file),
        Command::Letter { kind, answers, format, out } => {
            return letter(&active, &texts, *kind, answers, *format, out.as_deref());
        }
    };
    value.map(|mut v| {
        // Say which rules the result comes from when they are not the built-in ones.
        if let (Value::Object(m), false) = (&mut v, active.pack().builtin) {
            m.insert("rules_pack".into(), json!(active.pack()));
        }
        Some(v)
    })
}

/// The active rules for this run: the built-in rules or `--pack`, with the
/// `--override`s, decided by `ActiveRules::resolve` as in the window and the
/// desktop shell. Unlike there, a pack or override that does not apply is an
/// error here (one line, in the chosen language), never a silent fallback.
fn active_rules(cli: &Cli, texts: &Texts, overrides: Vec<Override>) -> Result<ActiveRules, String> {
    let Some(file) = &cli.pack else {
        if let Some(k) = &cli.pack_key_pub {
            return Err(format!("{}: --pack-key-pub needs --pack FILE", k.display()));
        }
        let active = ActiveRules::resolve(&RuleSources { pack: None, overrides });
        // On the command line a wrong override is an error, not a silent drop.
        return match active.rejected_overrides().first() {
            Some(e) => Err(e.to_string()),
            None => Ok(active),
        };
    };
    let shown = file.display().to_string().escape_debug().to_string();
    let bytes = rules_pack::read_pack(file)?;
    // Not UTF-8 cannot be a pack (JSON): let the verification say "not a rule pack".
    let text = String::from_utf8(bytes).unwrap_or_default();
    let sources = RuleSources { pack: Some(text), overrides };
    let active = match &cli.pack_key_pub {
        None => ActiveRules::resolve(&sources),
        Some(k) => ActiveRules::resolve_with_keys(&sources, &rules_pack::trusted(Some(k))?),
    };
    if let Some(d) = active.dropped_pack() {
        let why = texts.pack_error(d.code).unwrap_or_else(|| d.message.clone());
        let line = texts.get_args("cli-pack-refused", &[("file", shown.into()), ("why", why.into())]);
        // The technical detail names the rule or file where the sentence cannot.
        let detail = matches!(d.code, "invalid_rules" | "invalid_field" | "unknown_file" | "missing_file");
        return Err(if detail { format!("{line} [{}: {}]", d.code, d.message) } else { format!("{line} [{}]", d.code) });
    }
    match active.rejected_overrides().first() {
        Some(e) => Err(e.to_string()),
        None => Ok(active),
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                print!("{e}");
                return ExitCode::SUCCESS;
            }
            if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                eprint!("{e}");
                return ExitCode::from(2);
            }
            // One line, naming the bad value (clap's first line does) and the
            // accepted values where there is a fixed list.
            use clap::error::{ContextKind, ContextValue};
            let text = e.to_string();
            let line = text.lines().next().unwrap_or("invalid arguments");
            let accepted = match e.get(ContextKind::ValidValue) {
                Some(ContextValue::Strings(v)) => format!(" (accepted: {})", v.join(", ")),
                _ => String::new(),
            };
            eprintln!("{}{accepted}", line.trim_start_matches("error: "));
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(v)) => {
            // A closed pipe (`| head`) is not an error worth a panic.
            let text = serde_json::to_string_pretty(&v).unwrap_or_else(|_| v.to_string());
            let _ = writeln!(std::io::stdout().lock(), "{text}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::FAILURE
        }
    }
}
