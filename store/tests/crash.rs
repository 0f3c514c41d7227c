//! Crash test: the `store-stress` binary saves cases in a loop and is killed with
//! SIGKILL at random moments, over and over, against one store file. After each
//! kill the store must open and be whole: SQLite's integrity check passes, every
//! case parses with a matching checksum, every body agrees with its version, no
//! case is lost, no version goes back, and every save the child reported as done
//! (it prints after the commit) is in the file.
//!
//! `cargo test -p ret-og-frist-store --test crash -- --nocapture` prints the figures.
//! `CRASH_SEED=n` repeats a run; `CRASH_KILLS=n` changes the number of kills.

#![cfg(unix)]

#[path = "../src/bin/store-stress/body.rs"]
mod body;
mod common;

use ret_og_frist_store::Store;
use std::collections::BTreeMap;
use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Small xorshift64* generator: random enough for kill times, and repeatable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

/// Open the store after a kill and check everything; returns the sum of all versions.
fn check(db: &std::path::Path, known: &mut BTreeMap<String, u64>, reported: &BTreeMap<String, u64>, full: bool) -> u64 {
    let store = Store::open(db).unwrap_or_else(|e| panic!("store does not open after a kill: {e}"));
    store.integrity_check().unwrap_or_else(|e| panic!("integrity check failed: {e}"));
    let now: BTreeMap<String, u64> = if full {
        let cases = store.all().unwrap_or_else(|e| panic!("a case does not read back: {e}"));
        for c in &cases {
            body::check(c).unwrap_or_else(|e| panic!("body and version disagree: {e}"));
        }
        cases.into_iter().map(|c| (c.id, c.version)).collect()
    } else {
        // Between full checks: the hot cases in full, the rest from the list.
        let mut m: BTreeMap<String, u64> = store.list().unwrap().into_iter().map(|s| (s.id, s.version)).collect();
        for id in reported.keys().filter(|id| !id.starts_with("tmp-")) {
            let c = store.get(id).unwrap_or_else(|e| panic!("case {id} does not read back: {e}")).expect("reported case");
            body::check(&c).unwrap_or_else(|e| panic!("body and version disagree: {e}"));
            m.insert(c.id, c.version);
        }
        m
    };
    store.close().unwrap();
    // Scratch cases (saved and deleted again by the child) may come and go.
    let now: BTreeMap<String, u64> = now.into_iter().filter(|(id, _)| !id.starts_with("tmp-")).collect();
    for (id, v) in known.iter() {
        let got = now.get(id).unwrap_or_else(|| panic!("case {id} (version {v}) was lost"));
        assert!(got >= v, "case {id} went back from version {v} to {got}");
    }
    for (id, v) in reported {
        let got = now.get(id).unwrap_or_else(|| panic!("case {id}: save of version {v} was reported but is not in the file"));
        assert!(got >= v, "case {id}: version {v} was reported saved, the file has {got}");
    }
    *known = now;
    known.values().sum()
}

#[test]
fn survives_1000_kills() {
    let kills = env_u64("CRASH_KILLS").unwrap_or(1000);
    let seed = env_u64("CRASH_SEED").unwrap_or_else(|| {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        t.as_nanos() as u64 | 1
    });
    println!("crash test: seed {seed} (CRASH_SEED={seed} repeats it)");
    let mut rng = Rng(seed.max(1));
    let dir = common::temp_dir("crash");
    let db = dir.join("cases.sqlite");
    let bin = env!("CARGO_BIN_EXE_store-stress");

    let mut known = BTreeMap::new();
    let (mut reported_saves, mut observed, mut killed_before_first_save) = (0u64, 0u64, 0u64);
    let start = Instant::now();
    let mut checking = Duration::ZERO;
    for run in 0..kills {
        let mut child = Command::new(bin)
            .arg(&db)
            .arg(run.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start store-stress");
        // Mostly a few to tens of ms; sometimes at once (while opening/migrating).
        let delay = if rng.below(10) == 0 { rng.below(3) } else { 2 + rng.below(26) };
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill(); // SIGKILL
        let status = child.wait().expect("wait");
        let mut out = String::new();
        let mut err = String::new();
        child.stdout.take().expect("stdout").read_to_string(&mut out).expect("read stdout");
        child.stderr.take().expect("stderr").read_to_string(&mut err).expect("read stderr");
        assert_eq!(status.signal(), Some(9), "store-stress run {run} ended by itself ({status}): {err}");

        // Complete lines only: the last one may have been cut by the kill.
        let mut reported: BTreeMap<String, u64> = BTreeMap::new();
        for line in out.split_inclusive('\n').filter(|l| l.ends_with('\n')) {
            let mut parts = line.split_whitespace();
            let (Some(id), Some(v)) = (parts.next(), parts.next().and_then(|v| v.parse::<u64>().ok())) else {
                panic!("bad line from store-stress: {line:?}");
            };
            reported_saves += 1;
            let e = reported.entry(id.to_string()).or_insert(0);
            *e = (*e).max(v);
        }
        if reported.is_empty() {
            killed_before_first_save += 1;
        }
        let before: u64 = known.values().sum();
        let full = run % 25 == 24 || run + 1 == kills;
        let t = Instant::now();
        let after = check(&db, &mut known, &reported, full);
        checking += t.elapsed();
        observed += after - before;
    }
    let elapsed = start.elapsed();
    let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    println!(
        "crash test: {kills} kills (SIGKILL), {observed} saves observed in the file ({reported_saves} reported \
         done by the child before the kill), {killed_before_first_save} runs killed before their first save, \
         {} cases, file {} KiB, {:.1} s ({:.1} s of it checking)",
        known.len(),
        size / 1024,
        elapsed.as_secs_f64(),
        checking.as_secs_f64()
    );
    assert!(observed >= reported_saves, "fewer saves in the file than were reported done");
    assert!(observed > kills, "the child hardly saved anything: the test did not test");
    let _ = std::fs::remove_dir_all(dir);
}
