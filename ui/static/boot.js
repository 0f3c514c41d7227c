// Loads the Leptos app (wasm). A separate file because the CSP forbids inline scripts.
import init from './ui.js';

// Offline and installable in the browser: register the service worker (sw.js).
// Not in the desktop window (its own scheme serves the embedded build) and not
// where the browser has no service workers. When a new version has been fetched
// in the background, the page is told with a 'rof-update-ready' event; the app
// shows "Ny version – genindlæs" and calls window.rofApplyUpdate() on a click.
function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  // Reload only when the person asked for the new version: the first visit's
  // worker also takes control (clients.claim), and that must not reload a page
  // someone is typing in.
  let accepted = false;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!accepted || reloading) return;
    reloading = true;
    location.reload();
  });
  navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' }).then((reg) => {
    const announce = () => {
      if (!reg.waiting || !navigator.serviceWorker.controller) return;
      window.rofApplyUpdate = () => {
        if (!reg.waiting) return;
        accepted = true;
        reg.waiting.postMessage('skip-waiting');
      };
      window.rofUpdateReady = true;
      window.dispatchEvent(new Event('rof-update-ready'));
    };
    announce();
    reg.addEventListener('updatefound', () => {
      const next = reg.installing;
      if (next) next.addEventListener('statechange', () => next.state === 'installed' && announce());
    });
  }).catch(() => {
    // No offline copy this time (e.g. a private window); the app itself works.
  });
}

// The worker precaches the whole build, the lazily loaded modules too (reader,
// case file, PDF: ui/src/lazy.rs), so it is registered only once the first
// screen is up: its downloads never compete with the first screen's.
init().finally(registerServiceWorker);
