/**
 * Abuse limits on real sockets: each cuts off only the client over it, with a clear close
 * reason or HTTP 429, while others carry on; each refusal is counted in /metrics.
 */
import * as Y from 'yjs';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAwareness } from '@accord/protocol';
import { demo, tokenFor } from './helpers/auth.js';
import { createDocument } from './helpers/accord-process.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { probeSocket } from './helpers/probe-socket.js';

const refusals = async (server: InProcessAccord, limit: string): Promise<number> => {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(new RegExp(`^accord_limit_refusals_total\\{limit="${limit}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
};

describe('per-connection message rate', () => {
  let server: InProcessAccord;
  let token: string;
  let documentId: string;
  const clients: StockClient[] = [];
  beforeAll(async () => {
    server = await inProcessAccord({ ACCORD_LIMIT_MESSAGES_PER_SECOND: '50', ACCORD_LIMIT_MESSAGES_BURST: '200' });
    token = await tokenFor(server.url, demo.member);
    documentId = await createDocument(server);
  });
  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await server?.close();
  });

  it('cuts off a flooding connection with 4429 while another client’s edits keep arriving within a second', async () => {
    const writer = stockClient(server.wsUrl, documentId, { token });
    const reader = stockClient(server.wsUrl, documentId, { token: await tokenFor(server.url, demo.member2) });
    clients.push(writer, reader);
    await Promise.all([synced(writer), synced(reader)]);

    const flooder = await probeSocket(`${server.wsUrl}/${documentId}`, token);
    await flooder.roundTrip();
    const empty = encodeAwareness(Uint8Array.of(0));
    let flooding = true;
    void (async () => {
      while (flooding && flooder.socket.readyState === WebSocket.OPEN) {
        for (let i = 0; i < 100; i++) flooder.send(empty);
        await new Promise((r) => setImmediate(r));
      }
    })();

    const delays: number[] = [];
    for (let i = 0; i < 10; i++) {
      const sent = Date.now();
      writer.doc.getMap('m').set(`k${i}`, i);
      await until(() => reader.doc.getMap('m').get(`k${i}`) === i, `edit ${i} to arrive`, 5000);
      delays.push(Date.now() - sent);
      await new Promise((r) => setTimeout(r, 30));
    }
    const closed = await flooder.closed;
    flooding = false;
    expect(closed.code).toBe(4429);
    expect(closed.reason).toMatch(/over 50 messages per second/);
    expect(Math.max(...delays)).toBeLessThan(1000);
    expect(writer.provider.wsconnected && reader.provider.wsconnected).toBe(true);
    expect(await refusals(server, 'messages')).toBe(1);
  });
});

describe('connection attempts, request rate, document size', () => {
  let server: InProcessAccord;
  beforeAll(async () => {
    server = await inProcessAccord({
      ACCORD_LIMIT_CONNECTS_PER_SECOND: '1',
      ACCORD_LIMIT_CONNECTS_BURST: '6',
      ACCORD_MAX_DOCUMENT_BYTES: String(64 * 1024),
      ACCORD_LIMIT_SIGNINS_PER_MINUTE: '600',
    });
  });
  afterAll(() => server?.close());

  it('keeps a document under its size limit: the update over it is refused with 4413 and not stored', async () => {
    const token = await tokenFor(server.url, demo.member);
    const documentId = await createDocument(server);
    const client = stockClient(server.wsUrl, documentId, { token });
    try {
      await synced(client);
      client.doc.getText('t').insert(0, 'x'.repeat(20_000));
      await until(
        () => (server.accord.collab.room(documentId)?.doc.getText('t').length ?? 0) === 20_000,
        'the first 20 kB',
      );
      const closes: number[] = [];
      client.provider.on('connection-close', (event: { code: number } | null) => closes.push(event?.code ?? 0));
      client.doc.getText('t').insert(0, 'y'.repeat(60_000));
      await until(() => closes.length > 0, 'the refusal');
      expect(closes).toEqual([4413]);
      expect(server.accord.collab.room(documentId)!.doc.getText('t').toString()).toBe('x'.repeat(20_000));
      expect(await refusals(server, 'document_size')).toBe(1);
    } finally {
      client.destroy();
    }
  });

  it('answers 429 to WebSocket upgrades over the per-IP rate', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push(
        await new Promise<number>((resolve) => {
          const socket = new WebSocket(`${server.wsUrl}/no-such-document`);
          socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
          socket.on('close', () => resolve(101));
          socket.on('error', () => {});
        }),
      );
    }
    // The size test above used one connection of the burst of six.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(4);
    expect(statuses.slice(0, 5).every((s) => s === 101)).toBe(true);
    expect(await refusals(server, 'connects')).toBeGreaterThanOrEqual(4);
  });
});

describe('HTTP limits', () => {
  let server: InProcessAccord;
  beforeAll(async () => {
    server = await inProcessAccord({ ACCORD_LIMIT_SIGNINS_PER_MINUTE: '6', ACCORD_LIMIT_REQUESTS_PER_SECOND: '5' });
  });
  afterAll(() => server?.close());

  it('answers 429 with Retry-After to sign-in attempts over the limit, even with the right password', async () => {
    const attempt = (password: string) =>
      fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: demo.member, password }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await attempt('wrong password')).status);
    const limited = await attempt('accord-demo');
    expect(statuses).toEqual([401, 401, 401]);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: { message: string } }).error.message).toMatch(
      /too many sign-in attempts/,
    );
    expect(await refusals(server, 'sign_ins')).toBe(1);
  });

  it('answers 429 to API requests over the per-IP rate', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 40 }, () => fetch(`${server.url}/api/stakeholder-groups`).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(await refusals(server, 'requests')).toBeGreaterThan(0);
  });
});
