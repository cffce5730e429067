/**
 * Live delivery of a document's server-side changes (comments, consensus): a hub of
 * subscribers per document inside this process, and one subscriber per Server-Sent Events
 * stream. Channels built on it are server-written and client-read-only: browsers learn of
 * changes here and make them only through the REST API.
 *
 * Several instances: a hub given a {@link LiveRelay} (../cluster/live-relay.ts, over Redis)
 * delivers what is published here to its own subscribers at once and sends it to the other
 * instances, which deliver it to theirs; each instance listens only for documents it has
 * subscribers of. Without a relay, a hub hears only its own process's writes.
 */

/** Carries a hub's events to the hubs of the same kind on other instances. */
export interface LiveRelay {
  /** Sends an event published here to the other instances (not back to this one). */
  send(documentId: string, event: unknown): void;
  /**
   * Calls `deliver` with the document's events published on other instances until `stop` is
   * called; `ready` resolves (never rejects) once events published elsewhere are heard.
   */
  listen(documentId: string, deliver: (event: unknown) => void): { stop: () => void; ready: Promise<void> };
}
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
  #relay: LiveRelay | undefined;
  /** Per document with subscribers here, what stops hearing it from other instances. */
  readonly #listening = new Map<string, { stop: () => void; ready: Promise<void> }>();

  /** Sends what is published here to other instances too, and delivers theirs (call once, before subscribers come). */
  useRelay(relay: LiveRelay): void {
    this.#relay = relay;
    for (const documentId of this.#documents.keys()) this.#listen(documentId);
  }

  /** Whether events cross to other instances. */
  get relayed(): boolean {
    return this.#relay !== undefined;
  }

  /** Adds a subscriber; returns the function that removes it (idempotent). */
  subscribe(documentId: string, sink: LiveSink<E>): () => void {
    let sinks = this.#documents.get(documentId);
    if (!sinks) {
      this.#documents.set(documentId, (sinks = new Set()));
      this.#listen(documentId);
    }
    sinks.add(sink);
    return () => {
      sinks.delete(sink);
      if (sinks.size === 0 && this.#documents.get(documentId) === sinks) {
        this.#documents.delete(documentId);
        this.#listening.get(documentId)?.stop();
        this.#listening.delete(documentId);
      }
    };
  }

  /**
   * Resolves once events of the document published on other instances reach this instance's
   * subscribers (at once without a relay): a stream says it is ready only then, so a reader who
   * fetches after `ready` misses nothing.
   */
  listening(documentId: string): Promise<void> {
    return this.#listening.get(documentId)?.ready ?? Promise.resolve();
  }

  /** Sends an event to every subscriber of the document, here and (with a relay) on other instances. */
  publish(documentId: string, event: E): void {
    this.publishLocal(documentId, event);
    this.#relay?.send(documentId, event);
  }

  /** Sends an event to this instance's subscribers only (an event every instance derives itself). */
  publishLocal(documentId: string, event: E): void {
    for (const sink of [...(this.#documents.get(documentId) ?? [])]) sink.deliver(event);
  }

  #listen(documentId: string): void {
    if (!this.#relay || this.#listening.has(documentId)) return;
    this.#listening.set(
      documentId,
      this.#relay.listen(documentId, (event) => this.publishLocal(documentId, event as E)),
    );
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
    for (const listening of this.#listening.values()) listening.stop();
    this.#listening.clear();
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
