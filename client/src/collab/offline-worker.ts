/**
 * Registers the service worker (src/sw.ts, served as /sw.js) that lets the app and the
 * documents a person had open come back without the network.
 *
 * On the first visit the page's own API reads happen before the worker exists, so nothing of
 * them is cached; when the worker takes control of this page it is handed their URLs to fetch
 * and keep (it keeps only those offline-cache.ts allows). Later pages are controlled from the
 * start and their reads are kept as they happen.
 */
export function registerServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  if (!container.controller) container.addEventListener('controllerchange', cacheEarlyReads, { once: true });
  // `updateViaCache: 'none'`: a deploy's new worker is seen at the next visit, not after the HTTP cache expires.
  container.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch((error: unknown) => {
    console.warn('Accord: no offline support in this browser', error);
  });
}

/** How long reads started before the worker took control are still watched for. */
const LATE_READS_MS = 60_000;

/**
 * Hands the worker the URLs this page read before it took control: those already done, and
 * those still in flight then (they finish later, and did not pass through the worker either).
 */
function cacheEarlyReads(): void {
  const controlledAt = performance.now();
  const send = (urlsToCache: string[]) => {
    if (urlsToCache.length)
      navigator.serviceWorker.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
  };
  send(performance.getEntriesByType('resource').map((entry) => entry.name));
  if (typeof PerformanceObserver === 'undefined') return;
  const observer = new PerformanceObserver((list) =>
    send(
      list
        .getEntries()
        .filter((entry) => entry.startTime < controlledAt)
        .map((entry) => entry.name),
    ),
  );
  observer.observe({ type: 'resource' });
  setTimeout(() => observer.disconnect(), LATE_READS_MS);
}
