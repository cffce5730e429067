/**
 * Presence through Accord with the stock provider: states reach the others, disappear for
 * everyone when a client closes or drops, and one client cannot overwrite another's.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  decodeAwarenessUpdate,
  decodeMessage,
  encodeAwareness,
  encodeAwarenessUpdate,
  encodeSyncStep1,
} from '@accord/protocol';
import { demoPeople } from '@accord/server';
import { createDocument } from './helpers/accord-process.js';
import { demo, tokenFor } from './helpers/auth.js';
import { rawClient, synced, until, type StockClient } from './helpers/clients.js';
import { sharedAccord } from './helpers/shared-accord.js';

const shared = sharedAccord();

// The server writes the signed-in person's name into every state it relays (see
// presence-identity.test.ts), so each client here is a different demo person, announcing
// the name the server knows them by.
const nameOf = (email: string) => demoPeople.find((p) => p.email === email)!.name;
const token = (email: string) => tokenFor(shared.accord.url, email);
const [Avri, Markus, Chengetai, Impostor, Watcher] = [
  demo.member,
  demo.member2,
  demo.coordinator,
  demo.member2,
  demo.secretariat,
];

const connect = async (documentId: string, email: string) => {
  const client = shared.connect(documentId, await token(email));
  client.provider.awareness.setLocalStateField('user', { name: nameOf(email) });
  return client;
};

const names = (c: StockClient) =>
  [...c.provider.awareness.getStates().values()]
    .map((s) => (s as { user?: { name: string } }).user?.name)
    .filter(Boolean)
    .sort();

const sorted = (...emails: string[]) => emails.map(nameOf).sort().join();

describe('awareness through Accord', () => {
  it('delivers every state to every client, newcomers included', async () => {
    const documentId = await createDocument(shared.accord);
    const a = await connect(documentId, Avri);
    const b = await connect(documentId, Markus);
    await Promise.all([synced(a), synced(b)]);
    await until(() => names(a).length === 2 && names(b).length === 2, 'both to see both');
    const c = await connect(documentId, Chengetai);
    await synced(c);
    await until(
      () => [a, b, c].every((x) => names(x).join() === sorted(Avri, Chengetai, Markus)),
      'all three to see all three',
    );
  });

  it('removes a closed client’s state for everyone', async () => {
    const documentId = await createDocument(shared.accord);
    const a = await connect(documentId, Avri);
    const b = await connect(documentId, Markus);
    await Promise.all([synced(a), synced(b)]);
    await until(() => names(a).length === 2, 'a to see b');
    b.provider.disconnect();
    await until(() => names(a).join() === sorted(Avri), 'b to disappear for a');
  });

  it('removes the state of a client whose socket died without a goodbye', async () => {
    const documentId = await createDocument(shared.accord);
    const a = await connect(documentId, Avri);
    await synced(a);
    // A raw client announces presence and then vanishes (no null state sent, socket cut).
    const raw = await rawClient(`${shared.accord.wsUrl}/${documentId}`, await token(Markus));
    raw.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    raw.send(
      encodeAwareness(encodeAwarenessUpdate([{ clientId: 777, clock: 1, state: { user: { name: nameOf(Markus) } } }])),
    );
    await until(
      () => a.provider.awareness.getStates().has(777) && names(a).includes(nameOf(Markus)),
      'a to see the raw client',
    );
    raw.socket.terminate();
    await until(
      () => !a.provider.awareness.getStates().has(777) && !names(a).includes(nameOf(Markus)),
      'the dead client to disappear',
    );
  });

  it("ignores a client that tries to overwrite or remove another client's state", async () => {
    const documentId = await createDocument(shared.accord);
    const a = await connect(documentId, Avri);
    await synced(a);
    await until(() => names(a).length === 1, 'a to see itself');
    const raw = await rawClient(`${shared.accord.wsUrl}/${documentId}`, await token(Impostor));
    const victim = a.doc.clientID;
    raw.send(
      encodeAwareness(
        encodeAwarenessUpdate([{ clientId: victim, clock: 1000, state: { user: { name: 'Impostor' } } }]),
      ),
    );
    raw.send(encodeAwareness(encodeAwarenessUpdate([{ clientId: victim, clock: 1001, state: null }])));
    const observer = await connect(documentId, Watcher);
    await synced(observer);
    await until(() => names(observer).join() === sorted(Avri, Watcher), 'the observer to see the true states');
    expect(names(a)).toEqual(sorted(Avri, Watcher).split(','));
    expect(
      (observer.provider.awareness.getStates().get(victim) as { user?: { name: string } } | undefined)?.user?.name,
    ).toBe(nameOf(Avri));
    // Nothing the impostor sent was relayed: neither its state (under any name) nor its removal.
    const relayed = raw.frames
      .map((f) => decodeMessage(f))
      .filter((m) => m.type === 'awareness')
      .flatMap((m) => decodeAwarenessUpdate((m as { update: Uint8Array }).update));
    expect(relayed.some((e) => (e.state as { user?: { name: string } } | null)?.user?.name === 'Impostor')).toBe(false);
    expect(
      relayed
        .filter((e) => e.clientId === victim)
        .every((e) => (e.state as { user?: { name: string } } | null)?.user?.name === nameOf(Avri)),
    ).toBe(true);
    raw.socket.close();
  });
});
