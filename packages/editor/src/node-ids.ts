/**
 * Ids Accord keeps in a node's NodeState (blocks, brackets, suggestions). They end up in HTML
 * attributes, URLs, database keys and Markdown comments; one strict URL-safe alphabet makes a
 * hand-made or corrupted value harmless everywhere without escaping rules at every use.
 */

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The alphabet of random ids: 64 URL-safe characters, so one random byte picks one (`& 63`). */
export const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Random characters after the prefix: 72 bits, so ids made at the same moment never collide in practice. */
export const ID_RANDOM_CHARS = 12;

/** Whether `value` has the shape of a node id (URL-safe, 1–64 characters). */
export function isNodeId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/**
 * A new random id: the prefix letter (which keeps it valid as an HTML id and CSS identifier) and
 * 12 URL-safe characters from Web Crypto (`globalThis.crypto`, in browsers and Node 20).
 */
export function randomNodeId(prefix: string): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(ID_RANDOM_CHARS));
  let id = prefix;
  for (const byte of bytes) id += ID_ALPHABET[byte & 63];
  return id;
}
