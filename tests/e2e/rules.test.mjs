// End-to-end test of "Regler og satser": from a deadline to the rule behind it
// in one step; search; the "unconfirmed only" filter; axe-core in da and en.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPage, openApp, openScreen, enterDate, waitForDeadline, runAxe, formatViolations, TIMEOUT } from './harness.mjs';

const opts = { timeout: TIMEOUT };

test('rules: one step from a deadline to its rule, with value, § and source', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openApp(page);
    await enterDate(page, '05.03.2026');
    await waitForDeadline(page, '2026-04-07');
    await page.locator('#deadline-rules [data-rule="frist.complaint"] a.ref').click();
    const rule = page.locator('#rules-list [data-path="frist.complaint"]');
    await rule.waitFor();
    const text = await rule.innerText();
    assert.match(text, /4 uger/, 'current value in words');
    assert.match(text, /§ 67/, 'the §');
    assert.ok(await rule.locator('a[href^="https://"]').count(), 'a source link');
  }));

test('rules: search and the unconfirmed-only filter', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#regler', '#rules-search');
    const all = await page.locator('#rules-list li.rule').count();
    assert.ok(all > 150, `${all} rules listed`);
    await page.locator('#rules-unconfirmed').check();
    await page.waitForFunction((n) => document.querySelectorAll('#rules-list li.rule').length < n, all);
    const unconfirmed = await page.$$eval('#rules-list li.rule', (lis) => lis.map((li) => !!li.querySelector('.confidence.unconfirmed')));
    assert.ok(unconfirmed.length > 0 && unconfirmed.every(Boolean), 'only unconfirmed rules, each marked');
    await page.locator('#rules-unconfirmed').uncheck();
    await page.locator('#rules-search').fill('store bededag');
    await page.locator('#rules-list [data-path="day.store-bededag"]').waitFor();
    assert.match(await page.locator('#rules-list [data-path="day.store-bededag"]').innerText(), /2023/);
  }));

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const NAVIGATOR = process.env.NAVIGATOR || path.join(REPO, 'target', 'debug', 'navigator');

test('rules: a rule pack not signed with the app key is refused and nothing changes', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    // A complete, valid pack of today's rules — but signed with the TEST key,
    // which no build trusts (built by `navigator rules pack`, as a maintainer would).
    assert.ok(fs.existsSync(NAVIGATOR), `navigator binary at ${NAVIGATOR} (cargo build -p navigator)`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rof-pack-'));
    const packFile = path.join(dir, 'test-pack.json');
    execFileSync(NAVIGATOR, ['rules', 'pack', '--key', path.join(REPO, 'rules/keys/test.key'), '--name', 'e2e',
      '--date', new Date().toISOString().slice(0, 10), '--rules', path.join(REPO, 'rules'), '--out', packFile]);
    const junk = path.join(dir, 'junk.json');
    fs.writeFileSync(junk, '{"not": "a pack"}');

    await openScreen(page, '#regler', '#pack-file');
    assert.equal(await page.locator('#pack-active').getAttribute('data-builtin'), 'true');
    const before = await page.locator('#pack-active').getAttribute('data-sha256');
    for (const [file, why] of [[packFile, /nøgle/], [junk, /regelpakke/]]) {
      await page.locator('#pack-file').setInputFiles(file);
      await page.locator('#pack-status').filter({ hasText: why }).waitFor();
      assert.match(await page.locator('#pack-status').innerText(), /afvist/);
    }
    await page.reload({ waitUntil: 'load' });
    await page.locator('#pack-active').waitFor();
    assert.equal(await page.locator('#pack-active').getAttribute('data-builtin'), 'true', 'still the built-in rules');
    assert.equal(await page.locator('#pack-active').getAttribute('data-sha256'), before);
    fs.rmSync(dir, { recursive: true, force: true });
  }));

test('rules: an adviser override needs a reason, changes the result, is labelled, and shows the baseline', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#regler/frist.complaint', '#rules-list [data-path="frist.complaint"]');
    const rule = page.locator('#rules-list [data-path="frist.complaint"]');
    await rule.locator('details.override summary').click();
    await page.locator('#override-frist-complaint-value').fill('5');
    await rule.locator('details.override button').click();
    await rule.locator('[role="alert"]').waitFor(); // no reason given: refused
    await page.locator('#override-frist-complaint-note').fill('Test: 5 uger efter aftale med kommunen');
    await rule.locator('details.override button').click();
    await page.locator('#overrides-banner').waitFor();
    // Frister: 5 weeks from Thu 5 Mar 2026 = Thu 9 Apr 2026; the baseline (RSL § 67, 4 weeks) beside it.
    await page.locator('a[href="#frister"]').first().click();
    await enterDate(page, '05.03.2026');
    await waitForDeadline(page, '2026-04-09');
    assert.equal(await page.locator('#deadline-baseline').getAttribute('data-deadline'), '2026-04-07');
    assert.match(await page.locator('#overrides-banner').innerText(), /frist\.complaint = 5/);
    await page.locator('#overrides-clear').click();
    await page.locator('#event-date').waitFor();
    await waitForDeadline(page, '2026-04-07');
    assert.equal(await page.locator('#overrides-banner').count(), 0);
  }));

test('rules: an override and its removal show on Frister at once, without a page reload', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openApp(page);
    await enterDate(page, '05.03.2026');
    await waitForDeadline(page, '2026-04-07');
    // A reload would lose this mark: it proves the page stayed the same document.
    await page.evaluate(() => { window.__sameDocument = true; });
    // From the deadline to its rule, as a person would (a hash change, not a page load).
    await page.locator('#deadline-rules [data-rule="frist.complaint"] a.ref').click();
    const rule = page.locator('#rules-list [data-path="frist.complaint"]');
    await rule.waitFor();
    await rule.locator('details.override summary').click();
    await page.locator('#override-frist-complaint-value').fill('6');
    await page.locator('#override-frist-complaint-note').fill('Test: 6 uger');
    await rule.locator('details.override button').click();
    await page.locator('#overrides-banner').waitFor();
    // The rules screen itself already shows the new value.
    await page.locator('#rules-list [data-path="frist.complaint"]').filter({ hasText: /6 uger/ }).waitFor();
    // Frister, still filled in: 6 weeks from Thu 5 Mar 2026 = Thu 16 Apr 2026.
    await page.locator('a[href="#frister"]').first().click();
    await waitForDeadline(page, '2026-04-16');
    assert.equal(await page.locator('#deadline-baseline').getAttribute('data-deadline'), '2026-04-07');
    // Removed from the banner while Frister is in view: the screen follows at once.
    await page.locator('#overrides-clear').click();
    await waitForDeadline(page, '2026-04-07');
    assert.equal(await page.locator('#overrides-banner').count(), 0);
    assert.equal(await page.evaluate(() => window.__sameDocument === true), true, 'no page reload');
  }));

for (const lang of ['da', 'en', 'uk', 'ar']) {
  test(`axe-core on Regler og satser, lang=${lang}`, opts, (t) =>
    withPage(t, { bypassCSP: true }, async ({ page }) => {
      await openScreen(page, '#regler', '#rules-search');
      await page.locator('#rules-search').fill('klage');
      if (lang !== 'da') {
        await page.locator('#lang-select').selectOption(lang);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      }
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe (rules, ${lang}):\n${formatViolations(violations)}`);
    }));
}
