//! The questionnaire pages and their fields.

use super::*;

/// A labelled text field bound to one form string, with its error beside it.
/// `required` marks the field in words and for assistive technology;
/// `example` is a Fluent id for the placeholder (an example, never a value
/// the person has to delete first).
#[component]
pub(super) fn Num(
    lang: ReadSignal<Lang>,
    form: RwSignal<Form>,
    id: &'static str,
    hint: Option<&'static str>,
    get: fn(&Form) -> String,
    set: fn(&mut Form, String),
    error: Signal<Option<String>>,
    #[prop(optional)] required: bool,
    #[prop(optional)] example: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    let described = if hint.is_some() { format!("{hint_id} {err_id}") } else { err_id.clone() };
    let mark = required.then(|| Signal::derive(move || tr(lang.get(), "field-required")));
    view! {
        <Field
            for_id=id
            label=Signal::derive(move || tr(lang.get(), id))
            hint=hint.map(|h| Signal::derive(move || tr(lang.get(), h)))
            hint_id=hint_id
            error=error
            error_id=err_id
            error_slot=true
            required=mark
        >
            <input
                id=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                class="short form-input"
                required=required
                aria-required=required.then_some("true")
                placeholder=move || example.map(|e| tr(lang.get(), e))
                aria-describedby=described
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || form.with(get)
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    form.update(|f| set(f, v));
                }
            />
        </Field>
    }
}

/// A labelled checkbox bound to one form flag.
#[component]
pub(super) fn Check(lang: ReadSignal<Lang>, form: RwSignal<Form>, id: &'static str, get: fn(&Form) -> bool, set: fn(&mut Form, bool)) -> impl IntoView {
    view! {
        <Checkbox
            id=id
            label=Signal::derive(move || tr(lang.get(), id))
            checked=Signal::derive(move || form.with(get))
            on_change=move |v| form.update(|f| set(f, v))
        />
    }
}

/// A labelled choice bound to one form string.
#[component]
pub(super) fn Choice(
    lang: ReadSignal<Lang>,
    form: RwSignal<Form>,
    id: &'static str,
    options: Vec<(&'static str, String)>,
    get: fn(&Form) -> String,
    set: fn(&mut Form, String),
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{move || tr(lang.get(), id)}</label>
            <select id=id on:change=move |ev| { let v = event_target_value(&ev); form.update(|f| set(f, v)); }>
                {options.into_iter().map(|(value, label_key)| view! {
                    <option value=value selected=move || form.with(|f| get(f) == value)>
                        {let k = label_key.clone(); move || if k.starts_with("gain-") { tr(lang.get(), &k) } else { k.clone() }}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

macro_rules! err {
    ($error_of:expr, $id:literal) => {
        Signal::derive({
            let e = $error_of($id);
            move || e()
        })
    };
}

#[component]
pub(super) fn YouPage<E, F>(lang: ReadSignal<Lang>, form: RwSignal<Form>, error_of: E) -> impl IntoView
where
    E: Fn(&'static str) -> F + Copy + Send + Sync + 'static,
    F: Fn() -> Option<String> + Send + Sync + 'static,
{
    // The senior deduction needs the birth date only in the last years before
    // folkepensionsalder; asked from 60 so it is there before it can matter.
    let senior_age = Memo::new(move |_| form.with(|f| number(&f.age).is_some_and(|a| a >= Decimal::from(60))));
    let kommuner: Vec<(&'static str, String)> =
        rules().kommuner.iter().map(|k| (Box::leak(k.name.clone().into_boxed_str()) as &'static str, k.name.clone())).collect();
    view! {
        <Num lang=lang form=form id="gain-age" hint=None required=true get=|f| f.age.clone() set=|f, v| f.age = v error=err!(error_of, "gain-age") />
        <Choice lang=lang form=form id="gain-municipality" options=kommuner get=|f| f.municipality.clone() set=|f, v| f.municipality = v />
        <p class="field-error">{move || error_of("gain-municipality")()}</p>
        <Choice lang=lang form=form id="gain-year"
            options=year_options()
            get=|f| f.year.clone() set=|f, v| f.year = v />
        {move || senior_age.get().then(|| view! {
            <Num lang=lang form=form id="gain-birth-year" hint=Some("gain-birth-hint") get=|f| f.birth_year.clone() set=|f, v| f.birth_year = v error=err!(error_of, "gain-birth-year") />
            <Num lang=lang form=form id="gain-birth-month" hint=None get=|f| f.birth_month.clone() set=|f, v| f.birth_month = v error=err!(error_of, "gain-birth-month") />
        })}
        <Num lang=lang form=form id="gain-capital-income" hint=Some("gain-capital-income-hint") get=|f| f.capital_income.clone() set=|f, v| f.capital_income = v error=err!(error_of, "gain-capital-income") />
        <Check lang=lang form=form id="gain-church" get=|f| f.church set=|f, v| f.church = v />
        // Asked here, so a person who lives alone never sees the partner page.
        <Check lang=lang form=form id="gain-partner" get=|f| f.partner set=|f, v| f.partner = v />
    }
}

#[component]
pub(super) fn PartnerPage<E, F>(lang: ReadSignal<Lang>, form: RwSignal<Form>, error_of: E) -> impl IntoView
where
    E: Fn(&'static str) -> F + Copy + Send + Sync + 'static,
    F: Fn() -> Option<String> + Send + Sync + 'static,
{
    // Narrow memos: only these answers change which fields exist (see GainPage).
    let partner = Memo::new(move |_| form.with(|f| f.partner));
    let partner_kh = Memo::new(move |_| form.with(|f| f.partner_benefit == "kontanthjaelp"));
    view! {
        {move || partner.get().then(|| view! {
            <Check lang=lang form=form id="gain-married" get=|f| f.married set=|f, v| f.married = v />
            <Num lang=lang form=form id="gain-partner-age" hint=None required=true get=|f| f.partner_age.clone() set=|f, v| f.partner_age = v error=err!(error_of, "gain-partner-age") />
            <Num lang=lang form=form id="gain-partner-hours" hint=Some("gain-partner-hours-hint") get=|f| f.partner_hours.clone() set=|f, v| f.partner_hours = v error=err!(error_of, "gain-partner-hours") />
            <Num lang=lang form=form id="gain-partner-wage" hint=None get=|f| f.partner_wage.clone() set=|f, v| f.partner_wage = v error=err!(error_of, "gain-partner-wage") />
            <Choice lang=lang form=form id="gain-partner-benefit"
                options=vec![("none", "gain-benefit-none".into()), ("kontanthjaelp", "gain-benefit-kontanthjaelp".into()), ("dagpenge", "gain-benefit-dagpenge".into())]
                get=|f| f.partner_benefit.clone() set=|f, v| f.partner_benefit = v />
            <Num lang=lang form=form id="gain-partner-capital-income" hint=Some("gain-capital-income-hint") get=|f| f.partner_capital_income.clone() set=|f, v| f.partner_capital_income = v error=err!(error_of, "gain-partner-capital-income") />
            {move || partner_kh.get().then(|| view! {
                <Num lang=lang form=form id="gain-partner-kh-amount" hint=Some("gain-kh-amount-hint") get=|f| f.partner_kh_amount.clone() set=|f, v| f.partner_kh_amount = v error=err!(error_of, "gain-partner-kh-amount") />
            })}
        })}
    }
}

#[component]
pub(super) fn ChildrenPage<E, F>(lang: ReadSignal<Lang>, form: RwSignal<Form>, error_of: E) -> impl IntoView
where
    E: Fn(&'static str) -> F + Copy + Send + Sync + 'static,
    F: Fn() -> Option<String> + Send + Sync + 'static,
{
    view! {
        <Num lang=lang form=form id="gain-children" hint=Some("gain-children-hint") get=|f| f.children.clone() set=|f, v| f.children = v error=err!(error_of, "gain-children") />
        <Num lang=lang form=form id="gain-childcare-price" hint=Some("gain-childcare-hint") get=|f| f.childcare.clone() set=|f, v| f.childcare = v error=err!(error_of, "gain-childcare-price") />
    }
}

#[component]
pub(super) fn HousingPage<E, F>(lang: ReadSignal<Lang>, form: RwSignal<Form>, error_of: E) -> impl IntoView
where
    E: Fn(&'static str) -> F + Copy + Send + Sync + 'static,
    F: Fn() -> Option<String> + Send + Sync + 'static,
{
    let renting = Memo::new(move |_| form.with(|f| f.renting));
    view! {
        <Check lang=lang form=form id="gain-renting" get=|f| f.renting set=|f, v| f.renting = v />
        {move || renting.get().then(|| view! {
            <Num lang=lang form=form id="gain-rent" hint=Some("gain-rent-hint") required=true get=|f| f.rent.clone() set=|f, v| f.rent = v error=err!(error_of, "gain-rent") />
            <Num lang=lang form=form id="gain-area" hint=Some("gain-area-hint") required=true get=|f| f.area.clone() set=|f, v| f.area = v error=err!(error_of, "gain-area") />
            <Check lang=lang form=form id="gain-heating-separate" get=|f| f.heating_separate set=|f, v| f.heating_separate = v />
            <Check lang=lang form=form id="gain-hot-water-included" get=|f| f.hot_water_included set=|f, v| f.hot_water_included = v />
            <Check lang=lang form=form id="gain-electricity-included" get=|f| f.electricity_included set=|f, v| f.electricity_included = v />
            <Num lang=lang form=form id="gain-wealth" hint=Some("gain-wealth-hint") get=|f| f.wealth.clone() set=|f, v| f.wealth = v error=err!(error_of, "gain-wealth") />
        })}
    }
}

#[component]
pub(super) fn BenefitPage<E, F>(lang: ReadSignal<Lang>, form: RwSignal<Form>, error_of: E) -> impl IntoView
where
    E: Fn(&'static str) -> F + Copy + Send + Sync + 'static,
    F: Fn() -> Option<String> + Send + Sync + 'static,
{
    let benefit = Memo::new(move |_| form.with(|f| f.benefit.clone()));
    // The tilpasningstillæg is for people under 30 only (asked only of them).
    let under_30 = Memo::new(move |_| form.with(|f| number(&f.age).is_some_and(|a| a < Decimal::from(30))));
    view! {
        <Choice lang=lang form=form id="gain-benefit"
            options=vec![
                ("kontanthjaelp", "gain-benefit-kontanthjaelp".into()),
                ("dagpenge", "gain-benefit-dagpenge".into()),
                ("sygedagpenge", "gain-benefit-sygedagpenge".into()),
                ("fleksjob", "gain-benefit-fleksjob".into()),
                ("none", "gain-benefit-none".into()),
            ]
            get=|f| f.benefit.clone() set=|f, v| f.benefit = v />
        {move || match benefit.get().as_str() {
            "kontanthjaelp" => view! {
                <Choice lang=lang form=form id="gain-kh-sats"
                    options=vec![
                        ("forhoejet", "gain-kh-sats-forhoejet".into()),
                        ("grundsats", "gain-kh-sats-grundsats".into()),
                        ("mindstesats", "gain-kh-sats-mindstesats".into()),
                        ("hjemmeboende", "gain-kh-sats-hjemmeboende".into()),
                    ]
                    get=|f| f.kh_sats.clone() set=|f, v| f.kh_sats = v />
                <Num lang=lang form=form id="gain-kh-amount" hint=Some("gain-kh-amount-hint") get=|f| f.kh_amount.clone() set=|f, v| f.kh_amount = v error=err!(error_of, "gain-kh-amount") />
                <Num lang=lang form=form id="gain-kh-months" hint=Some("gain-kh-months-hint") get=|f| f.kh_months.clone() set=|f, v| f.kh_months = v error=err!(error_of, "gain-kh-months") />
                {move || under_30.get().then(|| view! {
                    <Num lang=lang form=form id="gain-kh-tilpasning" hint=Some("gain-kh-tilpasning-hint") get=|f| f.kh_tilpasning.clone() set=|f, v| f.kh_tilpasning = v error=err!(error_of, "gain-kh-tilpasning") />
                })}
            }.into_any(),
            "dagpenge" => view! {
                <Num lang=lang form=form id="gain-dp-rate" hint=Some("gain-dp-rate-hint") get=|f| f.dp_rate.clone() set=|f, v| f.dp_rate = v error=err!(error_of, "gain-dp-rate") />
                <Num lang=lang form=form id="gain-dp-prev-wage" hint=Some("gain-dp-prev-wage-hint") get=|f| f.dp_prev_wage.clone() set=|f, v| f.dp_prev_wage = v error=err!(error_of, "gain-dp-prev-wage") />
                <Check lang=lang form=form id="gain-dp-beskaeftigelsestillaeg" get=|f| f.dp_beskaeftigelsestillaeg set=|f, v| f.dp_beskaeftigelsestillaeg = v />
                <p class="hint" id="gain-dp-beskaeftigelsestillaeg-hint">{move || tr(lang.get(), "gain-dp-beskaeftigelsestillaeg-hint")}</p>
            }.into_any(),
            "sygedagpenge" => view! {
                <Num lang=lang form=form id="gain-syg-wage" hint=None required=true get=|f| f.syg_wage.clone() set=|f, v| f.syg_wage = v error=err!(error_of, "gain-syg-wage") />
                <Num lang=lang form=form id="gain-syg-hours" hint=None required=true example="gain-hours-example" get=|f| f.syg_hours.clone() set=|f, v| f.syg_hours = v error=err!(error_of, "gain-syg-hours") />
            }.into_any(),
            "fleksjob" => view! { <p class="hint">{move || tr(lang.get(), "gain-fleksjob-hint")}</p> }.into_any(),
            _ => ().into_any(),
        }}
    }
}

#[component]
pub(super) fn JobPage<E, F>(lang: ReadSignal<Lang>, form: RwSignal<Form>, error_of: E) -> impl IntoView
where
    E: Fn(&'static str) -> F + Copy + Send + Sync + 'static,
    F: Fn() -> Option<String> + Send + Sync + 'static,
{
    view! {
        <Num lang=lang form=form id="gain-job-hours" hint=Some("gain-job-hours-hint") required=true example="gain-hours-example" get=|f| f.job_hours.clone() set=|f, v| f.job_hours = v error=err!(error_of, "gain-job-hours") />
        <Num lang=lang form=form id="gain-job-wage" hint=Some("gain-job-wage-hint") required=true get=|f| f.job_wage.clone() set=|f, v| f.job_wage = v error=err!(error_of, "gain-job-wage") />
        <Num lang=lang form=form id="gain-transport-cost" hint=None get=|f| f.transport.clone() set=|f, v| f.transport = v error=err!(error_of, "gain-transport-cost") />
    }
}

/// The years to choose: this year, next year (an estimate until its rates are
/// published, and the result says so) and the two years before.
pub(super) fn year_options() -> Vec<(&'static str, String)> {
    let this = crate::features::today().map(|d| d.year()).unwrap_or_default();
    [this, this + 1, this - 1, this - 2]
        .into_iter()
        .map(|y| (&*Box::leak(y.to_string().into_boxed_str()), y.to_string()))
        .collect()
}
