// The three tasks of tasks.mjs in Chromium (the web build): a person at the
// keyboard, from the start screen, every value typed key by key. The same
// tasks run in the Tauri window in desktop.test.mjs.
//
// Run:  cd tests/e2e && NAVIGATOR=../../target/debug/navigator node --test tasks.test.mjs
//       (WEB_DIST, CHROMIUM: see harness.mjs)

import { test } from 'node:test';
import fs from 'node:fs';
import { withPage, openScreen, TIMEOUT, WAIT } from './harness.mjs';
import { TASKS } from './tasks.mjs';

/** The Chromium driver of tasks.mjs, on a playwright page. */
function chromiumDriver(page) {
  return {
    start: () => openScreen(page, '', '#event-date'),
    waitFor: (sel) => page.locator(sel).first().waitFor({ timeout: WAIT }),
    async waitForAttr(sel, name, value) {
      await page.waitForFunction(
        ([s, n, v]) => document.querySelector(s)?.getAttribute(n) === v,
        [sel, name, value],
        { timeout: WAIT },
      );
    },
    value: (sel) => page.locator(sel).inputValue(),
    attr: (sel, name) => page.locator(sel).getAttribute(name),
    checked: (sel) => page.locator(sel).isChecked(),
    click: (sel) => page.locator(sel).click(),
    select: (sel, value) => page.locator(sel).selectOption(value),
    key: (_sel, ch) => page.keyboard.type(ch),
    focusState: (sel) =>
      page.evaluate((s) => {
        const a = document.activeElement;
        const f = document.querySelector(s);
        return { focused: !!f && a === f, active: a ? a.id || a.tagName : null, value: f ? f.value : null };
      }, sel),
    async savePdf(sel) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(sel).click()]);
      return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
    },
  };
}

for (const task of TASKS) {
  test(`task ${task.id} (Chromium): ${task.title}`, { timeout: TIMEOUT }, (t) =>
    withPage(t, {}, async ({ page }) => {
      await task.run(t, chromiumDriver(page), 'Chromium');
    }));
}
