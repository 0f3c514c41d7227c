// End-to-end test of the letter helper in Chromium: write a reply to a
// partshøring step by step, watch the Danish preview, download the PDF; the
// draft survives a reload; axe-core is clean in all four languages. A complaint
// says what the person meant (error labels for the person, first-person
// sentences with the rule data's § for the authority), questions follow the
// topic, typing key by key keeps the focus, and other screens hand over typed
// answers ("Klag over en afgørelse" from Tjek afgørelsen and Frister).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { withPage, openScreen, runAxe, formatViolations, TIMEOUT } from './harness.mjs';

const opts = { timeout: TIMEOUT };

async function writeReply(page) {
  await openScreen(page, '#breve', '#letter-kind-partshoering');
  await page.locator('#letter-kind-partshoering').check();
  await page.locator('#letter-next').click();
  await page.locator('#letter-name').fill('Mette Sørensen');
  await page.locator('#letter-address').fill('Nørregade 12, 2. th.\n8000 Aarhus C');
  await page.locator('#letter-next').click();
  await page.locator('#letter-authority').fill('Aarhus Kommune');
  await page.locator('#letter-case').fill('2026-004512');
  await page.locator('#letter-next').click();
  await page.locator('#letter-letter-date').fill('16.11.2026');
  await page.locator('#letter-reply-by').fill('30.11.2026');
  await page.locator('#letter-benefit').selectOption('kontanthjaelp');
  await page.locator('#letter-date').fill('22.11.2026');
  await page.locator('#letter-next').click();
  await page.locator('#point-0-topic').selectOption('missed-meeting');
  await page.locator('#point-0-event-date').fill('03.11.2026');
  await page.locator('#point-0-account').fill('Jeg havde høj feber og kunne ikke møde op til samtalen.');
  await page.locator('#point-0-reason').selectOption('illness');
  await page.locator('#point-0-documents').fill('Lægeerklæring af 4. november 2026');
  await page.locator('#point-0-guidance').selectOption('no');
}

test('letters: a partshøring reply, previewed in Danish and downloaded as PDF', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await writeReply(page);
    // The reply date from the letter, shown by the deadline engine while writing.
    assert.equal(await page.locator('#letter-deadline').getAttribute('data-deadline'), '2026-11-30');
    const preview = page.locator('#letter-preview');
    await preview.waitFor();
    const text = await preview.innerText();
    for (const s of [
      'Svar på partshøring – jeres brev af 16. november 2026',
      'forvaltningslovens § 19',
      'Jeg havde en rimelig grund: Jeg var syg.',
      'aktivlovens § 35',
      'Bilag 1: Lægeerklæring af 4. november 2026',
      'Mette Sørensen',
    ]) {
      assert.ok(text.includes(s), `preview lacks "${s}":\n${text}`);
    }
    assert.equal(await preview.getAttribute('lang'), 'da', 'the letter is marked as Danish');
    assert.ok((await page.locator('#letter-rules li').count()) >= 3, 'the rules the letter cites are listed');
    await page.locator('#letter-next').click(); // request
    await page.locator('#letter-next').click(); // finish
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#letter-download-pdf').click()]);
    assert.equal(download.suggestedFilename(), 'brev-partshoering.pdf');
    const bytes = fs.readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'a real PDF');
    assert.ok(bytes.length > 5_000, `PDF of ${bytes.length} bytes`);
    assert.match(await page.locator('#letter-status').innerText(), /PDF/);
    const plain = await page.locator('#letter-plain-text').inputValue();
    assert.ok(plain.includes('Med venlig hilsen'), 'plain text to copy');
    // The draft survives closing the page.
    await page.reload({ waitUntil: 'load' });
    await page.locator('#letter-preview').waitFor();
    assert.ok((await page.locator('#letter-preview').innerText()).includes('Jeg havde høj feber'));
  }));

test('letters: missing answers are named, not guessed', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#breve', '#letter-kind-partshoering');
    await page.locator('#letter-missing').waitFor();
    assert.ok((await page.locator('#letter-missing + ul li').count()) >= 3);
    await page.locator('#letter-next').click();
    await page.locator('#letter-name').fill('Ali Hassan');
    assert.equal(await page.locator('#letter-name').inputValue(), 'Ali Hassan');
  }));

for (const lang of ['da', 'en', 'uk', 'ar']) {
  test(`axe-core on the letter helper (points step with preview), lang=${lang}`, opts, (t) =>
    withPage(t, { bypassCSP: true }, async ({ page }) => {
      await writeReply(page);
      if (lang !== 'da') {
        await page.locator('#lang-select').selectOption(lang);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      }
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe (letters, ${lang}):\n${formatViolations(violations)}`);
    }));
}

/// Go to a step of the letter by its number in the step list.
async function toStep(page, n) {
  await page.locator(`#letter-steps li:nth-child(${n}) button`).click();
}

async function writeComplaint(page) {
  await openScreen(page, '#breve', '#letter-kind-klage');
  await page.locator('#letter-kind-klage').check();
  await page.locator('#letter-next').click();
  await page.locator('#letter-name').fill('Mette Sørensen');
  await page.locator('#letter-next').click();
  await page.locator('#letter-authority').fill('Aarhus Kommune');
  await page.locator('#letter-next').click();
  await page.locator('#letter-letter-date').fill('07.12.2026');
  await page.locator('#letter-received').fill('07.12.2026');
  await page.locator('#letter-benefit').selectOption('kontanthjaelp');
  await page.locator('#letter-decision').selectOption('sanction');
  await page.locator('#letter-date').fill('14.12.2026');
  await page.locator('#letter-next').click();
}

test('letters: a complaint names its errors in the person\'s words and cites the rule data\'s §', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await writeComplaint(page);
    await page.locator('#point-0-topic').selectOption('missed-meeting');
    await page.locator('#point-0-event-date').fill('03.11.2026');
    await page.locator('#point-0-account').fill('Jeg havde høj feber.');
    await page.locator('#point-0-reason').selectOption('illness');
    await page.locator('#point-0-contact').selectOption('no');
    await page.locator('#letter-next').click(); // errors
    const labels = await page.locator('form .checkbox label').allInnerTexts();
    assert.ok(labels.length >= 10, `error labels: ${labels.length}`);
    for (const l of labels) assert.ok(!/Hvis nej|Hvis ja/.test(l), `help text as a label: ${l}`);
    // A kontanthjælp sanction: no sygedagpenge item, and the sanction items are there.
    assert.equal(await page.locator('#letter-error-stop-efter-afgoerelse').count(), 0);
    assert.equal(await page.locator('#letter-error-sanktionsvejledning').count(), 1);
    await page.locator('#letter-error-partshoering').check();
    const text = await page.locator('#letter-preview').innerText();
    for (const s of [
      'Klage over afgørelse af 7. december 2026 – sanktion i kontanthjælp',
      '1. Udeblivelse den 3. november 2026',
      'Jeg havde en rimelig grund: Jeg var syg.',
      'kontakte mig personligt',
      'jf. forvaltningslovens § 19, stk. 1.',
      'udløber 4. januar 2027',
    ]) {
      assert.ok(text.includes(s), `preview lacks "${s}":\n${text}`);
    }
    assert.ok(!/Hvis nej|Hvis ja|Kommunen skal som regel/.test(text), `help text in the letter:\n${text}`);
    // Another benefit: the errors that belong to kontanthjælp go away.
    await toStep(page, 4);
    await page.locator('#letter-benefit').selectOption('sygedagpenge');
    await page.locator('#letter-decision').selectOption('stop');
    await toStep(page, 6);
    assert.equal(await page.locator('#letter-error-sanktionsvejledning').count(), 0);
    assert.equal(await page.locator('#letter-error-stop-efter-afgoerelse').count(), 1);
  }));

test('letters: the questions follow the topic', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await writeComplaint(page);
    // A new point has no topic until the person picks one: the letter must not
    // claim "Udeblivelse" for someone who did not say so (a tester found it did).
    assert.equal(await page.locator('#point-0-topic').inputValue(), '');
    for (const q of ['reason', 'contact', 'guidance']) {
      assert.equal(await page.locator(`#point-0-${q}`).count(), 0, `no topic asks no ${q}`);
    }
    await page.locator('#point-0-topic').selectOption('missed-meeting');
    for (const q of ['reason', 'contact', 'guidance']) {
      assert.equal(await page.locator(`#point-0-${q}`).count(), 1, `missed meeting asks ${q}`);
    }
    await page.locator('#point-0-topic').selectOption('not-available');
    for (const q of ['reason', 'contact', 'guidance']) {
      assert.equal(await page.locator(`#point-0-${q}`).count(), 0, `rådighed asks ${q}`);
    }
    await page.locator('#point-0-topic').selectOption('refused-offer');
    assert.equal(await page.locator('#point-0-contact').count(), 0, 'a refused offer asks about no meeting');
    assert.equal(await page.locator('#point-0-reason').count(), 1);
  }));

test('letters: typing key by key keeps the focus in every field of "Det er du uenig i"', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await writeComplaint(page);
    for (const [id, value] of [
      ['#point-0-event-date', '03.11.2026'],
      ['#point-0-account', 'Jeg var syg og ringede kl. 8.'],
      ['#point-0-documents', 'Lægeerklæring af 4. november 2026'],
    ]) {
      await page.locator(id).click();
      await page.keyboard.type(value, { delay: 15 });
      assert.equal(await page.evaluate(() => '#' + document.activeElement.id), id, `focus left ${id}`);
      assert.equal(await page.locator(id).inputValue(), value, `${id} lost keys`);
    }
  }));

test('letters: "Tjek afgørelsen" hands its errors to the complaint', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#tjek', '#check-decision');
    await page.locator('#check-decision').selectOption('sanction');
    await page.locator('#check-partshoering-no').check();
    await page.locator('#check-write-letter').click();
    await page.locator('#letter-steps[data-kind="klage"]').waitFor();
    assert.equal(await page.locator('#letter-steps').getAttribute('data-kind'), 'klage', 'the complaint is chosen');
    await toStep(page, 6);
    assert.ok(await page.locator('#letter-error-partshoering').isChecked(), 'the error is ticked');
    await toStep(page, 4);
    assert.equal(await page.locator('#letter-decision').inputValue(), 'sanction');
    // Taken once: opening the letter helper again keeps the person's own changes.
    await page.locator('#letter-decision').selectOption('refusal');
    await page.reload({ waitUntil: 'load' });
    await page.locator('#letter-step-title').waitFor();
    await toStep(page, 4);
    assert.equal(await page.locator('#letter-decision').inputValue(), 'refusal');
  }));

test('letters: "Frister" hands the dates to the complaint', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#frister', '#event-date');
    await page.locator('#deadline-kind').selectOption('complaint');
    await page.locator('#event-date').fill('05.03.2026');
    await page.locator('#frister-write-letter').click();
    await page.locator('#letter-steps[data-kind="klage"]').waitFor();
    // It opens on the first step nothing has answered yet: who you are.
    await page.locator('#letter-name').waitFor();
    await toStep(page, 4);
    assert.equal(await page.locator('#letter-received').inputValue(), '05.03.2026');
    // Digital Post (the default): the letter is offered as dated the day it arrived.
    assert.equal(await page.locator('#letter-letter-date').inputValue(), '05.03.2026');
    assert.equal(await page.locator('#letter-deadline').getAttribute('data-deadline'), '2026-04-07');
    // The banner leads back to how the deadline is counted: Frister with the same
    // date and its steps (Thu 5 Mar 2026 + 4 weeks = Thu 2 Apr, Skærtorsdag →
    // Langfredag → weekend → 2. påskedag → Tue 7 Apr 2026).
    await page.locator('#letter-deadline-explain').click();
    await page.locator('#event-date').waitFor();
    assert.equal(await page.locator('#event-date').inputValue(), '05.03.2026');
    await page.waitForFunction(() => document.querySelector('#deadline-date')?.getAttribute('data-deadline') === '2026-04-07');
  }));

test('letters: "Klag" hands benefit, decider and receipt day to the complaint', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#klage', '#appeal-benefit');
    await page.locator('#appeal-benefit').selectOption('kontanthjaelp');
    await page.locator('#decided-by-kommune').check();
    await page.locator('#appeal-received').fill('05.03.2026');
    await page.locator('#appeal-write-letter').click();
    await page.locator('#letter-steps[data-kind="klage"]').waitFor();
    assert.equal(await page.locator('#letter-steps').getAttribute('data-kind'), 'klage');
    await toStep(page, 4);
    assert.equal(await page.locator('#letter-benefit').inputValue(), 'kontanthjaelp');
    assert.equal(await page.locator('#letter-received').inputValue(), '05.03.2026');
    assert.equal(await page.locator('#letter-decided-by').inputValue(), 'kommune');
    assert.equal(await page.locator('#letter-deadline').getAttribute('data-deadline'), '2026-04-07');
  }));

test('letters: a case\'s decision opens the complaint with its dates and authority', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#sager', '#case-new-title');
    await page.locator('#case-new-title').fill('Sanktion i marts');
    await page.locator('#case-new').click();
    await page.locator('#case-detail').waitFor();
    await page.locator('#event-kind').selectOption('decision');
    await page.locator('#event-date-case').fill('05.03.2026');
    await page.locator('#event-authority').fill('Aarhus Kommune');
    await page.locator('#event-add').click();
    const link = page.locator('#case-events a[href="#breve"]');
    await link.waitFor();
    await link.click();
    await page.locator('#letter-steps[data-kind="klage"]').waitFor();
    assert.equal(await page.locator('#letter-steps').getAttribute('data-kind'), 'klage');
    await toStep(page, 3);
    assert.equal(await page.locator('#letter-authority').inputValue(), 'Aarhus Kommune');
    await toStep(page, 4);
    assert.equal(await page.locator('#letter-received').inputValue(), '05.03.2026');
  }));

test('letters: a name in Arabic script gets one message naming the letters the PDF font lacks; the text stays to copy', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await writeReply(page);
    await page.locator('#letter-steps li:nth-child(2) button').click();
    await page.locator('#letter-name').fill('مريم حسن');
    await page.locator('#letter-steps li:last-child button').click();
    await page.locator('#letter-download-pdf').click();
    // The PDF module loads on first use ("Henter …" meanwhile): wait for its answer.
    await page.locator('#letter-status').filter({ hasText: /PDF-filen kan ikke laves/ }).waitFor();
    const status = (await page.locator('#letter-status').innerText()).replace(/[\u2068\u2069]/g, '');
    assert.match(status, /PDF-filen kan ikke laves/, status);
    for (const c of 'مريحسن'.replace(' ', '')) assert.ok(status.includes(c), `the message names ${c}: ${status}`);
    assert.ok((await page.locator('#letter-plain-text').inputValue()).includes('مريم حسن'), 'the text with the name can still be copied');
    // The same letter with a Ukrainian name is written.
    await page.locator('#letter-steps li:nth-child(2) button').click();
    await page.locator('#letter-name').fill('Олена Ковальчук');
    await page.locator('#letter-steps li:last-child button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#letter-download-pdf').click()]);
    assert.equal(fs.readFileSync(await download.path()).subarray(0, 5).toString('latin1'), '%PDF-');
  }));
