/**
 * Keep-alive: an idle but healthy client is kept (it gets messages often enough for the stock
 * client's 30 s watchdog), and a peer that stops answering pings is dropped and its presence
 * removed.
 */
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { encodeAwareness, encodeAwarenessUpdate, encodeSyncStep1 } from '@accord/protocol';
import { createDocument } from './helpers/accord-process.js';
import { synced, until } from './helpers/clients.js';
import { sharedAccord } from './helpers/shared-accord.js';

const KEEPALIVE_MS = 300;
const shared = sharedAccord({ env: { ACCORD_KEEPALIVE_MS: String(KEEPALIVE_MS) } });

describe('keep-alive', () => {
  it('sends an idle client a message every interval and keeps it connected', async () => {
    const documentId = await createDocument(shared.accord);
    const client = shared.connect(documentId);
    await synced(client);
    client.provider.awareness.setLocalState(null);
    let messages = 0;
    client.provider.ws!.addEventListener('message', () => messages++);
    await new Promise((r) => setTimeout(r, KEEPALIVE_MS * 6));
    expect(messages).toBeGreaterThanOrEqual(3);
    expect(client.provider.wsconnected).toBe(true);
  });

  it('drops a peer that stops answering pings, and removes its presence for the others', async () => {
    const documentId = await createDocument(shared.accord);
    const watcher = shared.connect(documentId);
    await synced(watcher);
    const silent = new WebSocket(`${shared.accord.wsUrl}/${documentId}?token=${encodeURIComponent(shared.token)}`, {
      autoPong: false,
    });
    await new Promise((r) => silent.once('open', r));
    silent.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    silent.send(
      encodeAwareness(encodeAwarenessUpdate([{ clientId: 4242, clock: 1, state: { user: { name: 'Silent' } } }])),
    );
    await until(() => watcher.provider.awareness.getStates().has(4242), 'the watcher to see the silent peer');
    const closed = new Promise<number>((r) => silent.once('close', (code) => r(code)));
    const started = Date.now();
    await closed;
    expect(Date.now() - started).toBeLessThan(KEEPALIVE_MS * 6);
    await until(() => !watcher.provider.awareness.getStates().has(4242), 'its presence to be removed');
  });
});
