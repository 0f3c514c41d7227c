//! Timing of the computations a person waits for, as the browser's own
//! performance measures (`gain-evaluate`, `gain-sweep`), so a benchmark
//! (tools/bench/phone.mjs) or the DevTools timeline can read how long they take
//! in wasm on a real device. Only the latest measure of a name is kept: a
//! measure per keystroke would otherwise pile up in the page for good.
//!
//! Some measures cost work nobody needs in normal use (the 1,001-point sweep
//! of issue 16's goal); those run only when a benchmark asks for them by
//! setting `window.__retOgFristBench = { <flag>: true }` before the page loads.

/// Run `f` and record how long it took under `name`.
pub fn measure<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(p) = web_sys::window().and_then(|w| w.performance()) else {
        return f();
    };
    let start = format!("{name}-start");
    let _ = p.mark(&start);
    let out = f();
    p.clear_measures_with_measure_name(name);
    let _ = p.measure_with_start_mark(name, &start);
    p.clear_marks_with_mark_name(&start);
    out
}

/// Whether a benchmark asked for the extra measure `flag` (see the module
/// note): false in normal use, so the extra work never runs for a person.
pub fn asked(flag: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    js_sys::Reflect::get(&w, &"__retOgFristBench".into())
        .ok()
        .filter(|b| b.is_object())
        .and_then(|b| js_sys::Reflect::get(&b, &flag.into()).ok())
        .is_some_and(|v| v.is_truthy())
}
