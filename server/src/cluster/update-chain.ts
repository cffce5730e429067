/**
 * Which stored updates of one document this instance has applied, and what to do with a batch
 * announced by another instance. Appends of one document are stored one after the other and
 * each says where it landed (`previousSeq` → `lastSeq`), so the batches form a chain: a batch
 * whose `previousSeq` this instance has reached extends what it has; one further on means a
 * message was missed in between, and is held until the gap is filled (by the missing message,
 * or by reading the database: a repair).
 */

/** A stored batch as announced: `update` is absent for this instance's own batches (already applied). */
export interface ChainLink {
  previousSeq: number;
  lastSeq: number;
  update?: Uint8Array | undefined;
}

export class UpdateChain {
  /** The highest seq such that every update of the document up to it is applied here. */
  #known: number;
  /** Batches beyond a gap, in the order of their place in the log. */
  #held: ChainLink[] = [];
  readonly #apply: (update: Uint8Array) => void;

  /** `known`: what the loaded state includes at least; `apply`: applies an update another instance stored. */
  constructor(known: number, apply: (update: Uint8Array) => void) {
    this.#known = known;
    this.#apply = apply;
  }

  get known(): number {
    return this.#known;
  }

  /** Whether batches wait for one that has not arrived. */
  get gap(): boolean {
    return this.#held.length > 0;
  }

  /** Takes a batch: applied (with any held ones it unblocks) when it extends the chain, held when it is beyond a gap, ignored when already included. */
  offer(link: ChainLink): void {
    if (link.lastSeq <= this.#known) return;
    if (link.previousSeq > this.#known) {
      this.#held.push(link);
      this.#held.sort((a, b) => a.previousSeq - b.previousSeq);
      return;
    }
    this.#extend(link);
    this.#drain();
  }

  /** After a repair applied everything stored up to `lastSeq`: moves on, applying what was held beyond it. */
  caughtUp(lastSeq: number): void {
    if (lastSeq > this.#known) this.#known = lastSeq;
    this.#drain();
  }

  #extend(link: ChainLink): void {
    if (link.update) this.#apply(link.update);
    this.#known = link.lastSeq;
  }

  #drain(): void {
    while (this.#held.length && this.#held[0]!.previousSeq <= this.#known) {
      const link = this.#held.shift()!;
      if (link.lastSeq > this.#known) this.#extend(link);
    }
  }
}
