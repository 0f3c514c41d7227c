// Loads the lazily built wasm modules of the web build (reader.js, casefile.js,
// pdf.js next to index.html; see ui/src/lazy.rs) the first time one is used.
// A module that failed to load (offline before the service worker cached it)
// is tried again on the next use.
const modules = new Map();
const ready = new Set();
const failures = new Map();

function load(name) {
  if (!modules.has(name)) {
    // A retry gets its own URL: the browser may remember a failed import of one.
    // (The service worker ignores the query; the module finds its wasm next to it.)
    const tries = failures.get(name) || 0;
    const url = new URL(tries ? `${name}.js?retry=${tries}` : `${name}.js`, document.baseURI).href;
    modules.set(name, import(url).then(async (m) => {
      await m.default();
      ready.add(name);
      return m;
    }).catch((e) => {
      modules.delete(name);
      failures.set(name, tries + 1);
      // Thrown as an object: a module's own errors are strings.
      throw { load: `${name}: ${e && e.message ? e.message : e}` };
    }));
  }
  return modules.get(name);
}

export function lazy_ready(name) {
  return ready.has(name);
}

export async function lazy_call(name, fn, a, b) {
  const m = await load(name);
  return b === undefined ? m[fn](a) : m[fn](a, b);
}

// The Fluent files of a language the main module does not embed (ui/src/i18n.rs),
// from the page's own origin; rejects with a string naming the file that failed.
export async function fetch_texts(paths) {
  return Promise.all(paths.map(async (p) => {
    const url = new URL(p, document.baseURI).href;
    let res;
    try {
      res = await fetch(url);
    } catch (e) {
      throw `${p}: ${e && e.message ? e.message : e}`;
    }
    if (!res.ok) throw `${p}: HTTP ${res.status}`;
    return res.text();
  }));
}
