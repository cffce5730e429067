import { describe, expect, it } from 'vitest';
import { colorFor, identityOf, initials, PALETTE } from './identity.js';

describe('initials', () => {
  it('takes the first and last word, or two letters of one word', () => {
    expect(initials('Ana María López')).toBe('AL');
    expect(initials('  bea  ')).toBe('BE');
    expect(initials('Émile Zola')).toBe('ÉZ');
    expect(initials('')).toBe('?');
  });
});

describe('colours', () => {
  it('gives each id one palette colour, the same every time', () => {
    const colors = PALETTE.map((p) => p.color);
    for (const id of ['p1', 'p2', 'pers_0f3a', '']) {
      expect(colors).toContain(colorFor(id));
      expect(colorFor(id)).toBe(colorFor(id));
    }
    // Spread: a handful of ids do not all land on one colour.
    expect(new Set(['a', 'b', 'c', 'd', 'e', 'f'].map(colorFor)).size).toBeGreaterThan(2);
  });

  it('labels a person with their real name', () => {
    expect(identityOf({ id: 'p1', name: 'Jonas Berg' })).toEqual({ name: 'Jonas Berg', color: colorFor('p1') });
  });
});
