import { describe, expect, it } from 'vitest';
import { numberLabel, summary } from './labels.js';

describe('version labels', () => {
  it('summarises the counts that matter', () => {
    expect(summary({ added: 2, removed: 0, moved: 1, changed: 3, unchanged: 9 })).toBe('3 changed, 1 moved, 2 added');
    expect(summary({ added: 0, removed: 0, moved: 0, changed: 0, unchanged: 4 })).toBe('No differences');
  });

  it('names where a paragraph was and is', () => {
    expect(numberLabel({ kind: 'moved', fromNumber: 4, toNumber: 1 })).toBe('¶ 4 → 1');
    expect(numberLabel({ kind: 'unchanged', fromNumber: 3, toNumber: 3 })).toBe('¶ 3');
    expect(numberLabel({ kind: 'added', fromNumber: null, toNumber: 6 })).toBe('new ¶ 6');
    expect(numberLabel({ kind: 'removed', fromNumber: 3, toNumber: null })).toBe('was ¶ 3');
    // Frozen numbering: the labels, so a paragraph that kept its number reads as not renumbered.
    expect(numberLabel({ kind: 'unchanged', fromNumber: 7, toNumber: 8, fromLabel: '7', toLabel: '7' })).toBe('¶ 7');
    expect(numberLabel({ kind: 'added', fromNumber: null, toNumber: 5, toLabel: '4bis' })).toBe('new ¶ 4bis');
  });
});
