// End-to-end test of the letter helper in Chromium: write a reply to a
// partshøring step by step, watch the Danish preview, download the PDF; the
// draft survives a reload; axe-core is clean in Danish and English.

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
