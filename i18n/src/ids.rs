//! The one place that builds message ids from data.
//!
//! A screen, the CLI or the letters never write `format!("kind-{…}")`: they
//! call the accessor of the family (`t.deadline_kind(id)`), so the shape of an
//! id lives here once, and the tests below (and `tests/ids.rs`) can check that
//! every family is complete for the rule data in every language.
//!
//! Accessors take the data's id as `&str`, so they work the same for ids held
//! in enums (`.id()`) and ids read from the rule files.

use crate::{Lang, Texts};
use fluent_bundle::FluentValue;
use ret_og_frist_core::catalog::{Entry, Name, NameFamily};

/// A family of message ids built from a data id: `prefix` + id + `suffix`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Family {
    pub prefix: &'static str,
    pub suffix: &'static str,
}

impl Family {
    const fn new(prefix: &'static str, suffix: &'static str) -> Self {
        Family { prefix, suffix }
    }

    /// The message id of `key` in this family.
    pub fn id(&self, key: &str) -> String {
        format!("{}{key}{}", self.prefix, self.suffix)
    }
}

/// Every dynamic family, by name. Message ids are `prefix` + data id + `suffix`.
pub mod family {
    use super::Family;
    pub const DEADLINE_KIND: Family = Family::new("kind-", "");
    pub const EVENT: Family = Family::new("event-", "");
    pub const RESULT_DEADLINE: Family = Family::new("result-deadline-", "");
    pub const CASE_EVENT: Family = Family::new("cases-event-", "");
    pub const IMPORT_ERROR: Family = Family::new("cases-import-error-", "");
    pub const IMPORT_OUTCOME: Family = Family::new("cases-import-", "");
    pub const LETTER_KIND: Family = Family::new("letters-kind-", "");
    pub const LETTER_KIND_HELP: Family = Family::new("letters-kind-", "-help");
    pub const GROUP_NAME: Family = Family::new("group-", "-name");
    pub const GROUP_MEANING: Family = Family::new("group-", "-meaning");
    pub const CARD_TITLE: Family = Family::new("card-", "-title");
    pub const CARD_BODY: Family = Family::new("card-", "-body");
    pub const REFORM_TITLE: Family = Family::new("reform-", "-title");
    pub const REFORM_BODY: Family = Family::new("reform-", "-body");
    pub const APPEAL_BODY: Family = Family::new("body-", "");
    pub const ACTION: Family = Family::new("action-", "");
    pub const MEANWHILE: Family = Family::new("meanwhile-", "");
    pub const REVERSAL_AREA: Family = Family::new("reversal-area-", "");
    pub const PROCESSING: Family = Family::new("processing-", "");
    pub const CHECK_QUESTION: Family = Family::new("check-", "-question");
    pub const CHECK_PROBLEM: Family = Family::new("check-", "-problem");
    pub const CHECK_LABEL: Family = Family::new("check-", "-label");
    pub const DECISION: Family = Family::new("decision-", "");
    pub const BENEFIT: Family = Family::new("benefit-", "");
    pub const DELIVERY: Family = Family::new("delivery-", "");
    pub const EMPLOYMENT: Family = Family::new("employment-", "");
    pub const DAY: Family = Family::new("day-", "");
    pub const UNIT: Family = Family::new("unit-", "");
    pub const PACK_ERROR: Family = Family::new("pack-error-", "");
    pub const READER_AUTHORITY: Family = Family::new("reader-authority-", "");
    pub const READER_SAYS: Family = Family::new("reader-says-", "");
    pub const READER_DECISION: Family = Family::new("reader-decision-", "");
    pub const READER_BENEFIT: Family = Family::new("reader-benefit-", "");
    pub const READER_WARNING: Family = Family::new("reader-warning-", "");
    pub const READER_ERROR: Family = Family::new("reader-error-", "");
    pub const READER_CONFLICT: Family = Family::new("reader-conflict-", "");
    pub const STATUS_LETTER: Family = Family::new("status-letter-", "");
    pub const STATUS_NEED: Family = Family::new("status-need-", "");
    pub const INPUT: Family = Family::new("input-", "");
    pub const INPUT_RULE: Family = Family::new("input-rule-", "");
    pub const LAW: Family = Family::new("law-", "");
    pub const KLAGE_ERROR: Family = Family::new("klage-error-", "");
    pub const GAIN: Family = Family::new("gain-", "");
    pub const GAIN_CLIFF: Family = Family::new("gain-cliff-", "");
    pub const RATE: Family = Family::new("rate-", "");
    pub const MONTH: Family = Family::new("month-", "");
    pub const WEEKDAY: Family = Family::new("weekday-", "");
    pub const DATE_ERROR: Family = Family::new("date-error-", "");

    /// All of them, for the source scan (`tests/ids.rs`).
    pub const ALL: &[Family] = &[
        DEADLINE_KIND, EVENT, RESULT_DEADLINE, CASE_EVENT, IMPORT_ERROR, IMPORT_OUTCOME, LETTER_KIND,
        LETTER_KIND_HELP, GROUP_NAME, GROUP_MEANING, CARD_TITLE, CARD_BODY, REFORM_TITLE, REFORM_BODY,
        APPEAL_BODY, ACTION, MEANWHILE, REVERSAL_AREA, PROCESSING, CHECK_QUESTION, CHECK_PROBLEM,
        CHECK_LABEL, DECISION, BENEFIT, DELIVERY, EMPLOYMENT, DAY, UNIT, PACK_ERROR, READER_AUTHORITY, READER_SAYS,
        READER_DECISION, READER_BENEFIT, READER_WARNING, READER_ERROR, READER_CONFLICT, STATUS_LETTER,
        STATUS_NEED, INPUT, INPUT_RULE, LAW, KLAGE_ERROR, GAIN, GAIN_CLIFF, RATE, MONTH, WEEKDAY, DATE_ERROR,
    ];
}

/// The family of texts that names a catalogue entry of `family`.
pub fn name_family(f: NameFamily) -> Family {
    match f {
        NameFamily::DeadlineKind => family::DEADLINE_KIND,
        NameFamily::Employment => family::EMPLOYMENT,
        NameFamily::Delivery => family::DELIVERY,
        NameFamily::Day => family::DAY,
        NameFamily::Group => family::GROUP_NAME,
        NameFamily::Card => family::CARD_TITLE,
        NameFamily::Reform => family::REFORM_TITLE,
        NameFamily::AppealBody => family::APPEAL_BODY,
        NameFamily::Benefit => family::BENEFIT,
        NameFamily::Meanwhile => family::MEANWHILE,
        NameFamily::ReversalArea => family::REVERSAL_AREA,
        NameFamily::Processing => family::PROCESSING,
        NameFamily::Check => family::CHECK_QUESTION,
        NameFamily::Rate => family::RATE,
    }
}

/// The message id naming a catalogue entry (`rate-<path>` with `.` written
/// `-` for a rate; a municipality's rates share `rate-kommune-<which>`).
pub fn name_id(name: &Name) -> String {
    match name.family {
        NameFamily::Rate => match name.id.strip_prefix("kommune.").and_then(|p| p.rsplit_once('.')) {
            Some((_, which)) => family::RATE.id(&format!("kommune-{which}")),
            None => family::RATE.id(&name.id.replace('.', "-")),
        },
        f => name_family(f).id(&name.id),
    }
}

/// A rule or field id as it appears inside a message id: `_` and `.` become `-`.
pub fn slug(key: &str) -> String {
    key.trim().replace(['_', '.'], "-")
}

impl Texts {
    fn fam(&self, f: Family, key: &str) -> String {
        self.get(&f.id(key))
    }

    /// The message of `key` in family `f`, if the texts have one.
    pub fn maybe(&self, f: Family, key: &str) -> Option<String> {
        let id = f.id(key);
        self.has(&id).then(|| self.get(&id))
    }

    /// "Klagefrist" (`kind-<id>`).
    pub fn deadline_kind(&self, kind: &str) -> String {
        self.fam(family::DEADLINE_KIND, kind)
    }
    /// The event a deadline runs from (`event-<id>`).
    pub fn event(&self, event: &str) -> String {
        self.fam(family::EVENT, event)
    }
    /// The lead of a deadline result (`result-deadline-<kind>`).
    pub fn result_deadline(&self, kind: &str) -> String {
        self.fam(family::RESULT_DEADLINE, kind)
    }
    /// An event on a case's time line (`cases-event-<id>`).
    pub fn case_event(&self, id: &str) -> String {
        self.fam(family::CASE_EVENT, id)
    }
    /// Why a case file could not be imported, or `None` for an unknown code.
    pub fn import_error(&self, code: &str) -> Option<String> {
        self.maybe(family::IMPORT_ERROR, code.trim())
    }
    /// How an import ended (`cases-import-<outcome>`).
    pub fn import_outcome(&self, outcome: &str) -> String {
        self.fam(family::IMPORT_OUTCOME, outcome)
    }
    /// A letter's name ("Klag over en afgørelse").
    pub fn letter_kind(&self, kind: &str) -> String {
        self.fam(family::LETTER_KIND, kind)
    }
    pub fn letter_kind_help(&self, kind: &str) -> String {
        self.fam(family::LETTER_KIND_HELP, kind)
    }
    /// A status group's name and what it means.
    pub fn group_name(&self, id: &str) -> String {
        self.fam(family::GROUP_NAME, id)
    }
    pub fn group_meaning(&self, id: &str) -> String {
        self.fam(family::GROUP_MEANING, id)
    }
    /// A rights card's title and body.
    pub fn card_title(&self, id: &str) -> String {
        self.fam(family::CARD_TITLE, id)
    }
    pub fn card_body(&self, id: &str) -> String {
        self.fam(family::CARD_BODY, id)
    }
    /// A coming change of the law.
    pub fn reform_title(&self, id: &str) -> String {
        self.fam(family::REFORM_TITLE, id)
    }
    pub fn reform_body(&self, id: &str) -> String {
        self.fam(family::REFORM_BODY, id)
    }
    /// An authority or appeal body ("Ankestyrelsen").
    pub fn appeal_body(&self, id: &str) -> String {
        self.fam(family::APPEAL_BODY, id)
    }
    /// One step of an appeal route, naming the body it goes to.
    pub fn appeal_action(&self, action: &str, body: &str) -> String {
        self.get_args(&family::ACTION.id(action), &[("body", body.to_string().into())])
    }
    /// What happens while a complaint is handled.
    pub fn meanwhile(&self, id: &str) -> String {
        self.fam(family::MEANWHILE, id)
    }
    pub fn reversal_area(&self, area: &str) -> String {
        self.fam(family::REVERSAL_AREA, area)
    }
    /// A processing time, `n` in its unit.
    pub fn processing(&self, id: &str, n: impl Into<FluentValue<'static>>) -> String {
        self.get_args(&family::PROCESSING.id(id), &[("n", n.into())])
    }
    /// The procedure check's question, problem and short label.
    pub fn check_question(&self, id: &str) -> String {
        self.fam(family::CHECK_QUESTION, id)
    }
    pub fn check_problem(&self, id: &str) -> String {
        self.fam(family::CHECK_PROBLEM, id)
    }
    pub fn check_label(&self, id: &str) -> String {
        self.fam(family::CHECK_LABEL, id)
    }
    /// A kind of decision ("afslag").
    pub fn decision(&self, id: &str) -> String {
        self.fam(family::DECISION, id)
    }
    pub fn benefit(&self, id: &str) -> String {
        self.fam(family::BENEFIT, id)
    }
    /// How a letter was sent ("Digital Post").
    pub fn delivery(&self, id: &str) -> String {
        self.fam(family::DELIVERY, id)
    }
    /// A holiday or uncertain day by its rule id.
    pub fn day_name(&self, id: &str) -> String {
        self.fam(family::DAY, id)
    }
    /// "3 uger": `n` in a rule unit.
    pub fn unit_n(&self, unit: &str, n: impl Into<FluentValue<'static>>) -> String {
        self.get_args(&family::UNIT.id(unit), &[("n", n.into())])
    }
    /// Why a rule pack or an override was refused (`pack-error-<code>`), or
    /// `None` for a code without a text.
    pub fn pack_error(&self, code: &str) -> Option<String> {
        self.maybe(family::PACK_ERROR, &slug(code))
    }
    /// The letter reader's values.
    pub fn reader_authority(&self, kind: &str) -> String {
        self.fam(family::READER_AUTHORITY, kind)
    }
    pub fn reader_says(&self, kind: &str, authority: &str) -> String {
        self.get_args(&family::READER_SAYS.id(kind), &[("authority", authority.to_string().into())])
    }
    pub fn reader_decision(&self, d: &str) -> String {
        self.fam(family::READER_DECISION, d)
    }
    pub fn reader_benefit(&self, b: &str) -> String {
        self.fam(family::READER_BENEFIT, b)
    }
    pub fn reader_warning(&self, code: &str) -> String {
        self.fam(family::READER_WARNING, code)
    }
    pub fn reader_error(&self, code: &str) -> String {
        self.fam(family::READER_ERROR, code)
    }
    /// The question of a field the letter gave two answers to.
    pub fn reader_conflict(&self, field: &str) -> String {
        self.fam(family::READER_CONFLICT, &slug(field))
    }
    /// The status screen's "which letter did you get" options ("" = none).
    pub fn status_letter(&self, v: &str) -> String {
        self.fam(family::STATUS_LETTER, if v.is_empty() { "none" } else { v })
    }
    pub fn status_need(&self, field: &str) -> String {
        self.fam(family::STATUS_NEED, field)
    }
    /// An option of a select in the letter helper's points (`letters-<name>-<option>`).
    pub fn letters_option(&self, name: &str, option: &str) -> String {
        self.get(&format!("letters-{name}-{}", if option.is_empty() { "none" } else { option }))
    }
    /// A law's name in the genitive for a letter ("forvaltningslovens"), if known.
    pub fn law_genitive(&self, law: &str) -> Option<String> {
        self.maybe(family::LAW, &law.to_lowercase().replace(' ', "-"))
    }
    /// A month's name ("april"), 1 = January.
    pub fn month_name(&self, month: u32) -> String {
        self.fam(family::MONTH, &month.to_string())
    }
    /// A rate's name in this language, by its rule path (`rate-<path>` in
    /// `locales/<lang>/satser.ftl`, `.` written `-`); a municipality's two rates
    /// (`kommune.<name>.kommuneskat`) by `rate-kommune-<which>` with its name.
    /// `None` for a rate the texts do not name (a new rate from a rule pack):
    /// the caller then shows the name the pack carries.
    pub fn rate_name(&self, path: &str) -> Option<String> {
        if let Some((name, which)) = path.strip_prefix("kommune.").and_then(|p| p.rsplit_once('.')) {
            let id = family::RATE.id(&format!("kommune-{which}"));
            return self.has(&id).then(|| self.get_args(&id, &[("name", name.to_string().into())]));
        }
        self.maybe(family::RATE, &path.replace('.', "-"))
    }
    /// A catalogue entry's name from the texts (`None` if they lack it).
    pub fn entry_name_from_texts(&self, e: &Entry) -> Option<String> {
        match e.name.family {
            NameFamily::Rate => self.rate_name(&e.name.id),
            NameFamily::Processing => {
                // The sentence takes the time: "inden for 3 måneder".
                let id = name_id(&e.name);
                let n = e.values.first().and_then(|v| v.value.as_deref()).and_then(|v| v.parse::<f64>().ok())?;
                self.has(&id).then(|| self.get_args(&id, &[("n", n.into())]))
            }
            _ => {
                let id = name_id(&e.name);
                self.has(&id).then(|| self.get(&id))
            }
        }
    }

    /// A catalogue entry's name as people see it (the rule book, `navigator
    /// rules`): from the texts; for a rate only a rule pack knows, the name the
    /// pack carries (Danish, else English); else its path.
    pub fn entry_name(&self, e: &Entry) -> String {
        self.entry_name_from_texts(e)
            .or_else(|| if self.lang() == Lang::Da { e.label.clone().or_else(|| e.label_en.clone()) } else { e.label_en.clone().or_else(|| e.label.clone()) })
            .unwrap_or_else(|| e.path.clone())
    }

    /// The status card or group named by `id`, as the person sees it.
    pub fn card_or_group(&self, id: &str) -> Option<String> {
        self.maybe(family::CARD_TITLE, id).or_else(|| self.maybe(family::GROUP_NAME, id))
    }
}
