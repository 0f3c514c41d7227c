// End-to-end tests of the guide screens in Chromium: "Min status", "Klag"
// (the complaint wizard, linked to the deadline engine) and "Tjek afgørelsen".
// Each screen is also checked with axe-core in Danish and English.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, openScreen, waitForDeadline, runAxe, formatViolations, TIMEOUT, WAIT } from './harness.mjs';

const opts = { timeout: TIMEOUT };

async function waitForAttr(page, selector, attr, pred, what) {
  const until = Date.now() + WAIT;
  let last = null;
  for (;;) {
    last = await page.locator(selector).getAttribute(attr, { timeout: 250 }).catch(() => null);
    if (pred(last)) return last;
    if (Date.now() > until) assert.fail(`${selector}[${attr}] is ${JSON.stringify(last)}: ${what}`);
    await page.waitForTimeout(100);
  }
}

async function fillStatus(page) {
  await openScreen(page, '#status', '#status-benefit');
  await page.locator('#status-benefit').selectOption('kontanthjaelp');
  await page.locator('#readiness-jobparat').check();
  await page.locator('#status-age').fill('35');
  await page.locator('#status-date').fill('22.11.2026');
  // LAB § 6: a jobparat kontanthjælpsmodtager.
  await waitForAttr(page, '#status-group', 'data-group', (v) => v === 'jobparat-kontanthjaelp', 'target group');
}

async function fillAppeal(page) {
  await openScreen(page, '#klage', '#appeal-benefit');
  await page.locator('#appeal-benefit').selectOption('kontanthjaelp');
  assert.equal(await page.locator('#decided-by-kommune').isChecked(), true, 'kommune preselected for kontanthjælp');
  await page.locator('#appeal-received').fill('05.03.2026');
  // Same engine as Frister: RSL § 67, Easter 2026 → Tuesday 7 April.
  await waitForAttr(page, '#appeal-deadline', 'data-deadline', (v) => v === '2026-04-07', 'complaint deadline');
}

test('status: jobparat kontanthjælp gets its group, cited cards and the reform timeline', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await fillStatus(page);
    const cards = page.locator('#status-cards > li');
    assert.ok((await cards.count()) >= 8, 'at least 8 rights and duties cards');
    // Every card shows its § and a source link.
    const uncited = await page.$$eval('#status-cards > li', (lis) =>
      lis.filter((li) => !li.querySelector('.cite .ref')?.textContent.trim() || !li.querySelector('.cite a[href^="http"]'))
        .map((li) => li.dataset.card));
    assert.deepEqual(uncited, [], 'cards without § or source');
    assert.ok(await page.locator('#status-cards [data-card="aktindsigt"]').count(), 'aktindsigt card (FVL § 9)');
    // The 2027 reform is on the timeline and labelled as a proposal.
    assert.ok(await page.locator('#reform-timeline .badge.proposal').count(), 'proposals are labelled');
    assert.equal(await page.locator('#status-result').getAttribute('aria-live'), 'polite');
    // What the user typed is kept after a reload (local storage).
    await page.reload({ waitUntil: 'load' });
    await waitForAttr(page, '#status-group', 'data-group', (v) => v === 'jobparat-kontanthjaelp', 'after reload');
    assert.equal(await page.locator('#status-age').inputValue(), '35');
  }));

test('status: sygedagpenge shows the revurdering date and leads on to the complaint route', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#status', '#status-benefit');
    await page.locator('#status-benefit').selectOption('sygedagpenge');
    await page.locator('#status-date').fill('01.03.2026');
    // SDL § 24: first sick day Mon 5 Jan 2026, 30 employer days not counted,
    // 22 weeks passed 8 Jul 2026 → revurdering by the end of July.
    await page.locator('#status-sick-day').fill('05.01.2026');
    await waitForAttr(page, '#status-revurdering', 'data-deadline', (v) => v === '2026-07-31', 'revurdering');
    await page.locator('#status-letter').selectOption('afgoerelse');
    await page.locator('#status-next a[href="#klage"]').click();
    await page.locator('#appeal-benefit').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#appeal-benefit').inputValue(), 'sygedagpenge', 'benefit carried over');
    assert.equal(await page.locator('#decided-by-kommune').isChecked(), true);
  }));

test('status: the revurdering link hands the first sick day to Frister (a typed hand-off)', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#status', '#status-benefit');
    await page.locator('#status-benefit').selectOption('sygedagpenge');
    await page.locator('#status-date').fill('01.03.2026');
    await page.locator('#status-sick-day').fill('05.01.2026');
    await waitForAttr(page, '#status-revurdering', 'data-deadline', (v) => v === '2026-07-31', 'revurdering');
    // Status does not write the deadline screen's saved form; only the hand-off.
    assert.equal(await page.evaluate(() => localStorage.getItem('ret-og-frist.frister.form')), null);
    await page.locator('li:has(#status-revurdering) a[href="#frister"]').click();
    await page.locator('#event-date').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#deadline-kind').inputValue(), 'sygedagpenge');
    await waitForDeadline(page, '2026-07-31');
    assert.equal(await page.evaluate(() => localStorage.getItem('ret-og-frist.handoff.frister')), null, 'taken once');
  }));

test('klage: the route for a kommune decision, with the deadline and what happens meanwhile', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await fillAppeal(page);
    const bodies = await page.$$eval('#appeal-route > li', (lis) => lis.map((li) => li.dataset.body));
    assert.equal(bodies[0], 'kommune', 'complain to the kommune first (genvurdering, RSL § 66)');
    assert.ok(bodies.includes('ankestyrelsen'), 'then Ankestyrelsen');
    assert.ok(bodies.includes('ombudsmand'), 'then the Ombudsmand');
    assert.ok(await page.locator('#appeal-meanwhile [data-meanwhile="no-suspensive-effect"]').count(), 'RSL § 72');
    assert.ok((await page.locator('#appeal-rates tbody tr').count()) >= 5, 'reversal rates as a table');
    // The link hands the same dates to the deadline screen.
    await page.locator('#appeal-to-frister').click();
    await page.locator('#event-date').waitFor({ state: 'visible' });
    await waitForDeadline(page, '2026-04-07');
    assert.equal(await page.locator('#deadline-kind').inputValue(), 'complaint');
  }));

test('klage: an a-kasse decision goes to the a-kasse first', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#klage', '#appeal-benefit');
    await page.locator('#appeal-benefit').selectOption('dagpenge');
    await page.locator('#decided-by-a-kasse').check();
    await page.locator('#appeal-received').fill('10.03.2026');
    await waitForAttr(page, '#appeal-deadline', 'data-deadline', (v) => v === '2026-04-07', 'a-kasse deadline');
    const bodies = await page.$$eval('#appeal-route > li', (lis) => lis.map((li) => li.dataset.body));
    assert.deepEqual(bodies.slice(0, 2), ['a-kasse', 'star']);
  }));

test('tjek: a missing partshøring becomes a possible error with its §', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#tjek', '#check-decision');
    await page.locator('#check-decision').selectOption('sanction');
    await page.locator('#check-partshoering-no').check();
    await page.locator('#check-findings [data-finding="partshoering"]').waitFor();
    const ref = await page.locator('#check-findings [data-finding="partshoering"] .cite .ref').innerText();
    assert.match(ref, /§ 19/);
    await page.locator('#check-partshoering-yes').check();
    await page.locator('#check-findings [data-finding="partshoering"]').waitFor({ state: 'detached' });
  }));

for (const lang of ['da', 'en', 'uk', 'ar']) {
  for (const [name, fill] of [['status', fillStatus], ['klage', fillAppeal], ['tjek', null]]) {
    test(`axe-core on ${name} with a result, lang=${lang}`, opts, (t) =>
      withPage(t, { bypassCSP: true }, async ({ page }) => {
        if (fill) await fill(page);
        else {
          await openScreen(page, '#tjek', '#check-decision');
          await page.locator('#check-partshoering-no').check();
          await page.locator('#check-findings li').first().waitFor();
        }
        if (lang !== 'da') {
          await page.locator('#lang-select').selectOption(lang);
          await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        }
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `axe (${name}, ${lang}):\n${formatViolations(violations)}`);
      }));
  }
}
