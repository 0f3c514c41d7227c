// Loads the Leptos app (wasm). A separate file because the CSP forbids inline scripts.
import init from './ui.js';
init();
