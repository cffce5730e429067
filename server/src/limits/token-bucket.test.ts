import { describe, expect, it } from 'vitest';
import { KeyedLimiter } from './keyed-limiter.js';
import { TokenBucket } from './token-bucket.js';

describe('TokenBucket', () => {
  it('allows a burst, then refills at its rate', () => {
    const bucket = new TokenBucket(10, 5, 0);
    for (let i = 0; i < 5; i++) expect(bucket.take(1, 0)).toBe(true);
    expect(bucket.take(1, 0)).toBe(false);
    expect(bucket.waitMs(1, 0)).toBe(100);
    expect(bucket.take(1, 99)).toBe(false);
    expect(bucket.take(1, 100)).toBe(true);
    expect(bucket.take(1, 10_000)).toBe(true);
    expect(bucket.full(20_000)).toBe(true);
  });

  it('charges costs larger than one and refuses them whole', () => {
    const bucket = new TokenBucket(1000, 1000, 0);
    expect(bucket.take(600, 0)).toBe(true);
    expect(bucket.take(600, 0)).toBe(false);
    expect(bucket.take(400, 0)).toBe(true);
  });
});

describe('KeyedLimiter', () => {
  it('limits each key on its own', () => {
    const limiter = new KeyedLimiter({ perSecond: 1, burst: 2 });
    expect(limiter.take('a', 1, 0)).toBe(true);
    expect(limiter.take('a', 1, 0)).toBe(true);
    expect(limiter.take('a', 1, 0)).toBe(false);
    expect(limiter.take('b', 1, 0)).toBe(true);
    expect(limiter.retryAfterSeconds('a', 1, 0)).toBe(1);
  });

  it('forgets refilled keys and never holds more than maxKeys', () => {
    const limiter = new KeyedLimiter({ perSecond: 1, burst: 1, maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd']) limiter.take(key, 1, 0);
    expect(limiter.size).toBe(3);
    limiter.take('e', 1, 60_000);
    expect(limiter.size).toBe(1);
  });
});
