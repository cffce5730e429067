import { translatorFor } from '@accord/i18n/all';
import { describe, expect, it } from 'vitest';
import { RequestError } from '../api.js';
import { refusalMessage, waitSentence } from './refusal.js';

const en = translatorFor('en');

describe('refusalMessage', () => {
  it("keeps the server's message as it wrote it", () => {
    const error = new RequestError(
      'this round is open only to the organisations listed on its page; give one of them as your affiliation',
      403,
      'not_listed',
    );
    expect(refusalMessage(error, en)).toBe(
      'this round is open only to the organisations listed on its page; give one of them as your affiliation',
    );
  });

  it('adds the wait of a 429', () => {
    expect(
      refusalMessage(
        new RequestError('too many comments from you; try again in 42 s', 429, 'rate_limited', [], 42),
        en,
      ),
    ).toBe('too many comments from you; try again in 42 s. You can try again in 42 seconds.');
  });

  it('ends a sentence once, and in the language’s own way', () => {
    const ended = new RequestError('Too many comments from you.', 429, 'rate_limited', [], 1);
    expect(refusalMessage(ended, en)).toBe('Too many comments from you. You can try again in 1 second.');
    const zh = new RequestError('您的评论过多。', 429, 'rate_limited', [], 120);
    // Chinese puts no space between sentences.
    expect(refusalMessage(zh, translatorFor('zh'))).toMatch(/^您的评论过多。[^\s]+。$/);
  });

  it('says when the server cannot be reached', () => {
    expect(refusalMessage(new TypeError('Failed to fetch'), en)).not.toBe('Failed to fetch');
  });
});

describe('waitSentence', () => {
  it('uses seconds, then minutes', () => {
    expect(waitSentence(1, en)).toBe('You can try again in 1 second.');
    expect(waitSentence(59, en)).toBe('You can try again in 59 seconds.');
    expect(waitSentence(600, en)).toBe('You can try again in 10 minutes.');
  });

  it('with the plural forms of the language', () => {
    const ru = translatorFor('ru');
    expect(waitSentence(1, ru)).toContain('1 секунду');
    expect(waitSentence(3, ru)).toContain('3 секунды');
    expect(waitSentence(5, ru)).toContain('5 секунд');
  });
});
