// End-to-end test of "Regler og satser": from a deadline to the rule behind it
// in one step; search; the "unconfirmed only" filter; axe-core in da and en.

import { test } from 'node:test';
import assert from 'node:assert/strict';
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
    const all = await page.locator('#rules-list > li').count();
    assert.ok(all > 150, `${all} rules listed`);
    await page.locator('#rules-unconfirmed').check();
    await page.waitForFunction((n) => document.querySelectorAll('#rules-list > li').length < n, all);
    const unconfirmed = await page.$$eval('#rules-list > li', (lis) => lis.map((li) => !!li.querySelector('.confidence.unconfirmed')));
    assert.ok(unconfirmed.length > 0 && unconfirmed.every(Boolean), 'only unconfirmed rules, each marked');
    await page.locator('#rules-unconfirmed').uncheck();
    await page.locator('#rules-search').fill('store bededag');
    await page.locator('#rules-list [data-path="day.store-bededag"]').waitFor();
    assert.match(await page.locator('#rules-list [data-path="day.store-bededag"]').innerText(), /2023/);
  }));

for (const lang of ['da', 'en']) {
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
