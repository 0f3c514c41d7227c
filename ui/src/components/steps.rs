//! The step indicator of the wizards (DKFDS "step-indicator"): numbered
//! steps, the current one marked with `aria-current="step"`; each step is a
//! button that goes there. On a phone the titles of the other steps fold
//! away (assets/app.css) so the list stays one line.

use leptos::prelude::*;

/// One step. `number` counts from 1 (a signal: a step left out of this run,
/// `hidden`, must not leave a gap in the numbers after it).
#[component]
pub fn Step(
    #[prop(into)] number: Signal<usize>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] current: Signal<bool>,
    /// Already passed.
    #[prop(optional, into)]
    done: Signal<bool>,
    /// Not part of this run (for example the partner's step for a single person).
    #[prop(optional, into)]
    hidden: Signal<bool>,
    /// The button's id.
    #[prop(optional, into)]
    id: Option<String>,
    on_go: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <li
            class:current=move || current.get()
            class:done=move || done.get()
            aria-current=move || current.get().then_some("step")
            hidden=move || hidden.get()
        >
            <button type="button" class="step" id=id on:click=move |_| on_go()>
                <span class="step-number" aria-hidden="true"><span>{move || number.get()}</span></span>
                <span class="step-text"><span class="step-title">{move || title.get()}</span></span>
            </button>
        </li>
    }
}
