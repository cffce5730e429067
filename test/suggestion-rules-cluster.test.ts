/**
 * The update check's suggestion rules across two instances on one database and one Redis
 * (issue 16): a coordinator sets "members always suggest" through instance A while the
 * document is open on instance B, and B refuses a member's direct edit from then on, without
 * waiting for its periodic re-read (5 s): the settings change reaches B's cache through the
 * relayed consensus channel.
 */
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Accord } from '@accord/server';
import { createDocument } from './helpers/accord-process.js';
import { bearer, demo, tokenFor } from './helpers/auth.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { probeSocket } from './helpers/probe-socket.js';
import { clusterBackends, inProcessCluster, redisUrl } from './helpers/in-process-cluster.js';

/** A direct edit of the text a member could send: an insert into a text type of its own client. */
function directEdit(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'direct ');
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

describe.skipIf(!redisUrl).each(clusterBackends)('suggestion rules across two instances, on %s', (backend) => {
  const cluster = inProcessCluster(backend, 'rules');
  let a: Accord;
  let b: Accord;
  const clients: StockClient[] = [];

  const start = (name: string) => cluster.start(name);

  beforeAll(async () => {
    a = await start('a');
    b = await start('b');
  }, 60_000);

  afterAll(() => {
    for (const c of clients) c.destroy();
  });

  /** Sends a member's direct edit to `accord`; resolves with the close code, or undefined when it was stored. */
  async function sendDirect(accord: Accord, documentId: string): Promise<number | undefined> {
    const wsUrl = `${accord.url.replace(/^http/, 'ws')}/collab/${documentId}`;
    const socket = await probeSocket(wsUrl, await tokenFor(accord.url, demo.member));
    try {
      await socket.roundTrip();
      let code: number | undefined;
      void socket.closed.then((c) => (code = c.code));
      socket.sendUpdate(directEdit());
      // A stored update is followed by the answer to a round trip; a refused one closes the socket first.
      await Promise.race([socket.closed, socket.roundTrip()]);
      return code;
    } finally {
      socket.socket.close();
    }
  }

  it("refuses a member's direct edit on B soon after a coordinator on A says members always suggest", async () => {
    const documentId = await createDocument(a);
    // The document stays open on B (its rules cached there) while the setting changes on A.
    const onB = stockClient(`${b.url.replace(/^http/, 'ws')}/collab`, documentId, {
      token: await tokenFor(b.url, demo.member2),
    });
    clients.push(onB);
    await synced(onB);
    expect(await sendDirect(b, documentId)).toBeUndefined();
    const set = await fetch(`${a.url}/api/documents/${documentId}/settings/suggestions`, {
      method: 'PUT',
      headers: bearer(await tokenFor(a.url, demo.coordinator)),
      body: JSON.stringify({ members: 'all' }),
    });
    expect(set.status).toBe(200);
    // Well under B's periodic re-read (5 s): the relayed event made B read the rule again.
    await until(async () => (await sendDirect(b, documentId)) === 4400, 'B to refuse the direct edit', 2_500);
  });
});
