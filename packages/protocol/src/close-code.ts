/**
 * WebSocket close codes Accord uses (RFC 6455 reserves 4000–4999 for applications).
 *
 * The stock y-websocket client (3.x) stops reconnecting on 4400–4499 and retries on
 * everything else, so a code's range is a promise to the client: 44xx means "retrying
 * cannot help", 45xx means "try again later".
 */
export const CloseCode = {
  /** Normal closure (RFC 6455). */
  Normal: 1000,
  /** The server is shutting down or restarting; reconnect. */
  GoingAway: 1001,
  /** A text frame where the protocol wants binary (RFC 6455 "unsupported data"). */
  UnsupportedData: 1003,
  /** A frame larger than the configured maximum (RFC 6455 "message too big"). */
  MessageTooBig: 1009,
  /** The peer sent a frame that is not a valid y-websocket message or Yjs update, or an update that would not leave a valid Accord document. */
  BadMessage: 4400,
  /** No valid session or token: sign in (again) and reconnect. */
  Unauthenticated: 4401,
  /** The connection may not open this document, or may no longer. */
  PermissionDenied: 4403,
  /** No document with this id exists. */
  DocumentNotFound: 4404,
  /** The document reached its size limit; the update was not applied. */
  DocumentTooLarge: 4413,
  /** The client sent more messages or bytes per second than allowed. */
  TooManyRequests: 4429,
  /** The document could not be loaded from storage; nothing was written. Try again later. */
  LoadFailed: 4500,
  /** Writing to storage failed, or the update waited too long for one it builds on; it was not acknowledged. Reconnect. */
  StoreFailed: 4501,
  /** The client does not read what it is sent; reconnecting resyncs it. */
  SlowConsumer: 4502,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** RFC 6455 limits a close reason to 123 bytes of UTF-8; longer reasons make `ws` throw. */
export function clampCloseReason(reason: string): string {
  const bytes = new TextEncoder().encode(reason);
  if (bytes.length <= 123) return reason;
  let cut = 120;
  // Do not split a multi-byte character: UTF-8 continuation bytes look like 10xxxxxx.
  while (cut > 0 && ((bytes[cut] ?? 0) & 0xc0) === 0x80) cut--;
  return new TextDecoder().decode(bytes.subarray(0, cut)) + '...';
}
