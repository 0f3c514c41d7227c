// Service worker of the web build: the app works with the network off after one
// visit, and one version never mixes with another.
//
// `cargo xtask web` fills in BUILD: the build's version (a hash over every file)
// and each file with its SHA-256. Installing fetches every file fresh and checks
// its hash, so a half-deployed server (new sw.js, old wasm) fails the install and
// the old version stays. A new version waits until the person accepts it in the
// page ("Ny version – genindlæs"); the page then posts 'skip-waiting' and reloads.
// Only same-origin GET requests are answered, and only from this version's cache.
// BUILD.files includes the modules the page loads only on first use (reader.js,
// casefile.js, pdf.js and their wasm): precached here, so they work offline after
// one visit, though the first screen never waits for them (boot.js registers
// this worker after the app has started).
const BUILD = /*BUILD*/ { version: 'dev', files: {} } /*END*/;
const PREFIX = 'ret-og-frist-';
const CACHE = PREFIX + BUILD.version;

function hex(buf) {
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function precache() {
  const cache = await caches.open(CACHE);
  for (const [file, sha256] of Object.entries(BUILD.files)) {
    const res = await fetch(new Request(file, { cache: 'reload' }));
    if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
    const body = await res.clone().arrayBuffer();
    const got = hex(await crypto.subtle.digest('SHA-256', body));
    if (got !== sha256) throw new Error(`${file} is not from version ${BUILD.version}`);
    await cache.put(file, res);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().catch(async (e) => {
    await caches.delete(CACHE);
    throw e;
  }));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The app is one page with #screens: every navigation is index.html.
    const hit = req.mode === 'navigate'
      ? await cache.match('index.html')
      : await cache.match(req, { ignoreSearch: true });
    return hit || fetch(req);
  })());
});
