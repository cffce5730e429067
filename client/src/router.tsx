/**
 * Client-side routing on the History API: a handful of pages do not need a router library.
 * The server answers every non-API path with index.html, so any of these URLs survives a reload.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

export type Route =
  | { page: 'workspaces' }
  | { page: 'workspace'; workspaceId: string }
  | { page: 'people'; workspaceId: string }
  | { page: 'audit'; workspaceId: string }
  | { page: 'document'; documentId: string }
  | { page: 'dashboard'; documentId: string }
  | { page: 'register'; documentId: string }
  | { page: 'versions'; documentId: string }
  | { page: 'version'; documentId: string; versionId: string }
  | { page: 'compare'; documentId: string; from: string; to: string }
  | { page: 'rounds'; documentId: string }
  | { page: 'round'; documentId: string; roundId: string }
  | { page: 'consult'; roundId: string }
  | { page: 'contribute'; callId: string }
  | { page: 'published'; versionId: string }
  | { page: 'sign-in' }
  | { page: 'invite'; token: string }
  | { page: 'not-found'; path: string };

/** Pages anyone may open without a session. */
export const isPublic = (route: Route): boolean =>
  route.page === 'sign-in' ||
  route.page === 'invite' ||
  route.page === 'consult' ||
  route.page === 'contribute' ||
  route.page === 'published';

export function parseRoute(pathname: string): Route {
  const segments = pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  const [first, second, third] = segments;
  if (segments.length === 0) return { page: 'workspaces' };
  if (segments.length === 1 && first === 'sign-in') return { page: 'sign-in' };
  if (segments.length === 2 && first === 'invite') return { page: 'invite', token: second! };
  if (segments.length === 2 && first === 'w') return { page: 'workspace', workspaceId: second! };
  if (segments.length === 3 && first === 'w' && third === 'people') return { page: 'people', workspaceId: second! };
  if (segments.length === 3 && first === 'w' && third === 'audit') return { page: 'audit', workspaceId: second! };
  if (segments.length === 2 && first === 'd') return { page: 'document', documentId: second! };
  if (segments.length === 3 && first === 'd' && third === 'dashboard')
    return { page: 'dashboard', documentId: second! };
  if (segments.length === 3 && first === 'd' && third === 'register') return { page: 'register', documentId: second! };
  if (segments.length === 3 && first === 'd' && third === 'versions') return { page: 'versions', documentId: second! };
  if (segments.length === 4 && first === 'd' && third === 'versions')
    return { page: 'version', documentId: second!, versionId: segments[3]! };
  if (segments.length === 3 && first === 'd' && third === 'rounds') return { page: 'rounds', documentId: second! };
  if (segments.length === 4 && first === 'd' && third === 'rounds')
    return { page: 'round', documentId: second!, roundId: segments[3]! };
  if (segments.length === 2 && first === 'consult') return { page: 'consult', roundId: second! };
  if (segments.length === 2 && first === 'contribute') return { page: 'contribute', callId: second! };
  if (segments.length === 2 && first === 'published') return { page: 'published', versionId: second! };
  if (segments.length === 5 && first === 'd' && third === 'compare')
    return { page: 'compare', documentId: second!, from: segments[3]!, to: segments[4]! };
  return { page: 'not-found', path: pathname };
}

/**
 * Where to go after signing in: a path on this site, never another origin (`//evil.example`,
 * `/\evil.example` and absolute URLs would make the sign-in page an open redirect), and
 * never the sign-in page itself.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  try {
    const base = 'https://accord.invalid';
    const url = new URL(next, base);
    if (url.origin !== base || url.pathname === '/sign-in') return '/';
    return url.pathname + url.search + url.hash;
  } catch {
    return '/';
  }
}

export const paths = {
  workspaces: () => '/',
  workspace: (id: string) => `/w/${encodeURIComponent(id)}`,
  people: (id: string) => `/w/${encodeURIComponent(id)}/people`,
  audit: (id: string) => `/w/${encodeURIComponent(id)}/audit`,
  document: (id: string) => `/d/${encodeURIComponent(id)}`,
  dashboard: (id: string) => `/d/${encodeURIComponent(id)}/dashboard`,
  register: (id: string) => `/d/${encodeURIComponent(id)}/register`,
  invite: (token: string) => `/invite/${encodeURIComponent(token)}`,
  /** A document's consultation rounds (coordinators). */
  rounds: (documentId: string) => `/d/${encodeURIComponent(documentId)}/rounds`,
  /** One round: moderation, processing after the close, the report (coordinators, editors). */
  round: (documentId: string, roundId: string) =>
    `/d/${encodeURIComponent(documentId)}/rounds/${encodeURIComponent(roundId)}`,
  /** A round's public page: anyone, no account. */
  consult: (roundId: string) => `/consult/${encodeURIComponent(roundId)}`,
  /** A call for contributions' public page: anyone who confirms an email, no account. */
  contribute: (callId: string) => `/contribute/${encodeURIComponent(callId)}`,
  /** An endorsed (published) version's stable public page. */
  published: (versionId: string) => `/published/${encodeURIComponent(versionId)}`,
  /** The sign-in page, coming back to `next` afterwards (nothing to remember for the home page). */
  signIn: (next?: string) => {
    const back = safeNext(next);
    return back === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(back)}`;
  },
};

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const here = () => window.location.pathname + window.location.search;

/** Goes to `to` (a path with an optional query); `replace` for redirects, so Back does not bounce. */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (to === here()) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  notify();
}

export function usePathname(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => '/',
  );
}

/** Path and query of the current page, e.g. to come back here after signing in. */
export function useLocation(): string {
  return useSyncExternalStore(subscribe, here, () => '/');
}

/** An ordinary link that navigates in place; modified clicks (new tab, download) stay the browser's. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
