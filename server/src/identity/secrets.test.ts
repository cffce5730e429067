import { describe, expect, it } from 'vitest';
import { csrfFor, hashSecret, isSecret, newSecret, secretPrefixes } from './secrets.js';

describe('secrets', () => {
  it('are prefixed by kind, 256 bits of base64url, and never repeat', () => {
    const seen = new Set<string>();
    for (const kind of Object.keys(secretPrefixes) as (keyof typeof secretPrefixes)[]) {
      const s = newSecret(kind);
      expect(s.startsWith(secretPrefixes[kind])).toBe(true);
      expect(s.slice(4)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(isSecret(kind, s)).toBe(true);
      seen.add(s);
    }
    for (let i = 0; i < 100; i++) seen.add(newSecret('token'));
    expect(seen.size).toBe(104);
  });

  it('recognise their own kind only', () => {
    const token = newSecret('token');
    expect(isSecret('session', token)).toBe(false);
    expect(isSecret('token', token + 'x')).toBe(false);
    expect(isSecret('token', 'act_short')).toBe(false);
  });

  it('hash to a stable hex SHA-256 that does not contain the secret', () => {
    const s = newSecret('session');
    expect(hashSecret(s)).toBe(hashSecret(s));
    expect(hashSecret(s)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(s)).not.toBe(hashSecret(newSecret('session')));
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('derive a CSRF token per session that has the csrf shape and differs between sessions', () => {
    const a = newSecret('session');
    const b = newSecret('session');
    expect(csrfFor(a)).toBe(csrfFor(a));
    expect(isSecret('csrf', csrfFor(a))).toBe(true);
    expect(csrfFor(a)).not.toBe(csrfFor(b));
    expect(csrfFor(a)).not.toContain(a.slice(4));
  });
});
