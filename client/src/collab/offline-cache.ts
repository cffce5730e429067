/**
 * What the service worker keeps for offline use besides the app shell, and under which cache
 * name, shared by the build config (client/vite.config.ts) and sign-out (which deletes it).
 *
 * Only the few GETs a page needs to show an open document again: who is signed in, the
 * document record and its workspace. Never exports, reports, comment or consensus data, nor
 * anything under /collab (a WebSocket) — those either change too fast to be worth a stale
 * copy or are downloads a person should fetch fresh.
 */

/** The Cache Storage name of the runtime API cache (cleared on sign-out and on expiry). */
export const OFFLINE_API_CACHE = 'accord-api';

/**
 * True for a same-origin GET the service worker may answer from its cache when the network
 * fails. Self-contained on purpose: Workbox copies this function's source into sw.js.
 */
export const isOfflineApiRequest = ({
  url,
  request,
  sameOrigin,
}: {
  url: URL;
  request: Request;
  sameOrigin: boolean;
}): boolean =>
  sameOrigin && request.method === 'GET' && /^\/api\/(session|documents\/[^/]+|workspaces\/[^/]+)$/.test(url.pathname);

/**
 * Navigations that must reach the server, never the cached index.html: the API (report and
 * export downloads are under it), the WebSocket endpoint, metrics, health, and anything that
 * looks like a file.
 */
export const navigationDenylist: RegExp[] = [/^\/(api|collab|metrics|healthz)(\/|$)/, /\/[^/?]+\.[^/?]+$/];
