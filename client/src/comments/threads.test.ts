import { describe, expect, it } from 'vitest';
import { comment, jonas, mei, thread } from './testing/fixtures.js';
import { fromList, isGone, newCommentsByOthers, upsertThread } from './threads.js';

describe('threads', () => {
  const a = thread('a', [comment('c1', mei, 'first')]);
  const b = thread('b', [comment('c2', jonas, 'second')]);

  it('keeps listed threads in the order they were opened', () => {
    expect(fromList([b, a]).map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('replaces a thread by id and appends a new one', () => {
    const replied = thread('a', [comment('c1', mei, 'first'), comment('c3', jonas, 'reply')]);
    expect(upsertThread([a], replied)).toEqual([replied]);
    expect(upsertThread([a], b).map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('ignores a late copy with fewer comments than the one held', () => {
    const replied = thread('a', [comment('c1', mei, 'first'), comment('c3', jonas, 'reply')]);
    const threads = [replied];
    expect(upsertThread(threads, a)).toBe(threads);
  });

  it('drops a thread whose every comment is deleted', () => {
    const deleted = thread('a', [comment('c1', mei, '', { deletedAt: '2026-01-02T00:00:00Z' })]);
    expect(isGone(deleted)).toBe(true);
    expect(upsertThread([a, b], deleted).map((t) => t.id)).toEqual(['b']);
    expect(upsertThread([b], deleted).map((t) => t.id)).toEqual(['b']);
    expect(fromList([deleted, b]).map((t) => t.id)).toEqual(['b']);
  });

  it('counts new comments by others only', () => {
    const after = [
      thread('a', [comment('c1', mei, 'first'), comment('c3', jonas, 'reply'), comment('c4', mei, 'mine')]),
      b,
    ];
    expect(newCommentsByOthers([a], after, mei.id)).toBe(2);
  });
});
