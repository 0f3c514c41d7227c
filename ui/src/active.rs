//! The active rules as a reactive value. The page keeps the rule sources (the
//! imported signed pack, the device's overrides) in local storage; this module
//! resolves them with `ret-og-frist-app` (`ActiveRules::resolve`, the same call
//! the desktop shell and the CLI make) and holds the result in a signal. Every
//! screen reads the rules through [`get`] (via `features::rules()`), so importing
//! a pack or applying or removing an override takes effect on every screen at
//! once, without reloading the page. Each change is also sent to the desktop
//! shell (`rules_set_active`), so its reminders use the same rules.
//!
//! The resolved rules are leaked to get a `&'static` the screens can hold: one
//! rule set per change of pack or override (a person's action, a handful per
//! session), never per render.

use crate::storage;
use leptos::prelude::*;
use ret_og_frist_app::{ActiveRules, DroppedPack, RuleSources};
use ret_og_frist_core::rules::Override;
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

fn sources() -> RuleSources {
    RuleSources {
        pack: storage::load_string(PACK_KEY),
        overrides: storage::load_json(OVERRIDES_KEY).unwrap_or_default(),
    }
}

fn start() -> &'static ActiveRules {
    let active = ActiveRules::resolve(&sources());
    if let Some(d) = active.dropped_pack() {
        // A pack that no longer loads (older than updated built-in rules) is removed,
        // so it can never override newer rules.
        storage::remove(PACK_KEY);
        let _ = DROPPED.set(d.clone());
    }
    send_to_shell();
    Box::leak(Box::new(active))
}

/// Resolve the stored sources again, publish the result to every screen and the shell.
fn refresh() {
    let active: &'static ActiveRules = Box::leak(Box::new(ActiveRules::resolve(&sources())));
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
    refresh();
}

/// Remove every device override.
pub fn clear_overrides() {
    storage::remove(OVERRIDES_KEY);
    refresh();
}
