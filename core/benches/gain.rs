//! Speed of the gain-from-work engine: one household with its explanation tree
//! (goal < 50 µs) and a 1,001-point earnings sweep, which computes numbers only
//! (issue 16 goal < 3 ms; 5.9 ms on the 2-core build machine, from 22 ms; issue 14's
//! checked paths and array-indexed rate cache: 5.1 ms, see also `sweep_min`), native.
//! 2026-12-05, back to back on the 2-core machine: 53 µs and 4.80 ms before the
//! household's hours-independent parts were kept once (`household::Fixed`), 44 µs
//! and 2.68 ms after.
//! 2026-12-06, back to back on the same machine (busy: it varies by a few µs):
//! the household 41 µs before its rate lookups, field checks and explanation
//! copies were trimmed (the issue: < 250 µs in wasm, measured 270-275 µs), 30 µs
//! after; the sweep unchanged (2.5 ms). In instructions, which do not depend on
//! the load (callgrind on `examples/evaluate_once`, see there): 441,658 →
//! 295,454 per household (−33 %), mallocs 310 → 288.
//! Run: `cargo bench -p ret-og-frist-core --bench gain`.

use criterion::{criterion_group, criterion_main, Criterion};
use ret_og_frist_core::gain::{evaluate, sweep, Scenario};
use ret_og_frist_core::RuleSet;
use rust_decimal::Decimal;
use std::hint::black_box;

fn scenario() -> Scenario {
    let text = include_str!("../../docs/examples/gain/single-parent-2.json");
    Scenario::from_json(text).expect("example scenario is valid")
}

fn bench(c: &mut Criterion) {
    let rules = RuleSet::builtin().expect("built-in rules");
    let s = scenario();
    c.bench_function("household evaluation with explanation (single parent, 2 children)", |b| {
        b.iter(|| evaluate(black_box(&rules), black_box(&s)))
    });
    let mut g = c.benchmark_group("sweep");
    g.sample_size(20);
    g.bench_function("1001-point sweep 0-45 h/week", |b| {
        b.iter(|| sweep(black_box(&rules), black_box(&s), Decimal::from(45), 1000).expect("computes"))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
