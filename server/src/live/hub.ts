/**
 * Live delivery of a document's server-side changes (comments, consensus): a hub of
 * subscribers per document inside this process, and one subscriber per Server-Sent Events
 * stream. Channels built on it are server-written and client-read-only: browsers learn of
 * changes here and make them only through the REST API.
 *
 * One process only. With a second instance on the same database, each hub hears only its own
 * writes; fan-out would publish every change (its kind, document and record ids suffice) on a
 * shared bus (Redis pub/sub, PostgreSQL LISTEN/NOTIFY) or poll the event tables by sequence
 * number like the access watcher polls the audit log, and each instance would re-read the
 * record and publish it to its local hub.
 */
/** Something that receives a document's events. */
export interface LiveSink<E> {
  /** Called synchronously for each event; must not throw or block. */
  deliver(event: E): void;
  /** Ends the subscription from the server's side (shutdown). */
  close(): void;
}

/** Subscribers by document; publishing reaches every subscriber of that document in this process. */
export class DocumentHub<E> {
  readonly #documents = new Map<string, Set<LiveSink<E>>>();

  /** Adds a subscriber; returns the function that removes it (idempotent). */
  subscribe(documentId: string, sink: LiveSink<E>): () => void {
    let sinks = this.#documents.get(documentId);
    if (!sinks) this.#documents.set(documentId, (sinks = new Set()));
    sinks.add(sink);
    return () => {
      sinks.delete(sink);
      if (sinks.size === 0 && this.#documents.get(documentId) === sinks) this.#documents.delete(documentId);
    };
  }

  /** Sends an event to every subscriber of the document. */
  publish(documentId: string, event: E): void {
    for (const sink of [...(this.#documents.get(documentId) ?? [])]) sink.deliver(event);
  }

  /** Subscribers of one document, or of all. */
  count(documentId?: string): number {
    if (documentId !== undefined) return this.#documents.get(documentId)?.size ?? 0;
    let n = 0;
    for (const sinks of this.#documents.values()) n += sinks.size;
    return n;
  }

  /** Ends every subscription (shutdown). */
  closeAll(): void {
    for (const sinks of [...this.#documents.values()]) for (const sink of [...sinks]) sink.close();
  }
}

export interface LiveStreamOptions {
  /** Writes raw Server-Sent Events text; resolves when the transport took it. */
  write(chunk: string): Promise<void>;
  /** Re-checks the subscriber's credential and right to read the document, before every delivery and heartbeat. */
  stillAllowed(): Promise<boolean>;
  /** Interval of the `: heartbeat` comment that keeps proxies from closing an idle stream. Default 15 s. */
  heartbeatMs?: number;
  /** Events waiting to be written beyond which the reader is too slow and is cut off. Default 256. */
  maxBacklog?: number;
}

/**
 * One subscriber's stream: writes events in order, one at a time, each only after access was
 * re-checked (a sign-out or role change ends the stream at the next event or heartbeat), and
 * ends when the reader disconnects, falls too far behind, or the server shuts down.
 */
export class LiveStream<E = unknown> implements LiveSink<E> {
  /** Resolves once the stream has ended, for whatever reason. */
  readonly ended: Promise<void>;
  readonly #options: LiveStreamOptions;
  readonly #heartbeat: NodeJS.Timeout;
  #chain: Promise<void> = Promise.resolve();
  #backlog = 0;
  #end!: () => void;
  #over = false;

  constructor(options: LiveStreamOptions) {
    this.#options = options;
    this.ended = new Promise((resolve) => (this.#end = resolve));
    this.#heartbeat = setInterval(() => this.#enqueue(': heartbeat\n\n'), options.heartbeatMs ?? 15_000);
    this.#heartbeat.unref();
  }

  /** Says the stream is open, so a client can fetch the list knowing no later change will be missed. */
  start(): void {
    // `retry` asks EventSource to reconnect after 3 s; the named event is ignored by `onmessage`.
    this.#enqueue('retry: 3000\nevent: ready\ndata: {}\n\n');
  }

  deliver(event: E): void {
    this.#enqueue(`data: ${JSON.stringify(event)}\n\n`);
  }

  /** Re-checks access now, in order with the writes, and ends the stream if it is gone (an access change: see ./access.ts). */
  recheck(): void {
    this.#enqueue(null);
  }

  close(): void {
    if (this.#over) return;
    this.#over = true;
    clearInterval(this.#heartbeat);
    this.#end();
  }

  /** Queues a write (or, for `null`, only the access check every write makes). */
  #enqueue(chunk: string | null): void {
    if (this.#over) return;
    if (++this.#backlog > (this.#options.maxBacklog ?? 256)) {
      this.close();
      return;
    }
    this.#chain = this.#chain.then(async () => {
      this.#backlog--;
      if (this.#over) return;
      try {
        if (!(await this.#options.stillAllowed())) return this.close();
        if (chunk !== null) await this.#options.write(chunk);
      } catch {
        this.close();
      }
    });
  }
}
