import { translatorFor } from '@accord/i18n/all';
import { describe, expect, it } from 'vitest';
import { numberLabel, STATUS_LABELS, summary } from './labels.js';

const en = translatorFor('en');
const list = (locale: string) => (items: readonly string[]) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

describe('version labels', () => {
  it('summarises the counts that matter', () => {
    expect(summary({ added: 2, removed: 0, moved: 1, changed: 3, unchanged: 9 }, en, list('en'))).toBe(
      '3 changed, 1 moved, and 2 added',
    );
    expect(summary({ added: 0, removed: 0, moved: 0, changed: 0, unchanged: 4 }, en, list('en'))).toBe(
      'no differences',
    );
  });

  it('summarises in the page’s language, with its plural forms', () => {
    const ru = summary({ added: 0, removed: 0, moved: 0, changed: 5, unchanged: 1 }, translatorFor('ru'), list('ru'));
    expect(ru).toMatch(/5/);
    expect(ru).not.toMatch(/changed/);
    expect(
      summary({ added: 1, removed: 1, moved: 0, changed: 0, unchanged: 0 }, translatorFor('fr'), list('fr')),
    ).toMatch(/ et /);
  });

  it('names where a paragraph was and is', () => {
    expect(numberLabel({ kind: 'moved', fromNumber: 4, toNumber: 1 }, en)).toBe('¶4 → 1');
    expect(numberLabel({ kind: 'unchanged', fromNumber: 3, toNumber: 3 }, en)).toBe('¶3');
    expect(numberLabel({ kind: 'added', fromNumber: null, toNumber: 6 }, en)).toBe('new ¶6');
    expect(numberLabel({ kind: 'removed', fromNumber: 3, toNumber: null }, en)).toBe('was ¶3');
    // Frozen numbering: the labels, so a paragraph that kept its number reads as not renumbered.
    expect(numberLabel({ kind: 'unchanged', fromNumber: 7, toNumber: 8, fromLabel: '7', toLabel: '7' }, en)).toBe('¶7');
    expect(numberLabel({ kind: 'added', fromNumber: null, toNumber: 5, toLabel: '4bis' }, en)).toBe('new ¶4bis');
    expect(numberLabel({ kind: 'unchanged', fromNumber: 3, toNumber: 3 }, translatorFor('zh'))).toBe('第3段');
  });

  it('names every status a version keeps', () => {
    expect(Object.values(STATUS_LABELS).map((key) => en(key))).toEqual([
      'Drafting',
      'Under discussion',
      'Contested',
      'Agreed ad referendum',
      'Agreed',
    ]);
  });
});
