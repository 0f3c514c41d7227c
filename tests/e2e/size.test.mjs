// First load of the web build (tools/size/first-load.mjs): every byte fetched
// before the first screen is usable, gzip. The phone issue's goal is 1.5 MB; the
// build is not there yet (the PDF fonts, the case-file encryption and the letter
// reader are still in the one wasm). Until then this test holds the line: the
// first load may not grow past CEILING_KB without someone changing it here, in
// the same commit that says why.
//
// 2026-12-04: 2.70 MB → 3.77 MB gzip when the letter reader (lopdf, regex with
// Unicode tables) joined the one wasm. Loading it only on "Forstå dit brev" is
// the first thing to do for the 1.5 MB goal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstLoad } from '../../tools/size/first-load.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WEB_DIST = path.resolve(process.env.WEB_DIST || path.join(HERE, '..', '..', 'ui', 'dist'));
const GOAL_KB = 1536;
const CEILING_KB = 3300; // 3,153 KB on 2026-12-05 after the letter fonts were cut down

test('first load: measured per file; not above the ceiling', { timeout: 120_000 }, async (t) => {
  const r = await firstLoad(WEB_DIST);
  for (const row of r.rows) t.diagnostic(`${row.file}: ${(row.bytes / 1024).toFixed(0)} KB, gzip ${(row.gzip / 1024).toFixed(0)} KB`);
  const kb = Math.round(r.total / 1024);
  t.diagnostic(`first load: ${kb} KB gzip (goal ${GOAL_KB} KB, ceiling ${CEILING_KB} KB)`);
  assert.ok(r.rows.some((row) => row.file.endsWith('.wasm')), 'the measurement saw the wasm');
  assert.ok(kb <= CEILING_KB, `first load ${kb} KB gzip is above the ceiling of ${CEILING_KB} KB`);
});
