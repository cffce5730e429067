/**
 * The collaboration server: takes accepted WebSockets, asks the extensions whether the
 * connection may open its document, loads the document once for all its connections, and
 * keeps the connections alive. Storage, authorization, metrics and fan-out are extensions;
 * this class only orders their hooks.
 */
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { CloseCode } from '@accord/protocol';
import type { Logger } from '../logger.js';
import { Connection, type ConnectionOptions, type Rate } from './connection.js';
import { ConnectionRefused, type Extension } from './extension.js';
import { Hooks } from './hooks.js';
import { Room } from './room.js';

export interface CollabServerOptions {
  extensions: readonly Extension[];
  logger: Logger;
  /** How long a document stays in memory after its last connection left. */
  unloadGraceMs: number;
  /** Ping / keep-alive interval; a peer that misses one full interval is dropped. */
  keepAliveMs: number;
  /** Bytes a client may send before its document is ready. */
  maxQueuedBytes: number;
  /** Bytes a client may send before it is authorized. Default: `maxQueuedBytes`. */
  maxPreAuthBytes?: number;
  /** Per-connection message and byte rates; unlimited when absent. */
  messageRate?: Rate;
  byteRate?: Rate;
  /** Largest document state accepted; updates beyond it are refused. Unlimited when absent. */
  maxDocumentBytes?: number;
  /** Send-buffer size after which a client counts as stuck and is cut off. */
  maxBufferedBytes?: number;
}

export class CollabServer {
  readonly hooks: Hooks;
  readonly #log: Logger;
  readonly #options: CollabServerOptions;
  readonly #rooms = new Map<string, Room>();
  readonly #connections = new Set<Connection>();
  /** One options object for every connection: an idle connection should cost as little as possible. */
  readonly #connectionOptions: ConnectionOptions;
  readonly #keepAlive: NodeJS.Timeout;
  #destroyed = false;

  constructor(options: CollabServerOptions) {
    this.#options = options;
    this.#log = options.logger;
    this.hooks = new Hooks(options.extensions);
    this.#connectionOptions = {
      maxQueuedBytes: options.maxQueuedBytes,
      maxPreAuthBytes: options.maxPreAuthBytes ?? options.maxQueuedBytes,
      maxBufferedBytes: options.maxBufferedBytes ?? 64 * 1024 * 1024,
      messageRate: options.messageRate,
      byteRate: options.byteRate,
      onHookError: this.#reportHookError,
    };
    // One timer for every connection, rather than one each.
    this.#keepAlive = setInterval(() => {
      const now = Date.now();
      for (const connection of this.#connections) connection.keepAlive(now);
    }, options.keepAliveMs);
    this.#keepAlive.unref();
  }

  /** Documents in memory. */
  get roomCount(): number {
    return this.#rooms.size;
  }

  /** Open connections, including those still waiting for their document. */
  get connectionCount(): number {
    return this.#connections.size;
  }

  /** The loaded room of a document, if any (for extensions and tests). */
  room(documentId: string): Room | undefined {
    return this.#rooms.get(documentId);
  }

  /**
   * Runs `work` on the document's loaded room, loading it first if no one has it open, and
   * keeps it loaded until `work` settles. For server-side writes (`Room.submitServerUpdate`)
   * and reads that must see every acknowledged update. Rejects when the server is shutting
   * down or the document cannot be loaded.
   */
  async withRoom<T>(documentId: string, work: (room: Room) => Promise<T> | T): Promise<T> {
    if (this.#destroyed) throw new Error('the server is shutting down');
    for (;;) {
      const room = await this.#roomFor(documentId);
      // Between the load and this line the grace timer may have started an unload.
      if (room.state !== 'ready') continue;
      const release = room.retain();
      try {
        return await work(room);
      } finally {
        release();
      }
    }
  }

  /** Takes over an accepted WebSocket for `documentId`. Never throws: every failure closes the socket with a reason. */
  handleConnection(socket: WebSocket, request: IncomingMessage, documentId: string): Connection {
    // The loaded room's id string, so that a thousand connections to one document share one string.
    const id = this.#rooms.get(documentId)?.documentId ?? documentId;
    const connection = new Connection(id, socket, this.hooks, this.#log, this.#connectionOptions);
    this.#connections.add(connection);
    connection.onClose(this.#closed);
    if (this.#destroyed) {
      connection.close(CloseCode.GoingAway, 'server is shutting down; reconnect shortly');
      return connection;
    }
    void this.#open(connection, request);
    return connection;
  }

  async #open(connection: Connection, request: IncomingMessage): Promise<void> {
    const { documentId } = connection;
    try {
      await this.hooks.run('onConnect', { documentId, request, connection, context: connection.context });
    } catch (error) {
      if (error instanceof ConnectionRefused) {
        this.#log.info('connection refused', { documentId, code: error.code, reason: error.message });
        connection.refuse(error.code, error.message);
      } else {
        this.#log.error('an extension failed while accepting a connection', { documentId, error });
        connection.refuse(CloseCode.LoadFailed, 'the server could not accept this connection; try again later');
      }
      return;
    }
    if (connection.closed) return;
    connection.authorized();
    let room: Room;
    try {
      room = await this.#roomFor(documentId);
    } catch {
      connection.close(CloseCode.LoadFailed, `document ${documentId} could not be loaded; try again later`);
      return;
    }
    if (connection.closed) {
      room.scheduleUnloadIfIdle();
      return;
    }
    room.join(connection);
    connection.attach(room);
  }

  /** The loaded room for a document, loading it once however many connections ask at the same time. */
  async #roomFor(documentId: string): Promise<Room> {
    for (;;) {
      const existing = this.#rooms.get(documentId);
      if (!existing) break;
      if (existing.state === 'unloading') {
        await existing.gone;
        continue;
      }
      await existing.loaded;
      return existing;
    }
    const room = new Room(documentId, this.hooks, this.#log, {
      unloadGraceMs: this.#options.unloadGraceMs,
      maxDocumentBytes: this.#options.maxDocumentBytes,
      onGone: (gone) => {
        if (this.#rooms.get(documentId) === gone) this.#rooms.delete(documentId);
      },
    });
    this.#rooms.set(documentId, room);
    await room.loaded;
    return room;
  }

  /** Closes every connection, waits for pending writes, unloads every document and lets extensions clean up. */
  async destroy(): Promise<void> {
    if (this.#destroyed) return;
    this.#destroyed = true;
    clearInterval(this.#keepAlive);
    for (const connection of [...this.#connections]) {
      connection.close(CloseCode.GoingAway, 'server is shutting down; reconnect shortly');
    }
    await Promise.allSettled(
      [...this.#rooms.values()].map((room) => room.shutdown(CloseCode.GoingAway, 'server is shutting down')),
    );
    await this.hooks.run('onDestroy');
  }

  /** Every connection's close listener (one function, not a closure per connection). */
  readonly #closed = (connection: Connection, code: number, reason: string): void => {
    const { documentId } = connection;
    this.#connections.delete(connection);
    this.#rooms.get(documentId)?.leave(connection);
    this.hooks.notify('onDisconnect', this.#reportHookError, { documentId, connection, code, reason });
  };

  readonly #reportHookError = (extension: { name: string }, error: unknown): void => {
    this.#log.error('extension hook failed', { extension: extension.name, error });
  };
}
