import { describe, expect, it } from 'vitest';
import { colorFor, PALETTE } from '../identity.js';
import { contrast, suggestionColors } from './colors.js';

describe('suggestionColors', () => {
  it('is the same for a person every time, and differs between people', () => {
    expect(suggestionColors('mei-lin')).toEqual(suggestionColors('mei-lin'));
    const inks = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((id) => suggestionColors(id).ink));
    expect(inks.size).toBeGreaterThan(3);
  });

  it('reads at 4.5:1 or more on the paper and on its own tint, for every colour a person can get', () => {
    for (const { color } of PALETTE) {
      // An id that lands on this colour: the colours are what people get, so try ids until each is reached.
      const id = Array.from({ length: 500 }, (_, i) => `p${i}`).find((p) => colorFor(p) === color);
      expect(id, `some id gets ${color}`).toBeDefined();
      const { ink, soft } = suggestionColors(id!);
      expect(contrast(ink, '#ffffff'), `${ink} on the paper`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink, soft), `${ink} on ${soft}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
