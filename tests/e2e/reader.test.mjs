// End-to-end test of "Forstå dit brev" in Chromium: paste a letter, see each
// fact with the sentence it came from, then one step to every other screen,
// pre-filled through the typed hand-offs. Reading stores nothing; a file
// without text gets one clear message and the manual path; axe is clean.
// The harness fails the test on any off-host request.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPage, openScreen, runAxe, formatViolations, TIMEOUT } from './harness.mjs';

const opts = { timeout: TIMEOUT };
const HERE = path.dirname(fileURLToPath(import.meta.url));
const LETTERS = path.join(HERE, '..', 'letters');
const ARTIFACTS = path.join(HERE, 'artifacts');
const letter = (name) => fs.readFileSync(path.join(LETTERS, name), 'utf8');

const keys = (page) => page.evaluate(() => Object.keys(localStorage).sort());
const stored = (page, key) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) || 'null'), key);

async function readLetter(page, text) {
  // Within one page load go by the hash (the app routes on it); else load the page.
  if (page.url().startsWith('http')) {
    await page.evaluate(() => { location.hash = '#brev'; });
    await page.locator('#reader-text').waitFor();
  } else {
    await openScreen(page, '#brev', '#reader-text');
  }
  await page.locator('#reader-text').fill(text);
  await page.locator('#reader-read').click();
  await page.locator('#reader-result').waitFor();
}

/** A one-page PDF that only draws a line: a scan without OCR, to a text extractor. */
function imageOnlyPdf() {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 18 >>\nstream\n0 0 m 100 100 l S\nendstream',
  ];
  let out = '%PDF-1.7\n';
  const offsets = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

test('reader: start screen and nav lead to "Forstå dit brev"', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '', '#start-reader');
    assert.equal(await page.locator('.nav-list a').first().getAttribute('href'), '#brev', 'first in the nav');
    await page.locator('#start-reader').click();
    await page.locator('#reader-text').waitFor();
    assert.equal(await page.locator('h1').innerText(), 'Forstå dit brev');
  }));

test('reader: a kommune sanction → facts with evidence → deadline, letter, check, case', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#brev', '#reader-text');
    const before = await keys(page);
    await readLetter(page, letter('01-kommune-sanktion.txt'));

    // The facts, each editable and with the sentence it came from.
    assert.equal(await page.locator('#reader-kind').inputValue(), 'decision');
    assert.equal(await page.locator('#reader-decision').inputValue(), 'sanction');
    assert.equal(await page.locator('#reader-authority').inputValue(), 'kommune');
    assert.equal(await page.locator('#reader-authority-name').inputValue(), 'Aarhus Kommune');
    assert.equal(await page.locator('#reader-benefit').inputValue(), 'kontanthjaelp');
    assert.equal(await page.locator('#reader-letter-date').inputValue(), '04.12.2026');
    assert.equal(await page.locator('#reader-amount-one-off').inputValue(), '1152');
    assert.equal(await page.locator('#reader-amount-monthly').inputValue(), '');
    assert.ok(await page.locator('#reader-guidance').isChecked());
    assert.equal(await page.locator('#reader-guidance-deadline').inputValue(), 'inden 4 uger');
    assert.ok(await page.locator('#reader-reasons').isChecked());
    assert.match(await page.locator('#reader-letter-date-note mark').innerText(), /4\. december 2026/);
    assert.match(await page.locator('#reader-amount-one-off-note mark').innerText(), /1\.152 kr/);
    assert.match(await page.locator('#reader-kind-note mark').innerText(), /Afgørelse om sanktion/);
    const summary = await page.locator('#reader-summary').innerText();
    assert.ok(summary.includes('afgørelse fra Aarhus Kommune'), summary);
    assert.ok(summary.includes('Er du uenig, kan du klage'), summary);
    assert.match(await page.locator('#reader-status').innerText(), /Brevet er læst/);

    // Typing in a fact keeps the focus (the block is not rebuilt per key).
    await page.locator('#reader-authority-name').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' X');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'reader-authority-name');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');

    // Reading and correcting stored nothing.
    assert.deepEqual(await keys(page), before, 'nothing written to localStorage by reading');

    // Digital Post, arrived 04.12.2026 (prefilled from the letter's date).
    // Klagefrist 4 weeks from receipt: 04.12.2026 + 28 days = Friday 01.01.2027,
    // Nytårsdag → the next working day is Monday 04.01.2027.
    assert.equal(await page.locator('#reader-received').inputValue(), '04.12.2026');
    await page.locator('#reader-to-frister').click();
    await page.locator('#deadline-date').waitFor();
    assert.equal(await page.locator('#deadline-kind').inputValue(), 'complaint');
    assert.equal(await page.locator('#deadline-date').getAttribute('data-deadline'), '2027-01-04');

    // The complaint route: benefit and decider handed to "Klag".
    await readLetter(page, letter('01-kommune-sanktion.txt'));
    await page.locator('#reader-to-appeal').click();
    await page.locator('#decided-by-kommune').waitFor();
    assert.equal(await page.locator('#appeal-benefit').inputValue(), 'kontanthjaelp');
    assert.ok(await page.locator('#decided-by-kommune').isChecked());

    // An a-kasse decision on paper: the a-kasse's complaint deadline, counted
    // from the date on the letter (02.12.2026) plus the presumed postal days.
    await readLetter(page, letter('09-akasse-karantaene.txt'));
    await page.locator('#reader-delivery-paper').check();
    assert.equal(await page.locator('#reader-received').count(), 0, 'paper: no Digital Post day asked');
    await page.locator('#reader-to-frister').click();
    await page.locator('#deadline-date').waitFor();
    assert.equal(await page.locator('#deadline-kind').inputValue(), 'complaint-akasse');
    assert.equal(await page.locator('#delivery-paper').isChecked(), true);
    assert.equal(await page.locator('#event-date').inputValue(), '02.12.2026');
    // Sent Wednesday 02.12.2026; received after 6 delivery days (Mon-Fri, not
    // helligdage): 3, 4, 7, 8, 9, 10 December → Thursday 10.12.2026. Four weeks
    // later: Thursday 07.01.2027, a working day.
    assert.equal(await page.locator('#deadline-date').getAttribute('data-deadline'), '2027-01-07');

    // The letter helper: a complaint with the authority, date, benefit and decision.
    await readLetter(page, letter('01-kommune-sanktion.txt'));
    await page.locator('#reader-to-letter').click();
    await page.waitForFunction(() => location.hash === '#breve');
    await page.locator('#letter-steps[data-kind="klage"]').waitFor();
    assert.equal(await page.locator('#letter-steps').getAttribute('data-kind'), 'klage');
    await page.waitForFunction(() => (JSON.parse(localStorage.getItem('ret-og-frist.letters.draft') || '{}').authority || '') !== '');
    const draft = await stored(page, 'ret-og-frist.letters.draft');
    assert.equal(draft.authority, 'Aarhus Kommune');
    assert.equal(draft.letter_date, '04.12.2026');
    assert.equal(draft.received, '04.12.2026');
    assert.equal(draft.benefit, 'kontanthjaelp');
    assert.equal(draft.decision, 'sanction');

    // The procedure check: letter 13 has no klagevejledning → "no" for it.
    await readLetter(page, letter('13-sanktion-uden-klagevejledning.txt'));
    assert.ok(!(await page.locator('#reader-guidance').isChecked()));
    assert.match(await page.locator('#reader-summary').innerText(), /ingen klagevejledning/);
    await page.locator('#reader-to-check').click();
    await page.locator('#check-klagevejledning-no').waitFor();
    assert.ok(await page.locator('#check-klagevejledning-no').isChecked());
    assert.equal(await page.locator('#check-decision').inputValue(), 'sanction');
    await page.locator('[data-finding="klagevejledning"]').waitFor();

    // Letter 14 (a stop) gives no begrundelse and cites no §: §§ 22-24 "no".
    await readLetter(page, letter('14-stop-uden-begrundelse.txt'));
    assert.ok(!(await page.locator('#reader-reasons').isChecked()));
    await page.locator('#reader-to-check').click();
    await page.locator('#check-begrundelse-faktum-no').waitFor();
    assert.equal(await page.locator('#check-decision').inputValue(), 'stop');
    for (const id of ['begrundelse-faktum', 'begrundelse-hovedhensyn', 'begrundelse-regler', 'klagevejledning']) {
      assert.ok(await page.locator(`#check-${id}-no`).isChecked(), id);
    }

    // Save as a case: the letter becomes the case's event.
    await readLetter(page, letter('01-kommune-sanktion.txt'));
    assert.ok(!(await keys(page)).includes('ret-og-frist.cases'), 'no case stored before saving');
    await page.locator('#reader-save-case').click();
    await page.waitForFunction(() => location.hash === '#sager');
    const shelf = JSON.stringify(await stored(page, 'ret-og-frist.cases'));
    assert.ok(shelf.includes('"kind":"decision"') && shelf.includes('"date":"2026-12-04"') && shelf.includes('Aarhus Kommune'), shelf);
    await page.locator('main').filter({ hasText: 'Aarhus Kommune' }).waitFor();
    const casesText = await page.locator('main').innerText();
    assert.ok(casesText.includes('Aarhus Kommune'), casesText.slice(0, 2000));
  }));

test('reader: a kontanthjælp grant carries its monthly amount into "Kan det betale sig?"', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await readLetter(page, letter('05-kommune-bevilling.txt'));
    assert.equal(await page.locator('#reader-amount-monthly').inputValue(), '13008');
    await page.locator('#reader-to-gain').click();
    await page.waitForFunction(() => location.hash === '#gevinst');
    // The gain screen saves its form once it has taken the hand-off.
    await page.waitForFunction(() => (JSON.parse(localStorage.getItem('ret-og-frist.gain.form') || '{}').kh_amount || '') !== '');
    const form = await stored(page, 'ret-og-frist.gain.form');
    assert.equal(form.benefit, 'kontanthjaelp');
    assert.equal(form.kh_amount, '13008');
  }));

test('reader: a partshøring → a reply letter with its reply-by date', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await readLetter(page, letter('15-partshoering-sanktion.txt'));
    assert.equal(await page.locator('#reader-kind').inputValue(), 'partshoering');
    assert.equal(await page.locator('#reader-reply-by').inputValue(), '04.12.2026');
    assert.match(await page.locator('#reader-summary').innerText(), /senest/);
    assert.equal(await page.locator('#reader-received').count(), 0, 'no receipt question for a reply date');
    await page.locator('#reader-to-letter').click();
    await page.waitForFunction(() => location.hash === '#breve');
    await page.locator('#letter-steps[data-kind="partshoering"]').waitFor();
    assert.equal(await page.locator('#letter-steps').getAttribute('data-kind'), 'partshoering');
    await page.waitForFunction(() => (JSON.parse(localStorage.getItem('ret-og-frist.letters.draft') || '{}').authority || '') !== '');
    const draft = await stored(page, 'ret-og-frist.letters.draft');
    assert.equal(draft.reply_by, '04.12.2026');
    assert.equal(draft.authority, 'Jobcenter Kolding');
    assert.equal(draft.letter_date, '20.11.2026');
  }));

test('reader: an image-only PDF and a binary file get one clear message and the manual path', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#brev', '#reader-file');
    const before = await keys(page);
    await page.locator('#reader-file').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: imageOnlyPdf() });
    await page.locator('#reader-error').waitFor();
    assert.match(await page.locator('#reader-error').innerText(), /billede uden tekst/);
    assert.equal(await page.locator('#reader-error .reader-manual a').count(), 4);
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 13 & 255));
    await page.locator('#reader-file').setInputFiles({ name: 'x.bin', mimeType: 'application/octet-stream', buffer: garbage });
    await page.locator('#reader-error').filter({ hasText: 'hverken tekst eller PDF' }).waitFor();
    assert.equal(await page.locator('#reader-error').count(), 1);
    assert.deepEqual(await keys(page), before);
  }));

for (const lang of ['da', 'en', 'uk', 'ar']) {
  test(`reader: axe clean with a result (${lang}), 360 px wide`, opts, (t) =>
    withPage(t, { bypassCSP: true }, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await openScreen(page, '#brev', '#reader-text');
      await page.locator('#lang-select').selectOption(lang);
      await page.locator('#reader-text').fill(letter('20-to-brevdatoer.txt'));
      await page.locator('#reader-read').click();
      await page.locator('#reader-result').waitFor();
      const violations = await runAxe(page);
      assert.deepEqual(violations, [], formatViolations(violations));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at 360 px (${overflow} px)`);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, `reader-360-${lang}.png`), fullPage: true });
    }));
}

test('reader: a letter that is neither a decision nor a partshøring says "Andet brev", and "En anden slags afgørelse" can be chosen', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await readLetter(page, 'Kære Mette\n\nVi inviterer dig til informationsmøde i jobcentret tirsdag den 8. december 2026 kl. 10.\n\nMed venlig hilsen\nJobcenter Aarhus');
    // Not "Ikke fundet – vælg selv": the reader found what it is, a letter of another kind.
    assert.equal(await page.locator('#reader-kind').inputValue(), 'other');
    assert.match(await page.locator('#reader-kind option:checked').innerText(), /Andet brev/);
    // A decision the kinds do not name can be said so.
    await page.locator('#reader-kind').selectOption('decision');
    await page.locator('#reader-decision').selectOption('other');
    assert.match(await page.locator('#reader-summary').innerText(), /En anden slags afgørelse/);
  }));

// The reader is a wasm module of its own (ui/src/lazy.rs): not part of the first
// load, fetched on the first read with "Henter …" shown meanwhile, and a module
// that cannot be fetched gets a clear message and is tried again on the next read.
test('reader: the reader module loads on the first read only, says "Henter …", and a failed load is named and retried', opts, (t) =>
  withPage(t, {}, async ({ page, log }) => {
    let fail = true;
    await page.route(/\/reader(\.js|_bg\.wasm)(\?.*)?$/, async (route) => {
      if (fail && route.request().url().includes('reader.js')) {
        // As a module that cannot be had (offline before the worker cached it).
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("offline");' });
      }
      // Slow enough to see the loading state.
      await new Promise((r) => setTimeout(r, 800));
      return route.continue();
    });
    await openScreen(page, '#brev', '#reader-text');
    const lazy = () => log.requests.filter((r) => /\/(reader|casefile|pdf)(\.js|_bg\.wasm)/.test(r));
    assert.deepEqual(lazy(), [], 'no lazy module is fetched for the screen itself');

    await page.locator('#reader-text').fill(letter('01-kommune-sanktion.txt'));
    await page.locator('#reader-read').click();
    await page.locator('#reader-error').waitFor();
    assert.match(await page.locator('#reader-error').innerText(), /kunne ikke hentes.*offline/s);
    assert.equal(await page.locator('#reader-loading').count(), 0, 'no "Henter …" left behind');

    fail = false;
    await page.locator('#reader-read').click();
    assert.equal(await page.locator('#reader-loading').innerText(), 'Henter …');
    await page.locator('#reader-result').waitFor();
    assert.equal(await page.locator('#reader-loading').count(), 0);
    assert.equal(await page.locator('#reader-decision').inputValue(), 'sanction');
    assert.deepEqual(lazy().map((r) => r.replace(/^GET .*\//, '')), ['reader.js', 'reader.js?retry=1', 'reader_bg.wasm']);
  }));
