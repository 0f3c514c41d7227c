//! A section that opens and closes (DKFDS accordion look on `<details>` and
//! `<summary>`: the browser gives keyboard use and the open/closed state to
//! screen readers, and a closed section still finds text with the browser's
//! search). The heading stays a heading inside the summary.

use leptos::prelude::*;

/// One section of a long screen. `level` is the heading level (2 or 3).
#[component]
pub fn Accordion(
    #[prop(into)] title: Signal<String>,
    /// Open when first shown.
    #[prop(optional)]
    open: bool,
    /// Heading level of the title: 2 (default) or 3.
    #[prop(optional)]
    level: Option<u8>,
    /// The section's id.
    #[prop(optional, into)]
    id: Option<String>,
    /// Extra classes (kept from the page's own markup).
    #[prop(optional)]
    class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let heading = move || match level.unwrap_or(2) {
        3 => view! { <h3 class="accordion-title">{move || title.get()}</h3> }.into_any(),
        _ => view! { <h2 class="accordion-title">{move || title.get()}</h2> }.into_any(),
    };
    let class = format!("fds-accordion {}", class.unwrap_or(""));
    view! {
        <details class=class.trim_end().to_string() id=id open=open>
            <summary class="fds-accordion-button">{heading}</summary>
            <div class="fds-accordion-content">{children()}</div>
        </details>
    }
}
