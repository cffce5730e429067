import { catalogs } from '@accord/i18n/all';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { objectionsLabel, procedureHeadline } from './labels.js';

const intlIn = (locale: 'en' | 'fr' | 'ar' | 'ru') => createIntl({ locale, messages: catalogs[locale] });
const en = intlIn('en');

describe('silence procedure labels', () => {
  const base = { versionName: 'Draft 3', deadline: '2026-12-04T16:00:00Z' };

  it('names the version and the state in one sentence, the deadline in the viewer’s zone', () => {
    expect(procedureHeadline(en, { ...base, state: 'running' }, 'Europe/Zurich')).toBe(
      'Silence procedure on “Draft 3” until Dec 4, 2026, 05:00 PM GMT+1',
    );
    expect(procedureHeadline(en, { ...base, state: 'endorsed' }, 'UTC')).toMatch(
      /^“Draft 3” was endorsed by silence procedure on Dec 4, 2026, 04:00 PM UTC$/,
    );
    expect(procedureHeadline(en, { ...base, state: 'not-endorsed' })).toBe(
      'Silence was broken on “Draft 3”: it was not endorsed',
    );
  });

  it('is a sentence of the page’s language', () => {
    expect(procedureHeadline(intlIn('fr'), { ...base, state: 'running' }, 'Europe/Paris')).toBe(
      'Procédure d’approbation tacite sur « Draft 3 » jusqu’au 4 déc. 2026, 17:00 UTC+1',
    );
  });

  it('counts objections with the language’s plural forms', () => {
    expect(objectionsLabel(en, 0)).toBe('No one has broken silence.');
    expect(objectionsLabel(en, 1)).toBe('1 member broke silence.');
    expect(objectionsLabel(en, 3)).toBe('3 members broke silence.');
    expect(objectionsLabel(intlIn('ru'), 5)).toBe('5 членов нарушили молчание.');
    expect(objectionsLabel(intlIn('ar'), 2)).toBe('كسر عضوان الصمت.');
  });
});
