/**
 * Presence shows who people are, not who they say they are: the server writes the signed-in
 * person's name into every awareness state it relays, and a read-only connection can
 * announce only a cursor.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demo, tokenFor } from './helpers/auth.js';
import { createDocument } from './helpers/accord-process.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';

let server: InProcessAccord;
let documentId: string;
const clients: StockClient[] = [];
const open = async (email: string) => {
  const client = stockClient(server.wsUrl, documentId, { token: await tokenFor(server.url, email) });
  clients.push(client);
  await synced(client);
  return client;
};

beforeAll(async () => {
  server = await inProcessAccord();
  documentId = await createDocument(server);
});
afterEach(() => clients.splice(0).forEach((c) => c.destroy()));
afterAll(() => server?.close());

const stateOf = (viewer: StockClient, of: StockClient) =>
  viewer.provider.awareness.getStates().get(of.doc.clientID) as Record<string, unknown> | undefined;

describe('awareness names', () => {
  it('replaces a spoofed name with the server’s, for every viewer', async () => {
    const mei = await open(demo.member);
    const viewer = await open(demo.coordinator);
    mei.provider.awareness.setLocalState({
      name: 'The Chair',
      color: '#2563eb',
      focusing: true,
      anchorPos: null,
      focusPos: null,
      awarenessData: { typing: true },
      user: { name: 'The Chair' },
    });
    await until(() => stateOf(viewer, mei) !== undefined, 'Mei’s presence to reach the viewer');
    expect(stateOf(viewer, mei)).toEqual({
      name: 'Mei Tanaka',
      color: '#2563eb',
      focusing: true,
      anchorPos: null,
      focusPos: null,
      awarenessData: { typing: true },
      user: { name: 'Mei Tanaka' },
    });
  });

  it('keeps only what a cursor needs from an observer', async () => {
    const carlos = await open(demo.observer);
    const viewer = await open(demo.member);
    carlos.provider.awareness.setLocalState({
      name: 'Secretariat',
      color: 'red; background:url(x)',
      focusing: false,
      anchorPos: null,
      focusPos: null,
      awarenessData: { banner: 'All text agreed!' },
      note: '<script>',
    });
    await until(() => stateOf(viewer, carlos) !== undefined, 'the observer’s presence to reach the viewer');
    expect(stateOf(viewer, carlos)).toEqual({
      name: 'Carlos Mendoza',
      focusing: false,
      anchorPos: null,
      focusPos: null,
    });
  });
});
