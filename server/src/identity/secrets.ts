/**
 * Opaque bearer secrets: sessions, API tokens, invitations. 32 random bytes in base64url
 * behind a short prefix, so a leaked secret is recognisable in a log or a paste (and secret
 * scanners can match it). Only the SHA-256 of a secret is stored; the secret itself is shown
 * once and then exists only with its holder.
 */
import { createHash, randomBytes } from 'node:crypto';

/** What each prefix marks. */
export const secretPrefixes = {
  session: 'acs_',
  token: 'act_',
  invitation: 'aci_',
  csrf: 'acx_',
} as const;
export type SecretKind = keyof typeof secretPrefixes;

const body = /^[A-Za-z0-9_-]{43}$/;

/** A new secret of the given kind: prefix + 43 base64url characters (256 bits). */
export function newSecret(kind: SecretKind): string {
  return secretPrefixes[kind] + randomBytes(32).toString('base64url');
}

/** Whether `value` has the shape of a secret of `kind` (cheap check before any lookup). */
export function isSecret(kind: SecretKind, value: string): boolean {
  const prefix = secretPrefixes[kind];
  return value.startsWith(prefix) && body.test(value.slice(prefix.length));
}

/**
 * The stored form of a secret: hex SHA-256. A fast hash is right here (unlike passwords):
 * the secret has 256 bits of entropy, so there is nothing to brute-force.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * The CSRF token of a browser session, derived from its (HttpOnly) session secret: the page
 * can ask for it again after a reload, yet a page on another site can neither read the
 * cookie nor the answer, so it cannot produce the token.
 */
export function csrfFor(sessionSecret: string): string {
  return (
    secretPrefixes.csrf +
    createHash('sha256').update('accord csrf v1\0', 'utf8').update(sessionSecret, 'utf8').digest('base64url')
  );
}
