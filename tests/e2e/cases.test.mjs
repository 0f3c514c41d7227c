// End-to-end test of "Mine sager" in Chromium: create a case, add a decision
// letter, see its deadline in "Mine frister", reload and find it still there,
// export the calendar file; adviser search; axe-core in Danish and English.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPage, openScreen, runAxe, formatViolations, TIMEOUT } from './harness.mjs';

const opts = { timeout: TIMEOUT };
const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');

// A new case with a decision letter from Aarhus Kommune. By default: received
// Thu 5 Mar 2026 → Easter → Tue 7 Apr 2026 (RSL § 67), waited for in Mine frister.
async function caseWithDecision(page, { title = 'Sanktion i marts', received = '05.03.2026', deadline = '2026-04-07' } = {}) {
  await openScreen(page, '#sager', '#case-new-title');
  await page.locator('#case-new-title').fill(title);
  await page.locator('#case-new').click();
  await page.locator('#case-detail').waitFor();
  await page.locator('#event-kind').selectOption('decision');
  await page.locator('#event-date-case').fill(received);
  await page.locator('#event-authority').fill('Aarhus Kommune');
  await page.locator('#event-add').click();
  await page.locator(deadline ? `#my-deadlines tr[data-deadline="${deadline}"]` : '#my-deadlines tr').first().waitFor();
}

test('cases: a decision letter gives a deadline in Mine frister, kept after reload, exported as .ics', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await caseWithDecision(page);
    assert.ok(await page.locator('#case-deadlines [data-deadline="2026-04-07"]').count(), 'deadline in the case');
    await page.reload({ waitUntil: 'load' });
    await page.locator('#my-deadlines tr[data-deadline="2026-04-07"]').waitFor();
    assert.match(await page.locator('#my-deadlines').innerText(), /Sanktion i marts/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#cases-ics').click()]);
    const ics = fs.readFileSync(await download.path(), 'utf8');
    assert.match(ics, /BEGIN:VCALENDAR/);
    assert.match(ics, /DTSTART;VALUE=DATE:20260407/);
    assert.match(ics, /Sanktion i marts/);
    // All day: DTEND is the next day, exclusive (RFC 5545 § 3.6.1).
    assert.match(ics, /DTEND;VALUE=DATE:20260408/);
    // Reminders 7 and 2 days before (31 Mar, 5 Apr); one whose day has passed
    // is left out, so after 5 Apr 2026 the passed deadline carries none.
    const today = new Date().toISOString().slice(0, 10);
    const expected = ['2026-03-31', '2026-04-05'].filter((d) => d >= today).length;
    assert.equal((ics.match(/BEGIN:VALARM/g) || []).length, expected, 'reminders whose day has not passed');
    // A bad date is refused with a message and the typed text is kept.
    await page.locator('#event-date-case').fill('31.02.2026');
    await page.locator('#event-add').click();
    await page.locator('#event-date-case-error').waitFor();
    assert.equal(await page.locator('#event-date-case').inputValue(), '31.02.2026');
  }));

test('cases: adviser mode searches clients; delete everything empties the device', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await caseWithDecision(page);
    await page.locator('#case-new-title').fill('Jensen – sygedagpenge');
    await page.locator('#case-new').click();
    await page.locator('#case-list li').nth(1).waitFor();
    await page.locator('#cases-adviser').check();
    await page.locator('#cases-search').fill('jensen');
    await page.waitForFunction(() => document.querySelectorAll('#case-list li').length === 1);
    page.once('dialog', (d) => d.accept());
    await page.locator('#cases-delete-all').click();
    await page.waitForFunction(() => document.querySelectorAll('#case-list li').length === 0);
    await page.reload({ waitUntil: 'load' });
    await page.locator('#case-new-title').waitFor();
    assert.equal(await page.locator('#case-list li').count(), 0, 'nothing left after reload');
  }));

test('cases: the status is saved in a case and its summary shows the target group and rights', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await caseWithDecision(page);
    await openScreen(page, '#status', '#status-benefit');
    await page.locator('#status-benefit').selectOption('kontanthjaelp');
    await page.locator('#readiness-jobparat').check();
    await page.locator('#status-age').fill('35');
    await page.locator('#status-date').fill('22.11.2026');
    await page.locator('#status-save').click();
    await page.locator('#status-save-status').filter({ hasText: /./ }).waitFor();
    await openScreen(page, '#sager', '#case-new-title');
    await page.locator('#case-status').waitFor();
    assert.match(await page.locator('#case-status').innerText(), /Jobparat/);
    assert.ok((await page.locator('#case-cards li').count()) >= 8, 'rights and duties in the case summary');
  }));

for (const lang of ['da', 'en', 'uk', 'ar']) {
  test(`axe-core on Mine sager with a case, lang=${lang}`, opts, (t) =>
    withPage(t, { bypassCSP: true }, async ({ page }) => {
      await caseWithDecision(page);
      if (lang !== 'da') {
        await page.locator('#lang-select').selectOption(lang);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      }
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe (cases, ${lang}):\n${formatViolations(violations)}`);
    }));
}

test('cases: in the browser a case goes out as an encrypted file and comes back; a wrong passphrase and an older copy change nothing', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await caseWithDecision(page);
    // Export is a closed section of the case detail: open it.
    await page.locator('#case-sec-export > summary').click();
    await page.locator('#export-passphrase').fill('kort');
    await page.locator('#case-export').click();
    await page.locator('#export-status').filter({ hasText: /mindst|8/ }).waitFor();
    await page.locator('#export-passphrase').fill('korrekt hest batteri');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('#case-export').click()]);
    const file = await download.path();
    const text = fs.readFileSync(file, 'utf8');
    assert.match(text, /^-----BEGIN AGE ENCRYPTED FILE-----/, 'an armored age file');
    assert.ok(!text.includes('Sanktion i marts'), 'the content is encrypted');

    // Empty the device, then bring the case back.
    page.once('dialog', (d) => d.accept());
    await page.locator('#cases-delete-all').click();
    await page.waitForFunction(() => document.querySelectorAll('#case-list li').length === 0);
    await page.locator('#import-file').setInputFiles(file);
    await page.locator('#import-passphrase').fill('forkert kodeord');
    await page.locator('#case-import').click();
    await page.locator('#import-status').filter({ hasText: /adgangskode|passphrase/i }).waitFor({ timeout: 60_000 });
    assert.equal(await page.locator('#case-list li').count(), 0, 'nothing imported');
    await page.locator('#import-passphrase').fill('korrekt hest batteri');
    await page.locator('#case-import').click();
    await page.locator('#case-list li').filter({ hasText: 'Sanktion i marts' }).waitFor({ timeout: 60_000 });
    await page.locator('#my-deadlines tr[data-deadline="2026-04-07"]').waitFor();

    // Edit it here; the file is now older: a conflict, shown side by side, nothing overwritten.
    await page.locator('#case-list li button').filter({ hasText: 'Sanktion i marts' }).click();
    await page.locator('#case-sec-notes > summary').click();
    await page.locator('#case-note').fill('Ringede til jobcentret.');
    await page.locator('form:has(#case-note) button[type="submit"]').click();
    await page.locator('#case-notes li').waitFor();
    await page.locator('#case-import').click();
    await page.locator('#import-conflict').waitFor({ timeout: 60_000 });
    await page.locator('#import-keep-both').click();
    await page.waitForFunction(() => document.querySelectorAll('#case-list li').length === 2, null, { timeout: 60_000 });
    assert.match(await page.locator('#case-list').innerText(), /\(importeret\)/);
  }));

test('cases: "Tilbage til alle sager" closes the case and puts the focus on it in the list (keyboard only)', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await caseWithDecision(page);
    await page.locator('#case-back').focus();
    await page.keyboard.press('Enter');
    await page.locator('#case-detail').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.closest('#case-list li') != null);
    assert.match(await page.evaluate(() => document.activeElement.textContent), /Sanktion i marts/);
    // And Enter opens it again.
    await page.keyboard.press('Enter');
    await page.locator('#case-detail').waitFor();
  }));

test('cases: on a 360 px phone the case detail is sections that open and close, fits the width, and leads back to the list', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await caseWithDecision(page);
    const sections = await page.locator('#case-detail details.fds-accordion').count();
    assert.ok(sections >= 6, `the case detail has ${sections} sections that open and close`);
    const notes = page.locator('#case-sec-notes');
    assert.equal(await notes.getAttribute('open'), null, 'notes start closed');
    await notes.locator('> summary').click();
    await page.locator('#case-note').waitFor({ state: 'visible' });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 360, `no sideways scroll in the case detail (page is ${wide} px wide)`);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.locator('#case-detail').screenshot({ path: path.join(SHOTS, 'phone-case-detail-da.png') });
    await page.locator('#lang-select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    const wideAr = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wideAr <= 360, `no sideways scroll in Arabic (page is ${wideAr} px wide)`);
    await page.locator('#case-detail').screenshot({ path: path.join(SHOTS, 'phone-case-detail-ar.png') });
    await page.locator('#case-back-bottom').click();
    await page.locator('#case-detail').waitFor({ state: 'detached' });
    // The focus moves once the list has re-rendered (a zero-delay timer after
    // the detail closes), so wait for it rather than read it at once.
    await page.waitForFunction(() => document.activeElement?.closest('#case-list li') != null, null, { timeout: 5000 })
      .catch(() => {});
    const focused = await page.evaluate(() => document.activeElement?.closest('#case-list li')?.textContent ?? '');
    assert.match(focused, /Sanktion i marts/, 'back on the list, on the case just left');
  }));

// Found by using the app at 360 px: Mine frister was a five-column table to
// swipe inside its box, and the case and the rule were cut off with nothing
// to say so. On a phone each deadline is now a block of labelled lines.
// (innerText follows the page's order, as a screen reader does: no CSS reordering.)
test('cases: on a 360 px phone Mine frister shows every deadline whole, each line labelled, in Danish and Arabic', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await caseWithDecision(page);
    await page.locator('#case-back-bottom').click();
    await page.locator('#case-detail').waitFor({ state: 'detached' });
    const row = page.locator('#my-deadlines tbody tr[data-deadline="2026-04-07"]');
    await row.waitFor();
    const fits = () => page.evaluate(() => {
      const region = document.querySelector('#my-deadlines').closest('.table-scroll');
      return { page: document.documentElement.scrollWidth, region: region.scrollWidth, box: region.clientWidth };
    });
    for (const lang of ['da', 'ar']) {
      if (lang === 'ar') {
        await page.locator('#lang-select').selectOption('ar');
        await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      }
      const w = await fits();
      assert.ok(w.page <= 360, `${lang}: no sideways scroll on the page (${w.page} px)`);
      assert.ok(w.region <= w.box + 1, `${lang}: nothing to swipe inside Mine frister (${w.region} px in ${w.box} px)`);
      const text = await row.innerText();
      // One line per column, each drawn with its column's name before it
      // (CSS ::before from data-label, which innerText leaves out).
      const labels = (await page.locator('#my-deadlines thead th').allInnerTexts()).map((l) => l.trim());
      const cells = await row.locator('td, th').evaluateAll((cs) => cs.map((c) => ({
        label: c.dataset.label, before: getComputedStyle(c, '::before').content, top: c.getBoundingClientRect().top,
      })));
      assert.deepEqual(cells.map((c) => c.label), labels, `${lang}: each line is labelled with its column`);
      for (const c of cells) assert.notEqual(c.before, 'none', `${lang}: the label "${c.label}" is drawn`);
      assert.ok(cells.every((c, i) => i === 0 || c.top > cells[i - 1].top), `${lang}: one line each, in the order read aloud`);
      assert.match(text, /Sanktion i marts/);
      // Still a table for a screen reader: its header row names the columns.
      assert.equal(await page.getByRole('columnheader').count(), 5, `${lang}: five column headers`);
      assert.equal(await page.getByRole('rowheader', { name: 'Sanktion i marts' }).count(), 1, `${lang}: the case heads its row`);
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.locator('#my-deadlines').screenshot({ path: path.join(SHOTS, `phone-my-deadlines-${lang}.png`) });
    }
    // Wide screens keep the table, without the labels.
    await page.setViewportSize({ width: 1024, height: 800 });
    assert.equal(await row.evaluate((r) => getComputedStyle(r).display), 'table-row');
    assert.equal(await row.locator('td').first().evaluate((c) => getComputedStyle(c, '::before').content), 'none');
  }));

test('cases: a partshøring asks for the reply deadline, not just "Dato"', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#sager', '#case-new-title');
    await page.locator('#case-new-title').fill('Partshøring');
    await page.locator('#case-new').press('Enter');
    await page.locator('#case-detail').waitFor();
    // Focus lands on the new case's heading, not on the "Opret sag" button.
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'case-title');
    const label = page.locator('label[for="event-date-case"]');
    assert.equal((await label.innerText()).trim(), 'Dato');
    await page.locator('#event-kind').selectOption('partshoering');
    assert.match(await label.innerText(), /Svarfristen i brevet/);
  }));

// Reminders on start (the fallback where notifications cannot be scheduled):
// the saved cases are read in a chunk of their own after the first screen.
test('cases: a deadline within the reminder days shows on the start screen after a reload', opts, (t) =>
  withPage(t, {}, async ({ page, log }) => {
    // Received 25 days ago: the 4-week klagefrist (RSL § 67) ends in 3 days, or
    // on the next working day after a weekend or holiday — within the 7 days
    // the reminders look ahead.
    const d = new Date(Date.now() - 25 * 86_400_000);
    const received = `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
    await caseWithDecision(page, { title: 'Afslag på hjælp', received, deadline: null });
    await page.evaluate(() => { location.hash = '#frister'; });
    await page.reload({ waitUntil: 'load' });
    const reminders = page.locator('#start-reminders');
    await reminders.waitFor({ state: 'visible' });
    assert.match(await reminders.innerText(), /Afslag på hjælp/);
    assert.ok(log.requests.some((r) => r.includes('split_start_reminders.wasm')), 'read in its chunk');
    // The texts follow the language (the cases are not read again for it).
    const danish = await reminders.locator('li').first().innerText();
    await page.locator('#lang-select').selectOption('en');
    await page.waitForFunction((da) => {
      const li = document.querySelector('#start-reminders li');
      return li && li.textContent !== da && li.textContent.includes('Afslag på hjælp');
    }, danish, { timeout: 5000 });
    assert.match(await page.locator('#start-reminders h2').innerText(), /[A-Za-z]/);
  }));

// Found in the Tauri window: the new case's heading took the focus 100 ms
// after "Opret sag", so a fast typist's date went into nothing ("0" kept).
// The heading takes the focus only while the person has not moved on.
test('cases: typing into the new case at once keeps every key (the heading does not steal the focus)', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#sager', '#case-new-title');
    await page.locator('#case-new-title').fill('Hurtig');
    await page.locator('#case-new').click();
    await page.locator('#event-date-case').focus();
    await page.keyboard.type('05.03.2026');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#event-date-case').inputValue(), '05.03.2026');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'event-date-case');
  }));
