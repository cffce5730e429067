import { describe, expect, it } from 'vitest';
import type { CommentThread } from '@accord/schema';
import { commentsCsv, csvField, neutralise } from './csv.js';

const author = { id: 'ana', name: 'Ana, "the chair"', stakeholderGroup: 'civil-society' };
const comment = (id: string, body: string, deletedAt: string | null = null) => ({
  id,
  threadId: 't1',
  author,
  body,
  mentions: [],
  createdAt: '2026-03-01T10:00:00.000Z',
  editedAt: null,
  deletedAt,
});

describe('CSV cells', () => {
  it('are quoted as RFC 4180 requires, and only then', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('lf\nonly')).toBe('"lf\nonly"');
  });

  it('that a spreadsheet would evaluate are prefixed with a single quote', () => {
    for (const risky of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(risky)).toBe(`'${risky}`);
    for (const safe of ['1', 'a=b', ' =1', "'quoted", '']) expect(neutralise(safe)).toBe(safe);
  });
});

describe('commentsCsv', () => {
  it('writes one row per comment, tombstones included, with the thread’s location and state', () => {
    const passage: CommentThread = {
      id: 't1',
      documentId: 'd',
      anchor: { kind: 'passage', blockId: 'pOld', start: {}, end: {}, quote: '=cmd|"/c calc"!A1' },
      status: 'resolved',
      textRemoved: false,
      location: { blockId: 'pNew', number: 12 },
      createdAt: '2026-03-01T10:00:00.000Z',
      resolvedAt: '2026-03-02T10:00:00.000Z',
      resolvedBy: author,
      comments: [comment('c1', 'First, "quoted"'), comment('c2', '', '2026-03-03T00:00:00.000Z')],
    };
    const removed: CommentThread = {
      ...passage,
      id: 't2',
      anchor: { kind: 'block', blockId: 'pGone' },
      status: 'open',
      textRemoved: true,
      location: null,
      comments: [comment('c3', '- a list\n- of points')],
    };
    expect(commentsCsv([passage, removed])).toBe(
      [
        'thread id,paragraph number,block id,quote,status,text removed,comment id,author,stakeholder group,created at,body,deleted at',
        `t1,12,pNew,"'=cmd|""/c calc""!A1",resolved,no,c1,"Ana, ""the chair""",civil-society,2026-03-01T10:00:00.000Z,"First, ""quoted""",`,
        `t1,12,pNew,"'=cmd|""/c calc""!A1",resolved,no,c2,"Ana, ""the chair""",civil-society,2026-03-01T10:00:00.000Z,,2026-03-03T00:00:00.000Z`,
        `t2,,pGone,,open,yes,c3,"Ana, ""the chair""",civil-society,2026-03-01T10:00:00.000Z,"'- a list\n- of points",`,
        '',
      ].join('\r\n'),
    );
  });
});
