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
import type { Hooks } from './hooks.js';
import type { Room } from './room.js';
import { checkUpdate } from './update-guard.js';

/** An awareness update with no entries: a harmless message that keeps the stock client's 30 s watchdog quiet. */
const KEEP_ALIVE_FRAME = encodeAwareness(Uint8Array.of(0));

export interface ConnectionOptions {
  /** Bytes a client may send before its document is ready; more closes the connection. */
  maxQueuedBytes: number;
  /** Bytes waiting in the socket's send buffer after which the client counts as stuck. */
  maxBufferedBytes: number;
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
      this.#log.warn('client is not reading; closing it so it resyncs on reconnect', { bufferedBytes: this.#socket.bufferedAmount });
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

  #receive(data: Buffer, isBinary: boolean): void {
    if (this.#closed) return;
    this.#hooks.notify('onFrameIn', this.#reportHookError, data.length);
    if (!isBinary) {
      this.close(CloseCode.UnsupportedData, 'text frames are not part of the protocol; send binary y-websocket messages');
      return;
    }
    if (!this.#room) {
      this.#queuedBytes += data.length;
      if (this.#queuedBytes > this.#options.maxQueuedBytes) {
        this.close(CloseCode.MessageTooBig, `sent over ${this.#options.maxQueuedBytes} bytes before the document was ready`);
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
          if (!check.empty) room.receiveUpdate(this, message.update);
          return;
        }
        case 'awareness':
          room.receiveAwareness(this, decodeAwarenessUpdate(message.update));
          return;
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
