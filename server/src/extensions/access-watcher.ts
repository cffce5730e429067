/**
 * Notices changes to who may do what, wherever they were made (this process's API, the CLI
 * in another process, a second instance on the same database): every such change writes an
 * audit entry, so polling the audit log's sequence number is one cheap indexed read per tick.
 * New entries are turned into the people and documents whose open connections need a
 * re-check; a periodic full sweep catches what no entry announces (a session expiring).
 */
import type { AuditEntry } from '@accord/schema';

/** What must be re-checked: connections of these people, of these documents, or all. */
export interface Affected {
  people: Set<string>;
  documents: Set<string>;
  all: boolean;
}

/** Audit actions that change access, and what their `target` names. */
const personTargets = new Set(['role.change', 'session.revoke', 'token.revoke', 'person.remove', 'password.set']);
const documentTargets = new Set(['document.audience', 'document.remove']);

/** Folds audit entries into what they affect. Pure, for testing. */
export function affectedBy(entries: readonly AuditEntry[]): Affected {
  const affected: Affected = { people: new Set(), documents: new Set(), all: false };
  for (const entry of entries) {
    if (!entry.target) continue;
    if (personTargets.has(entry.action)) affected.people.add(entry.target);
    else if (documentTargets.has(entry.action)) affected.documents.add(entry.target);
  }
  return affected;
}

/** The audit log as a change feed. */
export interface AuditFeed {
  /** Newest audit sequence number. */
  lastSeq: () => Promise<number>;
  /** Entries after a sequence number, in order, at most `limit`. */
  readAfter: (seq: number, limit: number) => Promise<AuditEntry[]>;
}

export interface AccessWatcherOptions extends AuditFeed {
  /** Re-checks the affected connections. */
  recheck: (affected: Affected) => Promise<void>;
  /** Poll interval; a change takes effect within about one interval. */
  pollMs: number;
  /** Interval of the full sweep. */
  sweepMs: number;
  onError: (error: unknown) => void;
}

export class AccessWatcher {
  readonly #options: AccessWatcherOptions;
  /** Read at construction, so that every change after it is seen; a tick waits for it. */
  #seq: Promise<number>;
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #sweptAt = Date.now();

  constructor(options: AccessWatcherOptions) {
    this.#options = options;
    this.#seq = this.#readSeq();
  }

  /** Starts polling (idempotent); the timer does not keep the process alive. */
  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.tick(), this.#options.pollMs);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** One poll: re-checks what changed since the last one. Overlapping calls are skipped. */
  async tick(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      const now = Date.now();
      const sweep = now - this.#sweptAt >= this.#options.sweepMs;
      if (sweep) this.#sweptAt = now;
      const affected: Affected = { people: new Set(), documents: new Set(), all: sweep };
      let seq = await this.#seq.catch((error: unknown) => {
        this.#seq = this.#readSeq();
        throw error;
      });
      if ((await this.#options.lastSeq()) !== seq) {
        for (;;) {
          const entries = await this.#options.readAfter(seq, 1000);
          if (entries.length === 0) break;
          seq = entries[entries.length - 1]!.seq;
          this.#seq = Promise.resolve(seq);
          const more = affectedBy(entries);
          more.people.forEach((p) => affected.people.add(p));
          more.documents.forEach((d) => affected.documents.add(d));
          if (entries.length < 1000) break;
        }
      }
      if (affected.all || affected.people.size || affected.documents.size) await this.#options.recheck(affected);
    } catch (error) {
      this.#options.onError(error);
    } finally {
      this.#running = false;
    }
  }

  /** The newest sequence number; a failure is left to the next tick, which reads it again. */
  #readSeq(): Promise<number> {
    const seq = this.#options.lastSeq();
    seq.catch(() => undefined);
    return seq;
  }
}
