// The screens as wasm chunks of their own (ui/src/screens.rs): every screen but
// the start screen is fetched when first opened. A chunk that cannot be fetched
// (offline before the service worker was installed) gives one clear message,
// not a blank screen or a dead app, and a later visit tries again; switching
// screens while a chunk is still on its way shows no error. The verification
// of a stored rule pack (TOML, SHA-256, Ed25519) and the reading of saved cases
// for the start reminders are chunks too, fetched only on a device that has a
// pack or cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, openApp, TIMEOUT } from './harness.mjs';

const opts = { timeout: TIMEOUT };

// The chunk loader reports a failed fetch on the console (__wasm_split.js); that
// is expected here and only here.
function dropExpectedLoadErrors(log, file) {
  log.console = log.console.filter((m) => !(m.type === 'error' && /Failed to fetch|ERR_FAILED|__wasm_split\.js|split_screen_|split_pack/.test(m.text)));
  log.failed = log.failed.filter((f) => !f.includes(file));
}

test('a screen whose chunk cannot be fetched says so once; the app still works and a later visit loads it', opts, (t) =>
  withPage(t, {}, async ({ page, log }) => {
    await openApp(page);
    const file = 'split_screen_status.wasm';
    await page.route(`**/${file}`, (route) => route.abort('internetdisconnected'));
    await page.evaluate(() => { location.hash = '#status'; });
    const failed = page.locator('#screen-load-failed');
    await failed.waitFor({ state: 'visible' });
    assert.match(await failed.innerText(), /kunne ikke hentes/);
    assert.equal(await page.locator('#screen-load-failed').count(), 1, 'one message, not one per chunk');
    assert.equal(await page.locator('#status-benefit').count(), 0);
    // The rest of the app is alive: the start screen works.
    await page.evaluate(() => { location.hash = '#frister'; });
    await page.locator('#event-date').waitFor({ state: 'visible' });
    // Back online: the failure was not remembered, the screen loads.
    await page.unroute(`**/${file}`);
    await page.evaluate(() => { location.hash = '#status'; });
    await page.locator('#status-benefit').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#screen-load-failed').count(), 0);
    dropExpectedLoadErrors(log, file);
  }));

test('switching screens while a chunk is on its way shows no error and ends on the last choice', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openApp(page);
    // Hold the gain screen's chunk back, then move on before it arrives.
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/split_screen_gain.wasm', async (route) => { await held; await route.continue(); });
    await page.evaluate(() => { location.hash = '#gevinst'; });
    await page.locator('#screen-loading').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#screen-loading').getAttribute('aria-busy'), 'true');
    await page.evaluate(() => { location.hash = '#tjek'; });
    await page.locator('#check-decision').waitFor({ state: 'visible' });
    release();
    await page.waitForTimeout(500);
    assert.ok(page.url().endsWith('#tjek'));
    assert.equal(await page.locator('#check-decision').count(), 1, 'the late chunk did not replace the screen in view');
    assert.equal(await page.locator('#gain-age').count(), 0);
    assert.equal(await page.locator('#screen-load-failed').count(), 0);
  }));

// A first visit fetches neither the pack verification nor the case reading.
test('a device without a rule pack or cases fetches neither the pack chunk nor the reminders chunk', opts, (t) =>
  withPage(t, {}, async ({ page, log }) => {
    await openApp(page);
    await page.waitForTimeout(500);
    const fetched = log.requests.filter((r) => /split_pack|split_start_reminders/.test(r));
    assert.deepEqual(fetched, [], 'no pack or reminders chunk on a device without them');
  }));

test('a stored rule pack is verified in its chunk before the app starts; one that no longer verifies is dropped and named', opts, (t) =>
  withPage(t, {}, async ({ page, log }) => {
    await openApp(page);
    // A pack kept from earlier that this build cannot verify (as after an update
    // to a newer pack format or key): the page must drop it, say so, and run on
    // the built-in rules.
    await page.evaluate(() => localStorage.setItem('ret-og-frist.rules.pack', JSON.stringify({ pack: { pack: 'e2e-gammel' }, files: {} })));
    await page.reload({ waitUntil: 'load' });
    const dropped = page.locator('#pack-dropped');
    await dropped.waitFor({ state: 'visible' });
    assert.match(await dropped.innerText(), /e2e-gammel/);
    assert.match(await dropped.innerText(), /indbyggede regler/);
    assert.ok(log.requests.some((r) => r.includes('split_pack.wasm')), 'the pack chunk was fetched');
    assert.equal(await page.evaluate(() => localStorage.getItem('ret-og-frist.rules.pack')), null, 'the dropped pack is removed');
    await page.locator('#event-date').waitFor({ state: 'visible' });
  }));

test('a stored rule pack whose chunk cannot be fetched: built-in rules this time, the pack kept, one notice', opts, (t) =>
  withPage(t, {}, async ({ page, log }) => {
    await openApp(page);
    const pack = JSON.stringify({ pack: { pack: 'e2e-kept' }, files: {} });
    await page.evaluate((p) => localStorage.setItem('ret-og-frist.rules.pack', p), pack);
    await page.route('**/split_pack.wasm', (route) => route.abort('internetdisconnected'));
    await page.reload({ waitUntil: 'load' });
    const notice = page.locator('#pack-not-loaded');
    await notice.waitFor({ state: 'visible' });
    assert.match(await notice.innerText(), /kunne ikke hentes/);
    assert.equal(await page.locator('#pack-dropped').count(), 0, 'not called dropped: it was not read');
    assert.equal(await page.evaluate(() => localStorage.getItem('ret-og-frist.rules.pack')), pack, 'the pack is kept for the next start');
    // The app works meanwhile.
    await page.locator('#event-date').waitFor({ state: 'visible' });
    await page.unroute('**/split_pack.wasm');
    dropExpectedLoadErrors(log, 'split_pack.wasm');
  }));
