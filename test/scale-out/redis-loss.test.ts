/**
 * Redis connections dropped during edits (issue 16): pub/sub loses whatever is published while
 * a subscriber reconnects, so the instances must repair from PostgreSQL. Stock clients type on
 * two instances while the instances' subscriber connections, then their command connections,
 * are killed (`CLIENT KILL` from a separate client); every client ends with every token, and
 * none of them reconnected: the repair is the servers' business, not the clients'.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../helpers/accord-process.js';
import { demo, tokenFor } from '../helpers/auth.js';
import { stockClient, synced, until, type StockClient } from '../helpers/clients.js';
import { canScaleOut, scaleOut, startCluster, type Cluster } from './cluster.js';
import { RedisConnections } from './redis-connections.js';
import { missing, typist, type Typist } from './typists.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The sum of counter `name` in an instance's /metrics over the series that have every label of `labels`. */
async function metric(url: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  return text
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)))
    .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
}
const repairs = (url: string) => metric(url, 'accord_cluster_repairs_total');

describe.skipIf(!canScaleOut)('Redis connections dropped during edits', () => {
  let cluster: Cluster;
  let redis: RedisConnections;
  const opened: StockClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster({ label: 'redis' });
    redis = new RedisConnections(scaleOut.redisUrl!);
  });
  afterEach(() => opened.splice(0).forEach((c) => c.destroy()));
  afterAll(async () => {
    await redis?.close();
    await cluster?.close();
  });

  it('repairs and converges with no client reconnecting', async () => {
    const documentId = await createDocument(cluster.instance(0));
    const token = await tokenFor(cluster.instance(0).url, demo.member);
    const typists: Typist[] = [];
    for (const [n, i] of [0, 1, 0, 1].entries()) {
      const client = stockClient(cluster.instance(i).wsUrl, documentId, { token });
      opened.push(client);
      typists.push(typist(`t${n}`, client));
    }
    await Promise.all(typists.map((t) => synced(t.client)));
    const pids = [cluster.pid(0), cluster.pid(1)];
    // Each instance holds a subscriber and a command connection: the kills below must hit something.
    for (const pid of pids) {
      expect((await redis.of(pid, 'pubsub')).length, 'subscriber connections').toBeGreaterThan(0);
      expect((await redis.of(pid, 'normal')).length, 'command connections').toBeGreaterThan(0);
    }

    typists.forEach((t) => t.type(30));
    const everyoneSeesEveryone = () =>
      typists.every((t) => typists.every((other) => t.tokens().some((k) => k.startsWith(`${other.name}.`))));
    await until(everyoneSeesEveryone, 'the typists to see each other', 10_000);

    expect(await redis.kill(pids, 'pubsub')).toBeGreaterThanOrEqual(2);
    await sleep(800);
    expect(await redis.kill(pids, 'normal')).toBeGreaterThanOrEqual(2);
    await sleep(800);
    // Both at once, twice in a row: a reconnection that fails again at once.
    await redis.kill(pids, 'pubsub');
    await redis.kill(pids, 'normal');
    await sleep(100);
    await redis.kill(pids, 'pubsub');
    await sleep(800);
    typists.forEach((t) => t.pause());

    const everyTyped = typists.flatMap((t) => t.typed);
    await until(
      () =>
        typists.every((t) => t.text() === typists[0]!.text()) && missing(everyTyped, typists[0]!.tokens()).length === 0,
      'every client to converge with every token',
      15_000,
    );
    expect(typists.map((t) => t.connects)).toEqual([1, 1, 1, 1]);
    // What Redis lost came from the database: the instances repaired (the clients did not).
    expect((await repairs(cluster.instance(0).url)) + (await repairs(cluster.instance(1).url))).toBeGreaterThan(0);

    // Redis carries edits again, not only the periodic repair: the second instance hears the
    // first's next edit as a message.
    for (const pid of pids) expect((await redis.of(pid, 'pubsub')).length).toBeGreaterThan(0);
    const heard = () =>
      metric(cluster.instance(1).url, 'accord_cluster_messages_total', { direction: 'in', kind: 'update' });
    const heardBefore = await heard();
    const last = typists[0]!.client.doc.getText('text');
    last.insert(last.length, 'after.0;');
    await until(
      () => typists.every((t) => t.text().endsWith('after.0;')),
      'an edit after the drops to reach the other instance',
      5_000,
    );
    expect(await heard()).toBeGreaterThan(heardBefore);
  });
});
