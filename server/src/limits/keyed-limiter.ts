/**
 * One token bucket per key (an IP address, an email), with bounded memory: buckets that have
 * refilled completely carry no information and are swept, and past `maxKeys` the oldest are
 * dropped, so a spray of spoofed keys cannot grow the map without bound.
 */
import { TokenBucket } from './token-bucket.js';

export interface KeyedLimiterOptions {
  perSecond: number;
  burst: number;
  /** Most keys remembered at once. Default 100 000. */
  maxKeys?: number;
}

export class KeyedLimiter {
  readonly #options: Required<KeyedLimiterOptions>;
  readonly #buckets = new Map<string, TokenBucket>();
  #sweptAt = 0;

  constructor(options: KeyedLimiterOptions) {
    this.#options = { maxKeys: 100_000, ...options };
  }

  /** Takes `cost` from `key`'s bucket; false when the key is over its limit. */
  take(key: string, cost = 1, now = Date.now()): boolean {
    this.#sweep(now);
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      if (this.#buckets.size >= this.#options.maxKeys) this.#buckets.delete(this.#buckets.keys().next().value!);
      bucket = new TokenBucket(this.#options.perSecond, this.#options.burst, now);
      this.#buckets.set(key, bucket);
    }
    return bucket.take(cost, now);
  }

  /** Seconds until `key` may try again (at least 1), for a Retry-After header. */
  retryAfterSeconds(key: string, cost = 1, now = Date.now()): number {
    const wait = this.#buckets.get(key)?.waitMs(cost, now) ?? 0;
    return Math.max(1, Math.ceil(wait / 1000));
  }

  /** Keys currently remembered. */
  get size(): number {
    return this.#buckets.size;
  }

  #sweep(now: number): void {
    if (now - this.#sweptAt < 10_000) return;
    this.#sweptAt = now;
    for (const [key, bucket] of this.#buckets) if (bucket.full(now)) this.#buckets.delete(key);
  }
}
