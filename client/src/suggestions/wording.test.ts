import { catalogs } from '@accord/i18n/all';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { describeSuggestion, quote } from './wording.js';

describe('describeSuggestion', () => {
  it('says replace, insert or delete with the passages quoted', () => {
    expect(describeSuggestion({ deleted: 'shall', inserted: 'should' })).toBe('Replace ‘shall’ with ‘should’');
    expect(describeSuggestion({ deleted: '', inserted: ' and youth' })).toBe('Insert ‘and youth’');
    expect(describeSuggestion({ deleted: 'all ', inserted: '' })).toBe('Delete ‘all’');
  });

  it('words it in the page’s language, with that language’s quotation marks', () => {
    const fr = createIntl({ locale: 'fr', messages: catalogs.fr });
    expect(describeSuggestion({ deleted: 'shall', inserted: 'should' }, fr)).toBe(
      'Remplacer «\u00a0shall\u00a0» par «\u00a0should\u00a0»',
    );
    const zh = createIntl({ locale: 'zh', messages: catalogs.zh });
    expect(describeSuggestion({ deleted: 'all', inserted: '' }, zh)).toBe('删除“all”');
  });

  it('shortens long passages at a word boundary and folds line breaks', () => {
    const long = 'the multistakeholder model of Internet governance as set out in the Tunis Agenda and since';
    expect(quote(long, 40)).toBe('the multistakeholder model of Internet…');
    expect(quote('two\nlines')).toBe('two lines');
  });
});
