/**
 * What a lean idle connection must not lose: its rate buckets are forgotten on a keep-alive
 * tick only once full, so a tick never hands a client a fresh burst. Real sockets on loopback.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { CloseCode, encodeQueryAwareness } from '@accord/protocol';
import { createLogger } from '../logger.js';
import { CollabServer } from './collab-server.js';
import type { Connection } from './connection.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const done of cleanup.splice(0).reverse()) await done();
});

/** A collaboration server allowing `burst` messages and (practically) no refill; resolves the first connection. */
async function serve(burst: number): Promise<{ url: string; connection: Promise<Connection> }> {
  const collab = new CollabServer({
    extensions: [],
    logger: createLogger('silent'),
    unloadGraceMs: 50,
    keepAliveMs: 600_000,
    maxQueuedBytes: 1024 * 1024,
    messageRate: { perSecond: 0.001, burst },
  });
  const server = createServer();
  const wss = new WebSocketServer({ server });
  const connection = new Promise<Connection>((resolve) =>
    wss.once('connection', (ws, request) => resolve(collab.handleConnection(ws, request, 'doc'))),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanup.push(async () => {
    await collab.destroy();
    wss.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/doc`, connection };
}

const until = async (condition: () => boolean, what: string): Promise<void> => {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
};

it('keeps a rate bucket that has not refilled across a keep-alive tick', async () => {
  const { url, connection } = await serve(3);
  const client = new WebSocket(url);
  cleanup.push(async () => client.terminate());
  let frames = 0;
  let closedWith: number | undefined;
  client.on('message', () => frames++);
  client.on('close', (code) => (closedWith = code));
  await new Promise((r) => client.once('open', r));
  // Three queries (the whole burst), each answered once the document is loaded.
  for (let i = 0; i < 3; i++) client.send(encodeQueryAwareness());
  // The server's sync step 1 on join, then three answers.
  await until(() => frames >= 4, 'the three answers');
  (await connection).keepAlive();
  client.send(encodeQueryAwareness());
  await until(() => closedWith !== undefined, 'the connection to close');
  expect(closedWith).toBe(CloseCode.TooManyRequests);
});
