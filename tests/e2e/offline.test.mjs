// The web build as a phone app: installable (manifest + service worker), every
// screen opens with the network off after one visit, and a new version is
// fetched in the background and offered ("Ny version – genindlæs") instead of
// being mixed with the running one.
//
// Not through harness.mjs: that blocks service workers for every other test.
// This file serves its own copy of WEB_DIST so the update test can change it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WEB_DIST = path.resolve(process.env.WEB_DIST || path.join(HERE, '..', '..', 'ui', 'dist'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARTIFACTS = path.join(HERE, 'artifacts');
const WAIT = 20_000;

/** Each screen by its fragment, with an element that shows it is usable. */
const SCREENS = [
  ['#frister', '#event-date'],
  ['#status', '#status-benefit'],
  ['#gevinst', '#gain-age'],
  ['#klage', '#appeal-benefit'],
  ['#tjek', '#check-decision'],
  ['#breve', '#letter-kind-partshoering'],
  ['#sager', '#case-new-title'],
  ['#regler', '#rules-search'],
];

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

let browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(WEB_DIST, 'sw.js')), `no sw.js in ${WEB_DIST}: build with cargo xtask web`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});
after(async () => {
  await browser?.close().catch(() => {});
});

/** A copy of the build in a temp folder, served on 127.0.0.1 (the same port across restarts). */
async function site(t) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rof-offline-'));
  fs.cpSync(WEB_DIST, root, { recursive: true });
  const requests = [];
  let server = null;
  let port = 0;
  const start = () => new Promise((resolve, reject) => {
    server = http.createServer((req, res) => {
      const pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
      requests.push(pathname);
      let file = path.resolve(root, '.' + pathname);
      if (!file.startsWith(root)) return res.writeHead(403).end();
      if (pathname.endsWith('/')) file = path.join(file, 'index.html');
      fs.readFile(file, (err, body) => {
        if (err) return res.writeHead(404).end('not found');
        res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
        res.end(body);
      });
    });
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      port = server.address().port;
      resolve();
    });
  });
  const stop = () => new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
  await start();
  t.after(async () => {
    await stop().catch(() => {});
    fs.rmSync(root, { recursive: true, force: true });
  });
  return { root, requests, start, stop, url: () => `http://127.0.0.1:${port}/` };
}

async function newPage(t) {
  const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'da-DK', viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  t.after(async () => {
    if (errors.length) t.diagnostic(`page errors: ${errors.join(' | ')}`);
    await context.close().catch(() => {});
  });
  return { context, page, errors };
}

/** Wait until a service worker controls the page and has finished precaching. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller
    && navigator.serviceWorker.controller.state === 'activated', null, { timeout: WAIT });
}

test('installable: a valid manifest with 192, 512 and maskable icons, and an active service worker', async (t) => {
  const s = await site(t);
  const { page } = await newPage(t);
  await page.goto(s.url(), { waitUntil: 'load' });
  await page.locator('#event-date').waitFor();
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = JSON.parse(fs.readFileSync(path.join(s.root, href), 'utf8'));
  assert.equal(manifest.lang, 'da');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.name && manifest.short_name && manifest.short_name.length <= 12, 'name and a short_name for the home screen');
  assert.equal(new URL(manifest.start_url, s.url()).href, s.url());
  assert.equal(new URL(manifest.scope, s.url()).href, s.url());
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
  const sizes = (purpose) => manifest.icons.filter((i) => (i.purpose || 'any').split(' ').includes(purpose)).map((i) => i.sizes);
  assert.ok(sizes('any').includes('192x192') && sizes('any').includes('512x512'), JSON.stringify(manifest.icons));
  assert.ok(sizes('maskable').includes('512x512'), 'a maskable icon');
  for (const icon of manifest.icons) {
    // Each icon is a PNG of the size it claims (width and height from the IHDR chunk).
    const png = fs.readFileSync(path.join(s.root, icon.src));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', icon.src);
    assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.sizes, icon.src);
  }
  await controlled(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  assert.equal(scope, s.url());
});

test('offline: after one visit every screen opens and works with the server gone', async (t) => {
  const s = await site(t);
  const { context, page, errors } = await newPage(t);
  await page.goto(s.url(), { waitUntil: 'load' });
  await page.locator('#event-date').waitFor();
  await controlled(page);
  // The worker precached every file of the build, the lazily loaded modules too;
  // the page itself fetched none of them.
  for (const f of ['reader.js', 'reader_bg.wasm', 'casefile.js', 'casefile_bg.wasm', 'pdf.js', 'pdf_bg.wasm']) {
    assert.equal(s.requests.filter((r) => r === '/' + f).length, 1, `${f} fetched once, by the worker`);
  }

  await s.stop();
  await context.setOffline(true);
  const before = s.requests.length;
  for (const [hash, ready] of SCREENS) {
    await page.goto(s.url() + hash, { waitUntil: 'load' });
    await page.reload({ waitUntil: 'load' });
    await page.locator(ready).first().waitFor({ state: 'visible' });
  }
  // And it computes: a deadline with the network off.
  await page.goto(s.url() + '#frister', { waitUntil: 'load' });
  await page.locator('#event-date').fill('05.03.2026');
  await page.waitForFunction(() => document.querySelector('#deadline-date')?.getAttribute('data-deadline') === '2026-04-07');
  // The modules loaded on first use (ui/src/lazy.rs) come from the worker's
  // precache too: the letter reader reads with the network off.
  await page.goto(s.url() + '#brev', { waitUntil: 'load' });
  await page.locator('#reader-text').fill('Kære Mette\n\nVi inviterer dig til informationsmøde i jobcentret tirsdag den 8. december 2026 kl. 10.\n\nMed venlig hilsen\nJobcenter Aarhus');
  await page.locator('#reader-read').click();
  await page.locator('#reader-result').waitFor();
  assert.equal(await page.locator('#reader-kind').inputValue(), 'other');
  // Another language than Danish (fetched on choice, ui/src/i18n.rs) comes from
  // the precache too: the page switches to Arabic with the network off.
  const h1 = await page.locator('h1').first().innerText();
  await page.locator('#lang-select').selectOption('ar');
  await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
  assert.notEqual(await page.locator('h1').first().innerText(), h1, 'the heading is in Arabic');
  assert.equal(await page.locator('#lang-load-error').count(), 0);
  assert.equal(s.requests.length, before, 'nothing reached the (stopped) server');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'offline-360.png') });
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), []);
});

test('languages: only Danish is in the first load; another is fetched when picked, and a failed fetch says so', async (t) => {
  const s = await site(t);
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'da-DK', viewport: { width: 360, height: 800 } });
  t.after(() => context.close().catch(() => {}));
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  await page.goto(s.url(), { waitUntil: 'load' });
  await page.locator('#event-date').waitFor();
  assert.deepEqual(s.requests.filter((r) => r.startsWith('/locales/')), [], 'Danish is in the wasm: no .ftl fetched');
  const h1Da = await page.locator('h1').first().innerText();

  // Picked with the server gone (and no worker): the page stays Danish and says why.
  await s.stop();
  await page.locator('#lang-select').selectOption('en');
  const alert = page.locator('#lang-load-error[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /English kunne ikke hentes/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
  assert.equal(await page.locator('#lang-select').inputValue(), 'da', 'the menu shows the language the page is in');
  assert.equal(await page.locator('h1').first().innerText(), h1Da);

  // Back online, picked again: fetched (seven files, once each) and shown.
  await s.start();
  await page.locator('#lang-select').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.notEqual(await page.locator('h1').first().innerText(), h1Da, 'the heading is in English');
  assert.equal(await alert.count(), 0, 'the notice is gone');
  const ftl = s.requests.filter((r) => r.startsWith('/locales/en/') && r.endsWith('.ftl'));
  assert.equal(ftl.length, 7, ftl.join(' '));

  // The saved choice is loaded at the next start (Danish until it is here).
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('#event-date').waitFor();
});

/** Change app.css in the served copy and re-stamp sw.js as `cargo xtask web` would. */
function publishNewVersion(root) {
  fs.appendFileSync(path.join(root, 'app.css'), '\n/* version 2 */\n');
  const sw = fs.readFileSync(path.join(root, 'sw.js'), 'utf8');
  const [head, rest] = sw.split('/*BUILD*/');
  const [build, tail] = rest.split('/*END*/');
  const { files } = JSON.parse(build);
  files['app.css'] = crypto.createHash('sha256').update(fs.readFileSync(path.join(root, 'app.css'))).digest('hex');
  const version = crypto.createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
  fs.writeFileSync(path.join(root, 'sw.js'), `${head}/*BUILD*/ ${JSON.stringify({ version, files })} /*END*/${tail}`);
  return version;
}

test('update: a new version is fetched in the background, offered, and used only after "genindlæs"', async (t) => {
  const s = await site(t);
  const { page } = await newPage(t);
  await page.goto(s.url(), { waitUntil: 'load' });
  await page.locator('#event-date').waitFor();
  await controlled(page);
  const cssNow = () => page.evaluate(async () => (await (await fetch('app.css')).text()).includes('version 2'));
  assert.equal(await cssNow(), false);

  publishNewVersion(s.root);
  // The person comes back: the browser checks sw.js on navigation.
  await page.reload({ waitUntil: 'load' });
  const banner = page.locator('#update-banner');
  await banner.waitFor({ state: 'visible' });
  assert.match(await banner.innerText(), /Ny version/);
  // Until accepted, the running version is served whole: the old app.css.
  assert.equal(await cssNow(), false, 'no mix: the old version keeps serving its own files');

  await page.locator('#update-reload').click();
  await page.waitForFunction(async () => (await (await fetch('app.css')).text()).includes('version 2'), null, { timeout: WAIT });
  await page.locator('#event-date').waitFor();
  assert.equal(await page.locator('#update-banner').count(), 0, 'no banner after the update');
});

test('a half-published version (new sw.js, file from another build) is refused and the old one stays', async (t) => {
  const s = await site(t);
  const { page } = await newPage(t);
  await page.goto(s.url(), { waitUntil: 'load' });
  await controlled(page);
  publishNewVersion(s.root);
  // The server now has a file that matches neither version.
  fs.appendFileSync(path.join(s.root, 'app.css'), '/* half-copied */');
  // Check for an update now (no navigation, so no second check races this one)
  // and follow the new worker to its end: it must be found and then refused.
  const outcome = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update();
    const w = reg.installing || reg.waiting;
    if (!w) return 'no new worker found';
    if (w.state === 'installed' || w.state === 'redundant') return w.state;
    return new Promise((resolve) => w.addEventListener('statechange', () => {
      if (w.state === 'installed' || w.state === 'redundant') resolve(w.state);
    }));
  });
  assert.equal(outcome, 'redundant', 'the install of the mixed version fails');
  assert.equal(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting), false);
  assert.equal(await page.locator('#update-banner').count(), 0);
  assert.equal(await page.evaluate(async () => (await (await fetch('app.css')).text()).includes('version 2')), false);
});
