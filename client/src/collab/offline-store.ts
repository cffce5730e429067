/**
 * Where a person's offline drafts live in this browser, and how they are wiped at sign-out.
 * Each document gets its own IndexedDB database named after the person and the document, so
 * a session only ever opens the signed-in person's stores: on a shared computer the next
 * person's sessions look under another name and cannot read (or merge) someone else's draft.
 */
import { OFFLINE_API_CACHE } from './offline-cache.js';

const PREFIX = 'accord:';

/** The IndexedDB name holding `personId`'s copy of `documentId` (`accord:<person>:<document>`). */
export function offlineStoreName(personId: string, documentId: string): string {
  return `${personStorePrefix(personId)}${encodeURIComponent(documentId)}`;
}

/** Every store of this person starts with this; ids are encoded so no person's prefix is another's. */
export function personStorePrefix(personId: string): string {
  if (!personId) throw new Error('an offline store needs a person');
  return `${PREFIX}${encodeURIComponent(personId)}:`;
}

/** The stores among `names` that belong to `personId`. */
export function storesOf(names: readonly string[], personId: string): string[] {
  const prefix = personStorePrefix(personId);
  return names.filter((name) => name.startsWith(prefix));
}

/** The browser can keep drafts (IndexedDB exists and can list its databases, which sign-out needs). */
export function canKeepDrafts(): boolean {
  return typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function';
}

/**
 * Deletes everything this browser keeps for `personId`: their document stores and the service
 * worker's copies of API answers (which name them). Resolves once every deletion is under way
 * — a store still open in a tab is deleted by the browser as soon as that tab lets go of it.
 */
export async function clearOfflineDrafts(personId: string): Promise<void> {
  await clearOfflineCache();
  if (!canKeepDrafts()) return;
  const names = (await indexedDB.databases()).flatMap((db) => (db.name ? [db.name] : []));
  await Promise.all(storesOf(names, personId).map(deleteDatabase));
}

/** Drops the service worker's cached API answers (who is signed in, document records). */
export async function clearOfflineCache(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(OFFLINE_API_CACHE);
}

const LAST_PERSON_KEY = 'accord.offline.person';

/**
 * Called whenever someone is signed in. When it is not the person the worker last cached
 * answers for (their session ended without this browser noticing), those answers go.
 */
export async function rememberSignedIn(personId: string): Promise<void> {
  let last: string | null;
  try {
    last = localStorage.getItem(LAST_PERSON_KEY);
    localStorage.setItem(LAST_PERSON_KEY, personId);
  } catch {
    return; // no storage: nothing to compare with
  }
  if (last !== null && last !== personId) await clearOfflineCache();
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // Open in some tab: the deletion stays queued and completes when that tab closes it.
    request.onblocked = () => resolve();
  });
}
