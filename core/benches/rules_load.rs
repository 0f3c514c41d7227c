//! Start-up cost of the built-in rules (issue 16): `RuleSet::builtin()`, which
//! reads the JSON form core/build.rs makes from the TOML files, against
//! `RuleSet::from_files(BUILTIN_FILES)`, which parses the TOML text (what
//! `builtin()` did before), and a TOML parse of every built-in file (what
//! rulepack's `builtin_info()` does at start-up to find `[meta] reviewed`,
//! until it reads core's `BUILTIN_REVIEWED`). Native; the web build is
//! measured in the browser.
//! Run: `cargo bench -p ret-og-frist-core --bench rules_load`.

use criterion::{criterion_group, criterion_main, Criterion};
use ret_og_frist_core::rules::{BUILTIN_FILES, BUILTIN_JSON};
use ret_og_frist_core::RuleSet;
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let toml: usize = BUILTIN_FILES.iter().map(|(_, t)| t.len()).sum();
    let json: usize = BUILTIN_JSON.iter().map(|(_, t)| t.len()).sum();
    println!("embedded built-in rules: TOML {toml} bytes, JSON {json} bytes ({} files)", BUILTIN_JSON.len());
    let mut g = c.benchmark_group("load built-in rules");
    g.sample_size(30);
    g.bench_function("RuleSet::builtin() (JSON made at build time)", |b| {
        b.iter(|| RuleSet::builtin().expect("built-in rules"))
    });
    g.bench_function("RuleSet::from_files(BUILTIN_FILES) (TOML text)", |b| {
        b.iter(|| RuleSet::from_files(black_box(BUILTIN_FILES)).expect("built-in rules"))
    });
    g.bench_function("toml::Table of every built-in file (rulepack::reviewed today)", |b| {
        b.iter(|| {
            for (_, t) in black_box(BUILTIN_FILES) {
                black_box(t.parse::<toml::Table>().expect("TOML"));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
