/**
 * Two Accord instances in this process on one database and one Redis (issue 16): stock
 * clients on different instances converge and see each other's presence, and a lost Redis
 * message or a killed subscriber connection is repaired from the database with no client
 * reconnecting. (Separate processes, kill -9 and the rest: test/scale-out/.)
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlPeopleStore, type Accord } from '@accord/server';
import { createDocument } from './helpers/accord-process.js';
import { CommentLiveEvent, CommentThread, DocumentContent } from '@accord/schema';
import { bearer, demo, tokenFor } from './helpers/auth.js';
import { probeSocket } from './helpers/probe-socket.js';
import { openSse } from './helpers/sse.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { clusterBackends, inProcessCluster, killRedisConnections, redisUrl } from './helpers/in-process-cluster.js';

/** A TCP relay to Redis that a test can cut (every connection dropped, new ones refused) and restore. */
async function redisCable(): Promise<{ url: string; cut(): Promise<void>; restore(): Promise<void> }> {
  const target = new URL(redisUrl!);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((inbound) => {
    const outbound = net.connect(Number(target.port || 6379), target.hostname);
    for (const s of [inbound, outbound]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => sockets.delete(s));
    }
    inbound.pipe(outbound).pipe(inbound);
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `redis://127.0.0.1:${port}`,
    cut: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const s of sockets) s.destroy();
      await closed;
    },
    restore: () => listen(port),
  };
}

describe.skipIf(!redisUrl).each(clusterBackends)('two instances through Redis, on %s', (backend) => {
  const cluster = inProcessCluster(backend, 'relay');
  /** Stored batches of instance A are published only while this holds (a test drops them, as Redis may). */
  let publishFromA = true;
  let a: Accord;
  let b: Accord;
  const clients: StockClient[] = [];

  const start = (name: string, options: { publish?: () => boolean; redisUrl?: string } = {}) =>
    cluster.start(name, {
      ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
      relay: {
        checkMs: 300,
        holdMs: 50,
        presence: { heartbeatMs: 200, instanceTimeoutMs: 1_000 },
        ...(options.publish ? { shouldPublish: options.publish } : {}),
      },
    });

  beforeAll(async () => {
    a = await start('a', { publish: () => publishFromA });
    b = await start('b');
  }, 60_000);

  afterAll(() => {
    for (const c of clients) c.destroy();
  });

  const wsUrl = (accord: Accord) => `${accord.url.replace(/^http/, 'ws')}/collab`;
  const connect = async (accord: Accord, documentId: string, email: string) => {
    const client = stockClient(wsUrl(accord), documentId, { token: await tokenFor(accord.url, email) });
    clients.push(client);
    return client;
  };
  const text = (c: StockClient) => c.doc.getText('t').toString();
  /** Times the provider lost its connection (a reconnect would hide what the relay must do). */
  const disconnects = (c: StockClient) => {
    const count = { n: 0 };
    c.provider.on('status', ({ status }: { status: string }) => {
      if (status === 'disconnected') count.n++;
    });
    return count;
  };

  it("delivers each instance's edits and presence to the other's clients", async () => {
    const documentId = await createDocument(a);
    const onA = await connect(a, documentId, demo.member);
    const onB = await connect(b, documentId, demo.member2);
    await Promise.all([synced(onA), synced(onB)]);
    onA.doc.getText('t').insert(0, 'from A. ');
    await until(() => text(onB) === 'from A. ', 'B to see A');
    onB.doc.getText('t').insert(text(onB).length, 'from B.');
    await until(() => text(onA) === 'from A. from B.', 'A to see B');
    onA.provider.awareness.setLocalStateField('cursor', null);
    onB.provider.awareness.setLocalStateField('cursor', null);
    await until(
      () =>
        onA.provider.awareness.getStates().has(onB.doc.clientID) &&
        onB.provider.awareness.getStates().has(onA.doc.clientID),
      'each to see the other present',
    );
    // Operations: Redis in /healthz, and what crossed in /metrics.
    const health = (await (await fetch(`${a.url}/healthz`)).json()) as { redis?: { ok: boolean } };
    expect(health.redis).toMatchObject({ ok: true });
    const metrics = await (await fetch(`${b.url}/metrics`)).text();
    expect(metrics).toMatch(/accord_cluster_messages_total\{direction="in",kind="update"\} [1-9]/);
    expect(metrics).toMatch(/accord_cluster_messages_total\{direction="out",kind="awareness"\} [1-9]/);
    expect(metrics).toMatch(/accord_cluster_lag_seconds_count [1-9]/);
    // A client on B leaves: A's client sees it gone.
    onB.provider.disconnect();
    await until(() => !onA.provider.awareness.getStates().has(onB.doc.clientID), "the leaver's presence to go");
  });

  it('shows a newcomer on one instance the presence held on the other, with nothing changing meanwhile', async () => {
    const documentId = await createDocument(a);
    const onA = await connect(a, documentId, demo.member);
    await synced(onA);
    onA.provider.awareness.setLocalStateField('cursor', null);
    await until(() => onA.provider.awareness.getStates().size === 1, 'A to hold its own state');
    // The room opens on B only now: it asks A for what A's clients show.
    const onB = await connect(b, documentId, demo.member2);
    await synced(onB);
    await until(() => onB.provider.awareness.getStates().has(onA.doc.clientID), "A's client to show on B");
  });

  it('delivers a comment posted on one instance to a live reader on the other within a second', async () => {
    const documentId = 'mag-2015-03-03-summary';
    const token = await tokenFor(a.url, demo.member);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const content = DocumentContent.parse(
      await (await fetch(`${a.url}/api/documents/${documentId}/content?format=json`, { headers })).json(),
    );
    const reader = await openSse(`${b.url}/api/documents/${documentId}/comments/live`, {
      authorization: `Bearer ${await tokenFor(b.url, demo.member2)}`,
    });
    try {
      expect(reader.status).toBe(200);
      await until(() => reader.named.includes('ready'), 'the stream on B to open');
      const sent = Date.now();
      const response = await fetch(`${a.url}/api/documents/${documentId}/comments`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          anchor: { kind: 'block', blockId: content.paragraphs[0]!.id },
          body: 'Across.',
          mentions: [],
        }),
      });
      expect(response.status).toBe(201);
      const thread = CommentThread.parse(await response.json());
      await until(
        () => reader.messages.some((m) => CommentLiveEvent.parse(m).thread.id === thread.id),
        'the new thread on B',
        1000,
      );
      expect(Date.now() - sent).toBeLessThan(1000);
    } finally {
      reader.close();
    }
  });

  it('an access change made on one instance reaches a socket open on the other within a second', async () => {
    const documentId = await createDocument(a);
    const email = `moved-${randomBytes(3).toString('hex')}@example.org`;
    const person = await new SqlPeopleStore(a.sql).addPerson(
      { email, name: 'Moved member', stakeholderGroup: 'civil-society' },
      { actorPersonId: null, password: 'member password', grant: { workspaceId: 'demo', role: 'member' } },
    );
    const socket = await probeSocket(`${wsUrl(b)}/${documentId}`, await tokenFor(b.url, email, 'member password'));
    await socket.roundTrip();
    const changed = Date.now();
    const response = await fetch(`${a.url}/api/workspaces/demo/people/${person.id}/role`, {
      method: 'PUT',
      headers: bearer(await tokenFor(a.url, demo.secretariat)),
      body: JSON.stringify({ role: 'observer' }),
    });
    expect(response.status).toBe(200);
    await until(() => socket.denials().length > 0, 'the change to reach the socket on B', 1000);
    expect(Date.now() - changed).toBeLessThan(1000);
    socket.socket.close();
  });

  it("opens a document while Redis is away, brings other instances' edits from the database meanwhile, and relays again once it is back", async () => {
    const cable = await redisCable();
    const c = await start('c', { redisUrl: cable.url });
    try {
      const documentId = await createDocument(a);
      const onA = await connect(a, documentId, demo.member);
      await synced(onA);
      await cable.cut();
      const onC = await connect(c, documentId, demo.member2);
      await synced(onC);
      const drops = disconnects(onC);
      onA.doc.getText('t').insert(0, 'while away. ');
      await until(() => text(onC) === 'while away. ', 'C to get it from the database');
      onC.doc.getText('t').insert(text(onC).length, 'from C.');
      await until(() => text(onA) === 'while away. from C.', "A to get C's edit from the database");
      await cable.restore();
      // Once C hears Redis again, an edit reaches it without waiting for a check.
      await until(async () => (await (await fetch(`${c.url}/healthz`)).json()).redis?.ok === true, 'C to reach Redis');
      await until(() => c.cluster!.bus.channels >= 3, 'C to subscribe again');
      onA.doc.getText('t').insert(0, '>');
      await until(() => text(onC) === '>while away. from C.', 'C to get the next edit');
      expect(drops.n).toBe(0);
    } finally {
      await c.close();
      await cable.cut();
    }
  });

  it("drops the presence of an instance's clients when that instance falls silent", async () => {
    const c = await start('c');
    try {
      const documentId = await createDocument(a);
      const onA = await connect(a, documentId, demo.member);
      const onC = await connect(c, documentId, demo.member2);
      await Promise.all([synced(onA), synced(onC)]);
      onC.provider.awareness.setLocalStateField('cursor', null);
      await until(() => onA.provider.awareness.getStates().has(onC.doc.clientID), "C's client to show on A");
      // C loses Redis for good (no goodbye, no more heartbeats) while its client stays connected to it.
      c.cluster!.bus.commands.disconnect();
      await until(() => !onA.provider.awareness.getStates().has(onC.doc.clientID), "C's client to go from A");
      expect(onC.provider.wsconnected).toBe(true);
    } finally {
      await c.close();
    }
  });

  it('repairs a lost message from the database, with no client reconnecting', async () => {
    const documentId = await createDocument(a);
    const onA = await connect(a, documentId, demo.member);
    const onB = await connect(b, documentId, demo.member2);
    await Promise.all([synced(onA), synced(onB)]);
    const dropsA = disconnects(onA);
    const dropsB = disconnects(onB);
    const repairsBefore = b.cluster!.metrics!.repairs();
    publishFromA = false;
    onA.doc.getText('t').insert(0, 'never published. ');
    await until(() => text(onB) === 'never published. ', 'B to catch up from the database');
    publishFromA = true;
    // The next published batch no longer chains on what B has: B held it until the repair, or repaired again.
    onA.doc.getText('t').insert(text(onA).length, 'published.');
    await until(() => text(onB) === 'never published. published.', 'B to get the next one');
    expect(b.cluster!.metrics!.repairs()).toBeGreaterThan(repairsBefore);
    expect([dropsA.n, dropsB.n]).toEqual([0, 0]);
  });

  it("converges with four writers on two instances while a third of one instance's messages are lost", async () => {
    const documentId = await createDocument(a);
    const writers = [
      await connect(a, documentId, demo.member),
      await connect(a, documentId, demo.coordinator),
      await connect(b, documentId, demo.member2),
      await connect(b, documentId, demo.secretariat),
    ];
    await Promise.all(writers.map((w) => synced(w)));
    const drops = writers.map(disconnects);
    let n = 0;
    publishFromA = false;
    const lossy = setInterval(() => {
      publishFromA = n++ % 3 !== 0;
    }, 7);
    try {
      for (let round = 0; round < 25; round++) {
        writers.forEach((w, i) => {
          const t = w.doc.getText('t');
          t.insert(Math.floor(t.length / 2), String.fromCharCode(97 + i));
        });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    } finally {
      clearInterval(lossy);
      publishFromA = true;
    }
    await until(
      () => text(writers[0]!).length === 100 && writers.every((w) => text(w) === text(writers[0]!)),
      'all four writers to converge',
    );
    for (let i = 0; i < 4; i++)
      expect([...text(writers[0]!)].filter((ch) => ch === String.fromCharCode(97 + i))).toHaveLength(25);
    expect(drops.map((d) => d.n)).toEqual([0, 0, 0, 0]);
  });

  it("repairs after B's subscriber connection is killed, with no client reconnecting", async () => {
    const documentId = await createDocument(a);
    const onA = await connect(a, documentId, demo.member);
    const onB = await connect(b, documentId, demo.member2);
    await Promise.all([synced(onA), synced(onB)]);
    const drops = [disconnects(onA), disconnects(onB)];
    const repairsBefore = b.cluster!.metrics!.repairs();
    expect(await killRedisConnections(`accord-${b.instanceId}-subscriber`)).toBe(1);
    for (let i = 0; i < 10; i++) onA.doc.getText('t').insert(text(onA).length, `${i}`);
    onB.doc.getText('t').insert(0, 'B:');
    // Where 'B:' lands depends on the client ids (both were typed at the start of the text).
    await until(
      () => text(onB) === text(onA) && text(onA).length === 12 && text(onA).replace('B:', '') === '0123456789',
      'both to converge',
    );
    expect(drops.map((d) => d.n)).toEqual([0, 0]);
    // What A published while B's subscriber was away came from the database.
    expect(b.cluster!.metrics!.repairs()).toBeGreaterThan(repairsBefore);
  });
});
