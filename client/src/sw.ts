/**
 * Accord's service worker (built by vite-plugin-pwa's injectManifest into /sw.js, scope /).
 * It lets a person reopen the app and the documents they had open without the network:
 * - the app shell (index.html, JS, CSS, fonts, icons) is precached at install, one cache per
 *   build, and served cache-first; app routes navigate to the cached index.html;
 * - the few API reads an open document needs (offline-cache.ts) go to the network first and
 *   fall back to the last good answer only when the network fails.
 * Hand-written rather than Workbox's generateSW: that bundles the Workbox runtime with Babel
 * on every build (≈ 15 s here), and every browser test builds the client.
 */
import { isOfflineApiRequest, navigationDenylist, OFFLINE_API_CACHE } from './collab/offline-cache.js';

// The worker's globals, typed by hand: the client's tsconfig has the DOM lib, not WebWorker.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEvent {
  data: unknown;
}
interface WorkerScope {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
  location: Location;
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}
const worker = self as unknown as WorkerScope;

// Written out as `self.__WB_MANIFEST`: the build replaces exactly that text with the file list.
const manifest = (self as unknown as WorkerScope).__WB_MANIFEST;
/** One shell cache per build: a new build's worker fills its own and drops the old at activation. */
const SHELL_CACHE = `accord-shell-${hash(manifest.map((e) => `${e.url}@${e.revision ?? ''}`).join('|'))}`;
const shellUrl = (path: string) => new URL(path, worker.registration.scope).href;
const INDEX_URL = shellUrl('index.html');
const SHELL_URLS = new Set(manifest.map((e) => shellUrl(e.url)));

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      // `cache: 'reload'`: not from the HTTP cache, which may hold the previous build's index.html.
      await Promise.all(manifest.map((e) => cache.add(new Request(shellUrl(e.url), { cache: 'reload' }))));
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith('accord-shell-') && name !== SHELL_CACHE) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const sameOrigin = url.origin === worker.location.origin;
  if (!sameOrigin) return;
  if (request.mode === 'navigate') {
    if (navigationDenylist.some((re) => re.test(url.pathname))) return;
    event.respondWith(appShell(request));
    return;
  }
  if (isOfflineApiRequest({ url, request, sameOrigin })) {
    event.respondWith(networkFirst(request));
    return;
  }
  // Everything else (other API calls, event streams, downloads) goes to the network untouched.
  if (SHELL_URLS.has(url.origin + url.pathname)) event.respondWith(shellFirst(url.origin + url.pathname));
});

/**
 * Pages loaded before the worker took control made their API reads without it; the page
 * sends their URLs here ({ type: 'CACHE_URLS' }, Workbox's message shape) to cache them now.
 */
worker.addEventListener('message', (event) => {
  const data = event.data as { type?: string; payload?: { urlsToCache?: unknown } } | null;
  if (data?.type !== 'CACHE_URLS' || !Array.isArray(data.payload?.urlsToCache)) return;
  const requests = data.payload.urlsToCache
    .filter((u): u is string => typeof u === 'string' && URL.canParse(u))
    .map((u) => new Request(u, { credentials: 'same-origin' }))
    .filter((r) =>
      isOfflineApiRequest({
        url: new URL(r.url),
        request: r,
        sameOrigin: new URL(r.url).origin === worker.location.origin,
      }),
    );
  event.waitUntil(Promise.all(requests.map((r) => networkFirst(r).catch(() => undefined))));
});

/** App routes: the network's index.html when it answers in time (fresh after a deploy), else the cached one. */
async function appShell(request: Request): Promise<Response> {
  const cached = () => caches.match(INDEX_URL, { cacheName: SHELL_CACHE });
  const response = await inTime(fetch(request), cached).catch(() => undefined);
  if (response?.ok) return response;
  // Offline, the server down or failing: the cached shell.
  return (await cached()) ?? response ?? Response.error();
}

/** Precached files from the cache (their names carry a content hash), else from the network. */
async function shellFirst(url: string): Promise<Response> {
  return (await caches.match(url, { cacheName: SHELL_CACHE })) ?? fetch(url);
}

/**
 * The network's answer, kept when it is a 200; the kept one only when the network fails.
 * A 401 or 403 is passed on and never replaced by a stale success; a 401 also drops every
 * kept answer, so an expired session is not revived offline for whoever uses the browser next.
 */
async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(OFFLINE_API_CACHE);
  const fromNetwork = fetch(request).then(async (response) => {
    if (response.status === 200) await cache.put(request, response.clone());
    else if (response.status === 401) await caches.delete(OFFLINE_API_CACHE);
    return response;
  });
  try {
    return await inTime(fromNetwork, () => cache.match(request));
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
}

/** How long a hanging network (a train's) is waited for before a kept answer is used instead. */
const NETWORK_WAIT_MS = 4000;

/**
 * The network's answer, or after NETWORK_WAIT_MS the kept one if there is one (the network's
 * answer still updates the cache when it comes); without a kept one, the network's, however late.
 */
function inTime(network: Promise<Response>, kept: () => Promise<Response | undefined>): Promise<Response> {
  return new Promise((resolve, reject) => {
    // A promise settles once: whichever comes first wins, the later call is ignored.
    const timer = setTimeout(() => void kept().then((answer) => answer && resolve(answer)), NETWORK_WAIT_MS);
    network.then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** A short, stable name for the build (FNV-1a). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
