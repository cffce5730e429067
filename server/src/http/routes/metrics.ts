import { Hono } from 'hono';
import type { Registry } from '../../metrics/registry.js';

/** `GET /metrics` in the Prometheus text exposition format. */
export function metricsRoutes(registry: Registry): Hono {
  return new Hono().get('/metrics', (c) => c.text(registry.render(), 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }));
}
