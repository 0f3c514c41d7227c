//! The result: today vs the job, the warnings, saving to a case, printing.

use super::*;

pub(super) fn money(lang: Lang, yearly: Decimal, monthly: bool) -> String {
    let v = if monthly { yearly / Decimal::from(12) } else { yearly };
    let n = da(Decimal::from(kr(v)));
    with_texts(lang, |t| t.get_args(if monthly { "gain-kr-month" } else { "gain-kr-year" }, &[("amount", n.into())]))
}

#[component]
pub(super) fn Results(
    lang: ReadSignal<Lang>,
    form: RwSignal<Form>,
    parsed: Memo<Result<Scenario, Vec<Problem>>>,
    evaluation: Memo<Option<Evaluation>>,
    go: impl Fn(usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let monthly = Memo::new(move |_| form.with(|f| f.monthly));
    let monthly = move || monthly.get();
    let case_title = Memo::new(move |_| form.with(|f| f.case_title.clone()));
    // With an adviser's corrections in force: the gain under the rules without them, beside it.
    let baseline = Memo::new(move |_| {
        let e = evaluation.get()?;
        if e.overridden().is_empty() {
            return None;
        }
        let s = parsed.get().ok()?;
        evaluate(crate::features::baseline_rules(), &s).gain_monthly
    });
    // Read once when the result is shown, not at every recalculation.
    let sweep_1001 = crate::perf::asked("sweep1001");
    let sweep_data = Memo::new(move |_| {
        let r = form.with(|f| f.rules());
        let s = parsed.get().ok()?;
        let chart = crate::perf::measure("gain-sweep", || ret_og_frist_core::gain::chart_sweep(&r, &s)).ok();
        // Issue 16's goal is stated for 1,001 points: a benchmark may ask for
        // such a sweep over the chart's range (never in normal use). After the
        // chart's own sweep, so that measure is not run on warmed-up code.
        if sweep_1001 {
            if let Ok((hours, _)) = ret_og_frist_core::gain::chart_range(&r, s.date) {
                let _ = crate::perf::measure("gain-sweep-1001", || ret_og_frist_core::gain::sweep(&r, &s, hours, 1000));
            }
        }
        chart
    });
    view! {
        {move || parsed.get().err().map(|problems| view! {
            <div class="warnings" role="alert" id="gain-problems">
                <h3>{move || tr(lang.get(), "gain-problems-title")}</h3>
                <ul>
                    {problems.into_iter().map(|(field, key)| {
                        let step = field_step(field);
                        view! { <li>
                            <button type="button" class="link-button" on:click=move |_| go(step)>
                                {move || tr(lang.get(), field)}": "{move || tr(lang.get(), key)}
                            </button>
                        </li> }
                    }).collect_view()}
                </ul>
            </div>
        })}
        <fieldset class="field">
            <legend>{move || tr(lang.get(), "gain-period")}</legend>
            <div class="radio">
                <input type="radio" id="gain-period-month" name="gain-period" prop:checked=monthly on:change=move |_| form.update(|f| f.monthly = true) />
                <label for="gain-period-month">{move || tr(lang.get(), "gain-period-month")}</label>
            </div>
            <div class="radio">
                <input type="radio" id="gain-period-year" name="gain-period" prop:checked=move || !monthly() on:change=move |_| form.update(|f| f.monthly = false) />
                <label for="gain-period-year">{move || tr(lang.get(), "gain-period-year")}</label>
            </div>
        </fieldset>
        {move || {
            let title = case_title.get();
            (!title.is_empty()).then(|| view! {
                <p class="notice" id="gain-case">
                    {with_texts(lang.get(), |t| t.get_args("gain-from-case", &[("title", title.clone().into())]))}
                    " "
                    <button type="button" class="link-button" id="gain-case-forget" on:click=move |_| form.update(|f| {
                        f.case_title.clear();
                        f.case_overrides.clear();
                    })>{move || tr(lang.get(), "gain-case-forget")}</button>
                </p>
            })
        }}
        <section class="result" aria-live="polite" aria-labelledby="gain-result-title" id="gain-result">
            <h3 id="gain-result-title">{move || tr(lang.get(), "gain-result-title")}</h3>
            {move || evaluation.get().map(|e| summary(lang.get(), &e, monthly()))}
            {move || baseline.get().map(|g| view! {
                <p id="gain-baseline" data-gain-monthly=kr(g).to_string()>
                    {with_texts(lang.get(), |t| t.get_args("gain-baseline", &[("amount", money(lang.get(), g * Decimal::from(12), monthly()).into())]))}
                </p>
            })}
        </section>
        {move || evaluation.get().map(|e| warnings(lang.get(), &e))}
        {move || evaluation.get().map(|e| {
            let l = lang.get();
            let m = monthly();
            let changed: Vec<String> = e.overridden().into_iter().map(|r| r.path.clone()).collect();
            view! {
                <section aria-labelledby="gain-tree-title">
                    <h3 id="gain-tree-title">{tr(l, "gain-tree-title")}</h3>
                    <p class="hint">{tr(l, "gain-tree-hint")}</p>
                    <div class="sides">
                        {e.benefit.as_ref().map(|s| view! {
                            <div class="side" id="gain-tree-benefit"><h4>{tr(l, "gain-today")}</h4><ul class="tree">{tree_view(&s.tree, l, m, 0, &changed)}</ul></div>
                        })}
                        {e.work.as_ref().map(|s| view! {
                            <div class="side" id="gain-tree-work"><h4>{tr(l, "gain-with-job")}</h4><ul class="tree">{tree_view(&s.tree, l, m, 0, &changed)}</ul></div>
                        })}
                    </div>
                </section>
            }
        })}
        {move || sweep_data.get().map(|sw| chart(lang.get(), &sw, parsed.get().ok().map(|s| s.job.hours_per_week)))}
        <div class="button-row">
            <button type="button" class="button" id="gain-edit" on:click=move |_| go(0)>{move || tr(lang.get(), "gain-edit")}</button>
            <button type="button" class="button" id="gain-print" on:click=|_| print_all()>{move || tr(lang.get(), "gain-print")}</button>
        </div>
        <SaveToCase lang=lang parsed=parsed />
        <p class="not-advice">{move || tr(lang.get(), "gain-not-advice")}</p>
    }
}

/// Keep this household in one of the person's cases (recomputed when shown there).
#[component]
pub(super) fn SaveToCase(lang: ReadSignal<Lang>, parsed: Memo<Result<Scenario, Vec<Problem>>>) -> impl IntoView {
    use crate::casestore;
    use ret_og_frist_cases::{Case, SavedScenario};
    let cases = RwSignal::new(Vec::<Case>::new());
    leptos::task::spawn_local(async move {
        if let Ok(list) = casestore::list().await {
            cases.set(list);
        }
    });
    let chosen = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let save = move |_| {
        let l = lang.get_untracked();
        let Ok(scenario) = parsed.get_untracked() else { return };
        let id = chosen.get_untracked();
        let Some(mut case) = cases.get_untracked().into_iter().find(|c| c.id == id).or_else(|| cases.get_untracked().into_iter().next())
        else {
            return;
        };
        let name = match title.get_untracked().trim() {
            "" => with_texts(l, |t| t.get_args("gain-save-default-title", &[
                ("hours", da(scenario.job.hours_per_week).into()),
                ("n", scenario.job.hours_per_week.to_string().parse::<f64>().unwrap_or_default().into()),
                ("wage", da(scenario.job.wage_month().round_dp(0)).into()),
            ])),
            t => t.to_string(),
        };
        case.scenarios.push(SavedScenario { id: casestore::new_id(), title: name, saved: crate::features::today().unwrap_or_default(), scenario });
        leptos::task::spawn_local(async move {
            let case_title = case.title.clone();
            match casestore::save(case).await {
                Ok(saved) => {
                    cases.update(|all| {
                        if let Some(c) = all.iter_mut().find(|c| c.id == saved.id) {
                            *c = saved;
                        }
                    });
                    status.set(with_texts(l, |t| t.get_args("gain-saved", &[("title", case_title.into())])));
                }
                Err(e) => status.set(with_texts(l, |t| t.get_args("gain-save-failed", &[("why", e.into())]))),
            }
        });
    };
    view! {
        <section aria-labelledby="gain-save-title" id="gain-save">
            <h3 id="gain-save-title">{move || tr(lang.get(), "gain-save-title")}</h3>
            {move || if cases.with(|c| c.is_empty()) {
                view! { <p>{tr(lang.get(), "gain-save-no-cases")}" "<a href="#sager">{tr(lang.get(), "nav-sager")}</a></p> }.into_any()
            } else {
                view! {
                    <div class="field">
                        <label for="gain-save-case">{tr(lang.get(), "gain-save-case")}</label>
                        <select id="gain-save-case" on:change=move |ev| chosen.set(event_target_value(&ev))>
                            {cases.get().into_iter().map(|c| view! { <option value=c.id.clone()>{c.title.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="gain-save-name">{tr(lang.get(), "gain-save-name")}</label>
                        <input id="gain-save-name" type="text" autocomplete="off" prop:value=move || title.get()
                            on:input=move |ev| title.set(event_target_value(&ev)) />
                    </div>
                    <button type="button" class="button" id="gain-save-button" on:click=save>{tr(lang.get(), "gain-save-button")}</button>
                }.into_any()
            }}
            <p role="status" id="gain-save-status">{move || status.get()}</p>
        </section>
    }
}

/// Print the result with every part of the explanation opened, for the person
/// to take along (an adviser's hand-out).
pub(super) fn print_all() {
    use leptos::wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else { return };
    if let Some(doc) = w.document() {
        if let Ok(list) = doc.query_selector_all("#main details") {
            for i in 0..list.length() {
                if let Some(d) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    let _ = d.set_attribute("open", "");
                }
            }
        }
    }
    let _ = w.print();
}

pub(super) fn summary(lang: Lang, e: &Evaluation, monthly: bool) -> AnyView {
    let (Some(b), Some(w), Some(g)) = (&e.benefit, &e.work, e.gain_monthly) else {
        return view! { <p id="gain-summary-cannot">{tr(lang, "gain-result-cannot")}</p> }.into_any();
    };
    let gain_year = g * Decimal::from(12);
    let per_hour = e.gain_per_hour.map(|h| with_texts(lang, |t| t.get_args("gain-per-hour", &[("amount", da(h.round_dp(0)).into())])));
    view! {
        <p class="deadline" id="gain-gain" data-gain-monthly=kr(g).to_string()>{with_texts(lang, |t| t.get_args(
            if g >= Decimal::ZERO { "gain-gain-positive" } else { "gain-gain-negative" },
            &[("amount", money(lang, gain_year.abs(), monthly).into())],
        ))}</p>
        {per_hour.map(|p| view! { <p id="gain-per-hour">{p}</p> })}
        <table id="gain-summary">
            <caption>{tr(lang, "gain-summary-caption")}</caption>
            <thead><tr><td></td><th scope="col">{tr(lang, "gain-today")}</th><th scope="col">{tr(lang, "gain-with-job")}</th></tr></thead>
            <tbody>
                <tr><th scope="row">{tr(lang, "gain-wage")}</th><td>{money(lang, b.gross_wage, monthly)}</td><td>{money(lang, w.gross_wage, monthly)}</td></tr>
                <tr><th scope="row">{tr(lang, "gain-disposable")}</th><td data-side="benefit">{money(lang, b.disposable, monthly)}</td><td data-side="work">{money(lang, w.disposable, monthly)}</td></tr>
            </tbody>
        </table>
    }
    .into_any()
}

pub(super) fn warnings(lang: Lang, e: &Evaluation) -> AnyView {
    let cannot: Vec<String> =
        with_texts(lang, |t| e.cannot_compute.iter().map(|c| t.cannot_compute(&c.what, &crate::features::rule_label(t, &c.path), c.date, c.reason)).collect());
    let uncertain: Vec<(String, String)> = e
        .uncertain_rates()
        .into_iter()
        .map(|r| (r.path.clone(), with_texts(lang, |t| t.confidence(r.confidence))))
        .collect();
    let overridden: Vec<String> = e.overridden().into_iter().map(|r| r.path.clone()).collect();
    // Rates for a year that is not published yet are estimates: say which, and how.
    let estimated = e.estimated();
    let estimated_year = estimated.iter().map(|x| x.year).max();
    let estimated: Vec<String> = with_texts(lang, |t| {
        estimated.iter().map(|x| t.estimated(&crate::features::rule_label(t, &x.path), x)).collect()
    });
    // Parts that may apply but are not in the totals (an amount the law does
    // not confirm, or a supplement given where it does not apply).
    let not_included: Vec<String> = with_texts(lang, |t| e.not_included.iter().map(|n| t.not_included(rules(), n)).collect());
    view! {
        {(!not_included.is_empty()).then(|| view! {
            <div class="warnings" id="gain-not-included">
                <h3>{tr(lang, "gain-not-included-title")}</h3>
                <ul>{not_included.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            </div>
        })}
        {(!cannot.is_empty()).then(|| view! {
            <div class="warnings" id="gain-cannot">
                <h3>{tr(lang, "gain-cannot-title")}</h3>
                <ul>{cannot.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            </div>
        })}
        {estimated_year.map(|year| view! {
            <div class="warnings" id="gain-estimated" data-year=year>
                <h3>{with_texts(lang, |t| t.get_args("gain-estimated-title", &[("year", year.into())]))}</h3>
                <p>{with_texts(lang, |t| t.estimated_warning(year))}</p>
                <ul>{estimated.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
            </div>
        })}
        {(!overridden.is_empty()).then(|| view! {
            <div class="warnings" id="gain-overridden">
                <h3>{tr(lang, "gain-overridden-title")}</h3>
                <ul>{overridden.into_iter().map(|p| {
                    let name = with_texts(lang, |t| crate::features::rule_label(t, &p));
                    view! { <li><a href=format!("#regler/{p}")>{name}</a></li> }
                }).collect_view()}</ul>
            </div>
        })}
        {(!uncertain.is_empty()).then(|| {
            let n = uncertain.len();
            view! {
                <details class="notice" id="gain-uncertain">
                    <summary>{with_texts(lang, |t| t.get_args("gain-uncertain", &[("count", n.into())]))}</summary>
                    <ul>{uncertain.into_iter().map(|(p, c)| view! {
                        <li><a href=format!("#regler/{p}")>{with_texts(lang, |t| crate::features::rule_label(t, &p))}</a>" — "{c}</li>
                    }).collect_view()}</ul>
                </details>
            }
        })}
    }
    .into_any()
}
