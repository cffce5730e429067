/** Answers 429 with Retry-After when a key (the client IP by default) is over its rate. */
import type { Context, MiddlewareHandler } from 'hono';
import { errorBodyIn } from '../errors.js';
import type { AppEnv } from '../env.js';
import type { KeyedLimiter } from '../../limits/keyed-limiter.js';

export function rateLimit(
  limiter: KeyedLimiter,
  onRefused: () => void,
  keyOf: (c: Context<AppEnv>) => string = (c) => c.get('ip'),
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = keyOf(c);
    if (!limiter.take(key)) {
      onRefused();
      const retry = limiter.retryAfterSeconds(key);
      return c.json(
        errorBodyIn(c, 'too_many_requests', { key: 'errors.limit.requests', values: { seconds: retry } }),
        429,
        { 'retry-after': String(retry) },
      );
    }
    await next();
  };
}
