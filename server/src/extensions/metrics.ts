/**
 * Counts what the collaboration core does, for `/metrics`. Everything here is a counter
 * increment on the hot path; gauges are read from the server when scraped.
 */
import type { AfterStorePayload, Extension } from '../collab/index.js';
import type { Counter, Histogram, Registry } from '../metrics/registry.js';

/** Upper bounds (seconds) for write latencies: from a page-cache write to a slow fsync. */
const writeBuckets = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

export class Metrics implements Extension {
  readonly name = 'metrics';
  readonly priority = 1;
  readonly #framesIn: Counter;
  readonly #bytesIn: Counter;
  readonly #framesOut: Counter;
  readonly #bytesOut: Counter;
  readonly #updatesStored: Counter;
  readonly #connectionsOpened: Counter;
  readonly #connectionsClosed: Counter;
  readonly #documentsLoaded: Counter;
  readonly #storeSeconds: Histogram;
  readonly compactionSeconds: Histogram;
  /** Requests and connections refused by an abuse limit, by `limit`; the HTTP layer counts here too. */
  readonly limitRefusals: Counter;

  constructor(registry: Registry) {
    this.#framesIn = registry.counter('accord_ws_messages_received_total', 'WebSocket messages received from clients.');
    this.#bytesIn = registry.counter(
      'accord_ws_bytes_received_total',
      'Bytes of WebSocket messages received from clients.',
    );
    this.#framesOut = registry.counter('accord_ws_messages_sent_total', 'WebSocket messages sent to clients.');
    this.#bytesOut = registry.counter('accord_ws_bytes_sent_total', 'Bytes of WebSocket messages sent to clients.');
    this.#updatesStored = registry.counter('accord_updates_stored_total', 'Document updates made durable.');
    this.#connectionsOpened = registry.counter(
      'accord_connections_opened_total',
      'WebSocket connections admitted to a document.',
    );
    this.#connectionsClosed = registry.counter(
      'accord_connections_closed_total',
      'WebSocket connections closed, by close code.',
    );
    this.#documentsLoaded = registry.counter('accord_documents_loaded_total', 'Documents loaded into memory.');
    this.#storeSeconds = registry.histogram(
      'accord_update_store_seconds',
      'Time from a batch of updates entering storage to being durable (before relay).',
      writeBuckets,
    );
    this.limitRefusals = registry.counter(
      'accord_limit_refusals_total',
      'Requests, connections and messages refused by an abuse limit, by limit.',
    );
    this.compactionSeconds = registry.histogram(
      'accord_compaction_seconds',
      'Time to fold a document update log into a snapshot.',
      [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    );
  }

  onFrameIn(bytes: number): void {
    this.#framesIn.inc();
    this.#bytesIn.inc(bytes);
  }

  onFrameOut(bytes: number, count: number): void {
    this.#framesOut.inc(count);
    this.#bytesOut.inc(bytes * count);
  }

  afterStoreUpdates({ updates, seconds }: AfterStorePayload): void {
    this.#updatesStored.inc(updates.length);
    this.#storeSeconds.observe(seconds);
  }

  onJoin(): void {
    this.#connectionsOpened.inc();
  }

  onDisconnect({ code }: { code: number }): void {
    this.#connectionsClosed.inc(1, { code: String(code) });
    // `ws` enforces the frame size itself and closes with 1009 before Accord sees the frame.
    if (code === 1009) this.limitRefusals.inc(1, { limit: 'frame_size' });
  }

  onLimitExceeded({ limit }: { limit: string }): void {
    this.limitRefusals.inc(1, { limit });
  }

  afterLoadDocument(): void {
    this.#documentsLoaded.inc();
  }
}
