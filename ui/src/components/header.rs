//! The page header in Det Fælles Designsystem's markup ("header": a solution
//! header with its menu button, the mobile drawer, the navigation menu),
//! styled by DKFDS's own partials compiled into app.css.
//!
//! DKFDS ships the drawer's behaviour as JavaScript; the app's content
//! security policy runs only its own code, so the same behaviour is here:
//! the button says whether the drawer is open (`aria-expanded`), opening
//! moves the focus to the drawer's close button, Tab stays inside the drawer
//! while it is open (it is a modal dialog), Escape, the close button, the
//! dimmed page behind it and a choice of screen close it, and closing puts
//! the focus back on the menu button.
//!
//! The list of screens is rendered once: in the drawer while the menu button
//! is shown (narrow screens), inline below the title otherwise. Which of the
//! two applies is read from the page (is the menu button displayed?), so the
//! breakpoint lives in the stylesheet only, as in DKFDS's own script.

use crate::i18n::tr;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use ret_og_frist_i18n::Lang;

/// One entry of the main menu: the screen's URL fragment and its label's text id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NavLink {
    pub hash: &'static str,
    pub label: &'static str,
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Move the focus to the element with this id, if it is on the page.
pub(crate) fn focus(id: &str) {
    if let Some(el) = element(id) {
        let _ = el.focus();
    }
}

/// True while the menu button is displayed, that is on narrow screens (CSS).
fn menu_button_shown() -> bool {
    element("menu-button").is_some_and(|b| b.offset_width() > 0)
}

/// The page's scroll stays put behind the open drawer (DKFDS's body class).
fn lock_page_scroll(locked: bool) {
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let classes = body.class_list();
        let _ = if locked { classes.add_1("mobile-nav-active") } else { classes.remove_1("mobile-nav-active") };
    }
}

/// The header: the app's name, the language choice, the menu button and
/// the main menu. `current` is the fragment of the screen in view.
#[component]
pub fn Header(
    lang: RwSignal<Lang>,
    links: Vec<NavLink>,
    #[prop(into)] current: Signal<&'static str>,
) -> impl IntoView {
    let t = move |id: &'static str| move || tr(lang.get(), id);
    let open = RwSignal::new(false);
    // Until the page is laid out, assume a phone: the drawer is closed, so
    // nothing shows that a wide screen would not want.
    let narrow = RwSignal::new(true);
    let measure = move || {
        let n = menu_button_shown();
        if narrow.get_untracked() != n {
            narrow.set(n);
        }
        // A window widened past the phone layout while the drawer was open.
        if !n && open.get_untracked() {
            open.set(false);
        }
    };
    // Measured once the first frame is painted: reading the button's width
    // earlier forces the browser to lay out the whole page while it starts
    // (122 ms on a phone at 4× CPU slowdown); after the paint it costs nothing.
    Effect::new(move |_| request_animation_frame(move || set_timeout(measure, std::time::Duration::ZERO)));
    let _ = window_event_listener(leptos::ev::resize, move |_| measure());
    Effect::new(move |_| lock_page_scroll(open.get()));

    let close = move |refocus: bool| {
        open.set(false);
        if refocus {
            focus("menu-button");
        }
    };
    // A new screen folds the drawer (main.rs moves the focus to the content).
    let _ = window_event_listener(leptos::ev::hashchange, move |_| open.set(false));
    // Escape closes the drawer wherever the focus is.
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            close(true);
        }
    });
    // Opening moves the focus into the drawer, to its close button (DKFDS).
    Effect::new(move |was_open: Option<bool>| {
        let now = open.get();
        if now && was_open != Some(true) {
            focus("menu-close");
        }
        now
    });
    // Tab and Shift+Tab go round inside the open drawer.
    let trap = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Tab" {
            return;
        }
        let Some(drawer) = element("site-menu") else { return };
        let Ok(stops) = drawer.query_selector_all("button, a[href]") else { return };
        let first = stops.get(0);
        let last = stops.get(stops.length().saturating_sub(1));
        let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
        let at = |n: &Option<web_sys::Node>| match (n, &active) {
            (Some(n), Some(a)) => n.is_same_node(Some(a.as_ref())),
            _ => false,
        };
        let wrap_to = if ev.shift_key() && at(&first) {
            last
        } else if !ev.shift_key() && at(&last) {
            first
        } else {
            None
        };
        if let Some(el) = wrap_to.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
            ev.prevent_default();
            let _ = el.focus();
        }
    };

    let links = StoredValue::new(links);
    let menu = move |mobile: bool| {
        view! {
            <ul class="mainmenu nav-list">
                {links
                    .get_value()
                    .into_iter()
                    .map(|l| {
                        let here = move || current.get() == l.hash;
                        view! {
                            <li class:active=here class:current=here>
                                <a
                                    href=l.hash
                                    class="nav-link"
                                    aria-current=move || here().then_some("page")
                                    on:click=move |_| {
                                        if mobile {
                                            // The screen in view was chosen again: no hashchange.
                                            close(false);
                                        }
                                    }
                                >
                                    <span>{t(l.label)}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    };

    view! {
        <header class="header">
            <div class="solution-info">
                <div class="solution-info-inner container">
                    <div class="solution-heading">
                        <p class="app-title">{t("app-title")}</p>
                    </div>
                    <div class="additional-info">
                        <p class="tagline">{t("app-tagline")}</p>
                    </div>
                    // The language choice stays in view on a phone: a person
                    // who reads no Danish must find it without the menu.
                    <div class="lang-switch">
                        <label for="lang-select" class="form-label">{t("lang-label")}</label>
                        <select
                            id="lang-select"
                            prop:value=move || lang.get().code()
                            on:change=move |ev| {
                                if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                                    crate::i18n::set_language(lang, l);
                                }
                            }
                        >
                            {Lang::ALL
                                .into_iter()
                                .map(|l| {
                                    let key = match l {
                                        Lang::Da => "lang-da",
                                        Lang::En => "lang-en",
                                        Lang::Uk => "lang-uk",
                                        Lang::Ar => "lang-ar",
                                    };
                                    view! {
                                        <option value=l.code() lang=l.code() selected=move || lang.get() == l>
                                            {move || tr(lang.get(), key)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <button
                        type="button"
                        id="menu-button"
                        class="function-link button-menu-open"
                        aria-haspopup="dialog"
                        aria-controls="site-menu"
                        aria-expanded=move || if open.get() { "true" } else { "false" }
                        on:click=move |_| open.update(|o| *o = !*o)
                    >
                        <span class="menu-icon" aria-hidden="true"></span>
                        {t("menu-button")}
                    </button>
                </div>
            </div>
            {move || if narrow.get() {
                view! {
                    <div
                        id="site-menu"
                        class="mobile-drawer"
                        class:is-visible=move || open.get()
                        role="dialog"
                        aria-modal="true"
                        aria-labelledby="menu-heading"
                        on:keydown=trap
                    >
                        <div class="menu-top">
                            <h2 id="menu-heading" class="menu-heading">{t("menu-button")}</h2>
                            <button type="button" id="menu-close" class="function-link button-menu-close" on:click=move |_| close(true)>
                                <span class="close-icon" aria-hidden="true"></span>
                                {t("menu-close")}
                            </button>
                        </div>
                        <nav class="navigation-menu-mobile" aria-label=t("nav-label")>
                            {menu(true)}
                        </nav>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <div id="site-menu" class="navigation-menu">
                        <div class="navigation-menu-inner container">
                            <nav class="nav" aria-label=t("nav-label")>
                                {menu(false)}
                            </nav>
                        </div>
                    </div>
                }
                .into_any()
            }}
        </header>
        // The page behind the open drawer is dimmed; a tap on it closes the drawer.
        <div class="overlay" class:is-visible=move || open.get() on:click=move |_| close(true)></div>
    }
}
