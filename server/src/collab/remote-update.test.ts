import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../logger.js';
import { CollabServer } from './collab-server.js';
import type { Extension } from './extension.js';

/** Stores in memory and checks every update (so the room screens them: what builds on a missing update waits). */
class CheckingStore implements Extension {
  readonly name = 'checking-store';
  readonly stored: Uint8Array[] = [];
  onCheckUpdate(): undefined {
    return undefined;
  }
  onStoreUpdates({ updates }: { updates: readonly Uint8Array[] }): void {
    this.stored.push(...updates);
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('an update another instance stored', () => {
  it('lets an update that waited for it through at once, not at the end of the wait', async () => {
    // Only the 2 s wait is faked, and never advanced: without the retry on a remote update,
    // the waiting write would never go through.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = new CheckingStore();
    const collab = new CollabServer({
      extensions: [store],
      logger: createLogger('silent'),
      unloadGraceMs: 20,
      keepAliveMs: 60_000,
      maxQueuedBytes: 1 << 20,
    });
    try {
      // A tab on another instance wrote `first`; this one's neighbour tab built `second` on it
      // (their browser shares edits between tabs) and sent it here before Redis brought `first`.
      const writer = new Y.Doc();
      const text = writer.getText('t');
      const start = Y.encodeStateVector(writer);
      text.insert(0, 'first ');
      const middle = Y.encodeStateVector(writer);
      const first = Y.encodeStateAsUpdate(writer, start);
      text.insert(6, 'second');
      const second = Y.encodeStateAsUpdate(writer, middle);

      await collab.withRoom('d', async (room) => {
        const written = room.submitServerUpdate(second);
        await new Promise((resolve) => setImmediate(resolve));
        expect(room.doc.getText('t').toString()).toBe('');
        room.applyRemoteUpdate(first, 'another instance');
        await written;
        expect(room.doc.getText('t').toString()).toBe('first second');
      });
      // Only this instance's own write is stored here; the other instance stored `first`.
      expect(store.stored).toEqual([second]);
    } finally {
      vi.useRealTimers();
      await collab.destroy();
    }
  });
});
