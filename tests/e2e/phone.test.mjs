// The app on a phone: 360 × 800 px, as most citizens will open it.
//
// - Every screen, in Danish and in Arabic (right to left): no sideways scroll
//   (nothing sticks out of the page except inside its own scrolling region),
//   a header that leaves the screen to the content, and a full-page
//   screenshot saved in artifacts/phone-360-<lang>-<screen>.png to look at.
// - The folded menu (DKFDS's mobile drawer) works with the keyboard alone:
//   the button says whether it is open (aria-expanded), opening moves the
//   focus into the drawer, Tab stays in it, Escape closes it and gives the
//   focus back to the button, a choice navigates and folds it again; in
//   Danish the drawer comes from the right, in Arabic from the left.
// - Touch targets of the header are at least 44 × 44 px (WCAG 2.5.5), and so
//   is every control on every screen (fields, buttons, radio and checkbox
//   rows, sections that open and close).
// - At 320 px (a 1280 px window at 400 % zoom) no screen scrolls sideways.
// - axe-core is clean with the menu open, in all four languages.
//
// Run:  cd tests/e2e && node --test phone.test.mjs   (WEB_DIST, CHROMIUM: see harness.mjs)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPage, openScreen, runAxe, formatViolations, enterDate, waitForDeadline, TIMEOUT } from './harness.mjs';

const opts = { timeout: TIMEOUT * 3 };
const ARTIFACTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');
const PHONE = { width: 360, height: 800 };
/** The header leaves the screen to the content: one row, at most 64 px of the 800 (today about 61). */
const HEADER_MAX = 64;
const TOUCH_MIN = 44;

/** Each screen by its fragment, with an element that shows it is usable. */
const SCREENS = [
  ['#brev', '#reader-text'],
  ['#frister', '#event-date'],
  ['#status', '#status-benefit'],
  ['#gevinst', '#gain-age'],
  ['#klage', '#appeal-benefit'],
  ['#tjek', '#check-decision'],
  ['#breve', '#letter-kind-partshoering'],
  ['#sager', '#case-new-title'],
  ['#regler', '#rules-search'],
];

/**
 * Elements that stick out of the viewport sideways, outside any region that
 * scrolls on its own (overflow-x auto/scroll). The skip link is off-screen on
 * purpose until it gets focus.
 */
async function sticksOut(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.classList.contains('skip-link')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right <= width + 1 && r.left >= -1) continue;
      let inScroller = false;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') {
          inScroller = true;
          break;
        }
      }
      if (!inScroller) {
        const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`;
        out.push(`${name} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 10) };
  });
}

async function setLang(page, lang) {
  if (lang === 'da') return;
  await page.locator('#lang-select').selectOption(lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Controls in the screen smaller than TOUCH_MIN × TOUCH_MIN px (visible ones only). */
async function smallTargets(page, min) {
  return page.evaluate((min) => {
    const sel = 'main input:not([type=radio]):not([type=checkbox]):not([type=hidden]), main select, main button, main summary, main .form-group-radio, main .form-group-checkbox';
    const small = [];
    for (const el of document.querySelectorAll(sel)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('[hidden]')) continue;
      if (r.height + 0.5 < min || r.width + 0.5 < min) {
        const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`;
        small.push(`${name} ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return small.slice(0, 10);
  }, min);
}

for (const lang of ['da', 'ar']) {
  test(`phone 360 px (${lang}): every screen fits, no sideways scroll, compact header, screenshot`, opts, (t) =>
    withPage(t, {}, async ({ page }) => {
      await page.setViewportSize(PHONE);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      for (const [hash, ready] of SCREENS) {
        await openScreen(page, hash, ready);
        await setLang(page, lang);
        await page.evaluate(() => window.scrollTo(0, 0));
        const header = await page.locator('header.header').boundingBox();
        assert.ok(header.height <= HEADER_MAX, `${hash} (${lang}): the header is ${Math.round(header.height)} px high, more than ${HEADER_MAX} px`);
        // The app's name, the language choice and the menu button share one line: none hides another.
        const parts = await Promise.all(['.app-title', '#lang-select', '#menu-button'].map((s) => page.locator(s).boundingBox()));
        for (let i = 0; i < parts.length; i++) {
          for (let j = i + 1; j < parts.length; j++) {
            const [a, b] = [parts[i], parts[j]];
            const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
            assert.ok(overlap <= 0, `${hash} (${lang}): header parts ${i} and ${j} overlap by ${Math.round(overlap)} px`);
          }
        }
        const title = await page.locator('.app-title').evaluate((e) => [e.scrollWidth, e.clientWidth]);
        assert.ok(title[0] <= title[1] + 1, `${hash} (${lang}): the app's name is cut (${title[0]} px in ${title[1]} px)`);
        const fit = await sticksOut(page);
        assert.ok(fit.scrollWidth <= fit.width, `${hash} (${lang}): the page is ${fit.scrollWidth} px wide at ${fit.width} px: ${fit.out.join(', ')}`);
        assert.deepEqual(fit.out, [], `${hash} (${lang}): elements outside the screen`);
        assert.deepEqual(await smallTargets(page, TOUCH_MIN), [], `${hash} (${lang}): controls smaller than ${TOUCH_MIN} × ${TOUCH_MIN} px`);
        await page.screenshot({ path: path.join(ARTIFACTS, `phone-360-${lang}-${hash.slice(1)}.png`), fullPage: true });
      }
    }));
}

test('400 % zoom (320 px wide): no screen scrolls sideways', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 256 });
    for (const [hash, ready] of SCREENS) {
      await openScreen(page, hash, ready);
      const fit = await sticksOut(page);
      assert.ok(fit.scrollWidth <= fit.width, `${hash}: the page is ${fit.scrollWidth} px wide at ${fit.width} px: ${fit.out.join(', ')}`);
      assert.deepEqual(fit.out, [], `${hash}: elements outside the screen at 320 px`);
    }
  }));

test('phone 360 px: results fit too (a deadline, the rule book opened by a search)', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openScreen(page, '#frister', '#event-date');
    await enterDate(page, '05.03.2026');
    await waitForDeadline(page, '2026-04-07');
    let fit = await sticksOut(page);
    assert.deepEqual(fit.out, [], 'frister with a result: elements outside the screen');
    await page.screenshot({ path: path.join(ARTIFACTS, 'phone-360-da-frister-result.png'), fullPage: true });

    // The rule book is a few hundred rules: in sections that open and close.
    await openScreen(page, '#regler', '#rules-search');
    const sections = page.locator('#rules-list details.rules-area');
    assert.ok((await sections.count()) >= 5, 'the rule book is in sections');
    assert.equal(await page.locator('#rules-list details.rules-area[open]').count(), 0, 'closed until the person opens one');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 4 * PHONE.height, `the closed rule book is ${height} px long`);
    // A search opens the sections with hits; rule ids wrap instead of pushing the page sideways.
    await page.locator('#rules-search').pressSequentially('kommune');
    await page.locator('#rules-list details.rules-area[open]').first().waitFor();
    fit = await sticksOut(page);
    assert.deepEqual(fit.out, [], 'rule book with a search: elements outside the screen');
    await page.screenshot({ path: path.join(ARTIFACTS, 'phone-360-da-regler-search.png') });
  }));

test('phone 360 px: the menu folds, opens and closes with the keyboard alone', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openScreen(page, '#frister', '#event-date');
    const button = page.locator('#menu-button');
    const nav = page.locator('#site-menu nav');
    assert.equal(await nav.isVisible(), false, 'the menu is folded on a phone');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');

    // Keyboard only: Tab from the top of the page to the menu button.
    await page.evaluate(() => document.activeElement?.blur());
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'menu-button');
    }
    assert.ok(reached, 'the menu button is reached with Tab');
    await page.keyboard.press('Enter');
    await nav.waitFor({ state: 'visible' });
    assert.equal(await button.getAttribute('aria-expanded'), 'true');

    // Touch targets in the header: the button, the language choice and every menu entry.
    for (const target of [button, page.locator('#lang-select'), ...(await nav.locator('a').all())]) {
      const box = await target.boundingBox();
      assert.ok(box.width >= TOUCH_MIN && box.height >= TOUCH_MIN, `touch target ${await target.evaluate((e) => e.id || e.getAttribute('href'))} is ${Math.round(box.width)} × ${Math.round(box.height)} px`);
    }

    // Escape folds the menu and gives the focus back to its button; Enter opens it again.
    await page.keyboard.press('Escape');
    await nav.waitFor({ state: 'hidden' });
    assert.equal(await button.getAttribute('aria-expanded'), 'false', 'Escape folds the menu');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'menu-button', 'focus returns to the menu button');
    await page.keyboard.press('Enter');
    await nav.waitFor({ state: 'visible' });

    // The next Tab goes into the menu; Enter on "Klag" navigates and folds the menu.
    const target = nav.locator('a[href="#klage"]');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((a) => a === document.activeElement)) break;
    }
    assert.ok(await target.evaluate((a) => a === document.activeElement), 'menu entries are reached with Tab');
    await page.keyboard.press('Enter');
    await page.locator('#appeal-benefit').waitFor();
    assert.equal(await button.getAttribute('aria-expanded'), 'false', 'the menu folds after a choice');
    assert.equal(await nav.isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'focus moves to the new screen');
  }));

for (const lang of ['da', 'ar']) {
  test(`phone 360 px (${lang}): the drawer keeps the focus while open, Escape closes it and the focus returns`, opts, (t) =>
    withPage(t, {}, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await openScreen(page, '#frister', '#event-date');
      await setLang(page, lang);
      const button = page.locator('#menu-button');
      const drawer = page.locator('#site-menu');
      const inDrawer = () => page.evaluate(() => !!document.activeElement?.closest('#site-menu'));
      assert.equal(await drawer.getAttribute('role'), 'dialog');
      assert.equal(await drawer.getAttribute('aria-modal'), 'true');
      assert.equal(await button.getAttribute('aria-controls'), 'site-menu');

      // Keyboard: the button has the focus, Space opens the drawer (Enter is in the test above).
      await button.focus();
      await page.keyboard.press('Space');
      await drawer.waitFor({ state: 'visible' });
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      await page.waitForFunction(() => document.activeElement?.id === 'menu-close'); // opening moves the focus to the close button
      const name = await page.locator('#menu-heading').textContent();
      assert.ok(name.trim().length > 0, 'the drawer is named by its heading');

      // The drawer slides in from the side the text starts on, and covers the page's height.
      await drawer.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished))); // DKFDS's slide-in
      const box = await drawer.boundingBox();
      if (lang === 'ar') assert.ok(Math.abs(box.x) <= 1, `the Arabic drawer starts at the left edge (x = ${box.x})`);
      else assert.ok(Math.abs(box.x + box.width - PHONE.width) <= 1, `the Danish drawer ends at the right edge (${box.x} + ${box.width})`);
      assert.ok(box.height >= PHONE.height - 1, `the drawer is ${box.height} px high`);

      // Tab goes round inside the drawer, both ways.
      const stops = await drawer.locator('button, a[href]').count();
      for (let i = 0; i < stops + 2; i++) {
        await page.keyboard.press('Tab');
        assert.ok(await inDrawer(), `Tab ${i + 1} left the open drawer (focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))})`);
      }
      await button.evaluate(() => document.getElementById('menu-close').focus());
      await page.keyboard.press('Shift+Tab');
      assert.ok(await inDrawer(), 'Shift+Tab from the first stop stays in the drawer');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#regler', 'Shift+Tab from the close button goes to the last entry');

      // Escape closes it and gives the focus back to the menu button.
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      assert.equal(await button.getAttribute('aria-expanded'), 'false', 'Escape closes the drawer');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'menu-button', 'focus returns to the menu button');
      assert.equal(await page.evaluate(() => document.body.classList.contains('mobile-nav-active')), false, 'the page scrolls again');

      // The close button and the dimmed page behind the drawer close it too.
      await page.keyboard.press('Enter');
      await drawer.waitFor({ state: 'visible' });
      assert.equal(await page.evaluate(() => document.body.classList.contains('mobile-nav-active')), true, 'the page behind does not scroll');
      await page.waitForFunction(() => document.activeElement?.id === 'menu-close');
      await page.keyboard.press('Enter');
      await drawer.waitFor({ state: 'hidden' });
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'menu-button', 'the close button gives the focus back');
      await button.click();
      await drawer.waitFor({ state: 'visible' });
      await page.mouse.click(lang === 'ar' ? PHONE.width - 10 : 10, PHONE.height / 2);
      await drawer.waitFor({ state: 'hidden' });
      assert.equal(await button.getAttribute('aria-expanded'), 'false', 'a tap beside the drawer closes it');
    }));
}

test('wide screen (1280 px): the menu is inline, no menu button, one main menu', opts, (t) =>
  withPage(t, {}, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openScreen(page, '#sager', '#case-new-title');
    await page.locator('header .navigation-menu nav a[href="#sager"]').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#menu-button').isVisible(), false, 'no menu button on a wide screen');
    assert.equal(await page.locator('nav').count(), 1, 'the main menu is in the page once');
    assert.equal(await page.locator('nav a[aria-current="page"]').getAttribute('href'), '#sager', 'the screen in view is marked');
    const links = await page.locator('nav a').all();
    const top = (await links[0].boundingBox()).y;
    assert.ok((await links[1].boundingBox()).y === top, 'entries sit side by side');
    // Narrowed to a phone, the same menu moves into the drawer behind the button.
    await page.setViewportSize(PHONE);
    await page.locator('#menu-button').waitFor({ state: 'visible' });
    await page.locator('#site-menu.mobile-drawer').waitFor({ state: 'attached' });
    assert.equal(await page.locator('nav').count(), 1, 'still one main menu');
    assert.equal(await page.locator('#site-menu nav').isVisible(), false, 'folded on a phone');
  }));

for (const lang of ['da', 'en', 'uk', 'ar']) {
  test(`phone 360 px: axe-core with the menu open (${lang})`, opts, (t) =>
    withPage(t, { bypassCSP: true }, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await openScreen(page, '#frister', '#event-date');
      await setLang(page, lang);
      await page.locator('#menu-button').click();
      await page.locator('#site-menu nav').waitFor({ state: 'visible' });
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe (phone menu, ${lang}):\n${formatViolations(violations)}`);
    }));
}
