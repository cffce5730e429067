/**
 * One document in memory and the connections editing it. Every update takes the same
 * path: checked by the connection, queued here, made durable by the storage hooks in
 * one batch per event-loop turn, and only then applied to the doc and relayed. So no one
 * ever sees an edit that is not on disk, and a failed write is never acknowledged.
 */
import * as Y from 'yjs';
import {
  CloseCode,
  encodeAwareness,
  encodeAwarenessUpdate,
  encodeSyncStep1,
  encodeUpdate,
  type AwarenessEntry,
} from '@accord/protocol';
import type { Logger } from '../logger.js';
import { AwarenessBatch } from './awareness-batch.js';
import type { Connection } from './connection.js';
import type { StoreUpdatesPayload } from './extension.js';
import type { Hooks } from './hooks.js';
import { Presence, type PresenceChange } from './presence.js';
import { INTEGRATION_ORIGIN, RoomDocument } from './room-document.js';
import { UpdateFanout } from './update-fanout.js';
import { UpdateScreen } from './update-screen.js';
import type { DecodedUpdate } from './update-guard.js';

/** How long a client joining a deferred state waits for our sync step 1 if it does not send its own. */
const OWED_STEP_1_MS = 1_000;
/** …and after we answered its own. */
const OWED_STEP_1_AFTER_MS = 250;

/** How long an update may wait for one it builds on before its sender is sent away to resync. */
const MAX_WAIT_MS = 2_000;

export type RoomState = 'loading' | 'ready' | 'failed' | 'unloading' | 'unloaded';

export interface RoomOptions {
  /** How long the room stays loaded after its last connection left. */
  unloadGraceMs: number;
  /** Called once the room is unloaded (or failed to load), so the server forgets it. */
  onGone: (room: Room) => void;
  /** Largest encoded document state accepted; undefined for no limit. */
  maxDocumentBytes?: number | undefined;
}

/** The origin of updates the server itself writes with {@link Room.submitServerUpdate}, unless it names another. */
export const SERVER_ORIGIN = Symbol('accord-server-write');

interface Pending {
  update: Uint8Array;
  /** The update as the connection decoded it, if it did. */
  decoded?: DecodedUpdate | undefined;
  /** When it was first held back because it builds on an update that has not arrived. */
  waitingSince?: number;
  /** The connection that sent it; absent for the server's own writes. */
  from?: Connection;
  /** A server write's origin and promise, settled once it is stored and applied (or failed). */
  server?: { origin: unknown; resolve: () => void; reject: (error: Error) => void };
}

/** Why the room refused a server write; `code` is the close code a client would have got. */
export class ServerWriteRefused extends Error {
  override name = 'ServerWriteRefused';
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export class Room {
  /** The doc and its whole state as bytes, served without rebuilding a large stored state ({@link deferLoad}). */
  readonly #document: RoomDocument;
  /** Connections that joined while the state was deferred and have not been sent our sync step 1 yet. */
  readonly #owesStep1 = new WeakSet<Connection>();
  /** Resolves when the room accepts traffic; rejects when loading failed. */
  readonly loaded: Promise<void>;
  /** Resolves when the room has left memory. */
  readonly gone: Promise<void>;
  readonly #hooks: Hooks;
  readonly #log: Logger;
  readonly #options: RoomOptions;
  readonly #connections = new Set<Connection>();
  readonly #presence = new Presence();
  /** Told the presence changes of this room's own connections (for cross-instance fan-out). */
  readonly #presenceListeners = new Set<(entries: AwarenessEntry[]) => void>();
  /** Presence on its way out: at once in a small room, one merged update per tick in a crowd. */
  readonly #awareness = new AwarenessBatch({
    broadcast: (entries) => this.#broadcast(encodeAwareness(encodeAwarenessUpdate(entries))),
    connections: () => this.#connections.size,
  });
  /** Stored and applied updates on their way out: at once in a small room, merged per short window in a crowd. */
  readonly #fanout = new UpdateFanout({
    broadcast: (update) => this.#broadcast(encodeUpdate(update)),
    connections: () => this.#connections.size,
  });
  #state: RoomState = 'loading';
  /** Upper estimate of the encoded state's size: exact after load, plus every update since. */
  #sizeEstimate = 0;
  #pending: Pending[] = [];
  /** Updates held back until an update they build on arrives (only when updates are checked). */
  #waiting: Pending[] = [];
  #waitTimer: NodeJS.Timeout | undefined;
  #flushScheduled = false;
  #flushing: Promise<void> | undefined;
  #unloadTimer: NodeJS.Timeout | undefined;
  /** Holds taken by server-side work ({@link retain}): the room stays loaded while any is held. */
  #holds = 0;
  #resolveGone!: () => void;
  /** Where updates are tried before they are stored, when an extension checks them. */
  readonly #screen: UpdateScreen;

  constructor(
    readonly documentId: string,
    hooks: Hooks,
    log: Logger,
    options: RoomOptions,
  ) {
    this.#hooks = hooks;
    this.#log = log.child({ documentId });
    this.#options = options;
    this.#document = new RoomDocument((bytes, ms) =>
      this.#log.debug('integrated the state deferred at load', { bytes, ms }),
    );
    this.#screen = new UpdateScreen(documentId, this.#document.raw, hooks, this.#log, () => this.encodedState());
    this.gone = new Promise((resolve) => (this.#resolveGone = resolve));
    this.loaded = this.#load();
    // Callers await `loaded` themselves; this keeps a failed load from being reported as unhandled.
    this.loaded.catch(() => {});
  }

  get state(): RoomState {
    return this.#state;
  }

  /** The document, complete: a state deferred at load is integrated at the first look. */
  get doc(): Y.Doc {
    return this.#document.doc;
  }

  get connectionCount(): number {
    return this.#connections.size;
  }

  async #load(): Promise<void> {
    const started = performance.now();
    try {
      await this.#hooks.run('onLoadDocument', { documentId: this.documentId, doc: this.doc, room: this });
      // Listen only now: what loading applied is already stored and has no one to go to.
      this.#document.raw.on('update', this.#relay);
      if (this.#options.maxDocumentBytes !== undefined) this.#sizeEstimate = this.encodedState().length;
      this.#state = 'ready';
      await this.#hooks.run('afterLoadDocument', { documentId: this.documentId, room: this });
      this.#log.debug('document loaded', { ms: Math.round(performance.now() - started) });
    } catch (error) {
      this.#state = 'failed';
      this.#log.error('could not load document; refusing its connections and writing nothing', { error });
      this.#document.destroy();
      this.#options.onGone(this);
      this.#resolveGone();
      throw error;
    }
  }

  /** Adds a connection to the loaded room and starts the sync handshake. */
  join(connection: Connection): void {
    clearTimeout(this.#unloadTimer);
    this.#unloadTimer = undefined;
    this.#connections.add(connection);
    if (this.#document.deferred) {
      // The state vector of a deferred state means reading all of it (~10 % of rebuilding it):
      // the client's own sync step 1 is answered first, then it gets ours (or after a while,
      // should it never ask).
      this.#owesStep1.add(connection);
      setTimeout(() => this.#sendOwedStep1(connection), OWED_STEP_1_MS).unref();
    } else {
      connection.send(encodeSyncStep1(this.#document.stateVector()));
    }
    if (this.#presence.size > 0) connection.send(encodeAwareness(encodeAwarenessUpdate(this.#presence.all())));
    this.#hooks.notify('onJoin', this.#reportHookError, { documentId: this.documentId, connection });
  }

  /** Removes a connection, tells the others its presence is gone (with the next presence tick), and schedules unloading when it was the last. */
  leave(connection: Connection): void {
    if (!this.#connections.delete(connection)) return;
    this.#localPresence(this.#presence.removeOwner(connection));
    this.scheduleUnloadIfIdle();
  }

  /**
   * For `onLoadDocument` hooks: `state` is exactly what the doc holds now, as one update (e.g.
   * the stored snapshot the hook just applied). The room serves it to clients that have
   * nothing and measures the size limit on it instead of encoding the doc again; the next
   * transaction on the doc forgets it.
   */
  loadedState(state: Uint8Array): void {
    this.#document.loaded(state);
  }

  /**
   * For `onLoadDocument` hooks, instead of applying a large stored state: the room holds `state`
   * (exactly the whole document, as one update) and serves clients from it, and integrates it
   * into the doc only when something needs the doc itself (an update to check or apply, a
   * server-side reader of {@link doc}). Opening a large document then costs reading it, not
   * rebuilding it in memory, and a document only read is never rebuilt.
   */
  deferLoad(state: Uint8Array): void {
    if (this.#state !== 'loading') throw new Error('deferLoad is for onLoadDocument hooks, while the room loads');
    this.#document.defer(state);
  }

  #sendOwedStep1(connection: Connection): void {
    if (this.#owesStep1.delete(connection) && !connection.closed)
      connection.send(encodeSyncStep1(this.#document.stateVector()));
  }

  /** The doc's whole state as one update, encoded at most once between changes. Do not modify it. */
  encodedState(): Uint8Array {
    return this.#document.encoded();
  }

  /** Answers a client's state vector with everything it lacks. */
  answerSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    let answer: Uint8Array;
    try {
      answer = this.#document.answer(stateVector);
    } catch {
      connection.close(CloseCode.BadMessage, 'malformed state vector in sync step 1');
      return;
    }
    connection.send(answer);
    // A moment later: computing it blocks the thread, and the answer's bytes (megabytes for a
    // large document, written as the client reads them) should have left first.
    if (this.#owesStep1.has(connection))
      setTimeout(() => this.#sendOwedStep1(connection), OWED_STEP_1_AFTER_MS).unref();
  }

  /** Queues a checked update for the next durable batch, unless it would take the document over its size limit. */
  receiveUpdate(connection: Connection, update: Uint8Array, decoded?: DecodedUpdate): void {
    if (!this.#withinSizeLimit(update.length)) {
      const mib = Math.floor(this.#options.maxDocumentBytes! / (1024 * 1024));
      connection.limitExceeded(
        'document_size',
        CloseCode.DocumentTooLarge,
        `the document reached its size limit (${mib} MiB); this change was not saved`,
      );
      return;
    }
    this.#enqueue({ update, decoded, from: connection });
  }

  /**
   * Writes an update made by the server itself (e.g. a coordinator's bracket resolution,
   * computed on a private copy of the doc) through the same pipeline as a client's: checked
   * against the size limit, stored by the `onStoreUpdates` hooks in the next batch, and only
   * then applied and relayed to every connection. Resolves once it is durable and applied;
   * rejects with {@link ServerWriteRefused} when the room is not loaded or the document is at
   * its size limit, and with the storage error when storing failed (nothing was applied).
   */
  submitServerUpdate(update: Uint8Array, origin: unknown = SERVER_ORIGIN): Promise<void> {
    if (this.#state !== 'ready') {
      return Promise.reject(
        new ServerWriteRefused(
          CloseCode.LoadFailed,
          `document ${this.documentId} is not loaded (it is ${this.#state}); try again`,
        ),
      );
    }
    if (!this.#withinSizeLimit(update.length)) {
      const mib = Math.floor(this.#options.maxDocumentBytes! / (1024 * 1024));
      return Promise.reject(
        new ServerWriteRefused(
          CloseCode.DocumentTooLarge,
          `the document reached its size limit (${mib} MiB); this change was not saved`,
        ),
      );
    }
    return new Promise((resolve, reject) => this.#enqueue({ update, server: { origin, resolve, reject } }));
  }

  /**
   * Keeps the room loaded, without a connection, until the returned release is called (which
   * then lets it unload after the usual grace period). For server-side work on the live doc.
   */
  retain(): () => void {
    this.#holds++;
    clearTimeout(this.#unloadTimer);
    this.#unloadTimer = undefined;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#holds--;
      this.scheduleUnloadIfIdle();
    };
  }

  #enqueue(pending: Pending): void {
    this.#pending.push(pending);
    if (this.#flushScheduled || this.#flushing) return;
    this.#flushScheduled = true;
    // One batch per event-loop turn: every frame read in this turn shares one write.
    setImmediate(this.#startFlush);
  }

  /**
   * Whether `bytes` more fit. The estimate only grows (deletions shrink the real state), so
   * it is recomputed exactly before anything is refused: refusals are exact, and the full
   * encode happens only near the limit.
   */
  #withinSizeLimit(bytes: number): boolean {
    const max = this.#options.maxDocumentBytes;
    if (max === undefined) return true;
    if (this.#sizeEstimate + bytes > max) {
      const pending = this.#pending.reduce((sum, p) => sum + p.update.length, 0);
      this.#sizeEstimate = this.encodedState().length + pending;
      if (this.#sizeEstimate + bytes > max) return false;
    }
    this.#sizeEstimate += bytes;
    return true;
  }

  /**
   * Applies an update that is already durable elsewhere (e.g. stored by another instance)
   * and relays it to local connections. `origin` is passed to `onChange` so the extension
   * that called this can recognise its own updates.
   */
  applyRemoteUpdate(update: Uint8Array, origin: unknown): void {
    if (this.#state !== 'ready') return;
    Y.applyUpdate(this.doc, update, origin);
    this.#screen.applied(update, origin);
    // An update waiting for what it builds on may have waited for this one (a client that
    // saw it first, from a tab on another instance or before moving here): try it now, not
    // at the next local batch or the end of its wait.
    this.#retryWaiting();
  }

  /**
   * Stores a client's presence at once (a newcomer gets it with everyone's) and relays it with
   * the next presence tick, to the sender too: the stock client counts its own echo as a sign of life.
   */
  receiveAwareness(connection: Connection, entries: AwarenessEntry[]): void {
    this.#localPresence(this.#presence.apply(connection, entries));
  }

  #localPresence(changes: PresenceChange[]): void {
    this.#awareness.add(changes);
    if (!changes.length || !this.#presenceListeners.size) return;
    const entries = changes.map(({ clientId, clock, state }) => ({ clientId, clock, state }));
    for (const listener of this.#presenceListeners) listener(entries);
  }

  /**
   * For cross-instance fan-out: calls `listener` with every presence change of this room's own
   * connections as accepted (new states, moves, and the removals when one leaves). Returns the
   * function that stops it.
   */
  onLocalPresence(listener: (entries: AwarenessEntry[]) => void): () => void {
    this.#presenceListeners.add(listener);
    return () => this.#presenceListeners.delete(listener);
  }

  /**
   * Presence of clients connected elsewhere (another instance), relayed to this room's
   * connections like their own. `owner` stands for where they are connected: entries for a
   * client id another owner holds are dropped, and {@link dropRemoteAwareness} removes them all.
   */
  receiveRemoteAwareness(owner: object, entries: readonly AwarenessEntry[]): void {
    if (this.#state !== 'ready') return;
    this.#awareness.add(this.#presence.apply(owner, entries));
  }

  /** Removes, for everyone here, the presence `owner` brought (its instance is gone). */
  dropRemoteAwareness(owner: object): void {
    if (this.#state !== 'ready') return;
    this.#awareness.add(this.#presence.removeOwner(owner));
  }

  sendAwareness(connection: Connection): void {
    connection.send(encodeAwareness(encodeAwarenessUpdate(this.#presence.all())));
  }

  /** Sends one frame to every connection. */
  #broadcast(frame: Uint8Array): void {
    for (const connection of this.#connections) connection.send(frame);
    this.#hooks.notify('onFrameOut', this.#reportHookError, frame.length, this.#connections.size);
  }

  readonly #relay = (update: Uint8Array, origin: unknown): void => {
    if (origin === INTEGRATION_ORIGIN) return;
    this.#fanout.push(update);
    this.#hooks.notify('onChange', this.#reportHookError, { documentId: this.documentId, room: this, update, origin });
  };

  readonly #startFlush = (): void => {
    this.#flushScheduled = false;
    // A running flush loop takes everything pending before it stops.
    if (this.#flushing) return;
    this.#flushing = this.#flush()
      .catch((error: unknown) => this.#log.error('update pipeline failed', { error }))
      .finally(() => {
        this.#flushing = undefined;
        this.scheduleUnloadIfIdle();
      });
  };

  /** Waits until every received update is stored and applied. */
  async #drain(): Promise<void> {
    while (this.#pending.length || this.#flushing) {
      if (!this.#flushing) this.#startFlush();
      await this.#flushing;
    }
  }

  async #flush(): Promise<void> {
    while (this.#pending.length) {
      const received = this.#pending;
      this.#pending = [];
      const batch = this.#check(received);
      if (!batch.length) continue;
      const updates = batch.map((p) => p.update);
      const started = performance.now();
      // One payload for both hooks: what storing learns (`stored`) reaches the hooks after it.
      const payload: StoreUpdatesPayload = { documentId: this.documentId, room: this, updates };
      try {
        await this.#hooks.run('onStoreUpdates', payload);
      } catch (error) {
        this.#log.error(
          'could not store updates; disconnecting their senders so their clients resend them on reconnect',
          {
            error,
            updates: updates.length,
          },
        );
        for (const sender of new Set(batch.flatMap((p) => (p.from ? [p.from] : [])))) {
          sender.close(CloseCode.StoreFailed, 'your latest changes could not be saved; reconnecting sends them again');
        }
        // The replica holds updates the doc will never get.
        this.#screen.drop();
        const failure = error instanceof Error ? error : new Error(String(error));
        for (const p of batch) p.server?.reject(failure);
        continue;
      }
      const seconds = (performance.now() - started) / 1000;
      this.#hooks.notify('afterStoreUpdates', this.#reportHookError, { ...payload, seconds });
      this.#apply(batch);
    }
  }

  /**
   * The updates of `received` (and of those still waiting) that every `onCheckUpdate` hook
   * accepts; see {@link UpdateScreen.screen}. What still waits for an update it builds on is
   * tried again with the next batch, or when {@link MAX_WAIT_MS} passed.
   */
  #check(received: Pending[]): Pending[] {
    if (!this.#screen.active) return received;
    const { accepted, waiting } = this.#screen.screen([...this.#waiting, ...received], {
      senderOf: (p) => p.from ?? p,
      originOf: (p) => p.from ?? p.server!.origin,
      refuse: this.#refuse,
      maxWaitMs: MAX_WAIT_MS,
    });
    this.#waiting = waiting;
    if (waiting.length && !this.#waitTimer) {
      this.#waitTimer = setTimeout(() => {
        this.#waitTimer = undefined;
        this.#retryWaiting();
      }, MAX_WAIT_MS);
      this.#waitTimer.unref();
    }
    return accepted;
  }

  /** Queues what waits for an update it builds on to be screened again with the next batch. */
  #retryWaiting(): void {
    if (!this.#waiting.length) return;
    const due = this.#waiting;
    this.#waiting = [];
    for (const pending of due) this.#enqueue(pending);
  }

  readonly #refuse = (pending: Pending, code: number, reason: string): void => {
    if (pending.from) {
      this.#log.warn('refused an update; closing its sender', { connection: pending.from.id, code, reason });
      pending.from.refuse(code, reason);
    } else {
      this.#log.error('refused a server write', { code, reason });
      pending.server!.reject(new ServerWriteRefused(code, reason));
    }
  };

  #apply(batch: readonly Pending[]): void {
    const settled: Array<() => void> = [];
    // One transaction: the batch reaches every client as one merged update.
    Y.transact(
      this.doc,
      () => {
        for (const { update, from, server } of batch) {
          try {
            Y.applyUpdate(this.doc, update, from ?? server!.origin);
            if (server) settled.push(server.resolve);
          } catch (error) {
            this.#screen.drop();
            if (from) {
              this.#log.error('stored update could not be applied; closing its sender', { error, connection: from.id });
              from.close(CloseCode.BadMessage, 'update could not be applied to the document');
            } else {
              this.#log.error('a server write was stored but could not be applied', { error });
              settled.push(() => server!.reject(new Error('the change could not be applied to the document')));
            }
          }
        }
      },
      batch.length === 1 ? (batch[0]!.from ?? batch[0]!.server!.origin) : this,
    );
    // After the transaction, and with the crowd's window sent early: the relay has sent the
    // merged update before anyone hears a server write is done.
    if (settled.length) this.#fanout.flush();
    for (const settle of settled) settle();
  }

  /** Starts the grace timer when nobody is connected and nothing is in flight. */
  scheduleUnloadIfIdle(): void {
    if (this.#state !== 'ready' || this.#connections.size > 0 || this.#holds > 0 || this.#unloadTimer) return;
    if (this.#pending.length || this.#waiting.length || this.#flushing || this.#flushScheduled) return;
    this.#unloadTimer = setTimeout(() => {
      this.#unloadTimer = undefined;
      void this.unload();
    }, this.#options.unloadGraceMs);
    this.#unloadTimer.unref();
  }

  /** Lets extensions persist what they need, then drops the doc. Does nothing while anyone is connected or holds it. */
  async unload(): Promise<void> {
    if (this.#state !== 'ready' || this.#connections.size > 0 || this.#holds > 0) return;
    clearTimeout(this.#unloadTimer);
    this.#unloadTimer = undefined;
    this.#state = 'unloading';
    await this.#drain();
    try {
      await this.#hooks.run('beforeUnloadDocument', { documentId: this.documentId, room: this });
    } catch (error) {
      // The update log is already durable; what failed here was only housekeeping.
      this.#log.warn('a hook failed while unloading; the stored updates are intact', { error });
    }
    this.#document.raw.off('update', this.#relay);
    this.#fanout.dispose();
    this.#awareness.dispose();
    this.#presenceListeners.clear();
    this.#document.destroy();
    clearTimeout(this.#waitTimer);
    this.#screen.drop();
    this.#state = 'unloaded';
    this.#options.onGone(this);
    this.#resolveGone();
    try {
      await this.#hooks.run('afterUnloadDocument', { documentId: this.documentId });
    } catch (error) {
      this.#log.warn('a hook failed after unloading', { error });
    }
    this.#log.debug('document unloaded');
  }

  /** Closes every connection (server shutdown) and unloads once pending writes finished. */
  async shutdown(code: number, reason: string): Promise<void> {
    for (const connection of [...this.#connections]) connection.close(code, reason);
    await this.#drain();
    if (this.#state === 'ready') await this.unload();
  }

  readonly #reportHookError = (extension: { name: string }, error: unknown): void => {
    this.#log.error('extension hook failed', { extension: extension.name, error });
  };
}
