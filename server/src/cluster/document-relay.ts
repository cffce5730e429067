/**
 * Documents across instances (issue 16): every instance holding a document hears the updates
 * the others store, and its clients see them, without anything being lost when Redis drops a
 * message.
 *
 * - Storing comes first: a batch is published only after persistence made it durable
 *   (`afterStoreUpdates`), with where it landed in the document's log (`previousSeq` →
 *   `lastSeq`). Redis carries news, the database is the truth.
 * - A receiving instance applies a batch that extends what it has (see update-chain.ts); one
 *   beyond a gap is held for {@link DocumentRelayOptions.holdMs} for the missing message, then
 *   the instance repairs: it reads what was stored after what it has (`loadSince`) and applies it.
 * - Pub/sub forgets messages sent while a subscriber is slow or reconnecting (Hocuspocus' Redis
 *   extension loses edits this way). So every {@link DocumentRelayOptions.checkMs}, and at once
 *   after Redis reconnects, the instance compares the stored heads of its open documents with
 *   what it has applied, and repairs those behind. A lost message costs a few seconds, never an edit.
 * - The channel is subscribed before the document is read (`onLoadDocument`, ahead of
 *   persistence), and "what it has" starts at the head read before the load: nothing stored
 *   after that can fall between the load and the subscription.
 *
 * Presence travels beside it (presence-relay.ts).
 */
import * as Y from 'yjs';
import type { AfterStorePayload, ConnectionPayload, Extension, LoadPayload, RoomPayload } from '../collab/index.js';
import type { Room } from '../collab/room.js';
import type { Logger } from '../logger.js';
import type { DocumentStore } from '../storage/types.js';
import { decodeMessage, encodeMessage, type MessageHeader } from './message.js';
import type { ClusterMetrics, RepairReason } from './metrics.js';
import { CLUSTER_ORIGIN } from './origin.js';
import { PresenceRelay } from './presence-relay.js';
import type { RedisBus } from './redis-bus.js';
import { type ChainLink, UpdateChain } from './update-chain.js';

/** How long a join waits before checking the document's head, so that a crowd joining at once costs one read. */
const JOIN_CHECK_MS = 50;

interface UpdateHeader extends MessageHeader {
  /** The batch's previousSeq and lastSeq (see `Appended`). */
  p: number;
  l: number;
}

interface Tracked {
  room: Room;
  /** Undefined while the room loads: messages wait in `early`. */
  chain: UpdateChain | undefined;
  early: ChainLink[];
  /** The head read before loading: the load includes everything up to it. */
  loadedFrom: number;
  unsubscribe: () => Promise<void>;
  subscribed: boolean;
  gapTimer: NodeJS.Timeout | undefined;
  /** A head check asked for by a join, waiting to run. */
  joinCheck: NodeJS.Timeout | undefined;
  repairing: Promise<void> | undefined;
}

export interface DocumentRelayOptions {
  bus: RedisBus;
  documents: DocumentStore;
  /** This instance, as other instances and the logs know it. */
  instanceId: string;
  logger: Logger;
  metrics?: ClusterMetrics | undefined;
  /** How long a batch beyond a gap waits for the missing one before repairing from the database. Default 100 ms. */
  holdMs?: number;
  /** How often the heads of open documents are checked against the database. Default 2 s. */
  checkMs?: number;
  /** Presence relay settings (heartbeats); the relay is made here. */
  presence?: { heartbeatMs?: number; instanceTimeoutMs?: number };
  /** For tests: whether to publish a stored batch (false drops it, as Redis may). */
  shouldPublish?: (documentId: string) => boolean;
}

/** The extension that relays documents between instances through Redis. */
export class DocumentRelay implements Extension {
  readonly name = 'cluster-documents';
  /** Before persistence (10): subscribe before the document is read. */
  readonly priority = 5;
  readonly #options: DocumentRelayOptions;
  readonly #bus: RedisBus;
  readonly #log: Logger;
  readonly #tracked = new Map<string, Tracked>();
  readonly #presence: PresenceRelay;
  readonly #timer: NodeJS.Timeout;
  readonly #stopReconnect: () => void;
  #warnedUnstored = false;
  #checking: Promise<void> | undefined;

  constructor(options: DocumentRelayOptions) {
    this.#options = options;
    this.#bus = options.bus;
    this.#log = options.logger.child({ part: 'cluster' });
    this.#presence = new PresenceRelay({
      bus: options.bus,
      instanceId: options.instanceId,
      logger: this.#log,
      metrics: options.metrics,
      ...options.presence,
    });
    this.#timer = setInterval(() => void this.check('periodic'), options.checkMs ?? 2_000);
    this.#timer.unref();
    this.#stopReconnect = this.#bus.onReconnect(() => {
      void this.check('reconnect');
      this.#presence.requery();
    });
  }

  /** Starts the instance heartbeats; call once before serving. */
  start(): Promise<void> {
    return this.#presence.start();
  }

  async onLoadDocument({ documentId, room }: LoadPayload): Promise<void> {
    const previous = this.#tracked.get(documentId);
    // A room of the same document that is still unloading: its subscription goes, this one stays.
    if (previous) await this.#forget(documentId, previous);
    const tracked: Tracked = {
      room,
      chain: undefined,
      early: [],
      loadedFrom: 0,
      unsubscribe: async () => {},
      subscribed: false,
      gapTimer: undefined,
      joinCheck: undefined,
      repairing: undefined,
    };
    this.#tracked.set(documentId, tracked);
    await this.#subscribe(tracked);
    // After subscribing: whatever is stored later is heard; whatever was stored before is loaded.
    tracked.loadedFrom = (await this.#options.documents.heads([documentId])).get(documentId) ?? 0;
  }

  async afterLoadDocument({ documentId, room }: RoomPayload): Promise<void> {
    const tracked = this.#tracked.get(documentId);
    if (!tracked || tracked.room !== room) return;
    tracked.chain = new UpdateChain(tracked.loadedFrom, (update) => room.applyRemoteUpdate(update, CLUSTER_ORIGIN));
    for (const link of tracked.early.splice(0)) tracked.chain.offer(link);
    this.#afterOffer(documentId, tracked);
    await this.#presence.open(room);
  }

  afterStoreUpdates({ documentId, room, updates, stored }: AfterStorePayload): void {
    const tracked = this.#tracked.get(documentId);
    if (!stored) {
      if (!this.#warnedUnstored) {
        this.#warnedUnstored = true;
        this.#log.warn(
          'persistence did not say where stored updates landed (payload.stored); other instances will get them only from the periodic check',
        );
      }
      return;
    }
    // Ours and already applied (right after this hook): it only moves the chain on.
    if (tracked?.room === room)
      this.#offer(documentId, tracked, { previousSeq: stored.previousSeq, lastSeq: stored.lastSeq });
    if (this.#options.shouldPublish && !this.#options.shouldPublish(documentId)) return;
    const update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates as Uint8Array[]);
    const header: UpdateHeader = {
      from: this.#options.instanceId,
      at: Date.now(),
      p: stored.previousSeq,
      l: stored.lastSeq,
    };
    this.#bus.publish(this.#bus.channel(`doc:${documentId}`), encodeMessage(header, update));
    this.#options.metrics?.sent('update');
  }

  async beforeUnloadDocument({ documentId, room }: RoomPayload): Promise<void> {
    const tracked = this.#tracked.get(documentId);
    if (tracked?.room === room) await this.#forget(documentId, tracked);
  }

  async afterUnloadDocument({ documentId }: { documentId: string }): Promise<void> {
    // In case beforeUnloadDocument did not run (an earlier hook threw).
    const tracked = this.#tracked.get(documentId);
    if (tracked && tracked.room.state === 'unloaded') await this.#forget(documentId, tracked);
  }

  async onDestroy(): Promise<void> {
    clearInterval(this.#timer);
    this.#stopReconnect();
    await this.#presence.destroy();
    await Promise.all([...this.#tracked].map(([id, tracked]) => this.#forget(id, tracked)));
  }

  /**
   * Compares the stored head of every open document with what this instance applied and
   * repairs those behind (after {@link DocumentRelayOptions.holdMs}, so a message on its way is
   * not taken for a lost one). Runs periodically and after Redis reconnects; tests call it.
   */
  async check(reason: RepairReason): Promise<void> {
    // One at a time: while Redis or the database is slow, checks must not pile up.
    if (this.#checking) return this.#checking;
    this.#checking = this.#check(reason).finally(() => {
      this.#checking = undefined;
    });
    return this.#checking;
  }

  async #check(reason: RepairReason): Promise<void> {
    for (const [id, tracked] of this.#tracked) {
      // A room that failed to load never gets an unload hook.
      if (tracked.room.state === 'failed' || tracked.room.state === 'unloaded') void this.#forget(id, tracked);
    }
    for (const tracked of this.#tracked.values()) if (!tracked.subscribed) await this.#subscribe(tracked);
    await this.#presence.retry();
    const open = [...this.#tracked].filter(([, t]) => t.chain && t.room.state === 'ready').map(([id]) => id);
    await this.#repairBehind(open, reason);
  }

  /** Reads the stored heads of `ids` and repairs those this instance is behind on (after holdMs, for messages on their way). */
  async #repairBehind(open: string[], reason: RepairReason): Promise<void> {
    if (!open.length) return;
    let heads: Map<string, number>;
    try {
      heads = await this.#options.documents.heads(open);
    } catch (error) {
      this.#log.warn('could not read document heads for the cross-instance check; will retry', { error });
      return;
    }
    const behind = open.filter((id) => (heads.get(id) ?? 0) > (this.#tracked.get(id)?.chain?.known ?? Infinity));
    if (!behind.length) return;
    await new Promise((resolve) => setTimeout(resolve, this.#options.holdMs ?? 100));
    await Promise.all(
      behind.map(async (id) => {
        const tracked = this.#tracked.get(id);
        if (tracked?.chain && tracked.chain.known < (heads.get(id) ?? 0)) await this.#repair(id, tracked, reason);
      }),
    );
  }

  /**
   * A client joined: one arriving from another instance (that instance died, or a load
   * balancer moved it) may hold edits this instance has not applied yet, and its updates
   * building on them would wait. So the document's head is checked now rather than at the next
   * periodic check (counted as `periodic`: the same check, earlier). At most one per document
   * per {@link JOIN_CHECK_MS}, so a crowd joining costs one read.
   */
  onJoin({ documentId }: ConnectionPayload): void {
    const tracked = this.#tracked.get(documentId);
    if (!tracked?.chain || tracked.joinCheck) return;
    tracked.joinCheck = setTimeout(() => {
      tracked.joinCheck = undefined;
      if (this.#tracked.get(documentId) === tracked) void this.#repairBehind([documentId], 'periodic');
    }, JOIN_CHECK_MS);
    tracked.joinCheck.unref();
  }

  /** Documents whose updates this instance relays. */
  get documents(): number {
    return this.#tracked.size;
  }

  /** What this instance has applied of a document's log (undefined when it is not open here), for tests. */
  known(documentId: string): number | undefined {
    return this.#tracked.get(documentId)?.chain?.known;
  }

  /**
   * Subscribes the document's channel. Without Redis the document still opens (its clients
   * must not pay for an outage of the fan-out): the periodic check brings other instances'
   * edits, seconds late, and subscribes again.
   */
  async #subscribe(tracked: Tracked): Promise<void> {
    try {
      tracked.unsubscribe = await this.#bus.subscribe(this.#bus.channel(`doc:${tracked.room.documentId}`), (message) =>
        this.#onMessage(tracked, message),
      );
      tracked.subscribed = true;
    } catch (error) {
      this.#log.error(
        "could not subscribe to a document's Redis channel; its edits from other instances arrive by the periodic check until Redis is back",
        { documentId: tracked.room.documentId, error },
      );
    }
  }

  #onMessage(tracked: Tracked, message: Buffer): void {
    const decoded = decodeMessage<UpdateHeader>(message);
    if (!decoded || decoded.header.from === this.#options.instanceId) return;
    const { header, body } = decoded;
    this.#options.metrics?.received('update', header.at);
    this.#offer(tracked.room.documentId, tracked, { previousSeq: header.p, lastSeq: header.l, update: body });
  }

  #offer(documentId: string, tracked: Tracked, link: ChainLink): void {
    if (!tracked.chain) {
      tracked.early.push(link);
      return;
    }
    try {
      tracked.chain.offer(link);
    } catch (error) {
      // Unreadable update: the database has the real one.
      this.#log.error('could not apply an update from another instance; reading it from the database', { error });
      void this.#repair(documentId, tracked, 'gap');
      return;
    }
    this.#afterOffer(documentId, tracked);
  }

  /** A gap waits for its missing message a moment, then is repaired from the database. */
  #afterOffer(documentId: string, tracked: Tracked): void {
    if (!tracked.chain?.gap || tracked.gapTimer || tracked.repairing) return;
    tracked.gapTimer = setTimeout(() => {
      tracked.gapTimer = undefined;
      if (tracked.chain?.gap) void this.#repair(documentId, tracked, 'gap');
    }, this.#options.holdMs ?? 100);
    tracked.gapTimer.unref();
  }

  /** Reads what was stored after what this instance has and applies it; one at a time per document. */
  #repair(documentId: string, tracked: Tracked, reason: RepairReason): Promise<void> {
    if (tracked.repairing) return tracked.repairing;
    tracked.repairing = (async () => {
      const chain = tracked.chain;
      if (!chain || tracked.room.state !== 'ready') return;
      const from = chain.known;
      try {
        const stored = await this.#options.documents.loadSince(documentId, from);
        if (tracked.room.state !== 'ready' || this.#tracked.get(documentId) !== tracked) return;
        const parts = [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates];
        if (parts.length) {
          tracked.room.applyRemoteUpdate(parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts), CLUSTER_ORIGIN);
        }
        chain.caughtUp(stored.lastSeq);
        this.#options.metrics?.repaired(reason);
        this.#log.info('caught up on updates stored by other instances', {
          documentId,
          reason,
          from,
          to: chain.known,
          updates: stored.updates.length,
          snapshot: stored.snapshot !== undefined,
        });
      } catch (error) {
        this.#log.error('could not catch up on updates stored by other instances; the next check retries', {
          documentId,
          reason,
          error,
        });
      }
    })().finally(() => {
      tracked.repairing = undefined;
      // What arrived beyond a gap during the repair.
      this.#afterOffer(documentId, tracked);
    });
    return tracked.repairing;
  }

  async #forget(documentId: string, tracked: Tracked): Promise<void> {
    if (this.#tracked.get(documentId) === tracked) this.#tracked.delete(documentId);
    clearTimeout(tracked.gapTimer);
    clearTimeout(tracked.joinCheck);
    await Promise.all([tracked.unsubscribe(), this.#presence.close(documentId, tracked.room)]);
  }
}
