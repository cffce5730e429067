import { describe, expect, it } from 'vitest';
import { passageProblem } from './passage.js';

describe('passageProblem', () => {
  const text = 'Access for 👩🏽‍💻 women, now.';

  it('accepts exactly the passage at the offsets, counted in UTF-16 code units', () => {
    const start = text.indexOf('👩');
    const end = text.indexOf(' women');
    expect(passageProblem(text, start, end, text.slice(start, end))).toBeNull();
    expect(passageProblem(text, 0, 6, 'Access')).toBeNull();
    expect(passageProblem(text, 0, text.length, text)).toBeNull();
  });

  it('refuses an invented quote, offsets out of range and a character cut in two', () => {
    expect(passageProblem(text, 0, 6, 'Abolish')).toBe('mismatch');
    expect(passageProblem(text, 0, 6, 'access')).toBe('mismatch');
    expect(passageProblem(text, 3, text.length + 1, text.slice(3))).toBe('out_of_range');
    expect(passageProblem(text, 6, 6, '')).toBe('out_of_range');
    expect(passageProblem(text, -1, 3, 'Acc')).toBe('out_of_range');
    const emoji = text.indexOf('👩');
    expect(passageProblem(text, emoji + 1, emoji + 4, text.slice(emoji + 1, emoji + 4))).toBe('split_character');
    expect(passageProblem(text, 0, emoji + 1, text.slice(0, emoji + 1))).toBe('split_character');
  });
});
