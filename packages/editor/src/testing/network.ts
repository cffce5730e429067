/**
 * Test support: a deterministic, lossless but reordering network between Y.Docs. Every update
 * a doc makes is queued for each other doc with a random delay (in ticks); each tick delivers
 * the updates that are due in shuffled order. Yjs must cope with any order (it parks updates
 * whose dependencies have not arrived), so this exercises what a real network does to peers.
 */
import * as Y from 'yjs';

/** A seeded pseudo-random generator (mulberry32), so a failing run can be replayed. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A random element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
}

export function createRng(seed: number): Rng {
  let state = seed | 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty array');
      return items[int(items.length)]!;
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}

/** The origin of updates the network applies; providers likewise apply with an origin of their own. */
export const NETWORK_ORIGIN = Symbol('simulated-network');

interface InFlight {
  readonly to: Y.Doc;
  readonly update: Uint8Array;
  readonly due: number;
}

export class SimulatedNetwork {
  private readonly inFlight: InFlight[] = [];
  private now = 0;
  private readonly detach: Array<() => void> = [];

  constructor(
    private readonly rng: Rng,
    private readonly maxDelay = 4,
  ) {}

  /** Relays every local update of each doc to all the others. */
  connect(...docs: Y.Doc[]): void {
    for (const doc of docs) {
      const onUpdate = (update: Uint8Array, origin: unknown): void => {
        if (origin === NETWORK_ORIGIN) return;
        for (const to of docs) {
          if (to !== doc) this.inFlight.push({ to, update, due: this.now + this.rng.int(this.maxDelay + 1) });
        }
      };
      doc.on('update', onUpdate);
      this.detach.push(() => doc.off('update', onUpdate));
    }
  }

  /** Advances time by one tick and delivers what is due, in random order. */
  tick(): void {
    this.now++;
    const due = this.inFlight.filter((m) => m.due <= this.now);
    if (due.length === 0) return;
    const remaining = this.inFlight.filter((m) => m.due > this.now);
    this.inFlight.splice(0, this.inFlight.length, ...remaining);
    for (const message of this.rng.shuffle(due)) Y.applyUpdate(message.to, message.update, NETWORK_ORIGIN);
  }

  /** Updates not delivered yet. */
  get pending(): number {
    return this.inFlight.length;
  }

  disconnect(): void {
    for (const off of this.detach.splice(0)) off();
  }
}
