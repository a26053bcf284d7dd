/**
 * plugin-pwa's service worker registration (its `swRegister` option), started once the page has
 * loaded and the main thread is idle instead of while the page hydrates. With
 * `offlineModeActivationStrategies: ['always']` the worker precaches the locale's whole site at
 * the first visit (about 24 MB); registered at hydration, that download and its parsing compete
 * with the page the reader opened (and with Lighthouse's audit of it). The stock module is
 * imported unchanged, so its update and reload-popup behaviour stay as plugin-pwa ships them;
 * only its start moves. A reader who leaves within a second of the load registers nothing and
 * does at the next page instead.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/** Longest wait for an idle main thread after `load`, so a busy page still gets its worker. */
const IDLE_TIMEOUT_MS = 5000;

function register(): void {
  import('@docusaurus/plugin-pwa/lib/registerSw.js').catch((error: unknown) =>
    console.error('registerSW failed', error),
  );
}

function registerWhenIdle(): void {
  if ('requestIdleCallback' in window) {
    window.requestIdleCallback(register, { timeout: IDLE_TIMEOUT_MS });
  } else {
    setTimeout(register, 1000);
  }
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') registerWhenIdle();
  else window.addEventListener('load', registerWhenIdle, { once: true });
}
