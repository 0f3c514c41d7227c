// End-to-end test of the real Tauri desktop window, driven over W3C WebDriver
// through tauri-driver -> WebKitWebDriver (WebKitGTK).
//
// Run:  TAURI_APP=/path/to/built/app xvfb-run -a node --test desktop.test.mjs
// Env:  TAURI_APP         the built app binary (test is SKIPPED only if this is unset)
//       TAURI_DRIVER      tauri-driver binary (default: `tauri-driver` on PATH, then ~/.cargo/bin/tauri-driver)
//       WEBKIT_WEBDRIVER  native driver (default: /usr/bin/WebKitWebDriver)
//       DISPLAY           X display; if unset, an Xvfb is started for the test
//       E2E_DESKTOP_URL   (harness self-test only) navigate the window here first, e.g. when
//                         TAURI_APP is a wrapper around WebKitGTK's MiniBrowser --automation
//
// The WebDriver client below is a minimal one on Node's global fetch; no
// selenium/webdriverio dependency.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TASKS } from './tasks.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = path.join(HERE, 'artifacts');
const TAURI_APP = process.env.TAURI_APP;
const WEBKIT_WEBDRIVER = process.env.WEBKIT_WEBDRIVER || '/usr/bin/WebKitWebDriver';
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf'; // W3C web element identifier

// ---------------------------------------------------------------------------
// Minimal W3C WebDriver client
// ---------------------------------------------------------------------------
class WebDriverError extends Error {
  constructor(method, urlPath, status, error, message) {
    super(`WebDriver ${method} ${urlPath} -> HTTP ${status} ${error || ''}: ${message || ''}`.trim());
    this.status = status;
    this.error = error; // W3C error code, e.g. "no such element", "stale element reference"
  }
}

class WebDriver {
  constructor(baseURL) {
    this.baseURL = baseURL; // e.g. http://127.0.0.1:4444
    this.sessionId = null;
  }

  async request(method, urlPath, body, timeoutMs = 30_000) {
    const init = { method, signal: AbortSignal.timeout(timeoutMs), headers: {} };
    if (method !== 'GET' && method !== 'DELETE') {
      init.headers['Content-Type'] = 'application/json; charset=utf-8';
      init.body = JSON.stringify(body ?? {});
    }
    let res;
    let text;
    try {
      res = await fetch(this.baseURL + urlPath, init);
      text = await res.text();
    } catch (e) {
      const why = e?.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : e?.cause?.code || e?.message;
      const err = new WebDriverError(method, urlPath, 0, 'transport', why);
      err.cause = e;
      throw err;
    }
    let json;
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      throw new WebDriverError(method, urlPath, res.status, 'invalid response', text.slice(0, 500));
    }
    const value = json?.value;
    if (!res.ok || (value && typeof value === 'object' && typeof value.error === 'string')) {
      throw new WebDriverError(method, urlPath, res.status, value?.error, value?.message);
    }
    return value;
  }

  session(p) {
    assert.ok(this.sessionId, 'no WebDriver session');
    return `/session/${this.sessionId}${p}`;
  }

  /** Polls GET /status until the remote end says ready. `alive()` may throw to abort early. */
  async waitReady(timeoutMs = 30_000, alive = () => {}) {
    const until = Date.now() + timeoutMs;
    let last = 'no answer';
    for (;;) {
      alive();
      try {
        const v = await this.request('GET', '/status', undefined, 2_000);
        if (v?.ready) return v;
        last = JSON.stringify(v);
      } catch (e) {
        last = e.cause?.code || e.message;
      }
      if (Date.now() > until) throw new Error(`WebDriver at ${this.baseURL} not ready after ${timeoutMs} ms (${last})`);
      await sleep(250);
    }
  }

  async newSession(capabilities, timeoutMs = 90_000) {
    const v = await this.request('POST', '/session', { capabilities }, timeoutMs);
    assert.ok(v?.sessionId, `POST /session returned no sessionId: ${JSON.stringify(v)}`);
    this.sessionId = v.sessionId;
    return v;
  }

  async deleteSession() {
    if (!this.sessionId) return;
    const id = this.sessionId;
    this.sessionId = null;
    await this.request('DELETE', `/session/${id}`, undefined, 15_000);
  }

  async findElement(css) {
    const v = await this.request('POST', this.session('/element'), { using: 'css selector', value: css });
    return v[ELEMENT_KEY];
  }

  clear(el) {
    return this.request('POST', this.session(`/element/${el}/clear`), {});
  }

  click(el) {
    return this.request('POST', this.session(`/element/${el}/click`), {});
  }

  sendKeys(el, text) {
    return this.request('POST', this.session(`/element/${el}/value`), { text });
  }

  getAttribute(el, name) {
    return this.request('GET', this.session(`/element/${el}/attribute/${encodeURIComponent(name)}`));
  }

  navigate(url) {
    return this.request('POST', this.session('/url'), { url }, 60_000);
  }

  execute(script, args = []) {
    return this.request('POST', this.session('/execute/sync'), { script, args });
  }

  async screenshot(file, timeoutMs = 30_000) {
    const b64 = await this.request('GET', this.session('/screenshot'), undefined, timeoutMs);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(b64, 'base64'));
    return file;
  }
}

// ---------------------------------------------------------------------------
// Process helpers
// ---------------------------------------------------------------------------
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function isExecutable(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function which(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

function findTauriDriver() {
  if (process.env.TAURI_DRIVER) return process.env.TAURI_DRIVER;
  return which('tauri-driver') || [path.join(os.homedir(), '.cargo', 'bin', 'tauri-driver')].find(isExecutable) || null;
}

/** Output of a child, kept to the last ~64 KiB for diagnostics. */
function capture(child) {
  const buf = { text: '' };
  const add = (d) => {
    buf.text += d.toString();
    if (buf.text.length > 65536) buf.text = buf.text.slice(-65536);
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return buf;
}

/** Ends a process group that *we* spawned (detached => pgid = child.pid): SIGTERM, then SIGKILL. */
async function killGroup(child, graceMs = 5_000) {
  if (!child?.pid) return;
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  if (child.exitCode === null && child.signalCode === null) {
    await Promise.race([new Promise((r) => child.once('exit', r)), sleep(graceMs)]);
  }
  // tauri-driver SIGKILLs WebKitWebDriver on SIGTERM; the app it launched may linger in the group.
  await sleep(300);
  signal('SIGKILL');
}

/** Starts Xvfb on a free display (via -displayfd) and returns { child, display }. */
async function startXvfb() {
  const xvfb = which('Xvfb');
  if (!xvfb) throw new Error('DISPLAY is unset and Xvfb is not installed: run under `xvfb-run -a`');
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const out = capture(child);
  const display = await new Promise((resolve, reject) => {
    let got = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not report a display in 15 s: ${out.text}`)), 15_000);
    child.stdio[3].on('data', (d) => {
      got += d.toString();
      if (got.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${got.trim()}`);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${out.text}`));
    });
  });
  return { child, display };
}

// Safety net: whatever is still running when the file ends gets killed.
const spawned = new Set();
after(async () => {
  for (const c of spawned) await killGroup(c, 2_000);
});
process.on('exit', () => {
  for (const c of spawned) {
    try {
      process.kill(-c.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
});

// ---------------------------------------------------------------------------
// Page helpers (over WebDriver)
// ---------------------------------------------------------------------------
async function poll(what, timeoutMs, fn) {
  const until = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last?.ok) return last.value;
    } catch (e) {
      last = { error: e.message };
    }
    if (Date.now() > until) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(last)}`);
    await sleep(200);
  }
}

/** Reads #deadline-date[data-deadline] the WebDriver way (find + attribute), tolerating re-renders. */
async function readDeadline(wd) {
  try {
    const el = await wd.findElement('#deadline-date');
    return await wd.getAttribute(el, 'data-deadline');
  } catch (e) {
    if (e instanceof WebDriverError && /no such element|stale element/.test(e.error || '')) return null;
    throw e;
  }
}

/**
 * Types `text` into the field `selector` the way a person does: one key per
 * WebDriver call. After every key the field must still have the focus and hold
 * what was typed so far (a view rebuilt on every key replaced the field and the
 * cursor was gone after one letter).
 */
async function typeKeyByKey(wd, selector, text) {
  const el = await wd.findElement(selector);
  await wd.clear(el);
  let typed = '';
  for (const ch of text) {
    await wd.sendKeys(el, ch);
    typed += ch;
    // A separate round trip: the input event and the effects it started have run.
    const now = await wd.execute(
      `const a = document.activeElement, f = document.querySelector(arguments[0]);
      return { focused: !!f && a === f, active: a ? (a.id || a.tagName) : null, value: f ? f.value : null };`,
      [selector],
    );
    assert.ok(now.focused, `${selector}: the focus left the field after typing "${typed}" (now on ${JSON.stringify(now.active)})`);
    assert.equal(now.value, typed, `${selector}: holds something else than what was typed`);
  }
}

const INSTALL_ERROR_RECORDER = `
  if (!window.__e2eErrors) {
    window.__e2eErrors = [];
    const orig = console.error.bind(console);
    console.error = (...a) => { window.__e2eErrors.push('console.error: ' + a.map(String).join(' ')); orig(...a); };
    window.addEventListener('error', (e) => window.__e2eErrors.push('error: ' + (e.message || e.type)));
    window.addEventListener('unhandledrejection', (e) => window.__e2eErrors.push('unhandledrejection: ' + String(e.reason)));
  }
  return true;`;

/**
 * Install the error recorder and prove it records: a probe error must show up,
 * then the list is emptied. Call it again after every reload, which wipes it.
 */
async function installErrorRecorder(wd) {
  await wd.execute(INSTALL_ERROR_RECORDER);
  const probe = await wd.execute(`console.error('e2e-probe'); const got = window.__e2eErrors.slice(); window.__e2eErrors.length = 0; return got;`);
  assert.deepEqual(probe, ['console.error: e2e-probe'], 'the webview error recorder is installed and records');
}

async function pageState(wd) {
  try {
    return await wd.execute(`
      const q = (s) => document.querySelector(s);
      return {
        url: location.href, lang: document.documentElement.lang, readyState: document.readyState,
        h1: q('h1') && q('h1').textContent.trim(),
        eventDate: q('#event-date') && q('#event-date').value,
        deadline: q('#deadline-date') && q('#deadline-date').getAttribute('data-deadline'),
        result: q('#deadline-result') && q('#deadline-result').textContent.trim().slice(0, 300),
        dateError: q('#date-error') && q('#date-error').textContent.trim(),
        errors: window.__e2eErrors || null,
        body: document.body ? document.body.innerText.slice(0, 500) : null,
      };`);
  } catch (e) {
    return `(could not read page state: ${e.message})`;
  }
}

// ---------------------------------------------------------------------------
// The window
// ---------------------------------------------------------------------------
const DESKTOP_SKIP = TAURI_APP ? false : 'TAURI_APP is not set (path of the built Tauri app binary) — desktop test skipped';

/**
 * Start the real app under tauri-driver in a scratch home (its case store,
 * local storage and Downloads folder), open it on the Frister screen with
 * nothing saved, and run `fn({ wd, downloads, scratchStore, errorsSeen })`.
 * On failure the page state, a screenshot and the drivers' output are added to
 * the error; everything started is stopped and the scratch home removed.
 */
async function withWindow(t, fn) {
  const app = path.resolve(TAURI_APP);
  assert.ok(isExecutable(app), `TAURI_APP=${TAURI_APP} is not an executable file`);
  const driverBin = findTauriDriver();
  assert.ok(
    driverBin && isExecutable(driverBin),
    `tauri-driver not found (TAURI_DRIVER=${process.env.TAURI_DRIVER ?? ''}, PATH, ~/.cargo/bin). Install: cargo install tauri-driver@^2 --locked`,
  );
  assert.ok(isExecutable(WEBKIT_WEBDRIVER), `native driver ${WEBKIT_WEBDRIVER} missing (Debian: webkit2gtk-driver)`);

  const env = { ...process.env };
  let xvfb = null;
  if (!env.DISPLAY) {
    xvfb = await startXvfb();
    spawned.add(xvfb.child);
    env.DISPLAY = xvfb.display;
    t.diagnostic(`DISPLAY was unset; started Xvfb on ${xvfb.display}`);
  }
  // Software rendering is the only kind under Xvfb; the DMA-BUF renderer can leave the window blank.
  env.WEBKIT_DISABLE_DMABUF_RENDERER ??= '1';
  // A scratch home for the app: its case store (app data dir), the webview's
  // local storage and the Downloads folder all live under XDG dirs, so running
  // this test on a person's own account never reads or deletes their cases.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ret-og-frist-desktop-e2e-'));
  for (const [k, sub] of [['XDG_DATA_HOME', 'data'], ['XDG_CONFIG_HOME', 'config'], ['XDG_CACHE_HOME', 'cache']]) {
    env[k] = path.join(scratch, sub);
    fs.mkdirSync(env[k], { recursive: true });
  }
  const downloads = path.join(scratch, 'Downloads');
  fs.mkdirSync(downloads);
  fs.writeFileSync(path.join(env.XDG_CONFIG_HOME, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  const scratchStore = path.join(env.XDG_DATA_HOME, 'dk.retogfrist.app', 'cases.sqlite3');
  t.diagnostic(`scratch data folder: ${scratch}`);

  const port = await freePort();
  let nativePort = await freePort();
  while (nativePort === port) nativePort = await freePort();
  const driver = spawn(
    driverBin,
    ['--port', String(port), '--native-port', String(nativePort), '--native-driver', WEBKIT_WEBDRIVER],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  spawned.add(driver);
  const driverOut = capture(driver);
  let spawnError = null;
  driver.once('error', (e) => (spawnError = e));

  const wd = new WebDriver(`http://127.0.0.1:${port}`);
  /** Errors recorded in the webview, gathered before each reload wipes the recorder. */
  const errorsSeen = [];
  try {
    await wd.waitReady(30_000, () => {
      if (spawnError) throw new Error(`could not start ${driverBin}: ${spawnError.message}`);
      if (driver.exitCode !== null || driver.signalCode !== null) {
        throw new Error(`tauri-driver exited early (${driver.exitCode ?? driver.signalCode}):\n${driverOut.text}`);
      }
    });
    await wd.newSession({ alwaysMatch: { 'tauri:options': { application: app } } });
    if (process.env.E2E_DESKTOP_URL) await wd.navigate(process.env.E2E_DESKTOP_URL);

    // The window opens on the Frister screen.
    await poll('the Frister screen (#event-date and #deadline-kind)', 30_000, async () => {
      const v = await wd.execute(
        `return document.readyState === 'complete' && !!document.querySelector('#event-date') && !!document.querySelector('#deadline-kind');`,
      );
      return { ok: v === true, value: v };
    });
    // Start from a clean slate: the window keeps local storage between runs.
    // The old document is marked, so the poll below cannot pass on it before the
    // reload has begun (a race that left the next step on an empty page).
    await wd.execute(`window.__oldDocument = true; localStorage.clear(); location.reload(); return true;`);
    await poll('the Frister screen after a reset', 30_000, async () => {
      const v = await wd.execute(
        `return !window.__oldDocument && document.readyState === 'complete' && !!document.querySelector('#event-date') && document.querySelector('#event-date').value === '';`,
      );
      return { ok: v === true, value: v };
    });
    await installErrorRecorder(wd);
    await fn({ wd, downloads, scratchStore, errorsSeen });
  } catch (err) {
    const diag = [`--- diagnostics (TAURI_APP=${app}, driver=${driverBin}, DISPLAY=${env.DISPLAY}) ---`];
    if (wd.sessionId) {
      diag.push(`page state: ${JSON.stringify(await pageState(wd), null, 2)}`);
      try {
        diag.push(`screenshot: ${await wd.screenshot(path.join(ARTIFACTS, 'desktop-failure.png'), 10_000)}`);
      } catch (e) {
        diag.push(`(no screenshot: ${e.message})`);
      }
    }
    diag.push(`tauri-driver/WebKitWebDriver output:\n${driverOut.text || '(none)'}`);
    const text = diag.join('\n');
    try {
      err.message += `\n${text}`;
    } catch {
      /* read-only message */
    }
    if (!String(err?.message).includes(text)) throw new Error(`${err?.message ?? err}\n${text}`, { cause: err });
    throw err;
  } finally {
    await wd.deleteSession().catch((e) => t.diagnostic(`delete session: ${e.message}`));
    await killGroup(driver);
    spawned.delete(driver);
    if (xvfb) {
      await killGroup(xvfb.child, 2_000);
      spawned.delete(xvfb.child);
    }
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Back to the start screen with nothing saved (a task starts as a new person). */
async function resetWindow(wd) {
  await wd.execute(`window.__oldDocument = true; localStorage.clear(); sessionStorage.clear(); location.hash = ''; location.reload(); return true;`);
  await poll('the Frister screen after a reset', 30_000, async () => {
    const v = await wd.execute(
      `return !window.__oldDocument && document.readyState === 'complete' && !!document.querySelector('#event-date') && document.querySelector('#event-date').value === '';`,
    );
    return { ok: v === true, value: v };
  });
  await installErrorRecorder(wd);
}

// ---------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------
test(
  'desktop: Tauri window opens on Frister, 05.03.2026 -> 2026-04-07, switches to English, shows the complaint route, saves a letter PDF, keeps a case in SQLite',
  { skip: DESKTOP_SKIP, timeout: 180_000 },
  (t) =>
    withWindow(t, async ({ wd, downloads, scratchStore, errorsSeen }) => {

      // Key by key, as a person types: the date field keeps the focus after every key.
      await typeKeyByKey(wd, '#event-date', '05.03.2026');
      await poll('#deadline-date[data-deadline] = 2026-04-07', 10_000, async () => {
        const v = await readDeadline(wd);
        return { ok: v === '2026-04-07', value: v };
      });

      // English via the language select.
      await wd.execute(`
        const s = document.querySelector('#lang-select');
        s.value = 'en';
        s.dispatchEvent(new Event('input', { bubbles: true }));
        s.dispatchEvent(new Event('change', { bubbles: true }));
        return s.value;`);
      await poll("document.documentElement.lang === 'en'", 10_000, async () => {
        const v = await wd.execute('return document.documentElement.lang;');
        return { ok: v === 'en', value: v };
      });
      assert.equal(await wd.execute('return document.documentElement.lang;'), 'en');

      // The result is still there in English: a language switch must not reset the form.
      assert.equal(await wd.execute(`return document.querySelector('#event-date').value;`), '05.03.2026', 'the date survives the language switch');
      await poll('#deadline-date[data-deadline] = 2026-04-07 after switching to English', 10_000, async () => {
        const v = await readDeadline(wd);
        return { ok: v === '2026-04-07', value: v };
      });

      // The complaint wizard in the same window: route and deadline from the same engine.
      await wd.execute(`location.hash = '#klage'; return true;`);
      await poll('the Klag screen (#appeal-benefit)', 10_000, async () => {
        const v = await wd.execute(`return !!document.querySelector('#appeal-benefit');`);
        return { ok: v === true, value: v };
      });
      await wd.execute(`
        const s = document.querySelector('#appeal-benefit');
        s.value = 'kontanthjaelp';
        s.dispatchEvent(new Event('change', { bubbles: true }));
        return s.value;`);
      const received = await wd.findElement('#appeal-received');
      await wd.clear(received);
      await wd.sendKeys(received, '05.03.2026');
      await poll('#appeal-deadline[data-deadline] = 2026-04-07', 10_000, async () => {
        const v = await wd.execute(`return document.querySelector('#appeal-deadline')?.getAttribute('data-deadline') ?? null;`);
        return { ok: v === '2026-04-07', value: v };
      });
      const bodies = await wd.execute(
        `return [...document.querySelectorAll('#appeal-route > li')].map((li) => li.dataset.body);`,
      );
      assert.equal(bodies[0], 'kommune', `route starts at the kommune: ${JSON.stringify(bodies)}`);
      assert.ok(bodies.includes('ankestyrelsen'), `route reaches Ankestyrelsen: ${JSON.stringify(bodies)}`);
      t.diagnostic(`klage screenshot: ${await wd.screenshot(path.join(ARTIFACTS, 'desktop-klage.png'))}`);

      // Key by key in the letter helper's "Det er du uenig i" step (a complaint's points).
      const pointsDraft = { kind: 'klage', step: 4, points: [{ topic: 'missed-meeting' }] };
      await wd.execute(
        `localStorage.setItem('ret-og-frist.letters.draft', arguments[0]); location.hash = '#breve'; return true;`,
        [JSON.stringify(pointsDraft)],
      );
      await poll('the letter helper at "Det er du uenig i" (#point-0-account)', 10_000, async () => {
        const v = await wd.execute(`return !!document.querySelector('#point-0-account');`);
        return { ok: v === true, value: v };
      });
      await typeKeyByKey(wd, '#point-0-event-date', '03.11.2026');
      await typeKeyByKey(wd, '#point-0-account', 'Jeg var syg og ringede kl. 8.');

      // Key by key in "Kan det betale sig?": the rent, with renting on (the housing page).
      await wd.execute(
        `localStorage.setItem('ret-og-frist.gain.form', arguments[0]); location.hash = '#gevinst'; return true;`,
        [JSON.stringify({ step: 3, renting: true })],
      );
      await poll('the gain screen\'s housing page (#gain-rent)', 10_000, async () => {
        const v = await wd.execute(`return !!document.querySelector('#gain-rent') && document.querySelector('#gain-renting').checked;`);
        return { ok: v === true, value: v };
      });
      await typeKeyByKey(wd, '#gain-rent', '7.000');
      await typeKeyByKey(wd, '#gain-area', '70');

      // The letter helper: a finished partshøring reply is saved as a PDF through
      // the shell's one command (save_pdf), to the Downloads folder.
      const draft = {
        kind: 'partshoering', step: 6, name: 'Mette Sørensen', address: 'Nørregade 12\n8000 Aarhus C',
        authority: 'Aarhus Kommune', letter_date: '16.11.2026', reply_by: '30.11.2026', date: '22.11.2026',
        points: [{ topic: 'missed-meeting', account: 'Jeg var syg med høj feber.', reason: 'illness',
          documents: 'Lægeerklæring af 4. november 2026' }],
      };
      await wd.execute(
        `localStorage.setItem('ret-og-frist.letters.draft', arguments[0]); location.hash = '#breve'; return true;`,
        [JSON.stringify(draft)],
      );
      await poll('the letter helper at its last step (#letter-download-pdf)', 10_000, async () => {
        const v = await wd.execute(`return !!document.querySelector('#letter-download-pdf');`);
        return { ok: v === true, value: v };
      });
      await wd.execute(`document.querySelector('#letter-download-pdf').click(); return true;`);
      const saved = await poll('#letter-status[data-saved-path]', 15_000, async () => {
        const v = await wd.execute(
          `const s = document.querySelector('#letter-status'); return [s?.getAttribute('data-saved-path') || '', s?.textContent || ''];`,
        );
        return { ok: !!v[0], value: v };
      });
      const pdfPath = saved[0];
      t.diagnostic(`PDF saved by the Tauri window: ${pdfPath}`);
      assert.ok(fs.existsSync(pdfPath), `${pdfPath} exists`);
      const head = fs.readFileSync(pdfPath).subarray(0, 5).toString('latin1');
      assert.equal(head, '%PDF-', 'a real PDF was written');
      fs.rmSync(pdfPath);

      // Mine sager with the SQLite store: create a case, add a decision letter, see the
      // deadline in Mine frister, reload the window and find it again.
      const title = `E2E sag ${Date.now()}`;
      await wd.execute(`location.hash = '#sager'; return true;`);
      await poll('the Mine sager screen (#case-new-title)', 10_000, async () => {
        const v = await wd.execute(`return !!document.querySelector('#case-new-title');`);
        return { ok: v === true, value: v };
      });
      const titleEl = await wd.findElement('#case-new-title');
      await wd.sendKeys(titleEl, title);
      await wd.execute(`document.querySelector('#case-new').click(); return true;`);
      await poll('#case-detail', 10_000, async () => {
        const v = await wd.execute(`return !!document.querySelector('#case-detail');`);
        return { ok: v === true, value: v };
      });
      const eventDate = await wd.findElement('#event-date-case');
      await wd.sendKeys(eventDate, '05.03.2026');
      await wd.execute(`document.querySelector('#event-add').click(); return true;`);
      const rowFor = `return [...document.querySelectorAll('#my-deadlines tr[data-deadline="2026-04-07"]')].some((r) => r.textContent.includes(arguments[0]));`;
      await poll('Mine frister shows 2026-04-07 for the new case', 10_000, async () => {
        const v = await wd.execute(rowFor, [title]);
        return { ok: v === true, value: v };
      });
      errorsSeen.push(...(await wd.execute('return window.__e2eErrors;')));
      await wd.execute(`window.__oldDocument = true; location.reload(); return true;`);
      await poll('the deadline is still there after a reload (SQLite)', 20_000, async () => {
        const v = await wd.execute(`return !window.__oldDocument && document.readyState === 'complete' && !!document.querySelector('#my-deadlines') && (${rowFor.replace('return ', '').replace(';', '')});`, [title]);
        return { ok: v === true, value: v };
      });
      await installErrorRecorder(wd);
      // The case went to the scratch store, not the person's own.
      assert.ok(fs.existsSync(scratchStore), `the app kept its cases in the scratch folder (${scratchStore})`);
      assert.ok(pdfPath.startsWith(downloads), `the PDF went to the scratch Downloads folder: ${pdfPath}`);

      errorsSeen.push(...(await wd.execute('return window.__e2eErrors;')));
      assert.deepEqual(errorsSeen, [], `errors in the webview:\n  ${errorsSeen.join('\n  ')}`);

      const shot = await wd.screenshot(path.join(ARTIFACTS, 'desktop.png'));
      t.diagnostic(`screenshot: ${shot}`);
    }),
);

/**
 * The WebDriver driver of tasks.mjs: real element clicks and one key per
 * request into the field, in the Tauri window; a letter's PDF is read from the
 * Downloads folder the shell saved it to.
 */
function windowDriver(wd) {
  const q = (sel, what) => wd.execute(`const e = document.querySelector(arguments[0]); return e ? (${what}) : null;`, [sel]);
  return {
    start: () => resetWindow(wd),
    waitFor: (sel) =>
      poll(sel, 10_000, async () => {
        const v = await wd.execute(`return !!document.querySelector(arguments[0]);`, [sel]);
        return { ok: v === true, value: v };
      }),
    waitForAttr: (sel, name, value) =>
      poll(`${sel}[${name}="${value}"]`, 10_000, async () => {
        const v = await wd.execute(`return document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? null;`, [sel, name]);
        return { ok: v === value, value: v };
      }),
    value: (sel) => q(sel, 'e.value'),
    attr: (sel, name) => wd.execute(`return document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? null;`, [sel, name]),
    checked: (sel) => q(sel, 'e.checked'),
    click: async (sel) => wd.click(await wd.findElement(sel)),
    // WebKitGTK's option list is a native popup WebDriver cannot reach; the
    // choice is made the way the popup makes it (value, then input and change).
    select: (sel, value) =>
      wd.execute(
        `const s = document.querySelector(arguments[0]); s.focus(); s.value = arguments[1];
         s.dispatchEvent(new Event('input', { bubbles: true })); s.dispatchEvent(new Event('change', { bubbles: true }));
         return s.value;`,
        [sel, value],
      ),
    key: async (sel, ch) => wd.sendKeys(await wd.findElement(sel), ch),
    focusState: (sel) =>
      wd.execute(
        `const a = document.activeElement, f = document.querySelector(arguments[0]);
         return { focused: !!f && a === f, active: a ? (a.id || a.tagName) : null, value: f ? f.value : null };`,
        [sel],
      ),
    async savePdf(sel) {
      const before = await wd.execute(`return document.querySelector('#letter-status')?.getAttribute('data-saved-path') || '';`);
      await wd.click(await wd.findElement(sel));
      const saved = await poll('#letter-status[data-saved-path] (a new file)', 15_000, async () => {
        const v = await wd.execute(`return document.querySelector('#letter-status')?.getAttribute('data-saved-path') || '';`);
        return { ok: !!v && v !== before, value: v };
      });
      return { name: path.basename(saved), bytes: fs.readFileSync(saved) };
    },
  };
}

test(
  'desktop: the three tasks of tasks.mjs, typed key by key in the Tauri window',
  { skip: DESKTOP_SKIP, timeout: 300_000 },
  (t) =>
    withWindow(t, async ({ wd, downloads, errorsSeen }) => {
      for (const task of TASKS) {
        await task.run(t, windowDriver(wd), 'Tauri window');
        errorsSeen.push(...(await wd.execute('return window.__e2eErrors;')));
      }
      const pdfs = fs.readdirSync(downloads).filter((f) => f.endsWith('.pdf'));
      assert.equal(pdfs.length, 2, `the complaint and the reply were saved to Downloads: ${pdfs.join(', ')}`);
      assert.deepEqual(errorsSeen, [], `errors in the webview:\n  ${errorsSeen.join('\n  ')}`);
    }),
);
