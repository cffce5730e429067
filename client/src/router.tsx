/**
 * Client-side routing on the History API: three pages do not need a router library. The
 * server answers every non-API path with index.html, so any of these URLs survives a reload.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

export type Route =
  | { page: 'workspaces' }
  | { page: 'workspace'; workspaceId: string }
  | { page: 'document'; documentId: string }
  | { page: 'not-found'; path: string };

export function parseRoute(pathname: string): Route {
  const segments = pathname.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  if (segments.length === 0) return { page: 'workspaces' };
  if (segments.length === 2 && segments[0] === 'w') return { page: 'workspace', workspaceId: segments[1]! };
  if (segments.length === 2 && segments[0] === 'd') return { page: 'document', documentId: segments[1]! };
  return { page: 'not-found', path: pathname };
}

export const paths = {
  workspaces: () => '/',
  workspace: (id: string) => `/w/${encodeURIComponent(id)}`,
  document: (id: string) => `/d/${encodeURIComponent(id)}`,
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

export function navigate(to: string): void {
  if (to === window.location.pathname) return;
  window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  notify();
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname, () => '/');
}

/** An ordinary link that navigates in place; modified clicks (new tab, download) stay the browser's. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
