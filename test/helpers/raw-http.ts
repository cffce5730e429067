/**
 * One raw keep-alive HTTP/1.1 connection, for tests of what happens to the *next* request on a
 * socket: an http.Agent would quietly open a new socket when the server closed the old one.
 */
import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RawHttpConnection {
  /** Sends one request and reads its whole response; rejects if the socket closes first. */
  request(method: string, path: string, headers?: Record<string, string>, body?: string | Buffer): Promise<RawResponse>;
  /** Whether the server has closed its side. */
  readonly closed: boolean;
  close(): void;
}

export async function rawHttp(url: string): Promise<RawHttpConnection> {
  const { hostname, port } = new URL(url);
  const socket: Socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let buffer = Buffer.alloc(0);
  let closed = false;
  let wake: (() => void) | undefined;
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    wake?.();
  });
  const onEnd = () => {
    closed = true;
    wake?.();
  };
  socket.on('end', onEnd).on('close', onEnd).on('error', onEnd);

  /** The first complete response in the buffer, removed from it; undefined while incomplete. */
  function takeResponse(): RawResponse | undefined {
    const headEnd = buffer.indexOf('\r\n\r\n');
    if (headEnd < 0) return undefined;
    const [statusLine, ...lines] = buffer.subarray(0, headEnd).toString('latin1').split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    let rest = buffer.subarray(headEnd + 4);
    let body: Buffer;
    if (headers['transfer-encoding']?.includes('chunked')) {
      const parts: Buffer[] = [];
      for (;;) {
        const lineEnd = rest.indexOf('\r\n');
        if (lineEnd < 0) return undefined;
        const size = parseInt(rest.subarray(0, lineEnd).toString('latin1'), 16);
        if (rest.length < lineEnd + 2 + size + 2) return undefined;
        parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
        rest = rest.subarray(lineEnd + 2 + size + 2);
        if (size === 0) break;
      }
      body = Buffer.concat(parts);
    } else {
      const length = Number(headers['content-length'] ?? 0);
      if (rest.length < length) return undefined;
      body = rest.subarray(0, length);
      rest = rest.subarray(length);
    }
    buffer = rest;
    return { status: Number(statusLine!.split(' ')[1]), headers, body: body.toString('utf8') };
  }

  return {
    get closed() {
      return closed;
    },
    async request(method, path, headers = {}, body) {
      if (closed) throw new Error(`the server closed the connection before ${method} ${path} could be sent`);
      const payload = body === undefined ? Buffer.alloc(0) : Buffer.from(body);
      const head = [`${method} ${path} HTTP/1.1`, `host: ${hostname}:${port}`, 'connection: keep-alive'];
      // A test may declare more than it sends, to see that the server does not wait for the rest.
      if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-length'))
        head.push(`content-length: ${payload.length}`);
      for (const [name, value] of Object.entries(headers)) head.push(`${name}: ${value}`);
      socket.write(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), payload]));
      for (;;) {
        const response = takeResponse();
        if (response) return response;
        if (closed) throw new Error(`the server closed the connection without answering ${method} ${path}`);
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    close: () => socket.destroy(),
  };
}
