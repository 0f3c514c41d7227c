// Typing works everywhere: on every screen and every wizard step, every visible
// text field keeps the focus while a person types into it key by key, and ends
// up holding exactly what was typed.
//
// Fields are found generically (every visible <input> that takes text and every
// <textarea>), so a field added later is covered without touching this file.
// A minimum count per screen keeps the test from passing on an empty page.
//
// Why: a view block that read the whole form signal was rebuilt on every key,
// replacing the field being typed in (the cursor vanished after one letter).
//
// Run:  cd tests/e2e && node --test typing.test.mjs   (WEB_DIST, CHROMIUM: see harness.mjs)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, openScreen, TIMEOUT } from './harness.mjs';

const opts = { timeout: TIMEOUT };

/** Inputs that take typed text: not checkboxes, radios, buttons, files; not read-only. */
const TEXT_FIELDS = [
  'input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=file])' +
    ':not([type=submit]):not([type=button]):not([type=reset]):not([type=range]):not([type=color])' +
    ':not([readonly]):not([disabled])',
  'textarea:not([readonly]):not([disabled])',
].join(', ');

/** The ids of the visible text fields in `scope` (a CSS selector), in page order. */
async function visibleFields(page, scope = 'main') {
  return page.evaluate(
    ({ sel, scope }) => {
      const root = document.querySelector(scope) ?? document;
      return [...root.querySelectorAll(sel)]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0)
        .map((el) => el.id || `(no id: ${el.outerHTML.slice(0, 80)})`);
    },
    { sel: TEXT_FIELDS, scope },
  );
}

/** What to type into a field: a date for date questions, a number for number fields, else words. */
function sampleFor(id, inputmode) {
  if (/date|received|sick-day|reply-by|first-sick/.test(id)) return '05.03.2026';
  if (inputmode === 'numeric' || inputmode === 'decimal') return '4.250';
  return 'Ab 12 æø';
}

/** The id of the focused element once pending work of the page (effects, microtasks) has run. */
const activeId = (page) =>
  page.evaluate(() => new Promise((r) => setTimeout(() => r(document.activeElement?.id ?? null), 0)));

/**
 * Focus, clear and type into every visible text field of the screen, key by key;
 * fail as soon as the focus leaves the field or the text differs. Returns the ids.
 */
async function typeEverywhere(page, where, min, scope = 'main') {
  const ids = await visibleFields(page, scope);
  const unnamed = ids.filter((id) => id.startsWith('(no id'));
  assert.deepEqual(unnamed, [], `${where}: every field needs an id (and a label)`);
  assert.ok(ids.length >= min, `${where}: found ${ids.length} text fields (${ids.join(', ')}), expected at least ${min}`);
  for (const id of ids) {
    const field = page.locator(`[id="${id}"]`);
    const inputmode = await field.getAttribute('inputmode');
    const text = sampleFor(id, inputmode);
    await field.focus();
    await field.fill('');
    assert.equal(await activeId(page), id, `${where}: #${id} does not keep the focus after clearing it`);
    let typed = '';
    for (const ch of text) {
      await page.keyboard.type(ch, { delay: 5 });
      typed += ch;
      const now = await activeId(page);
      assert.equal(now, id, `${where}: the focus left #${id} after typing "${typed}" (now on ${JSON.stringify(now)})`);
    }
    assert.equal(await field.inputValue(), text, `${where}: #${id} holds something else than what was typed`);
  }
  return ids;
}

test('typing keeps the focus: Frister, Min status, Klag, Tjek, Regler', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#frister', '#event-date');
    await typeEverywhere(page, 'frister', 1);
    await page.locator('#deadline-kind').selectOption('sygedagpenge');
    await typeEverywhere(page, 'frister (sygedagpenge)', 1);

    await openScreen(page, '#status', '#status-benefit');
    await typeEverywhere(page, 'status', 2);
    await page.locator('#status-benefit').selectOption('sygedagpenge');
    await page.locator('#status-sick-day').waitFor();
    await typeEverywhere(page, 'status (sygedagpenge)', 3);
    await page.locator('#status-benefit').selectOption('kontanthjaelp');
    await typeEverywhere(page, 'status (kontanthjælp)', 2);

    await openScreen(page, '#klage', '#appeal-benefit');
    await typeEverywhere(page, 'klage', 1);
    await page.locator('#appeal-benefit').selectOption('kontanthjaelp');
    await typeEverywhere(page, 'klage (kontanthjælp)', 1);

    // Tjek has no text fields, only yes/no/don't know: arrow keys in a radio
    // group must leave the focus in that group (it used to be rebuilt).
    await openScreen(page, '#tjek', '#check-decision');
    const first = page.locator('main input[type=radio]').first();
    await first.focus();
    const name = await first.getAttribute('name');
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp']) {
      await page.keyboard.press(key);
      const focused = await page.evaluate(
        () => new Promise((r) => setTimeout(() => r(document.activeElement?.getAttribute('name') ?? null), 0)),
      );
      assert.equal(focused, name, `tjek: after ${key} the focus left the radio group "${name}"`);
    }

    await openScreen(page, '#regler', '#rules-search');
    await typeEverywhere(page, 'regler', 1);
    // An adviser's override form, opened.
    await page.locator('#rules-search').fill('kontanthjaelp');
    const override = page.locator('#rules-list details.override').first();
    await override.locator('summary').click();
    await override.evaluate((d) => d.setAttribute('data-typing', 'open'));
    await typeEverywhere(page, 'regler (override)', 2, '#rules-list details[data-typing=open]');
  }));

test('typing keeps the focus: every page of "Kan det betale sig?" with every branch on', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    // A case to save the result in, so the result page has its field too.
    await openScreen(page, '#sager', '#case-new-title');
    await page.locator('#case-new-title').fill('Min sag');
    await page.locator('#case-new').click();
    await page.locator('#case-detail').waitFor();

    await openScreen(page, '#gevinst', '#gain-age');
    const goto = async (i, ready) => {
      await page.locator(`#gain-goto-${i}`).click();
      await page.locator(ready).waitFor();
    };
    await typeEverywhere(page, 'gevinst: dig', 1);
    // With a partner (asked on the first page) and under 30, so the partner
    // page and the tilpasningstillæg field are there too.
    await page.locator('#gain-partner').check();
    await page.locator('#gain-age').fill('25');
    await goto(1, '#gain-partner-age');
    await page.locator('#gain-partner-benefit').selectOption('kontanthjaelp');
    await typeEverywhere(page, 'gevinst: partner', 4);
    await goto(2, '#gain-children');
    await typeEverywhere(page, 'gevinst: børn', 2);
    await goto(3, '#gain-renting');
    if (!(await page.locator('#gain-renting').isChecked())) await page.locator('#gain-renting').check();
    await typeEverywhere(page, 'gevinst: bolig', 3);
    await goto(4, '#gain-benefit');
    for (const [benefit, min] of [['kontanthjaelp', 3], ['dagpenge', 2], ['sygedagpenge', 2]]) {
      await page.locator('#gain-benefit').selectOption(benefit);
      await typeEverywhere(page, `gevinst: ydelse (${benefit})`, min);
    }
    await goto(5, '#gain-job-hours');
    await typeEverywhere(page, 'gevinst: jobbet', 3);
    await goto(6, '#gain-save-name');
    await typeEverywhere(page, 'gevinst: resultat', 1);
  }));

test('typing keeps the focus: every letter kind, every step of "Skriv brev"', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#breve', '#letter-step-title');
    const kinds = await page.locator('input[name=letter-kind]').evaluateAll((els) => els.map((e) => e.id));
    assert.ok(kinds.length >= 6, `letter kinds: ${kinds.join(', ')}`);
    for (const kind of kinds) {
      // Back to the first step, choose the kind, then walk every step.
      while (await page.locator('#letter-back').isEnabled()) await page.locator('#letter-back').click();
      await page.locator(`[id="${kind}"]`).check();
      let total = 0;
      let points = false;
      for (let step = 1; step < 12 && (await page.locator('#letter-next').isEnabled()); step++) {
        await page.locator('#letter-next').click();
        const title = (await page.locator('#letter-step-title').innerText()).trim();
        const where = `breve ${kind}, step ${step} "${title}"`;
        if (await page.locator('#letter-add-point').isVisible()) {
          points = true;
          // The Ombudsman letter asks only for the account and the documents per
          // point (no event date): 2 fields a point; the others ask 3 or more.
          const perPoint = /ombudsmand/.test(kind) ? 2 : 3;
          await typeEverywhere(page, where, perPoint, '.letters-form');
          // A second point: its fields are new and must work the same.
          await page.locator('#letter-add-point').click();
          await page.locator('#point-1-account').waitFor();
          total += (await typeEverywhere(page, `${where}, 2 points`, 2 * perPoint, '.letters-form')).length;
          await page.locator('.letters-form fieldset.point button').last().click(); // remove it again
        } else {
          total += (await typeEverywhere(page, where, 0, '.letters-form')).length;
        }
      }
      assert.ok(total >= 6, `breve ${kind}: only ${total} text fields over all steps`);
      if (/partshoering|klage|ombudsmand/.test(kind)) assert.ok(points, `breve ${kind}: no step with points`);
    }
  }));

test('typing keeps the focus: Mine sager, new case, add a letter, notes, overrides, adviser mode', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await openScreen(page, '#sager', '#case-new-title');
    await typeEverywhere(page, 'sager', 2);
    await page.locator('#case-new-title').fill('Sag 1');
    await page.locator('#case-new').click();
    await page.locator('#case-detail').waitFor();
    // The case detail is in sections that open and close: open the closed ones,
    // as a person would, before typing in every field.
    const openAll = async () => {
      const closed = page.locator('#case-detail details:not([open]) > summary');
      for (let n = await closed.count(); n > 0; n--) await closed.first().click();
    };
    await openAll();
    await typeEverywhere(page, 'sager: en sag åben', 8);
    // A letter added: the case is saved and the detail must not be rebuilt under the cursor.
    await page.locator('#event-date-case').fill('05.03.2026');
    await page.locator('#event-add').click();
    await page.locator('#case-events li').first().waitFor();
    await openAll();
    await typeEverywhere(page, 'sager: efter et brev', 8);
    // Adviser mode: search and the person's name (saved when the field is left).
    await page.locator('#cases-adviser').check();
    await page.locator('#case-person').waitFor();
    await openAll();
    await typeEverywhere(page, 'sager: rådgiver', 10);
  }));
