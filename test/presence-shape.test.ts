/**
 * F8: a cursor that is not a Yjs relative position never reaches an editor. Every peer feeds
 * `anchorPos` / `focusPos` into `Y.createAbsolutePositionFromRelativePosition`, which throws on
 * `{}`; so a raw socket (observer or member) that announces malformed cursors is relayed with
 * "no cursor" (`null`s) and the rest of its state, while real cursors pass unchanged.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeAwareness, encodeAwarenessUpdate } from '@accord/protocol';
import { demo, tokenFor } from './helpers/auth.js';
import { createDocument } from './helpers/accord-process.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { probeSocket, type ProbeSocket } from './helpers/probe-socket.js';

let server: InProcessAccord;
let documentId: string;
const closers: Array<() => void> = [];

beforeAll(async () => {
  server = await inProcessAccord();
  documentId = await createDocument(server);
});
afterEach(() => closers.splice(0).forEach((close) => close()));
afterAll(() => server?.close());

async function viewer(): Promise<StockClient> {
  const client = stockClient(server.wsUrl, documentId, { token: await tokenFor(server.url, demo.coordinator) });
  closers.push(() => client.destroy());
  await synced(client);
  return client;
}

async function probe(email: string): Promise<ProbeSocket> {
  const socket = await probeSocket(`${server.wsUrl}/${documentId}`, await tokenFor(server.url, email));
  closers.push(() => socket.socket.close());
  return socket;
}

/** A cursor as @lexical/yjs publishes it: the serialised Y.RelativePosition class, every key present. */
const realCursor = { type: null, tname: null, item: { client: 12, clock: 3 }, assoc: 0 };
const malformed: unknown[] = [
  {},
  'root',
  42,
  [],
  { type: null, tname: null, item: { client: -1, clock: 3 }, assoc: 0 },
  { type: null, tname: null, item: { client: 1, clock: 2 ** 60 }, assoc: 0 },
  { type: null, tname: null, item: { client: 1.5, clock: 3 }, assoc: 0 },
  { type: { client: 1, clock: { deep: [{}] } }, tname: null, item: null, assoc: 0 },
  { type: null, tname: null, item: null, assoc: 0 },
  { type: null, tname: 'root', item: null, assoc: 'left' },
];

/** Announces one state per malformed cursor (as one client id, one clock after the other), then a real one. */
async function announceAll(socket: ProbeSocket, clientId: number, watcher: StockClient): Promise<void> {
  const seen = () => watcher.provider.awareness.getStates().get(clientId) as Record<string, unknown> | undefined;
  let clock = 1;
  for (const bad of malformed) {
    const state = {
      name: 'x',
      color: '#2563eb',
      focusing: true,
      anchorPos: bad,
      focusPos: realCursor,
      awarenessData: {},
    };
    socket.send(encodeAwareness(encodeAwarenessUpdate([{ clientId, clock: clock++, state }])));
    const expectedClock = clock - 1;
    await until(
      () => watcher.provider.awareness.meta.get(clientId)?.clock === expectedClock,
      `state ${expectedClock} to arrive`,
    );
    // Lexical reads a pair of nulls as "no selection".
    expect(seen(), `anchorPos ${JSON.stringify(bad)}`).toMatchObject({
      focusing: true,
      anchorPos: null,
      focusPos: null,
    });
  }
  const good = {
    name: 'x',
    color: '#2563eb',
    focusing: true,
    anchorPos: realCursor,
    focusPos: { ...realCursor, assoc: -1 },
  };
  socket.send(encodeAwareness(encodeAwarenessUpdate([{ clientId, clock, state: good }])));
  await until(() => watcher.provider.awareness.meta.get(clientId)?.clock === clock, 'the real cursor to arrive');
  expect(seen()).toMatchObject({ anchorPos: realCursor, focusPos: { ...realCursor, assoc: -1 } });
  // What arrives is something Yjs can resolve against the document.
  const position = seen()!.anchorPos as unknown as Y.RelativePosition;
  expect(() => Y.createAbsolutePositionFromRelativePosition(position, watcher.doc)).not.toThrow();
}

describe('cursor fields in presence', () => {
  it('are dropped when an observer’s cursor is not a relative position; the rest of the state is kept', async () => {
    const watcher = await viewer();
    await announceAll(await probe(demo.observer), 910_001, watcher);
  });

  it('are dropped for editors too', async () => {
    const watcher = await viewer();
    const socket = await probe(demo.member);
    await announceAll(socket, 910_002, watcher);
    // An editor keeps the rest of its state (awarenessData and its own fields).
    socket.send(
      encodeAwareness(
        encodeAwarenessUpdate([
          {
            clientId: 910_002,
            clock: 100,
            state: { anchorPos: {}, focusPos: {}, awarenessData: { typing: true }, mood: 'ok' },
          },
        ]),
      ),
    );
    await until(() => watcher.provider.awareness.meta.get(910_002)?.clock === 100, 'the last state to arrive');
    expect(watcher.provider.awareness.getStates().get(910_002)).toEqual({
      anchorPos: null,
      focusPos: null,
      awarenessData: { typing: true },
      mood: 'ok',
      name: 'Mei Tanaka',
    });
  });
});
