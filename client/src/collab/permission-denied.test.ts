import { encodePermissionDenied, encodeUpdate, MessageType } from '@accord/protocol';
import { WebsocketProvider } from 'y-websocket';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { onPermissionDenied, permissionDeniedReason } from './permission-denied.js';
import { deliver } from './testing.js';

const WebSocketPolyfill = class {} as unknown as typeof WebSocket;
let provider: WebsocketProvider | undefined;
afterEach(() => provider?.destroy());

describe('permissionDenied', () => {
  it('reads the reason of a permissionDenied frame, and a generic one otherwise', () => {
    expect(permissionDeniedReason(encodePermissionDenied('observers cannot edit this document'))).toBe(
      'observers cannot edit this document',
    );
    expect(permissionDeniedReason(encodeUpdate(new Uint8Array([0, 0])))).toBe('permission denied');
    expect(permissionDeniedReason(new Uint8Array([2, 0, 200]))).toBe('permission denied');
  });

  it('reports each permissionDenied the provider receives, and can be undone', () => {
    provider = new WebsocketProvider('ws://127.0.0.1:9/collab', 'doc-1', new Y.Doc(), {
      connect: false,
      WebSocketPolyfill,
    });
    const original = provider.messageHandlers[MessageType.Auth];
    const listener = vi.fn();
    const undo = onPermissionDenied(provider, listener);
    deliver(provider, encodePermissionDenied('contributors cannot edit this document'));
    expect(listener).toHaveBeenCalledWith('contributors cannot edit this document');
    undo();
    expect(provider.messageHandlers[MessageType.Auth]).toBe(original);
  });
});
