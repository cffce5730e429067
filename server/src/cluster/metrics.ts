/**
 * What crosses between instances, for `/metrics`: messages in and out by kind, repairs by
 * reason, and how long a message took from its publisher to here.
 */
import type { Counter, Histogram, Registry } from '../metrics/registry.js';

export type MessageKind = 'update' | 'awareness' | 'live';
export type RepairReason = 'gap' | 'periodic' | 'reconnect';

/** Upper bounds (seconds) of the cross-instance lag: a local Redis answers in well under a millisecond. */
const lagBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5];

/** Counters of the cluster relays; one per instance, shared by them. */
export class ClusterMetrics {
  readonly #messages: Counter;
  readonly #repairs: Counter;
  readonly #lag: Histogram;

  constructor(registry: Registry) {
    this.#messages = registry.counter(
      'accord_cluster_messages_total',
      'Messages exchanged with other instances through Redis, by direction (in, out) and kind (update, awareness, live).',
    );
    this.#repairs = registry.counter(
      'accord_cluster_repairs_total',
      'Times a document caught up from the database on updates another instance stored, by reason (gap, periodic, reconnect).',
    );
    this.#lag = registry.histogram(
      'accord_cluster_lag_seconds',
      'Time from another instance publishing a message to this one receiving it (clocks of both instances).',
      lagBuckets,
    );
  }

  sent(kind: MessageKind): void {
    this.#messages.inc(1, { direction: 'out', kind });
  }

  /** A message of another instance arrived; `publishedAt` is its publish time (ms since the epoch). */
  received(kind: MessageKind, publishedAt: number): void {
    this.#messages.inc(1, { direction: 'in', kind });
    // Clocks of two machines may disagree a little: a negative lag is counted as none.
    this.#lag.observe(Math.max(0, Date.now() - publishedAt) / 1000);
  }

  repaired(reason: RepairReason): void {
    this.#repairs.inc(1, { reason });
  }

  /** Repairs so far (all reasons, or one), for tests. */
  repairs(reason?: RepairReason): number {
    if (reason) return this.#repairs.get({ reason });
    return (['gap', 'periodic', 'reconnect'] as const).reduce((n, r) => n + this.#repairs.get({ reason: r }), 0);
  }
}
