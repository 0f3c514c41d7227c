//! "Breve": the letter helper. One group of questions per step, help text in
//! the user's language, a live preview of the Danish letter beside it, and PDF,
//! print and plain-text output. The draft is saved on every keystroke.
//!
//! Structure (which step, which letter, which topic) comes from narrow `Memo`s,
//! so typing into a field re-renders only what shows that field's value, never
//! the inputs themselves (which would drop the focus on every key). Only the
//! questions a letter uses are asked, and every answer given reaches the letter.

use super::{rules, BenefitSelect};
use crate::handoff::LetterHandoff;
use crate::components::{Field, Step as StepItem};
use crate::i18n::{tr, with_texts};
use crate::storage;
use leptos::prelude::*;
use ret_og_frist_core::dates::parse_user_date;
use ret_og_frist_core::guide::procedure::{checks_for, Decision};
use ret_og_frist_core::guide::Benefit;
use ret_og_frist_i18n::Lang;
use ret_og_frist_letters::answers::{Point, Reason, Recipient, Sender, Topic};
use ret_og_frist_letters::{compose, text, Answers, AnswersError, LetterKind};
use serde::{Deserialize, Serialize};

/// One point of disagreement as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
struct PointDraft {
    topic: String,
    event_date: String,
    account: String,
    reason: String,
    documents: String,
    contact_attempted: String,
    written_guidance: String,
}

/// Everything typed, as typed (so nothing is lost to a parse error).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
struct Draft {
    kind: LetterKind,
    step: usize,
    name: String,
    address: String,
    phone: String,
    email: String,
    cpr: String,
    authority: String,
    unit: String,
    authority_address: String,
    case_number: String,
    place: String,
    date: String,
    letter_date: String,
    reply_by: String,
    received: String,
    new_reply_by: String,
    extension_reason: String,
    subject_matter: String,
    decided_by: String,
    /// Benefit id (kontanthjaelp …) or empty: partshøring and klage.
    benefit: String,
    /// Decision kind id (sanction …) or empty: klage.
    decision: String,
    final_authority: String,
    final_decision_date: String,
    points: Vec<PointDraft>,
    procedural_errors: Vec<String>,
    request: String,
    enclosures: String,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            kind: LetterKind::Partshoering,
            step: 0,
            name: String::new(),
            address: String::new(),
            phone: String::new(),
            email: String::new(),
            cpr: String::new(),
            authority: String::new(),
            unit: String::new(),
            authority_address: String::new(),
            case_number: String::new(),
            place: String::new(),
            date: String::new(),
            letter_date: String::new(),
            reply_by: String::new(),
            received: String::new(),
            new_reply_by: String::new(),
            extension_reason: String::new(),
            subject_matter: String::new(),
            decided_by: "kommune".into(),
            benefit: String::new(),
            decision: String::new(),
            final_authority: "Ankestyrelsen".into(),
            final_decision_date: String::new(),
            points: vec![PointDraft::default()],
            procedural_errors: Vec::new(),
            request: String::new(),
            enclosures: String::new(),
        }
    }
}

const DRAFT_KEY: &str = "letters.draft";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Kind,
    You,
    Authority,
    Dates,
    Points,
    Errors,
    Request,
    Finish,
}

fn steps(kind: LetterKind) -> Vec<Step> {
    use Step::*;
    match kind {
        LetterKind::Partshoering => vec![Kind, You, Authority, Dates, Points, Request, Finish],
        LetterKind::Klage => vec![Kind, You, Authority, Dates, Points, Errors, Request, Finish],
        LetterKind::Ombudsmand => vec![Kind, You, Dates, Points, Finish],
        _ => vec![Kind, You, Authority, Dates, Finish],
    }
}

fn step_key(s: Step) -> &'static str {
    match s {
        Step::Kind => "letters-step-kind",
        Step::You => "letters-step-you",
        Step::Authority => "letters-step-authority",
        Step::Dates => "letters-step-dates",
        Step::Points => "letters-step-points",
        Step::Errors => "letters-step-errors",
        Step::Request => "letters-step-request",
        Step::Finish => "letters-step-finish",
    }
}

/// The Fluent id naming a missing answer: "points[].account" → "letters-field-points-account".
fn field_key(path: &str) -> String {
    let mut key = String::from("letters-field");
    for part in path.split(|c: char| !c.is_ascii_alphanumeric()).filter(|p| !p.is_empty()) {
        key.push('-');
        key.push_str(part);
    }
    key
}

fn lines(s: &str) -> Vec<String> {
    s.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
}

fn yes_no(s: &str) -> Option<bool> {
    match s {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// Dates that do not parse; the field ids, for messages beside the fields.
fn bad_dates(d: &Draft) -> Vec<&'static str> {
    let mut out = Vec::new();
    let fields = [
        ("letter-date", &d.date),
        ("letter-letter-date", &d.letter_date),
        ("letter-reply-by", &d.reply_by),
        ("letter-received", &d.received),
        ("letter-new-reply-by", &d.new_reply_by),
        ("letter-final-date", &d.final_decision_date),
    ];
    for (id, v) in fields {
        if !v.trim().is_empty() && parse_user_date(v).is_err() {
            out.push(id);
        }
    }
    out
}

fn benefit_of(d: &Draft) -> Option<Benefit> {
    Benefit::from_id(&d.benefit).filter(|b| *b != Benefit::None)
}

fn decision_of(d: &Draft) -> Option<Decision> {
    Decision::from_id(&d.decision)
}

/// A point's topic; a new point has none yet (its select says "Vælg emne"),
/// and the letter then words it as the person's own remarks (`Topic::Other`),
/// never as a topic they did not choose.
fn topic_of(p: &PointDraft) -> Topic {
    Topic::from_id(&p.topic).unwrap_or_default()
}

/// The topics offered for a benefit. Rådighed (being available for work) is a
/// duty of dagpenge and kontanthjælp, not of sygedagpenge.
fn topics_for(benefit: Option<Benefit>) -> &'static [&'static str] {
    const ALL: [&str; 6] = ["", "missed-meeting", "refused-offer", "not-available", "illness", "other"];
    const SICK: [&str; 5] = ["", "missed-meeting", "refused-offer", "illness", "other"];
    if benefit == Some(Benefit::Sygedagpenge) {
        &SICK
    } else {
        &ALL
    }
}

/// The kinds that ask which benefit the case is about.
fn asks_benefit(k: LetterKind) -> bool {
    matches!(k, LetterKind::Partshoering | LetterKind::Klage)
}

/// The draft as answers for the letter being written. A draft is shared by all
/// kinds, so only what this kind's steps ask is passed on: an answer left over
/// from another letter, or a question the topic no longer asks, never reaches
/// the letter unseen.
fn to_answers(d: &Draft) -> Answers {
    let date = |s: &str| parse_user_date(s).ok();
    let kind = d.kind;
    let has = |s: Step| steps(kind).contains(&s);
    let benefit = asks_benefit(kind).then(|| benefit_of(d)).flatten();
    let decision = (kind == LetterKind::Klage).then(|| decision_of(d)).flatten();
    let ombudsmand = kind == LetterKind::Ombudsmand;
    let points = if has(Step::Points) {
        d.points
            .iter()
            .map(|p| {
                let topic = if ombudsmand { Topic::Other } else { topic_of(p) };
                let asks = topic.asks(benefit);
                Point {
                    topic,
                    event_date: if ombudsmand { None } else { date(&p.event_date) },
                    account: p.account.clone(),
                    reason: serde_json::from_value::<Reason>(serde_json::Value::String(p.reason.clone()))
                        .ok()
                        .filter(|_| asks.reason && !ombudsmand),
                    documents: lines(&p.documents),
                    contact_attempted: yes_no(&p.contact_attempted).filter(|_| asks.contact && !ombudsmand),
                    written_guidance: yes_no(&p.written_guidance).filter(|_| asks.guidance && !ombudsmand),
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let procedural_errors = if has(Step::Errors) {
        let applies = |id: &String| {
            rules().guide.checks.iter().any(|c| &c.id == id && c.applies(decision.unwrap_or_default(), benefit))
        };
        d.procedural_errors.iter().filter(|id| applies(id)).cloned().collect()
    } else {
        Vec::new()
    };
    let request_step = has(Step::Request);
    Answers {
        sender: Sender {
            name: d.name.clone(),
            address: lines(&d.address),
            phone: d.phone.clone(),
            email: d.email.clone(),
            cpr: d.cpr.clone(),
        },
        recipient: Recipient { name: d.authority.clone(), unit: d.unit.clone(), address: lines(&d.authority_address) },
        case_number: d.case_number.clone(),
        place: d.place.clone(),
        date: date(&d.date).or_else(super::today),
        letter_date: date(&d.letter_date),
        received: matches!(kind, LetterKind::Klage | LetterKind::Ombudsmand).then(|| date(&d.received)).flatten(),
        reply_by: matches!(kind, LetterKind::Partshoering | LetterKind::Fristforlaengelse).then(|| date(&d.reply_by)).flatten(),
        subject_matter: if kind == LetterKind::Aktindsigt { d.subject_matter.clone() } else { String::new() },
        benefit,
        decision,
        points,
        request: if request_step { d.request.clone() } else { String::new() },
        new_reply_by: date(&d.new_reply_by),
        extension_reason: d.extension_reason.clone(),
        procedural_errors,
        decided_by: d.decided_by.clone(),
        final_authority: d.final_authority.clone(),
        final_decision_date: date(&d.final_decision_date),
        enclosures: if request_step { lines(&d.enclosures) } else { Vec::new() },
    }
}

/// Fill the draft from another screen's hand-off; what it does not know stays
/// as the person typed it.
fn apply_handoff(d: &mut Draft, h: LetterHandoff) {
    let typed = |x: chrono::NaiveDate| x.format("%d.%m.%Y").to_string();
    let chosen = h.kind.is_some();
    if let Some(k) = h.kind {
        d.kind = k;
    }
    if !h.authority.trim().is_empty() {
        d.authority = h.authority;
    }
    if !h.case_number.trim().is_empty() {
        d.case_number = h.case_number;
    }
    if let Some(b) = h.decided_by {
        d.decided_by = b;
    }
    if let Some(b) = h.benefit {
        d.benefit = b.id().into();
    }
    if let Some(x) = h.decision {
        d.decision = x.id().into();
    }
    if let Some(x) = h.letter_date {
        match d.kind {
            LetterKind::Ombudsmand => d.final_decision_date = typed(x),
            _ => d.letter_date = typed(x),
        }
    }
    if let Some(x) = h.received {
        d.received = typed(x);
    }
    if let (Some(x), LetterKind::Partshoering | LetterKind::Fristforlaengelse) = (h.deadline, d.kind) {
        d.reply_by = typed(x);
    }
    if !h.procedural_errors.is_empty() {
        d.procedural_errors = h.procedural_errors;
    }
    if chosen {
        d.step = first_open_step(d);
    }
}

/// The step a hand-off opens on: the letter kind is chosen by the sender, so
/// the first step that still needs the person (who you are, then the
/// authority), else the dates, which the person checks even when they came along.
fn first_open_step(d: &Draft) -> usize {
    steps(d.kind)
        .iter()
        .position(|s| match s {
            Step::Kind => false,
            Step::You => d.name.trim().is_empty(),
            Step::Authority => d.authority.trim().is_empty(),
            _ => true,
        })
        .unwrap_or(0)
}

/// Offer the PDF as a download (a blob URL: nothing leaves the device).
fn download_pdf(bytes: &[u8], name: &str) -> Result<(), String> {
    super::download_bytes(bytes, name, "application/pdf")
}

/// A labelled one-line text field bound to a draft field.
fn text_field(
    lang: ReadSignal<Lang>,
    draft: RwSignal<Draft>,
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    get: fn(&Draft) -> String,
    set: fn(&mut Draft, String),
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = hint.map(|_| hint_id.clone());
    let bad = move || draft.with(|d| bad_dates(d).contains(&id));
    view! {
        <Field
            for_id=id
            label=Signal::derive(move || tr(lang.get(), label))
            hint=hint.map(|h| Signal::derive(move || tr(lang.get(), h)))
            hint_id=hint_id
            error=Signal::derive(move || bad().then(|| tr(lang.get(), "letters-bad-date")))
            error_id=error_id
        >
            <input
                id=id
                class="form-input"
                type="text"
                autocomplete="off"
                aria-describedby=described
                aria-invalid=move || if bad() { "true" } else { "false" }
                prop:value=move || draft.with(get)
                on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev)))
                // A prefilled suggestion (e.g. "Ankestyrelsen") is selected on focus,
                // so typing replaces it instead of being appended to it.
                on:focus=move |ev| {
                    let value = draft.with_untracked(get);
                    if !value.is_empty() && value == get(&Draft::default()) {
                        use leptos::wasm_bindgen::JsCast;
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }
                }
            />
        </Field>
    }
}

/// A labelled multi-line field.
fn area_field(
    lang: ReadSignal<Lang>,
    draft: RwSignal<Draft>,
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    get: fn(&Draft) -> String,
    set: fn(&mut Draft, String),
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    view! {
        <div class="field">
            <label for=id>{move || tr(lang.get(), label)}</label>
            {hint.map(|h| view! { <p id=hint_id class="hint">{move || tr(lang.get(), h)}</p> })}
            <textarea
                id=id
                rows="4"
                aria-describedby=described
                prop:value=move || draft.with(get)
                on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev)))
            ></textarea>
        </div>
    }
}

#[component]
pub fn LettersPage(lang: ReadSignal<Lang>) -> impl IntoView {
    let mut saved = storage::load_json::<Draft>(DRAFT_KEY).unwrap_or_default();
    if let Some(h) = LetterHandoff::take() {
        apply_handoff(&mut saved, h);
    }
    let draft = RwSignal::new(saved);
    Effect::new(move |_| draft.with(|d| storage::save_json(DRAFT_KEY, d)));
    let t = move |id: &'static str| move || tr(lang.get(), id);
    // Narrow views of the draft: they change only when the structure does.
    let kind = Memo::new(move |_| draft.with(|d| d.kind));
    let step_index = Memo::new(move |_| draft.with(|d| d.step.min(steps(d.kind).len() - 1)));
    let current = Memo::new(move |_| steps(kind.get())[step_index.get()]);
    let benefit = Memo::new(move |_| draft.with(benefit_of));
    let decision = Memo::new(move |_| draft.with(decision_of));
    let composed = Memo::new(move |_| draft.with(|d| compose(rules(), d.kind, &to_answers(d))));
    let deadline_input =
        Memo::new(move |_| draft.with(|d| (d.kind, d.reply_by.clone(), d.received.clone(), d.decided_by.clone())));
    let status = RwSignal::new(String::new());
    let saved_path = RwSignal::new(String::new());

    let go = move |delta: isize| {
        draft.update(|d| {
            let n = steps(d.kind).len() as isize;
            d.step = (d.step as isize + delta).clamp(0, n - 1) as usize;
        });
        status.set(String::new());
        if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("letter-step-title")) {
            use leptos::wasm_bindgen::JsCast;
            if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    };

    let step_view = move || {
        let l = lang;
        match current.get() {
            Step::Kind => view! {
                <fieldset class="field">
                    <legend>{t("letters-kind-legend")}</legend>
                    {LetterKind::ALL.into_iter().map(|k| {
                        let id = format!("letter-kind-{}", k.id());
                        let help_id = format!("{id}-help");
                        view! {
                            <div class="radio radio-help">
                                <input type="radio" name="letter-kind" id=id.clone() aria-describedby=help_id.clone()
                                    prop:checked=move || kind.get() == k
                                    on:change=move |_| draft.update(|d| d.kind = k) />
                                <div>
                                    <label for=id>{move || with_texts(l.get(), |t| t.letter_kind(k.id()))}</label>
                                    <p id=help_id class="hint">{move || with_texts(l.get(), |t| t.letter_kind_help(k.id()))}</p>
                                </div>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            }.into_any(),
            Step::You => view! {
                {text_field(l, draft, "letter-name", "letters-name", None, |d| d.name.clone(), |d, v| d.name = v)}
                {area_field(l, draft, "letter-address", "letters-address", Some("letters-address-hint"), |d| d.address.clone(), |d, v| d.address = v)}
                {text_field(l, draft, "letter-phone", "letters-phone", None, |d| d.phone.clone(), |d, v| d.phone = v)}
                {text_field(l, draft, "letter-email", "letters-email", None, |d| d.email.clone(), |d, v| d.email = v)}
                {text_field(l, draft, "letter-cpr", "letters-cpr", Some("letters-cpr-hint"), |d| d.cpr.clone(), |d, v| d.cpr = v)}
                {text_field(l, draft, "letter-place", "letters-place", None, |d| d.place.clone(), |d, v| d.place = v)}
            }.into_any(),
            Step::Authority => view! {
                {text_field(l, draft, "letter-authority", "letters-authority", Some("letters-authority-hint"), |d| d.authority.clone(), |d, v| d.authority = v)}
                {text_field(l, draft, "letter-unit", "letters-unit", None, |d| d.unit.clone(), |d, v| d.unit = v)}
                {area_field(l, draft, "letter-authority-address", "letters-authority-address", None, |d| d.authority_address.clone(), |d, v| d.authority_address = v)}
                {text_field(l, draft, "letter-case", "letters-case", Some("letters-case-hint"), |d| d.case_number.clone(), |d, v| d.case_number = v)}
            }.into_any(),
            Step::Dates => {
                let k = kind.get();
                let benefits: Vec<Benefit> = Benefit::ALL.into_iter().filter(|b| *b != Benefit::None).collect();
                let benefit_label = if k == LetterKind::Klage { "appeal-benefit-label" } else { "status-benefit-label" };
                view! {
                    <p class="hint">{t("date-hint")}</p>
                    {(k != LetterKind::Aktindsigt && k != LetterKind::Ombudsmand).then(|| text_field(l, draft, "letter-letter-date", "letters-letter-date", Some("letters-letter-date-hint"), |d| d.letter_date.clone(), |d, v| d.letter_date = v))}
                    {matches!(k, LetterKind::Partshoering | LetterKind::Fristforlaengelse).then(|| text_field(l, draft, "letter-reply-by", "letters-reply-by", Some("letters-reply-by-hint"), |d| d.reply_by.clone(), |d, v| d.reply_by = v))}
                    {(k == LetterKind::Fristforlaengelse).then(|| view! {
                        {text_field(l, draft, "letter-new-reply-by", "letters-new-reply-by", None, |d| d.new_reply_by.clone(), |d, v| d.new_reply_by = v)}
                        {area_field(l, draft, "letter-extension-reason", "letters-extension-reason", None, |d| d.extension_reason.clone(), |d, v| d.extension_reason = v)}
                    })}
                    {(k == LetterKind::Klage).then(|| view! {
                        {text_field(l, draft, "letter-received", "letters-received", Some("letters-received-hint"), |d| d.received.clone(), |d, v| d.received = v)}
                        <div class="field">
                            <label for="letter-decided-by">{t("letters-decided-by")}</label>
                            <select id="letter-decided-by" on:change=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.decided_by = v); }>
                                {["kommune", "a-kasse", "udbetaling-danmark"].into_iter().map(|b| {
                                    view! { <option value=b selected=move || draft.with(|d| d.decided_by == b)>{move || with_texts(l.get(), |t| t.appeal_body(b))}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    })}
                    {asks_benefit(k).then(|| view! {
                        <BenefitSelect lang=l id="letter-benefit" label=benefit_label options=benefits
                            value=Signal::derive(move || benefit.get())
                            on_change={move |b: Option<Benefit>| draft.update(|d| d.benefit = b.map(|b| b.id().to_string()).unwrap_or_default())} />
                    })}
                    {(k == LetterKind::Klage).then(|| view! {
                        <div class="field">
                            <label for="letter-decision">{t("check-decision-label")}</label>
                            <select id="letter-decision" on:change=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.decision = v); }>
                                <option value="" selected=move || decision.get().is_none()>{t("choose")}</option>
                                {Decision::ALL.into_iter().map(|x| {
                                    view! { <option value=x.id() selected=move || decision.get() == Some(x)>{move || with_texts(l.get(), |t| t.decision(x.id()))}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    })}
                    {(k == LetterKind::Aktindsigt).then(|| text_field(l, draft, "letter-matter", "letters-matter", Some("letters-matter-hint"), |d| d.subject_matter.clone(), |d, v| d.subject_matter = v))}
                    {(k == LetterKind::Ombudsmand).then(|| view! {
                        {text_field(l, draft, "letter-final-authority", "letters-final-authority", None, |d| d.final_authority.clone(), |d, v| d.final_authority = v)}
                        {text_field(l, draft, "letter-final-date", "letters-final-date", None, |d| d.final_decision_date.clone(), |d, v| d.final_decision_date = v)}
                        // The 12 months run from receipt (ombudsmandsloven § 13, stk. 3).
                        {text_field(l, draft, "letter-received", "letters-ombudsman-received", Some("letters-received-hint"), |d| d.received.clone(), |d, v| d.received = v)}
                    })}
                    {text_field(l, draft, "letter-date", "letters-date", Some("letters-date-hint"), |d| d.date.clone(), |d, v| d.date = v)}
                }.into_any()
            }
            Step::Points => view! { <Points lang=l draft=draft kind=kind benefit=benefit /> }.into_any(),
            Step::Errors => view! {
                <fieldset class="field">
                    <legend>{t("letters-errors-legend")}</legend>
                    <p class="hint">{t("letters-errors-hint")}</p>
                    // Only the errors that can apply to this decision and benefit (rule data).
                    {move || checks_for(&rules().guide.checks, decision.get().unwrap_or_default(), benefit.get()).into_iter().map(|c| {
                        let id = format!("letter-error-{}", c.id);
                        let cid = c.id.clone();
                        let cid2 = c.id.clone();
                        let cid3 = c.id.clone();
                        view! {
                            <div class="checkbox">
                                <input type="checkbox" id=id.clone()
                                    prop:checked=move || draft.with(|d| d.procedural_errors.contains(&cid))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        draft.update(|d| {
                                            d.procedural_errors.retain(|x| x != &cid2);
                                            if on { d.procedural_errors.push(cid2.clone()); }
                                        });
                                    } />
                                <label for=id>{move || with_texts(l.get(), |t| t.check_label(&cid3))}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            }.into_any(),
            Step::Request => view! {
                {area_field(l, draft, "letter-request", "letters-request", Some("letters-request-hint"), |d| d.request.clone(), |d, v| d.request = v)}
                {area_field(l, draft, "letter-enclosures", "letters-enclosures", Some("letters-enclosures-hint"), |d| d.enclosures.clone(), |d, v| d.enclosures = v)}
            }.into_any(),
            Step::Finish => view! {
                <p>{t("letters-finish-intro")}</p>
                <div class="button-row">
                    <button type="button" id="letter-download-pdf" class="button primary"
                        on:click=move |_| {
                            let l = lang.get_untracked();
                            saved_path.set(String::new());
                            // The PDF (krilla and the letter fonts) is a module of its own,
                            // loaded the first time (crate::lazy), in the browser and the desktop window.
                            let letter = composed.with_untracked(|c| c.as_ref().ok().map(|c| (serde_json::to_string(&c.letter), c.letter.kind.clone())));
                            let Some((Ok(json), kind)) = letter else {
                                status.set(tr(l, "letters-not-ready"));
                                return;
                            };
                            if !crate::lazy::Module::Pdf.ready() {
                                status.set(tr(l, "lazy-loading"));
                            }
                            leptos::task::spawn_local(async move {
                                let name = format!("brev-{kind}.pdf");
                                let pdf = crate::lazy::call_bytes(crate::lazy::Module::Pdf, "render", json.into(), None).await;
                                let bytes = match pdf {
                                    Ok(bytes) => bytes,
                                    Err(crate::lazy::LazyError::Load(_)) => return status.set(tr(l, "lazy-load-failed")),
                                    Err(crate::lazy::LazyError::Call(e)) => {
                                        let e: serde_json::Value = serde_json::from_str(&e).unwrap_or_else(|_| serde_json::json!({ "message": e }));
                                        // Characters the letter font cannot write (Arabic script, say): named, with what to do.
                                        return status.set(match (e["code"].as_str(), e["chars"].as_str()) {
                                            (Some("unsupported"), Some(chars)) => with_texts(l, |t| {
                                                t.get_args("letters-pdf-unsupported", &[("chars", chars.to_string().into())])
                                            }),
                                            _ => format!("{}: {}", tr(l, "letters-pdf-failed"), e["message"].as_str().unwrap_or_default()),
                                        });
                                    }
                                };
                                if crate::casestore::is_desktop() {
                                    let args = serde_json::json!({ "name": name, "bytes": bytes });
                                    match crate::casestore::invoke::<String>("save_pdf", args).await {
                                        Ok(path) => {
                                            status.set(with_texts(l, |t| t.get_args("letters-pdf-saved", &[("path", path.clone().into())])));
                                            saved_path.set(path);
                                        }
                                        Err(e) => status.set(format!("{}: {e}", tr(l, "letters-pdf-failed"))),
                                    }
                                } else {
                                    status.set(match download_pdf(&bytes, &name) {
                                        Ok(()) => tr(l, "letters-pdf-ready"),
                                        Err(e) => format!("{}: {e}", tr(l, "letters-pdf-failed")),
                                    });
                                }
                            });
                        }>
                        {t("letters-download-pdf")}
                    </button>
                    <button type="button" id="letter-print" class="button"
                        on:click=move |_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>
                        {t("letters-print")}
                    </button>
                </div>
                <p id="letter-status" role="status" data-saved-path=move || saved_path.get()>{move || status.get()}</p>
                <div class="field">
                    <label for="letter-plain-text">{t("letters-plain-text")}</label>
                    <p id="letter-plain-text-hint" class="hint">{t("letters-plain-text-hint")}</p>
                    <textarea id="letter-plain-text" rows="12" readonly aria-describedby="letter-plain-text-hint" lang="da"
                        prop:value=move || composed.with(|c| c.as_ref().map(|c| text::render(&c.letter)).unwrap_or_default())></textarea>
                </div>
            }.into_any(),
        }
    };

    view! {
        <h1>{t("letters-title")}</h1>
        <p class="notice" id="letters-not-advice">{t("letters-not-advice")}</p>
        {move || {
            // The reply or complaint deadline, from the deadline engine, shown while writing.
            use ret_og_frist_core::deadlines::{compute, DeadlineRequest};
            use ret_og_frist_core::{DeadlineKind, Delivery, Employment};
            let l = lang.get();
            let (k, reply_by, received, decided_by) = deadline_input.get();
            let (kind, date, key) = match k {
                LetterKind::Partshoering | LetterKind::Fristforlaengelse => (DeadlineKind::Partshoering, reply_by, "letters-reply-deadline"),
                LetterKind::Klage if decided_by == "a-kasse" => (DeadlineKind::ComplaintAkasse, received, "letters-complaint-deadline"),
                LetterKind::Klage => (DeadlineKind::Complaint, received, "letters-complaint-deadline"),
                LetterKind::Ombudsmand => (DeadlineKind::Ombudsman, received, "letters-complaint-deadline"),
                _ => return None,
            };
            let date = parse_user_date(&date).ok()?;
            let r = compute(rules(), &DeadlineRequest { kind, date, delivery: Delivery::Digital, employment: Employment::Employee }).ok()?;
            let text = with_texts(l, |t| t.get_args(key, &[("date", t.date(r.deadline).into())]));
            // The same deadline on Frister, with every step of how it is counted.
            let explain = crate::handoff::FristerHandoff { kind, date, delivery: Delivery::Digital };
            Some(view! {
                <p id="letter-deadline" class="deadline-banner" data-deadline=r.deadline.to_string()>
                    {text}" "
                    <a href="#frister" id="letter-deadline-explain" on:click=move |_| explain.send()>{tr(l, "letters-deadline-explain")}</a>
                </p>
            })
        }}
        <div class="letters-layout">
            <div class="letters-form">
                <nav aria-label=t("letters-steps-label")>
                    <ol class="steps step-indicator" id="letter-steps" data-kind=move || kind.get().id()>
                        {move || {
                            let s = steps(kind.get());
                            let cur = step_index.get();
                            s.into_iter().enumerate().map(|(i, st)| view! {
                                <StepItem
                                    number=i + 1
                                    title=Signal::derive(move || tr(lang.get(), step_key(st)))
                                    current=i == cur
                                    done=i < cur
                                    on_go=move || go(i as isize - cur as isize)
                                />
                            }).collect_view()
                        }}
                    </ol>
                </nav>
                <form class="stack" on:submit=|ev| ev.prevent_default() novalidate>
                    <h2 id="letter-step-title" tabindex="-1">{move || tr(lang.get(), step_key(current.get()))}</h2>
                    {step_view}
                    <div class="button-row">
                        <button type="button" id="letter-back" class="button" on:click=move |_| go(-1)
                            disabled=move || step_index.get() == 0>{t("letters-back")}</button>
                        <button type="button" id="letter-next" class="button primary" on:click=move |_| go(1)
                            disabled=move || current.get() == Step::Finish>{t("letters-next")}</button>
                    </div>
                </form>
            </div>
            <section class="letter-preview" aria-labelledby="letter-preview-title">
                <h2 id="letter-preview-title">{t("letters-preview")}</h2>
                {move || {
                    let l = lang.get();
                    match composed.get() {
                        Ok(c) => {
                            let cited: Vec<_> = c.rules.iter().map(|u| view! {
                                <li>{u.citation.reference.clone()}" · "{with_texts(l, |t| t.confidence(u.citation.confidence))}</li>
                            }).collect();
                            view! {
                                <pre id="letter-preview" lang="da" class="letter-text">{text::render(&c.letter)}</pre>
                                <h3>{tr(l, "letters-rules-used")}</h3>
                                <ul id="letter-rules">{cited}</ul>
                            }.into_any()
                        }
                        Err(AnswersError::Missing(m)) => view! {
                            <p id="letter-missing">{tr(l, "letters-missing")}</p>
                            <ul>{m.into_iter().map(|f| view! { <li>{tr(l, &field_key(f))}</li> }).collect_view()}</ul>
                        }.into_any(),
                        Err(e) => view! { <p class="error">{e.to_string()}</p> }.into_any(),
                    }
                }}
            </section>
        </div>
        <section aria-labelledby="free-help-title" class="free-help">
            <h2 id="free-help-title">{t("letters-help-title")}</h2>
            <p>{t("letters-help-body")}</p>
        </section>
    }
}

/// The points the user disagrees with, each with its own questions. The
/// questions follow the topic (`Topic::asks`): "Rådighed" asks about no meeting.
/// A complaint to the Ombudsman asks only for the account and the documents.
#[component]
fn Points(lang: ReadSignal<Lang>, draft: RwSignal<Draft>, kind: Memo<LetterKind>, benefit: Memo<Option<Benefit>>) -> impl IntoView {
    let count = Memo::new(move |_| draft.with(|d| d.points.len()));
    let ombudsmand = Memo::new(move |_| kind.get() == LetterKind::Ombudsmand);
    let point = move |i: usize| {
        let asks = Memo::new(move |_| draft.with(|d| d.points.get(i).map(topic_of).unwrap_or_default()).asks(benefit.get()));
        let field = move |name: &'static str, label: &'static str, get: fn(&PointDraft) -> String, set: fn(&mut PointDraft, String)| {
            let id = format!("point-{i}-{name}");
            view! {
                <div class="field">
                    <label for=id.clone()>{move || tr(lang.get(), label)}</label>
                    <input id=id type="text" autocomplete="off"
                        prop:value=move || draft.with(|d| d.points.get(i).map(get).unwrap_or_default())
                        on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| if let Some(p) = d.points.get_mut(i) { set(p, v) }); } />
                </div>
            }
        };
        let select = move |name: &'static str, label: &'static str, options: &'static [&'static str], get: fn(&PointDraft) -> String, set: fn(&mut PointDraft, String)| {
            let id = format!("point-{i}-{name}");
            view! {
                <div class="field">
                    <label for=id.clone()>{move || tr(lang.get(), label)}</label>
                    <select id=id on:change=move |ev| { let v = event_target_value(&ev); draft.update(|d| if let Some(p) = d.points.get_mut(i) { set(p, v) }); }>
                        {options.iter().map(|o| {
                            let o = *o;
                            view! { <option value=o selected=move || draft.with(|d| d.points.get(i).map(get).unwrap_or_default() == o)>{move || with_texts(lang.get(), |t| t.letters_option(name, o))}</option> }
                        }).collect_view()}
                    </select>
                </div>
            }
        };
        let account_id = format!("point-{i}-account");
        let docs_id = format!("point-{i}-documents");
        view! {
            <fieldset class="point">
                <legend>{move || with_texts(lang.get(), |t| t.get_args("letters-point-legend", &[("n", (i + 1).into())]))}</legend>
                {move || (!ombudsmand.get()).then(|| view! {
                    {select("topic", "letters-topic", topics_for(benefit.get()), |p| p.topic.clone(), |p, v| p.topic = v)}
                    {field("event-date", "letters-event-date", |p| p.event_date.clone(), |p, v| p.event_date = v)}
                })}
                <div class="field">
                    <label for=account_id.clone()>{move || tr(lang.get(), "letters-account")}</label>
                    <p class="hint" id=format!("{account_id}-hint")>{move || tr(lang.get(), "letters-account-hint")}</p>
                    <textarea id=account_id.clone() rows="5" aria-describedby=format!("{account_id}-hint")
                        prop:value=move || draft.with(|d| d.points.get(i).map(|p| p.account.clone()).unwrap_or_default())
                        on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| if let Some(p) = d.points.get_mut(i) { p.account = v }); }></textarea>
                </div>
                {move || (asks.get().reason && !ombudsmand.get()).then(|| select("reason", "letters-reason", &["", "illness", "childcare", "transport", "caring-for-relative", "other"], |p| p.reason.clone(), |p, v| p.reason = v))}
                <div class="field">
                    <label for=docs_id.clone()>{move || tr(lang.get(), "letters-documents")}</label>
                    <p class="hint" id=format!("{docs_id}-hint")>{move || tr(lang.get(), "letters-documents-hint")}</p>
                    <textarea id=docs_id.clone() rows="3" aria-describedby=format!("{docs_id}-hint")
                        prop:value=move || draft.with(|d| d.points.get(i).map(|p| p.documents.clone()).unwrap_or_default())
                        on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| if let Some(p) = d.points.get_mut(i) { p.documents = v }); }></textarea>
                </div>
                {move || (asks.get().contact && !ombudsmand.get()).then(|| select("contact", "letters-contact", &["", "yes", "no"], |p| p.contact_attempted.clone(), |p, v| p.contact_attempted = v))}
                {move || (asks.get().guidance && !ombudsmand.get()).then(|| select("guidance", "letters-guidance", &["", "yes", "no"], |p| p.written_guidance.clone(), |p, v| p.written_guidance = v))}
                {(i > 0).then(|| view! {
                    <button type="button" class="button" on:click=move |_| draft.update(|d| { if i < d.points.len() { d.points.remove(i); } })>
                        {move || tr(lang.get(), "letters-remove-point")}
                    </button>
                })}
            </fieldset>
        }
    };
    view! {
        <p class="hint">{move || tr(lang.get(), "letters-points-hint")}</p>
        {move || (0..count.get()).map(point).collect_view()}
        <button type="button" id="letter-add-point" class="button" on:click=move |_| draft.update(|d| d.points.push(PointDraft::default()))>
            {move || tr(lang.get(), "letters-add-point")}
        </button>
    }
}
