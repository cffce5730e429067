/**
 * Makes documents durable through a {@link DocumentStore}: loads them before anyone syncs,
 * appends every batch of updates before it is relayed, and compacts the update log into a
 * snapshot every `compactEvery` updates and when a document leaves memory — in a worker
 * thread when the store can (`fold`), so a large document never stalls the relay.
 *
 * A compaction costs as much as the whole document, so for large documents it also waits
 * until the log holds at least half the snapshot's bytes: the cost stays proportional to
 * what was typed, and a load never replays more than 1.5 times the document.
 *
 * A large snapshot with nothing logged after it is not applied at load: the room serves it as
 * stored and rebuilds the doc from it when the doc is first needed (`Room.deferLoad`), so a
 * large document opens in the time it takes to read it.
 */
import * as Y from 'yjs';
import type { Extension, LoadPayload, RoomPayload, StoreUpdatesPayload } from '../collab/index.js';
import type { Room } from '../collab/room.js';
import type { Logger } from '../logger.js';
import type { DocumentStore } from '../storage/types.js';

interface Tracked {
  /** Sequence number of the last stored update that is applied to the room's doc. */
  lastSeq: number;
  /** Updates stored since the last snapshot. */
  sinceSnapshot: number;
  /** Bytes of those updates. */
  bytesSinceSnapshot: number;
  /** Size of the last snapshot. */
  snapshotBytes: number;
  compacting: boolean;
}

export interface PersistenceOptions {
  store: DocumentStore;
  logger: Logger;
  /** Compact after this many stored updates. */
  compactEvery: number;
  /** Told how long each compaction took (for metrics). */
  onCompacted?: (seconds: number) => void;
  /** A snapshot this large (with nothing logged after it) is served as stored and applied only when needed ({@link Room.deferLoad}). */
  deferLoadBytes?: number;
}

/**
 * From this size on, applying a snapshot at load costs more than a client notices (tens of ms
 * for ~100k Yjs items); below it, applying at once keeps the common path simple.
 */
const DEFER_LOAD_BYTES = 64 * 1024;

export class Persistence implements Extension {
  readonly name = 'persistence';
  readonly priority = 10;
  readonly #store: DocumentStore;
  readonly #log: Logger;
  readonly #options: PersistenceOptions;
  readonly #tracked = new WeakMap<Room, Tracked>();

  constructor(options: PersistenceOptions) {
    this.#store = options.store;
    this.#log = options.logger;
    this.#options = options;
  }

  async onLoadDocument({ documentId, doc, room }: LoadPayload): Promise<void> {
    const started = performance.now();
    const stored = await this.#store.load(documentId);
    const read = performance.now();
    const deferred =
      stored.snapshot !== undefined &&
      stored.updates.length === 0 &&
      stored.snapshot.length >= (this.#options.deferLoadBytes ?? DEFER_LOAD_BYTES);
    if (deferred) {
      // Rebuilding a large document in memory costs far more than reading it: the room answers
      // clients from the snapshot itself and rebuilds only when the doc is needed.
      room.deferLoad(stored.snapshot!);
    } else {
      Y.transact(doc, () => {
        if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
        for (const update of stored.updates) Y.applyUpdate(doc, update);
      });
      // The snapshot alone is the doc's state: the room serves it as it is rather than encoding
      // the document again for the first client and the size limit.
      if (stored.snapshot && stored.updates.length === 0) room.loadedState(stored.snapshot);
    }
    // Which part of a slow open was storage and which was Yjs.
    this.#log.debug('read the stored document', {
      documentId,
      snapshotBytes: stored.snapshot?.length ?? 0,
      updates: stored.updates.length,
      deferred,
      readMs: Math.round(read - started),
      applyMs: Math.round(performance.now() - read),
    });
    const tracked: Tracked = {
      lastSeq: stored.lastSeq,
      sinceSnapshot: stored.updates.length,
      bytesSinceSnapshot: stored.updates.reduce((n, u) => n + u.length, 0),
      snapshotBytes: stored.snapshot?.length ?? 0,
      compacting: false,
    };
    this.#tracked.set(room, tracked);
    // A long log left by a crash is folded right away rather than replayed at every load.
    if (this.#due(tracked)) this.#scheduleCompaction(room);
  }

  async onStoreUpdates(payload: StoreUpdatesPayload): Promise<void> {
    const { documentId, room, updates } = payload;
    const appended = await this.#store.append(documentId, updates);
    // Later storing hooks (the fan-out to other instances) say where the batch landed.
    payload.stored = appended;
    const tracked = this.#tracked.get(room);
    if (!tracked) return;
    // The room applies these right after every storing hook resolved, before any timer can
    // run, so by the time a compaction reads the doc it includes everything up to lastSeq.
    tracked.lastSeq = appended.lastSeq;
    tracked.sinceSnapshot += updates.length;
    for (const update of updates) tracked.bytesSinceSnapshot += update.length;
    if (this.#due(tracked)) this.#scheduleCompaction(room);
  }

  async beforeUnloadDocument({ room }: RoomPayload): Promise<void> {
    const tracked = this.#tracked.get(room);
    if (tracked && tracked.sinceSnapshot > 0) await this.#compact(room);
  }

  #due(tracked: Tracked): boolean {
    return (
      tracked.sinceSnapshot >= this.#options.compactEvery && tracked.bytesSinceSnapshot * 2 >= tracked.snapshotBytes
    );
  }

  #scheduleCompaction(room: Room): void {
    const tracked = this.#tracked.get(room);
    if (!tracked || tracked.compacting) return;
    tracked.compacting = true;
    // Off the relay path: after the current batch went out, not inside it.
    setImmediate(() => {
      void this.#compact(room).finally(() => {
        tracked.compacting = false;
      });
    });
  }

  async #compact(room: Room): Promise<void> {
    const tracked = this.#tracked.get(room);
    if (!tracked || room.state === 'unloaded' || room.state === 'failed') return;
    const started = performance.now();
    // Everything up to lastSeq is stored and applied; what arrives later stays in the log.
    const uptoSeq = tracked.lastSeq;
    const countedAtSnapshot = tracked.sinceSnapshot;
    const bytesAtSnapshot = tracked.bytesSinceSnapshot;
    try {
      let bytes: number;
      if (this.#store.fold) {
        bytes = await this.#store.fold(room.documentId, uptoSeq);
      } else {
        // Read the state in the same synchronous step as the seq: nothing can be applied in between.
        const snapshot = room.encodedState();
        await this.#store.compact(room.documentId, snapshot, uptoSeq);
        bytes = snapshot.length;
      }
      tracked.sinceSnapshot -= countedAtSnapshot;
      tracked.bytesSinceSnapshot -= bytesAtSnapshot;
      tracked.snapshotBytes = bytes;
      const seconds = (performance.now() - started) / 1000;
      this.#options.onCompacted?.(seconds);
      this.#log.debug('compacted update log', {
        documentId: room.documentId,
        uptoSeq,
        bytes,
        ms: Math.round(seconds * 1000),
      });
    } catch (error) {
      this.#log.warn('compaction failed; the update log is intact and will be compacted later', {
        documentId: room.documentId,
        error,
      });
    }
  }
}
