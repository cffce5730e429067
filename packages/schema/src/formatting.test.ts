import { describe, expect, it } from 'vitest';
import { ContentBlock } from './content.js';
import { FormattedRun, mergeRuns, safeLinkTarget } from './formatting.js';

describe('safeLinkTarget', () => {
  it('keeps http, https and mailto, normalised', () => {
    expect(safeLinkTarget(' https://igf.example/a b')).toBe('https://igf.example/a%20b');
    expect(safeLinkTarget('mailto:bpf@igf.example')).toBe('mailto:bpf@igf.example');
  });
  it('drops script, data and relative targets however they are spelt', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      '/relative',
      '',
    ]) {
      expect(safeLinkTarget(url), url).toBeNull();
    }
  });
});

describe('FormattedRun', () => {
  it('accepts marks, a safe link and a bracket', () => {
    const run = { text: 'draft', marks: ['bold', 'underline'], href: 'https://igf.example/', bracket: 'b1' };
    expect(FormattedRun.parse(run)).toEqual(run);
  });
  it('refuses unsafe links and unknown marks', () => {
    expect(FormattedRun.safeParse({ text: 'x', href: 'javascript:alert(1)' }).success).toBe(false);
    expect(FormattedRun.safeParse({ text: 'x', marks: ['blink'] }).success).toBe(false);
  });
});

describe('ContentBlock', () => {
  it('still reads a block saved before runs were kept', () => {
    const old = { id: 'p1', number: 1, type: 'paragraph', text: 'Old text.' };
    expect(ContentBlock.parse(old)).toEqual(old);
  });
});

describe('mergeRuns', () => {
  it('merges neighbours with the same formatting and drops empty runs', () => {
    expect(
      mergeRuns([
        { text: 'a', marks: ['bold', 'italic'] },
        { text: '' },
        { text: 'b', marks: ['italic', 'bold'] },
        { text: 'c' },
        { text: 'd', bracket: 'b1' },
      ]),
    ).toEqual([{ text: 'ab', marks: ['bold', 'italic'] }, { text: 'c' }, { text: 'd', bracket: 'b1' }]);
  });
});
