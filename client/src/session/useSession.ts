/**
 * The page's one session store, wired to the API (CSRF token for writes, a 401 ends the
 * session) and to the other tabs of this browser, which share the cookie: when one signs in
 * or out, the others re-read the session instead of finding out at their next click.
 */
import { useSyncExternalStore } from 'react';
import { configureApi } from '../api.js';
import { clearOfflineCache, clearOfflineDrafts, rememberSignedIn } from '../collab/offline-store.js';
import { SessionStore, type SessionState } from './store.js';

export const sessionStore = new SessionStore();

configureApi({
  csrfToken: () => sessionStore.csrfToken,
  onUnauthenticated: () => sessionStore.expire(),
  refreshCsrfToken: () => sessionStore.refresh(),
});

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('accord.session');
/** Who the last settled state was about; undefined until the first answer. */
let lastPerson: string | null | undefined;
sessionStore.subscribe(() => {
  const state = sessionStore.getSnapshot();
  if (state.status === 'loading' || state.status === 'error') return;
  const who = state.status === 'signed-in' ? state.session.person.id : null;
  // A shared computer must not hand one person's drafts (or cached answers) to the next.
  if (state.status === 'signed-out' && lastPerson)
    void (state.reason === 'signed-out' ? clearOfflineDrafts(lastPerson) : clearOfflineCache());
  if (who && who !== lastPerson) void rememberSignedIn(who);
  // Tell the others only when who is signed in changed; their refresh then settles without echo.
  if (lastPerson !== undefined && who !== lastPerson) channel?.postMessage('changed');
  lastPerson = who;
});
channel?.addEventListener('message', () => void sessionStore.refresh());

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getSnapshot, sessionStore.getSnapshot);
}
