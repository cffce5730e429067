import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Registry } from '../../metrics/registry.js';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * `GET /metrics` in the Prometheus text exposition format. With a token configured
 * (`ACCORD_METRICS_TOKEN`) a scraper must send it as a bearer token; without one, keep the
 * endpoint on an internal interface — it shows load, not content, but it is nobody else's.
 */
export function metricsRoutes(registry: Registry, token?: string): Hono {
  // Compared as digests: equal lengths for timingSafeEqual, and no timing hint of the token.
  const expected = token === undefined ? undefined : digest(`Bearer ${token}`);
  return new Hono().get('/metrics', (c) => {
    if (expected && !timingSafeEqual(digest(c.req.header('authorization') ?? ''), expected)) {
      return c.json(
        {
          error: {
            code: 'unauthenticated',
            message: 'send the metrics token as Authorization: Bearer <ACCORD_METRICS_TOKEN>',
          },
        },
        401,
        { 'www-authenticate': 'Bearer realm="metrics"' },
      );
    }
    return c.text(registry.render(), 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
  });
}
