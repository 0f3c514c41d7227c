//! Timing of the computations a person waits for, as the browser's own
//! performance measures (`gain-evaluate`, `gain-sweep`), so a benchmark
//! (tools/bench/phone.mjs) or the DevTools timeline can read how long they take
//! in wasm on a real device. Only the latest measure of a name is kept: a
//! measure per keystroke would otherwise pile up in the page for good.

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
