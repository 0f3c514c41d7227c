//! "Forstå dit brev": the person pastes a letter's text or opens its PDF; the
//! letter reader (`ret-og-frist-reader`) finds what it is, what it decides and
//! by when, each fact with the sentence it came from and editable. One step
//! then fills in every other screen through the typed hand-offs.
//!
//! The reader itself (lopdf, regex) is a wasm module of its own, loaded the
//! first time a letter is read (crate::lazy): it answers JSON, read here into
//! [`Reading`].
//!
//! Everything happens in the page. The letter and the facts live only in
//! memory: nothing is stored until the person follows a next step (the
//! receiving screen keeps its own form, as always) or saves a case.

use super::{rules, DateField};
use crate::casestore;
use crate::components::Field as FormField;
use crate::handoff::{AppealRoute, CheckHandoff, FristerHandoff, GainHandoff, LetterHandoff};
use crate::i18n::{tr, with_texts};
use chrono::NaiveDate;
use leptos::prelude::*;
use ret_og_frist_cases::{Case, Event, EventKind};
use ret_og_frist_core::dates::parse_user_date;
use ret_og_frist_core::guide::procedure::{Answer, Decision};
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_core::{DeadlineKind, Delivery};
use ret_og_frist_i18n::Lang;
use ret_og_frist_letters::LetterKind;
use crate::lazy::{self, LazyError, Module};
use serde::Deserialize;
use std::collections::BTreeMap;

/// What the letter says: the reader's `Reading` as its module answers it (JSON),
/// with the fields this screen uses.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
struct Reading {
    kind: String,
    decision: Option<String>,
    authority: Authority,
    benefit: Option<String>,
    letter_date: Option<NaiveDate>,
    reply_by: Option<NaiveDate>,
    amount_monthly: Option<i64>,
    amount_one_off: Option<i64>,
    complaint_guidance: bool,
    complaint_deadline_stated: Option<String>,
    reasons_given: bool,
    paragraphs: Vec<String>,
    evidence: BTreeMap<String, String>,
    warnings: Vec<Warning>,
    conflicts: Vec<Conflict>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
struct Authority {
    kind: Option<String>,
    name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Warning {
    code: String,
    field: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Conflict {
    field: String,
    candidates: Vec<Candidate>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Candidate {
    value: String,
    sentence: String,
}

/// The reader module's answer to one read.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Found {
    reading: Reading,
    /// The letter's text (from a PDF: its text layer).
    text: String,
    /// The values the reader can give, per select field, in the order the
    /// selects show them (the ids of rules/dk/brevlaeser.toml, from the
    /// reader's own `Field::values`), so the screen offers exactly the values
    /// the reader can produce; "other" is a choice of its own ("En anden slags
    /// afgørelse"), so a person whose letter fits none of the kinds can say so.
    choices: BTreeMap<String, Vec<String>>,
}

impl Found {
    fn choices(&self, field: &str) -> Vec<String> {
        self.choices.get(field).cloned().unwrap_or_default()
    }
}

/// `{"ok": Found}` or `{"err": code}` (the reader's `ReadError::code`).
#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum Reply {
    Ok(Box<Found>),
    Err(String),
}

/// Why there is no reading: the reader's error code, or the module did not load.
#[derive(Debug, Clone, PartialEq)]
enum Failure {
    Read(String),
    Load,
}

/// Read pasted text (`Ok(text)`) or a file's bytes through the reader module.
async fn read_letter(input: Result<String, Vec<u8>>) -> Result<Found, Failure> {
    let out = match input {
        Ok(text) => lazy::call_string(Module::Reader, "read_text", text.into(), None).await,
        Err(bytes) => lazy::call_string(Module::Reader, "read_file", lazy::bytes(&bytes), None).await,
    };
    let json = out.map_err(|e| match e {
        LazyError::Load(_) => Failure::Load,
        LazyError::Call(_) => Failure::Read("patterns".into()),
    })?;
    match serde_json::from_str::<Reply>(&json) {
        Ok(Reply::Ok(a)) => Ok(*a),
        Ok(Reply::Err(code)) => Err(Failure::Read(code)),
        Err(_) => Err(Failure::Read("patterns".into())),
    }
}

/// The facts as the person sees and corrects them (typed text, like every form).
#[derive(Debug, Clone, PartialEq, Default)]
struct Facts {
    kind: String,
    decision: String,
    authority_kind: String,
    authority_name: String,
    benefit: String,
    letter_date: String,
    reply_by: String,
    amount_monthly: String,
    amount_one_off: String,
    guidance: bool,
    guidance_deadline: String,
    reasons: bool,
    paragraphs: String,
    delivery: Delivery,
    /// The day a Digital Post letter arrived (day 0 of the complaint deadline).
    received: String,
}

fn typed(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// A conflict candidate as the field shows it: ISO dates become "04.12.2026".
fn shown(field: &str, value: &str) -> String {
    match (field, NaiveDate::parse_from_str(value, "%Y-%m-%d")) {
        ("letter_date" | "reply_by", Ok(d)) => typed(d),
        _ => value.to_string(),
    }
}

impl Facts {
    fn from_reading(r: &Reading) -> Self {
        Facts {
            // "other" is a choice of its own ("Andet brev"), not "Ikke fundet".
            kind: r.kind.clone(),
            decision: r.decision.clone().unwrap_or_default(),
            authority_kind: r.authority.kind.clone().unwrap_or_default(),
            authority_name: r.authority.name.clone().unwrap_or_default(),
            benefit: r.benefit.clone().unwrap_or_default(),
            letter_date: r.letter_date.map(typed).unwrap_or_default(),
            reply_by: r.reply_by.map(typed).unwrap_or_default(),
            amount_monthly: r.amount_monthly.map(|a| a.to_string()).unwrap_or_default(),
            amount_one_off: r.amount_one_off.map(|a| a.to_string()).unwrap_or_default(),
            guidance: r.complaint_guidance,
            guidance_deadline: r.complaint_deadline_stated.clone().unwrap_or_default(),
            reasons: r.reasons_given,
            paragraphs: r.paragraphs.join("; "),
            delivery: Delivery::Digital,
            // Digital Post arrives the day it is sent: the letter's date is the best first guess.
            received: r.letter_date.map(typed).unwrap_or_default(),
        }
    }

    /// A conflict's choice: the field it belongs to takes the value.
    fn set(&mut self, field: &str, value: &str) {
        let v = shown(field, value);
        match field {
            "kind" => self.kind = v,
            "decision" => self.decision = v,
            "authority" => self.authority_kind = v,
            "benefit" => self.benefit = v,
            "letter_date" => {
                if self.received.is_empty() || self.received == self.letter_date {
                    self.received = v.clone();
                }
                self.letter_date = v;
            }
            "reply_by" => self.reply_by = v,
            "amount_monthly" => self.amount_monthly = v,
            "amount_one_off" => self.amount_one_off = v,
            _ => {}
        }
    }

    fn partshoering(&self) -> bool {
        self.kind == "partshoering"
    }

    fn decided_by(&self) -> Option<String> {
        matches!(self.authority_kind.as_str(), "kommune" | "a-kasse" | "udbetaling-danmark").then(|| self.authority_kind.clone())
    }

    fn check_decision(&self) -> Decision {
        Decision::from_id(&self.decision).unwrap_or_default()
    }

    /// Which deadline the letter starts and the day the engine counts from:
    /// the reply-by date of a partshøring; for a decision the day a Digital
    /// Post letter arrived, or the date on a paper letter (the engine adds
    /// the presumed postal days).
    fn deadline(&self) -> Option<FristerHandoff> {
        if self.partshoering() {
            let date = parse_user_date(&self.reply_by).ok()?;
            return Some(FristerHandoff { kind: DeadlineKind::Partshoering, date, delivery: self.delivery });
        }
        let kind = if self.authority_kind == "a-kasse" { DeadlineKind::ComplaintAkasse } else { DeadlineKind::Complaint };
        let date = match self.delivery {
            Delivery::Digital => parse_user_date(&self.received).or_else(|_| parse_user_date(&self.letter_date)).ok()?,
            _ => parse_user_date(&self.letter_date).ok()?,
        };
        Some(FristerHandoff { kind, date, delivery: self.delivery })
    }

    /// The letter helper's hand-off: a reply to a partshøring, else a complaint
    /// (or `kind` when given, e.g. aktindsigt), with the deadline engine's dates.
    fn letter(&self, kind: Option<LetterKind>) -> LetterHandoff {
        let kind = kind.unwrap_or(if self.partshoering() { LetterKind::Partshoering } else { LetterKind::Klage });
        let base = self
            .deadline()
            .filter(|_| matches!(kind, LetterKind::Klage | LetterKind::Partshoering))
            .and_then(|d| LetterHandoff::for_deadline(rules(), d.kind, d.date, d.delivery))
            .unwrap_or_default();
        LetterHandoff {
            kind: Some(kind),
            authority: self.authority_name.trim().to_string(),
            decided_by: self.decided_by().or(base.decided_by),
            benefit: Benefit::from_id(&self.benefit),
            decision: (!self.decision.is_empty()).then(|| self.check_decision()),
            letter_date: parse_user_date(&self.letter_date).ok().or(base.letter_date),
            delivery: Some(self.delivery),
            ..base
        }
    }

    /// "Tjek afgørelsen" answered from the letter: a missing klagevejledning
    /// (forvaltningsloven § 25) or begrundelse (§§ 22–24) is a "no".
    fn check(&self) -> CheckHandoff {
        let mut answers = BTreeMap::new();
        if !self.guidance {
            answers.insert("klagevejledning".to_string(), Answer::No);
        }
        if !self.reasons {
            answers.insert("begrundelse-faktum".to_string(), Answer::No);
            answers.insert("begrundelse-hovedhensyn".to_string(), Answer::No);
            if self.paragraphs.trim().is_empty() {
                answers.insert("begrundelse-regler".to_string(), Answer::No);
            }
        }
        CheckHandoff { decision: self.check_decision(), answers }
    }

    fn monthly(&self) -> Option<i64> {
        let digits: String = self.amount_monthly.chars().filter(|c| c.is_ascii_digit()).collect();
        digits.parse().ok().filter(|a| *a > 0)
    }
}

/// What the letter is, what it decides, what the person can do, by when: plain sentences.
fn summary(lang: Lang, f: &Facts) -> Vec<String> {
    with_texts(lang, |t| {
        let mut out = Vec::new();
        let authority = if !f.authority_name.trim().is_empty() {
            f.authority_name.trim().to_string()
        } else if !f.authority_kind.is_empty() {
            t.reader_authority(&f.authority_kind)
        } else {
            t.get("reader-authority-unknown")
        };
        let kind = if f.kind.is_empty() { "other" } else { f.kind.as_str() };
        out.push(t.reader_says(kind, &authority));
        if !f.decision.is_empty() {
            let what = t.reader_decision(&f.decision);
            let benefit = if f.benefit.is_empty() { "none".to_string() } else { t.reader_benefit(&f.benefit) };
            out.push(t.get_args("reader-says-what", &[("decision", what.into()), ("benefit", benefit.into())]));
        }
        if f.partshoering() {
            match parse_user_date(&f.reply_by) {
                Ok(d) => out.push(t.get_args("reader-says-reply-by", &[("date", t.date(d).into())])),
                Err(_) => out.push(t.get("reader-says-reply-by-unknown")),
            }
        } else if f.kind == "decision" {
            out.push(t.get("reader-says-can-complain"));
            if !f.guidance {
                out.push(t.get("reader-says-no-guidance"));
            }
            if !f.reasons {
                out.push(t.get("reader-says-no-reasons"));
            }
        }
        out
    })
}

/// A labelled select bound to one fact, with its evidence and the reader's warning.
#[allow(clippy::too_many_arguments)]
fn select_fact(
    lang: ReadSignal<Lang>,
    facts: RwSignal<Facts>,
    id: &'static str,
    prefix: &'static str,
    options: Vec<String>,
    get: fn(&Facts) -> String,
    set: fn(&mut Facts, String),
    note: Note,
) -> AnyView {
    let label = format!("{id}-label");
    view! {
        <div class="field reader-fact">
            <label for=id>{move || tr(lang.get(), &label)}</label>
            <select id=id aria-describedby=note.described_by(id) on:change=move |ev| {
                let v = event_target_value(&ev);
                facts.update(|f| set(f, v));
            }>
                <option value="" selected=move || facts.with(|f| get(f).is_empty())>{move || tr(lang.get(), "reader-not-found")}</option>
                {options.into_iter().map(|o| {
                    let key = format!("{prefix}-{o}");
                    let v = o.clone();
                    view! { <option value=o selected=move || facts.with(|f| get(f) == v)>{move || tr(lang.get(), &key)}</option> }
                }).collect_view()}
            </select>
            {note.view(lang, id)}
        </div>
    }
    .into_any()
}

/// A labelled text field bound to one fact.
fn text_fact(
    lang: ReadSignal<Lang>,
    facts: RwSignal<Facts>,
    id: &'static str,
    numeric: bool,
    get: fn(&Facts) -> String,
    set: fn(&mut Facts, String),
    note: Note,
) -> AnyView {
    let label = format!("{id}-label");
    view! {
        <FormField class="reader-fact" for_id=id label=Signal::derive(move || tr(lang.get(), &label))>
            <input
                id=id
                class="form-input"
                type="text"
                autocomplete="off"
                inputmode=numeric.then_some("numeric")
                aria-describedby=note.described_by(id)
                prop:value=move || facts.with(get)
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    facts.update(|f| set(f, v));
                }
            />
            {note.view(lang, id)}
        </FormField>
    }
    .into_any()
}

/// A yes/no fact (klagevejledning, begrundelse) as a checkbox.
fn check_fact(lang: ReadSignal<Lang>, facts: RwSignal<Facts>, id: &'static str, get: fn(&Facts) -> bool, set: fn(&mut Facts, bool), note: Note) -> AnyView {
    let label = format!("{id}-label");
    view! {
        <div class="field reader-fact">
            <div class="checkbox">
                <input id=id type="checkbox" aria-describedby=note.described_by(id) prop:checked=move || facts.with(get) on:change=move |ev| {
                    let v = event_target_checked(&ev);
                    facts.update(|f| set(f, v));
                } />
                <label for=id>{move || tr(lang.get(), &label)}</label>
            </div>
            {note.view(lang, id)}
        </div>
    }
    .into_any()
}

/// The sentence a fact came from, or the reader's warning when it found none.
#[derive(Clone, Default)]
struct Note {
    evidence: Option<String>,
    /// A warning code of the reader ("unknown", "reply-period", …).
    warning: Option<String>,
}

impl Note {
    fn of(r: &Reading, evidence_key: &str, field: &str) -> Self {
        Note {
            evidence: r.evidence.get(evidence_key).cloned(),
            warning: r.warnings.iter().find(|w| w.field == field && w.code != "conflict").map(|w| w.code.clone()),
        }
    }

    fn described_by(&self, id: &str) -> Option<String> {
        (self.evidence.is_some() || self.warning.is_some()).then(|| format!("{id}-note"))
    }

    fn view(self, lang: ReadSignal<Lang>, id: &str) -> AnyView {
        let note_id = format!("{id}-note");
        match (self.evidence, self.warning) {
            (Some(s), _) => view! {
                <p class="evidence" id=note_id>
                    <span class="evidence-label">{move || tr(lang.get(), "reader-evidence")}" "</span>
                    <mark>{s}</mark>
                </p>
            }
            .into_any(),
            (None, Some(code)) => {
                view! { <p class="hint reader-warning" id=note_id>{move || with_texts(lang.get(), |t| t.reader_warning(&code))}</p> }.into_any()
            }
            (None, None) => ().into_any(),
        }
    }
}

/// Go to another screen (the hash router follows).
fn go(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

#[component]
pub fn ReaderPage(lang: ReadSignal<Lang>) -> impl IntoView {
    let text = RwSignal::new(String::new());
    // The last reading, or why there is none; `read_count` changes once per
    // read so the facts block is rebuilt then and never while the person types.
    let reading = RwSignal::new(None::<Result<Found, Failure>>);
    let read_count = RwSignal::new(0u32);
    let facts = RwSignal::new(Facts::default());
    let case_message = RwSignal::new(String::new());
    // "Henter …" while the reader module loads the first time.
    let loading = RwSignal::new(false);
    let t = move |id: &'static str| move || tr(lang.get(), id);

    let show = move |r: Result<Found, Failure>| {
        if let Ok(a) = &r {
            facts.set(Facts::from_reading(&a.reading));
        }
        reading.set(Some(r));
        case_message.set(String::new());
        read_count.update(|n| *n += 1);
    };
    let read = move |input: Result<String, Vec<u8>>| {
        loading.set(!Module::Reader.ready());
        let from_file = input.is_err();
        leptos::task::spawn_local(async move {
            let r = read_letter(input).await;
            loading.set(false);
            if let (Ok(a), true) = (&r, from_file) {
                text.set(a.text.clone());
            }
            show(r);
        });
    };
    let read_pasted = move || read(Ok(text.get_untracked()));
    let pick = move |ev: leptos::ev::Event| {
        use leptos::wasm_bindgen::JsCast;
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        leptos::task::spawn_local(async move {
            if let Ok(buf) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                read(Err(js_sys::Uint8Array::new(&buf).to_vec()));
            }
        });
    };

    let is_partshoering = Memo::new(move |_| facts.with(Facts::partshoering));
    let is_decision = Memo::new(move |_| facts.with(|f| f.kind == "decision"));
    let is_digital = Memo::new(move |_| facts.with(|f| f.delivery == Delivery::Digital));
    let has_monthly_kh = Memo::new(move |_| facts.with(|f| f.benefit == "kontanthjaelp" && f.monthly().is_some()));

    let status = move || match reading.get() {
        None => String::new(),
        Some(Ok(_)) => tr(lang.get(), "reader-status-read"),
        Some(Err(_)) => tr(lang.get(), "reader-status-failed"),
    };

    let save_case = move || {
        let f = facts.get_untracked();
        let l = lang.get_untracked();
        let Some(d) = f.deadline() else {
            case_message.set(tr(l, "reader-case-needs-date"));
            return;
        };
        let kind = if f.partshoering() {
            EventKind::Partshoering
        } else if f.authority_kind == "a-kasse" {
            EventKind::AkasseDecision
        } else {
            EventKind::Decision
        };
        let title = summary(l, &f).into_iter().next().unwrap_or_else(|| tr(l, "cases-untitled"));
        let mut case = Case::new(casestore::new_id(), title.chars().take(120).collect::<String>(), casestore::now_rfc3339());
        case.events.push(Event {
            id: casestore::new_id(),
            kind,
            date: d.date,
            delivery: d.delivery,
            employment: Default::default(),
            authority: f.authority_name.trim().to_string(),
            case_number: String::new(),
            note: String::new(),
        });
        leptos::task::spawn_local(async move {
            match casestore::save(case).await {
                Ok(saved) => {
                    crate::handoff::OpenCase { id: saved.id.clone() }.send();
                    go("#sager");
                }
                Err(e) => case_message.set(format!("{}: {e}", tr(l, "cases-save-failed"))),
            }
        });
    };

    let manual = move || view! {
        <ul class="reader-manual">
            <li><a href="#frister">{t("nav-frister")}</a></li>
            <li><a href="#klage">{t("nav-klage")}</a></li>
            <li><a href="#tjek">{t("nav-tjek")}</a></li>
            <li><a href="#breve">{t("nav-breve")}</a></li>
        </ul>
    };

    view! {
        <h1 id="reader-title">{t("reader-title")}</h1>
        <p>{t("reader-intro")}</p>
        <p class="hint" id="reader-private">{t("reader-private")}</p>
        <form class="stack" on:submit=move |ev| { ev.prevent_default(); read_pasted(); } novalidate>
            <div class="field">
                <label for="reader-file">{t("reader-file-label")}</label>
                <p class="hint" id="reader-file-hint">{t("reader-file-hint")}</p>
                <input id="reader-file" type="file" accept=".pdf,.txt,application/pdf,text/plain" aria-describedby="reader-file-hint" on:change=pick />
            </div>
            <div class="field">
                <label for="reader-text">{t("reader-text-label")}</label>
                <textarea
                    id="reader-text"
                    rows="10"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
            </div>
            <button type="submit" id="reader-read" class="button">{t("reader-read")}</button>
        </form>
        <p id="reader-status" class="visually-hidden" role="status" aria-live="polite">{status}</p>
        <Show when=move || loading.get()>
            <p id="reader-loading" class="hint" role="status">{t("lazy-loading")}</p>
        </Show>
        {move || {
            read_count.get();
            let Some(r) = reading.get_untracked() else { return ().into_any() };
            match r {
                Err(failure) => {
                    // The module's own error code, or None when the module did not load.
                    let code = match failure {
                        Failure::Read(code) => Some(code),
                        Failure::Load => None,
                    };
                    view! {
                        <section id="reader-error" class="warnings" role="alert" aria-labelledby="reader-error-title">
                            <h2 id="reader-error-title">{t("reader-error-title")}</h2>
                            <p>{move || with_texts(lang.get(), |t| match &code { Some(c) => t.reader_error(c), None => t.get(crate::lazy::LOAD_FAILED) })}</p>
                            <p>{t("reader-manual")}</p>
                            {manual()}
                        </section>
                    }
                    .into_any()
                }
                Ok(a) => {
                    let r = a.reading.clone();
                    let conflicts = r.conflicts.clone();
                    view! {
                        <section id="reader-result" class="result" aria-labelledby="reader-result-title">
                            <h2 id="reader-result-title">{t("reader-result-title")}</h2>
                            <div id="reader-summary">
                                {move || summary(lang.get(), &facts.get()).into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
                            </div>
                        </section>
                        {(!conflicts.is_empty()).then(|| view! {
                            <section id="reader-conflicts" class="warnings" aria-labelledby="reader-conflicts-title">
                                <h2 id="reader-conflicts-title">{t("reader-conflicts-title")}</h2>
                                {conflicts.into_iter().map(|c| {
                                    let field = c.field.clone();
                                    view! {
                                        <fieldset class="field" data-conflict=field.clone()>
                                            <legend>{let f = field.clone(); move || with_texts(lang.get(), |t| t.reader_conflict(&f))}</legend>
                                            {c.candidates.into_iter().enumerate().map(|(i, cand)| {
                                                let id = format!("reader-conflict-{}-{i}", field.replace('_', "-"));
                                                let (f1, v1) = (field.clone(), cand.value.clone());
                                                view! {
                                                    <div class="radio">
                                                        <input type="radio" id=id.clone() name=format!("reader-conflict-{field}")
                                                            on:change=move |_| facts.update(|f| f.set(&f1, &v1)) />
                                                        <label for=id>
                                                            <strong>{shown(&field, &cand.value)}</strong>
                                                            " — "<mark>{cand.sentence.clone()}</mark>
                                                        </label>
                                                    </div>
                                                }
                                            }).collect_view()}
                                        </fieldset>
                                    }
                                }).collect_view()}
                            </section>
                        })}
                        <section id="reader-facts" aria-labelledby="reader-facts-title">
                            <h2 id="reader-facts-title">{t("reader-facts-title")}</h2>
                            <p class="hint">{t("reader-facts-intro")}</p>
                            {select_fact(lang, facts, "reader-kind", "reader-kind", a.choices("kind"), |f| f.kind.clone(), |f, v| f.kind = v, Note::of(&r, "kind", "kind"))}
                            {select_fact(lang, facts, "reader-decision", "reader-decision", a.choices("decision"), |f| f.decision.clone(), |f, v| f.decision = v, Note::of(&r, "decision", "decision"))}
                            {select_fact(lang, facts, "reader-authority", "reader-authority", a.choices("authority"), |f| f.authority_kind.clone(), |f, v| f.authority_kind = v, Note::of(&r, "authority", "authority"))}
                            {text_fact(lang, facts, "reader-authority-name", false, |f| f.authority_name.clone(), |f, v| f.authority_name = v, Note::default())}
                            {select_fact(lang, facts, "reader-benefit", "reader-benefit", a.choices("benefit"), |f| f.benefit.clone(), |f, v| f.benefit = v, Note::of(&r, "benefit", "benefit"))}
                            {text_fact(lang, facts, "reader-letter-date", true, |f| f.letter_date.clone(), |f, v| f.letter_date = v, Note::of(&r, "letter_date", "letter_date"))}
                            {text_fact(lang, facts, "reader-reply-by", true, |f| f.reply_by.clone(), |f, v| f.reply_by = v, Note::of(&r, "reply_by", "reply_by"))}
                            {text_fact(lang, facts, "reader-amount-monthly", true, |f| f.amount_monthly.clone(), |f, v| f.amount_monthly = v, Note::of(&r, "amount_monthly", "amount_monthly"))}
                            {text_fact(lang, facts, "reader-amount-one-off", true, |f| f.amount_one_off.clone(), |f, v| f.amount_one_off = v, Note::of(&r, "amount_one_off", "amount_one_off"))}
                            {text_fact(lang, facts, "reader-paragraphs", false, |f| f.paragraphs.clone(), |f, v| f.paragraphs = v, Note::default())}
                            {check_fact(lang, facts, "reader-guidance", |f| f.guidance, |f, v| f.guidance = v, Note::of(&r, "complaint_guidance", "complaint_guidance"))}
                            {text_fact(lang, facts, "reader-guidance-deadline", false, |f| f.guidance_deadline.clone(), |f, v| f.guidance_deadline = v, Note::of(&r, "complaint_deadline_stated", "complaint_deadline_stated"))}
                            {check_fact(lang, facts, "reader-reasons", |f| f.reasons, |f, v| f.reasons = v, Note::of(&r, "reasons_given", "reasons_given"))}
                        </section>
                        <section id="reader-next" aria-labelledby="reader-next-title">
                            <h2 id="reader-next-title">{t("reader-next-title")}</h2>
                            <fieldset class="field">
                                <legend>{t("delivery-legend")}</legend>
                                {[Delivery::Digital, Delivery::Paper].into_iter().map(|d| {
                                    let id = format!("reader-delivery-{}", d.id());
                                    view! {
                                        <div class="radio">
                                            <input type="radio" name="reader-delivery" id=id.clone()
                                                prop:checked=move || facts.with(|f| f.delivery == d)
                                                on:change=move |_| facts.update(|f| f.delivery = d) />
                                            <label for=id>{move || with_texts(lang.get(), |t| t.delivery(d.id()))}</label>
                                        </div>
                                    }
                                }).collect_view()}
                            </fieldset>
                            <Show when=move || is_digital.get() && !is_partshoering.get()>
                                <DateField lang=lang id="reader-received" label="reader-received-label" hint="date-hint"
                                    value=Signal::derive(move || facts.with(|f| f.received.clone()))
                                    on_input=move |v: String| facts.update(|f| f.received = v) />
                            </Show>
                            <ul class="reader-steps">
                                <li><a href="#frister" id="reader-to-frister" class="button" on:click=move |_| {
                                    if let Some(h) = facts.with_untracked(Facts::deadline) { h.send(); }
                                }>{t("reader-to-frister")}</a></li>
                                <li><a href="#breve" id="reader-to-letter" class="button" on:click=move |_| facts.with_untracked(|f| f.letter(None)).send()>
                                    {move || tr(lang.get(), if is_partshoering.get() { "reader-to-reply" } else { "reader-to-complaint" })}
                                </a></li>
                                <Show when=move || !is_partshoering.get()>
                                    <li><a href="#klage" id="reader-to-appeal" class="button" on:click=move |_| {
                                        facts.with_untracked(|f| AppealRoute { benefit: Benefit::from_id(&f.benefit), decided_by: f.decided_by() }).send();
                                    }>{t("reader-to-appeal")}</a></li>
                                </Show>
                                <Show when=move || is_decision.get()>
                                    <li><a href="#tjek" id="reader-to-check" class="button" on:click=move |_| facts.with_untracked(Facts::check).send()>
                                        {t("reader-to-check")}
                                    </a></li>
                                </Show>
                                <li><a href="#breve" id="reader-to-aktindsigt" class="button" on:click=move |_| facts.with_untracked(|f| f.letter(Some(LetterKind::Aktindsigt))).send()>
                                    {t("reader-to-aktindsigt")}
                                </a></li>
                                <Show when=move || has_monthly_kh.get()>
                                    <li><a href="#gevinst" id="reader-to-gain" class="button" on:click=move |_| {
                                        if let Some(a) = facts.with_untracked(Facts::monthly) { GainHandoff { kh_monthly: a }.send(); }
                                    }>{t("reader-to-gain")}</a></li>
                                </Show>
                                <li><button type="button" id="reader-save-case" class="button" on:click=move |_| save_case()>{t("reader-save-case")}</button></li>
                            </ul>
                            <p id="reader-case-message" role="status">{move || case_message.get()}</p>
                        </section>
                    }
                    .into_any()
                }
            }
        }}
        <aside class="reader-help" aria-labelledby="reader-help-title">
            <h2 id="reader-help-title">{t("reader-help-title")}</h2>
            <p>{t("reader-not-advice")}</p>
            <p>{t("reader-help")}</p>
        </aside>
    }
}
