import { describe, expect, it } from 'vitest';
import {
  firstWords,
  organisationsFromText,
  paragraphOption,
  participationSummary,
  progressText,
  remainingText,
  REPORT_FORMATS,
} from './labels.js';

describe('round labels', () => {
  it('counts progress in words, singular for one', () => {
    expect(progressText({ processed: 3, total: 7 })).toBe('3 of 7 comments processed');
    expect(progressText({ processed: 0, total: 1 })).toBe('0 of 1 comment processed');
    expect(remainingText({ processed: 5, total: 7 })).toBe('2 comments still need a disposition');
    expect(remainingText({ processed: 6, total: 7 })).toBe('1 comment still needs a disposition');
    expect(remainingText({ processed: 7, total: 7 })).toBe('');
  });

  it('reads organisations one per line, dropping blanks and repeats in any case', () => {
    expect(organisationsFromText(' ISOC \n\nAPC\r\nisoc\n  ')).toEqual(['ISOC', 'APC']);
    expect(organisationsFromText('')).toEqual([]);
  });

  it('names a listed participation with its organisations', () => {
    expect(participationSummary('anyone')).toBe('Anyone who registers');
    expect(participationSummary('listed-organisations', ['ISOC', 'APC'])).toBe('Only listed organisations: ISOC, APC');
  });

  it('shows a live paragraph by number and first words', () => {
    expect(firstWords('one two three', 2)).toBe('one two…');
    expect(
      paragraphOption({
        number: 4,
        text: 'States should   protect women online from abuse and harassment in all forms',
      }),
    ).toBe('¶ 4 — States should protect women online from abuse and…');
    expect(paragraphOption({ number: null, text: 'Introduction' })).toBe('Introduction');
  });

  it('offers the four report formats with plain labels', () => {
    expect(REPORT_FORMATS.map((f) => f.label)).toEqual([
      'Markdown',
      'Web page (HTML)',
      'Word (DOCX)',
      'Spreadsheet (CSV)',
    ]);
  });
});
