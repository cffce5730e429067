import { describe, expect, it } from 'vitest';
import { joinParagraphs, splitParagraphs } from './paragraphs.js';

describe('typed paragraphs', () => {
  it('ends a paragraph at a blank line and joins its lines', () => {
    expect(splitParagraphs('First line\nstill first.\n\n  \nSecond.\r\n\r\nThird  ')).toEqual([
      'First line still first.',
      'Second.',
      'Third',
    ]);
  });

  it('has no paragraph in blank text', () => {
    expect(splitParagraphs(' \n\n \t\n')).toEqual([]);
  });

  it('round-trips stored paragraphs', () => {
    const stored = [{ text: 'One.' }, { text: 'Two.' }];
    expect(splitParagraphs(joinParagraphs(stored))).toEqual(['One.', 'Two.']);
  });
});
