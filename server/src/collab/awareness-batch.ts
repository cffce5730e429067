/**
 * How presence reaches a room's connections. Relaying every awareness update to every
 * connection costs n frames per update, and with everyone moving a cursor, n² frames: 1,000
 * people moving a cursor every 5 s would be 200,000 frames/s. So in a crowded room updates are
 * coalesced for one tick and sent as one merged awareness update per connection per tick
 * (the newest state of each client id wins; a removal is a state like any other and is never
 * lost), and a client whose change is only its cursor (or only a renewal) is relayed at most
 * once per {@link CURSOR_INTERVAL_MS}, its newest state always sent in a later tick. A small
 * room relays each update at once, as before: there the frames are few and cursors feel live.
 */
import type { AwarenessEntry } from '@accord/protocol';
import type { PresenceChange } from './presence.js';

/** Connections above which presence is coalesced into ticks; at or below, each update is relayed at once. */
export const CROWD_SIZE = 32;
/** Shortest time between two relayed cursor-only changes of one client, in a crowd. */
export const CURSOR_INTERVAL_MS = 300;

/**
 * Tick length for a room of `connections`: 0 (relay at once) up to {@link CROWD_SIZE}, 50 ms up
 * to 200 connections, 100 ms beyond — at most 10 presence frames per second per connection.
 */
export function presenceTickMs(connections: number): number {
  if (connections <= CROWD_SIZE) return 0;
  return connections <= 200 ? 50 : 100;
}

export interface AwarenessBatchOptions {
  /** Sends one awareness update with these entries to every connection (the senders too). */
  broadcast: (entries: AwarenessEntry[]) => void;
  /** The room's connection count now. */
  connections: () => number;
  /** Tick length for a room of that many connections; 0 relays at once. Default {@link presenceTickMs}. */
  tickMs?: (connections: number) => number;
  /** Default {@link CURSOR_INTERVAL_MS}. */
  cursorIntervalMs?: number;
  now?: () => number;
}

interface Waiting {
  entry: AwarenessEntry;
  /** True while every change merged into this entry was cursor-only: only then may it wait for the throttle. */
  cursorOnly: boolean;
}

/** The presence changes of one room waiting for their tick. */
export class AwarenessBatch {
  readonly #options: AwarenessBatchOptions;
  readonly #tickMs: (connections: number) => number;
  readonly #cursorIntervalMs: number;
  readonly #now: () => number;
  /** Per client id, the newest change not yet relayed (Map order: first arrival, so a tick's order is stable). */
  readonly #waiting = new Map<number, Waiting>();
  /** Per client id with a state, when a change of it was last relayed. */
  readonly #relayedAt = new Map<number, number>();
  #timer: NodeJS.Timeout | undefined;

  constructor(options: AwarenessBatchOptions) {
    this.#options = options;
    this.#tickMs = options.tickMs ?? presenceTickMs;
    this.#cursorIntervalMs = options.cursorIntervalMs ?? CURSOR_INTERVAL_MS;
    this.#now = options.now ?? (() => performance.now());
  }

  /** Changes waiting for a tick. */
  get waiting(): number {
    return this.#waiting.size;
  }

  /** Takes accepted changes: relayed now in a small room with nothing waiting, else at the next tick. */
  add(changes: readonly PresenceChange[]): void {
    if (!changes.length) return;
    const tick = this.#tickMs(this.#options.connections());
    if (tick === 0 && this.#waiting.size === 0) {
      const now = this.#now();
      for (const change of changes) this.#relayed(change.clientId, change.state !== null, now);
      this.#options.broadcast(changes.map(plain));
      return;
    }
    for (const change of changes) {
      const before = this.#waiting.get(change.clientId);
      // Map.set keeps the client's first place in the tick and holds its newest state.
      this.#waiting.set(change.clientId, {
        entry: plain(change),
        cursorOnly: change.state !== null && change.cursorOnly && (before?.cursorOnly ?? true),
      });
    }
    this.#schedule(tick);
  }

  /** Relays what is due now; what only moved a cursor too recently waits for a later tick. */
  tick(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const now = this.#now();
    const due: AwarenessEntry[] = [];
    for (const [clientId, waiting] of this.#waiting) {
      const last = this.#relayedAt.get(clientId);
      if (waiting.cursorOnly && last !== undefined && now - last < this.#cursorIntervalMs) continue;
      this.#waiting.delete(clientId);
      this.#relayed(clientId, waiting.entry.state !== null, now);
      due.push(waiting.entry);
    }
    if (due.length) this.#options.broadcast(due);
    if (this.#waiting.size) this.#schedule(Math.max(1, this.#tickMs(this.#options.connections())));
  }

  /** Stops the timer; what waits is dropped (the room is going away). */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#waiting.clear();
    this.#relayedAt.clear();
  }

  #relayed(clientId: number, present: boolean, now: number): void {
    if (present) this.#relayedAt.set(clientId, now);
    else this.#relayedAt.delete(clientId);
  }

  #schedule(ms: number): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => this.tick(), ms);
    this.#timer.unref();
  }
}

const plain = (change: PresenceChange): AwarenessEntry => ({
  clientId: change.clientId,
  clock: change.clock,
  state: change.state,
});
