//! Alerts (DKFDS "alert"): a coloured box with a heading for warnings,
//! errors and information the person must not miss.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlertKind {
    Warning,
    Error,
}

impl AlertKind {
    fn class(self) -> &'static str {
        match self {
            AlertKind::Warning => "warnings alert alert-warning",
            AlertKind::Error => "alert alert-error",
        }
    }
}

/// An alert section. `heading_id` labels the section for screen readers.
#[component]
pub fn Alert(
    kind: AlertKind,
    /// The heading (class `alert-heading`), if any.
    #[prop(optional, into)]
    heading: Option<Signal<String>>,
    /// The heading's level: 3 (default) or 2.
    #[prop(optional)]
    level: Option<u8>,
    #[prop(optional, into)] heading_id: Option<String>,
    #[prop(optional, into)] id: Option<String>,
    /// `alert` for errors that appear while the person works, else none.
    #[prop(optional)]
    role: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let labelled = heading.and(heading_id.clone());
    view! {
        <section class=kind.class() id=id role=role aria-labelledby=labelled>
            <div class="alert-body">
                {heading.map(|h| match level {
                    Some(2) => view! { <h2 class="alert-heading" id=heading_id>{move || h.get()}</h2> }.into_any(),
                    _ => view! { <h3 class="alert-heading" id=heading_id>{move || h.get()}</h3> }.into_any(),
                })}
                <div class="alert-text">{children()}</div>
            </div>
        </section>
    }
}
