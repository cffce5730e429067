import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { RedisBus } from './redis-bus.js';
import { SharedSignInGuard } from './shared-sign-in-guard.js';

const url = process.env.REDIS_URL;
const logger = createLogger('silent');
const failures = { perSecond: 3 / 60, burst: 3 };

describe.skipIf(!url)('SharedSignInGuard (real Redis)', () => {
  const buses: RedisBus[] = [];
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });
  /** Two instances' guards on one Redis (one prefix per test). */
  const twoInstances = async () => {
    const prefix = `test:${randomUUID()}:`;
    const guards = [];
    for (let i = 0; i < 2; i++) {
      const bus = new RedisBus({ url: url!, logger, prefix });
      buses.push(bus);
      await bus.connect();
      guards.push(new SharedSignInGuard({ bus, logger, failures, slowMs: 1500 }));
    }
    return guards as [SharedSignInGuard, SharedSignInGuard];
  };

  it('refuses an address whose failures were spread over instances, on every instance, and no other address', async () => {
    const [a, b] = await twoInstances();
    await a.failed('ana@example.org', '10.0.0.1');
    await b.failed('ANA@example.org', '10.0.0.1');
    expect(await a.check('ana@example.org', '10.0.0.1')).toEqual({ refuse: false, delayMs: 0 });
    await a.failed('ana@example.org', '10.0.0.1');
    const refused = await b.check('ana@example.org', '10.0.0.1');
    expect(refused).toMatchObject({ refuse: true });
    // The window is burst / perSecond = 60 s; the refusal says when to come back.
    expect(refused.refuse && refused.retryAfterSeconds).toBeGreaterThan(50);
    expect(await b.check('ana@example.org', '10.0.0.2')).toEqual({ refuse: false, delayMs: 1500 });
    expect(await a.check('ben@example.org', '10.0.0.1')).toEqual({ refuse: false, delayMs: 0 });
  });

  it('only slows an email failing from many addresses, and stops auditing its failures beyond the limit', async () => {
    const [a, b] = await twoInstances();
    const audited = [];
    for (let i = 0; i < 5; i++) audited.push((await (i % 2 ? a : b).failed('cy@example.org', `10.0.1.${i}`)).audit);
    expect(audited).toEqual([true, true, true, false, false]);
    expect(await a.check('cy@example.org', '192.0.2.7')).toEqual({ refuse: false, delayMs: 1500 });
  });

  it("decides with the instance's own counts while Redis does not answer", async () => {
    const bus = new RedisBus({ url: 'redis://127.0.0.1:1', logger });
    buses.push(bus);
    const guard = new SharedSignInGuard({ bus, logger, failures });
    for (let i = 0; i < 3; i++) await guard.failed('dee@example.org', '10.0.0.9');
    expect(await guard.check('dee@example.org', '10.0.0.9')).toMatchObject({ refuse: true });
  });
});
