//! The active rules as a reactive value. The page keeps the rule sources (the
//! imported signed pack, the device's overrides) in local storage; this module
//! resolves them with `ret-og-frist-app` (`ActiveRules::resolve`, the same call
//! the desktop shell and the CLI make) and holds the result in a signal. Every
//! screen reads the rules through [`get`] (via `features::rules()`), so importing
//! a pack or applying or removing an override takes effect on every screen at
//! once, without reloading the page. Each change is also sent to the desktop
//! shell (`rules_set_active`), so its reminders use the same rules.
//!
//! A stored pack is verified before the app is built ([`verify_stored_pack`],
//! called by `main`), in a wasm chunk of its own: the TOML parser, SHA-256 and
//! Ed25519 are fetched only by a device that has a pack, so a first visit does
//! not download them (issue 16). Overrides alone never verify the pack again:
//! they are put on the rules already in force.
//!
//! The resolved rules are leaked to get a `&'static` the screens can hold: one
//! rule set per change of pack or override (a person's action, a handful per
//! session), never per render.

use crate::storage;
use leptos::prelude::*;
use ret_og_frist_app::{ActiveRules, DroppedPack, RuleSources};
use ret_og_frist_core::rules::Override;
use ret_og_frist_core::RuleSet;
use ret_og_frist_rulepack::PackInfo;
use std::cell::RefCell;
use std::sync::OnceLock;

/// Where the active rule pack is kept (its signed bytes, re-verified on load).
pub const PACK_KEY: &str = "rules.pack";

/// Where an adviser's overrides are kept (a JSON list of path, value, note).
pub const OVERRIDES_KEY: &str = "rules.overrides";

thread_local! {
    static ACTIVE: ArcRwSignal<&'static ActiveRules> = ArcRwSignal::new(start());
}

/// A stored pack dropped when the page started (shown once, in the banner).
static DROPPED: OnceLock<DroppedPack> = OnceLock::new();

/// A stored pack whose chunk could not be fetched at start (offline before the
/// service worker had it): the built-in rules are used this time, the pack is
/// kept, and a banner says so.
static PACK_NOT_LOADED: OnceLock<()> = OnceLock::new();

/// What [`verify_stored_pack`] found, taken once by [`start`].
pub type Verified = Result<(PackInfo, RuleSet), DroppedPack>;

thread_local! {
    static STARTED_PACK: RefCell<Option<Verified>> = const { RefCell::new(None) };
}

/// The stored pack's text, if a pack was imported on this device.
pub fn stored_pack() -> Option<String> {
    storage::load_string(PACK_KEY)
}

/// Verify the stored pack (in its own chunk) before the app is built; [`start`]
/// then uses the outcome. Called by `main` only when a pack is stored.
pub async fn verify_stored_pack(text: String) {
    match crate::screens::verify_pack(text).await {
        Ok(verified) => STARTED_PACK.with(|p| *p.borrow_mut() = Some(verified)),
        Err(crate::screens::LoadFailed) => {
            let _ = PACK_NOT_LOADED.set(());
        }
    }
}

fn sources() -> RuleSources {
    RuleSources {
        pack: storage::load_string(PACK_KEY),
        overrides: storage::load_json(OVERRIDES_KEY).unwrap_or_default(),
    }
}

fn start() -> &'static ActiveRules {
    let pack = STARTED_PACK.with(|p| p.borrow_mut().take());
    let active = ActiveRules::assemble(pack, &sources().overrides);
    if let Some(d) = active.dropped_pack() {
        // A pack that no longer loads (older than updated built-in rules) is removed,
        // so it can never override newer rules.
        storage::remove(PACK_KEY);
        let _ = DROPPED.set(d.clone());
    }
    send_to_shell();
    Box::leak(Box::new(active))
}

/// Resolve the stored sources again (the pack verified anew), publish the
/// result to every screen and the shell. Only the rules screen changes the
/// pack, so this runs in its chunk.
fn refresh() {
    publish(ActiveRules::resolve(&sources()));
}

/// The stored overrides on the rules already in force (pack or built-in; the
/// pack is not verified again), published.
fn refresh_overrides() {
    let overrides = sources().overrides;
    publish(get().with_device_overrides(&overrides));
}

fn publish(active: ActiveRules) {
    let active: &'static ActiveRules = Box::leak(Box::new(active));
    ACTIVE.with(|s| s.set(active));
    send_to_shell();
}

/// Tell the desktop shell the sources (nothing in the browser).
fn send_to_shell() {
    if !crate::casestore::is_desktop() {
        return;
    }
    let sources = sources();
    leptos::task::spawn_local(async move {
        // The shell answers with the pack's name; a failure leaves its previous rules.
        let _ = crate::casestore::invoke::<String>("rules_set_active", serde_json::json!({ "sources": sources })).await;
    });
}

/// The active rules. Inside a reactive closure this subscribes to changes.
pub fn get() -> &'static ActiveRules {
    ACTIVE.with(|s| s.get())
}

/// Subscribe the current reactive closure to rule changes.
pub fn track() {
    ACTIVE.with(|s| s.track());
}

/// The pack dropped at start, if any.
pub fn dropped_pack() -> Option<&'static DroppedPack> {
    ACTIVE.with(|_| ());
    DROPPED.get()
}

/// Whether a stored pack could not be fetched at start (built-in rules in use).
pub fn pack_not_loaded() -> bool {
    PACK_NOT_LOADED.get().is_some()
}

/// Use a verified pack's file text from now on.
pub fn set_pack(text: &str) {
    storage::save_string(PACK_KEY, text);
    refresh();
}

/// Back to the built-in rules.
pub fn remove_pack() {
    storage::remove(PACK_KEY);
    refresh();
}

/// Add or replace the device's override of `o.path`.
pub fn set_override(o: Override) {
    let mut list: Vec<Override> = storage::load_json(OVERRIDES_KEY).unwrap_or_default();
    list.retain(|x| x.path != o.path);
    list.push(o);
    storage::save_json(OVERRIDES_KEY, &list);
    refresh_overrides();
}

/// Remove every device override.
pub fn clear_overrides() {
    storage::remove(OVERRIDES_KEY);
    refresh_overrides();
}
