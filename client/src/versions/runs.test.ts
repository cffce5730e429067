import { describe, expect, it } from 'vitest';
import { formatWords, groupRuns, listMarkers, runsOf, sliceRuns } from './runs.js';

describe('runsOf', () => {
  it('uses runs, dropping unsafe links but keeping their text', () => {
    expect(
      runsOf({
        text: 'a b',
        runs: [
          { text: 'a', marks: ['bold'] },
          { text: ' b', href: 'javascript:alert(1)' },
        ],
      }),
    ).toEqual([{ text: 'a', marks: ['bold'] }, { text: ' b' }]);
  });
  it('reads versions saved before runs: bracketed segments, else the text', () => {
    expect(
      runsOf({
        text: 'We [shall]',
        segments: [
          { text: 'We ', bracket: false },
          { text: 'shall', bracket: true },
        ],
      }),
    ).toEqual([{ text: 'We ' }, { text: 'shall', bracket: '' }]);
    expect(runsOf({ text: 'Plain.' })).toEqual([{ text: 'Plain.' }]);
    expect(runsOf({ text: '' })).toEqual([]);
  });
});

describe('groupRuns', () => {
  it('puts links inside brackets and texts inside links', () => {
    expect(
      groupRuns([
        { text: 'We ' },
        { text: 'shall', bracket: 'b1', marks: ['bold'] },
        { text: ' see', bracket: 'b1', href: 'https://x.example/' },
        { text: ' it', href: 'https://x.example/' },
      ]),
    ).toEqual([
      { kind: 'text', run: { text: 'We ' } },
      {
        kind: 'bracket',
        id: 'b1',
        children: [
          { kind: 'text', run: { text: 'shall', bracket: 'b1', marks: ['bold'] } },
          {
            kind: 'link',
            href: 'https://x.example/',
            runs: [{ text: ' see', bracket: 'b1', href: 'https://x.example/' }],
          },
        ],
      },
      { kind: 'link', href: 'https://x.example/', runs: [{ text: ' it', href: 'https://x.example/' }] },
    ]);
  });
});

describe('formatWords', () => {
  it('gives deleted words the old formatting and the rest the new', () => {
    const from = [{ text: 'We ' }, { text: 'must', marks: ['bold' as const] }, { text: ' act.' }];
    const to = [{ text: 'We ' }, { text: 'shall', bracket: 'b1' }, { text: ' act.' }];
    const words = [
      { op: 'equal' as const, text: 'We ' },
      { op: 'delete' as const, text: 'must' },
      { op: 'insert' as const, text: 'shall' },
      { op: 'equal' as const, text: ' act.' },
    ];
    expect(formatWords(words, from, to)).toEqual([
      { op: 'equal', runs: [{ text: 'We ' }] },
      { op: 'delete', runs: [{ text: 'must', marks: ['bold'] }] },
      { op: 'insert', runs: [{ text: 'shall', bracket: 'b1' }] },
      { op: 'equal', runs: [{ text: ' act.' }] },
    ]);
  });
  it('cuts runs at the edges of a change', () => {
    expect(sliceRuns([{ text: 'abc', marks: ['italic'] }, { text: 'def' }], 2, 4)).toEqual([
      { text: 'c', marks: ['italic'] },
      { text: 'd' },
    ]);
  });
});

describe('listMarkers', () => {
  it('numbers per level, bullets otherwise, nothing for wrapper items and other blocks', () => {
    const li = (text: string, ordered: boolean, depth: number) => ({
      type: 'listitem' as const,
      text,
      list: { ordered, depth },
    });
    expect(
      listMarkers([
        { type: 'list', text: '' },
        li('a', false, 0),
        li('', false, 0),
        { type: 'list', text: '' },
        li('b', true, 1),
        li('c', true, 1),
        li('d', false, 0),
        { type: 'paragraph', text: 'x' },
        { type: 'listitem', text: 'old' },
      ]),
    ).toEqual([null, '•', null, null, '1.', '2.', '•', null, '•']);
  });
});
