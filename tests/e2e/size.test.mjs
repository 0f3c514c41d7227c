// First load of the web build (tools/size/first-load.mjs): every byte fetched
// before the first screen is usable (recorded in Chromium, not assumed), gzip.
// The phone issue's goal is 1.5 MB (GOAL_KB), asserted; the lazily loaded modules
// (ui/src/lazy.rs) and the fetched languages (ui/src/i18n.rs) must stay out of it.
//
// 2026-12-04: 2.70 MB → 3.77 MB gzip when the letter reader (lopdf, regex with
// Unicode tables) joined the one wasm. Loading it only on "Forstå dit brev" is
// the first thing to do for the 1.5 MB goal.
//
// 2026-12-05: 3,179 KB → 1,575 KB gzip: the letter reader, the case-file
// encryption and the letter PDF are wasm modules of their own, loaded on first use;
// 1,453 KB when the rule texts were embedded once (core BUILTIN_FILES a static).
// Merged with the rest of that day's work the first load is 1,590 KB: the main
// wasm grew to 1,499 KB (the application layer, rate names in four languages,
// shared components) and the DKFDS look adds its CSS (14 KB) and IBM Plex Sans
// (64 KB: Latin-1 regular, semibold, bold; Cyrillic regular for "Українська").
// The 1.5 MB goal is therefore NOT reached: the test holds the ceiling and
// reports the goal; next: the ~1.8 MB of rule and locale data in the main wasm,
// toml_edit and serde_path_to_error (~480 KB of code).
//
// 2026-12-05 (later): 1,590 KB → 1,231 KB gzip. The web build has its own
// Cargo profile (`[profile.web]`: opt-level "z", fat LTO, one codegen unit):
// the main wasm's code 1,177 → 942 KB gzip; and it embeds only Danish, fetching
// another language's .ftl files when picked (ui/src/i18n.rs): its data 307 →
// 182 KB gzip. The goal is now asserted; CEILING_KB is gone.
//
// 2026-12-05 (evening): 1,231 KB → 726 KB gzip. Every screen but the start
// screen is a wasm chunk of its own (ui/src/screens.rs, split at build time by
// wasm_split_cli_support): the main wasm 1,166 → 633 KB gzip; __wasm_split.js
// (2 KB) is the chunks' loader. CEILING_KB holds what was reached plus a small
// margin, so a regression shows; the 1.5 MB goal is long met.
//
// 2026-12-06: 745 KB → 504 KB gzip (main wasm 649 → 407 KB), for the 4 s first
// visit on a phone: verifying a stored rule pack (rulepack, toml, sha2,
// ed25519-dalek) is a chunk of its own, fetched only where a pack is stored;
// core's rule loading is compiled per file format, so the built-in rules'
// JSON path no longer drags the TOML parser in; the start reminders read the
// saved cases in a chunk fetched only where cases are saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstLoad } from '../../tools/size/first-load.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WEB_DIST = path.resolve(process.env.WEB_DIST || path.join(HERE, '..', '..', 'ui', 'dist'));
const GOAL_KB = 1536;
const CEILING_KB = 530;

test('first load: measured per file; within the 1.5 MB goal and the ceiling the split by screen reached', { timeout: 120_000 }, async (t) => {
  const r = await firstLoad(WEB_DIST);
  for (const row of r.rows) t.diagnostic(`${row.file}: ${(row.bytes / 1024).toFixed(0)} KB, gzip ${(row.gzip / 1024).toFixed(0)} KB`);
  const kb = Math.round(r.total / 1024);
  t.diagnostic(`first load: ${kb} KB gzip (goal ${GOAL_KB} KB, ceiling ${CEILING_KB} KB)`);
  for (const row of r.later) t.diagnostic(`later: ${row.file}: ${(row.bytes / 1024).toFixed(0)} KB, gzip ${(row.gzip / 1024).toFixed(0)} KB`);
  assert.ok(r.rows.some((row) => row.file.endsWith('.wasm')), 'the measurement saw the wasm');
  for (const lazy of ['reader', 'casefile', 'pdf']) {
    assert.ok(r.later.some((row) => row.file === `${lazy}_bg.wasm`), `${lazy}_bg.wasm is built and not part of the first load`);
  }
  // Only Danish is embedded: the other languages' texts are separate files, fetched when picked.
  for (const lang of ['en', 'uk', 'ar']) {
    assert.ok(r.later.some((row) => row.file === `locales/${lang}/main.ftl`), `locales/${lang}/main.ftl is built and not part of the first load`);
  }
  // Pack verification and the start reminders' case reading are chunks, fetched only when needed.
  for (const part of ['pack', 'start_reminders']) {
    assert.ok(r.later.some((row) => row.file === `split_${part}.wasm`), `split_${part}.wasm is built and not part of the first load`);
  }
  // The screens but the start screen are chunks, fetched when opened.
  for (const screen of ['reader', 'status', 'gain', 'appeal', 'check', 'letters', 'cases', 'rules']) {
    assert.ok(r.later.some((row) => row.file === `split_screen_${screen}.wasm`), `split_screen_${screen}.wasm is built and not part of the first load`);
  }
  assert.ok(kb <= GOAL_KB, `first load ${kb} KB gzip is above the goal of ${GOAL_KB} KB`);
  assert.ok(kb <= CEILING_KB, `first load ${kb} KB gzip is above the ceiling of ${CEILING_KB} KB (what the split by screen reached)`);
});
