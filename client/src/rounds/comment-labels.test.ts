import { describe, expect, it } from 'vitest';
import { anchorLabel } from './comment-labels.js';

describe('comment labels', () => {
  it('names where a comment is', () => {
    const number = (id: string) => (id === 'b4' ? 4 : null);
    expect(anchorLabel({ kind: 'general' }, number)).toBe('General comment');
    expect(anchorLabel({ kind: 'block', blockId: 'b4' }, number)).toBe('¶ 4');
    expect(anchorLabel({ kind: 'passage', blockId: 'b4', start: 0, end: 3, quote: 'abc' }, number)).toBe(
      'Passage in ¶ 4',
    );
    expect(anchorLabel({ kind: 'block', blockId: 'zz' }, number)).toBe('a paragraph');
  });
});
