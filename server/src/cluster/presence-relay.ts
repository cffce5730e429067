/**
 * Presence (awareness) across instances. Each instance publishes the presence changes of its
 * own connections on the document's awareness channel and applies the other instances' to its
 * room under one owner per instance, so the room's ownership rules hold across instances and
 * an instance's clients can be removed together. A room that opens asks the others for what
 * they hold (`query`), since presence is only sent when it changes.
 *
 * Instances say they are alive on a shared channel every few seconds; one silent for
 * {@link PresenceRelayOptions.instanceTimeoutMs} (killed, cut off from Redis) has its clients'
 * presence dropped everywhere, as a closing connection's is. One that shuts down says so.
 */
import type { AwarenessEntry } from '@accord/protocol';
import type { Room } from '../collab/room.js';
import type { Logger } from '../logger.js';
import { decodeMessage, encodeMessage, type MessageHeader } from './message.js';
import type { ClusterMetrics } from './metrics.js';
import type { RedisBus } from './redis-bus.js';

interface AwarenessHeader extends MessageHeader {
  /** `set`: entries in the body (JSON); `query`: a room opened and asks for what others hold. */
  t: 'set' | 'query';
}

interface BeatHeader extends MessageHeader {
  /** `alive` every few seconds; `bye` when shutting down. */
  t: 'alive' | 'bye';
}

interface Tracked {
  room: Room;
  /** This instance's own connections' current presence in the room, to answer a query. */
  local: Map<number, AwarenessEntry>;
  stop: Array<() => unknown>;
  subscribed: boolean;
}

export interface PresenceRelayOptions {
  bus: RedisBus;
  instanceId: string;
  logger: Logger;
  metrics?: ClusterMetrics | undefined;
  /** How often this instance says it is alive. Default 3 s. */
  heartbeatMs?: number;
  /** Silence after which an instance's clients' presence is dropped. Default 10 s. */
  instanceTimeoutMs?: number;
}

export class PresenceRelay {
  readonly #bus: RedisBus;
  readonly #id: string;
  readonly #log: Logger;
  readonly #metrics: ClusterMetrics | undefined;
  readonly #timeoutMs: number;
  readonly #rooms = new Map<string, Tracked>();
  /** Other instances: when last heard of, and the owner object their clients' presence is held under. */
  readonly #instances = new Map<string, { seenAt: number; owner: object }>();
  readonly #timer: NodeJS.Timeout;
  #stopBeats: (() => Promise<void>) | undefined;

  constructor(options: PresenceRelayOptions) {
    this.#bus = options.bus;
    this.#id = options.instanceId;
    this.#log = options.logger;
    this.#metrics = options.metrics;
    this.#timeoutMs = options.instanceTimeoutMs ?? 10_000;
    const heartbeatMs = options.heartbeatMs ?? 3_000;
    let sinceBeat = 0;
    const tickMs = Math.min(heartbeatMs, 1_000);
    this.#timer = setInterval(() => {
      sinceBeat += tickMs;
      if (sinceBeat >= heartbeatMs) {
        sinceBeat = 0;
        this.#beat('alive');
      }
      this.#sweep();
    }, tickMs);
    this.#timer.unref();
  }

  /** Starts hearing other instances' heartbeats; resolves once subscribed. */
  async start(): Promise<void> {
    this.#stopBeats = await this.#bus.subscribe(this.#bus.channel('instances'), (message) => this.#onBeat(message));
    this.#beat('alive');
  }

  /** Relays the room's presence from now on (the room is loaded). */
  async open(room: Room): Promise<void> {
    const documentId = room.documentId;
    const channel = this.#bus.channel(`aw:${documentId}`);
    const tracked: Tracked = { room, local: new Map(), stop: [], subscribed: false };
    this.#rooms.set(documentId, tracked);
    tracked.stop.push(
      room.onLocalPresence((entries) => {
        for (const entry of entries) {
          if (entry.state === null) tracked.local.delete(entry.clientId);
          else tracked.local.set(entry.clientId, entry);
        }
        this.#publish(channel, 'set', entries);
      }),
    );
    await this.#subscribe(tracked);
  }

  /**
   * Subscribes a room's presence channel and asks the others for theirs. Without Redis the room
   * still opens (its own clients see each other); {@link retry} subscribes again later.
   */
  async #subscribe(tracked: Tracked): Promise<void> {
    const channel = this.#bus.channel(`aw:${tracked.room.documentId}`);
    try {
      tracked.stop.push(await this.#bus.subscribe(channel, (message) => this.#onMessage(tracked, channel, message)));
      tracked.subscribed = true;
      this.#publish(channel, 'query');
    } catch (error) {
      this.#log.error(
        "could not subscribe to a document's presence channel; clients on other instances stay unseen here until Redis is back",
        { documentId: tracked.room.documentId, error },
      );
    }
  }

  /** Subscribes the presence channels that could not be subscribed (Redis was away); called by the periodic check. */
  async retry(): Promise<void> {
    for (const tracked of this.#rooms.values()) if (!tracked.subscribed) await this.#subscribe(tracked);
  }

  /** Stops relaying a document's presence (unloaded). */
  async close(documentId: string, room?: Room): Promise<void> {
    const tracked = this.#rooms.get(documentId);
    if (!tracked || (room && tracked.room !== room)) return;
    this.#rooms.delete(documentId);
    await Promise.all(tracked.stop.map((stop) => stop()));
  }

  /**
   * After a reconnection, when changes may have been missed both ways (and others may have
   * dropped this instance's clients for its silence): tells the others what this instance's
   * clients show, and asks them for theirs.
   */
  requery(): void {
    this.#beat('alive');
    for (const [documentId, tracked] of this.#rooms) {
      const channel = this.#bus.channel(`aw:${documentId}`);
      if (tracked.local.size) this.#publish(channel, 'set', [...tracked.local.values()]);
      this.#publish(channel, 'query');
    }
  }

  /** Says goodbye (others drop this instance's clients at once) and stops. */
  async destroy(): Promise<void> {
    clearInterval(this.#timer);
    this.#beat('bye');
    await this.#stopBeats?.();
    await Promise.all([...this.#rooms.keys()].map((id) => this.close(id)));
  }

  #publish(channel: string, t: AwarenessHeader['t'], entries?: readonly AwarenessEntry[]): void {
    const header: AwarenessHeader = { from: this.#id, at: Date.now(), t };
    const body = entries ? Buffer.from(JSON.stringify(entries), 'utf8') : undefined;
    this.#bus.publish(channel, encodeMessage(header, body));
    this.#metrics?.sent('awareness');
  }

  #onMessage(tracked: Tracked, channel: string, message: Buffer): void {
    const decoded = decodeMessage<AwarenessHeader>(message);
    if (!decoded || decoded.header.from === this.#id) return;
    const { header, body } = decoded;
    this.#metrics?.received('awareness', header.at);
    const instance = this.#seen(header.from);
    if (header.t === 'query') {
      if (tracked.local.size) this.#publish(channel, 'set', [...tracked.local.values()]);
      return;
    }
    let entries: AwarenessEntry[];
    try {
      entries = JSON.parse(Buffer.from(body).toString('utf8')) as AwarenessEntry[];
    } catch (error) {
      this.#log.warn('dropped presence from another instance that could not be read', { from: header.from, error });
      return;
    }
    if (Array.isArray(entries)) tracked.room.receiveRemoteAwareness(instance.owner, entries);
  }

  #beat(t: BeatHeader['t']): void {
    this.#bus.publish(this.#bus.channel('instances'), encodeMessage({ from: this.#id, at: Date.now(), t }));
  }

  #onBeat(message: Buffer): void {
    const decoded = decodeMessage<BeatHeader>(message);
    if (!decoded || decoded.header.from === this.#id) return;
    if (decoded.header.t === 'bye') this.#forget(decoded.header.from, 'shut down');
    else this.#seen(decoded.header.from);
  }

  #seen(instanceId: string): { seenAt: number; owner: object } {
    let instance = this.#instances.get(instanceId);
    if (!instance) this.#instances.set(instanceId, (instance = { seenAt: 0, owner: { instanceId } }));
    instance.seenAt = Date.now();
    return instance;
  }

  #sweep(): void {
    const now = Date.now();
    for (const [instanceId, instance] of this.#instances)
      if (now - instance.seenAt > this.#timeoutMs) this.#forget(instanceId, 'silent');
  }

  #forget(instanceId: string, why: string): void {
    const instance = this.#instances.get(instanceId);
    if (!instance) return;
    this.#instances.delete(instanceId);
    this.#log.info("dropping the presence of another instance's clients", { instance: instanceId, why });
    for (const { room } of this.#rooms.values()) room.dropRemoteAwareness(instance.owner);
  }
}
