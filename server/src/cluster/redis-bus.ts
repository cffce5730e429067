/**
 * The Redis connections one Accord instance shares with the others: one for publishing (and
 * ordinary commands such as the shared sign-in limits), one for subscribing — Redis puts a
 * connection that subscribes into a mode where it can do nothing else.
 *
 * Pub/sub is fire-and-forget: a message published while the subscriber is reconnecting, or
 * dropped because it was too slow, is gone. Nothing here tries to hide that; users of the bus
 * register {@link RedisBus.onReconnect} and repair from the database (see document-relay.ts).
 */
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

/** Receives one message of a channel, as the bytes that were published. */
export type MessageHandler = (message: Buffer) => void;

export interface RedisBusOptions {
  url: string;
  logger: Logger;
  /** Put before every channel and key, so that deployments (or tests) sharing one Redis do not hear each other. Default `accord:`. */
  prefix?: string | undefined;
  /** Names the connections in Redis (`CLIENT LIST`): `<name>-commands`, `<name>-subscriber`. Default `accord`. */
  name?: string | undefined;
}

/** Publish/subscribe over Redis, binary-safe, with handlers per channel. */
export class RedisBus {
  /** Prefix of every channel and key. */
  readonly prefix: string;
  /** For commands (PUBLISH, INCR…). */
  readonly commands: Redis;
  readonly #subscriber: Redis;
  readonly #log: Logger;
  readonly #handlers = new Map<string, Set<MessageHandler>>();
  /** Per channel, the SUBSCRIBE confirmation, which every handler added meanwhile waits for too. */
  readonly #subscribed = new Map<string, Promise<unknown>>();
  readonly #reconnectListeners = new Set<() => void>();
  /** Whether the subscriber was ready once: every later `ready` is a reconnection. */
  #subscriberWasReady = false;
  #closed = false;
  /** Whether a publish failed since the commands connection was last ready. */
  #publishFailing = false;

  constructor(options: RedisBusOptions) {
    this.prefix = options.prefix ?? 'accord:';
    this.#log = options.logger.child({ part: 'redis' });
    const common = {
      // While Redis is away commands fail at once instead of queueing (every keystroke would
      // queue a publish): the database checks bring what is missed, and the bus subscribes its
      // channels again itself once the subscriber is back.
      enableOfflineQueue: false,
      autoResubscribe: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (times: number) => Math.min(times * 200, 2_000),
      lazyConnect: true,
    };
    const name = options.name ?? 'accord';
    // A hung Redis must not hold a sign-in or a health check for long.
    this.commands = new Redis(options.url, { ...common, connectionName: `${name}-commands`, commandTimeout: 2_000 });
    this.#subscriber = new Redis(options.url, { ...common, connectionName: `${name}-subscriber` });
    this.#watch(this.commands, 'commands');
    this.commands.on('ready', () => {
      this.#publishFailing = false;
    });
    this.#watch(this.#subscriber, 'subscriber');
    this.#subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      const handlers = this.#handlers.get(channel.toString());
      if (!handlers) return;
      for (const handler of [...handlers]) {
        try {
          handler(message);
        } catch (error) {
          this.#log.error('a handler of a Redis channel failed; the message is dropped for it', {
            channel: channel.toString(),
            error,
          });
        }
      }
    });
    this.#subscriber.on('ready', () => void this.#subscriberReady());
  }

  /** Connects both connections; rejects with a readable error when Redis cannot be reached. */
  async connect(): Promise<void> {
    try {
      await Promise.all([this.commands.connect(), this.#subscriber.connect()]);
    } catch (error) {
      throw new Error(
        `could not connect to Redis (${redactedUrl(this.commands)}): ${error instanceof Error ? error.message : String(error)}; check ACCORD_REDIS_URL and that Redis is running`,
        { cause: error },
      );
    }
  }

  /**
   * A key for a counter about `value` (an email, an address): prefixed, with a hash of the
   * value in place of the value, so Redis never holds who it counts.
   */
  hashedKey(kind: string, value: string): string {
    return `${this.prefix}${kind}:${createHash('sha256').update(value).digest('base64url').slice(0, 22)}`;
  }

  /** The full channel name for `name` (prefix added). */
  channel(name: string): string {
    return this.prefix + name;
  }

  /**
   * Calls `handler` with every message of `channel` (full name, see {@link channel}) from now on:
   * resolves once Redis confirmed the subscription, so a message published after that is heard.
   * While the subscriber is disconnected it resolves at once and the channel is subscribed when
   * it is back (followed by the {@link onReconnect} listeners, which repair what was missed).
   * Returns the function that removes this handler (the channel is left when none is left).
   */
  async subscribe(channel: string, handler: MessageHandler): Promise<() => Promise<void>> {
    let handlers = this.#handlers.get(channel);
    if (!handlers) {
      this.#handlers.set(channel, (handlers = new Set()));
      if (this.#subscriber.status === 'ready') this.#subscribed.set(channel, this.#subscriber.subscribe(channel));
    }
    handlers.add(handler);
    let removed = false;
    const remove = async (): Promise<void> => {
      if (removed) return;
      removed = true;
      const current = this.#handlers.get(channel);
      if (!current) return;
      current.delete(handler);
      if (current.size > 0) return;
      this.#handlers.delete(channel);
      this.#subscribed.delete(channel);
      if (!this.#closed && this.#subscriber.status === 'ready')
        await this.#subscriber.unsubscribe(channel).catch(() => {});
    };
    try {
      await this.#subscribed.get(channel);
    } catch (error) {
      // The connection went away meanwhile: the channel is subscribed again when it is back.
      this.#subscribed.delete(channel);
      this.#log.debug('could not subscribe now; will when the subscriber is back', { channel, error });
    }
    return remove;
  }

  /** The subscriber (re)connected: subscribes every channel with handlers, then, after a reconnection, tells the listeners. */
  async #subscriberReady(): Promise<void> {
    const channels = [...this.#handlers.keys()];
    if (channels.length) {
      try {
        await this.#subscriber.subscribe(...channels);
      } catch (error) {
        this.#log.warn('could not subscribe again after reconnecting; retrying at the next reconnection', { error });
      }
    }
    if (!this.#subscriberWasReady) {
      this.#subscriberWasReady = true;
      return;
    }
    // What was published while the subscriber was away is lost.
    this.#log.info('Redis subscriber reconnected; repairing what may have been missed');
    for (const listener of [...this.#reconnectListeners]) listener();
  }

  /** Publishes `message` on `channel` (full name); a failure is logged, not thrown: the receivers repair from the database. */
  publish(channel: string, message: Buffer): void {
    if (this.#closed) return;
    this.commands.publish(channel, message).catch((error: unknown) => {
      // Once per outage: every keystroke would log otherwise.
      if (this.#publishFailing) return;
      this.#publishFailing = true;
      this.#log.warn('could not publish to Redis; other instances will catch up from the database until it is back', {
        channel,
        error,
      });
    });
  }

  /** Called after each reconnection of the subscriber (messages may have been missed meanwhile). */
  onReconnect(listener: () => void): () => void {
    this.#reconnectListeners.add(listener);
    return () => this.#reconnectListeners.delete(listener);
  }

  /** Round trip on both connections, for /healthz; rejects when either is down. */
  async ping(): Promise<void> {
    await this.commands.ping();
    // A subscribed connection answers PING too (with a pong array).
    await this.#subscriber.ping();
  }

  /** Channels with at least one handler. */
  get channels(): number {
    return this.#handlers.size;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#handlers.clear();
    this.#reconnectListeners.clear();
    await Promise.allSettled([this.commands.quit(), this.#subscriber.quit()]);
  }

  #watch(connection: Redis, role: string): void {
    let failing = false;
    connection.on('error', (error: Error) => {
      // ioredis retries by itself; say so once per outage, not on every retry.
      if (failing) return;
      failing = true;
      this.#log.error(
        `the Redis ${role} connection failed; retrying. Until it is back, other instances' edits arrive by the periodic database check (seconds late); check that Redis at ACCORD_REDIS_URL is running`,
        { error: error.message },
      );
    });
    connection.on('ready', () => {
      if (failing) this.#log.info(`the Redis ${role} connection is back`);
      failing = false;
    });
  }
}

function redactedUrl(connection: Redis): string {
  const { host, port } = connection.options;
  return `${host ?? '?'}:${port ?? '?'}`;
}
