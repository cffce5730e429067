/**
 * A crowded room (more connections than the presence and relay thresholds) over real
 * WebSockets on loopback: presence is coalesced yet complete (newest state wins, the sender
 * hears its echo, a newcomer gets everyone, a leaver disappears), and document updates, merged
 * per window, still reach everyone only after they are stored.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import {
  decodeAwarenessUpdate,
  decodeMessage,
  encodeAwareness,
  encodeAwarenessUpdate,
  encodeSyncStep1,
} from '@accord/protocol';
import { CollabServer, createLogger, type Extension } from '@accord/server';
import { rawClient, stockClient, synced, until, type RawClient, type StockClient } from './helpers/clients.js';

/** More than both thresholds: presence ticks (over 32) and relay windows (over 100). */
const CROWD = 120;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function harness(extensions: Extension[] = []): Promise<string> {
  const collab = new CollabServer({
    extensions,
    logger: createLogger('silent'),
    unloadGraceMs: 50,
    keepAliveMs: 60_000,
    maxQueuedBytes: 1024 * 1024,
  });
  const server: Server = createServer();
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws, request) => collab.handleConnection(ws, request, request.url!.replace(/^\/collab\//, '')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(async () => {
    await collab.destroy();
    wss.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/collab`;
}

/** `count` raw connections to `doc`, each synced with an empty state vector. */
async function crowd(url: string, count: number): Promise<RawClient[]> {
  const clients = await Promise.all(Array.from({ length: count }, () => rawClient(`${url}/d`)));
  for (const c of clients) c.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
  cleanups.push(() => clients.forEach((c) => c.socket.close()));
  return clients;
}

function stock(url: string): StockClient {
  const client = stockClient(url, 'd');
  cleanups.push(() => client.destroy());
  return client;
}

const presenceFrame = (clientId: number, clock: number, state: Record<string, unknown> | null) =>
  encodeAwareness(encodeAwarenessUpdate([{ clientId, clock, state }]));

/** Every awareness entry a raw client received, in order. */
const entriesSeen = (client: RawClient) =>
  client.frames.flatMap((f) => {
    const message = decodeMessage(f);
    return message.type === 'awareness' ? decodeAwarenessUpdate(message.update) : [];
  });

describe('presence in a crowded room', () => {
  it('relays the newest state of each client as merged updates, and the sender hears its echo', async () => {
    const url = await harness();
    const [sender, observer, ...rest] = await crowd(url, CROWD);
    // Thirty states in one burst: a naive relay sends thirty frames to each connection.
    for (let clock = 1; clock <= 30; clock++) sender!.send(presenceFrame(7, clock, { name: 'Seven', step: clock }));
    await until(() => entriesSeen(observer!).some((e) => e.clientId === 7 && e.clock === 30), 'the last state');
    await until(() => entriesSeen(sender!).some((e) => e.clientId === 7 && e.clock === 30), 'the sender’s echo');
    await until(() => rest.every((c) => entriesSeen(c).some((e) => e.clock === 30)), 'everyone');
    const sevens = entriesSeen(observer!).filter((e) => e.clientId === 7);
    expect(sevens.length).toBeLessThan(30);
    expect(sevens.at(-1)).toEqual({ clientId: 7, clock: 30, state: { name: 'Seven', step: 30 } });
  });

  it('gives a newcomer everyone’s presence at once, and a stock client in the crowd sees everyone', async () => {
    const url = await harness();
    const members = await crowd(url, CROWD);
    members.forEach((m, i) => m.send(presenceFrame(100 + i, 1, { name: `Member ${i}` })));
    const viewer = stock(url);
    viewer.provider.awareness.setLocalStateField('name', 'Viewer');
    await synced(viewer);
    await until(() => viewer.provider.awareness.getStates().size === CROWD + 1, 'every state at the stock client');
    const late = (await crowd(url, 1))[0]!;
    await until(() => new Set(entriesSeen(late).map((e) => e.clientId)).size >= CROWD + 1, 'everyone at the newcomer');
    expect(viewer.provider.awareness.getStates().get(100 + 5)).toEqual({ name: 'Member 5' });
  });

  it('removes a leaving person for everyone', async () => {
    const url = await harness();
    const members = await crowd(url, CROWD);
    const viewer = stock(url);
    await synced(viewer);
    members[3]!.send(presenceFrame(42, 1, { name: 'Leaving soon' }));
    await until(() => viewer.provider.awareness.getStates().has(42), 'the state to arrive');
    members[3]!.socket.close();
    await until(() => !viewer.provider.awareness.getStates().has(42), 'the state to be removed');
    expect(entriesSeen(members[4]!).some((e) => e.clientId === 42 && e.state === null)).toBe(true);
  });
});

describe('document updates in a crowded room', () => {
  it('reach every connection, merged per window, only after they are stored', async () => {
    const events: string[] = [];
    const stored: Uint8Array[] = [];
    const store: Extension = {
      name: 'slow-store',
      async onStoreUpdates({ updates }) {
        await new Promise((r) => setTimeout(r, 20));
        stored.push(...updates);
        events.push('stored');
      },
    };
    const url = await harness([store]);
    const members = await crowd(url, CROWD);
    const writer = stock(url);
    const reader = stock(url);
    await Promise.all([synced(writer), synced(reader)]);
    reader.doc.getText('t').observe(() => events.push('relayed'));
    for (const word of ['one ', 'two ', 'three ', 'four'])
      writer.doc.getText('t').insert(writer.doc.getText('t').length, word);
    await until(() => reader.doc.getText('t').toString() === 'one two three four', 'the reader to have every word');
    expect(events.indexOf('stored')).toBeLessThan(events.indexOf('relayed'));
    // Every raw member got the same text from its frames.
    for (const member of [members[0]!, members[CROWD - 1]!]) {
      await until(() => {
        const doc = new Y.Doc();
        for (const f of member.frames) {
          const m = decodeMessage(f);
          if (m.type === 'update' || m.type === 'sync-step-2') Y.applyUpdate(doc, m.update);
        }
        return doc.getText('t').toString() === 'one two three four';
      }, 'a member to have every word');
    }
    const doc = new Y.Doc();
    for (const u of stored) Y.applyUpdate(doc, u);
    expect(doc.getText('t').toString()).toBe('one two three four');
  });
});
