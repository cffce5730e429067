/**
 * A budget per key (an address, a participant) that callers wait on: counted in this process
 * ({@link localLimit}) or, with several instances, in Redis (`cluster/shared-limit.ts`), so a
 * client spreading its requests over instances gets no more than one instance would give it.
 */
import { KeyedLimiter, type KeyedLimiterOptions } from './keyed-limiter.js';

export interface Limit {
  /** Takes one from `key`'s budget: undefined when allowed, else the seconds (≥ 1) until it may try again. */
  take(key: string): Promise<number | undefined>;
}

/** Makes the limit of one name (`round-register`, …) with a rate; the wiring decides where it is counted. */
export type LimitFactory = (name: string, rate: KeyedLimiterOptions) => Limit;

/** A limit counted in this process alone (token buckets). */
export function localLimit(rate: KeyedLimiterOptions): Limit {
  const limiter = new KeyedLimiter(rate);
  return {
    take: async (key) => {
      const now = Date.now();
      return limiter.take(key, 1, now) ? undefined : limiter.retryAfterSeconds(key, 1, now);
    },
  };
}
