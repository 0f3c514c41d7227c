//! What the user answers for a letter. One JSON format for all six kinds
//! (documented in docs/letters.md, one example per kind in
//! docs/examples/letters/<kind>.json); each kind requires its own fields.

use chrono::NaiveDate;
use ret_og_frist_core::input::{check_len, check_line, check_lines, check_opt_date, check_text, InputError};
use ret_og_frist_core::guide::procedure::Decision;
use ret_og_frist_core::guide::Benefit;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The six letters, in the order a case usually needs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum LetterKind {
    /// Svar på partshøring (FVL § 19).
    #[default]
    Partshoering,
    /// Anmodning om fristforlængelse for a partshøring reply.
    Fristforlaengelse,
    /// Anmodning om aktindsigt (FVL § 9).
    Aktindsigt,
    /// Anmodning om skriftlig begrundelse (FVL §§ 22–24).
    Begrundelse,
    /// Klage over en afgørelse (genvurdering, RSL §§ 66–67).
    Klage,
    /// Klage til Folketingets Ombudsmand.
    Ombudsmand,
}

impl LetterKind {
    pub const ALL: [LetterKind; 6] = [
        Self::Partshoering,
        Self::Fristforlaengelse,
        Self::Aktindsigt,
        Self::Begrundelse,
        Self::Klage,
        Self::Ombudsmand,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Self::Partshoering => "partshoering",
            Self::Fristforlaengelse => "fristforlaengelse",
            Self::Aktindsigt => "aktindsigt",
            Self::Begrundelse => "begrundelse",
            Self::Klage => "klage",
            Self::Ombudsmand => "ombudsmand",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// The person writing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Sender {
    pub name: String,
    pub address: Vec<String>,
    pub phone: String,
    pub email: String,
    /// Optional, never required: the authority can find the case by case number.
    pub cpr: String,
}

/// The authority the letter goes to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Recipient {
    pub name: String,
    pub unit: String,
    pub address: Vec<String>,
}

/// What a partshøring letter or a decision is about (one point the user answers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// Did not attend a meeting (samtale) or an activity.
    MissedMeeting,
    /// Said no to an offer (tilbud) or a job.
    RefusedOffer,
    /// Said not to be available for work (rådighed).
    NotAvailable,
    /// Illness.
    Illness,
    #[default]
    Other,
}

impl Topic {
    pub const ALL: [Topic; 5] = [Self::MissedMeeting, Self::RefusedOffer, Self::NotAvailable, Self::Illness, Self::Other];

    pub fn id(self) -> &'static str {
        match self {
            Self::MissedMeeting => "missed-meeting",
            Self::RefusedOffer => "refused-offer",
            Self::NotAvailable => "not-available",
            Self::Illness => "illness",
            Self::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.id() == id)
    }

    /// The questions that make sense for this topic and benefit, so the helper
    /// asks only what the letter will use: a rimelig grund for staying away or
    /// saying no; personal contact only for a missed meeting; written guidance on
    /// consequences (aktivloven § 35) only where aktivloven can apply.
    pub fn asks(self, benefit: Option<Benefit>) -> Asks {
        let aktivloven = matches!(benefit, None | Some(Benefit::Kontanthjaelp));
        let absence = matches!(self, Self::MissedMeeting | Self::RefusedOffer);
        Asks {
            reason: absence,
            contact: aktivloven && self == Self::MissedMeeting,
            guidance: aktivloven && absence,
        }
    }
}

/// Which of a point's optional questions a topic asks (account, date and
/// documents are asked for every topic).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Asks {
    /// "Did you have a rimelig grund?"
    pub reason: bool,
    /// "Did the kommune try to reach you personally first?"
    pub contact: bool,
    /// "Were you told in writing what would happen?"
    pub guidance: bool,
}

/// Why the person had a good reason (rimelig grund).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    Illness,
    Childcare,
    Transport,
    CaringForRelative,
    Other,
}

/// One point the user disagrees with, in their own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Point {
    pub topic: Topic,
    pub event_date: Option<NaiveDate>,
    /// What happened, in the user's own words.
    pub account: String,
    pub reason: Option<Reason>,
    /// Documents that prove it; each becomes a numbered enclosure (bilag).
    pub documents: Vec<String>,
    /// Aktivitetsparate: did the kommune try to reach the person personally first?
    pub contact_attempted: Option<bool>,
    /// Was the person told in writing what would happen (vejledning om konsekvenser)?
    pub written_guidance: Option<bool>,
}

/// All answers; which are required depends on the kind.
///
/// Deserialising checks every field ([`Answers::check`]): dates within the
/// app's years, text without control or direction-override characters and
/// within its length — these go into a letter to an authority.
/// (`remote = "Self"` makes the derives inherent functions, so the trait
/// impls below can add the check and no path can skip it.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(remote = "Self", default, deny_unknown_fields)]
pub struct Answers {
    pub sender: Sender,
    pub recipient: Recipient,
    pub case_number: String,
    /// Town written before the date.
    pub place: String,
    /// Date of writing.
    pub date: Option<NaiveDate>,
    /// Date of the authority's letter (partshøring, decision).
    pub letter_date: Option<NaiveDate>,
    /// The day the letter was received (for the complaint deadline; Ombudsmand: the
    /// day the final decision was received, which starts the Ombudsmand's year).
    pub received: Option<NaiveDate>,
    /// The reply deadline the authority set (partshøring).
    pub reply_by: Option<NaiveDate>,
    /// What the case or decision is about, in a few words ("sanktion i kontanthjælp").
    /// Klage: when empty, said from `decision` and `benefit`.
    pub subject_matter: String,
    /// The benefit the case is about: which rules a letter may invoke (aktivloven
    /// only for kontanthjælp) and which procedural errors apply.
    pub benefit: Option<Benefit>,
    /// Klage: the kind of decision; procedural errors must apply to it.
    pub decision: Option<Decision>,
    pub points: Vec<Point>,
    /// What the person asks for, in their own words (a default sentence otherwise).
    pub request: String,
    /// Fristforlængelse: the new reply date asked for, and why.
    pub new_reply_by: Option<NaiveDate>,
    pub extension_reason: String,
    /// Klage: procedure-check ids found not to be met (see `navigator check`).
    pub procedural_errors: Vec<String>,
    /// Klage: who decided: kommune, a-kasse or udbetaling-danmark.
    pub decided_by: String,
    /// Ombudsmand: the last authority and the date of its final decision.
    pub final_authority: String,
    pub final_decision_date: Option<NaiveDate>,
    /// Other enclosures besides the documents named under points.
    pub enclosures: Vec<String>,
}

impl Serialize for Answers {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Answers::serialize(self, s)
    }
}

impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let a = Answers::deserialize(d)?;
        a.check().map_err(|e| serde::de::Error::custom(e.to_serde_message()))?;
        Ok(a)
    }
}

/// Most points in one letter (an input sanity bound, not law).
pub const MAX_POINTS: usize = 100;

impl Answers {
    /// Parse JSON (a byte-order mark is fine); errors name the field and the value.
    pub fn from_json(text: &str) -> Result<Answers, InputError> {
        ret_og_frist_core::input::from_json(text)
    }

    /// Every field's bounds; deserialising runs this. What a kind requires is
    /// [`Answers::missing`], checked when the letter is composed.
    pub fn check(&self) -> Result<(), InputError> {
        let s = &self.sender;
        check_line("sender.name", &s.name)?;
        check_lines("sender.address", &s.address)?;
        check_line("sender.phone", &s.phone)?;
        check_line("sender.email", &s.email)?;
        check_line("sender.cpr", &s.cpr)?;
        let r = &self.recipient;
        check_line("recipient.name", &r.name)?;
        check_line("recipient.unit", &r.unit)?;
        check_lines("recipient.address", &r.address)?;
        check_line("case_number", &self.case_number)?;
        check_line("place", &self.place)?;
        check_opt_date("date", self.date)?;
        check_opt_date("letter_date", self.letter_date)?;
        check_opt_date("received", self.received)?;
        check_opt_date("reply_by", self.reply_by)?;
        check_opt_date("new_reply_by", self.new_reply_by)?;
        check_opt_date("final_decision_date", self.final_decision_date)?;
        check_text("subject_matter", &self.subject_matter)?;
        check_len("points", &self.points, MAX_POINTS)?;
        for (i, p) in self.points.iter().enumerate() {
            check_opt_date(&format!("points[{i}].event_date"), p.event_date)?;
            check_text(&format!("points[{i}].account"), &p.account)?;
            check_lines(&format!("points[{i}].documents"), &p.documents)?;
        }
        check_text("request", &self.request)?;
        check_text("extension_reason", &self.extension_reason)?;
        check_lines("procedural_errors", &self.procedural_errors)?;
        check_line("decided_by", &self.decided_by)?;
        check_line("final_authority", &self.final_authority)?;
        check_lines("enclosures", &self.enclosures)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AnswersError {
    #[error("missing answers: {}", .0.join(", "))]
    Missing(Vec<&'static str>),
    #[error("unknown procedural error id: {0}")]
    UnknownCheck(String),
    #[error("decided_by must be kommune, a-kasse or udbetaling-danmark, not '{0}'")]
    DecidedBy(String),
    /// A field out of its bounds (see [`Answers::check`]), e.g. a direction
    /// override in a name typed into a form, which JSON parsing would have refused.
    #[error("{0}")]
    Invalid(InputError),
    #[error("procedural error '{check}' does not apply to this decision ({decision}, {benefit})")]
    NotApplicable { check: String, decision: &'static str, benefit: &'static str },
}

impl Answers {
    /// Everything [`crate::compose`] must know before it writes a letter from
    /// answers that did not come through JSON (a form): the bounds of every
    /// field, then what the kind requires.
    pub fn validate(&self, kind: LetterKind) -> Result<(), AnswersError> {
        self.check().map_err(AnswersError::Invalid)?;
        let missing = self.missing(kind);
        if missing.is_empty() { Ok(()) } else { Err(AnswersError::Missing(missing)) }
    }

    /// The answers a kind cannot do without, named by their JSON path.
    pub fn missing(&self, kind: LetterKind) -> Vec<&'static str> {
        let mut m = Vec::new();
        let mut need = |ok: bool, name: &'static str| {
            if !ok {
                m.push(name);
            }
        };
        need(!self.sender.name.trim().is_empty(), "sender.name");
        need(!self.recipient.name.trim().is_empty(), "recipient.name");
        need(self.date.is_some(), "date");
        match kind {
            LetterKind::Partshoering => {
                need(self.letter_date.is_some(), "letter_date");
                need(!self.points.is_empty(), "points");
                need(self.points.iter().all(|p| !p.account.trim().is_empty()), "points[].account");
            }
            LetterKind::Fristforlaengelse => {
                need(self.letter_date.is_some(), "letter_date");
                need(self.reply_by.is_some(), "reply_by");
                need(self.new_reply_by.is_some(), "new_reply_by");
            }
            LetterKind::Aktindsigt => {}
            LetterKind::Begrundelse => need(self.letter_date.is_some(), "letter_date"),
            LetterKind::Klage => {
                need(self.letter_date.is_some(), "letter_date");
                need(
                    !self.points.is_empty() || !self.procedural_errors.is_empty() || !self.request.trim().is_empty(),
                    "points or procedural_errors or request",
                );
            }
            LetterKind::Ombudsmand => {
                need(!self.final_authority.trim().is_empty(), "final_authority");
                need(self.final_decision_date.is_some(), "final_decision_date");
                need(self.points.iter().any(|p| !p.account.trim().is_empty()), "points[].account");
            }
        }
        m
    }
}
