import { LOCALES } from '@accord/i18n';
import { catalogs } from '@accord/i18n/all';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { setCurrentIntl } from '../i18n/current.js';
import { countsInWords } from './GroupBars.js';
import { formatScore, markerLabel, STATUS_LOOK, STATUSES, standing, statusLetter, statusName } from './labels.js';

const intlIn = (locale: (typeof LOCALES)[number]) => createIntl({ locale, messages: catalogs[locale] });
const tIn = (locale: (typeof LOCALES)[number]) => {
  const intl = intlIn(locale);
  return (id: string, values?: Record<string, unknown>) => intl.formatMessage({ id } as never, values as never);
};

const group = {
  stakeholderGroup: 'g',
  name: 'G',
  support: 2,
  supportWithReservation: 0,
  oppose: 1,
  abstain: 1,
  respondents: 3,
  agreement: 0.6,
};

describe('status looks', () => {
  it('tells every status apart without colour: a letter and a shape of its own', () => {
    const letters = STATUSES.map((s) => STATUS_LOOK[s].letter);
    const shapes = STATUSES.map((s) => STATUS_LOOK[s].shape);
    expect(new Set(letters).size).toBe(STATUSES.length);
    expect(new Set(shapes).size).toBe(STATUSES.length);
  });
  it.each(LOCALES)('%s: the markers’ letters are short and all different', (locale) => {
    const letters = STATUSES.map((s) => statusLetter(s, tIn(locale)));
    expect(new Set(letters).size).toBe(STATUSES.length);
    for (const letter of letters) expect(letter.length).toBeLessThanOrEqual(2);
  });
  it('names statuses and letters in the page’s language', () => {
    expect(statusName('agreed-ad-ref')).toBe('Agreed ad ref');
    setCurrentIntl(intlIn('fr'));
    expect(STATUS_LOOK['agreed-ad-ref'].label).toBe('Approuvé ad referendum');
    expect(STATUS_LOOK.drafting.letter).toBe('R');
  });
  it('names the marker with status, change and brackets', () => {
    expect(markerLabel(4, 'contested', false, 0)).toBe('Paragraph 4: Contested');
    expect(markerLabel(2, 'agreed', true, 2)).toBe('Paragraph 2: Agreed, changed since agreed, 2 open brackets');
    expect(markerLabel(null, 'drafting', false, 1)).toBe('This block: Drafting, 1 open bracket');
    expect(markerLabel('4bis', 'agreed', false, 0)).toBe('Paragraph 4bis: Agreed');
    expect(markerLabel(3, 'contested', false, 3, tIn('ru'))).toBe('Пункт 3: Спорный, 3 нерешенных фрагмента в скобках');
  });
  it('formats the score, saying so when nobody responded', () => {
    expect(formatScore(null)).toBe('no positions yet');
    expect(formatScore(4 / 27)).toBe('0.15');
    setCurrentIntl(intlIn('fr'));
    expect(formatScore(4 / 27)).toBe('0,15');
  });
});

describe('standing', () => {
  it('says which way the groups lean, in the page’s language', () => {
    const reserved = { ...group, supportWithReservation: 1, oppose: 0 };
    expect(standing([reserved, { ...group, stakeholderGroup: 'h' }])).toEqual({
      words: 'Broad support',
      detail: '2 groups in favour, with reservations',
      tone: 'support',
    });
    const split = { ...group, support: 1, oppose: 1, abstain: 0 };
    expect(standing([group, split], tIn('zh'))).toEqual({
      words: '意见分歧',
      detail: '1个群体赞成，1个群体意见各半',
      tone: 'divided',
    });
    expect(standing([]).words).toBe('No positions yet');
  });
});

describe('countsInWords', () => {
  it('lists the non-zero counts of a group', () => {
    expect(countsInWords(group)).toBe('2 support, 1 oppose, 1 abstain');
    expect(countsInWords({ ...group, support: 0, oppose: 0, abstain: 0 })).toBe('no positions');
    expect(countsInWords(group, tIn('ar'))).toBe('مؤيدان، معارض واحد، ممتنع واحد');
  });
});
