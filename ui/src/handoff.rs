//! Typed hand-offs between screens. A screen that sends the person on ("Skriv
//! klagen", "Se klagevejen") leaves one typed value here; the receiving screen
//! takes it once when it opens and fills in its own form. No screen writes into
//! another screen's saved form, so a change to one form cannot silently break
//! another screen, and a hand-off is used exactly once.

use crate::storage;
use chrono::NaiveDate;
use ret_og_frist_core::deadlines::{compute, DeadlineRequest, Step};
use ret_og_frist_core::guide::procedure::{Answer, Decision};
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_core::{DeadlineKind, Delivery, Employment, RuleSet};
use ret_og_frist_letters::LetterKind;
use serde::{Deserialize, Serialize};

const LETTER_KEY: &str = "handoff.letter";
const APPEAL_KEY: &str = "handoff.appeal";
const FRISTER_KEY: &str = "handoff.frister";
const CHECK_KEY: &str = "handoff.check";
const GAIN_KEY: &str = "handoff.gain";
const SAVED_GAIN_KEY: &str = "handoff.saved-gain";
const OPEN_CASE_KEY: &str = "handoff.open-case";

/// What another screen already knows about the letter to write. Every field is
/// optional: the letter helper keeps what the person typed for anything not given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct LetterHandoff {
    pub kind: Option<LetterKind>,
    /// The authority's name ("Aarhus Kommune"), as a case records it.
    pub authority: String,
    pub case_number: String,
    /// Who decided: kommune, a-kasse or udbetaling-danmark (a klage's route).
    pub decided_by: Option<String>,
    pub benefit: Option<Benefit>,
    pub decision: Option<Decision>,
    /// The date on the authority's letter or decision.
    pub letter_date: Option<NaiveDate>,
    /// The day the person got it (day 0 of the complaint deadline).
    pub received: Option<NaiveDate>,
    pub delivery: Option<Delivery>,
    /// The reply date of a partshøring, or the complaint deadline (shown by
    /// the letter helper from the same engine; kept for the reader's sake).
    pub deadline: Option<NaiveDate>,
    /// Procedure-check ids to tick in "Fejl i sagen".
    pub procedural_errors: Vec<String>,
}

impl LetterHandoff {
    /// The letter that answers a deadline: a complaint for a klagefrist, a reply
    /// for a partshøring, a complaint to the Ombudsman for the 12 months. The
    /// dates come from the deadline engine, so a paper letter's presumed
    /// receipt day is the one the letter's deadline sentence counts from.
    pub fn for_deadline(rules: &RuleSet, kind: DeadlineKind, date: NaiveDate, delivery: Delivery) -> Option<Self> {
        let letter = match kind {
            DeadlineKind::Complaint | DeadlineKind::ComplaintAkasse => LetterKind::Klage,
            DeadlineKind::Partshoering => LetterKind::Partshoering,
            DeadlineKind::Ombudsman => LetterKind::Ombudsmand,
            _ => return None,
        };
        let r = compute(rules, &DeadlineRequest { kind, date, delivery, employment: Employment::Employee }).ok()?;
        let sent = r.steps.iter().find_map(|s| match s {
            Step::Sent { date, .. } => Some(*date),
            _ => None,
        });
        let start = r.steps.iter().find_map(|s| match s {
            Step::Start { date, .. } => Some(*date),
            _ => None,
        });
        let mut h = LetterHandoff { kind: Some(letter), delivery: Some(delivery), deadline: Some(r.deadline), ..Default::default() };
        match kind {
            DeadlineKind::Partshoering => {}
            // Complaints and the Ombudsman both count from receipt. By paper post the
            // engine knows the day it was sent; a Digital Post letter is as a rule
            // dated the day it arrives, so that day is offered (the person can
            // correct it) instead of asking for the same date twice.
            _ => {
                h.letter_date = sent.or((delivery == Delivery::Digital).then_some(date));
                h.received = start.or(Some(date));
                if kind == DeadlineKind::ComplaintAkasse {
                    h.decided_by = Some("a-kasse".into());
                }
            }
        }
        Some(h)
    }

    /// Leave it for the letter helper, which takes it when it opens.
    pub fn send(&self) {
        storage::save_json(LETTER_KEY, self);
    }

    /// The hand-off waiting for the letter helper, once.
    pub fn take() -> Option<Self> {
        let h = storage::load_json(LETTER_KEY);
        storage::remove(LETTER_KEY);
        h
    }
}

/// What "Klag" takes: the benefit and, when the sender knows it (the letter
/// reader), who decided. The status screen sends the benefit only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AppealRoute {
    pub benefit: Option<Benefit>,
    /// kommune, a-kasse or udbetaling-danmark.
    pub decided_by: Option<String>,
}

impl AppealRoute {
    pub fn send(&self) {
        storage::save_json(APPEAL_KEY, self);
    }

    pub fn take() -> Option<Self> {
        let h = storage::load_json(APPEAL_KEY);
        storage::remove(APPEAL_KEY);
        h
    }
}

/// What a letter says about its deadline, for "Frister": which deadline and
/// the day the engine counts from (received, sent or reply-by, per kind and delivery).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FristerHandoff {
    pub kind: DeadlineKind,
    pub date: NaiveDate,
    pub delivery: Delivery,
}

impl FristerHandoff {
    pub fn send(&self) {
        storage::save_json(FRISTER_KEY, self);
    }

    /// What "Frister" opens with: this hand-off's or a [`FristerStart`]'s.
    pub fn take() -> Option<FristerStart> {
        let h = storage::load_json(FRISTER_KEY);
        storage::remove(FRISTER_KEY);
        h
    }
}

/// What "Frister" takes from any screen: the deadline kind and, where the
/// sender knows them, the day the engine counts from, the delivery and the
/// employment (status: the first sick day; klage: the day received). Reads a
/// [`FristerHandoff`]'s JSON too. Screens send this instead of writing into
/// the deadline screen's saved form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FristerStart {
    pub kind: DeadlineKind,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub delivery: Option<Delivery>,
    #[serde(default)]
    pub employment: Option<Employment>,
}

impl FristerStart {
    pub fn send(&self) {
        storage::save_json(FRISTER_KEY, self);
    }
}

/// Answers "Tjek afgørelsen" can take from the letter itself (no
/// klagevejledning, no begrundelse), keyed by the check ids of
/// rules/dk/sagsbehandling.toml.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct CheckHandoff {
    pub decision: Decision,
    pub answers: std::collections::BTreeMap<String, Answer>,
}

impl CheckHandoff {
    pub fn send(&self) {
        storage::save_json(CHECK_KEY, self);
    }

    pub fn take() -> Option<Self> {
        let h = storage::load_json(CHECK_KEY);
        storage::remove(CHECK_KEY);
        h
    }
}

/// The monthly kontanthjælp a decision states, for "Kan det betale sig?".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GainHandoff {
    /// Whole kroner per month before tax, as the letter states it.
    pub kh_monthly: i64,
}

impl GainHandoff {
    pub fn send(&self) {
        storage::save_json(GAIN_KEY, self);
    }

    pub fn take() -> Option<Self> {
        let h = storage::load_json(GAIN_KEY);
        storage::remove(GAIN_KEY);
        h
    }
}

/// A household saved in a case, to open on "Kan det betale sig?" with the
/// case's title and its rule overrides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedGain {
    pub scenario: ret_og_frist_core::gain::Scenario,
    pub case_title: String,
    pub overrides: Vec<ret_og_frist_core::rules::Override>,
}

impl SavedGain {
    pub fn send(&self) {
        storage::save_json(SAVED_GAIN_KEY, self);
    }

    pub fn take() -> Option<Self> {
        let h = storage::load_json(SAVED_GAIN_KEY);
        storage::remove(SAVED_GAIN_KEY);
        h
    }
}

/// The case to show open on "Mine sager" (one just saved from another screen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenCase {
    pub id: String,
}

impl OpenCase {
    pub fn send(&self) {
        storage::save_json(OPEN_CASE_KEY, self);
    }

    pub fn take() -> Option<Self> {
        let h = storage::load_json(OPEN_CASE_KEY);
        storage::remove(OPEN_CASE_KEY);
        h
    }
}

/// "Klag over en afgørelse" / "Svar på partshøring": a link to the letter
/// helper that leaves `h` for it. Named by the letter it opens, in the UI
/// language; a small paragraph so any screen can place it in one line.
pub fn letter_link(lang: ret_og_frist_i18n::Lang, id: String, h: LetterHandoff) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    let kind = h.kind.unwrap_or_default().id();
    view! {
        <p class="next-letter">
            <a href="#breve" id=id class="button" on:click=move |_| h.send()>{crate::i18n::with_texts(lang, |t| t.letter_kind(kind))}</a>
        </p>
    }
    .into_any()
}
