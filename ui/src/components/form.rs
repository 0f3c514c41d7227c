//! Form fields (DKFDS "form-group"): a label, an optional hint, an error text
//! when the value is wrong, and the page's own control.
//!
//! The control itself stays in the page (it knows its value and events); the
//! control should carry `aria-describedby` naming the hint and error ids and
//! the DKFDS class `form-input` or `form-select`.

use leptos::prelude::*;

/// One labelled field. `for_id` is the control's id; `hint_id` and `error_id`
/// are the ids the control's `aria-describedby` names.
#[component]
pub fn Field(
    /// The id of the control inside (the label's `for`).
    #[prop(into)]
    for_id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// A hint under the label.
    #[prop(optional_no_strip, into)]
    hint: Option<Signal<String>>,
    /// The hint's id (for `aria-describedby`); `<for_id>-hint` if not given.
    #[prop(optional, into)]
    hint_id: Option<String>,
    /// The error text, when the value is wrong.
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
    /// The error text's id; `<for_id>-error` if not given.
    #[prop(optional, into)]
    error_id: Option<String>,
    /// Keep the error paragraph in the page even while it is empty (so the
    /// control's `aria-describedby` always names an element).
    #[prop(optional)]
    error_slot: bool,
    /// Shows "(skal udfyldes)"-style marking: the given text after the label.
    #[prop(optional_no_strip, into)]
    required: Option<Signal<String>>,
    /// Extra classes for the group (kept from the page's own markup).
    #[prop(optional, into)]
    class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let hint_id = hint_id.unwrap_or_else(|| format!("{for_id}-hint"));
    let error_id = error_id.unwrap_or_else(|| format!("{for_id}-error"));
    let has_error = move || error.is_some_and(|e| e.with(Option::is_some));
    let group_class = format!("field form-group {}", class.unwrap_or(""));
    view! {
        <div class=group_class.trim_end().to_string() class:has-error=has_error class:form-error=has_error>
            <label class="form-label" for=for_id>
                {move || label.get()}
                {required.map(|r| view! { " " <span class="required-mark form-required">{move || r.get()}</span> })}
            </label>
            {hint.map(|h| view! { <p id=hint_id class="hint form-hint">{move || h.get()}</p> })}
            {if error_slot {
                let text = move || error.and_then(|e| e.get());
                view! { <p id=error_id class="field-error form-error-message">{text}</p> }.into_any()
            } else {
                (move || {
                    error.and_then(|e| e.get()).map(|e| {
                        view! { <p id=error_id.clone() class="field-error form-error-message">{e}</p> }
                    })
                })
                .into_any()
            }}
            {children()}
        </div>
    }
}

/// A group of radio buttons (or checkboxes) under one question: a fieldset
/// whose legend is the question.
#[component]
pub fn RadioGroup(
    #[prop(into)] legend: Signal<String>,
    /// An optional hint under the question.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// Extra classes (kept from the page's own markup).
    #[prop(optional, into)]
    class: Option<&'static str>,
    /// An attribute the tests find the question by (`data-check`).
    #[prop(optional, into)]
    data_check: Option<String>,
    children: Children,
) -> impl IntoView {
    let group_class = format!("field form-group {}", class.unwrap_or(""));
    view! {
        <fieldset class=group_class.trim_end().to_string() data-check=data_check>
            <legend class="form-label">{move || legend.get()}</legend>
            {hint.map(|h| view! { <p class="hint form-hint">{move || h.get()}</p> })}
            {children()}
        </fieldset>
    }
}

/// One radio button with its label (DKFDS "form-group-radio"). The page
/// passes the checked state and what choosing it does.
#[component]
pub fn Radio(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(optional, into)] value: Option<String>,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] checked: Signal<bool>,
    on_choose: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <div class="radio form-group-radio">
            <input
                type="radio"
                class="form-radio"
                name=name
                id=id.clone()
                value=value
                prop:checked=move || checked.get()
                on:change=move |_| on_choose()
            />
            <label class="form-label" for=id>{move || label.get()}</label>
        </div>
    }
}

/// One checkbox with its label (DKFDS "form-group-checkbox").
#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] checked: Signal<bool>,
    on_change: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <div class="checkbox form-group-checkbox">
            <input
                type="checkbox"
                class="form-checkbox"
                id=id.clone()
                prop:checked=move || checked.get()
                on:change=move |ev| on_change(event_target_checked(&ev))
            />
            <label class="form-label" for=id>{move || label.get()}</label>
        </div>
    }
}
