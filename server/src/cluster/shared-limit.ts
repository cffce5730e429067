/**
 * A {@link Limit} counted in Redis for every instance: fixed windows of `burst / perSecond`
 * seconds (the time the in-process token bucket takes to refill), `burst` takes per window
 * (INCR, with the expiry set by the first take). If Redis does not answer, the instance's own
 * buckets decide meanwhile: an outage must neither refuse everyone nor lift the limits.
 */
import type { KeyedLimiterOptions } from '../limits/keyed-limiter.js';
import { type Limit, localLimit } from '../limits/limit.js';
import type { Logger } from '../logger.js';
import type { RedisBus } from './redis-bus.js';

export function sharedLimit(bus: RedisBus, logger: Logger, name: string, rate: KeyedLimiterOptions): Limit {
  const local = localLimit(rate);
  const windowMs = Math.max(1_000, Math.round((rate.burst / rate.perSecond) * 1000));
  let failing = false;
  const keyOf = (key: string) => bus.hashedKey(`limit:${name}`, key);
  return {
    take: async (key) => {
      if (bus.commands.status !== 'ready') return local.take(key);
      const redisKey = keyOf(key);
      try {
        const results = (await bus.commands
          .multi()
          .incr(redisKey)
          .pexpire(redisKey, windowMs, 'NX')
          .pttl(redisKey)
          .exec()) as Array<[unknown, number]>;
        if (failing) {
          failing = false;
          logger.info('the shared rate limits reach Redis again', { limit: name });
        }
        const count = results[0]![1];
        const ttl = results[2]![1];
        return count <= rate.burst ? undefined : Math.max(1, Math.ceil(Math.max(0, ttl) / 1000));
      } catch (error) {
        if (!failing) {
          failing = true;
          logger.error(
            'could not reach Redis for a shared rate limit; this instance counts on its own until it is back (check ACCORD_REDIS_URL)',
            { error, limit: name },
          );
        }
        return local.take(key);
      }
    },
  };
}
