import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { localLimit } from '../limits/limit.js';
import { createLogger } from '../logger.js';
import { RedisBus } from './redis-bus.js';
import { sharedLimit } from './shared-limit.js';

const url = process.env.REDIS_URL;
const logger = createLogger('silent');
const rate = { perSecond: 3 / 60, burst: 3 };

describe.skipIf(!url)('sharedLimit (real Redis)', () => {
  const buses: RedisBus[] = [];
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });
  const bus = async (prefix: string) => {
    const b = new RedisBus({ url: url!, logger, prefix });
    buses.push(b);
    await b.connect();
    return b;
  };

  it('gives a key spread over two instances the budget of one, and other keys their own', async () => {
    const prefix = `test:${randomUUID()}:`;
    const a = sharedLimit(await bus(prefix), logger, 'register', rate);
    const b = sharedLimit(await bus(prefix), logger, 'register', rate);
    expect(await a.take('ip:10.0.0.1')).toBeUndefined();
    expect(await b.take('ip:10.0.0.1')).toBeUndefined();
    expect(await a.take('ip:10.0.0.1')).toBeUndefined();
    const wait = await b.take('ip:10.0.0.1');
    // The window is burst / perSecond = 60 s; the refusal says when to come back.
    expect(wait).toBeGreaterThan(50);
    expect(await a.take('ip:10.0.0.2')).toBeUndefined();
  });

  it('counts on its own while Redis is away, neither refusing everyone nor lifting the limit', async () => {
    const b = await bus(`test:${randomUUID()}:`);
    const limit = sharedLimit(b, logger, 'register', rate);
    b.commands.disconnect();
    for (let i = 0; i < 3; i++) expect(await limit.take('ip:10.0.0.9')).toBeUndefined();
    expect(await limit.take('ip:10.0.0.9')).toBeGreaterThanOrEqual(1);
  });
});

describe('localLimit', () => {
  it('refuses past the burst with the seconds to wait', async () => {
    const limit = localLimit(rate);
    for (let i = 0; i < 3; i++) expect(await limit.take('k')).toBeUndefined();
    expect(await limit.take('k')).toBeGreaterThan(1);
    expect(await limit.take('other')).toBeUndefined();
  });
});
