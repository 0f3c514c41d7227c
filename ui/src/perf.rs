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
///
/// The clock is read right before and right after `f`, and the measure is made
/// from those two times afterwards: a measure between two marks also timed the
/// browser's own bookkeeping (making the start mark, clearing the previous
/// measure, passing the names to JavaScript), some 40–100 µs at a keystroke,
/// which is not the computation a person waits for.
pub fn measure<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(p) = web_sys::window().and_then(|w| w.performance()) else {
        return f();
    };
    let start = p.now();
    let out = f();
    let end = p.now();
    record(&p, name, start, end);
    out
}

/// `performance.measure(name, { start, end })` (web-sys has this form only
/// behind its unstable APIs), replacing the previous measure of `name`.
fn record(p: &web_sys::Performance, name: &str, start: f64, end: f64) {
    use leptos::wasm_bindgen::{JsCast, JsValue};
    p.clear_measures_with_measure_name(name);
    let times = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&times, &"start".into(), &start.into());
    let _ = js_sys::Reflect::set(&times, &"end".into(), &end.into());
    if let Some(measure) = js_sys::Reflect::get(p, &"measure".into()).ok().and_then(|m| m.dyn_into::<js_sys::Function>().ok()) {
        let _ = measure.call2(p, &JsValue::from_str(name), &times);
    }
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
