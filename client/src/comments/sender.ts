/**
 * Sends the outbox: each new thread or reply is posted at once when online; a network failure
 * leaves it waiting (sent again when the browser is back online, when the live channel is
 * back, or after a growing pause); "your edits are not saved yet" and rate limits are retried
 * shortly; a refusal stays visible with its reason until the person retries or discards it.
 * Never sends an entry twice at the same time.
 */
import type { CommentThread } from '@accord/schema';
import * as outbox from './outbox.js';

export interface SenderHost {
  entries(): readonly outbox.OutboxEntry[];
  /** Replaces the outbox (the host shows and stores it). */
  setEntries(entries: outbox.OutboxEntry[]): void;
  isOnline(): boolean;
  /** Posts the entry: a new thread or a reply. */
  post(entry: outbox.OutboxEntry): Promise<CommentThread>;
  /** The server accepted the entry (already removed from the outbox). */
  sent(entry: outbox.OutboxEntry, thread: CommentThread): void;
}

/** First pause before waiting entries are tried again; doubles up to a minute. */
const RESEND_MS = 5000;

export class OutboxSender {
  readonly #host: SenderHost;
  readonly #inFlight = new Set<string>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #resendMs = RESEND_MS;
  #resendTimer: ReturnType<typeof setTimeout> | null = null;
  #disposed = false;

  constructor(host: SenderHost) {
    this.#host = host;
  }

  /** Queues a new entry and sends it (or leaves it waiting when offline). */
  add(entry: Omit<outbox.OutboxEntry, 'state' | 'problem' | 'attempts'>): void {
    this.#set(outbox.enqueue(this.#host.entries(), entry, this.#host.isOnline()));
    const queued = this.#host.entries().find((e) => e.id === entry.id);
    if (queued?.state === 'sending') void this.#send(queued);
    else this.#scheduleResend();
  }

  retry(id: string): void {
    const entry = this.#host.entries().find((e) => e.id === id);
    if (entry) void this.#send({ ...entry, attempts: 0 });
  }

  /** The network is back: try everything waiting now, with short pauses again. */
  networkBack(): void {
    this.#resendMs = RESEND_MS;
    this.flush();
  }

  /** Sends everything waiting for the network, one after another, in the order written. */
  flush(): void {
    if (!this.#host.isOnline() || this.#disposed) return;
    const due = outbox.waiting(this.#host.entries());
    void due.reduce<Promise<void>>((chain, entry) => chain.then(() => this.#send(entry)), Promise.resolve());
  }

  dispose(): void {
    this.#disposed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    if (this.#resendTimer) clearTimeout(this.#resendTimer);
  }

  #set(entries: outbox.OutboxEntry[]): void {
    if (!this.#disposed) this.#host.setEntries(entries);
  }

  #update(id: string, change: Parameters<typeof outbox.update>[2]): void {
    this.#set(outbox.update(this.#host.entries(), id, change));
  }

  async #send(entry: outbox.OutboxEntry): Promise<void> {
    if (this.#disposed || this.#inFlight.has(entry.id) || !this.#host.entries().some((e) => e.id === entry.id)) return;
    if (!this.#host.isOnline()) return this.#update(entry.id, { state: 'waiting', problem: null });
    this.#update(entry.id, { state: 'sending', problem: null, attempts: entry.attempts });
    this.#inFlight.add(entry.id);
    try {
      const thread = await this.#host.post(entry);
      if (this.#disposed) return;
      this.#resendMs = RESEND_MS;
      this.#set(outbox.remove(this.#host.entries(), entry.id));
      this.#host.sent(entry, thread);
    } catch (error) {
      if (this.#disposed) return;
      const failure = outbox.classifyFailure(error, entry.attempts);
      if (failure.kind === 'refused') {
        this.#update(entry.id, { state: 'failed', problem: failure.message });
      } else if (failure.kind === 'soon') {
        const next = { ...entry, attempts: entry.attempts + 1 };
        this.#update(entry.id, { attempts: next.attempts });
        this.#later(() => void this.#send(next), failure.delayMs);
      } else {
        this.#update(entry.id, { state: 'waiting', problem: null });
        this.#scheduleResend();
      }
    } finally {
      this.#inFlight.delete(entry.id);
    }
  }

  #scheduleResend(): void {
    if (this.#resendTimer || this.#disposed) return;
    this.#resendTimer = setTimeout(() => {
      this.#resendTimer = null;
      this.#resendMs = Math.min(this.#resendMs * 2, 60_000);
      this.flush();
    }, this.#resendMs);
  }

  #later(work: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      work();
    }, ms);
    this.#timers.add(timer);
  }
}
