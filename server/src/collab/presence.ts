/**
 * Who is in a room: the awareness states of its clients, each owned by the connection that
 * first announced it. Ownership is what lets the server remove a client's presence for
 * everyone when its connection closes, and refuse a connection that tries to overwrite
 * or remove someone else's presence.
 */
import type { AwarenessEntry } from '@accord/protocol';

/** An accepted awareness entry, and whether it changed only the cursor (or nothing but the clock). */
export interface PresenceChange extends AwarenessEntry {
  cursorOnly: boolean;
}

/**
 * Fields that only place a cursor: Lexical's `anchorPos` / `focusPos`, and the `cursor` of
 * y-prosemirror and y-codemirror. A change of these alone may be throttled in a crowd.
 */
const CURSOR_KEYS = new Set(['anchorPos', 'focusPos', 'cursor']);

/** Whether `after` differs from `before` in cursor fields only (or not at all: a renewal). */
export function onlyCursorChanged(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (CURSOR_KEYS.has(key)) continue;
    const a = before[key];
    const b = after[key];
    if (a === b) continue;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (JSON.stringify(a) !== JSON.stringify(b)) return false;
  }
  return true;
}

interface Held {
  clock: number;
  state: Record<string, unknown>;
  owner: object;
}

/** Awareness states of one room, keyed by Yjs client id. */
export class Presence {
  readonly #states = new Map<number, Held>();
  readonly #owned = new Map<object, Set<number>>();

  /**
   * Applies entries sent by `owner` and returns those that changed something, to relay, each
   * marked cursor-only when it changed nothing but the cursor of a state already held.
   * Entries for another connection's client, or with an old clock, are dropped.
   */
  apply(owner: object, entries: readonly AwarenessEntry[]): PresenceChange[] {
    const accepted: PresenceChange[] = [];
    for (const entry of entries) {
      const held = this.#states.get(entry.clientId);
      if (held && held.owner !== owner) continue;
      // Same rule as y-protocols: newer clocks win; an equal clock may only remove.
      if (held && (entry.clock < held.clock || (entry.clock === held.clock && entry.state !== null))) continue;
      let cursorOnly = false;
      if (entry.state === null) {
        if (!held) continue;
        this.#states.delete(entry.clientId);
        this.#owned.get(owner)?.delete(entry.clientId);
      } else {
        cursorOnly = held !== undefined && onlyCursorChanged(held.state, entry.state);
        this.#states.set(entry.clientId, { clock: entry.clock, state: entry.state, owner });
        let ids = this.#owned.get(owner);
        if (!ids) this.#owned.set(owner, (ids = new Set()));
        ids.add(entry.clientId);
      }
      accepted.push({ clientId: entry.clientId, clock: entry.clock, state: entry.state, cursorOnly });
    }
    return accepted;
  }

  /** Removes everything `owner` announced; returns the removal entries to relay. */
  removeOwner(owner: object): PresenceChange[] {
    const ids = this.#owned.get(owner);
    this.#owned.delete(owner);
    if (!ids) return [];
    const removed: PresenceChange[] = [];
    for (const clientId of ids) {
      const held = this.#states.get(clientId);
      if (!held) continue;
      this.#states.delete(clientId);
      removed.push({ clientId, clock: held.clock + 1, state: null, cursorOnly: false });
    }
    return removed;
  }

  /** Every current state, for a newcomer. */
  all(): AwarenessEntry[] {
    return [...this.#states].map(([clientId, held]) => ({ clientId, clock: held.clock, state: held.state }));
  }

  get size(): number {
    return this.#states.size;
  }
}
