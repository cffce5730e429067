import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CollabServer } from '../collab/index.js';
import { Persistence } from '../extensions/persistence.js';
import { createLogger } from '../logger.js';
import type { DocumentStore } from '../storage/types.js';
import { liveState } from './live-state.js';

/** A store holding one document as a snapshot, with nothing logged after it. */
function snapshotStore(snapshot: Uint8Array): DocumentStore {
  return {
    load: async () => ({ snapshot, updates: [], lastSeq: 1 }),
    loadSince: async () => ({ snapshot: undefined, updates: [], lastSeq: 1 }),
    append: async () => ({ lastSeq: 2, previousSeq: 1 }),
    heads: async (ids) => new Map(ids.map((id) => [id, 1])),
    compact: async () => {},
    countUpdates: async () => 0,
  };
}

function server(store: DocumentStore): CollabServer {
  const logger = createLogger('silent');
  // A threshold of 0 bytes: every snapshot is deferred, as a large one is.
  const persistence = new Persistence({ store, logger, compactEvery: 100, deferLoadBytes: 0 });
  return new CollabServer({
    extensions: [persistence],
    logger,
    unloadGraceMs: 60_000,
    keepAliveMs: 60_000,
    maxQueuedBytes: 1 << 20,
  });
}

describe('liveState', () => {
  it('reads an open document from its room without rebuilding a state deferred at load', async () => {
    const source = new Y.Doc();
    source.getText('t').insert(0, 'stored');
    const snapshot = Y.encodeStateAsUpdate(source);
    const store = snapshotStore(snapshot);
    const collab = server(store);
    try {
      await collab.withRoom('d', async (room) => {
        // The very bytes stored: served without integrating them into the room's doc.
        expect(await liveState(collab, store)('d')).toBe(snapshot);
        room.doc.getText('t').insert(6, ' and changed');
        const read = new Y.Doc();
        Y.applyUpdate(read, await liveState(collab, store)('d'));
        expect(read.getText('t').toString()).toBe('stored and changed');
      });
    } finally {
      await collab.destroy();
    }
  });
});
