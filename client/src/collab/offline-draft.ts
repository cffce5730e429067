/**
 * One document's copy in this browser (y-indexeddb on the session's own Y.Doc): every update,
 * local or from the server, is written to IndexedDB, so a tab closed while offline reopens with
 * its edits, and they reach the server at the next sync (Yjs merges them like any late edit).
 *
 * Beside the updates it keeps how many local changes the server has not confirmed yet
 * ("unsent"): the Y.Doc alone cannot tell, because a deletion adds nothing to a state vector.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import { offlineStoreName } from './offline-store.js';

const UNSENT_KEY = 'unsent';

export interface LoadedDraft {
  /** The store held this document (it was opened here before): the page may show it at once. */
  restored: boolean;
  /** Local changes made on this device that the server had not confirmed when it was left. */
  unsent: number;
}

export class OfflineDraft {
  #persistence: IndexeddbPersistence;
  /** Resolves when the stored updates are in the doc; rejects if IndexedDB cannot be used. */
  readonly loaded: Promise<LoadedDraft>;

  constructor(personId: string, documentId: string, doc: Y.Doc) {
    this.#persistence = new IndexeddbPersistence(offlineStoreName(personId, documentId), doc);
    const persistence = this.#persistence;
    this.loaded = Promise.race([
      persistence.whenSynced,
      // y-indexeddb never settles `whenSynced` when the database cannot be opened.
      persistence._db.then(() => new Promise<never>(() => {})),
    ]).then(async () => {
      const unsent = await persistence.get(UNSENT_KEY);
      return { restored: doc.store.clients.size > 0, unsent: typeof unsent === 'number' && unsent > 0 ? unsent : 0 };
    });
  }

  /** The origin of the transactions that load the stored updates: not local edits. */
  get origin(): unknown {
    return this.#persistence;
  }

  /**
   * Records the number of unsent changes. Resolves once it is on disk — and with it every
   * update written before it: one transaction over both stores, ordered after y-indexeddb's
   * own writes of those updates (IndexedDB runs overlapping read-write transactions in the
   * order they were created).
   */
  async saveUnsent(count: number): Promise<void> {
    // After the update handlers of the transaction that called this, y-indexeddb's included.
    await Promise.resolve();
    const db = this.#persistence.db;
    if (!db || this.#persistence._destroyed) throw new Error('the offline store is closed');
    return new Promise((resolve, reject) => {
      const tx = db.transaction(['updates', 'custom'], 'readwrite');
      tx.objectStore('custom').put(count, UNSENT_KEY);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('could not write the offline store'));
      tx.onabort = () => reject(tx.error ?? new Error('writing the offline store was aborted'));
    });
  }

  /**
   * Deletes this browser's copy of the document: after the server refused a change it holds,
   * the copy would send the refused change again at every sync and be refused every time.
   */
  async discard(): Promise<void> {
    await this.#persistence.clearData();
  }

  /** Stops writing and closes the database (the data stays). */
  destroy(): void {
    void this.#persistence.destroy();
  }
}
