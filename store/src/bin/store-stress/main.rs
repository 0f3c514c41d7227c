//! TEST ONLY — not part of the app. Opens the case store given as the first
//! argument and writes to it in an endless loop; `tests/crash.rs` kills it with
//! SIGKILL at random moments and checks that the store survives.
//!
//! Usage: `store-stress DB RUN` (RUN: a number, names this run's new case).
//!
//! Progress goes to stdout, one line per `write(2)` (so a kill never cuts a
//! line), so the test knows where each kill landed:
//!
//! - `open` once `Store::open` (and any migration) has returned;
//! - `B save <id> <version>` just before `Store::save`, `C save <id> <version>`
//!   once it has returned (committed);
//! - `B delete <id> 0` / `C delete <id> 0` around `Store::delete` (which also
//!   empties the write-ahead log into the file: a checkpoint).
//!
//! A kill after a `B` line and before its `C` line landed inside a write call:
//! in the transaction, its commit (the fsync of the log) or the checkpoint.
//!
//! Every sixteenth run (RUN divisible by 16) first adds a new case `r<RUN>`; then
//! it cycles through `c00`–`c11`, starting at a different one each run; every
//! save writes the content `body::notes_for(new version)`. Every eighth save it
//! also saves and deletes a scratch case `tmp-<RUN>`.

mod body;

use ret_og_frist_cases::Case;
use ret_og_frist_store::Store;
use std::io::Write;
use std::process::ExitCode;

const FIXED: u64 = 12;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(db), Some(run)) = (args.get(1), args.get(2).and_then(|r| r.parse::<u64>().ok())) else {
        eprintln!("usage: store-stress DB RUN");
        return ExitCode::from(2);
    };
    match stress(db, run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("store-stress: {e}");
            ExitCode::FAILURE
        }
    }
}

/// One progress line, written and flushed at once (one `write(2)`, shorter
/// than PIPE_BUF, so the reader sees it whole or not at all). `false` once the
/// reader is gone.
fn report(out: &mut impl Write, line: &str) -> bool {
    out.write_all(format!("{line}\n").as_bytes()).and_then(|()| out.flush()).is_ok()
}

fn stress(db: &str, run: u64) -> Result<(), ret_og_frist_store::StoreError> {
    let mut store = Store::open(db)?;
    let mut out = std::io::stdout().lock();
    if !report(&mut out, "open") {
        return Ok(());
    }
    let mut ids = vec![format!("r{run:04}")];
    ids.extend((0..FIXED).map(|i| format!("c{i:02}")));
    let start = (run % FIXED) as usize;
    let first = if run.is_multiple_of(16) { Some(0) } else { None };
    let order = first.into_iter().chain((0..).map(|k| 1 + (start + k) % FIXED as usize));
    for (n, i) in order.enumerate() {
        if n % 8 == 7 {
            let tmp = format!("tmp-{run}");
            let mut c = Case::new(tmp.clone(), body::title_for(&tmp), "");
            c.notes = body::notes_for(1);
            c.version = 0; // new: saved as version 1
            report(&mut out, &format!("B save {tmp} 1"));
            store.save(&c)?;
            report(&mut out, &format!("C save {tmp} 1"));
            report(&mut out, &format!("B delete {tmp} 0"));
            store.delete(&tmp)?;
            report(&mut out, &format!("C delete {tmp} 0"));
        }
        let id = &ids[i];
        let mut case = store.get(id)?.unwrap_or_else(|| {
            let mut c = Case::new(id.clone(), body::title_for(id), "");
            c.version = 0; // `save` stores a new case as version 1
            c
        });
        let next = case.version + 1;
        case.title = body::title_for(id);
        case.notes = body::notes_for(next);
        report(&mut out, &format!("B save {id} {next}"));
        let saved = store.save(&case)?;
        assert_eq!(saved.version, next);
        // After the commit: the parent may rely on this save being in the file.
        if !report(&mut out, &format!("C save {id} {next}")) {
            return Ok(());
        }
    }
    Ok(())
}
