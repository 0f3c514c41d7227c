//! Answers → a Danish letter, sentence by sentence from `locales/da/breve.ftl`,
//! with the rules it relies on (taken from the rule data, with their confidence).

use crate::answers::{Answers, AnswersError, LetterKind, Point, Reason};
use crate::model::{Letter, Section};
use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentValue;
use ret_og_frist_core::deadlines::{compute, DeadlineRequest, UsedRule};
use ret_og_frist_core::guide::procedure::{Check, Decision};
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_core::{DeadlineKind, Delivery, Employment, RuleSet};
use ret_og_frist_i18n::Texts;
use serde::Serialize;

/// A letter together with the rules it cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Composed {
    pub letter: Letter,
    /// Every rule the letter invokes, with reference, source and confidence.
    pub rules: Vec<UsedRule>,
}

struct Writer<'a> {
    t: &'a Texts,
    rules: &'a RuleSet,
    used: Vec<UsedRule>,
    enclosures: Vec<String>,
}

impl Writer<'_> {
    fn date(&self, d: NaiveDate) -> String {
        self.t.get_args(
            "letter-date",
            &[
                ("day", FluentValue::from(d.day())),
                ("month", self.t.month_name(d.month()).into()),
                ("year", FluentValue::from(d.year())),
            ],
        )
    }

    fn get(&self, id: &str) -> String {
        self.t.get(id)
    }

    fn args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.t.get_args(id, args)
    }

    /// The legal basis `arg` of `sentence` ("forvaltningslovens § 19"), from the
    /// rule data (`rules/dk/breve.toml`, see [`crate::basis`]); cites the rules
    /// it relies on.
    fn basis(&mut self, sentence: &str, arg: &str) -> String {
        let Some(b) = crate::basis::find(sentence, arg) else { return String::new() };
        let cited = crate::basis::citations(self.rules, b);
        let refs: Vec<&str> = cited.iter().map(|(_, c)| c.reference.as_str()).collect();
        let reference = if crate::basis::covered(&b.reference, &refs) { b.reference.clone() } else { refs.join("; ") };
        for (path, citation) in cited {
            if !self.used.iter().any(|u| u.path == path) {
                self.used.push(UsedRule { path, citation });
            }
        }
        let parts: Vec<String> = crate::basis::parts(&reference)
            .into_iter()
            .map(|(law, sections)| {
                let law = self.t.law_genitive(&law).unwrap_or_else(|| law.to_lowercase());
                format!("{law} {}", and_list(&sections))
            })
            .collect();
        and_list(&parts)
    }

    /// A sentence whose only argument is its legal basis.
    fn cited(&mut self, sentence: &str) -> String {
        let basis = self.basis(sentence, "basis");
        self.args(sentence, &[("basis", basis.into())])
    }

    /// Cite a procedure-check rule (its reference, source and confidence).
    fn cite_check(&mut self, id: &str) {
        if let Some(c) = self.rules.guide.checks.iter().find(|c| c.id == id) {
            let path = format!("check.{id}");
            if !self.used.iter().any(|u| u.path == path) {
                self.used.push(UsedRule { path, citation: c.citation.clone() });
            }
        }
    }

    /// Cite a rights card (FVL, RSL, LAS …) with its validity-checked citation.
    fn cite_card(&mut self, id: &str) {
        if let Some(c) = self.rules.guide.status.cards.iter().find(|c| c.id == id) {
            let path = format!("card.{id}");
            if !self.used.iter().any(|u| u.path == path) {
                self.used.push(UsedRule { path, citation: c.citation.clone() });
            }
        }
    }

    /// A deadline from the deadline engine, citing its rule.
    fn deadline(&mut self, kind: DeadlineKind, date: NaiveDate) -> Option<NaiveDate> {
        let req = DeadlineRequest { kind, date, delivery: Delivery::Digital, employment: Employment::Employee };
        let r = compute(self.rules, &req).ok()?;
        Some(self.use_deadline(r))
    }

    /// A computed deadline: cite its `frist.*` rules, return its date.
    fn use_deadline(&mut self, r: ret_og_frist_core::DeadlineResult) -> NaiveDate {
        for u in r.rules.into_iter().filter(|u| u.path.starts_with("frist.")) {
            if !self.used.iter().any(|x| x.path == u.path) {
                self.used.push(u);
            }
        }
        r.deadline
    }

    /// Register documents as numbered enclosures; returns "Se bilag 1 og 2."
    fn enclose(&mut self, docs: &[String]) -> Option<String> {
        let numbers: Vec<usize> = docs
            .iter()
            .filter(|d| !d.trim().is_empty())
            .map(|d| {
                self.enclosures.push(d.trim().to_string());
                self.enclosures.len()
            })
            .collect();
        match numbers.as_slice() {
            [] => None,
            [n] => Some(self.args("letter-see-enclosure", &[("n", FluentValue::from(*n))])),
            [init @ .., last] => {
                let init = init.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ");
                let list = format!("{init} og {last}");
                Some(self.args("letter-see-enclosures", &[("list", list.into())]))
            }
        }
    }

    /// One point: a heading with its topic and date, the person's own words,
    /// and a sentence for each answer that supports them. Only the answers the
    /// topic asks for ([`crate::answers::Topic::asks`]) are used, so the letter
    /// says exactly what the helper asked.
    ///
    /// `covered` are the procedural errors the letter states anyway (a klage):
    /// the point then leaves out its own sentence on the same failure, so the
    /// authority does not read it twice.
    fn point_section(&mut self, n: usize, p: &Point, benefit: Option<Benefit>, covered: &[String]) -> Section {
        let date = p.event_date.map(|d| self.date(d)).unwrap_or_else(|| "none".into());
        let heading = self.args(
            "point-heading",
            &[("n", FluentValue::from(n)), ("topic", p.topic.id().into()), ("date", date.into())],
        );
        let asks = p.topic.asks(benefit);
        let aktivloven = benefit == Some(Benefit::Kontanthjaelp) || benefit.is_none();
        let covers = |id: &str| covered.iter().any(|c| c == id);
        // The person's words, their evidence, then what follows from them.
        let mut paragraphs = vec![p.account.trim().to_string()];
        if let Some(see) = self.enclose(&p.documents) {
            paragraphs.push(see);
        }
        if let Some(reason) = p.reason.filter(|_| asks.reason) {
            let id = match reason {
                Reason::Illness => "illness",
                Reason::Childcare => "childcare",
                Reason::Transport => "transport",
                Reason::CaringForRelative => "caring-for-relative",
                Reason::Other => "other",
            };
            let law = if aktivloven { "aktivloven" } else { "none" };
            let basis = if aktivloven { self.basis("point-reason", "basis") } else { String::new() };
            paragraphs.push(self.args("point-reason", &[("reason", id.into()), ("law", law.into()), ("basis", basis.into())]));
            if aktivloven {
                self.cite_card("raadighed-kontanthjaelp");
                self.cite_check("rimelig-grund-vurderet");
            }
        }
        if asks.contact && p.contact_attempted == Some(false) && !covers("personlig-kontakt-aktivitetsparate") {
            paragraphs.push(self.get("point-no-contact"));
            self.cite_check("personlig-kontakt-aktivitetsparate");
        }
        if asks.guidance && p.written_guidance == Some(false) && !covers("sanktionsvejledning") {
            let basis = self.basis("point-no-guidance", "basis");
            paragraphs.push(self.args("point-no-guidance", &[("topic", p.topic.id().into()), ("basis", basis.into())]));
            self.cite_card("sanktion-kontanthjaelp");
            self.cite_check("sanktionsvejledning");
        }
        Section { heading: Some(heading), paragraphs }
    }

    /// "forvaltningslovens § 16, stk. 2 og offentlighedslovens § 36, stk. 2":
    /// the check's own reference from the rule data, with each law in the
    /// genitive from `breve.ftl` (`law-<name>`).
    fn legal_basis(&self, check: &Check) -> String {
        let parts: Vec<String> = check
            .legal_basis()
            .iter()
            .map(|b| {
                let law = self.t.law_genitive(&b.law).unwrap_or_else(|| b.law.to_lowercase());
                format!("{law} {}", and_list(&b.sections))
            })
            .collect();
        and_list(&parts)
    }

    /// What the decision is about, said from its kind and benefit ("sanktion i kontanthjælp").
    fn matter(&self, a: &Answers) -> String {
        match a.subject_matter.trim() {
            "" => {}
            s => return s.to_string(),
        }
        let benefit = a.benefit.filter(|b| *b != Benefit::None).map(|b| b.id()).unwrap_or("none");
        match (a.decision, benefit) {
            (None, "none") => "none".to_string(),
            (d, b) => self.args(
                "letter-matter",
                &[("decision", d.unwrap_or_default().id().into()), ("benefit", b.into())],
            ),
        }
    }
}

/// "a", "a og b", "a, b og c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} og {last}", init.join(", ")),
    }
}

fn para(text: String) -> Section {
    Section { heading: None, paragraphs: vec![text] }
}

/// Compose a letter of `kind` from `answers`, or name the answers that are missing.
pub fn compose(rules: &RuleSet, kind: LetterKind, a: &Answers) -> Result<Composed, AnswersError> {
    // Answers typed into a form did not pass through JSON parsing: check their
    // bounds here too (control and direction-override characters never reach a letter).
    a.validate(kind)?;
    for id in &a.procedural_errors {
        let Some(check) = rules.guide.checks.iter().find(|c| &c.id == id) else {
            return Err(AnswersError::UnknownCheck(id.clone()));
        };
        // A sygedagpenge rule in a complaint about a kontanthjælp sanction is refused.
        let benefit = a.benefit.filter(|b| *b != Benefit::None);
        if (a.decision.is_some() || benefit.is_some()) && !check.applies(a.decision.unwrap_or(Decision::Other), benefit) {
            return Err(AnswersError::NotApplicable {
                check: id.clone(),
                decision: a.decision.map_or("decision not given", Decision::id),
                benefit: benefit.map_or("benefit not given", Benefit::id),
            });
        }
    }
    if kind == LetterKind::Klage && !matches!(a.decided_by.as_str(), "" | "kommune" | "a-kasse" | "udbetaling-danmark") {
        return Err(AnswersError::DecidedBy(a.decided_by.clone()));
    }
    let texts = Texts::danish_letters();
    let mut w = Writer { t: &texts, rules, used: Vec::new(), enclosures: Vec::new() };
    // `missing` guarantees the dates a kind needs; the fallbacks are never shown.
    let date = a.date.unwrap_or_default();
    let letter_date = a.letter_date.map(|d| w.date(d)).unwrap_or_default();
    let mut sections = Vec::new();
    let mut recipient: Vec<String> = [a.recipient.name.clone(), a.recipient.unit.clone()]
        .into_iter()
        .chain(a.recipient.address.iter().cloned())
        .filter(|l| !l.trim().is_empty())
        .collect();

    let subject = match kind {
        LetterKind::Partshoering => {
            w.cite_card("partshoering");
            w.cite_check("partshoering");
            let benefit = a.benefit.filter(|b| *b != Benefit::None).map_or("none", Benefit::id);
            let basis = w.basis("partshoering-intro", "basis");
            let mut intro = w.args(
                "partshoering-intro",
                &[("date", letter_date.clone().into()), ("benefit", benefit.into()), ("basis", basis.into())],
            );
            if let Some(d) = a.reply_by {
                intro.push(' ');
                intro.push_str(&w.args("partshoering-intro-deadline", &[("date", w.date(d).into())]));
            }
            sections.push(para(intro));
            for (i, p) in a.points.iter().enumerate() {
                let s = w.point_section(i + 1, p, a.benefit, &[]);
                sections.push(s);
            }
            let request = match a.request.trim() {
                "" => w.get("partshoering-request-default"),
                own => own.to_string(),
            };
            let reasons = {
                let basis = w.basis("partshoering-reasons", "basis");
                let guidance = w.basis("partshoering-reasons", "basis_guidance");
                w.args("partshoering-reasons", &[("basis", basis.into()), ("basis_guidance", guidance.into())])
            };
            sections.push(Section {
                heading: Some(w.get("partshoering-request-heading")),
                paragraphs: vec![request, reasons, w.get("partshoering-contact")],
            });
            w.cite_card("begrundelse");
            w.cite_card("klagevejledning");
            w.args("partshoering-subject", &[("date", letter_date.clone().into())])
        }
        LetterKind::Fristforlaengelse => {
            let reply_by = a.reply_by.map(|d| w.date(d)).unwrap_or_default();
            let new_reply_by = a.new_reply_by.map(|d| w.date(d)).unwrap_or_default();
            let mut ps = vec![w.args(
                "fristforlaengelse-body",
                &[
                    ("date", letter_date.clone().into()),
                    ("reply_by", reply_by.into()),
                    ("new_reply_by", new_reply_by.into()),
                ],
            )];
            if !a.extension_reason.trim().is_empty() {
                ps.push(w.args("fristforlaengelse-reason", &[("reason", a.extension_reason.trim().to_string().into())]));
            }
            ps.push(w.cited("fristforlaengelse-rule"));
            ps.push(w.get("fristforlaengelse-confirm"));
            sections.push(Section { heading: None, paragraphs: ps });
            w.cite_card("partshoering");
            w.cite_card("udtalelse");
            if let Some(d) = a.reply_by {
                w.deadline(DeadlineKind::Partshoering, d);
            }
            w.args("fristforlaengelse-subject", &[("date", letter_date.clone().into())])
        }
        LetterKind::Aktindsigt => {
            let mut ps = vec![w.cited("aktindsigt-body"), w.get("aktindsigt-journal"), w.get("aktindsigt-delivery")];
            if let Some(d) = w.deadline(DeadlineKind::Aktindsigt, date) {
                let d = w.date(d);
                let basis = w.basis("aktindsigt-deadline", "basis");
                ps.push(w.args("aktindsigt-deadline", &[("date", d.into()), ("basis", basis.into())]));
            }
            sections.push(Section { heading: None, paragraphs: ps });
            w.cite_card("aktindsigt");
            w.args("aktindsigt-subject", &[("matter", w.matter(a).into())])
        }
        LetterKind::Begrundelse => {
            let basis = w.basis("begrundelse-body", "basis");
            let body = w.args("begrundelse-body", &[("date", letter_date.clone().into()), ("basis", basis.into())]);
            sections.push(Section {
                heading: None,
                paragraphs: vec![
                    body,
                    w.cited("begrundelse-content"),
                    w.cited("begrundelse-klagevejledning"),
                    w.get("begrundelse-deadline-note"),
                ],
            });
            w.cite_card("begrundelse");
            w.cite_card("klagevejledning");
            w.args("begrundelse-subject", &[("date", letter_date.clone().into())])
        }
        LetterKind::Klage => {
            let akasse = a.decided_by == "a-kasse";
            let mut intro = vec![
                w.args("klage-intro", &[("date", letter_date.clone().into())]),
                if akasse { w.get("klage-genvurdering-akasse") } else { w.cited("klage-genvurdering") },
            ];
            w.cite_card(if akasse { "klage-akasse" } else { "klage" });
            w.cite_card("aktindsigt");
            // The first complaint deadline, computed as the complaint screen and the CLI do.
            let first = a.received.and_then(|r| {
                let benefit = a.benefit.filter(|b| *b != Benefit::None);
                crate::appeal::first_appeal_deadline(rules, benefit, &a.decided_by, r, r)?.ok()
            });
            if let Some(d) = first.map(|r| w.use_deadline(r)) {
                intro.push(w.args("klage-deadline", &[("date", w.date(d).into())]));
            }
            sections.push(Section { heading: None, paragraphs: intro });
            if !a.points.is_empty() {
                sections.push(Section { heading: Some(w.get("klage-points-heading")), paragraphs: Vec::new() });
                for (i, p) in a.points.iter().enumerate() {
                    let s = w.point_section(i + 1, p, a.benefit, &a.procedural_errors);
                    sections.push(s);
                }
            }
            if !a.procedural_errors.is_empty() {
                let mut ps = vec![w.get("klage-errors-intro")];
                for id in &a.procedural_errors {
                    // Checked above: every id is a known check.
                    let Some(check) = rules.guide.checks.iter().find(|c| &c.id == id) else { continue };
                    let basis = w.legal_basis(check);
                    ps.push(format!("– {}", w.args(&ret_og_frist_i18n::family::KLAGE_ERROR.id(id), &[("basis", basis.into())])));
                    w.cite_check(id);
                }
                sections.push(Section { heading: Some(w.get("klage-errors-heading")), paragraphs: ps });
            }
            let request = match a.request.trim() {
                "" => w.get("klage-request-default"),
                own => own.to_string(),
            };
            sections.push(Section {
                heading: Some(w.get("klage-request-heading")),
                paragraphs: vec![request, w.cited("klage-aktindsigt")],
            });
            w.args(
                "klage-subject",
                &[("date", letter_date.clone().into()), ("matter", w.matter(a).into())],
            )
        }
        LetterKind::Ombudsmand => {
            recipient = vec![
                w.get("ombudsmand-recipient-name"),
                w.get("ombudsmand-recipient-address-1"),
                w.get("ombudsmand-recipient-address-2"),
            ];
            let authority = a.final_authority.trim().to_string();
            let final_date = a.final_decision_date.unwrap_or_default();
            let fd = w.date(final_date);
            let exhausted = w.basis("ombudsmand-exhausted", "basis");
            let mut intro = vec![
                w.args("ombudsmand-intro", &[("authority", authority.clone().into()), ("date", fd.clone().into())]),
                w.args("ombudsmand-exhausted", &[("authority", authority.clone().into()), ("basis", exhausted.into())]),
            ];
            // The year runs from when the final decision was received (ombudsmanden.dk on
            // ombudsmandsloven § 13, stk. 3), not from its date: say when it ends only if the
            // person told us the day of receipt.
            if let Some(d) = a.received.and_then(|r| w.deadline(DeadlineKind::Ombudsman, r)) {
                let basis = w.basis("ombudsmand-deadline", "basis");
                intro.push(w.args("ombudsmand-deadline", &[("date", w.date(d).into()), ("basis", basis.into())]));
            }
            sections.push(Section { heading: None, paragraphs: intro });
            let mut ps = Vec::new();
            for p in a.points.iter().filter(|p| !p.account.trim().is_empty()) {
                ps.push(p.account.trim().to_string());
                if let Some(see) = w.enclose(&p.documents) {
                    ps.push(see);
                }
            }
            ps.push(w.get("ombudsmand-request"));
            sections.push(Section { heading: Some(w.get("ombudsmand-points-heading")), paragraphs: ps });
            w.args("ombudsmand-subject", &[("authority", authority.into()), ("date", fd.into())])
        }
    };

    let mut sender: Vec<String> = std::iter::once(a.sender.name.trim().to_string())
        .chain(a.sender.address.iter().map(|l| l.trim().to_string()))
        .filter(|l| !l.is_empty())
        .collect();
    if !a.sender.phone.trim().is_empty() {
        sender.push(w.args("letter-phone-line", &[("phone", a.sender.phone.trim().to_string().into())]));
    }
    if !a.sender.email.trim().is_empty() {
        sender.push(w.args("letter-email-line", &[("email", a.sender.email.trim().to_string().into())]));
    }
    if !a.sender.cpr.trim().is_empty() {
        sender.push(w.args("letter-cpr-line", &[("cpr", a.sender.cpr.trim().to_string().into())]));
    }
    let date_text = w.date(date);
    let place_date = match a.place.trim() {
        "" => date_text,
        place => w.args("letter-place-date", &[("place", place.to_string().into()), ("date", date_text.into())]),
    };
    let extra: Vec<String> = a.enclosures.clone();
    w.enclose(&extra);
    let enclosures = w
        .enclosures
        .iter()
        .enumerate()
        .map(|(i, e)| w.args("letter-enclosure", &[("n", FluentValue::from(i + 1)), ("text", e.clone().into())]))
        .collect();
    let letter = Letter {
        kind: kind.id().to_string(),
        sender,
        recipient,
        place_date,
        case_line: (!a.case_number.trim().is_empty())
            .then(|| w.args("letter-case-line", &[("case", a.case_number.trim().to_string().into())])),
        subject,
        sections,
        closing: w.get("letter-closing"),
        signature: a.sender.name.trim().to_string(),
        enclosures,
        override_note: None,
    };
    // Results computed with an adviser's override say so on every output.
    let overridden: Vec<&str> = w
        .used
        .iter()
        .filter(|u| u.citation.overridden())
        .map(|u| u.path.as_str())
        .collect();
    let letter = Letter {
        override_note: (!overridden.is_empty())
            .then(|| w.args("letter-override-note", &[("rules", overridden.join(", ").into())])),
        ..letter
    };
    Ok(Composed { letter, rules: w.used })
}
