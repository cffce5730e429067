/**
 * Turns the per-update block changes of a document into paragraph change records a person can
 * read: one record per run of changes by one person in one block, with the text as it was
 * before the run and as it is after. Typing a sentence is hundreds of updates; its history is
 * one line. Pure and synchronous, with an injected clock, so the windows are tested exactly.
 *
 * A run ends when another person (or the system) changes that block, after `quietMs` without a
 * change by its person, or `maxMs` after it began. A run whose text came back to where it
 * started changed nothing and is dropped.
 *
 * Reading a paragraph's text costs a pass over it, and a keystroke should not pay that: an edit
 * that continues its person's open run ({@link ChangeCoalescer.continues}) comes without texts,
 * and the run's text after it is read once, through `textOf`, when the run is written, read or
 * closed by time — or taken from the next person's edit, whose text before is exactly that.
 */

/** One block changed by one update, as attribution saw it. */
export interface BlockEdit {
  documentId: string;
  blockId: string;
  /** The person the update stands for; null for the system's own writes. */
  personId: string | null;
  /** Server time of the update, ms since the epoch. */
  at: number;
  /** Text before the update; null when the block did not exist. */
  before: string | null;
  /** Text after it; null when the update removed the block. Both texts are left out (undefined) when the edit continues its person's open run. */
  after: string | null;
}

/** An edit that continues its person's open run: its texts were not read. */
export type ContinuingEdit = Omit<BlockEdit, 'before' | 'after'> & { before?: undefined; after?: undefined };

/** A run of changes by one person in one block. */
export interface ChangeRecord {
  id: string;
  documentId: string;
  blockId: string;
  personId: string | null;
  startedAt: number;
  endedAt: number;
  before: string | null;
  after: string | null;
  /** Closed runs never change again. */
  closed: boolean;
}

export interface CoalescerOptions {
  now: () => number;
  newId: () => string;
  /** A run closes this long after its latest change. Default one minute. */
  quietMs?: number;
  /** A run closes this long after it began, however busy. Default ten minutes. */
  maxMs?: number;
  /**
   * The block's text now (null: the block is gone; undefined: cannot tell, e.g. the document is
   * not open), for runs whose latest edits came without texts.
   */
  textOf?: (documentId: string, blockId: string) => string | null | undefined;
}

/** What to write since the last {@link ChangeCoalescer.take}. */
export interface Taken {
  /** Records to insert or update (open ones may change again). */
  write: ChangeRecord[];
  /** Ids of runs that closed without a change: delete them if an open copy was written. */
  drop: string[];
}

export const DEFAULT_QUIET_MS = 60_000;
export const DEFAULT_MAX_MS = 10 * 60_000;
/**
 * An edit continues a run only while the run is this far from closing by time, so that the run
 * is still open when the edit arrives after its update is stored.
 */
const CONTINUE_MARGIN_MS = 5_000;

const keyOf = (documentId: string, blockId: string): string => `${documentId}\u0000${blockId}`;
const unchanged = (r: { before: string | null; after: string | null }): boolean => r.before === r.after;

export class ChangeCoalescer {
  readonly #now: () => number;
  readonly #newId: () => string;
  readonly #quietMs: number;
  readonly #maxMs: number;
  readonly #textOf: NonNullable<CoalescerOptions['textOf']>;
  /** The open run of each block, by document and block. */
  readonly #open = new Map<string, ChangeRecord>();
  /** Open runs whose `after` is older than their latest edit. */
  readonly #stale = new Set<ChangeRecord>();
  /** The text after the last closed run of each block, for an edit that arrives just after its run closed. */
  readonly #lastText = new Map<string, string | null>();
  /** Records changed since the last take, by id. */
  #dirty = new Map<string, ChangeRecord>();
  #drop = new Set<string>();

  constructor(options: CoalescerOptions) {
    this.#now = options.now;
    this.#newId = options.newId;
    this.#quietMs = options.quietMs ?? DEFAULT_QUIET_MS;
    this.#maxMs = options.maxMs ?? DEFAULT_MAX_MS;
    this.#textOf = options.textOf ?? (() => undefined);
  }

  /**
   * Whether an edit of `blockId` by `personId` at `at` continues that person's open run, so its
   * texts need not be read. Asked when the update is checked; the edit is recorded once stored.
   */
  continues(documentId: string, blockId: string, personId: string | null, at: number): boolean {
    const open = this.#open.get(keyOf(documentId, blockId));
    return (
      open !== undefined &&
      open.personId === personId &&
      at - open.endedAt < this.#quietMs - CONTINUE_MARGIN_MS &&
      at - open.startedAt < this.#maxMs - CONTINUE_MARGIN_MS
    );
  }

  /** Adds one update's change of one block. */
  record(edit: BlockEdit | ContinuingEdit): void {
    const key = keyOf(edit.documentId, edit.blockId);
    const open = this.#open.get(key);
    if (edit.after === undefined) {
      this.#continue(key, open, edit);
      return;
    }
    if (open && this.#stale.has(open)) {
      // The text before this edit is where the run's latest edits left the block.
      open.after = edit.before;
      this.#stale.delete(open);
    }
    if (unchanged(edit)) return;
    if (
      open &&
      open.personId === edit.personId &&
      edit.at - open.endedAt < this.#quietMs &&
      edit.at - open.startedAt < this.#maxMs
    ) {
      open.after = edit.after;
      open.endedAt = Math.max(open.endedAt, edit.at);
      this.#dirty.set(open.id, open);
      return;
    }
    if (open) this.#close(key, open);
    this.#start(key, edit, edit.before, edit.after);
  }

  #continue(key: string, open: ChangeRecord | undefined, edit: ContinuingEdit): void {
    if (open && open.personId === edit.personId) {
      open.endedAt = Math.max(open.endedAt, edit.at);
      this.#stale.add(open);
      this.#dirty.set(open.id, open);
      return;
    }
    // The run closed between the check and the store (a slow write): the edit starts a run where
    // the closed one ended; its text after is read when this one is written.
    if (open) this.#close(key, open);
    const before = this.#lastText.get(key);
    const record = this.#start(key, edit, before === undefined ? null : before, before === undefined ? null : before);
    this.#stale.add(record);
  }

  #start(key: string, edit: BlockEdit | ContinuingEdit, before: string | null, after: string | null): ChangeRecord {
    const record: ChangeRecord = {
      id: this.#newId(),
      documentId: edit.documentId,
      blockId: edit.blockId,
      personId: edit.personId,
      startedAt: edit.at,
      endedAt: edit.at,
      before,
      after,
      closed: false,
    };
    this.#open.set(key, record);
    this.#dirty.set(record.id, record);
    return record;
  }

  /** Reads the text after a run whose latest edits came without it. */
  #refresh(record: ChangeRecord): void {
    if (!this.#stale.has(record)) return;
    const text = this.#textOf(record.documentId, record.blockId);
    // Unknown (the document is not open): keep the last text known; the run stays as it was read.
    if (text !== undefined) record.after = text;
    this.#stale.delete(record);
  }

  /** Closes the runs whose quiet or total window has passed. */
  closeDue(): void {
    const now = this.#now();
    for (const [key, open] of this.#open) {
      if (now - open.endedAt >= this.#quietMs || now - open.startedAt >= this.#maxMs) this.#close(key, open);
    }
  }

  /** Closes every run of a document (it is unloading: read its texts first), or of all documents. */
  closeAll(documentId?: string): void {
    for (const [key, open] of this.#open) {
      if (documentId === undefined || open.documentId === documentId) this.#close(key, open);
    }
    for (const key of this.#lastText.keys()) {
      if (documentId === undefined || key.startsWith(keyOf(documentId, ''))) this.#lastText.delete(key);
    }
  }

  /** Whether any run is still open (something will close later). */
  get hasOpen(): boolean {
    return this.#open.size > 0;
  }

  /** Whether anything waits to be written. */
  get hasWork(): boolean {
    return this.#dirty.size > 0 || this.#drop.size > 0;
  }

  /** What changed since the last take; copies, so later changes do not alter a write in progress. */
  take(): Taken {
    for (const record of this.#dirty.values()) this.#refresh(record);
    const taken: Taken = { write: [...this.#dirty.values()].map((r) => ({ ...r })), drop: [...this.#drop] };
    this.#dirty = new Map();
    this.#drop = new Set();
    return taken;
  }

  /** Puts back what a failed write took, unless newer state of the same records is already waiting. */
  putBack(taken: Taken): void {
    for (const record of taken.write) {
      if (this.#drop.has(record.id) || this.#dirty.has(record.id)) continue;
      const live = [...this.#open.values()].find((r) => r.id === record.id);
      this.#dirty.set(record.id, live ?? record);
    }
    for (const id of taken.drop) this.#drop.add(id);
  }

  /**
   * The records of a document (optionally one block) not yet written as they are now: open runs
   * and closed ones waiting for the next write. Runs that changed nothing are left out.
   */
  unwritten(documentId: string, blockId?: string): ChangeRecord[] {
    const found = new Map<string, ChangeRecord>();
    const add = (r: ChangeRecord): void => {
      if (r.documentId !== documentId || (blockId !== undefined && r.blockId !== blockId)) return;
      this.#refresh(r);
      if (!unchanged(r)) found.set(r.id, { ...r });
    };
    for (const r of this.#dirty.values()) add(r);
    for (const r of this.#open.values()) add(r);
    return [...found.values()];
  }

  #close(key: string, record: ChangeRecord): void {
    this.#refresh(record);
    this.#open.delete(key);
    this.#lastText.set(key, record.after);
    record.closed = true;
    if (unchanged(record)) {
      this.#dirty.delete(record.id);
      this.#drop.add(record.id);
    } else {
      this.#dirty.set(record.id, record);
    }
  }
}
