import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { RedisBus } from './redis-bus.js';
import { killConnection, until } from './testing.js';

const url = process.env.REDIS_URL;
const logger = createLogger('silent');

describe.skipIf(!url)('RedisBus (real Redis)', () => {
  const buses: RedisBus[] = [];
  const bus = async (name = `t-${randomUUID()}`) => {
    const b = new RedisBus({ url: url!, logger, prefix: `test:${randomUUID()}:`, name });
    buses.push(b);
    await b.connect();
    return b;
  };
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });

  it('delivers binary messages to every handler of a channel, and none after a handler is removed', async () => {
    const b = await bus();
    const channel = b.channel('x');
    const first: Buffer[] = [];
    const second: Buffer[] = [];
    const stopFirst = await b.subscribe(channel, (m) => first.push(m));
    await b.subscribe(channel, (m) => second.push(m));
    const payload = Buffer.from([0, 255, 1, 128, 0]);
    b.publish(channel, payload);
    await until(() => first.length === 1 && second.length === 1);
    expect(first[0]).toEqual(payload);
    await stopFirst();
    b.publish(channel, Buffer.from([7]));
    await until(() => second.length === 2);
    expect(first).toHaveLength(1);
    expect(b.channels).toBe(1);
  });

  it('tells its listeners when the subscriber reconnected, and hears the channel again', async () => {
    const name = `t-${randomUUID()}`;
    const b = await bus(name);
    const channel = b.channel('y');
    const got: Buffer[] = [];
    await b.subscribe(channel, (m) => got.push(m));
    let reconnects = 0;
    b.onReconnect(() => reconnects++);
    expect(await killConnection(url!, `${name}-subscriber`)).toBe(1);
    await until(() => reconnects === 1);
    // ioredis subscribes again on its own; publish until heard (the resubscription is asynchronous).
    await until(() => {
      b.publish(channel, Buffer.from('after'));
      return got.length > 0;
    });
    expect(got[0]!.toString()).toBe('after');
    await b.ping();
  });

  it('says what to check when Redis cannot be reached', async () => {
    const b = new RedisBus({ url: 'redis://127.0.0.1:1', logger });
    buses.push(b);
    await expect(b.connect()).rejects.toThrow(/could not connect to Redis.*ACCORD_REDIS_URL/);
  });
});
