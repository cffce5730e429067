/**
 * Accepts WebSocket upgrades on `/collab/:documentId` and hands each socket to the
 * collaboration server. Frame size is enforced here by `ws` (`maxPayload`): an oversized
 * frame closes that connection with 1009 before it is buffered whole. Nothing of the upgrade
 * request is kept once the collaboration server has it.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { CollabServer } from '../collab/index.js';
import type { KeyedLimiter } from '../limits/keyed-limiter.js';

const COLLAB_PATH = /^\/collab\/([^/?#]+)$/;

export interface WebSocketOptions {
  maxMessageBytes: number;
  /** Connection attempts per client IP; over it, the upgrade is answered 429. */
  connectLimiter: KeyedLimiter;
  onLimited: () => void;
}

export function attachWebSocket(server: Server, collab: CollabServer, options: WebSocketOptions): WebSocketServer {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    perMessageDeflate: false,
    // The collaboration server tracks its connections; ws's own set would add an entry and a
    // close-listener closure per connection that nothing reads.
    clientTracking: false,
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const ip = request.socket.remoteAddress ?? 'unknown';
    if (!options.connectLimiter.take(ip)) {
      options.onLimited();
      const retry = options.connectLimiter.retryAfterSeconds(ip);
      socket.end(
        `HTTP/1.1 429 Too Many Requests\r\nRetry-After: ${retry}\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\ntoo many connection attempts from your address; try again in ${retry} s\n`,
      );
      return;
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const match = COLLAB_PATH.exec(path);
    if (!match) {
      socket.end(
        'HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nWebSocket endpoint is /collab/:documentId\n',
      );
      return;
    }
    let documentId: string;
    try {
      documentId = decodeURIComponent(match[1]!);
    } catch {
      documentId = match[1]!;
    }
    wss.handleUpgrade(request, socket, head, (ws) => collab.handleConnection(ws, request, documentId));
  });
  return wss;
}
