import { describe, expect, it } from 'vitest';
import { RequestError } from '../api.js';
import { refusalMessage, waitInWords } from './refusal.js';

describe('refusalMessage', () => {
  it("keeps the server's message as it wrote it", () => {
    const error = new RequestError(
      'this round is open only to the organisations listed on its page; give one of them as your affiliation',
      403,
      'not_listed',
    );
    expect(refusalMessage(error)).toBe(
      'this round is open only to the organisations listed on its page; give one of them as your affiliation',
    );
  });

  it('adds the wait of a 429', () => {
    expect(
      refusalMessage(new RequestError('too many comments from you; try again in 42 s', 429, 'rate_limited', [], 42)),
    ).toBe('too many comments from you; try again in 42 s. You can try again in 42 seconds.');
  });

  it('says when the server cannot be reached', () => {
    expect(refusalMessage(new TypeError('Failed to fetch'))).toMatch(/cannot be reached/);
  });
});

describe('waitInWords', () => {
  it('uses seconds, then minutes', () => {
    expect(waitInWords(1)).toBe('1 second');
    expect(waitInWords(59)).toBe('59 seconds');
    expect(waitInWords(600)).toBe('10 minutes');
  });
});
