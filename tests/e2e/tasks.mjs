// Three tasks a person comes with, written once and done in two places: in
// Chromium (tasks.test.mjs, the web build) and in the real Tauri window
// (desktop.test.mjs, over WebDriver). Each place gives a small driver; the
// person below does every action through it, so clicks and keys are counted the
// same way in both, and each count has a ceiling: a change that makes a task
// take more work fails in both places.
//
//  a. A sanction on kontanthjælp received by Digital Post → the complaint
//     deadline → a complaint as PDF.
//  b. A single parent with 2 children on kontanthjælp in Aarhus, rent 7.000 kr.:
//     is a 25-hour job at 165 kr./hour worth it?
//  c. A partshøring with a reply date → a reply as PDF.
//
// Counting: a click on a field, button, link or checkbox is 1 click; choosing
// in a <select> is 2 (open it, pick the option); every character typed is 1
// key. Every value is typed key by key, and after each key the field must still
// have the focus and hold what was typed so far. The expected dates and the gain
// come from the `navigator` CLI (the same core), so a task checks the outcome,
// not only that something appeared.
//
// The driver interface (all selectors are CSS):
//   start()                      open the start screen (Frister) with nothing saved
//   waitFor(sel)                 until the element exists
//   waitForAttr(sel, name, val)  until the element's attribute has the value
//   value(sel) / attr(sel, name) / checked(sel)
//   click(sel)                   a real click on the element
//   select(sel, value)           choose an option of a <select>
//   key(sel, ch)                 type one character into the focused field
//   focusState(sel)              { focused, active, value } of that field
//   savePdf(sel)                 click the PDF button; { name, bytes } of the saved file

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const NAVIGATOR = process.env.NAVIGATOR || path.join(REPO, 'target', 'debug', 'navigator');

/**
 * Ceilings, set from the measured counts (see the README's task table). A
 * count above its ceiling means the task got harder for the person.
 */
export const CEILING = {
  // a: +2 clicks since a complaint point has no preselected topic (it was
  // "Udeblivelse" by default and went into letters of people who never said so).
  a: { clicks: 19, keys: 84 },
  b: { clicks: 15, keys: 24 },
  c: { clicks: 13, keys: 78 },
};

function navigator(args) {
  assert.ok(fs.existsSync(NAVIGATOR), `navigator binary at ${NAVIGATOR} (cargo build -p navigator)`);
  return JSON.parse(execFileSync(NAVIGATOR, args, { encoding: 'utf8' }));
}

function calc(scenario) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rof-tasks-'));
  const file = path.join(dir, 'scenario.json');
  fs.writeFileSync(file, JSON.stringify(scenario));
  try {
    return navigator(['calc', file]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
/** "2026-12-30" → "30. december 2026", as the letters write a date. */
function danish(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}

/** The person at the keyboard: every action goes through here and is counted. */
export function person(ui) {
  const n = { clicks: 0, keys: 0 };
  return {
    n,
    /** Click a button, link, checkbox or step. */
    async click(selector) {
      await ui.click(selector);
      n.clicks += 1;
    },
    /** Pick an option of a <select>: open it and choose. */
    async choose(selector, value) {
      await ui.select(selector, value);
      n.clicks += 2;
    },
    /** Click the letter's PDF button: one click; the saved file's name and bytes. */
    async savePdf(selector) {
      const file = await ui.savePdf(selector);
      n.clicks += 1;
      return file;
    },
    /** Click into a field and type the text key by key; the focus must stay. */
    async type(selector, text) {
      await ui.click(selector);
      n.clicks += 1;
      let typed = '';
      for (const ch of text) {
        await ui.key(selector, ch);
        typed += ch;
        n.keys += 1;
        const now = await ui.focusState(selector);
        assert.ok(now.focused, `${selector}: the focus left the field after "${typed}" (now on ${JSON.stringify(now.active)})`);
        assert.equal(now.value, typed, `${selector} holds what was typed`);
      }
    },
  };
}

function report(t, task, where, n) {
  t.diagnostic(`task ${task} (${where}): ${n.clicks} clicks, ${n.keys} keys (ceiling ${CEILING[task].clicks} clicks, ${CEILING[task].keys} keys)`);
  assert.ok(n.clicks <= CEILING[task].clicks, `task ${task}: ${n.clicks} clicks, more than the ceiling ${CEILING[task].clicks}`);
  assert.ok(n.keys <= CEILING[task].keys, `task ${task}: ${n.keys} keys, more than the ceiling ${CEILING[task].keys}`);
}

/** The PDF button of the letter's last step: a real PDF named for the letter. */
async function pdf(me, expectedName) {
  const { name, bytes } = await me.savePdf('#letter-download-pdf');
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'a real PDF');
  assert.ok(bytes.length > 5_000, `PDF of ${bytes.length} bytes`);
  assert.ok(name.startsWith(expectedName.replace(/\.pdf$/, '')) && name.endsWith('.pdf'), `PDF named ${name}, expected ${expectedName}`);
}

export const TASKS = [
  {
    id: 'a',
    title: 'a kontanthjælp sanction by Digital Post → deadline → complaint as PDF',
    async run(t, ui, where) {
      const received = '2026-12-02';
      const expected = navigator(['deadline', 'complaint', '--received', received]).deadline;
      const me = person(ui);

      // Start screen: Frister, klagefrist and Digital Post are what it starts with.
      await ui.start();
      assert.equal(await ui.value('#deadline-kind'), 'complaint');
      await me.type('#event-date', '02.12.2026');
      await ui.waitForAttr('#deadline-date', 'data-deadline', expected);

      // "Klag over en afgørelse": the letter helper opens with the complaint
      // chosen, on the first step nothing has answered yet (who you are).
      await me.click('#frister-write-letter');
      await ui.waitFor('#letter-name');
      await me.type('#letter-name', 'Mette Sørensen');
      await me.click('#letter-next');
      await me.type('#letter-authority', 'Aarhus Kommune');
      await me.click('#letter-next');
      // From Frister: the receipt day, and (Digital Post) the letter's date is
      // the day it arrived; the person checks them and types nothing.
      assert.equal(await ui.value('#letter-received'), '02.12.2026', 'the receipt day from Frister');
      assert.equal(await ui.value('#letter-letter-date'), '02.12.2026', 'a Digital Post letter is dated the day it arrived');
      await me.choose('#letter-benefit', 'kontanthjaelp');
      await me.choose('#letter-decision', 'sanction');
      assert.equal(await ui.attr('#letter-deadline', 'data-deadline'), expected, 'the same deadline as Frister');
      await me.click('#letter-next');
      await me.type('#point-0-event-date', '24.11.2026');
      await me.type('#point-0-account', 'Jeg var syg og ringede samme morgen.');
      // A point has no topic until the person picks one; the reason is asked for a missed meeting.
      await me.choose('#point-0-topic', 'missed-meeting');
      await me.choose('#point-0-reason', 'illness');
      // Straight to the last step through the step list.
      await me.click('#letter-steps li:last-child button');
      await ui.waitFor('#letter-download-pdf');
      await pdf(me, 'brev-klage.pdf');

      const text = await ui.value('#letter-plain-text');
      for (const s of [
        `Klage over afgørelse af ${danish(received)} – sanktion i kontanthjælp`,
        danish('2026-11-24'),
        `udløber ${danish(expected)}`,
        'Mette Sørensen',
        'Jeg var syg og ringede samme morgen.',
      ]) {
        assert.ok(text.includes(s), `the letter lacks "${s}":\n${text}`);
      }
      report(t, 'a', where, me.n);
      return me.n;
    },
  },
  {
    id: 'b',
    title: 'single parent, 2 children, kontanthjælp, Aarhus, rent 7.000 → is 25 hours at 165 kr. worth it?',
    async run(t, ui, where) {
      const me = person(ui);
      await ui.start();
      await me.click('nav a[href="#gevinst"]');
      await ui.waitFor('#gain-age');
      const year = await ui.value('#gain-year');

      await me.type('#gain-age', '34');
      await me.choose('#gain-municipality', 'Aarhus');
      // Living alone is the default: the partner page is skipped.
      assert.equal(await ui.checked('#gain-partner'), false, 'no partner is the default');
      await me.click('#gain-next');
      await ui.waitFor('#gain-children');
      await me.type('#gain-children', '4, 9');
      await me.click('#gain-next');
      await ui.waitFor('#gain-rent');
      assert.ok(await ui.checked('#gain-renting'), 'renting is the default');
      await me.type('#gain-rent', '7.000');
      await me.type('#gain-area', '70');
      await me.click('#gain-next');
      // Kontanthjælp on forhøjet sats is the default; the app has no base rates,
      // so the amount from the decision is typed.
      await ui.waitFor('#gain-kh-amount');
      assert.equal(await ui.value('#gain-benefit'), 'kontanthjaelp');
      await me.type('#gain-kh-amount', '17.200');
      await me.click('#gain-next');
      await ui.waitFor('#gain-job-hours');
      await me.type('#gain-job-hours', '25');
      await me.type('#gain-job-wage', '165');
      await me.click('#gain-next');

      const expected = calc({
        date: `${year}-07-01`,
        municipality: 'Aarhus',
        adults: [{ age: 34, benefit: { kind: 'kontanthjaelp', sats: 'forhoejet', monthly_amount: 17200 } }],
        children: [{ age: 4 }, { age: 9 }],
        housing: { rent_monthly: 7000, area: 70, heating_separate: false },
        job: { hours_per_week: 25, hourly_wage: 165 },
        costs: { childcare_monthly: 0, transport_monthly: 0 },
      });
      assert.deepEqual(expected.cannot_compute, [], 'the CLI computes this household');
      await ui.waitForAttr('#gain-gain', 'data-gain-monthly', String(expected.gain_monthly));
      t.diagnostic(`task b (${where}): gain ${expected.gain_monthly} kr. a month (${year})`);
      report(t, 'b', where, me.n);
      return me.n;
    },
  },
  {
    id: 'c',
    title: 'a partshøring with a reply date → reply as PDF',
    async run(t, ui, where) {
      const replyBy = '2026-12-14';
      const expected = navigator(['deadline', 'partshoering', '--reply-by', replyBy]).deadline;
      const me = person(ui);

      await ui.start();
      await me.choose('#deadline-kind', 'partshoering');
      await me.type('#event-date', '14.12.2026');
      await ui.waitForAttr('#deadline-date', 'data-deadline', expected);

      await me.click('#frister-write-letter');
      await ui.waitFor('#letter-name');
      await me.type('#letter-name', 'Ali Hassan');
      await me.click('#letter-next');
      await me.type('#letter-authority', 'Aarhus Kommune');
      await me.click('#letter-next');
      assert.equal(await ui.value('#letter-reply-by'), '14.12.2026', 'the reply date from Frister');
      await me.type('#letter-letter-date', '30.11.2026');
      await me.click('#letter-next');
      await me.type('#point-0-account', 'Jeg var syg og kunne ikke møde op.');
      await me.click('#letter-steps li:last-child button');
      await ui.waitFor('#letter-download-pdf');
      await pdf(me, 'brev-partshoering.pdf');

      const text = await ui.value('#letter-plain-text');
      for (const s of [`jeres brev af ${danish('2026-11-30')}`, danish(replyBy), 'Ali Hassan', 'Jeg var syg']) {
        assert.ok(text.includes(s), `the letter lacks "${s}":\n${text}`);
      }
      assert.ok(/partshøring/i.test(text), `a reply to a partshøring:\n${text}`);
      report(t, 'c', where, me.n);
      return me.n;
    },
  },
];
