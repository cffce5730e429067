/**
 * The collaboration core with extensions written for the test, over real WebSockets on
 * loopback: the guarantees the core itself enforces, whatever storage stands behind it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import {
  CloseCode,
  decodeMessage,
  encodeAwareness,
  encodeAwarenessUpdate,
  encodeSyncStep1,
  encodeUpdate,
} from '@accord/protocol';
import { CollabServer, ConnectionRefused, createLogger, type Extension } from '@accord/server';
import { rawClient, stockClient, synced, until, type StockClient } from './helpers/clients.js';

interface Harness {
  collab: CollabServer;
  url: string;
  close(): Promise<void>;
}

const open: Harness[] = [];
const clients: StockClient[] = [];

async function harness(
  extensions: Extension[],
  options: { unloadGraceMs?: number; maxPreAuthBytes?: number } = {},
): Promise<Harness> {
  const collab = new CollabServer({
    extensions,
    logger: createLogger('silent'),
    unloadGraceMs: options.unloadGraceMs ?? 50,
    keepAliveMs: 60_000,
    maxQueuedBytes: 1024 * 1024,
    ...(options.maxPreAuthBytes === undefined ? {} : { maxPreAuthBytes: options.maxPreAuthBytes }),
  });
  const server: Server = createServer();
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws, request) => collab.handleConnection(ws, request, request.url!.replace(/^\/collab\//, '')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const h: Harness = {
    collab,
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/collab`,
    close: async () => {
      await collab.destroy();
      wss.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
  open.push(h);
  return h;
}

afterEach(async () => {
  clients.splice(0).forEach((c) => c.destroy());
  await Promise.all(open.splice(0).map((h) => h.close()));
});

const client = (url: string, doc: string) => {
  const c = stockClient(url, doc);
  clients.push(c);
  return c;
};

/** An in-memory store that can be slowed down or made to fail. */
function memoryStore(options: { loadDelayMs?: number; failLoad?: boolean; storeDelayMs?: number } = {}) {
  const stored = new Map<string, Uint8Array[]>();
  const events: string[] = [];
  let failStore = false;
  const extension: Extension = {
    name: 'memory-store',
    async onLoadDocument({ documentId, doc }) {
      await new Promise((r) => setTimeout(r, options.loadDelayMs ?? 0));
      if (options.failLoad) throw new Error('disk unreadable');
      for (const u of stored.get(documentId) ?? []) Y.applyUpdate(doc, u);
    },
    async onStoreUpdates({ documentId, updates }) {
      events.push('store-start');
      await new Promise((r) => setTimeout(r, options.storeDelayMs ?? 0));
      if (failStore) throw new Error('disk full');
      stored.set(documentId, [...(stored.get(documentId) ?? []), ...updates]);
      events.push('store-done');
    },
  };
  return { extension, stored, events, failNextStores: (v: boolean) => (failStore = v) };
}

function textOf(updates: Uint8Array[] | undefined): string {
  const doc = new Y.Doc();
  for (const u of updates ?? []) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

describe('collaboration core', () => {
  it('answers the first sync only after the document is loaded', async () => {
    const store = memoryStore({ loadDelayMs: 300 });
    const seed = new Y.Doc();
    seed.getText('t').insert(0, 'stored text');
    store.stored.set('d', [Y.encodeStateAsUpdate(seed)]);
    const h = await harness([store.extension]);

    const raw = await rawClient(`${h.url}/d`);
    raw.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await until(() => raw.frames.some((f) => decodeMessage(f).type === 'sync-step-2'), 'sync step 2');
    const step2 = raw.frames.map((f) => decodeMessage(f)).find((m) => m.type === 'sync-step-2');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (step2 as { update: Uint8Array }).update);
    expect(doc.getText('t').toString()).toBe('stored text');
    raw.socket.close();
  });

  it('refuses every waiting connection when loading fails, and writes nothing', async () => {
    const store = memoryStore({ loadDelayMs: 100, failLoad: true });
    const h = await harness([store.extension]);
    const raw = await rawClient(`${h.url}/d`);
    const edit = new Y.Doc();
    const updates: Uint8Array[] = [];
    edit.on('update', (u: Uint8Array) => updates.push(u));
    edit.getText('t').insert(0, 'must not be stored');
    raw.send(encodeUpdate(updates[0]!));
    const closed = await raw.closed;
    expect(closed.code).toBe(CloseCode.LoadFailed);
    expect(closed.reason).toMatch(/could not be loaded/);
    expect(store.events).toEqual([]);
    expect(h.collab.room('d')).toBeUndefined();
  });

  it('sends permissionDenied and the close code of a refusal', async () => {
    const h = await harness([
      {
        name: 'gate',
        onConnect: ({ documentId }) => {
          if (documentId === 'secret') throw new ConnectionRefused(CloseCode.PermissionDenied, 'not for you');
        },
      },
    ]);
    const raw = await rawClient(`${h.url}/secret`);
    const closed = await raw.closed;
    expect(closed).toEqual({ code: CloseCode.PermissionDenied, reason: 'not for you' });
    expect(raw.frames.map((f) => decodeMessage(f))).toEqual([{ type: 'permission-denied', reason: 'not for you' }]);
  });

  it('bounds what a connection may send before it is authorized, and allows more once it is', async () => {
    const slowGate: Extension = { name: 'slow-gate', onConnect: () => new Promise((r) => setTimeout(r, 300)) };
    const store = memoryStore({ loadDelayMs: 300 });
    const h = await harness([slowGate, store.extension], { maxPreAuthBytes: 4096 });
    const frame = (clock: number) =>
      encodeAwareness(encodeAwarenessUpdate([{ clientId: 1, clock, state: { pad: 'x'.repeat(1400) } }]));
    // Three frames during authorization: over the 4 KiB allowance.
    const early = await rawClient(`${h.url}/d`);
    for (let i = 1; i <= 3; i++) early.send(frame(i));
    const closed = await early.closed;
    expect(closed.code).toBe(CloseCode.MessageTooBig);
    expect(closed.reason).toMatch(/before being authorized/);
    expect(store.events).toEqual([]);
    // The same bytes after authorization, while the document still loads, are queued and answered.
    const patient = await rawClient(`${h.url}/d`);
    await new Promise((r) => setTimeout(r, 400));
    for (let i = 1; i <= 3; i++) patient.send(frame(i));
    await until(
      () => patient.frames.filter((f) => decodeMessage(f).type === 'awareness').length === 3,
      'the three states relayed back',
    );
    patient.socket.close();
  });

  it('relays an update only after storage made it durable', async () => {
    const store = memoryStore({ storeDelayMs: 200 });
    const h = await harness([store.extension]);
    const a = client(h.url, 'd');
    const b = client(h.url, 'd');
    await Promise.all([synced(a), synced(b)]);
    let seenAt = 0;
    b.doc.getText('t').observe(() => {
      if (!seenAt) seenAt = Date.now();
      store.events.push('relayed');
    });
    a.doc.getText('t').insert(0, 'agreed language');
    await until(() => b.doc.getText('t').toString() === 'agreed language', 'b to see the edit');
    expect(store.events.indexOf('store-done')).toBeGreaterThan(-1);
    expect(store.events.indexOf('store-done')).toBeLessThan(store.events.indexOf('relayed'));
  });

  it('drops an update whose write failed, closes its sender with 4501, and the resend lands after reconnect', async () => {
    const store = memoryStore();
    const h = await harness([store.extension]);
    const a = client(h.url, 'd');
    const b = client(h.url, 'd');
    await Promise.all([synced(a), synced(b)]);
    const closes: number[] = [];
    a.provider.on('connection-close', (event) => event && closes.push(event.code));
    store.failNextStores(true);
    a.doc.getText('t').insert(0, 'x');
    await until(() => closes.length > 0, 'a to be disconnected');
    expect(closes[0]).toBe(CloseCode.StoreFailed);
    expect(b.doc.getText('t').toString()).toBe('');
    expect(h.collab.room('d')!.doc.getText('t').toString()).toBe('');
    store.failNextStores(false);
    // The stock client reconnects (45xx is transient) and its sync step 2 carries the edit again.
    await until(() => b.doc.getText('t').toString() === 'x', 'the edit to arrive after reconnect');
    expect(textOf(store.stored.get('d'))).toBe('x');
  });

  it('unloads an idle document after the grace period and loads it again on the next connection', async () => {
    const store = memoryStore();
    const h = await harness([store.extension], { unloadGraceMs: 100 });
    const a = client(h.url, 'd');
    await synced(a);
    a.doc.getText('t').insert(0, 'kept');
    await until(() => textOf(store.stored.get('d')) === 'kept', 'the edit to be stored');
    a.provider.disconnect();
    await until(() => h.collab.roomCount === 0, 'the room to unload');
    const b = client(h.url, 'd');
    await synced(b);
    await until(() => b.doc.getText('t').toString() === 'kept', 'b to load the stored edit');
  });
});
