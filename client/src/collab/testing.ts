/** Test helpers for the collaboration session (no server: frames are handed to the provider directly). */
import type { WebsocketProvider } from 'y-websocket';

/**
 * Delivers a frame to the provider's handler the way y-websocket does: a decoder over the whole
 * frame, past the type, and a scratch encoder (lib0's shape) for any reply, which is dropped.
 */
export function deliver(provider: WebsocketProvider, frame: Uint8Array): void {
  const handler = provider.messageHandlers[frame[0]!]!;
  const scratch = { cpos: 0, cbuf: new Uint8Array(1024), bufs: [] as Uint8Array[] };
  handler(scratch as never, { arr: frame, pos: 1 } as never, provider, true, frame[0]!);
}
