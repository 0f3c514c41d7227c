//! TEST ONLY — not part of the app. Opens the case store given as the first
//! argument and saves cases in an endless loop, printing `<id> <version>` on
//! stdout after each save has committed. `tests/crash.rs` kills it with SIGKILL
//! at random moments and checks that the store survives.
//!
//! Usage: `store-stress DB RUN` (RUN: a number, names this run's new case).
//! Every fourth run (RUN divisible by 4) first adds a new case `r<RUN>`; then it
//! cycles through `c00`–`c11`, starting at a different one each run;
//! every save writes the content `body::notes_for(new version)`. Every eighth
//! save it also saves and deletes a scratch case `tmp-<RUN>` (a delete empties
//! the write-ahead log into the file, so kills also land in checkpoints).

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

fn stress(db: &str, run: u64) -> Result<(), ret_og_frist_store::StoreError> {
    let mut store = Store::open(db)?;
    let mut out = std::io::stdout().lock();
    let mut ids = vec![format!("r{run:04}")];
    ids.extend((0..FIXED).map(|i| format!("c{i:02}")));
    let start = (run % FIXED) as usize;
    let first = if run.is_multiple_of(4) { Some(0) } else { None };
    let order = first.into_iter().chain((0..).map(|k| 1 + (start + k) % FIXED as usize));
    for (n, i) in order.enumerate() {
        if n % 8 == 7 {
            let tmp = format!("tmp-{run}");
            let mut c = Case::new(tmp.clone(), body::title_for(&tmp), "");
            c.notes = body::notes_for(1);
            store.save(&c)?;
            store.delete(&tmp)?;
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
        let saved = store.save(&case)?;
        assert_eq!(saved.version, next);
        // After the commit: the parent may rely on this save being in the file.
        if writeln!(out, "{id} {}", saved.version).is_err() {
            return Ok(());
        }
    }
    Ok(())
}
