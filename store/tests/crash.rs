//! Crash test: the `store-stress` binary writes cases in a loop and is killed
//! with SIGKILL, over and over, against one store file. It reports on a pipe
//! where it is (`open`, `B …` before each write call, `C …` after it), so the
//! test knows for every kill whether it landed inside a write (a save or
//! delete had begun and not returned: in its transaction, its commit or the
//! checkpoint after a delete), between writes, or while opening — and most
//! kills are aimed inside writes: after a random number of `B` lines the test
//! waits a random fraction of the time a write has been taking, then kills.
//!
//! After every kill the store is checked in full: it opens, SQLite's integrity
//! check passes, every case reads back (checksum, parse, row agrees with body),
//! every body is the content of its version, and the set of cases and their
//! versions is exactly what the reported writes say — the write in flight at
//! the kill may be in or out, nothing else may differ (no save lost, none
//! half-done, none rolled back, nothing extra).
//!
//! What a kill cannot show (power loss, a disk or OS that lies about fsync):
//! see the store's README.
//!
//! `cargo test -p ret-og-frist-store --test crash -- --nocapture` prints the figures.
//! `CRASH_SEED=n` repeats the kill plan (the timing still varies); `CRASH_KILLS=n`
//! changes the number of kills.

#![cfg(unix)]

#[path = "../src/bin/store-stress/body.rs"]
mod body;
mod common;

use ret_og_frist_store::Store;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
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
        self.next() % n.max(1)
    }
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

/// One write the child reported: `save <id> <version>` or `delete <id> 0`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Write {
    op: String,
    id: String,
    version: u64,
}

impl Write {
    /// Apply this write to the expected contents of the store.
    fn apply(&self, cases: &mut BTreeMap<String, u64>) {
        match self.op.as_str() {
            "save" => {
                cases.insert(self.id.clone(), self.version);
            }
            _ => {
                cases.remove(&self.id);
            }
        }
    }
}

/// Where a kill landed, from the child's last complete line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Landed {
    Opening,
    InsideWrite,
    BetweenWrites,
}

/// Parse the child's output: the completed writes in order, and the write in
/// flight at the kill (a `B` line without its `C`), if any.
fn parse(out: &str) -> (bool, Vec<Write>, Option<Write>) {
    let (mut opened, mut done, mut open_write) = (false, Vec::new(), None::<Write>);
    // Complete lines only (each is one write(2), so a kill cannot cut one; be safe anyway).
    for line in out.split_inclusive('\n').filter(|l| l.ends_with('\n')) {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts.as_slice() {
            ["open"] => opened = true,
            [mark @ ("B" | "C"), op @ ("save" | "delete"), id, v] => {
                let w = Write { op: op.to_string(), id: id.to_string(), version: v.parse().expect("version") };
                if *mark == "B" {
                    assert!(open_write.is_none(), "two writes begun at once: {out}");
                    open_write = Some(w);
                } else {
                    assert_eq!(open_write.take().as_ref(), Some(&w), "C without its B: {out}");
                    done.push(w);
                }
            }
            _ => panic!("bad line from store-stress: {line:?}"),
        }
    }
    (opened, done, open_write)
}

/// Open the store after a kill and check everything; returns its cases and versions.
fn read_store(db: &std::path::Path) -> BTreeMap<String, u64> {
    let store = Store::open(db).unwrap_or_else(|e| panic!("store does not open after a kill: {e}"));
    store.integrity_check().unwrap_or_else(|e| panic!("integrity check failed: {e}"));
    let cases = store.all().unwrap_or_else(|e| panic!("a case does not read back: {e}"));
    for c in &cases {
        body::check(c).unwrap_or_else(|e| panic!("body and version disagree: {e}"));
    }
    store.close().unwrap();
    cases.into_iter().map(|c| (c.id, c.version)).collect()
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

    // The store's contents as the reported writes say; exact after every check.
    let mut expected: BTreeMap<String, u64> = BTreeMap::new();
    let mut landed: BTreeMap<&str, u64> = BTreeMap::new();
    let (mut writes_done, mut in_flight_committed, mut in_flight_not) = (0u64, 0u64, 0u64);
    // How long a write takes as seen from here (B line to C line), smoothed.
    let mut write_time = Duration::from_millis(2);
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
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut out = String::new();
        if rng.below(10) == 0 {
            // Anywhere, from the start (opening, migrating, between and inside writes).
            std::thread::sleep(Duration::from_micros(rng.below(8_000)));
        } else {
            // Inside a write: after the k-th `B` line, a random part of a write's time.
            let k = 1 + rng.below(3);
            let (mut begun, mut began_at) = (0, None);
            let mut line = String::new();
            while begun < k {
                line.clear();
                if stdout.read_line(&mut line).expect("read") == 0 {
                    break; // the child ended: reported below
                }
                out.push_str(&line);
                if line.starts_with("B ") {
                    begun += 1;
                    began_at = Some(Instant::now());
                } else if let (true, Some(t)) = (line.starts_with("C "), began_at.take()) {
                    write_time = (write_time * 7 + t.elapsed()) / 8;
                }
            }
            let span = u64::try_from(write_time.as_micros()).unwrap_or(u64::MAX);
            std::thread::sleep(Duration::from_micros(rng.below(span)));
        }
        let _ = child.kill(); // SIGKILL
        let status = child.wait().expect("wait");
        stdout.read_to_string(&mut out).expect("read stdout");
        let mut err = String::new();
        child.stderr.take().expect("stderr").read_to_string(&mut err).expect("read stderr");
        assert_eq!(status.signal(), Some(9), "store-stress run {run} ended by itself ({status}): {err}");

        let (opened, done, open_write) = parse(&out);
        let where_ = match (&open_write, opened) {
            (Some(_), _) => Landed::InsideWrite,
            (None, true) => Landed::BetweenWrites,
            (None, false) => Landed::Opening,
        };
        *landed.entry(match where_ {
            Landed::Opening => "while opening",
            Landed::InsideWrite => "inside a write",
            Landed::BetweenWrites => "between writes",
        })
        .or_insert(0) += 1;
        writes_done += done.len() as u64;
        for w in &done {
            w.apply(&mut expected);
        }

        let t = Instant::now();
        let found = read_store(&db);
        checking += t.elapsed();
        match &open_write {
            None => assert_eq!(found, expected, "run {run}: the store differs from the reported writes"),
            Some(w) => {
                let mut after = expected.clone();
                w.apply(&mut after);
                if found == after {
                    in_flight_committed += 1;
                    expected = after;
                } else {
                    assert_eq!(found, expected, "run {run}: killed inside {w:?}: the store is neither before nor after it");
                    in_flight_not += 1;
                }
            }
        }
    }
    let elapsed = start.elapsed();
    let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    let inside = landed.get("inside a write").copied().unwrap_or(0);
    println!(
        "crash test: {kills} kills (SIGKILL): {landed:?}; of the kills inside a write, {in_flight_committed} found it \
         committed and {in_flight_not} rolled back; {writes_done} writes reported done; every case checked after \
         every kill; {} cases, file {} KiB, write time ≈ {} µs, {:.1} s ({:.1} s of it checking)",
        expected.len(),
        size / 1024,
        write_time.as_micros(),
        elapsed.as_secs_f64(),
        checking.as_secs_f64()
    );
    assert!(inside * 2 > kills, "only {inside} of {kills} kills landed inside a write: the test did not test");
    if kills >= 100 {
        assert!(in_flight_committed > 0 && in_flight_not > 0, "kills inside writes should land on both sides of the commit");
        assert!(writes_done * 2 > kills, "the child hardly wrote anything: the test did not test");
    }
    let _ = std::fs::remove_dir_all(dir);
}
