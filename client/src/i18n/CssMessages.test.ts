import { describe, expect, it } from 'vitest';
import { cssString } from './CssMessages.js';

describe('cssString', () => {
  it('quotes a message as one CSS string, whatever it holds', () => {
    expect(cssString('[supprimé]')).toBe('"[supprimé]"');
    expect(cssString('a "quoted" \\ word')).toBe('"a \\"quoted\\" \\\\ word"');
    expect(cssString('two\nlines')).toBe('"two\\A lines"');
  });
});
