import { translatorFor } from '@accord/i18n/all';
import { describe, expect, it } from 'vitest';
import {
  firstWords,
  isolate,
  organisationsFromText,
  paragraphOption,
  progressText,
  REPORT_FORMATS,
  remainingText,
  roundRules,
} from './labels.js';

const en = translatorFor('en');
const list = (locale: string) => (items: readonly string[]) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

describe('round labels', () => {
  it('counts progress in words, singular for one', () => {
    expect(progressText({ processed: 3, total: 7 }, en)).toBe('3 of 7 comments processed');
    expect(progressText({ processed: 0, total: 1 }, en)).toBe('0 of 1 comment processed');
    expect(remainingText({ processed: 5, total: 7 }, en)).toBe('2 comments still need a disposition.');
    expect(remainingText({ processed: 6, total: 7 }, en)).toBe('1 comment still needs a disposition.');
    expect(remainingText({ processed: 7, total: 7 }, en)).toBe('');
  });

  it('counts with each language’s plural forms', () => {
    const ru = translatorFor('ru');
    expect(remainingText({ processed: 0, total: 1 }, ru)).toMatch(/^1 комментари[йя] /);
    expect(remainingText({ processed: 0, total: 3 }, ru)).toMatch(/^3 комментария /);
    expect(remainingText({ processed: 0, total: 5 }, ru)).toMatch(/^5 комментариев /);
    const ar = translatorFor('ar');
    // Arabic has a form for two: no number is written, the dual says it.
    expect(remainingText({ processed: 0, total: 2 }, ar)).not.toMatch(/[0-9٠-٩]/);
    expect(remainingText({ processed: 0, total: 3 }, ar)).toMatch(/[3٣]/);
  });

  it('reads organisations one per line, dropping blanks and repeats in any case', () => {
    expect(organisationsFromText(' ISOC \n\nAPC\r\nisoc\n  ')).toEqual(['ISOC', 'APC']);
    expect(organisationsFromText('')).toEqual([]);
  });

  it('says who may take part and how comments are published, the organisations as a list of the language', () => {
    expect(roundRules({ participation: 'anyone', moderation: 'immediate' }, en, list('en'))).toBe(
      'Anyone who registers may take part. Comments are published immediately.',
    );
    expect(
      roundRules(
        { participation: 'listed-organisations', organisations: ['ISOC', 'APC'], moderation: 'after-moderation' },
        en,
        list('en'),
      ),
    ).toBe(
      'Only people from these organisations may take part: ISOC and APC. Comments are published after moderation.',
    );
    expect(
      roundRules(
        { participation: 'listed-organisations', organisations: ['ISOC', 'APC'], moderation: 'immediate' },
        translatorFor('fr'),
        list('fr'),
      ),
    ).toContain('ISOC et APC');
    // Chinese sentences follow each other without a space.
    expect(
      roundRules({ participation: 'anyone', moderation: 'immediate' }, translatorFor('zh'), list('zh')),
    ).not.toMatch(/\s/);
  });

  it('shows a live paragraph by number and first words', () => {
    expect(firstWords('one two three', 2)).toBe('one two…');
    expect(
      paragraphOption(
        { number: 4, text: 'States should   protect women online from abuse and harassment in all forms' },
        en,
      ),
    ).toBe('¶4 — States should protect women online from abuse and…');
    expect(paragraphOption({ number: 4, label: '4bis', text: '' }, en)).toBe('¶4bis — (empty)');
    expect(paragraphOption({ number: null, text: 'Introduction' }, en)).toBe('Introduction');
    // Chinese numbers its paragraphs in words and takes its own dash.
    expect(paragraphOption({ number: 4, text: 'Texte' }, translatorFor('zh'))).toBe('第4段——Texte');
  });

  it('offers the four report formats with plain labels', () => {
    expect(REPORT_FORMATS.map((f) => en(f.label))).toEqual([
      'Markdown',
      'Web page (HTML)',
      'Word (DOCX)',
      'Spreadsheet (CSV)',
    ]);
  });

  it('isolates people’s text in plain strings', () => {
    expect(isolate('قمة')).toBe('\u2068قمة\u2069');
  });
});
