// The screens as wasm chunks of their own (ui/src/screens.rs): every screen but
// the start screen is fetched when first opened. A chunk that cannot be fetched
// (offline before the service worker was installed) gives one clear message,
// not a blank screen or a dead app, and a later visit tries again; switching
// screens while a chunk is still on its way shows no error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, openApp, TIMEOUT } from './harness.mjs';

const opts = { timeout: TIMEOUT };

// The chunk loader reports a failed fetch on the console (__wasm_split.js); that
// is expected here and only here.
function dropExpectedLoadErrors(log, file) {
  log.console = log.console.filter((m) => !(m.type === 'error' && /Failed to fetch|ERR_FAILED|__wasm_split\.js|split_screen_/.test(m.text)));
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
