import { describe, expect, it } from 'vitest';
import { describeSuggestion, quote } from './wording.js';

describe('describeSuggestion', () => {
  it('says replace, insert or delete with the passages quoted', () => {
    expect(describeSuggestion({ deleted: 'shall', inserted: 'should' })).toBe('Replace ‘shall’ with ‘should’');
    expect(describeSuggestion({ deleted: '', inserted: ' and youth' })).toBe('Insert ‘and youth’');
    expect(describeSuggestion({ deleted: 'all ', inserted: '' })).toBe('Delete ‘all’');
  });

  it('shortens long passages at a word boundary and folds line breaks', () => {
    const long = 'the multistakeholder model of Internet governance as set out in the Tunis Agenda and since';
    expect(quote(long, 40)).toBe('‘the multistakeholder model of Internet…’');
    expect(quote('two\nlines')).toBe('‘two lines’');
  });
});
