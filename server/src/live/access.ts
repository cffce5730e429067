/**
 * Ends live streams soon after their reader loses access, as open WebSockets are: every change
 * of access writes an audit entry, an {@link AccessWatcher} polls the audit log for them (the
 * same feed the WebSocket authorization watches), and the streams of the people and documents
 * concerned re-check at once instead of at their next event or heartbeat.
 */
import { AccessWatcher, type Affected, type AuditFeed } from '../extensions/access-watcher.js';

/** An open stream as the guard knows it. */
export interface GuardedStream {
  personId: string;
  documentId: string;
  /** Re-checks the reader's access; ends the stream if it is gone. */
  recheck(): void;
}

export interface LiveAccessOptions {
  /** The audit log as a change feed. */
  audit: AuditFeed;
  /** How often access changes are looked for. Default 250 ms. */
  pollMs?: number;
  /** How often every open stream is re-checked (expired sessions). Default 60 s. */
  sweepMs?: number;
  onError: (error: unknown) => void;
}

export class LiveAccess {
  readonly #streams = new Set<GuardedStream>();
  readonly #watcher: AccessWatcher;

  constructor(options: LiveAccessOptions) {
    this.#watcher = new AccessWatcher({
      lastSeq: options.audit.lastSeq,
      readAfter: options.audit.readAfter,
      recheck: async (affected) => this.#recheck(affected),
      pollMs: options.pollMs ?? 250,
      sweepMs: options.sweepMs ?? 60_000,
      onError: options.onError,
    });
  }

  /** Watches `stream` until the returned function is called; the first one starts the polling. */
  track(stream: GuardedStream): () => void {
    this.#streams.add(stream);
    this.#watcher.start();
    return () => this.#streams.delete(stream);
  }

  /** Open streams watched. */
  get size(): number {
    return this.#streams.size;
  }

  /** Runs one poll now (tests and `Accord.pollAccess`). */
  poll(): Promise<void> {
    return this.#watcher.tick();
  }

  stop(): void {
    this.#watcher.stop();
  }

  #recheck(affected: Affected): void {
    for (const stream of this.#streams) {
      if (affected.all || affected.people.has(stream.personId) || affected.documents.has(stream.documentId))
        stream.recheck();
    }
  }
}
