//! Every screen but the start screen (Frister) is a wasm chunk of its own, split
//! off the main module at build time (issue 16, "small first load"): the first
//! visit fetches only what the start screen needs.
//!
//! Each `*_screen` function below is a split point (`wasm_split`, the machinery
//! behind Leptos' `#[lazy]`): `cargo xtask web` links the UI with
//! `--emit-relocs`, and `wasm_split_cli_support` moves everything reachable only
//! from that function into `ui/dist/<screen>.wasm` (code shared by several
//! screens lands in `chunk_<n>.wasm`), loaded by `__wasm_split.js` on first
//! call. The service worker precaches the chunks like every other file, so
//! every screen works offline after one visit.
//!
//! Unlike `#[lazy]`, the split points are `fallible`: a chunk that cannot be
//! fetched (offline before the worker was installed) gives the
//! `lazy-load-failed` message instead of aborting the whole app.

#![allow(unsafe_code)] // the `wasm_split` macro declares the chunk's import and export

use crate::features::appeal::AppealPage;
use crate::features::cases::CasesPage;
use crate::features::check::CheckPage;
use crate::features::gain::GainPage;
use crate::features::letters::LettersPage;
use crate::features::reader::ReaderPage;
use crate::features::rules::RulesPage;
use crate::features::status::StatusPage;
use crate::i18n::tr;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use ret_og_frist_i18n::Lang;

/// A screen's chunk could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadFailed;

impl From<leptos::wasm_split::SplitLoaderError> for LoadFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LoadFailed
    }
}

/// A screen's view, or why it could not be loaded.
pub type Loaded = Result<AnyView, LoadFailed>;

#[wasm_split(screen_reader, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn reader_screen(lang: ReadSignal<Lang>) -> Loaded {
    Ok(view! { <ReaderPage lang=lang /> }.into_any())
}

#[wasm_split(screen_status, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn status_screen(lang: ReadSignal<Lang>) -> Loaded {
    Ok(view! { <StatusPage lang=lang /> }.into_any())
}

#[wasm_split(screen_gain, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn gain_screen(lang: ReadSignal<Lang>) -> Loaded {
    Ok(view! { <GainPage lang=lang /> }.into_any())
}

#[wasm_split(screen_appeal, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn appeal_screen(lang: ReadSignal<Lang>) -> Loaded {
    Ok(view! { <AppealPage lang=lang /> }.into_any())
}

#[wasm_split(screen_check, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn check_screen(lang: ReadSignal<Lang>) -> Loaded {
    Ok(view! { <CheckPage lang=lang /> }.into_any())
}

#[wasm_split(screen_letters, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn letters_screen(lang: ReadSignal<Lang>) -> Loaded {
    Ok(view! { <LettersPage lang=lang /> }.into_any())
}

#[wasm_split(screen_cases, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn cases_screen(lang: ReadSignal<Lang>) -> Loaded {
    Ok(view! { <CasesPage lang=lang /> }.into_any())
}

#[wasm_split(screen_rules, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn rules_screen(lang: ReadSignal<Lang>) -> Loaded {
    Ok(view! { <RulesPage lang=lang /> }.into_any())
}

/// Not a screen: the verification of a stored rule pack (`ActiveRules::verify_pack`
/// and all it needs: rulepack, toml, sha2, ed25519-dalek), fetched only on a
/// device that has a pack (src/active.rs).
#[wasm_split(pack, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn verify_pack(text: String) -> Result<crate::active::Verified, LoadFailed> {
    Ok(ret_og_frist_app::ActiveRules::verify_pack(&text, &ret_og_frist_rulepack::trusted_keys()))
}

/// Not a screen: the reminders due in the saved cases, shown on start. Reading
/// the cases (their JSON model) and computing their deadlines is fetched after
/// the first screen is up; the texts land in `out` once the cases are read.
#[wasm_split(start_reminders, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn start_reminders(lang: ReadSignal<Lang>, out: RwSignal<Vec<String>>) -> Result<(), LoadFailed> {
    // Scoped: the effect below belongs to the caller's owner (the app).
    leptos::task::spawn_local_scoped(async move {
        if let Ok(list) = crate::casestore::list().await {
            // The cases are read once; only the texts follow the language.
            Effect::new(move |_| out.set(crate::features::cases::due_reminders(&list, lang.get())));
        }
    });
    Ok(())
}

/// A lazily loaded screen in place. When its chunk is loaded the screen is
/// built at once, right here, owned like any other screen (not inside a
/// `Suspense`: a screen rebuilt there when the rules change read disposed
/// signals). Before that: "Henter …" (aria-busy) while the chunk is fetched,
/// then `loaded` is bumped so the screen switch runs again and builds it; one
/// clear message if the chunk cannot be fetched (a later visit tries again).
pub fn lazy_screen<S, P>(lang: ReadSignal<Lang>, loaded: RwSignal<u32>, show: S, preload: P) -> AnyView
where
    S: std::future::Future<Output = Loaded>,
    P: std::future::Future<Output = Result<(), leptos::wasm_split::SplitLoaderError>> + 'static,
{
    use std::task::{Context, Poll, Waker};
    let mut show = std::pin::pin!(show);
    if let Poll::Ready(screen) = show.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        return screen.unwrap_or_else(|LoadFailed| failed_view(lang));
    }
    let failed = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let ok = preload.await.is_ok();
        // Only while this screen is still the one in view (its signal alive).
        if failed.try_get_untracked().is_some() {
            if ok {
                loaded.update(|n| *n += 1);
            } else {
                failed.set(true);
            }
        }
    });
    view! {
        {move || if failed.get() {
            failed_view(lang)
        } else {
            view! {
                <p id="screen-loading" class="hint" role="status" aria-busy="true">
                    {move || tr(lang.get(), "lazy-loading")}
                </p>
            }
            .into_any()
        }}
    }
    .into_any()
}

fn failed_view(lang: ReadSignal<Lang>) -> AnyView {
    view! {
        <div class="warnings" id="screen-load-failed" role="alert">
            <p>{move || tr(lang.get(), "lazy-load-failed")}</p>
        </div>
    }
    .into_any()
}
