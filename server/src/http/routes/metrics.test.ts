import { describe, expect, it } from 'vitest';
import { Registry } from '../../metrics/registry.js';
import { metricsRoutes } from './metrics.js';

const registry = new Registry();
registry.gauge('accord_test_gauge', 'A gauge for the test.', () => 7);
const scrape = (app: ReturnType<typeof metricsRoutes>, authorization?: string) =>
  app.request('/metrics', { headers: authorization === undefined ? {} : { authorization } });

describe('GET /metrics', () => {
  it('is open without a configured token', async () => {
    const response = await scrape(metricsRoutes(registry));
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^accord_test_gauge 7$/m);
  });

  it('answers only the configured bearer token when one is set', async () => {
    const app = metricsRoutes(registry, 'a-long-enough-metrics-token');
    for (const wrong of [
      undefined,
      '',
      'Bearer nope',
      'a-long-enough-metrics-token',
      'Bearer a-long-enough-metrics-token2',
    ]) {
      const refused = await scrape(app, wrong);
      expect(refused.status, String(wrong)).toBe(401);
      expect(await refused.text()).not.toContain('accord_test_gauge');
    }
    const allowed = await scrape(app, 'Bearer a-long-enough-metrics-token');
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toMatch(/^accord_test_gauge 7$/m);
  });
});
