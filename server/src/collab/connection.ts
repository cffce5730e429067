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
import type { ConnectionLimit } from './extension.js';
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
}

let nextId = 1;

export class Connection {
  /** Unique within this process, for logs. */
  readonly id = nextId++;
  /** Set by extensions in `onConnect` (e.g. the authenticated person). */
  readonly context: Record<string, unknown> = {};
  readonly #socket: WebSocket;
  readonly #hooks: Hooks;
  readonly #log: Logger;
  readonly #options: ConnectionOptions;
  #room: Room | undefined;
  #authorized = false;
  #readOnly: string | undefined;
  #refusedWrites = 0;
  readonly #messages: TokenBucket | undefined;
  readonly #bytes: TokenBucket | undefined;
  #queue: Uint8Array[] = [];
  #queuedBytes = 0;
  #closed = false;
  #alive = true;
  #lastSentAt = Date.now();
  #onClose: ((code: number, reason: string) => void) | undefined;

  constructor(
    readonly documentId: string,
    socket: WebSocket,
    hooks: Hooks,
    log: Logger,
    options: ConnectionOptions,
  ) {
    this.#socket = socket;
    this.#hooks = hooks;
    this.#options = options;
    this.#log = log.child({ connection: this.id, documentId });
    this.#messages = options.messageRate && new TokenBucket(options.messageRate.perSecond, options.messageRate.burst);
    this.#bytes = options.byteRate && new TokenBucket(options.byteRate.perSecond, options.byteRate.burst);
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data, isBinary) => this.#receive(data as Buffer, isBinary));
    socket.on('pong', () => {
      this.#alive = true;
    });
    socket.on('error', (error) => this.#log.debug('socket error', { error }));
    socket.on('close', (code, reason) => this.#closedBySocket(code, reason.toString()));
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

  /** Called once when the connection is gone, whoever closed it. */
  onClose(listener: (code: number, reason: string) => void): void {
    this.#onClose = listener;
  }

  /** Joins the loaded room and replays what the client sent while it loaded. */
  attach(room: Room): void {
    this.#room = room;
    const queued = this.#queue;
    this.#queue = [];
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
      this.#log.warn('client is not reading; closing it so it resyncs on reconnect', {
        bufferedBytes: this.#socket.bufferedAmount,
      });
      this.close(CloseCode.SlowConsumer, 'too far behind; reconnect to resync');
      return;
    }
    this.#lastSentAt = Date.now();
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

  /** Called on every keep-alive tick: drops peers that stopped answering pings, and sends a message if idle. */
  keepAlive(now: number, intervalMs: number): void {
    if (this.#closed) return;
    if (!this.#alive) {
      this.#log.info('client stopped answering pings; dropping it');
      this.#finish(CloseCode.GoingAway, 'no pong');
      this.#socket.terminate();
      return;
    }
    this.#alive = false;
    this.#socket.ping();
    if (now - this.#lastSentAt >= intervalMs) this.send(KEEP_ALIVE_FRAME);
  }

  /** Closes for an abuse limit, telling the extensions (metrics) which one. */
  limitExceeded(limit: ConnectionLimit, code: number, reason: string): void {
    if (this.#closed) return;
    this.#hooks.notify('onLimitExceeded', this.#reportHookError, { documentId: this.documentId, limit });
    this.#log.warn('closing a client over a limit', { limit, reason });
    this.refuse(code, reason);
  }

  #receive(data: Buffer, isBinary: boolean): void {
    if (this.#closed) return;
    this.#hooks.notify('onFrameIn', this.#reportHookError, data.length);
    if (this.#messages && !this.#messages.take(1)) {
      this.limitExceeded(
        'messages',
        CloseCode.TooManyRequests,
        `over ${this.#options.messageRate!.perSecond} messages per second; slow down, then reconnect`,
      );
      return;
    }
    if (this.#bytes && !this.#bytes.take(data.length)) {
      this.limitExceeded(
        'bytes',
        CloseCode.TooManyRequests,
        `over ${this.#options.byteRate!.perSecond} bytes per second; slow down, then reconnect`,
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
      this.#queue.push(data);
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
        this.#log.warn('closing a client that broke the protocol', { reason: error.message });
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
    this.#queue = [];
    const listener = this.#onClose;
    this.#onClose = undefined;
    listener?.(code, reason);
  }

  readonly #reportHookError = (extension: { name: string }, error: unknown): void => {
    this.#log.error('extension hook failed', { extension: extension.name, error });
  };
}
