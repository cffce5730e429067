/**
 * Stock y-websocket clients against a real Accord process: concurrent edits converge, a
 * late joiner receives the full state, and unknown documents are refused.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, decodeMessage } from '@accord/protocol';
import { createDocument } from './helpers/accord-process.js';
import { bearer } from './helpers/auth.js';
import { rawClient, synced, until, type StockClient } from './helpers/clients.js';
import { sharedAccord } from './helpers/shared-accord.js';

const shared = sharedAccord();
const connect = (documentId: string) => shared.connect(documentId);

/** Text and map content in a canonical form (map key order differs between replicas). */
const state = (c: StockClient) =>
  JSON.stringify({
    text: c.doc.getText('text').toString(),
    map: Object.entries(c.doc.getMap('map').toJSON()).sort(([a], [b]) => a.localeCompare(b)),
  });

/** Each client types its own words into the shared text and sets map keys, all at once. */
async function concurrentEdits(group: StockClient[], rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    group.forEach((c, i) => {
      const text = c.doc.getText('text');
      // At either end, so concurrent inserts interleave but never split another's token.
      text.insert(i % 2 ? text.length : 0, `[c${i}r${round}]`);
      c.doc.getMap('map').set(`c${i}`, round);
      c.doc.getMap('map').set('last', `c${i}`);
    });
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function expectConverged(group: StockClient[], rounds: number): Promise<void> {
  let expectedLength = 0;
  group.forEach((_c, i) => {
    for (let r = 0; r < rounds; r++) expectedLength += `[c${i}r${r}]`.length;
  });
  await until(
    () => group.every((c) => c.doc.getText('text').length === expectedLength && state(c) === state(group[0]!)),
    'all clients to converge',
    20_000,
  );
  const text = group[0]!.doc.getText('text').toString();
  group.forEach((_c, i) => {
    for (let r = 0; r < rounds; r++) expect(text).toContain(`[c${i}r${r}]`);
    expect(group[0]!.doc.getMap('map').get(`c${i}`)).toBe(rounds - 1);
  });
}

describe('sync through Accord', () => {
  it.each([2, 10])('%i stock clients converge on concurrent edits to a Y.Text and a Y.Map', async (count) => {
    const documentId = await createDocument(shared.accord);
    const group = Array.from({ length: count }, () => connect(documentId));
    await Promise.all(group.map((c) => synced(c)));
    await concurrentEdits(group, 20);
    await expectConverged(group, 20);
  });

  it('gives a late joiner the full state', async () => {
    const documentId = await createDocument(shared.accord);
    const writers = [connect(documentId), connect(documentId)];
    await Promise.all(writers.map((c) => synced(c)));
    await concurrentEdits(writers, 10);
    await expectConverged(writers, 10);
    const late = connect(documentId);
    await synced(late);
    await until(() => state(late) === state(writers[0]!), 'the late joiner to have everything');
    expect(late.doc.getText('text').length).toBeGreaterThan(0);
  });

  it('merges edits a client made offline when it reconnects', async () => {
    const documentId = await createDocument(shared.accord);
    const a = connect(documentId);
    const b = connect(documentId);
    await Promise.all([synced(a), synced(b)]);
    a.provider.disconnect();
    a.doc.getText('text').insert(0, 'offline words ');
    b.doc.getText('text').insert(0, 'online words ');
    await new Promise((r) => setTimeout(r, 100));
    a.provider.connect();
    await until(
      () =>
        a.doc.getText('text').toString() === b.doc.getText('text').toString() &&
        b.doc.getText('text').toString().includes('offline words'),
      'offline edits to merge',
    );
    expect(a.doc.getText('text').toString()).toContain('online words');
  });

  it('refuses an unknown document id with permissionDenied and 4404, and creates nothing', async () => {
    const raw = await rawClient(`${shared.accord.wsUrl}/no-such-document`, shared.token);
    const closed = await raw.closed;
    expect(closed.code).toBe(CloseCode.DocumentNotFound);
    expect(closed.reason).toBe('no document no-such-document that you can open');
    expect(raw.frames.map((f) => decodeMessage(f).type)).toEqual(['permission-denied']);
    const response = await fetch(`${shared.accord.url}/api/documents/no-such-document`, {
      headers: bearer(shared.token),
    });
    expect(response.status).toBe(404);
    const list = (await (
      await fetch(`${shared.accord.url}/api/workspaces/demo/documents`, { headers: bearer(shared.token) })
    ).json()) as {
      documents: { id: string }[];
    };
    expect(list.documents.length).toBeGreaterThan(0);
    expect(list.documents.map((d) => d.id)).not.toContain('no-such-document');
  });

  it('stops the stock client from retrying a document that does not exist', async () => {
    const client = connect('missing-document');
    const closed = await new Promise<{ code: number; reason: string }>((resolve) =>
      client.provider.once('closed', resolve),
    );
    expect(closed.code).toBe(CloseCode.DocumentNotFound);
    expect(client.provider.shouldConnect).toBe(false);
  });

  it('refuses paths that are not a document id', async () => {
    const raw = await rawClient(`${shared.accord.wsUrl}/..%2F..%2Fetc`, shared.token);
    expect((await raw.closed).code).toBe(CloseCode.DocumentNotFound);
  });

  it('keeps documents apart', async () => {
    const [one, two] = [await createDocument(shared.accord), await createDocument(shared.accord)];
    const a = connect(one);
    const b = connect(two);
    await Promise.all([synced(a), synced(b)]);
    a.doc.getText('text').insert(0, 'only in one');
    const probe = connect(one);
    await synced(probe);
    await until(() => probe.doc.getText('text').toString() === 'only in one', 'the edit in its own document');
    expect(b.doc.getText('text').toString()).toBe('');
    expect(new Y.Doc().getText('text').toString()).toBe('');
  });
});
