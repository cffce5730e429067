/**
 * Tries updates on a replica of a room's doc before they are stored, so extensions can judge
 * the document an update would produce (`onCheckUpdate`). Yjs cannot take an applied update
 * back, and integration is the only exact way to know what an update does (which types it
 * creates, which keys it sets, what it deletes), so the update is applied to a replica that
 * is thrown away when it is refused: only updates that passed ever reach the live doc.
 *
 * The replica equals the doc plus the updates accepted in the running batch. It is built on
 * first use (not at load: a document only read never pays for a second copy), from the room's
 * encoded state (for a document just opened, the stored snapshot itself), follows accepted
 * updates for the cost of one more integration each, and is rebuilt from the doc (a full
 * encode, so only on rare events) after a refusal or whenever it may have drifted (a failed
 * write, an update the doc could not apply).
 */
import * as Y from 'yjs';
import { CloseCode } from '@accord/protocol';
import type { Logger } from '../logger.js';
import type { Hooks } from './hooks.js';
import { buildsOnMissing, type DecodedUpdate } from './update-guard.js';

/** What {@link UpdateScreen.screen} needs of a queued update. */
export interface Screened {
  update: Uint8Array;
  decoded?: DecodedUpdate | undefined;
  /** Set when it first had to wait. */
  waitingSince?: number;
}

export interface ScreenOptions<T> {
  /** Who sent it: a refused update's sender loses its later updates. */
  senderOf(pending: T): unknown;
  /** The transaction origin to try it with. */
  originOf(pending: T): unknown;
  /** Tells the sender, with a close code and a reason. */
  refuse(pending: T, code: number, reason: string): void;
  maxWaitMs: number;
}

export class UpdateScreen {
  readonly #documentId: string;
  readonly #hooks: Hooks;
  readonly #log: Logger;
  readonly #stateOf: () => Uint8Array;
  #replica: Y.Doc | undefined;

  /** `stateOf` gives the doc's whole state as one update (the room's cached encoding, when it has one). */
  constructor(
    documentId: string,
    doc: Y.Doc,
    hooks: Hooks,
    log: Logger,
    stateOf: () => Uint8Array = () => Y.encodeStateAsUpdate(doc),
  ) {
    this.#documentId = documentId;
    this.#hooks = hooks;
    this.#log = log;
    this.#stateOf = stateOf;
  }

  /** Whether any extension checks updates; without one nothing is replicated. */
  get active(): boolean {
    return this.#hooks.has('onCheckUpdate');
  }

  /**
   * Applies `update` to the replica and asks the hooks about it. Returns undefined when it is
   * accepted (the replica keeps it), or the reason to refuse it (the replica is rebuilt from
   * the doc and `accepted`, the updates that passed before it and are not in the doc yet).
   */
  try(update: Uint8Array, origin: unknown, accepted: readonly { update: Uint8Array }[]): string | undefined {
    const replica = (this.#replica ??= this.#build([]));
    let reason: string | undefined;
    try {
      Y.transact(
        replica,
        (transaction) => {
          Y.applyUpdate(replica, update, origin);
          // Structs Yjs parks until what they build on arrives would be integrated, unchecked,
          // by some later update: refuse them now. A client synced with this server sends none.
          const parked = replica.store.pendingStructs !== null || replica.store.pendingDs !== null;
          reason = parked
            ? 'update refused: it builds on changes this server does not have; reload the document'
            : this.#hooks.checkUpdate({ documentId: this.#documentId, doc: replica, transaction, update, origin });
        },
        origin,
      );
    } catch (error) {
      this.#log.error('checking an update failed; refusing it', { error });
      reason = 'update refused: it could not be checked; reload the document';
    }
    if (reason !== undefined) {
      replica.destroy();
      this.#replica = this.#build(accepted);
    }
    return reason;
  }

  /**
   * Whether `update` builds on something the replica lacks (an update from another connection
   * that has not arrived yet). Such an update must wait: tried now, Yjs would park part of it
   * unchecked, to be integrated by whichever update completes it.
   */
  missing(update: Uint8Array, decoded: DecodedUpdate | undefined): boolean {
    const replica = (this.#replica ??= this.#build([]));
    return buildsOnMissing(decoded ?? Y.decodeUpdate(update), (client) => Y.getState(replica.store, client));
  }

  /**
   * The updates of `batch` the hooks accept, in the order they were accepted, each tried on the
   * replica as the ones accepted before it left it. An update that builds on one not yet here
   * waits, and is tried again after each acceptance and in later batches; after `maxWaitMs` its
   * sender is sent away to resync (4501). Its sender's later updates do not wait behind it
   * unless they too build on something missing: what it lacks may be among them (the stock
   * client sends a keystroke at once, but the offline edits it builds on only in its sync
   * step 2). The sender of a refused update is refused (4400) and its later updates dropped:
   * they may build on it.
   */
  screen<T extends Screened>(batch: readonly T[], how: ScreenOptions<T>): { accepted: T[]; waiting: T[] } {
    const accepted: T[] = [];
    const refused = new Set<unknown>();
    const now = Date.now();
    let queue = batch;
    for (;;) {
      const waiting: T[] = [];
      let progress = false;
      for (const pending of queue) {
        const sender = how.senderOf(pending);
        if (refused.has(sender)) continue;
        if (this.missing(pending.update, pending.decoded)) {
          pending.waitingSince ??= now;
          if (now - pending.waitingSince >= how.maxWaitMs) {
            refused.add(sender);
            how.refuse(
              pending,
              CloseCode.StoreFailed,
              'your change builds on changes this server never received; reconnecting sends them again',
            );
            continue;
          }
          waiting.push(pending);
          continue;
        }
        const reason = this.try(pending.update, how.originOf(pending), accepted);
        if (reason === undefined) {
          accepted.push(pending);
          progress = true;
          continue;
        }
        refused.add(sender);
        how.refuse(pending, CloseCode.BadMessage, reason);
      }
      if (!progress || waiting.length === 0) return { accepted, waiting };
      queue = waiting;
    }
  }

  /** An update applied to the doc without being tried here (e.g. stored by another instance). */
  applied(update: Uint8Array, origin: unknown): void {
    if (this.#replica) Y.applyUpdate(this.#replica, update, origin);
  }

  /** Forgets the replica (it may differ from the doc); the next {@link try} rebuilds it. */
  drop(): void {
    this.#replica?.destroy();
    this.#replica = undefined;
  }

  #build(accepted: readonly { update: Uint8Array }[]): Y.Doc {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, this.#stateOf());
    for (const { update } of accepted) Y.applyUpdate(replica, update);
    return replica;
  }
}
