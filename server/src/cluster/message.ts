/**
 * The frame every cross-instance message travels in: a small JSON header (who sent it, when,
 * and what it is about) and an optional binary body (a Yjs update), so updates cross Redis as
 * bytes without base64.
 *
 * Layout: 4 bytes big-endian header length, the header as UTF-8 JSON, the body.
 */

/** What every message says about itself. */
export interface MessageHeader {
  /** The publishing instance. */
  from: string;
  /** Publish time (ms since the epoch, the publisher's clock), for the lag metric. */
  at: number;
  [field: string]: unknown;
}

/** Encodes a header and an optional body into one buffer for Redis. */
export function encodeMessage(header: MessageHeader, body?: Uint8Array): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const out = Buffer.allocUnsafe(4 + json.length + (body?.length ?? 0));
  out.writeUInt32BE(json.length, 0);
  json.copy(out, 4);
  if (body) out.set(body, 4 + json.length);
  return out;
}

/** Decodes a buffer made by {@link encodeMessage}; undefined when it is not one (e.g. published by something else). */
export function decodeMessage<H extends MessageHeader>(message: Buffer): { header: H; body: Uint8Array } | undefined {
  if (message.length < 4) return undefined;
  const length = message.readUInt32BE(0);
  if (4 + length > message.length) return undefined;
  try {
    const header = JSON.parse(message.subarray(4, 4 + length).toString('utf8')) as H;
    if (typeof header !== 'object' || header === null || typeof header.from !== 'string') return undefined;
    // A copy: the body outlives the socket buffer it was read into (Yjs keeps references).
    return { header, body: new Uint8Array(message.subarray(4 + length)) };
  } catch {
    return undefined;
  }
}
