//! Measuring script for `gain::evaluate` (one household with its explanation
//! tree), for instruction counts that do not depend on how busy the machine is.
//!
//! `cargo build --release -p ret-og-frist-core --example evaluate_once`, then
//! `valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.N target/release/examples/evaluate_once N`
//! for N = 0 and N = 200: (instructions at 200 − instructions at 0) / 200 is the
//! cost of one evaluation, without loading the rules. The scenario is the one
//! the criterion bench (`benches/gain.rs`) uses. Mallocs per evaluation: count
//! the calls to `malloc` in the same two runs (`callgrind_annotate --inclusive=yes
//! --tree=caller`), or run under `valgrind --tool=dhat` for where they are made.
//!
//! 2026-12-06: 441,658 instructions per evaluation on main (f026b77), 295,454
//! after branch h-eval (rate lookups by path index, lazy per-rate arithmetic,
//! no field names built for a check that passes, fewer node copies and
//! regrown child lists). The results were compared in full (Debug and JSON of
//! every gain case, over five years) before and after: identical.
//! 2026-12-06 (later): 288,800 and 288 allocations (66 KB) per evaluation, from
//! 299 (78 KB): the scenario's text check no longer writes out every character
//! it passes, the rates used are kept in a list with a two-byte slot per path
//! (not a 23 KB table per household), and a rate's value on a date is found
//! without building its end date. JSON of 4 examples × 7 years × 4 hours
//! compared before and after: identical.

use ret_og_frist_core::gain::{evaluate, Scenario};
use ret_og_frist_core::RuleSet;
use std::hint::black_box;

fn main() {
    let n: usize = std::env::args().nth(1).map_or(200, |a| a.parse().expect("N is a count"));
    let rules = RuleSet::builtin().expect("built-in rules");
    let text = include_str!("../../docs/examples/gain/single-parent-2.json");
    let s = Scenario::from_json(text).expect("example scenario is valid");
    for _ in 0..n {
        black_box(evaluate(black_box(&rules), black_box(&s)));
    }
}
