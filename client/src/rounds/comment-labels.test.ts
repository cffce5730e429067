import { translatorFor } from '@accord/i18n/all';
import { describe, expect, it } from 'vitest';
import { anchorLabel } from './comment-labels.js';

describe('comment labels', () => {
  const number = (id: string) => (id === 'b4' ? 4 : null);
  const passage = { kind: 'passage', blockId: 'b4', start: 0, end: 3, quote: 'abc' } as const;

  it('names where a comment is', () => {
    const t = translatorFor('en');
    expect(anchorLabel({ kind: 'general' }, number, t)).toBe('General comment');
    expect(anchorLabel({ kind: 'block', blockId: 'b4' }, number, t)).toBe('¶4');
    expect(anchorLabel(passage, number, t)).toBe('Passage in ¶4');
    expect(anchorLabel({ kind: 'block', blockId: 'zz' }, number, t)).toBe('Unnumbered paragraph');
  });

  it('in the page’s language, with its own way of numbering paragraphs', () => {
    expect(anchorLabel(passage, number, translatorFor('fr'))).toBe('Passage du ¶4');
    expect(anchorLabel({ kind: 'block', blockId: 'b4' }, number, translatorFor('zh'))).toBe('第4段');
  });
});
