//! "Tjek afgørelsen": for advisers and citizens with a decision letter in hand.
//! Answer yes / no / don't know per question; "no" becomes a possible
//! procedural error with its §, ready to use in a complaint.

use super::{rules, Cite};
use crate::components::{Field, Radio, RadioGroup};
use crate::i18n::{tr, with_texts};
use crate::storage;
use leptos::prelude::*;
use ret_og_frist_core::guide::procedure::{checks_for, evaluate, Answer, Decision, Verdict};
use ret_og_frist_i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const DECISIONS: [&str; 4] = ["sanction", "stop", "refusal", "other"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
struct Form {
    decision: String,
    answers: BTreeMap<String, Answer>,
}

impl Default for Form {
    fn default() -> Self {
        Form { decision: "sanction".into(), answers: BTreeMap::new() }
    }
}

const FORM_KEY: &str = "check.form";

#[component]
pub fn CheckPage(lang: ReadSignal<Lang>) -> impl IntoView {
    let mut saved = storage::load_json::<Form>(FORM_KEY).unwrap_or_default();
    // From "Forstå dit brev": the decision and what the letter itself shows.
    if let Some(h) = crate::handoff::CheckHandoff::take() {
        saved = Form { decision: h.decision.id().into(), answers: h.answers };
    }
    let form = RwSignal::new(saved);
    Effect::new(move |_| form.with(|f| storage::save_json(FORM_KEY, f)));
    let t = move |id: &'static str| move || tr(lang.get(), id);
    // The questions depend on the kind of decision only: a narrow memo, so
    // answering one (arrow keys in a radio group) does not rebuild them all.
    let decision = Memo::new(move |_| form.with(|f| f.decision.clone()));

    view! {
        <h1>{t("check-title")}</h1>
        <p>{t("check-intro")}</p>
        <form class="stack" on:submit=|ev| ev.prevent_default() novalidate>
            <Field for_id="check-decision" label=Signal::derive(t("check-decision-label"))>
                <select
                    id="check-decision"
                    class="form-select"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        form.update(|f| f.decision = v);
                    }
                >
                    {DECISIONS
                        .into_iter()
                        .map(|d| {
                            view! {
                                <option value=d selected=move || form.with(|f| f.decision == d)>
                                    {move || with_texts(lang.get(), |t| t.decision(d))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </Field>
            {move || {
                let decision = decision.get();
                checks_for(&rules().guide.checks, Decision::from_id(&decision).unwrap_or_default(), None)
                    .into_iter()
                    .map(|c| {
                        let id = c.id.clone();
                        let q = c.id.clone();
                        view! {
                            <RadioGroup class="question" data_check=id.clone() legend=Signal::derive(move || with_texts(lang.get(), |t| t.check_question(&q)))>
                                {[(Answer::Yes, "answer-yes"), (Answer::No, "answer-no"), (Answer::Unknown, "answer-unknown")]
                                    .into_iter()
                                    .map(|(a, key)| {
                                        let input_id = format!("check-{}-{}", id, key.trim_start_matches("answer-"));
                                        let id_a = id.clone();
                                        let id_b = id.clone();
                                        view! {
                                            <Radio
                                                id=input_id
                                                name=format!("check-{id}")
                                                label=Signal::derive(move || tr(lang.get(), key))
                                                checked=Signal::derive(move || form.with(|f| f.answers.get(&id_a).copied().unwrap_or_default() == a))
                                                on_choose=move || form.update(|f| { f.answers.insert(id_b.clone(), a); })
                                            />
                                        }
                                    })
                                    .collect_view()}
                            </RadioGroup>
                        }
                    })
                    .collect_view()
            }}
        </form>
        {move || {
            let l = lang.get();
            let f = form.get();
            let findings = evaluate(&rules().guide.checks, Decision::from_id(&f.decision).unwrap_or_default(), None, &f.answers);
            with_texts(l, |t| {
                let errors: Vec<_> = findings
                    .iter()
                    .filter(|x| x.verdict == Verdict::PossibleError)
                    .map(|x| view! {
                        <li data-finding=x.check.id.clone()>
                            <p>{t.check_problem(&x.check.id)}</p>
                            <Cite lang=l citation=x.check.citation.clone() />
                        </li>
                    })
                    .collect();
                let error_ids: Vec<String> =
                    findings.iter().filter(|x| x.verdict == Verdict::PossibleError).map(|x| x.check.id.clone()).collect();
                let unknown = findings.iter().filter(|x| x.verdict == Verdict::FindOut).count();
                let summary = t.get_args(
                    "check-summary",
                    &[("errors", errors.len().into()), ("unknown", unknown.into())],
                );
                view! {
                    <section id="check-result" class="result" aria-live="polite" aria-labelledby="check-result-title">
                        <h2 id="check-result-title">{t.get("check-result-title")}</h2>
                        <p id="check-summary">{summary}</p>
                    </section>
                    <ul id="check-findings" class="findings">{errors}</ul>
                    {(!error_ids.is_empty()).then(|| {
                        let h = crate::handoff::LetterHandoff { kind: Some(ret_og_frist_letters::LetterKind::Klage), decision: Decision::from_id(&f.decision), procedural_errors: error_ids, ..Default::default() };
                        crate::handoff::letter_link(l, "check-write-letter".into(), h)
                    })}
                    <p>{t.get("check-find-out")}</p>
                    }
            })
        }}
    }
}
