/**
 * How document updates reach a room's connections once they are stored and applied. Each
 * durable batch is one merged update, and it used to go to every connection at once: with
 * 1,000 connections and 100 batches a second that is 100,000 frames a second, more than one
 * core sends. So a crowded room holds what it relays for a short window and sends the updates
 * of the window as one (`Y.mergeUpdates`), keeping the frames sent per second near
 * {@link FRAME_BUDGET} whatever the room's size. A room of up to {@link IMMEDIATE_UP_TO}
 * connections relays at once, as before: there the window would only add latency.
 * Nothing changes about durability: only updates already stored and applied are held here.
 */
import * as Y from 'yjs';

/** Connections up to which every batch is relayed at once. */
export const IMMEDIATE_UP_TO = 100;
/** Frames per second the document relay aims at in a crowded room (connections × windows per second). */
export const FRAME_BUDGET = 50_000;
/** Longest window, whatever the room's size: the relay's added latency stays well under 100 ms. */
export const MAX_WINDOW_MS = 25;

/** The window for a room of `connections`: 0 (at once) up to {@link IMMEDIATE_UP_TO}, then growing with the room. */
export function fanoutWindowMs(connections: number): number {
  if (connections <= IMMEDIATE_UP_TO) return 0;
  return Math.min(MAX_WINDOW_MS, Math.ceil((connections * 1000) / FRAME_BUDGET));
}

export interface UpdateFanoutOptions {
  /** Sends one update to every connection. */
  broadcast: (update: Uint8Array) => void;
  /** The room's connection count now. */
  connections: () => number;
  /** Default {@link fanoutWindowMs}. */
  windowMs?: (connections: number) => number;
}

/** Document updates of one room on their way out, merged per window in a crowded room. */
export class UpdateFanout {
  readonly #options: UpdateFanoutOptions;
  readonly #windowMs: (connections: number) => number;
  #held: Uint8Array[] = [];
  #timer: NodeJS.Timeout | undefined;

  constructor(options: UpdateFanoutOptions) {
    this.#options = options;
    this.#windowMs = options.windowMs ?? fanoutWindowMs;
  }

  /** Updates held for the current window. */
  get held(): number {
    return this.#held.length;
  }

  /** Relays an applied update: at once in a small room, else with the rest of its window (in order). */
  push(update: Uint8Array): void {
    const window = this.#windowMs(this.#options.connections());
    if (window === 0 && this.#held.length === 0) {
      this.#options.broadcast(update);
      return;
    }
    this.#held.push(update);
    if (this.#timer) return;
    this.#timer = setTimeout(() => this.flush(), window);
    this.#timer.unref();
  }

  /** Sends what is held now, as one update. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const held = this.#held;
    if (!held.length) return;
    this.#held = [];
    this.#options.broadcast(held.length === 1 ? held[0]! : Y.mergeUpdates(held));
  }

  /** Stops the timer and forgets what is held (the room is going away). */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#held = [];
  }
}
