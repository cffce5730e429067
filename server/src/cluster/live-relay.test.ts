import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentHub, type LiveSink } from '../live/hub.js';
import { createLogger } from '../logger.js';
import { Registry } from '../metrics/registry.js';
import { redisLiveRelay } from './live-relay.js';
import { ClusterMetrics } from './metrics.js';
import { RedisBus } from './redis-bus.js';
import { until } from './testing.js';

const url = process.env.REDIS_URL;
const logger = createLogger('silent');

const sink = () => {
  const got: unknown[] = [];
  const s: LiveSink<unknown> = { deliver: (e) => got.push(e), close: () => {} };
  return { s, got };
};

describe.skipIf(!url)('live hubs across instances (real Redis)', () => {
  const buses: RedisBus[] = [];
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });

  /** An instance: its own bus and a hub relayed through it. */
  const instance = async (prefix: string, id: string) => {
    const bus = new RedisBus({ url: url!, logger, prefix });
    buses.push(bus);
    await bus.connect();
    const metrics = new ClusterMetrics(new Registry());
    const hub = new DocumentHub<unknown>();
    hub.useRelay(redisLiveRelay({ bus, instanceId: id, kind: 'comments', logger, metrics }));
    return { hub, metrics };
  };

  it('delivers an event published on one instance to subscribers on both, once each', async () => {
    const prefix = `test:${randomUUID()}:`;
    const a = await instance(prefix, 'a');
    const b = await instance(prefix, 'b');
    const onA = sink();
    const onB = sink();
    const elsewhere = sink();
    a.hub.subscribe('d1', onA.s);
    b.hub.subscribe('d1', onB.s);
    b.hub.subscribe('d2', elsewhere.s);
    await Promise.all([a.hub.listening('d1'), b.hub.listening('d1')]);
    a.hub.publish('d1', { type: 'thread', n: 1 });
    await until(() => onB.got.length === 1);
    b.hub.publish('d1', { type: 'thread', n: 2 });
    await until(() => onA.got.length === 2);
    // Give a double delivery the chance to show: one more round trip through Redis.
    a.hub.publish('d1', { type: 'thread', n: 3 });
    await until(() => onB.got.length === 3);
    expect(onA.got).toEqual([
      { type: 'thread', n: 1 },
      { type: 'thread', n: 2 },
      { type: 'thread', n: 3 },
    ]);
    expect(onB.got).toEqual(onA.got);
    expect(elsewhere.got).toEqual([]);
    expect(a.metrics.repairs()).toBe(0);
  });

  it('stops listening when the last subscriber of a document leaves', async () => {
    const prefix = `test:${randomUUID()}:`;
    const a = await instance(prefix, 'a');
    const b = await instance(prefix, 'b');
    const onB = sink();
    const unsubscribe = b.hub.subscribe('d1', onB.s);
    await b.hub.listening('d1');
    unsubscribe();
    const later = sink();
    a.hub.subscribe('d1', later.s);
    a.hub.publish('d1', { n: 1 });
    expect(later.got).toEqual([{ n: 1 }]);
    await until(() => buses[1]!.channels === 0);
    expect(onB.got).toEqual([]);
  });
});
