/**
 * Two Accord instances as separate processes on one PostgreSQL database and one Redis (issue
 * 16): stock y-websocket clients on different instances converge and see each other's
 * presence; a comment posted on one reaches an SSE reader on the other within a second;
 * removing someone on one closes their socket on the other within a second.
 */
import { readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CommentLiveEvent, CommentThread, DocumentContent } from '@accord/schema';
import { demoPeople } from '@accord/server';
import { createDocument } from '../helpers/accord-process.js';
import { bearer, demo, signIn, tokenFor } from '../helpers/auth.js';
import { stockClient, synced, until, type StockClient } from '../helpers/clients.js';
import { openSse, type SseClient } from '../helpers/sse.js';
import { canScaleOut, startCluster, type Cluster } from './cluster.js';

const nameOf = (email: string) => demoPeople.find((p) => p.email === email)!.name;

describe.skipIf(!canScaleOut)('two instances on one PostgreSQL and one Redis', () => {
  let cluster: Cluster;
  const opened: { destroy(): void }[] = [];
  const streams: SseClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster({ label: 'two' });
  });
  afterEach(() => {
    opened.splice(0).forEach((c) => c.destroy());
    streams.splice(0).forEach((s) => s.close());
  });
  afterAll(() => cluster?.close());

  /** A stock client of `email` on instance `i`, announcing the person's name as presence. */
  async function connect(i: number, documentId: string, email: string): Promise<StockClient> {
    const accord = cluster.instance(i);
    const client = stockClient(accord.wsUrl, documentId, { token: await tokenFor(accord.url, email) });
    client.provider.awareness.setLocalStateField('user', { name: nameOf(email) });
    opened.push(client);
    return client;
  }

  const names = (c: StockClient) =>
    [...c.provider.awareness.getStates().values()]
      .map((s) => (s as { user?: { name?: string } }).user?.name)
      .filter(Boolean)
      .sort();

  it('answers /healthz on both instances, naming each and its PostgreSQL and Redis', async () => {
    for (const i of [0, 1]) {
      const response = await fetch(`${cluster.instance(i).url}/healthz`);
      const text = await response.text();
      expect(response.status, text).toBe(200);
      expect(JSON.parse(text)).toMatchObject({
        status: 'ok',
        instance: cluster.instanceId(i),
        database: { dialect: 'postgres', ok: true },
        redis: { ok: true },
      });
      // Everything is in PostgreSQL: an instance keeps nothing of its own (no SQLite file beside).
      expect(readdirSync(cluster.instance(i).dataDir)).toEqual([]);
    }
  });

  it('lets stock clients on different instances converge and see each other’s presence', async () => {
    const documentId = await createDocument(cluster.instance(0));
    const ana = await connect(0, documentId, demo.member);
    const ben = await connect(1, documentId, demo.member2);
    await Promise.all([synced(ana), synced(ben)]);

    ana.doc.getText('text').insert(0, 'typed on the first instance. ');
    ben.doc.getText('text').insert(0, 'typed on the second instance. ');
    const text = (c: StockClient) => c.doc.getText('text').toString();
    await until(
      () => text(ana) === text(ben) && text(ana).includes('first') && text(ana).includes('second'),
      'the two clients to converge',
      5_000,
    );
    const both = [nameOf(demo.member), nameOf(demo.member2)].sort().join();
    await until(
      () => names(ana).join() === both && names(ben).join() === both,
      'each to see the other’s presence',
      5_000,
    );

    // A newcomer on the first instance gets the text and both presences at once.
    const cleo = await connect(0, documentId, demo.coordinator);
    await synced(cleo);
    expect(text(cleo)).toBe(text(ana));
    await until(() => names(ben).length === 3, 'the second instance’s client to see the newcomer', 5_000);

    // Leaving is presence too: the second instance's client goes, the first instance's forget it.
    ben.destroy();
    const stayed = [nameOf(demo.member), nameOf(demo.coordinator)].sort().join();
    await until(
      () => names(ana).join() === stayed && names(cleo).join() === stayed,
      'the departed client’s presence to go from the other instance',
      10_000,
    );
  });

  it('delivers a comment posted on one instance to an SSE reader on the other within a second', async () => {
    const [first, second] = [cluster.instance(0), cluster.instance(1)];
    const documentId = 'mag-2015-03-03-summary';
    const memberOnFirst = await tokenFor(first.url, demo.member);
    const content = DocumentContent.parse(
      await (
        await fetch(`${first.url}/api/documents/${documentId}/content?format=json`, { headers: bearer(memberOnFirst) })
      ).json(),
    );
    const blockId = content.paragraphs[0]!.id;

    const stream = await openSse(
      `${second.url}/api/documents/${documentId}/comments/live`,
      bearer(await tokenFor(second.url, demo.member2)),
    );
    streams.push(stream);
    expect(stream.status).toBe(200);
    await until(() => stream.named.includes('ready'), 'the stream to open');

    const sent = Date.now();
    const response = await fetch(`${first.url}/api/documents/${documentId}/comments`, {
      method: 'POST',
      headers: bearer(memberOnFirst),
      body: JSON.stringify({ anchor: { kind: 'block', blockId }, body: 'Posted on the first instance.' }),
    });
    expect(response.status).toBe(201);
    const thread = CommentThread.parse(await response.json());
    await until(
      () => stream.messages.some((m) => CommentLiveEvent.parse(m).thread.id === thread.id),
      'the comment on the other instance’s stream',
      2_000,
    );
    expect(Date.now() - sent).toBeLessThan(1_000);
  });

  it('closes, within a second, the socket on one instance of someone removed on the other', async () => {
    const [first, second] = [cluster.instance(0), cluster.instance(1)];
    const documentId = await createDocument(first);
    const observer = await signIn(second.url, demo.observer);
    const client = stockClient(second.wsUrl, documentId, { token: await tokenFor(second.url, demo.observer) });
    opened.push(client);
    await synced(client);
    const closes: number[] = [];
    client.provider.on('connection-close', (event: { code: number } | null) => closes.push(event?.code ?? 0));

    const changed = Date.now();
    const removed = await fetch(`${first.url}/api/workspaces/demo/people/${observer.personId}/role`, {
      method: 'DELETE',
      headers: bearer(await tokenFor(first.url, demo.secretariat)),
    });
    expect(removed.status).toBe(204);
    await until(() => closes.length > 0, 'the removal to close the socket on the other instance', 2_000);
    expect(Date.now() - changed).toBeLessThan(1_000);
    expect(closes).toEqual([4403]);
  });
});
