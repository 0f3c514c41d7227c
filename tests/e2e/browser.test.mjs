// End-to-end tests of the built web app (ui/dist) in headless Chromium: the
// Frister screen. The harness (server, browser, offline guard, axe) is in harness.mjs.
//
// Run:  cd tests/e2e && npm ci && node --test browser.test.mjs
// Env:  WEB_DIST, CHROMIUM, E2E_LOCALE (see harness.mjs)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  withPage, openApp, openScreen, waitForDeadline, dateLabel, htmlLang, h1Text, enterDate, runAxe, formatViolations,
  WAIT as WAIT_MS, TIMEOUT as TEST_TIMEOUT,
} from './harness.mjs';

// ---------------------------------------------------------------------------
const opts = { timeout: TEST_TIMEOUT };

test('a. Danish default: Frister is the start screen, complaint deadline 05.03.2026 -> 2026-04-07', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openApp(page);
    assert.equal(await page.locator('#deadline-kind').inputValue(), 'complaint', 'default deadline kind');
    assert.equal(await page.locator('#delivery-digital').isChecked(), true, '#delivery-digital checked by default');
    // Type it like a person would, key by key (every intermediate value fires `input`).
    await page.locator('#event-date').click();
    await page.locator('#event-date').pressSequentially('05.03.2026', { delay: 20 });
    await waitForDeadline(page, '2026-04-07');
    assert.equal(await htmlLang(page), 'da', 'document.documentElement.lang');
    const live = await page.locator('#deadline-result').getAttribute('aria-live');
    assert.ok(live === 'polite' || live === 'assertive', `#deadline-result aria-live is ${JSON.stringify(live)}`);
    const steps = await page.locator('#deadline-steps li').count();
    assert.ok(steps >= 3, `#deadline-steps has ${steps} <li>, expected >= 3`);
    assert.equal(await page.locator('#event-date').inputValue(), '05.03.2026', 'typed value kept');
  }));

test('b. uncertain day: 16.04.2026 -> 2026-05-15 with a warning', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openApp(page);
    await enterDate(page, '16.04.2026');
    await waitForDeadline(page, '2026-05-15');
    const warnings = page.locator('#deadline-warnings li');
    await warnings.first().waitFor({ state: 'attached' });
    assert.ok((await warnings.count()) >= 1, '#deadline-warnings has at least one <li>');
  }));

test('c. paper post: label changes and the deadline moves past 2026-04-07', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openApp(page);
    const before = await dateLabel(page);
    assert.ok(before, '#event-date has a label');
    await page.locator('#delivery-paper').check();
    assert.equal(await page.locator('#delivery-paper').isChecked(), true, '#delivery-paper checked');
    const until = Date.now() + WAIT_MS;
    let afterLabel = before;
    while (afterLabel === before && Date.now() < until) {
      await page.waitForTimeout(100);
      afterLabel = await dateLabel(page);
    }
    assert.notEqual(afterLabel, before, `label of #event-date should change for paper post (still "${before}")`);
    await enterDate(page, '2026-03-05');
    const got = await waitForDeadline(page, (v) => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && v !== '2026-04-07');
    t.diagnostic(`paper post deadline for 2026-03-05: ${got}`);
    // Sent Thu 5 Mar 2026; received 6 delivery days later (Mon–Fri, no holiday in
    // between): Fri 6, Mon 9, Tue 10, Wed 11, Thu 12, Fri 13 Mar; + 4 weeks (RSL § 67)
    // = Fri 10 Apr 2026, a working day (Easter Monday was 6 Apr).
    assert.equal(got, '2026-04-10', `paper post deadline for a letter sent 2026-03-05`);
  }));

test('d. ombudsman: 2025-06-10 -> 2026-06-10', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openApp(page);
    await page.locator('#deadline-kind').selectOption('ombudsman');
    await enterDate(page, '2025-06-10');
    await waitForDeadline(page, '2026-06-10');
  }));

test('e. bad date 31.02.2026: error shown, typed text kept', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openApp(page);
    await enterDate(page, '31.02.2026');
    const err = page.locator('#date-error');
    await err.waitFor({ state: 'visible' });
    const until = Date.now() + WAIT_MS;
    let text = '';
    while (!(text = (await err.innerText()).trim()) && Date.now() < until) await page.waitForTimeout(100);
    assert.ok(text.length > 0, '#date-error has non-empty text');
    t.diagnostic(`#date-error: ${text}`);
    assert.equal(await page.locator('#event-date').inputValue(), '31.02.2026', 'what the user typed is kept');
  }));

test('f. language switch to English', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openApp(page);
    assert.equal(await htmlLang(page), 'da');
    const h1Da = (await h1Text(page)).trim();
    assert.ok(h1Da, 'Danish <h1> is not empty');
    await enterDate(page, '05.03.2026');
    await waitForDeadline(page, '2026-04-07');
    const stepsDa = (await page.locator('#deadline-steps').innerText()).trim();

    await page.locator('#lang-select').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: WAIT_MS });
    assert.equal(await htmlLang(page), 'en');
    const until = Date.now() + WAIT_MS;
    let h1En = h1Da;
    while (h1En === h1Da && Date.now() < until) {
      await page.waitForTimeout(100);
      h1En = (await h1Text(page)).trim();
    }
    assert.notEqual(h1En, h1Da, 'the <h1> is translated');

    // A language switch keeps the form: the typed date and its result stay, no retyping.
    assert.equal(await page.locator('#event-date').inputValue(), '05.03.2026', 'the typed date survives the switch');
    await waitForDeadline(page, '2026-04-07');
    // The explanation follows the language without a reload.
    await page.waitForFunction(
      (da) => document.querySelector('#deadline-steps')?.innerText.trim() !== da,
      stepsDa,
      { timeout: WAIT_MS },
    );
    assert.ok((await page.locator('#deadline-steps li').count()) >= 3, 'steps shown in English');
  }));

for (const lang of ['da', 'en', 'uk', 'ar']) {
  test(`g. axe-core (WCAG 2.1 A/AA + best practice) on Frister with a result, lang=${lang}`, opts, (t) =>
    // bypassCSP only here: axe is injected as an inline script, which the app's CSP rightly forbids.
    withPage(t, { bypassCSP: true }, async ({ page }) => {
      await openApp(page);
      if (lang !== 'da') {
        await page.locator('#lang-select').selectOption(lang);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: WAIT_MS });
      }
      await enterDate(page, '16.04.2026'); // a result with steps and a warning
      await waitForDeadline(page, '2026-05-15');
      assert.equal(await htmlLang(page), lang);
      const violations = await runAxe(page);
      assert.equal(
        violations.length,
        0,
        `axe found ${violations.length} violation(s) (lang=${lang}):\n${formatViolations(violations)}`,
      );
    }));
}

test('h. Mine sager follows a language switch without a reload and keeps what is being typed', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#sager', '#case-new-title');
    await page.locator('#case-new-title').fill('Sprogsag');
    await page.locator('#case-new').click();
    await page.locator('#event-date-case').fill('05.03.2026');
    await page.locator('#event-add').click();
    await page.locator('#case-events li').first().waitFor();
    const eventsDa = (await page.locator('#case-events').innerText()).trim();
    const deadlinesDa = (await page.locator('#case-deadlines').innerText()).trim();
    // Notes are a closed section of the case detail: open it.
    await page.locator('#case-sec-notes > summary').click();
    await page.locator('#case-note').fill('Ringede til kommunen');

    await page.locator('#lang-select').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: WAIT_MS });
    await page.waitForFunction(
      ([ev, dl]) =>
        document.querySelector('#case-events')?.innerText.trim() !== ev &&
        document.querySelector('#case-deadlines')?.innerText.trim() !== dl,
      [eventsDa, deadlinesDa],
      { timeout: WAIT_MS },
    );
    assert.match(await page.locator('#case-events').innerText(), /March/, 'the letter date is in English');
    assert.equal(await page.locator('#case-note').inputValue(), 'Ringede til kommunen', 'the note being typed survives');
  }));
