//! The 1,001-point earnings sweep, timed as the fastest of many runs: on a
//! shared build machine the fastest run is the stable figure (criterion's mean
//! moves with the load). Run: `cargo bench -p ret-og-frist-core --bench sweep_min`.

use ret_og_frist_core::gain::{sweep, Scenario};
use ret_og_frist_core::RuleSet;
use rust_decimal::Decimal;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() {
    let rules = RuleSet::builtin().expect("built-in rules");
    let text = include_str!("../../docs/examples/gain/single-parent-2.json");
    let s = Scenario::from_json(text).expect("example scenario is valid");
    let mut best = Duration::MAX;
    for _ in 0..300 {
        let t = Instant::now();
        black_box(sweep(black_box(&rules), black_box(&s), Decimal::from(45), 1000).expect("computes"));
        best = best.min(t.elapsed());
    }
    println!("1001-point sweep 0-45 h/week: fastest of 300 runs {:.3} ms", best.as_secs_f64() * 1000.0);
}
