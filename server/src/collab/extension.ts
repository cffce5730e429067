/**
 * The one interface through which optional capabilities (storage, authorization, metrics,
 * cross-instance fan-out, webhooks) attach to the collaboration core. The core calls these
 * hooks at fixed points and knows nothing of what stands behind them.
 *
 * Hooks run in ascending `priority` (default 100), one extension after the other. A hook
 * that returns a promise is awaited before the next one runs. Hooks marked "hot path" run
 * for every frame and must be synchronous and cheap.
 */
import type { IncomingMessage } from 'node:http';
import type * as Y from 'yjs';
import type { AwarenessEntry } from '@accord/protocol';
import type { Room } from './room.js';
import type { Connection } from './connection.js';
import type { Appended } from '../storage/types.js';

/** Passed to {@link Extension.onConnect}: who wants which document. */
export interface ConnectPayload {
  documentId: string;
  request: IncomingMessage;
  /** The connection being admitted, e.g. to make it read-only. It has not joined its room yet. */
  connection: Connection;
  /** Filled by extensions for later hooks (e.g. the authenticated person); starts empty. */
  context: Record<string, unknown>;
}

export interface LoadPayload {
  documentId: string;
  /** Apply stored state into this doc; nothing applied here is stored or relayed again. */
  doc: Y.Doc;
  room: Room;
}

export interface StoreUpdatesPayload {
  documentId: string;
  room: Room;
  /** Validated updates in arrival order, not yet applied to the doc or seen by anyone. */
  updates: readonly Uint8Array[];
  /**
   * Where the storing extension put the batch in the document's log (set by it in
   * `onStoreUpdates`, read by later hooks, e.g. to tell other instances).
   */
  stored?: Appended;
}

export interface CheckUpdatePayload {
  documentId: string;
  /**
   * A private copy of the document with `update` applied, inside the transaction that applied
   * it: `transaction.changed`, `beforeState` and the doc's structs tell what the update did.
   * Read it; never write to it or keep it.
   */
  doc: Y.Doc;
  transaction: Y.Transaction;
  update: Uint8Array;
  /** The connection that sent it, or the origin of a server write. */
  origin: unknown;
}

export interface AfterStorePayload extends StoreUpdatesPayload {
  /** How long the storing hooks took, for latency metrics. */
  seconds: number;
}

export interface ChangePayload {
  documentId: string;
  room: Room;
  /** The update as it was applied and relayed. */
  update: Uint8Array;
  /** The connection it came from, or whatever origin an extension passed to {@link Room.applyRemoteUpdate}. */
  origin: unknown;
}

export interface RoomPayload {
  documentId: string;
  room: Room;
}

export interface ConnectionPayload {
  documentId: string;
  connection: Connection;
}

export interface AwarenessPayload {
  documentId: string;
  connection: Connection;
  /** Decoded entries as sent by the client. */
  entries: AwarenessEntry[];
}

/** Which abuse limit a connection crossed. */
export type ConnectionLimit = 'messages' | 'bytes' | 'pre_auth_bytes' | 'document_size' | 'refused_writes';

export interface Extension {
  /** Shown in logs when a hook fails. */
  readonly name: string;
  /** Lower runs earlier; storage should run before fan-out. Default 100. */
  readonly priority?: number;

  /** A socket asks for a document. Throw a {@link ConnectionRefused} to refuse it with a close code and reason. */
  onConnect?(payload: ConnectPayload): void | Promise<void>;
  /** First connection to a document: fill `doc` from storage. A throw refuses all waiting connections; nothing is written. */
  onLoadDocument?(payload: LoadPayload): void | Promise<void>;
  /** The document is loaded and accepts traffic (e.g. subscribe to a fan-out channel). */
  afterLoadDocument?(payload: RoomPayload): void | Promise<void>;
  /**
   * Judge the document an update produces before it is stored (hot path: once per update,
   * synchronous). Return a reason to refuse it: its sender is closed with 4400 and that
   * reason, and nothing of it is stored, applied or relayed. Return undefined to accept it.
   */
  onCheckUpdate?(payload: CheckUpdatePayload): string | undefined;
  /** Make updates durable. Resolving means durable: only then are they applied and relayed. A throw drops them unacknowledged. */
  onStoreUpdates?(payload: StoreUpdatesPayload): void | Promise<void>;
  /** After all `onStoreUpdates` hooks resolved (hot path, once per batch). */
  afterStoreUpdates?(payload: AfterStorePayload): void;
  /** An update was applied and relayed to local connections (hot path). */
  onChange?(payload: ChangePayload): void;
  /** The last connection left and the grace period passed: persist what needs it before the doc is dropped. */
  beforeUnloadDocument?(payload: RoomPayload): void | Promise<void>;
  afterUnloadDocument?(payload: { documentId: string }): void | Promise<void>;
  /** A connection joined a loaded room. */
  onJoin?(payload: ConnectionPayload): void;
  /** A connection closed, whatever the reason. */
  onDisconnect?(payload: ConnectionPayload & { code: number; reason: string }): void;
  /**
   * Awareness from a client, before it is stored and relayed (hot path): return the entries
   * to keep, possibly rewritten (e.g. the server's name for the person in place of the
   * client's). Each implementing extension gets the previous one's result.
   */
  onAwareness?(payload: AwarenessPayload): AwarenessEntry[];
  /** A connection crossed an abuse limit and is being closed or refused. */
  onLimitExceeded?(payload: { documentId: string; limit: ConnectionLimit }): void;
  /** A frame arrived (hot path). */
  onFrameIn?(bytes: number): void;
  /** `count` copies of a `bytes`-long frame were sent (hot path: once per broadcast). */
  onFrameOut?(bytes: number, count: number): void;
  /** Stop timers and close clients when the server shuts down. */
  onDestroy?(): void | Promise<void>;
}

/** Thrown by {@link Extension.onConnect} to refuse a connection; the client gets `permissionDenied` and the close code. */
export class ConnectionRefused extends Error {
  override name = 'ConnectionRefused';
  constructor(
    readonly code: number,
    reason: string,
  ) {
    super(reason);
  }
}
