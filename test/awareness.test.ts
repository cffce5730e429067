/**
 * Presence through Accord with the stock provider: states reach the others, disappear for
 * everyone when a client closes or drops, and one client cannot overwrite another's.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeAwarenessUpdate, decodeMessage, encodeAwareness, encodeAwarenessUpdate, encodeSyncStep1 } from '@accord/protocol';
import { createDocument } from './helpers/accord-process.js';
import { rawClient, synced, until, type StockClient } from './helpers/clients.js';
import { sharedAccord } from './helpers/shared-accord.js';

const shared = sharedAccord();

const connect = (documentId: string, name: string) => {
  const client = shared.connect(documentId);
  client.provider.awareness.setLocalStateField('user', { name });
  return client;
};

const names = (c: StockClient) =>
  [...c.provider.awareness.getStates().values()]
    .map((s) => (s as { user?: { name: string } }).user?.name)
    .filter(Boolean)
    .sort();

describe('awareness through Accord', () => {
  it('delivers every state to every client, newcomers included', async () => {
    const documentId = await createDocument(shared.accord);
    const a = connect(documentId, 'Avri');
    const b = connect(documentId, 'Markus');
    await Promise.all([synced(a), synced(b)]);
    await until(() => names(a).length === 2 && names(b).length === 2, 'both to see both');
    const c = connect(documentId, 'Chengetai');
    await synced(c);
    await until(() => [a, b, c].every((x) => names(x).join() === 'Avri,Chengetai,Markus'), 'all three to see all three');
  });

  it('removes a closed client’s state for everyone', async () => {
    const documentId = await createDocument(shared.accord);
    const a = connect(documentId, 'Avri');
    const b = connect(documentId, 'Markus');
    await Promise.all([synced(a), synced(b)]);
    await until(() => names(a).length === 2, 'a to see b');
    b.provider.disconnect();
    await until(() => names(a).join() === 'Avri', 'b to disappear for a');
  });

  it('removes the state of a client whose socket died without a goodbye', async () => {
    const documentId = await createDocument(shared.accord);
    const a = connect(documentId, 'Avri');
    await synced(a);
    // A raw client announces presence and then vanishes (no null state sent, socket cut).
    const raw = await rawClient(`${shared.accord.wsUrl}/${documentId}`);
    raw.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    raw.send(encodeAwareness(encodeAwarenessUpdate([{ clientId: 777, clock: 1, state: { user: { name: 'Ghost' } } }])));
    await until(() => names(a).includes('Ghost'), 'a to see the raw client');
    raw.socket.terminate();
    await until(() => !names(a).includes('Ghost'), 'the dead client to disappear');
  });

  it("ignores a client that tries to overwrite or remove another client's state", async () => {
    const documentId = await createDocument(shared.accord);
    const a = connect(documentId, 'Avri');
    await synced(a);
    await until(() => names(a).length === 1, 'a to see itself');
    const raw = await rawClient(`${shared.accord.wsUrl}/${documentId}`);
    const victim = a.doc.clientID;
    raw.send(encodeAwareness(encodeAwarenessUpdate([{ clientId: victim, clock: 1000, state: { user: { name: 'Impostor' } } }])));
    raw.send(encodeAwareness(encodeAwarenessUpdate([{ clientId: victim, clock: 1001, state: null }])));
    const observer = connect(documentId, 'Observer');
    await synced(observer);
    await until(() => names(observer).join() === 'Avri,Observer', 'the observer to see the true states');
    expect(names(a)).toEqual(['Avri', 'Observer']);
    // Nothing the impostor sent was relayed.
    const relayed = raw.frames
      .map((f) => decodeMessage(f))
      .filter((m) => m.type === 'awareness')
      .flatMap((m) => decodeAwarenessUpdate((m as { update: Uint8Array }).update));
    expect(relayed.some((e) => (e.state as { user?: { name: string } } | null)?.user?.name === 'Impostor')).toBe(false);
    raw.socket.close();
  });
});
