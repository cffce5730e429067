import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { Hooks } from '../collab/hooks.js';
import type { StoreUpdatesPayload } from '../collab/index.js';
import { Room } from '../collab/room.js';
import { createLogger } from '../logger.js';
import type { DocumentStore, StoredDocument } from '../storage/types.js';
import { Persistence } from './persistence.js';

/** A store in memory that records its calls; `compact` keeps the same guarantees as SQLite's. */
function memoryStore(initial: StoredDocument = { snapshot: undefined, updates: [], lastSeq: 0 }) {
  let snapshot = initial.snapshot;
  let log = initial.updates.map((data, i) => ({ seq: i + 1, data }));
  let seq = initial.lastSeq;
  const compactions: number[] = [];
  const store: DocumentStore = {
    async load() {
      return { snapshot, updates: log.map((e) => e.data), lastSeq: seq };
    },
    async loadSince(_id, afterSeq) {
      const after = log.filter((e) => e.seq > afterSeq);
      return { snapshot: undefined, updates: after.map((e) => e.data), lastSeq: seq };
    },
    async append(_id, updates) {
      const previousSeq = seq;
      for (const data of updates) log.push({ seq: ++seq, data });
      return { lastSeq: seq, previousSeq };
    },
    async heads(ids) {
      return new Map(ids.map((id) => [id, seq]));
    },
    async compact(_id, data, uptoSeq) {
      compactions.push(uptoSeq);
      snapshot = data;
      log = log.filter((e) => e.seq > uptoSeq);
    },
    async countUpdates() {
      return log.length;
    },
  };
  return { store, compactions, logLength: () => log.length };
}

const settle = () => new Promise((r) => setImmediate(r)).then(() => new Promise((r) => setImmediate(r)));

function updateOf(edit: (doc: Y.Doc) => void, doc = new Y.Doc()): Uint8Array {
  let update: Uint8Array | undefined;
  doc.once('update', (u: Uint8Array) => (update = u));
  edit(doc);
  return update!;
}

async function openRoom(store: DocumentStore, compactEvery: number) {
  const persistence = new Persistence({ store, logger: createLogger('silent'), compactEvery });
  const hooks = new Hooks([persistence]);
  const room = new Room('d', hooks, createLogger('silent'), { unloadGraceMs: 60_000, onGone: () => {} });
  await room.loaded;
  /** Stores updates as the room's flush does: hooks first, then apply. */
  const store_ = async (updates: Uint8Array[]) => {
    await hooks.run('onStoreUpdates', { documentId: 'd', room, updates });
    for (const u of updates) Y.applyUpdate(room.doc, u);
  };
  return { room, persistence, store: store_ };
}

describe('Persistence', () => {
  it('loads the snapshot and the log after it before the room is ready', async () => {
    const source = new Y.Doc();
    source.getText('t').insert(0, 'snap');
    const later = updateOf((d) => d.getText('t').insert(4, 'shot'), source);
    const { store } = memoryStore({ snapshot: Y.encodeStateAsUpdate(source), updates: [later], lastSeq: 7 });
    const { room } = await openRoom(store, 100);
    expect(room.doc.getText('t').toString()).toBe('snapshot');
  });

  it('serves the loaded snapshot as the whole state until the doc changes, then the changed state', async () => {
    const source = new Y.Doc();
    source.getText('t').insert(0, 'stored');
    const snapshot = Y.encodeStateAsUpdate(source);
    const { room, store } = await openRoom(memoryStore({ snapshot, updates: [], lastSeq: 3 }).store, 100);
    // The very bytes stored: nothing was encoded again for the first client.
    expect(room.encodedState()).toBe(snapshot);
    await store([updateOf((d) => d.getText('t').insert(6, ' and changed'), source)]);
    const served = new Y.Doc();
    Y.applyUpdate(served, room.encodedState());
    expect(served.getText('t').toString()).toBe('stored and changed');
  });

  it('defers a large snapshot: clients get its bytes, the doc is rebuilt at the first look, and nothing is relayed for it', async () => {
    const source = new Y.Doc();
    source.getText('t').insert(0, 'large');
    const snapshot = Y.encodeStateAsUpdate(source);
    const changes: Uint8Array[] = [];
    const persistence = new Persistence({
      store: memoryStore({ snapshot, updates: [], lastSeq: 5 }).store,
      logger: createLogger('silent'),
      compactEvery: 100,
      deferLoadBytes: 0,
    });
    const hooks = new Hooks([persistence, { name: 'spy', onChange: ({ update }) => changes.push(update) }]);
    const room = new Room('d', hooks, createLogger('silent'), { unloadGraceMs: 60_000, onGone: () => {} });
    await room.loaded;
    expect(room.encodedState()).toBe(snapshot);
    expect(room.doc.getText('t').toString()).toBe('large');
    expect(changes).toHaveLength(0);
    // Edits after the rebuild are relayed as usual.
    Y.applyUpdate(
      room.doc,
      updateOf((d) => d.getText('t').insert(5, '!'), source),
    );
    expect(changes).toHaveLength(1);
    expect(room.doc.getText('t').toString()).toBe('large!');
  });

  it('compacts every N updates while the log is large against the snapshot, and keeps later updates', async () => {
    const memory = memoryStore();
    const { store } = await openRoom(memory.store, 3);
    const writer = new Y.Doc();
    for (let i = 0; i < 3; i++) await store([updateOf((d) => d.getText('t').insert(0, 'x'.repeat(20)), writer)]);
    await settle();
    expect(memory.compactions).toEqual([3]);
    expect(memory.logLength()).toBe(0);
  });

  it('waits, for a large document, until the log holds half the snapshot’s bytes', async () => {
    const big = new Y.Doc();
    big.getText('t').insert(0, 'a'.repeat(10_000));
    const memory = memoryStore({ snapshot: Y.encodeStateAsUpdate(big), updates: [], lastSeq: 1 });
    const { store } = await openRoom(memory.store, 2);
    for (let i = 0; i < 4; i++) await store([updateOf((d) => d.getText('t').insert(0, 'b'), big)]);
    await settle();
    expect(memory.compactions).toEqual([]);
    await store([updateOf((d) => d.getText('t').insert(0, 'c'.repeat(6_000)), big)]);
    await settle();
    expect(memory.compactions).toEqual([6]);
  });

  it('tells the hooks after it where each batch landed in the log', async () => {
    const memory = memoryStore({ snapshot: undefined, updates: [], lastSeq: 4 });
    const persistence = new Persistence({ store: memory.store, logger: createLogger('silent'), compactEvery: 100 });
    const room = new Room('d', new Hooks([persistence]), createLogger('silent'), {
      unloadGraceMs: 60_000,
      onGone: () => {},
    });
    await room.loaded;
    const writer = new Y.Doc();
    const payload: StoreUpdatesPayload = {
      documentId: 'd',
      room,
      updates: [
        updateOf((d) => d.getText('t').insert(0, 'a'), writer),
        updateOf((d) => d.getText('t').insert(1, 'b'), writer),
      ],
    };
    await persistence.onStoreUpdates(payload);
    expect(payload.stored).toEqual({ lastSeq: 6, previousSeq: 4 });
  });

  it('compacts what is left when the document unloads', async () => {
    const memory = memoryStore();
    const { room, store } = await openRoom(memory.store, 1000);
    await store([updateOf((d) => d.getText('t').insert(0, 'kept'))]);
    await room.unload();
    expect(memory.compactions).toEqual([1]);
    const reopened = await openRoom(memory.store, 1000);
    expect(reopened.room.doc.getText('t').toString()).toBe('kept');
  });
});
