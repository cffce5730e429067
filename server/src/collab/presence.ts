/**
 * Who is in a room: the awareness states of its clients, each owned by the connection that
 * first announced it. Ownership is what lets the server remove a client's presence for
 * everyone when its connection closes, and refuse a connection that tries to overwrite
 * or remove someone else's presence.
 */
import type { AwarenessEntry } from '@accord/protocol';

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
   * Applies entries sent by `owner` and returns those that changed something, to relay.
   * Entries for another connection's client, or with an old clock, are dropped.
   */
  apply(owner: object, entries: readonly AwarenessEntry[]): AwarenessEntry[] {
    const accepted: AwarenessEntry[] = [];
    for (const entry of entries) {
      const held = this.#states.get(entry.clientId);
      if (held && held.owner !== owner) continue;
      // Same rule as y-protocols: newer clocks win; an equal clock may only remove.
      if (held && (entry.clock < held.clock || (entry.clock === held.clock && entry.state !== null))) continue;
      if (entry.state === null) {
        if (!held) continue;
        this.#states.delete(entry.clientId);
        this.#owned.get(owner)?.delete(entry.clientId);
      } else {
        this.#states.set(entry.clientId, { clock: entry.clock, state: entry.state, owner });
        let ids = this.#owned.get(owner);
        if (!ids) this.#owned.set(owner, (ids = new Set()));
        ids.add(entry.clientId);
      }
      accepted.push(entry);
    }
    return accepted;
  }

  /** Removes everything `owner` announced; returns the removal entries to relay. */
  removeOwner(owner: object): AwarenessEntry[] {
    const ids = this.#owned.get(owner);
    this.#owned.delete(owner);
    if (!ids) return [];
    const removed: AwarenessEntry[] = [];
    for (const clientId of ids) {
      const held = this.#states.get(clientId);
      if (!held) continue;
      this.#states.delete(clientId);
      removed.push({ clientId, clock: held.clock + 1, state: null });
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
