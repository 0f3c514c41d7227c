//! Ret og Frist in the browser and in the Tauri window: the same Leptos app.
//!
//! All calculations run here, in the page, through the core crate: nothing is sent
//! anywhere. Form state and the language choice are kept in local storage so a
//! closed window or a reload loses nothing.

mod active;
mod casestore;
mod components;
mod handoff;
mod i18n;
mod lazy;
mod features;
mod perf;
mod screens;
mod storage;
mod update;

fn main() {
    console_error_panic_hook::set_once();
    // A device with an imported rule pack verifies it first (a chunk of its
    // own, src/active.rs), so no screen shows the built-in rules in between.
    match active::stored_pack() {
        None => leptos::mount::mount_to_body(app::App),
        Some(text) => wasm_bindgen_futures::spawn_local(async move {
            active::verify_stored_pack(text).await;
            leptos::mount::mount_to_body(app::App);
        }),
    }
}

mod app {
    use crate::i18n::{set_document_lang, tr};
    use crate::components::header::{Header, NavLink};
    use crate::features::deadlines::Frister;
    use crate::screens::{self, lazy_screen};
    use crate::storage;
    use leptos::prelude::*;

    /// The screens, addressed by the URL fragment so links, back and reload work.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Screen {
        Reader,
        Frister,
        Status,
        Gain,
        Appeal,
        Check,
        Letters,
        Cases,
        Rules,
    }

    impl Screen {
        const ALL: [Screen; 9] = [
            Screen::Reader,
            Screen::Frister,
            Screen::Status,
            Screen::Gain,
            Screen::Appeal,
            Screen::Check,
            Screen::Letters,
            Screen::Cases,
            Screen::Rules,
        ];

        fn hash(self) -> &'static str {
            match self {
                Screen::Reader => "#brev",
                Screen::Frister => "#frister",
                Screen::Status => "#status",
                Screen::Gain => "#gevinst",
                Screen::Appeal => "#klage",
                Screen::Check => "#tjek",
                Screen::Letters => "#breve",
                Screen::Cases => "#sager",
                Screen::Rules => "#regler",
            }
        }

        fn label(self) -> &'static str {
            match self {
                Screen::Reader => "nav-brev",
                Screen::Frister => "nav-frister",
                Screen::Status => "nav-status",
                Screen::Gain => "nav-gevinst",
                Screen::Appeal => "nav-klage",
                Screen::Check => "nav-tjek",
                Screen::Letters => "nav-breve",
                Screen::Cases => "nav-sager",
                Screen::Rules => "nav-regler",
            }
        }

        fn current() -> Screen {
            let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
            if hash.starts_with("#regler/") {
                return Screen::Rules;
            }
            Screen::ALL.into_iter().find(|s| s.hash() == hash).unwrap_or(Screen::Frister)
        }
    }

    /// The page frame: skip link, header (components/header.rs), main content, footer.
    #[component]
    pub fn App() -> impl IntoView {
        let lang = crate::i18n::start_language();
        Effect::new(move |_| {
            let l = lang.get();
            set_document_lang(l);
            storage::save_string("lang", l.code());
        });
        let t = move |id: &'static str| move || tr(lang.get(), id);
        let screen = RwSignal::new(Screen::current());
        // Bumped when a screen's chunk has arrived (src/screens.rs).
        let loaded = RwSignal::new(0u32);
        // Reminders due in the saved cases, read once after the first screen is
        // up, in a chunk of its own (src/screens.rs), fetched only where cases
        // are saved; their texts follow the language.
        let start_reminders = RwSignal::new(Vec::<String>::new());
        if crate::casestore::may_have_cases() {
            leptos::task::spawn_local_scoped(async move {
                let _ = screens::start_reminders(lang.read_only(), start_reminders).await;
            });
        }
        let _ = window_event_listener(leptos::ev::hashchange, move |_| {
            screen.set(Screen::current());
            // Move focus to the new content so keyboard and screen reader users follow.
            crate::components::header::focus("main");
        });
        let links = Screen::ALL.into_iter().map(|s| NavLink { hash: s.hash(), label: s.label() }).collect();
        view! {
            <a class="skip-link" href="#main">{t("skip-link")}</a>
            <Header lang=lang links=links current=Signal::derive(move || screen.get().hash()) />
            <crate::update::UpdateBanner lang=lang.read_only() />
            <main id="main" class="container" tabindex="-1">
                // Results computed with an adviser's overrides say so on every screen.
                {move || (!crate::features::active_overrides().is_empty()).then(|| view! {
                    <aside class="warnings" id="overrides-banner" aria-labelledby="overrides-title">
                        <h2 id="overrides-title">{t("overrides-title")}</h2>
                        <ul>
                            {crate::features::active_overrides().iter().map(|o| view! {
                                <li>{let p = o.path.clone(); move || crate::i18n::with_texts(lang.get(), |t| crate::features::rule_label(t, &p))}": "<code>{o.path.clone()}</code>" = "{o.value.to_string()}" — "{o.note.clone()}</li>
                            }).collect_view()}
                        </ul>
                        <button type="button" id="overrides-clear" class="button" on:click=|_| crate::active::clear_overrides()>{t("overrides-clear")}</button>
                    </aside>
                })}
                // A stored rule pack older than these built-in rules was dropped at start: say so.
                {crate::features::dropped_pack().is_some().then(|| view! {
                    <aside class="warnings" id="pack-dropped" role="status">
                        <p>{move || crate::features::dropped_pack_notice(lang.get())}</p>
                    </aside>
                })}
                // A stored pack whose chunk could not be fetched: built-in rules this time.
                {crate::active::pack_not_loaded().then(|| view! {
                    <aside class="warnings" id="pack-not-loaded" role="status">
                        <p>{t("pack-not-loaded")}</p>
                    </aside>
                })}
                // Reminders on start: the fallback where notifications cannot be scheduled.
                {move || {
                    let due = start_reminders.get();
                    (!due.is_empty() && screen.get() != Screen::Cases).then(|| view! {
                        <aside class="warnings" id="start-reminders" aria-labelledby="start-reminders-title">
                            <h2 id="start-reminders-title">{tr(lang.get(), "cases-reminders-title")}</h2>
                            <ul>{due.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                            <p><a href="#sager">{tr(lang.get(), "cases-open")}</a></p>
                        </aside>
                    })
                }}
                // People come holding a letter: the reader is the first choice on start.
                {move || (screen.get() == Screen::Frister).then(|| view! {
                    <aside class="start-reader" aria-labelledby="start-reader-title">
                        <h2 id="start-reader-title">{tr(lang.get(), "start-reader-title")}</h2>
                        <p>{tr(lang.get(), "start-reader-body")}</p>
                        <p><a href="#brev" id="start-reader" class="button">{tr(lang.get(), "start-reader-link")}</a></p>
                    </aside>
                })}
                // The active rules are a reactive value: a new pack or override rebuilds
                // the screen in view with them, no page reload.
                {move || { crate::active::track(); loaded.track(); match screen.get() {
                    // The start screen is in the main module; every other screen is a
                    // chunk of its own, fetched on first use (src/screens.rs).
                    Screen::Frister => view! { <Frister lang=lang.read_only() /> }.into_any(),
                    Screen::Reader => lazy_screen(lang.read_only(), loaded, screens::reader_screen(lang.read_only()), screens::__wasm_split_preload_reader_screen()),
                    Screen::Status => lazy_screen(lang.read_only(), loaded, screens::status_screen(lang.read_only()), screens::__wasm_split_preload_status_screen()),
                    Screen::Gain => lazy_screen(lang.read_only(), loaded, screens::gain_screen(lang.read_only()), screens::__wasm_split_preload_gain_screen()),
                    Screen::Appeal => lazy_screen(lang.read_only(), loaded, screens::appeal_screen(lang.read_only()), screens::__wasm_split_preload_appeal_screen()),
                    Screen::Check => lazy_screen(lang.read_only(), loaded, screens::check_screen(lang.read_only()), screens::__wasm_split_preload_check_screen()),
                    Screen::Letters => lazy_screen(lang.read_only(), loaded, screens::letters_screen(lang.read_only()), screens::__wasm_split_preload_letters_screen()),
                    Screen::Cases => lazy_screen(lang.read_only(), loaded, screens::cases_screen(lang.read_only()), screens::__wasm_split_preload_cases_screen()),
                    Screen::Rules => lazy_screen(lang.read_only(), loaded, screens::rules_screen(lang.read_only()), screens::__wasm_split_preload_rules_screen()),
                }}}
            </main>
            <footer class="site-footer">
                <div class="container">
                    <p>{t("offline-note")}</p>
                    <p>{t("not-advice")}</p>
                </div>
            </footer>
        }
    }
}
