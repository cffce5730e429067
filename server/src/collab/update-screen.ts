/**
 * Tries updates on a replica of a room's doc before they are stored, so extensions can judge
 * the document an update would produce (`onCheckUpdate`). Yjs cannot take an applied update
 * back, and integration is the only exact way to know what an update does (which types it
 * creates, which keys it sets, what it deletes), so the update is applied to a replica that
 * is thrown away when it is refused: only updates that passed ever reach the live doc.
 *
 * The replica equals the doc plus the updates accepted in the running batch. It is built on
 * first use, follows accepted updates for the cost of one more integration each, and is
 * rebuilt from the doc (a full encode, so only on rare events) after a refusal or whenever it
 * may have drifted (a failed write, an update the doc could not apply).
 */
import * as Y from 'yjs';
import type { Logger } from '../logger.js';
import type { Hooks } from './hooks.js';

export class UpdateScreen {
  readonly #documentId: string;
  readonly #doc: Y.Doc;
  readonly #hooks: Hooks;
  readonly #log: Logger;
  #replica: Y.Doc | undefined;

  constructor(documentId: string, doc: Y.Doc, hooks: Hooks, log: Logger) {
    this.#documentId = documentId;
    this.#doc = doc;
    this.#hooks = hooks;
    this.#log = log;
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
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(this.#doc));
    for (const { update } of accepted) Y.applyUpdate(replica, update);
    return replica;
  }
}
