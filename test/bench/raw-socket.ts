/**
 * Minimal WebSocket client over a raw TCP socket, for 60 connections in one process without
 * the per-frame cost of a full client library: incoming frames are split by hand, pings are
 * answered, outgoing frames are masked with a fresh key each as RFC 6455 requires.
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

export type FrameHandler = (payload: Buffer) => void;

export class RawSocket {
  readonly #socket: Socket;
  #buffer: Buffer = Buffer.alloc(0);
  /** Chunks received and not parsed yet, their total length, and the length the next frame needs (0: unknown). */
  #chunks: Buffer[] = [];
  #have = 0;
  #need = 0;
  #open = false;
  /** Bytes of binary payloads received. */
  bytes = 0;
  frames = 0;
  constructor(
    url: string,
    private readonly onBinary: FrameHandler,
    private readonly onOpen: () => void,
    private readonly onError: (error: Error) => void,
  ) {
    const { hostname, port, pathname, search } = new URL(url);
    this.#socket = connect(Number(port), hostname);
    this.#socket.setNoDelay(true);
    const key = randomBytes(16).toString('base64');
    this.#socket.on('connect', () =>
      this.#socket.write(
        `GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      ),
    );
    this.#socket.on('data', (chunk: Buffer) => this.#data(chunk));
    this.#socket.on('error', (e) => this.onError(e));
  }

  #data(chunk: Buffer): void {
    // A large frame arrives in many chunks: gather them and join them once it is complete,
    // not at every chunk (joining at every chunk copies a 2 MB frame ~100 times over).
    this.#chunks.push(chunk);
    this.#have += chunk.length;
    if (this.#have < this.#need) return;
    this.#buffer = this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks, this.#have);
    this.#chunks = [];
    this.#need = 0;
    if (!this.#open) {
      const end = this.#buffer.indexOf('\r\n\r\n');
      if (end < 0) {
        this.#keep(this.#buffer, 0);
        return;
      }
      const head = this.#buffer.subarray(0, end).toString('latin1');
      if (!head.startsWith('HTTP/1.1 101')) {
        this.onError(new Error(`upgrade refused: ${head.split('\r\n')[0]}`));
        return;
      }
      this.#open = true;
      this.#buffer = this.#buffer.subarray(end + 4);
      this.onOpen();
    }
    let offset = 0;
    const buf = this.#buffer;
    while (buf.length - offset >= 2) {
      const opcode = buf[offset]! & 0x0f;
      let length = buf[offset + 1]! & 0x7f;
      let header = 2;
      if (length === 126) {
        if (buf.length - offset < 4) break;
        length = buf.readUInt16BE(offset + 2);
        header = 4;
      } else if (length === 127) {
        if (buf.length - offset < 10) break;
        length = Number(buf.readBigUInt64BE(offset + 2));
        header = 10;
      }
      if (buf.length - offset < header + length) {
        this.#need = header + length;
        break;
      }
      const payload = buf.subarray(offset + header, offset + header + length);
      offset += header + length;
      if (opcode === 0x2) {
        this.bytes += length;
        this.frames++;
        this.onBinary(payload);
      } else if (opcode === 0x9) {
        this.#send(0xa, payload);
      } else if (opcode === 0x8) {
        this.#socket.end();
      }
    }
    this.#keep(buf, offset);
  }

  /** Keeps the unparsed rest of `buf` from `offset` as the first chunk of what comes next. */
  #keep(buf: Buffer, offset: number): void {
    if (offset === buf.length) {
      this.#have = 0;
      return;
    }
    const rest = buf.subarray(offset);
    this.#chunks = [rest];
    this.#have = rest.length;
  }

  #send(opcode: number, payload: Uint8Array): void {
    const length = payload.length;
    const header = length < 126 ? Buffer.alloc(6) : length < 65536 ? Buffer.alloc(8) : Buffer.alloc(14);
    header[0] = 0x80 | opcode;
    if (length < 126) header[1] = 0x80 | length;
    else if (length < 65536) {
      header[1] = 0x80 | 126;
      header.writeUInt16BE(length, 2);
    } else {
      header[1] = 0x80 | 127;
      header.writeBigUInt64BE(BigInt(length), 2);
    }
    const keyAt = header.length - 4;
    const key = (Math.random() * 0x100000000) >>> 0;
    header.writeUInt32BE(key, keyAt);
    const masked = Buffer.allocUnsafe(length);
    for (let i = 0; i < length; i++) masked[i] = payload[i]! ^ header[keyAt + (i & 3)]!;
    this.#socket.write(header);
    this.#socket.write(masked);
  }

  sendBinary(payload: Uint8Array): void {
    this.#send(0x2, payload);
  }

  close(): void {
    this.#socket.destroy();
  }
}
