#!/usr/bin/env node
// First load of the web build: every byte fetched before the first screen is
// usable, as a phone on a fresh visit would fetch it (gzip, level 9, as a static
// host would serve it). Prints one row per file and the total, then every other
// file of the build (fetched later: the lazily loaded modules, ui/src/lazy.rs,
// and the service worker's precache) with its size.
//
//   node tools/size/first-load.mjs [ui/dist] [--json]
//
// Run from tests/e2e's node_modules (playwright-core) — `cargo xtask test`
// does this through tests/e2e/size.test.mjs, which also holds the ceiling.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(HERE, '..', '..', 'tests', 'e2e', 'package.json'));
const { chromium } = require('playwright-core');

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** Files fetched until #event-date (the start screen's first field) is visible. */
export async function firstLoad(dist, chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium') {
  const fetched = new Set();
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/$/, '/index.html');
    const file = path.join(dist, rel);
    if (!file.startsWith(dist) || !fs.existsSync(file)) return res.writeHead(404).end();
    fetched.add(rel.slice(1));
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    // Service workers blocked: this is what the first visit must fetch before use;
    // the worker's own precaching runs after the first screen is usable.
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.locator('#event-date').waitFor({ state: 'visible', timeout: 60_000 });
  } finally {
    await browser.close();
    server.close();
  }
  const size = (f) => {
    const raw = fs.readFileSync(path.join(dist, f));
    return { file: f, bytes: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
  };
  const rows = [...fetched].sort().map(size);
  const later = allFiles(dist).filter((f) => !fetched.has(f)).map(size);
  return { rows, later, total: rows.reduce((a, r) => a + r.gzip, 0), raw: rows.reduce((a, r) => a + r.bytes, 0) };
}

/** Every file under `dist`, relative, `/`-separated, sorted. */
function allFiles(dist, sub = '') {
  return fs.readdirSync(path.join(dist, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    return e.isDirectory() ? allFiles(dist, rel) : [rel];
  }).sort();
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dist = path.resolve(process.argv.find((a, i) => i > 1 && !a.startsWith('--')) || 'ui/dist');
  const r = await firstLoad(dist);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(r, null, 2));
  } else {
    console.log('| file | size | gzip |\n|---|---:|---:|');
    for (const row of r.rows) console.log(`| ${row.file} | ${kb(row.bytes)} | ${kb(row.gzip)} |`);
    console.log(`| **first load** | ${kb(r.raw)} | **${kb(r.total)}** |`);
    console.log('\nNot fetched for the first screen (loaded on first use or precached by the service worker):\n');
    console.log('| file | size | gzip |\n|---|---:|---:|');
    for (const row of r.later) console.log(`| ${row.file} | ${kb(row.bytes)} | ${kb(row.gzip)} |`);
  }
}
