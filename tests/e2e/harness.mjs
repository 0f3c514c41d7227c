// Shared harness of the browser end-to-end tests: a static server for ui/dist,
// Debian's Chromium via playwright-core, an offline guard, axe-core.
//
// Used by browser.test.mjs and guide.test.mjs.
// Env:  WEB_DIST  directory to serve (default: <repo>/ui/dist)
//       CHROMIUM  Chromium binary (default: /usr/bin/chromium)
//       E2E_LOCALE browser locale (default: da-DK)
//
// The app must work fully offline: every request that does not go to
// 127.0.0.1 is aborted and makes the test fail, and so does any console
// message of level "error" or any uncaught page error.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = require('axe-core').source;

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const WEB_DIST = path.resolve(process.env.WEB_DIST || path.join(REPO, 'ui', 'dist'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const LOCALE = process.env.E2E_LOCALE || 'da-DK';
const ARTIFACTS = path.join(HERE, 'artifacts');
const WAIT_MS = 15_000; // for anything the app has to compute/render
const TEST_TIMEOUT = 90_000;

// ---------------------------------------------------------------------------
// Tiny static file server
// ---------------------------------------------------------------------------
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
};

function startServer(root) {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.resolve(root, '.' + pathname);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    } catch {
      // SPA fallback: an extension-less path that is not a file gets index.html
      if (!path.extname(pathname)) file = path.join(root, 'index.html');
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ---------------------------------------------------------------------------
// Browser + per-test page with offline guard and console capture
// ---------------------------------------------------------------------------
let server;
let baseURL;
let browser;

before(async () => {
  assert.ok(
    fs.existsSync(path.join(WEB_DIST, 'index.html')),
    `No index.html in WEB_DIST=${WEB_DIST}. Build the web app first (or set WEB_DIST).`,
  );
  server = await startServer(WEB_DIST);
  baseURL = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
});

after(async () => {
  await browser?.close().catch(() => {});
  if (server) {
    server.closeAllConnections?.();
    await new Promise((r) => server.close(() => r()));
  }
});

function isLocal(url) {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
    return u.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/**
 * Runs `fn({ page, log })` in a fresh browser context + page.
 * Fails if the page tried any non-local request, logged a console error or threw.
 * On failure the error message gets the page's console log, requests etc.,
 * and a screenshot + HTML dump go to tests/e2e/artifacts/.
 */
export async function withPage(t, { bypassCSP = false } = {}, fn) {
  const context = await browser.newContext({
    bypassCSP,
    locale: LOCALE,
    timezoneId: 'Europe/Copenhagen',
    serviceWorkers: 'block',
    viewport: { width: 1024, height: 800 },
  });
  const log = { console: [], errors: [], blocked: [], requests: [], failed: [] };

  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    log.blocked.push(`${route.request().method()} ${url}`);
    return route.abort('blockedbyclient');
  });
  if (typeof context.routeWebSocket === 'function') {
    await context.routeWebSocket(/.*/, (ws) => {
      if (isLocal(ws.url())) ws.connectToServer();
      else {
        log.blocked.push(`WEBSOCKET ${ws.url()}`);
        ws.close();
      }
    });
  }

  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  page.on('console', (m) => {
    const loc = m.location();
    const where = loc?.url ? ` (${loc.url}:${loc.lineNumber})` : '';
    log.console.push({ type: m.type(), text: `[${m.type()}] ${m.text()}${where}` });
  });
  page.on('pageerror', (e) => log.errors.push(String(e?.stack || e)));
  page.on('request', (r) => log.requests.push(`${r.method()} ${r.url()}`));
  page.on('requestfailed', (r) => log.failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));

  try {
    await fn({ page, log });
    // Let late async work (e.g. a fetch kicked off by the last input) surface.
    await page.waitForTimeout(200);
    assert.deepEqual(log.blocked, [], `The app tried to reach the network:\n  ${log.blocked.join('\n  ')}`);
    assert.deepEqual(log.errors, [], `Uncaught page errors:\n  ${log.errors.join('\n  ')}`);
    const consoleErrors = log.console.filter((m) => m.type === 'error').map((m) => m.text);
    assert.deepEqual(consoleErrors, [], `Console errors:\n  ${consoleErrors.join('\n  ')}`);
  } catch (err) {
    const diag = [
      `--- diagnostics for "${t.name}" (WEB_DIST=${WEB_DIST}) ---`,
      `page URL: ${page.url()}`,
      `console (${log.console.length}):`,
      ...log.console.map((m) => `  ${m.text}`),
      `page errors (${log.errors.length}):`,
      ...log.errors.map((e) => `  ${e}`),
      `blocked non-local requests (${log.blocked.length}):`,
      ...log.blocked.map((b) => `  ${b}`),
      `failed requests (${log.failed.length}):`,
      ...log.failed.map((f) => `  ${f}`),
      `requests (${log.requests.length}):`,
      ...log.requests.map((r) => `  ${r}`),
    ];
    try {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const base = path.join(ARTIFACTS, `browser-${t.name.replace(/[^a-z0-9]+/gi, '_').slice(0, 60)}`);
      await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5000 });
      fs.writeFileSync(`${base}.html`, await page.content());
      diag.push(`screenshot: ${base}.png, DOM: ${base}.html`);
    } catch (e) {
      diag.push(`(could not save screenshot/DOM: ${e.message})`);
    }
    const text = diag.join('\n');
    try {
      err.message += `\n${text}`;
    } catch {
      /* read-only message */
    }
    if (!String(err?.message).includes(text)) throw new Error(`${err?.message ?? err}\n${text}`, { cause: err });
    throw err;
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------
// Helpers for the app's DOM contract
// ---------------------------------------------------------------------------
export async function openApp(page) {
  await page.goto(baseURL + '/', { waitUntil: 'load' });
  // The Frister screen must be the start screen: its inputs are there without navigating.
  await page.locator('#event-date').waitFor({ state: 'visible' });
  await page.locator('#deadline-kind').waitFor({ state: 'visible' });
}

export async function describeResult(page) {
  return page.evaluate(() => {
    const q = (s) => document.querySelector(s);
    return JSON.stringify({
      'event-date value': q('#event-date')?.value ?? null,
      'deadline-kind': q('#deadline-kind')?.value ?? null,
      'data-deadline': q('#deadline-date')?.getAttribute('data-deadline') ?? null,
      '#deadline-result text': q('#deadline-result')?.textContent?.trim().slice(0, 400) ?? null,
      '#date-error text': q('#date-error')?.textContent?.trim() ?? null,
    });
  });
}

/** Waits until #deadline-date has data-deadline === expected (or, with a function, until it passes). */
export async function waitForDeadline(page, expected) {
  const deadline = Date.now() + WAIT_MS;
  let last = null;
  for (;;) {
    last = await page.locator('#deadline-date').getAttribute('data-deadline', { timeout: 250 }).catch(() => null);
    const ok = typeof expected === 'function' ? expected(last) : last === expected;
    if (ok) return last;
    if (Date.now() > deadline) {
      assert.fail(
        `#deadline-date[data-deadline] is ${JSON.stringify(last)}, expected ${
          typeof expected === 'function' ? expected.toString() : JSON.stringify(expected)
        }; state: ${await describeResult(page)}`,
      );
    }
    await page.waitForTimeout(100);
  }
}

/** The label text of #event-date (its <label>s, aria-labelledby or aria-label). */
export async function dateLabel(page) {
  return page.locator('#event-date').evaluate((el) => {
    const parts = [];
    for (const l of el.labels ?? []) parts.push(l.textContent);
    for (const id of (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)) {
      parts.push(document.getElementById(id)?.textContent ?? '');
    }
    if (el.getAttribute('aria-label')) parts.push(el.getAttribute('aria-label'));
    return parts.join(' | ').replace(/\s+/g, ' ').trim();
  });
}

export const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);
export const h1Text = (page) => page.locator('h1').first().innerText();

export async function enterDate(page, text) {
  await page.locator('#event-date').fill(text);
}

export async function runAxe(page) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
    }));
  });
  return violations;
}

export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `- ${v.id} [${v.impact}]: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map((n) => `    ${JSON.stringify(n.target)}\n      ${(n.summary || '').replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
}

export const WAIT = WAIT_MS;
export const TIMEOUT = TEST_TIMEOUT;
/** Open the app at a screen (URL fragment), e.g. '#klage'. */
export async function openScreen(page, hash, ready) {
  await page.goto(baseURL + '/' + hash, { waitUntil: 'load' });
  await page.locator(ready).waitFor({ state: 'visible' });
}
