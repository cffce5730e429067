/** Test helpers for the collaboration session (no server: frames are handed to the provider directly). */
import type { WebsocketProvider } from 'y-websocket';

/** Delivers a frame to the provider's handler the way y-websocket does: a decoder over the whole frame, past the type. */
export function deliver(provider: WebsocketProvider, frame: Uint8Array): void {
  const handler = provider.messageHandlers[frame[0]!]!;
  handler({} as never, { arr: frame, pos: 1 } as never, provider, true, frame[0]!);
}
