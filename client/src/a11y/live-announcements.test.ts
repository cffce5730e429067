import type { CommentThread } from '@accord/schema';
import { describe, expect, it } from 'vitest';
import { newCommentsOfOthers, presenceChanges } from './useLiveAnnouncements.js';

const person = (id: string, name: string) => ({ id, name, stakeholderGroup: 'civil-society' });
const comment = (id: string, author: ReturnType<typeof person>, deleted = false) =>
  ({
    id,
    author,
    body: 'text',
    deletedAt: deleted ? '2026-01-01T00:00:00Z' : null,
  }) as unknown as CommentThread['comments'][number];
const thread = (id: string, blockId: string, comments: CommentThread['comments']) =>
  ({ id, anchor: { kind: 'block', blockId }, comments }) as unknown as CommentThread;

const ben = person('ben', 'Ben Okafor');
const me = person('me', 'Mei Tanaka');

describe('newCommentsOfOthers', () => {
  it('lists what others added, with its paragraph and whether it replies, never my own or deleted ones', () => {
    const before = [thread('t1', 'b3', [comment('c1', ben)])];
    const after = [
      thread('t1', 'b3', [comment('c1', ben), comment('c2', ben), comment('c3', me)]),
      thread('t2', 'b5', [comment('c4', ben)]),
      thread('t3', 'b6', [comment('c5', ben, true)]),
    ];
    expect(newCommentsOfOthers(before, after, me.id)).toEqual([
      { name: 'Ben Okafor', blockId: 'b3', reply: true },
      { name: 'Ben Okafor', blockId: 'b5', reply: false },
    ]);
  });
});

describe('presenceChanges', () => {
  it('names who came and who went', () => {
    expect(presenceChanges(new Set(['Ana', 'Jonas']), new Set(['Jonas', 'Priya']))).toEqual([
      { kind: 'joined', name: 'Priya' },
      { kind: 'left', name: 'Ana' },
    ]);
    expect(presenceChanges(new Set(['Ana']), new Set(['Ana']))).toEqual([]);
  });
});
