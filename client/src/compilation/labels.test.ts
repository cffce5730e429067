import { describe, expect, it } from 'vitest';
import { insertLabel, sourcesLabel } from './labels.js';

describe('compilation labels', () => {
  it('names each source organisation once, in order', () => {
    expect(
      sourcesLabel([{ organisation: 'Brazil IGF' }, { organisation: 'EuroDIG' }, { organisation: 'Brazil IGF' }]),
    ).toBe('Sources: Brazil IGF, EuroDIG');
    expect(sourcesLabel([{ organisation: 'EuroDIG' }])).toBe('Source: EuroDIG');
  });

  it('says where the insert goes', () => {
    expect(insertLabel(2, { label: '4bis' })).toBe('Insert the 2 selected paragraphs after ¶4bis');
    expect(insertLabel(1, null)).toBe('Insert the selected paragraph at the top');
    expect(insertLabel(1, { label: null })).toBe('Insert the selected paragraph after the block at the caret');
  });
});
