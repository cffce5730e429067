import { beforeEach, describe, expect, it } from 'vitest';
import type { CommentAnchor } from '@accord/schema';
import { isRefusedByTrigger } from '../storage/sql/types.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { CommentConflict, SqlCommentStore } from './store.js';

describe.each(dialects)('on %s', (dialect) => {
  const t = testDatabase(dialect, 'comments');
  let store: SqlCommentStore;
  let ana: string;
  let ben: string;
  let clock: number;

  const anchor: CommentAnchor = { kind: 'block', blockId: 'pBlock1' };

  beforeEach(async () => {
    ({ ana, ben } = await seedTwoPeople(t.sql));
    clock = Date.parse('2026-03-01T10:00:00Z');
    store = new SqlCommentStore(t.sql, { now: () => new Date((clock += 1000)) });
  });

  const events = (threadId: string) =>
    t.sql.all(
      'SELECT action, actor_id AS actor, comment_id AS comment FROM comment_events WHERE thread_id = ? ORDER BY seq',
      [threadId],
    );

  /** The database itself refuses the statement (a trigger or a CHECK), with a message matching `reason`. */
  const refused = async (sql: string, params: string[], reason: RegExp) => {
    const error = await t.sql.run(sql, params).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, sql).toBeInstanceOf(Error);
    expect((error as Error).message, sql).toMatch(reason);
    return error;
  };

  describe('SqlCommentStore', () => {
    it('opens a thread, replies in order, with authors named and dates in UTC', async () => {
      const thread = await store.createThread({
        documentId: 'd',
        anchor,
        authorId: ana,
        body: 'Too vague.',
        mentions: [ben],
      });
      const replied = await store.reply(thread.id, { authorId: ben, body: 'Agreed.', mentions: [] });
      expect(replied).toMatchObject({
        documentId: 'd',
        anchor,
        blockId: 'pBlock1',
        status: 'open',
        createdAt: '2026-03-01T10:00:01.000Z',
        createdBy: { id: ana, name: 'Ana', stakeholderGroup: 'civil-society' },
        resolvedAt: null,
        resolvedBy: null,
      });
      expect(replied.comments.map((c) => [c.author.name, c.body, c.mentions])).toEqual([
        ['Ana', 'Too vague.', [ben]],
        ['Ben', 'Agreed.', []],
      ]);
      expect(await store.listThreads('d')).toEqual([replied]);
      expect(await store.listThreads('other')).toEqual([]);
    });

    it('lets only the author edit or delete, and records every change with its actor', async () => {
      const thread = await store.createThread({
        documentId: 'd',
        anchor,
        authorId: ana,
        body: 'First words.',
        mentions: [],
      });
      const [first] = thread.comments;
      await expect(store.edit(first!.id, ben, { body: 'Hijacked.', mentions: [] })).rejects.toThrow(CommentConflict);
      await expect(store.delete(first!.id, ben)).rejects.toMatchObject({ code: 'not_author' });
      const edited = await store.edit(first!.id, ana, { body: 'Better words.', mentions: [ben] });
      expect(edited.comments[0]).toMatchObject({
        body: 'Better words.',
        mentions: [ben],
        editedAt: '2026-03-01T10:00:02.000Z',
        deletedAt: null,
      });
      await store.reply(thread.id, { authorId: ben, body: 'Reply.', mentions: [] });
      const deleted = await store.delete(first!.id, ana);
      expect(deleted.comments.map((c) => [c.body, c.mentions, c.deletedAt !== null])).toEqual([
        ['', [], true],
        ['Reply.', [], false],
      ]);
      await expect(store.edit(first!.id, ana, { body: 'Back.', mentions: [] })).rejects.toMatchObject({
        code: 'comment_deleted',
      });
      await store.setStatus(thread.id, ben, 'resolved');
      await expect(store.setStatus(thread.id, ana, 'resolved')).rejects.toMatchObject({ code: 'already_resolved' });
      const reopened = await store.setStatus(thread.id, ana, 'open');
      expect(reopened).toMatchObject({ status: 'open', resolvedAt: null, resolvedBy: null });

      expect(await events(thread.id)).toEqual([
        { action: 'create', actor: ana, comment: first!.id },
        { action: 'edit', actor: ana, comment: first!.id },
        { action: 'reply', actor: ben, comment: expect.any(String) },
        { action: 'delete', actor: ana, comment: first!.id },
        { action: 'resolve', actor: ben, comment: null },
        { action: 'reopen', actor: ana, comment: null },
      ]);
      const history = await store.history(thread.id);
      expect(history[1]).toMatchObject({
        action: 'edit',
        actor: { name: 'Ana' },
        detail: { previous: 'First words.', previousMentions: [] },
      });
      expect(history[3]!.detail).toEqual({});
    });

    it('keeps threads and comments made in the same instant in the order they were made', async () => {
      const fixed = new SqlCommentStore(t.sql, { now: () => new Date('2026-03-01T12:00:00Z') });
      const bodies = ['one', 'two', 'three', 'four', 'five'];
      const threads = [];
      for (const body of bodies)
        threads.push(await fixed.createThread({ documentId: 'd', anchor, authorId: ana, body, mentions: [] }));
      for (const body of bodies) await fixed.reply(threads[0]!.id, { authorId: ben, body, mentions: [] });
      const listed = await fixed.listThreads('d');
      expect(listed.map((th) => th.comments[0]!.body)).toEqual(bodies);
      expect(listed[0]!.comments.map((c) => c.body)).toEqual(['one', ...bodies]);
      expect((await fixed.getThread(threads[0]!.id))?.comments).toEqual(listed[0]!.comments);
    });

    it('resolves a thread once when two resolve it at the same moment', async () => {
      const thread = await store.createThread({ documentId: 'd', anchor, authorId: ana, body: 'Done?', mentions: [] });
      const outcomes = await Promise.allSettled([
        store.setStatus(thread.id, ana, 'resolved'),
        store.setStatus(thread.id, ben, 'resolved'),
      ]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ code: 'already_resolved' });
      expect((await events(thread.id)).map((e) => e.action)).toEqual(['create', 'resolve']);
    });

    it('writes nothing when a change is refused', async () => {
      const thread = await store.createThread({ documentId: 'd', anchor, authorId: ana, body: 'Mine.', mentions: [] });
      const before = { thread: await store.getThread(thread.id), events: await events(thread.id) };
      await expect(store.edit(thread.comments[0]!.id, ben, { body: 'Theirs.', mentions: [] })).rejects.toThrow();
      await expect(store.setStatus(thread.id, ana, 'open')).rejects.toMatchObject({ code: 'already_open' });
      expect({ thread: await store.getThread(thread.id), events: await events(thread.id) }).toEqual(before);
    });
  });

  describe('the comment tables (migration 0003)', () => {
    it('keep authorship fixed, tombstones final, threads and history permanent', async () => {
      const thread = await store.createThread({ documentId: 'd', anchor, authorId: ana, body: 'Mine.', mentions: [] });
      const id = thread.comments[0]!.id;
      const byTrigger: Array<[string, string[], RegExp]> = [
        ['UPDATE comments SET author_id = ? WHERE id = ?', [ben, id], /author/],
        ['UPDATE comment_threads SET created_by = ? WHERE id = ?', [ben, thread.id], /cannot change/],
        ["UPDATE comment_threads SET anchor = '{}' WHERE id = ?", [thread.id], /cannot change/],
        ['DELETE FROM comments', [], /tombstone/],
        ['DELETE FROM comment_threads', [], /never removed/],
        ["UPDATE comment_events SET action = 'reply'", [], /append-only/],
        ['DELETE FROM comment_events', [], /append-only/],
      ];
      for (const [sql, params, reason] of byTrigger)
        expect(isRefusedByTrigger(await refused(sql, params, reason))).toBe(true);
      await refused("UPDATE comments SET deleted_at = 'now' WHERE id = ?", [id], /CHECK|check constraint/i);
      await store.delete(id, ana);
      expect(
        isRefusedByTrigger(
          await refused(
            "UPDATE comments SET body = 'revived', deleted_at = NULL WHERE id = ?",
            [id],
            /deleted comment cannot change/,
          ),
        ),
      ).toBe(true);
      await refused(
        "UPDATE comment_threads SET status = 'resolved' WHERE id = ?",
        [thread.id],
        /CHECK|check constraint/i,
      );
      // Nothing above changed a row.
      expect((await store.getThread(thread.id))?.comments.map((c) => c.author.id)).toEqual([ana]);
      expect((await events(thread.id)).map((e) => e.action)).toEqual(['create', 'delete']);
    });
  });
});
