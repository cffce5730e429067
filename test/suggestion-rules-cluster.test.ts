/**
 * The update check's suggestion rules across two instances on one database and one Redis
 * (issue 16): a coordinator sets "members always suggest" through instance A while the
 * document is open on instance B, and B refuses a member's direct edit from then on, without
 * waiting for its periodic re-read (5 s): the settings change reaches B's cache through the
 * relayed consensus channel.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, loadConfig, startAccord, type Accord } from '@accord/server';
import { createDocument, removeDir, tempDataDir } from './helpers/accord-process.js';
import { bearer, demo, tokenFor } from './helpers/auth.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { probeSocket } from './helpers/probe-socket.js';

const redisUrl = process.env.REDIS_URL;
const databaseUrl = process.env.DATABASE_URL;
const backends = databaseUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

/** A direct edit of the text a member could send: an insert into a text type of its own client. */
function directEdit(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'direct ');
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

describe.skipIf(!redisUrl).each(backends)('suggestion rules across two instances, on %s', (backend) => {
  const prefix = `test-${randomBytes(4).toString('hex')}:`;
  const dataDir = tempDataDir();
  const database = `accord_s5_${randomBytes(4).toString('hex')}`;
  let a: Accord;
  let b: Accord;
  const clients: StockClient[] = [];

  const start = (id: string) => {
    const env: Record<string, string> = {
      PORT: '0',
      HOST: '127.0.0.1',
      ACCORD_DATA_DIR: dataDir,
      ACCORD_CLIENT_DIR: `${dataDir}/no-client`,
      ACCORD_REDIS_URL: redisUrl!,
      ACCORD_INSTANCE_ID: id,
    };
    if (backend === 'postgres') env.ACCORD_DATABASE_URL = databaseUrl!.replace(/\/[^/]*$/, `/${database}`);
    return startAccord(loadConfig(env), createLogger('warn'), { cluster: { prefix } });
  };

  beforeAll(async () => {
    if (backend === 'postgres') {
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      await admin.end();
    }
    a = await start(`a-${prefix}`.replace(/:$/, ''));
    b = await start(`b-${prefix}`.replace(/:$/, ''));
  }, 60_000);

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await a?.close();
    await b?.close();
    removeDir(dataDir);
    if (backend === 'postgres') {
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    }
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
