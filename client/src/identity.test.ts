import { describe, expect, it } from 'vitest';
import { initials } from './identity.js';

describe('initials', () => {
  it('takes the first and last word, or two letters of one word', () => {
    expect(initials('Ana María López')).toBe('AL');
    expect(initials('  bea  ')).toBe('BE');
    expect(initials('Émile Zola')).toBe('ÉZ');
    expect(initials('')).toBe('?');
  });
});
