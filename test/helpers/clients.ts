/**
 * Clients for tests: the stock y-websocket provider (with BroadcastChannel off, or the
 * server would not be what is tested) and a raw socket for frames no real client sends.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';

// Each stock provider adds a process 'exit' listener; tests with many clients would trip
// Node's leak warning although every provider is destroyed after its test.
process.setMaxListeners(Math.max(process.getMaxListeners(), 256));

export interface StockClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/**
 * A stock `WebsocketProvider` on `serverUrl` (`ws://host:port/collab`) for `documentId`,
 * authenticated the way scripts are: `token` goes in the `token` query parameter.
 */
export function stockClient(
  serverUrl: string,
  documentId: string,
  options: { connect?: boolean; doc?: Y.Doc; token?: string } = {},
): StockClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, documentId, doc, {
    ...(options.token === undefined ? {} : { params: { token: options.token } }),
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: 500,
  });
  return {
    doc,
    provider,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls `predicate` (sync or async) until it holds; fails with `what` after `timeoutMs`. */
export async function until(
  predicate: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Resolves when the provider has completed its first sync. */
export const synced = (client: StockClient, timeoutMs = 10_000): Promise<void> =>
  until(() => client.provider.synced, 'the provider to sync', timeoutMs);

/** A raw WebSocket that records every frame and its close. */
export interface RawClient {
  socket: WebSocket;
  frames: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
  send(data: Uint8Array | string): void;
}

/** A raw socket on `url`; with `token`, it is appended as the `token` query parameter. */
export function rawClient(url: string, token?: string, headers?: Record<string, string>): Promise<RawClient> {
  const socket = new WebSocket(
    token === undefined ? url : `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`,
    { headers },
  );
  const frames: Uint8Array[] = [];
  socket.binaryType = 'nodebuffer';
  socket.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((r) =>
    socket.on('close', (code, reason) => r({ code, reason: reason.toString() })),
  );
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, frames, closed, send: (d) => socket.send(d) }));
    socket.once('error', reject);
  });
}
