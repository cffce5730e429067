/**
 * Attribution the server vouches for (issue 13): who changed which paragraph, and when.
 *
 * Every update is checked on a replica inside the transaction that applied it
 * (`onCheckUpdate`); there `blockChanges` says which blocks it changed and their text before
 * and after, and `personOfOrigin` says whom the update stands for — the person the connection
 * was authenticated as, or the person a server write was made for. Nothing a client claims
 * (its awareness name, its Yjs client id) takes part. What the check saw is kept beside the
 * update object and counted only once the update is stored (`afterStoreUpdates` gets the same
 * objects): a refused update or a failed write leaves no trace.
 *
 * A keystroke that continues its person's run in a paragraph reads no text (see the coalescer):
 * only the first edit of a run reads the paragraph before and after, so attribution costs a few
 * map lookups per update however long the paragraph.
 *
 * Stored changes are coalesced into runs ({@link ChangeCoalescer}) and written to the database at
 * most once a second, off the relay's path, and at once when a document unloads or the server
 * stops; one write at a time, in order, a failed one put back and retried. A crash (kill -9) can
 * lose the attribution of the last second of changes, never their text; what it left open is
 * closed by the periodic sweep ({@link SqlHistoryStore.closeLeftOpen}) of any instance.
 */
import { blockChanges, blockView } from '@accord/editor';
import type { AfterStorePayload, CheckUpdatePayload, Extension, RoomPayload } from '../collab/extension.js';
import type { Room } from '../collab/room.js';
import { personOfOrigin } from '../extensions/on-behalf-of.js';
import type { Logger } from '../logger.js';
import { newId } from '../storage/ids.js';
import { type BlockEdit, ChangeCoalescer, type ChangeRecord, type ContinuingEdit } from './coalescer.js';
import type { SqlHistoryStore } from './store.js';

export interface AttributionOptions {
  store: Pick<SqlHistoryStore, 'write' | 'closeLeftOpen'>;
  logger: Logger;
  /** The server clock changes are dated by; tests move it. */
  now?: () => number;
  /** Longest wait before a change is written. Default one second. */
  flushMs?: number;
  quietMs?: number;
  maxMs?: number;
  /** Interval of the sweep closing runs a crashed process left open. Default five minutes; 0 for none. */
  sweepMs?: number;
}

/** After the document schema (priority 100): an update it refuses is never looked at here. */
export const ATTRIBUTION_PRIORITY = 200;

export class Attribution implements Extension {
  readonly name = 'attribution';
  readonly priority = ATTRIBUTION_PRIORITY;
  readonly #store: Pick<SqlHistoryStore, 'write' | 'closeLeftOpen'>;
  readonly #log: Logger;
  readonly #now: () => number;
  readonly #flushMs: number;
  readonly #coalescer: ChangeCoalescer;
  /** What each checked update changed, until it is stored (or forgotten with it). */
  readonly #checked = new WeakMap<Uint8Array, Array<BlockEdit | ContinuingEdit>>();
  /**
   * Who the last checked update of each block (by document) stands for: an edit continues a run
   * only if nobody else's update came between, stored or not yet.
   */
  readonly #lastChecked = new Map<string, Map<string, string | null>>();
  /** Open documents, to read a block's text when a run is written. */
  readonly #rooms = new Map<string, Room>();
  #timer: NodeJS.Timeout | undefined;
  readonly #sweep: NodeJS.Timeout | undefined;
  /** The writes, one after the other: a write starts only once the previous one ended. */
  #writes: Promise<void> = Promise.resolve();
  /** What the running write took, still shown by {@link unwritten} until it is in the table. */
  #inFlight: ChangeRecord[] = [];

  constructor(options: AttributionOptions) {
    this.#store = options.store;
    this.#log = options.logger;
    this.#now = options.now ?? Date.now;
    this.#flushMs = options.flushMs ?? 1000;
    this.#coalescer = new ChangeCoalescer({
      now: this.#now,
      newId,
      textOf: (documentId, blockId) => {
        const room = this.#rooms.get(documentId);
        return room ? (blockView(room.doc, blockId)?.text ?? null) : undefined;
      },
      ...(options.quietMs === undefined ? {} : { quietMs: options.quietMs }),
      ...(options.maxMs === undefined ? {} : { maxMs: options.maxMs }),
    });
    const sweepMs = options.sweepMs ?? 5 * 60_000;
    if (sweepMs > 0) {
      this.#sweep = setInterval(() => {
        this.#store
          .closeLeftOpen()
          .catch((error: unknown) =>
            this.#log.error('could not close paragraph changes a stopped process left open; will retry', { error }),
          );
      }, sweepMs);
      this.#sweep.unref();
    }
  }

  onCheckUpdate({ documentId, transaction, update, origin }: CheckUpdatePayload): string | undefined {
    const edits: Array<BlockEdit | ContinuingEdit> = [];
    try {
      const personId = personOfOrigin(origin) ?? null;
      const at = this.#now();
      let last = this.#lastChecked.get(documentId);
      if (!last) this.#lastChecked.set(documentId, (last = new Map()));
      for (const change of blockChanges(transaction)) {
        const { blockId } = change;
        // A block without an id yet cannot be asked about; its id comes with a later update.
        if (blockId === '') continue;
        const continues =
          !change.added &&
          !change.removed &&
          last.get(blockId) === personId &&
          this.#coalescer.continues(documentId, blockId, personId, at);
        last.set(blockId, personId);
        if (continues) {
          edits.push({ documentId, blockId, personId, at });
          continue;
        }
        const before = change.before?.text ?? null;
        const after = change.after?.text ?? null;
        if (before !== after) edits.push({ documentId, blockId, personId, at, before, after });
      }
    } catch (error) {
      // Losing the attribution of one update is better than refusing a valid edit.
      this.#log.error('could not tell which paragraphs an update changed; it is not attributed', { error });
      return undefined;
    }
    if (edits.length) this.#checked.set(update, edits);
    return undefined;
  }

  afterStoreUpdates({ documentId, room, updates }: AfterStorePayload): void {
    this.#rooms.set(documentId, room);
    let any = false;
    for (const update of updates) {
      const edits = this.#checked.get(update);
      if (!edits) continue;
      this.#checked.delete(update);
      for (const edit of edits) this.#coalescer.record(edit);
      any = true;
    }
    if (any) this.#schedule();
  }

  async beforeUnloadDocument({ documentId, room }: RoomPayload): Promise<void> {
    this.#rooms.set(documentId, room);
    // Closing reads each run's text now, while the room is still here to read it from.
    this.#coalescer.closeAll(documentId);
    this.#rooms.delete(documentId);
    this.#lastChecked.delete(documentId);
    await this.#write();
  }

  async onDestroy(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    clearInterval(this.#sweep);
    this.#coalescer.closeAll();
    await this.#write();
  }

  /** Changes of a document (or one block) not yet written as they are now, for reads that must show them at once. */
  unwritten(documentId: string, blockId?: string): ChangeRecord[] {
    const found = new Map<string, ChangeRecord>();
    for (const r of this.#inFlight) {
      if (r.documentId !== documentId || (blockId !== undefined && r.blockId !== blockId)) continue;
      if (r.before !== r.after) found.set(r.id, { ...r });
    }
    // The coalescer's copy is newer than one being written.
    for (const r of this.#coalescer.unwritten(documentId, blockId)) found.set(r.id, r);
    return [...found.values()];
  }

  /** Writes what waits now (tests, and reads that prefer the table); resolves once it is written or put back. */
  flush(): Promise<void> {
    this.#coalescer.closeDue();
    return this.#write();
  }

  #schedule(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(this.#tick, this.#flushMs);
    this.#timer.unref();
  }

  readonly #tick = (): void => {
    this.#timer = undefined;
    void this.flush().then(() => {
      // Open runs close by time, and a failed write waits again: keep ticking until neither is left.
      if (this.#coalescer.hasOpen || this.#coalescer.hasWork) this.#schedule();
    });
  };

  /**
   * Queues a write of what waits when its turn comes. Never two at once: a batch taken while an
   * earlier one is still being written could land first, and a put-back older copy would then
   * overwrite a newer one. Never rejects: a failed batch is put back for the next write.
   */
  #write(): Promise<void> {
    this.#writes = this.#writes.then(async () => {
      if (!this.#coalescer.hasWork) return;
      const taken = this.#coalescer.take();
      this.#inFlight = taken.write;
      try {
        await this.#store.write(taken);
      } catch (error) {
        this.#log.error('could not write paragraph changes; will retry', { error, records: taken.write.length });
        this.#coalescer.putBack(taken);
      } finally {
        this.#inFlight = [];
      }
    });
    return this.#writes;
  }
}
