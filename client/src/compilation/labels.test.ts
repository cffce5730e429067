import { catalogs } from '@accord/i18n/all';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { insertLabel, placeName } from './labels.js';

const intlIn = (locale: 'en' | 'fr' | 'ar' | 'zh') => createIntl({ locale, messages: catalogs[locale] });
const en = intlIn('en');

describe('compilation labels', () => {
  it('says where the insert goes, the paragraph named the language’s way', () => {
    expect(insertLabel(en, 2, { label: '4bis' })).toBe('Insert the 2 selected paragraphs after ¶4bis');
    expect(insertLabel(en, 1, null)).toBe('Insert the selected paragraph at the top');
    expect(insertLabel(en, 1, { label: null })).toBe('Insert the selected paragraph after the block at the caret');
    expect(insertLabel(intlIn('zh'), 3, { label: '7' })).toBe('将所选的 3 个段落插入第7段之后');
    expect(insertLabel(intlIn('ar'), 2, { label: '7' })).toBe('إدراج الفقرتين المحددتين بعد الفقرة 7');
  });

  it('names places in the page’s language: countries by code, the regions the form offers', () => {
    expect(placeName(en, 'KE')).toBe('Kenya');
    expect(placeName(intlIn('fr'), 'KE')).toBe('Kenya');
    expect(placeName(intlIn('fr'), 'DE')).toBe('Allemagne');
    expect(placeName(intlIn('fr'), 'Latin America and the Caribbean')).toBe('Amérique latine et Caraïbes');
    expect(placeName(intlIn('fr'), 'Andean community')).toBe('Andean community');
  });
});
