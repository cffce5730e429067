import { randomBytes } from 'node:crypto';

const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A new random document id: 14 characters of an unambiguous lower-case alphabet (70 bits). */
export function newDocumentId(): string {
  const bytes = randomBytes(14);
  let id = '';
  for (const byte of bytes) id += alphabet[byte & 31];
  return id;
}

/** A new random person id, of the same alphabet and length as document ids. */
export const newPersonId = (): string => newDocumentId();
