import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeMessage, encodePermissionDenied, encodeSyncStep2 } from '@accord/protocol';
import * as Y from 'yjs';
import { CollabSession } from './session.js';
import { deliver } from './testing.js';

// No server here: the provider is created with `connect: false` and its sync state is set by
// hand, which is what y-websocket does when its socket syncs or drops.
let session: CollabSession | undefined;
// Node 20 has no WebSocket; nothing connects here, the provider only needs the class.
const WebSocketPolyfill = class {} as unknown as typeof WebSocket;
afterEach(() => {
  session?.dispose();
  vi.useRealTimers();
});

function open(): { session: CollabSession; provider: NonNullable<CollabSession['provider']> } {
  session = new CollabSession({ serverUrl: 'ws://127.0.0.1:9/collab', documentId: 'doc-1', WebSocketPolyfill });
  const docs = new Map<string, Y.Doc>();
  session.providerFactory('doc-1', docs);
  expect(docs.get('doc-1')).toBe(session.doc);
  return { session, provider: session.provider! };
}

const edit = (doc: Y.Doc, text: string, origin: unknown = 'local') =>
  doc.transact(() => doc.getText('t').insert(0, text), origin);

describe('CollabSession', () => {
  it('is connecting, with no provider yet, until the plugin asks for one', () => {
    session = new CollabSession({ serverUrl: 'ws://127.0.0.1:9/collab', documentId: 'doc-1', WebSocketPolyfill });
    expect(session.getSnapshot()).toMatchObject({
      phase: 'connecting',
      providerReady: false,
      everSynced: false,
      unsynced: 0,
    });
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

    // Connected and synced: edits go straight out; sent, but not confirmed by the server yet
    // (nor are the two the handshake carried).
    edit(session.doc, 'c');
    expect(session.getSnapshot()).toMatchObject({ unsynced: 0, unconfirmed: 3 });

    // Dropped before any confirmation: all may be lost, so all count as unsent again.
    provider.wsconnected = false;
    provider.synced = false;
    edit(session.doc, 'd');
    expect(session.getSnapshot()).toMatchObject({ phase: 'reconnecting', unsynced: 4, unconfirmed: 0 });
    expect(session.hasUnsentChanges).toBe(true);
  });

  it('confirms edits sent on an open connection once the server answers a later sync step 1', () => {
    vi.useFakeTimers();
    const { session, provider } = open();
    const probes: Uint8Array[] = [];
    const socket = {
      readyState: 1,
      OPEN: 1,
      close: () => {},
      send: (frame: Uint8Array) => decodeMessage(frame).type === 'sync-step-1' && probes.push(frame),
    };
    provider.ws = socket as unknown as WebSocket;
    provider.wsconnected = true;
    provider.synced = true;
    const answer = () => deliver(provider, encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc())));

    edit(session.doc, 'a');
    expect(session.getSnapshot()).toMatchObject({ unsynced: 0, unconfirmed: 1 });
    expect(session.hasUnsentChanges).toBe(true);
    vi.advanceTimersByTime(600); // the probe's delay, well inside y-websocket's 30 s watchdog
    expect(probes).toHaveLength(1);

    edit(session.doc, 'b'); // after the probe: its answer does not cover this one
    answer();
    expect(session.getSnapshot().unconfirmed).toBe(1);
    vi.advanceTimersByTime(600); // the probe's delay, well inside y-websocket's 30 s watchdog
    expect(probes).toHaveLength(2);
    answer();
    expect(session.getSnapshot().unconfirmed).toBe(0);
    expect(session.hasUnsentChanges).toBe(false);

    // An answer nobody asked for confirms nothing.
    edit(session.doc, 'c');
    answer();
    expect(session.getSnapshot().unconfirmed).toBe(1);
  });

  it('says unsent changes are kept in this tab only where the browser cannot store them (here: no IndexedDB)', () => {
    session = new CollabSession({
      serverUrl: 'ws://127.0.0.1:9/collab',
      documentId: 'doc-1',
      personId: 'p1',
      WebSocketPolyfill,
    });
    session.providerFactory('doc-1', new Map());
    edit(session.doc, 'a');
    expect(session.getSnapshot()).toMatchObject({ unsynced: 1, keptOn: 'tab', restored: false });
  });

  it('does not count what arrives from the network', () => {
    const { session, provider } = open();
    edit(session.doc, 'remote', provider);
    expect(session.getSnapshot().unsynced).toBe(0);
  });

  it('reports a refusal from the server as closed, with its code', () => {
    const { session, provider } = open();
    provider.emit('closed', [{ code: 4404, reason: 'no such document' }, provider]);
    expect(session.getSnapshot()).toMatchObject({
      phase: 'closed',
      closedReason: 'no such document',
      closedCode: 4404,
    });
  });

  it('reports a permissionDenied while staying connected (a role was lowered)', () => {
    const { session, provider } = open();
    provider.wsconnected = true;
    provider.synced = true;
    let calls = 0;
    session.subscribe(() => calls++);
    deliver(provider, encodePermissionDenied('observers cannot edit this document'));
    expect(session.getSnapshot()).toMatchObject({
      phase: 'connected',
      denied: { reason: 'observers cannot edit this document' },
    });
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
