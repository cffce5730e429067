/**
 * The server's `permissionDenied` message (y-websocket message type 2) says this connection
 * may no longer do something — in Accord, that it became read-only because the person's role
 * was lowered. The stock provider only logs it; this replaces its handler so the page can
 * react (re-read its access, lock the editor, say why).
 */
import { decodeMessage, MessageType } from '@accord/protocol';
import type { WebsocketProvider } from 'y-websocket';
import { translate } from '../i18n/current.js';

type Handler = WebsocketProvider['messageHandlers'][number];

/** The reason in a permissionDenied frame; a generic one (in the page's language) if the frame cannot be read. */
export function permissionDeniedReason(frame: Uint8Array): string {
  try {
    const message = decodeMessage(frame);
    if (message.type === 'permission-denied' && message.reason) return message.reason;
  } catch {
    // A frame this client cannot read still means "denied".
  }
  return translate('shell.readOnly.deniedFallback');
}

/** Calls `listener` with the reason of every permissionDenied the provider receives; returns the undo. */
export function onPermissionDenied(provider: WebsocketProvider, listener: (reason: string) => void): () => void {
  const handlers = provider.messageHandlers;
  const original = handlers[MessageType.Auth];
  // y-websocket decodes each frame with a fresh decoder over the whole frame, so `arr` is the frame.
  const replacement: Handler = (_encoder, decoder) => listener(permissionDeniedReason(decoder.arr));
  handlers[MessageType.Auth] = replacement;
  return () => {
    if (handlers[MessageType.Auth] === replacement && original) handlers[MessageType.Auth] = original;
  };
}
