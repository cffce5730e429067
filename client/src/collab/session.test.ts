import { afterEach, describe, expect, it } from 'vitest';
import { encodePermissionDenied } from '@accord/protocol';
import * as Y from 'yjs';
import { CollabSession } from './session.js';
import { deliver } from './testing.js';

// No server here: the provider is created with `connect: false` and its sync state is set by
// hand, which is what y-websocket does when its socket syncs or drops.
let session: CollabSession | undefined;
// Node 20 has no WebSocket; nothing connects here, the provider only needs the class.
const WebSocketPolyfill = class {} as unknown as typeof WebSocket;
afterEach(() => session?.dispose());

function open(): { session: CollabSession; provider: NonNullable<CollabSession['provider']> } {
  session = new CollabSession({ serverUrl: 'ws://127.0.0.1:9/collab', documentId: 'doc-1', WebSocketPolyfill });
  const docs = new Map<string, Y.Doc>();
  session.providerFactory('doc-1', docs);
  expect(docs.get('doc-1')).toBe(session.doc);
  return { session, provider: session.provider! };
}

const edit = (doc: Y.Doc, text: string, origin: unknown = 'local') => doc.transact(() => doc.getText('t').insert(0, text), origin);

describe('CollabSession', () => {
  it('is connecting, with no provider yet, until the plugin asks for one', () => {
    session = new CollabSession({ serverUrl: 'ws://127.0.0.1:9/collab', documentId: 'doc-1', WebSocketPolyfill });
    expect(session.getSnapshot()).toMatchObject({ phase: 'connecting', providerReady: false, everSynced: false, unsynced: 0 });
  });

  it('refuses to serve another document', () => {
    session = new CollabSession({ serverUrl: 'ws://127.0.0.1:9/collab', documentId: 'doc-1', WebSocketPolyfill });
    expect(() => session!.providerFactory('doc-2', new Map())).toThrow(/doc-1/);
  });

  it('returns the same provider to a repeated factory call', () => {
    const { session, provider } = open();
    expect(session.providerFactory('doc-1', new Map())).toBe(provider);
  });

  it('counts local transactions made while not synced and resets the count on resync', () => {
    const { session, provider } = open();
    edit(session.doc, 'a');
    edit(session.doc, 'b');
    expect(session.getSnapshot()).toMatchObject({ phase: 'connecting', unsynced: 2 });

    provider.wsconnected = true;
    provider.synced = true;
    expect(session.getSnapshot()).toMatchObject({ phase: 'connected', unsynced: 0, everSynced: true });
    expect(session.getSnapshot().lastMerge?.count).toBe(2);

    // Connected and synced: edits go straight out and are not counted.
    edit(session.doc, 'c');
    expect(session.getSnapshot().unsynced).toBe(0);

    // Dropped: reconnecting, and edits count again.
    provider.wsconnected = false;
    provider.synced = false;
    edit(session.doc, 'd');
    expect(session.getSnapshot()).toMatchObject({ phase: 'reconnecting', unsynced: 1 });
  });

  it('does not count what arrives from the network', () => {
    const { session, provider } = open();
    edit(session.doc, 'remote', provider);
    expect(session.getSnapshot().unsynced).toBe(0);
  });

  it('reports a refusal from the server as closed, with its code', () => {
    const { session, provider } = open();
    provider.emit('closed', [{ code: 4404, reason: 'no such document' }, provider]);
    expect(session.getSnapshot()).toMatchObject({ phase: 'closed', closedReason: 'no such document', closedCode: 4404 });
  });

  it('reports a permissionDenied while staying connected (a role was lowered)', () => {
    const { session, provider } = open();
    provider.wsconnected = true;
    provider.synced = true;
    let calls = 0;
    session.subscribe(() => calls++);
    deliver(provider, encodePermissionDenied('observers cannot edit this document'));
    expect(session.getSnapshot()).toMatchObject({ phase: 'connected', denied: { reason: 'observers cannot edit this document' } });
    expect(calls).toBe(1);
    // Each message is news, even with the same reason.
    const first = session.getSnapshot().denied;
    deliver(provider, encodePermissionDenied('observers cannot edit this document'));
    expect(session.getSnapshot().denied).not.toBe(first);
  });

  it('notifies subscribers only when something changed', () => {
    const { session, provider } = open();
    let calls = 0;
    session.subscribe(() => calls++);
    provider.emit('status', [{ status: 'connecting' }]);
    expect(calls).toBe(0);
    edit(session.doc, 'x');
    expect(calls).toBe(1);
  });
});
