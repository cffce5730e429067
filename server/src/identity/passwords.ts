/**
 * Password hashing with scrypt (memory-hard, in Node's crypto, nothing to install). The
 * parameters travel inside each encoded hash, `scrypt$N$r$p$saltB64$hashB64`, so raising
 * them later leaves old hashes verifiable and {@link needsRehash} tells the sign-in to
 * upgrade them.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { passwordLimits } from '@accord/schema';
import { type Msg, Refusal, fieldIssue } from '../refusal.js';

/** The scrypt cost of new hashes: about 32 MiB and a few tens of milliseconds per hash. */
export const scryptParams = { N: 2 ** 15, r: 8, p: 1, saltBytes: 16, keyBytes: 32 } as const;

/** A password outside the accepted length: a 400 naming the `password` field; its message can be shown to the person. */
export class PasswordPolicyError extends Refusal {
  override name = 'PasswordPolicyError';
  constructor(message: Msg) {
    super(400, 'invalid_body', message, { details: [fieldIssue('password', message)] });
  }
}

/**
 * Bounds on parameters read from a stored hash: a tampered row must not make one sign-in
 * cost gigabytes or minutes. 256 MiB is eight times today's cost, room to raise it.
 */
const maxMemoryBytes = 256 * 1024 * 1024;
const maxP = 16;

interface Decoded {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

/** Node refuses scrypt above `maxmem` (32 MiB by default), which N=2^15, r=8 just exceeds. */
const maxmemFor = (N: number, r: number, p: number) => 128 * r * (N + p + 2) + 1024 * 1024;

function derive(password: string, salt: Buffer, keyBytes: number, N: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: maxmemFor(N, r, p) };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Throws {@link PasswordPolicyError} with a message for the person if `password` is too short or too long. */
export function checkPasswordLength(password: string): void {
  if (password.length < passwordLimits.min)
    throw new PasswordPolicyError({ key: 'errors.identity.passwordTooShort', values: { min: passwordLimits.min } });
  if (password.length > passwordLimits.max)
    throw new PasswordPolicyError({ key: 'errors.identity.passwordTooLong', values: { max: passwordLimits.max } });
}

const base64 = /^[A-Za-z0-9+/]+={0,2}$/;
const integer = (s: string | undefined) => (s !== undefined && /^[1-9]\d{0,9}$/.test(s) ? Number(s) : undefined);

/** Parses an encoded hash; undefined if it is not one this module could have written. */
function decode(encoded: string): Decoded | undefined {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [N, r, p] = [integer(parts[1]), integer(parts[2]), integer(parts[3])];
  if (N === undefined || r === undefined || p === undefined) return undefined;
  if (N < 2 || (N & (N - 1)) !== 0 || 128 * N * r > maxMemoryBytes || p > maxP) return undefined;
  if (!base64.test(parts[4]!) || !base64.test(parts[5]!)) return undefined;
  const salt = Buffer.from(parts[4]!, 'base64');
  const hash = Buffer.from(parts[5]!, 'base64');
  if (salt.length < 16 || hash.length < 16 || hash.length > 64) return undefined;
  return { N, r, p, salt, hash };
}

/** Hashes a password with the current parameters; throws {@link PasswordPolicyError} on a bad length. */
export async function hashPassword(password: string): Promise<string> {
  checkPasswordLength(password);
  const { N, r, p, saltBytes, keyBytes } = scryptParams;
  const salt = randomBytes(saltBytes);
  const hash = await derive(password, salt, keyBytes, N, r, p);
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/**
 * Whether `password` matches `encoded`. False for a wrong password, a malformed or tampered
 * encoding, or a password of impossible length (never thrown: the caller answers every
 * failure the same way, so nothing tells an attacker which one it was).
 */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  if (password.length === 0 || password.length > passwordLimits.max) return false;
  const decoded = decode(encoded);
  if (!decoded) return false;
  const candidate = await derive(password, decoded.salt, decoded.hash.length, decoded.N, decoded.r, decoded.p);
  return timingSafeEqual(candidate, decoded.hash);
}

/** Whether a stored hash was made with other parameters than today's (rehash at the next sign-in). */
export function needsRehash(encoded: string): boolean {
  const d = decode(encoded);
  const { N, r, p, saltBytes, keyBytes } = scryptParams;
  return !d || d.N !== N || d.r !== r || d.p !== p || d.salt.length !== saltBytes || d.hash.length !== keyBytes;
}
