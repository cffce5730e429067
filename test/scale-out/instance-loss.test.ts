/**
 * Losing an instance mid-session (issue 16): two instances behind a round-robin load balancer
 * (no sticky sessions), stock clients typing on both; `kill -9` of one. Its clients reconnect
 * through the balancer to the other and go on; once restarted it serves everything; and no
 * token that any client saw is lost — not even those of a client that died with the instance
 * (it reached the other clients only after it was durable in PostgreSQL).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../helpers/accord-process.js';
import { demo, tokenFor } from '../helpers/auth.js';
import { stockClient, synced, until, type StockClient } from '../helpers/clients.js';
import { Balancer } from './balancer.js';
import { canScaleOut, startCluster, type Cluster } from './cluster.js';
import { missing, tokensOf, typist, type Typist } from './typists.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!canScaleOut)('kill -9 of one instance of two, mid-session', () => {
  let cluster: Cluster;
  let balancer: Balancer;
  const opened: StockClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster({ label: 'loss' });
    balancer = await Balancer.start(() => cluster.ports);
  });
  afterEach(() => opened.splice(0).forEach((c) => c.destroy()));
  afterAll(async () => {
    await balancer?.close();
    await cluster?.close();
  });

  it('moves its clients to the other, loses nothing anyone saw, and serves everything after a restart', async () => {
    const [portA, portB] = cluster.ports as [number, number];
    const documentId = await createDocument(cluster.instance(0));
    const token = await tokenFor(cluster.instance(0).url, demo.member);
    const connect = (url: string) => {
      const client = stockClient(url, documentId, { token });
      opened.push(client);
      return client;
    };

    // Four typists through the balancer, two on each instance (round robin), one after the other.
    const seen = new Set<string>();
    const onA: Typist[] = [];
    const onB: Typist[] = [];
    for (let n = 0; n < 4; n++) {
      const before = balancer.openTo(portA);
      const t = typist(`t${n}`, connect(balancer.wsUrl), seen);
      await synced(t.client);
      (balancer.openTo(portA) > before ? onA : onB).push(t);
    }
    expect([onA.length, onB.length]).toEqual([2, 2]);
    const typists = [...onA, ...onB];
    // And one client straight on the first instance that dies with it, like a browser tab on a
    // machine that lost power: only what it typed and others saw must survive.
    const doomed = typist('doomed', connect(cluster.instance(0).wsUrl));
    await synced(doomed.client);

    [...typists, doomed].forEach((t) => t.type(30));
    await until(
      () => typists.every((t) => t.tokens().some((k) => k.startsWith('doomed.'))) && doomed.typed.length > 10,
      'everyone to see the doomed client’s typing',
      10_000,
    );
    await sleep(300);

    await cluster.kill(0);
    doomed.pause();
    doomed.client.destroy();
    await until(
      () => balancer.openTo(portB) === 4 && onA.every((t) => t.client.provider.wsconnected),
      'the first instance’s clients to reconnect to the second through the balancer',
      15_000,
    );
    expect(onA.every((t) => t.connects >= 2)).toBe(true);
    expect(onB.every((t) => t.connects === 1)).toBe(true);
    const doomedSeen = [...seen].filter((k) => k.startsWith('doomed.'));
    expect(doomedSeen.length).toBeGreaterThan(0);

    // They go on typing, on the second instance only, then the first comes back.
    const typedBeforeRestart = onA.map((t) => t.typed.length);
    await until(
      () => onA.every((t, i) => t.typed.length > typedBeforeRestart[i]! + 10),
      'the moved clients to type on',
      10_000,
    );
    await cluster.restart(0);
    await sleep(500);
    typists.forEach((t) => t.pause());

    const everyTyped = typists.flatMap((t) => t.typed);
    await until(
      () =>
        typists.every((t) => t.text() === typists[0]!.text()) && missing(everyTyped, typists[0]!.tokens()).length === 0,
      'the four typists to converge with everything they typed',
      15_000,
    );

    // Fresh clients that never saw anything, straight on each instance, restarted one included.
    const fresh = [connect(cluster.instance(0).wsUrl), connect(cluster.instance(1).wsUrl)];
    await Promise.all(fresh.map((c) => synced(c)));
    for (const client of fresh) {
      const tokens = tokensOf(client.doc.getText('text').toString());
      expect(missing(seen, tokens)).toEqual([]);
      expect(missing(everyTyped, tokens)).toEqual([]);
      expect(client.doc.getText('text').toString()).toBe(typists[0]!.text());
    }

    // And the restarted instance takes part again: an edit there reaches everyone.
    fresh[0]!.doc.getText('text').insert(fresh[0]!.doc.getText('text').length, 'after-restart.0;');
    await until(
      () =>
        [...typists.map((t) => t.client), fresh[1]!].every((c) =>
          c.doc.getText('text').toString().endsWith('after-restart.0;'),
        ),
      'an edit on the restarted instance to reach every client',
      5_000,
    );
  });
});
