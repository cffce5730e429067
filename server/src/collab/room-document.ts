/**
 * A room's Y.Doc together with its whole state as bytes. A large stored state can be held
 * as bytes only ({@link RoomDocument.defer}) and served from them: opening a document then
 * costs reading it, not rebuilding it, and a document that is only read is never rebuilt.
 * The bytes of the whole state are encoded at most once between changes, however many
 * clients with nothing ask for them.
 */
import * as Y from 'yjs';
import { encodeSyncStep2 } from '@accord/protocol';

/** The transaction origin of integrating a deferred state: not an edit, so nobody is sent it. */
export const INTEGRATION_ORIGIN = Symbol('accord-deferred-state');

export class RoomDocument {
  readonly #doc = new Y.Doc();
  /** A stored state (one update) the doc does not hold yet, and its state vector once asked for. */
  #deferred: Uint8Array | undefined;
  #deferredVector: Uint8Array | undefined;
  /** The doc's whole state as one update, while the doc has not changed since it was taken. */
  #encoded: Uint8Array | undefined;
  /** `#encoded` as a sync step 2 frame, once sent: new clients of a large document share one. */
  #encodedFrame: Uint8Array | undefined;
  readonly #onIntegrated: (bytes: number, ms: number) => void;

  constructor(onIntegrated: (bytes: number, ms: number) => void = () => {}) {
    this.#onIntegrated = onIntegrated;
    // Any transaction may have changed the doc (cheaper to ask than 'update', which encodes each one).
    this.#doc.on('afterTransaction', () => {
      this.#encoded = undefined;
      this.#encodedFrame = undefined;
    });
  }

  /** The doc as it is now, without integrating a deferred state (for listeners and teardown). */
  get raw(): Y.Doc {
    return this.#doc;
  }

  /** The doc, complete: a deferred state is integrated at the first look. */
  get doc(): Y.Doc {
    if (this.#deferred) this.#integrate();
    return this.#doc;
  }

  /** Whether a stored state waits to be integrated. */
  get deferred(): boolean {
    return this.#deferred !== undefined;
  }

  /** Holds `state` (exactly the whole document, as one update) without applying it. */
  defer(state: Uint8Array): void {
    this.#deferred = state;
    this.#encoded = state;
  }

  /** `state` is exactly what the doc holds now, as one update: served as is until the next change. */
  loaded(state: Uint8Array): void {
    this.#encoded = state;
  }

  /** The whole state as one update, encoded at most once between changes. Do not modify it. */
  encoded(): Uint8Array {
    this.#encoded ??= Y.encodeStateAsUpdate(this.doc);
    return this.#encoded;
  }

  /** The state vector; for a deferred state, read from its bytes (~10 % of rebuilding it). */
  stateVector(): Uint8Array {
    if (this.#deferred) return (this.#deferredVector ??= Y.encodeStateVectorFromUpdate(this.#deferred));
    return Y.encodeStateVector(this.#doc);
  }

  /** What a client with `stateVector` lacks. Throws on a malformed state vector. */
  diff(stateVector: Uint8Array): Uint8Array {
    if (isEmpty(stateVector)) return this.encoded();
    if (this.#deferred) return Y.diffUpdate(this.#deferred, stateVector);
    return Y.encodeStateAsUpdate(this.#doc, stateVector);
  }

  /** The sync step 2 frame answering `stateVector` ({@link diff}). Throws on a malformed state vector. */
  answer(stateVector: Uint8Array): Uint8Array {
    if (!isEmpty(stateVector)) return encodeSyncStep2(this.diff(stateVector));
    this.#encodedFrame ??= encodeSyncStep2(this.encoded());
    return this.#encodedFrame;
  }

  /** Drops a deferred state and the doc. */
  destroy(): void {
    this.#deferred = undefined;
    this.#deferredVector = undefined;
    this.#encoded = undefined;
    this.#encodedFrame = undefined;
    this.#doc.destroy();
  }

  #integrate(): void {
    const state = this.#deferred!;
    this.#deferred = undefined;
    this.#deferredVector = undefined;
    const started = performance.now();
    Y.applyUpdate(this.#doc, state, INTEGRATION_ORIGIN);
    // Still exactly the doc's state.
    this.#encoded = state;
    this.#onIntegrated(state.length, Math.round(performance.now() - started));
  }
}

/** An empty state vector (a new client, a reload) asks for everything. */
const isEmpty = (stateVector: Uint8Array): boolean => stateVector.length === 1 && stateVector[0] === 0;
