import { randomBytes } from 'node:crypto';

const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * A new random id for any record the server creates (document, person, comment, round…):
 * 14 characters of an unambiguous lower-case alphabet (70 bits), valid as the schema's `Id`
 * and safe in URLs and WebSocket room names.
 */
export function newId(): string {
  const bytes = randomBytes(14);
  let id = '';
  for (const byte of bytes) id += alphabet[byte & 31];
  return id;
}
