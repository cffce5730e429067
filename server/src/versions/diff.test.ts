import { describe, expect, it } from 'vitest';
import { diffBlocks, longestIncreasing, type DiffBlock } from './diff.js';
import { tokenize, wordDiff } from './word-diff.js';

const p = (id: string, text: string, number: number | null = null): DiffBlock => ({
  id,
  number,
  type: 'paragraph',
  text,
});

describe('wordDiff', () => {
  it('joins back to both texts', () => {
    const before = 'The group agreed to  meet in Geneva next year.';
    const after = 'The whole group agreed to meet in João Pessoa next year!';
    const changes = wordDiff(before, after);
    expect(
      changes
        .filter((c) => c.op !== 'insert')
        .map((c) => c.text)
        .join(''),
    ).toBe(before);
    expect(
      changes
        .filter((c) => c.op !== 'delete')
        .map((c) => c.text)
        .join(''),
    ).toBe(after);
  });

  it('marks the changed words only', () => {
    expect(wordDiff('one two three', 'one 2 three four')).toEqual([
      { op: 'equal', text: 'one ' },
      { op: 'delete', text: 'two' },
      { op: 'insert', text: '2' },
      { op: 'equal', text: ' three' },
      { op: 'insert', text: ' four' },
    ]);
  });

  it('handles empty sides and identical texts', () => {
    expect(wordDiff('', 'new text')).toEqual([{ op: 'insert', text: 'new text' }]);
    expect(wordDiff('old', '')).toEqual([{ op: 'delete', text: 'old' }]);
    expect(wordDiff('same', 'same')).toEqual([{ op: 'equal', text: 'same' }]);
    expect(tokenize('a  b')).toEqual(['a', '  ', 'b']);
  });
});

describe('longestIncreasing', () => {
  it('keeps the longest run in order', () => {
    expect([...longestIncreasing([0, 1, 2, 3])].sort()).toEqual([0, 1, 2, 3]);
    // [3, 0, 1, 2]: the first element moved.
    expect([...longestIncreasing([3, 0, 1, 2])].sort()).toEqual([1, 2, 3]);
    expect(longestIncreasing([]).size).toBe(0);
  });
});

describe('diffBlocks', () => {
  it('finds added, removed, moved, changed, split and unchanged paragraphs by id', () => {
    const from = [
      p('a', 'Alpha one.', 1),
      p('b', 'Bravo two. Bravo three.', 2),
      p('c', 'Charlie.', 3),
      p('d', 'Delta.', 4),
      p('e', 'Echo.', 5),
    ];
    const to = [
      p('d', 'Delta.', 1),
      p('a', 'Alpha 1.', 2),
      p('b', 'Bravo two.', 3),
      p('x', 'Bravo three.', 4),
      p('e', 'Echo.', 5),
      p('n', 'New.', 6),
    ];
    const diff = diffBlocks(from, to);
    expect(diff.map((d) => [d.id, d.kind, d.moved, d.splitFrom ?? null])).toEqual([
      ['d', 'moved', true, null],
      ['a', 'changed', false, null],
      ['b', 'changed', false, null],
      ['x', 'added', false, 'b'],
      ['c', 'removed', false, null],
      ['e', 'unchanged', false, null],
      ['n', 'added', false, null],
    ]);
    expect(diff[1]!.words).toEqual([
      { op: 'equal', text: 'Alpha ' },
      { op: 'delete', text: 'one.' },
      { op: 'insert', text: '1.' },
    ]);
    expect(diff.find((d) => d.id === 'c')).toMatchObject({ fromNumber: 3, toNumber: null, fromText: 'Charlie.' });
  });

  it('marks a paragraph that moved and changed as changed and moved', () => {
    const diff = diffBlocks([p('a', 'A'), p('b', 'B'), p('c', 'C')], [p('b', 'B'), p('c', 'C'), p('a', 'A!')]);
    expect(diff.map((d) => [d.id, d.kind, d.moved])).toEqual([
      ['b', 'unchanged', false],
      ['c', 'unchanged', false],
      ['a', 'changed', true],
    ]);
  });

  it('puts removed paragraphs at the start when nothing preceded them', () => {
    expect(diffBlocks([p('a', 'A'), p('b', 'B')], [p('b', 'B')]).map((d) => [d.id, d.kind])).toEqual([
      ['a', 'removed'],
      ['b', 'unchanged'],
    ]);
  });
});

describe('diffBlocks with formatting', () => {
  it('passes each side’s runs on, and rebuilds brackets from an older version’s segments', () => {
    const old: DiffBlock = {
      ...p('a', 'We shall act.', 1),
      segments: [
        { text: 'We ', bracket: false },
        { text: 'shall', bracket: true },
        { text: ' act.', bracket: false },
      ],
    };
    const now: DiffBlock = {
      ...p('a', 'We shall act now.', 1),
      runs: [{ text: 'We ' }, { text: 'shall', bracket: 'b1', marks: ['bold'] }, { text: ' act now.' }],
    };
    const [entry] = diffBlocks([old], [now]);
    expect(entry!.fromRuns).toEqual([{ text: 'We ' }, { text: 'shall', bracket: '' }, { text: ' act.' }]);
    expect(entry!.toRuns).toEqual(now.runs);
    expect(diffBlocks([p('b', 'Plain.')], [p('b', 'Plain.')])[0]).not.toHaveProperty('fromRuns');
  });
});
