//! The 1,001-point earnings sweep, timed as the fastest of many runs: on a
//! shared build machine the fastest run is the stable figure (criterion's mean
//! moves with the load). Also the chart's own sweep (0-45 hours in whole hours,
//! where hours per month = h × 52 / 12 is a repeating decimal) per point, and
//! one household with its explanation tree.
//! Run: `cargo bench -p ret-og-frist-core --bench sweep_min`.

use ret_og_frist_core::gain::{evaluate, sweep, Scenario};
use ret_og_frist_core::RuleSet;
use rust_decimal::Decimal;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn fastest(runs: u32, mut f: impl FnMut()) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed());
    }
    best
}

fn main() {
    let rules = RuleSet::builtin().expect("built-in rules");
    let text = include_str!("../../docs/examples/gain/single-parent-2.json");
    let s = Scenario::from_json(text).expect("example scenario is valid");
    let best = fastest(300, || {
        black_box(sweep(black_box(&rules), black_box(&s), Decimal::from(45), 1000).expect("computes"));
    });
    println!("1001-point sweep 0-45 h/week: fastest of 300 runs {:.3} ms", best.as_secs_f64() * 1000.0);
    let best = fastest(3000, || {
        black_box(sweep(black_box(&rules), black_box(&s), Decimal::from(45), 45).expect("computes"));
    });
    println!(
        "46-point sweep 0-45 h/week in whole hours (the chart): fastest of 3000 runs {:.1} µs ({:.2} µs per point)",
        best.as_secs_f64() * 1e6,
        best.as_secs_f64() * 1e6 / 46.0
    );
    let best = fastest(3000, || {
        black_box(evaluate(black_box(&rules), black_box(&s)));
    });
    println!("one household with explanation: fastest of 3000 runs {:.1} µs", best.as_secs_f64() * 1e6);
}
