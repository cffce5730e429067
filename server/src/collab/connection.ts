/**
 * One client's WebSocket on one document. It decodes each frame, holds frames back until
 * its room is loaded, and turns every protocol violation into a close with a reason, so a
 * bad client only ever hurts its own connection.
 */
import type { WebSocket } from 'ws';
import {
  CloseCode,
  ProtocolError,
  clampCloseReason,
  decodeAwarenessUpdate,
  decodeMessage,
  encodeAwareness,
  encodePermissionDenied,
} from '@accord/protocol';
import type { Logger } from '../logger.js';
import { TokenBucket } from '../limits/token-bucket.js';
import type { ConnectionLimit, Extension } from './extension.js';
import type { Hooks } from './hooks.js';
import type { Room } from './room.js';
import { checkUpdate } from './update-guard.js';

/** The permissionDenied reason that announces a read-only connection may write again. */
export const ACCESS_WIDENED = 'your access changed: you may edit now';

/** An awareness update with no entries: a harmless message that keeps the stock client's 30 s watchdog quiet. */
const KEEP_ALIVE_FRAME = encodeAwareness(Uint8Array.of(0));

/** A sustained rate with a burst allowance (a token bucket). */
export interface Rate {
  perSecond: number;
  burst: number;
}

export interface ConnectionOptions {
  /** Bytes a client may send before its document is ready; more closes the connection. */
  maxQueuedBytes: number;
  /** Bytes a client may send before it is authorized (while `onConnect` hooks run). */
  maxPreAuthBytes: number;
  /** Bytes waiting in the socket's send buffer after which the client counts as stuck. */
  maxBufferedBytes: number;
  /** Messages per second this client may send; more closes it with 4429. */
  messageRate?: Rate | undefined;
  /** Bytes per second this client may send; more closes it with 4429. */
  byteRate?: Rate | undefined;
  /** Refused writes from a read-only connection after which it is closed. Default 10. */
  maxRefusedWrites?: number;
  /** Reports a notification hook that threw (one function for all connections, not a closure each). */
  onHookError: (extension: Extension, error: unknown) => void;
}

/** Called once when a connection is gone, whoever closed it. */
export type CloseListener = (connection: Connection, code: number, reason: string) => void;

let nextId = 1;

/*
 * Thousands of these sit idle on one server, so a connection keeps only what it needs while
 * idle: the socket's listeners are shared functions (the socket finds its connection in
 * `owners`), its logger is made on first use, its rate buckets exist only while they are not
 * full, and its queue only while its document loads. Options and the close listener are
 * shared by all connections of a server.
 */
const owners = new WeakMap<WebSocket, Connection>();

export class Connection {
  /** Unique within this process, for logs. */
  readonly id = nextId++;
  readonly #socket: WebSocket;
  readonly #hooks: Hooks;
  readonly #parentLog: Logger;
  #log: Logger | undefined;
  readonly #options: ConnectionOptions;
  #context: Record<string, unknown> | undefined;
  #room: Room | undefined;
  #authorized = false;
  #readOnly: string | undefined;
  #refusedWrites = 0;
  #messages: TokenBucket | undefined;
  #bytes: TokenBucket | undefined;
  #queue: Uint8Array[] | undefined;
  #queuedBytes = 0;
  #closed = false;
  #alive = true;
  /** Whether a frame went out since the last keep-alive tick. */
  #sent = true;
  #onClose: CloseListener | undefined;

  /**
   * `options` may be (and in the server is) one object shared by every connection: nothing
   * per connection is stored in it.
   */
  constructor(
    readonly documentId: string,
    socket: WebSocket,
    hooks: Hooks,
    log: Logger,
    options: ConnectionOptions,
  ) {
    this.#socket = socket;
    this.#hooks = hooks;
    this.#parentLog = log;
    this.#options = options;
    socket.binaryType = 'nodebuffer';
    owners.set(socket, this);
    socket.on('message', Connection.#onMessage);
    socket.on('pong', Connection.#onPong);
    socket.on('error', Connection.#onError);
    socket.on('close', Connection.#onSocketClose);
  }

  // The socket's listeners, one function each for every connection; `this` is the socket.
  static #onMessage(this: WebSocket, data: Buffer, isBinary: boolean): void {
    const connection = owners.get(this);
    if (connection) connection.#receive(data, isBinary);
  }

  static #onPong(this: WebSocket): void {
    const connection = owners.get(this);
    if (connection) connection.#alive = true;
  }

  static #onError(this: WebSocket, error: Error): void {
    const connection = owners.get(this);
    if (connection) connection.#logger.debug('socket error', { error });
  }

  static #onSocketClose(this: WebSocket, code: number, reason: Buffer): void {
    const connection = owners.get(this);
    if (connection) connection.#closedBySocket(code, reason.toString());
  }

  /** Set by extensions in `onConnect` (e.g. the authenticated person); made on first use. */
  get context(): Record<string, unknown> {
    return (this.#context ??= {});
  }

  /** This connection's logger (its id and document on every line), made the first time something is logged. */
  get #logger(): Logger {
    return (this.#log ??= this.#parentLog.child({ connection: this.id, documentId: this.documentId }));
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Why this connection may not change the document, or undefined if it may. */
  get readOnly(): string | undefined {
    return this.#readOnly;
  }

  /**
   * Makes the connection read-only (with the reason it is told) or writable again (with
   * undefined). Read-only connections still sync and see presence; their document updates
   * are dropped before they reach the room. With `notify`, a change to read-only is announced
   * at once with `permissionDenied`, so an open editor learns of a downgrade without typing.
   */
  setReadOnly(reason: string | undefined, notify = false): void {
    const was = this.#readOnly;
    this.#readOnly = reason;
    this.#refusedWrites = 0;
    if (!notify || reason === was || this.#closed) return;
    // y-websocket has no "access changed" message; permissionDenied is the one auth message a
    // client hears, so a widening is announced with it too, and the client re-reads its access.
    this.#socket.send(encodePermissionDenied(reason ?? ACCESS_WIDENED));
  }

  /** Marks the end of authorization (`onConnect` hooks done): the larger pre-load allowance applies from now on. */
  authorized(): void {
    this.#authorized = true;
  }

  /** Called once when the connection is gone, whoever closed it (one listener; a second replaces the first). */
  onClose(listener: CloseListener): void {
    this.#onClose = listener;
  }

  /** Joins the loaded room and replays what the client sent while it loaded. */
  attach(room: Room): void {
    this.#room = room;
    const queued = this.#queue ?? [];
    this.#queue = undefined;
    this.#queuedBytes = 0;
    for (const frame of queued) {
      if (this.#closed) return;
      this.#handle(frame);
    }
  }

  /** Sends one frame; a client whose buffer keeps growing is cut off rather than let it eat memory. */
  send(frame: Uint8Array): void {
    if (this.#closed) return;
    if (this.#socket.bufferedAmount > this.#options.maxBufferedBytes) {
      this.#logger.warn('client is not reading; closing it so it resyncs on reconnect', {
        bufferedBytes: this.#socket.bufferedAmount,
      });
      this.close(CloseCode.SlowConsumer, 'too far behind; reconnect to resync');
      return;
    }
    this.#sent = true;
    this.#socket.send(frame);
  }

  /** Tells the stock client why with `permissionDenied`, then closes with `code`. */
  refuse(code: number, reason: string): void {
    if (this.#closed) return;
    this.#socket.send(encodePermissionDenied(reason));
    this.close(code, reason);
  }

  /** Closes with a code and a reason the client can show; idempotent. */
  close(code: number, reason: string): void {
    if (this.#closed) return;
    this.#finish(code, reason);
    try {
      this.#socket.close(code, clampCloseReason(reason));
    } catch {
      this.#socket.terminate();
    }
  }

  /**
   * Called on every keep-alive tick: drops peers that stopped answering pings, sends a message
   * if nothing went out since the last tick, and forgets rate buckets that refilled (a new
   * bucket is full, so forgetting a full one changes nothing).
   */
  keepAlive(now = Date.now()): void {
    if (this.#closed) return;
    if (!this.#alive) {
      this.#logger.info('client stopped answering pings; dropping it');
      this.#finish(CloseCode.GoingAway, 'no pong');
      this.#socket.terminate();
      return;
    }
    this.#alive = false;
    this.#socket.ping();
    if (!this.#sent) this.send(KEEP_ALIVE_FRAME);
    this.#sent = false;
    if (this.#messages?.full(now)) this.#messages = undefined;
    if (this.#bytes?.full(now)) this.#bytes = undefined;
  }

  /** Closes for an abuse limit, telling the extensions (metrics) which one. */
  limitExceeded(limit: ConnectionLimit, code: number, reason: string): void {
    if (this.#closed) return;
    this.#hooks.notify('onLimitExceeded', this.#options.onHookError, { documentId: this.documentId, limit });
    this.#logger.warn('closing a client over a limit', { limit, reason });
    this.refuse(code, reason);
  }

  #receive(data: Buffer, isBinary: boolean): void {
    if (this.#closed) return;
    this.#hooks.notify('onFrameIn', this.#options.onHookError, data.length);
    const { messageRate, byteRate } = this.#options;
    if (messageRate && !(this.#messages ??= new TokenBucket(messageRate.perSecond, messageRate.burst)).take(1)) {
      this.limitExceeded(
        'messages',
        CloseCode.TooManyRequests,
        `over ${messageRate.perSecond} messages per second; slow down, then reconnect`,
      );
      return;
    }
    if (byteRate && !(this.#bytes ??= new TokenBucket(byteRate.perSecond, byteRate.burst)).take(data.length)) {
      this.limitExceeded(
        'bytes',
        CloseCode.TooManyRequests,
        `over ${byteRate.perSecond} bytes per second; slow down, then reconnect`,
      );
      return;
    }
    if (!isBinary) {
      this.close(
        CloseCode.UnsupportedData,
        'text frames are not part of the protocol; send binary y-websocket messages',
      );
      return;
    }
    if (!this.#room) {
      this.#queuedBytes += data.length;
      if (!this.#authorized && this.#queuedBytes > this.#options.maxPreAuthBytes) {
        this.limitExceeded(
          'pre_auth_bytes',
          CloseCode.MessageTooBig,
          `sent over ${this.#options.maxPreAuthBytes} bytes before being authorized`,
        );
        return;
      }
      if (this.#queuedBytes > this.#options.maxQueuedBytes) {
        this.close(
          CloseCode.MessageTooBig,
          `sent over ${this.#options.maxQueuedBytes} bytes before the document was ready`,
        );
        return;
      }
      (this.#queue ??= []).push(data);
      return;
    }
    this.#handle(data);
  }

  #handle(frame: Uint8Array): void {
    const room = this.#room!;
    try {
      const message = decodeMessage(frame);
      switch (message.type) {
        case 'sync-step-1':
          room.answerSyncStep1(this, message.stateVector);
          return;
        case 'sync-step-2':
        case 'update': {
          const check = checkUpdate(message.update);
          if (!check.ok) throw new ProtocolError(check.reason);
          if (check.empty) return;
          if (this.#readOnly !== undefined) this.#refuseWrite(this.#readOnly, message.type === 'update');
          else room.receiveUpdate(this, message.update, check.decoded);
          return;
        }
        case 'awareness': {
          const entries = decodeAwarenessUpdate(message.update);
          room.receiveAwareness(
            this,
            this.#hooks.transformAwareness({ documentId: this.documentId, connection: this, entries }),
          );
          return;
        }
        case 'query-awareness':
          room.sendAwareness(this);
          return;
        case 'permission-denied':
          // Only servers send this; a client that does is confused but harmless.
          return;
      }
    } catch (error) {
      if (error instanceof ProtocolError) {
        this.#logger.warn('closing a client that broke the protocol', { reason: error.message });
        this.close(CloseCode.BadMessage, error.message);
        return;
      }
      throw error;
    }
  }

  /**
   * Drops a write from a read-only connection. The first of a run is answered with
   * `permissionDenied`; a client that keeps sending updates is closed, so it cannot make the
   * server decode them forever.
   */
  #refuseWrite(reason: string, counts: boolean): void {
    if (this.#refusedWrites === 0) this.#socket.send(encodePermissionDenied(reason));
    // Sync step 2 is not counted: a client downgraded with unsent edits resends them in every
    // handshake, and must not be closed for reconnecting.
    if (!counts) {
      this.#refusedWrites = Math.max(this.#refusedWrites, 1);
      return;
    }
    this.#refusedWrites++;
    if (this.#refusedWrites >= (this.#options.maxRefusedWrites ?? 10)) {
      this.limitExceeded('refused_writes', CloseCode.PermissionDenied, `${reason}; stop sending changes`);
    }
  }

  #closedBySocket(code: number, reason: string): void {
    if (!this.#closed) this.#finish(code, reason);
  }

  #finish(code: number, reason: string): void {
    this.#closed = true;
    this.#queue = undefined;
    const listener = this.#onClose;
    this.#onClose = undefined;
    listener?.(this, code, reason);
  }
}
