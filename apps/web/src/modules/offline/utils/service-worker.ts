const SCRIPT = '/sw.js';
/** The Cache Storage of API answers that `public/sw.js` keeps (the same name there). */
const API_CACHE = 'interlinea-api';

/**
 * Registers the service worker (`public/sw.js`) that keeps the app shell, and the answers needed to
 * open an edition, so the editor opens and its queued changes show without a connection.
 */
export function registerServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // The first visit asked the API before the worker was there: once it controls the page, it is told
  // which answers the page has, so that the editor opens offline after a reload, too.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).pathname.startsWith('/api/'));
    navigator.serviceWorker.controller?.postMessage({ type: 'keep-answers', urls });
  });
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(SCRIPT).catch(() => {
      // No offline shell (a private window, a blocked worker): the app works as before, online.
    });
  });
}

/** Forgets the answers kept for offline use (on sign-out: they belong to the user who leaves). */
export async function forgetOfflineAnswers(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(API_CACHE);
}
