import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, PasswordPolicyError, scryptParams, verifyPassword } from './passwords.js';

const password = 'correct horse battery staple';

describe('passwords', () => {
  it('round-trips and refuses a wrong password', async () => {
    const encoded = await hashPassword(password);
    expect(await verifyPassword(password, encoded)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', encoded)).toBe(false);
    expect(await verifyPassword('', encoded)).toBe(false);
  });

  it('writes the parameters into the encoding, with a fresh salt each time', async () => {
    const encoded = await hashPassword(password);
    const [name, N, r, p, salt, hash] = encoded.split('$');
    expect([name, Number(N), Number(r), Number(p)]).toEqual(['scrypt', 2 ** 15, 8, 1]);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(scryptParams.saltBytes);
    expect(Buffer.from(hash!, 'base64')).toHaveLength(scryptParams.keyBytes);
    expect(await hashPassword(password)).not.toBe(encoded);
    expect(needsRehash(encoded)).toBe(false);
  });

  it('refuses tampered and malformed encodings without throwing', async () => {
    const encoded = await hashPassword(password);
    const parts = encoded.split('$');
    const flipped = Buffer.from(parts[5]!, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    const tampered = [...parts.slice(0, 5), flipped.toString('base64')].join('$');
    expect(await verifyPassword(password, tampered)).toBe(false);
    for (const bad of [
      '',
      'plain',
      encoded.replace('scrypt$', 'bcrypt$'),
      encoded.replace('$32768$', '$1000$'), // not a power of two
      encoded.replace('$32768$', '$1073741824$'), // a cost bomb
      parts.slice(0, 5).join('$'),
      `${encoded}$extra`,
      encoded.replace(parts[4]!, '!!!'),
    ]) {
      expect(await verifyPassword(password, bad), bad).toBe(false);
    }
  });

  it('asks for a rehash when the parameters changed', async () => {
    const encoded = await hashPassword(password);
    expect(needsRehash(encoded.replace('$32768$8$', '$16384$8$'))).toBe(true);
    expect(needsRehash('garbage')).toBe(true);
  });

  it('refuses passwords under 10 or over 1024 characters with a clear message', async () => {
    await expect(hashPassword('short')).rejects.toThrow(PasswordPolicyError);
    await expect(hashPassword('short')).rejects.toThrow('at least 10 characters');
    await expect(hashPassword('x'.repeat(1025))).rejects.toThrow('at most 1024 characters');
    expect(await verifyPassword('x'.repeat(1025), await hashPassword(password))).toBe(false);
  });
});
