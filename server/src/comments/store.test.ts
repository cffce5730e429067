import { beforeEach, describe, expect, it } from 'vitest';
import type { CommentAnchor } from '@accord/schema';
import { seedTwoPeople, tempDatabase } from '../storage/sqlite/testing.js';
import { CommentConflict, SqliteCommentStore } from './store.js';

const temp = tempDatabase('comments');
let store: SqliteCommentStore;
let ana: string;
let ben: string;
let clock: number;

const anchor: CommentAnchor = { kind: 'block', blockId: 'pBlock1' };

beforeEach(async () => {
  ({ ana, ben } = await seedTwoPeople(temp.db));
  clock = Date.parse('2026-03-01T10:00:00Z');
  store = new SqliteCommentStore(temp.db, { now: () => new Date((clock += 1000)) });
});

const events = (threadId: string) =>
  temp.db
    .prepare(
      'SELECT action, actor_id AS actor, comment_id AS comment FROM comment_events WHERE thread_id = ? ORDER BY seq',
    )
    .all(threadId);

describe('SqliteCommentStore', () => {
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

    expect(events(thread.id)).toEqual([
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

  it('writes nothing when a change is refused', async () => {
    const thread = await store.createThread({ documentId: 'd', anchor, authorId: ana, body: 'Mine.', mentions: [] });
    const before = { thread: await store.getThread(thread.id), events: events(thread.id) };
    await expect(store.edit(thread.comments[0]!.id, ben, { body: 'Theirs.', mentions: [] })).rejects.toThrow();
    await expect(store.setStatus(thread.id, ana, 'open')).rejects.toMatchObject({ code: 'already_open' });
    expect({ thread: await store.getThread(thread.id), events: events(thread.id) }).toEqual(before);
  });
});

describe('the comment tables (migration 0003)', () => {
  it('keep authorship fixed, tombstones final, threads and history permanent', async () => {
    const thread = await store.createThread({ documentId: 'd', anchor, authorId: ana, body: 'Mine.', mentions: [] });
    const id = thread.comments[0]!.id;
    expect(() => temp.db.prepare('UPDATE comments SET author_id = ? WHERE id = ?').run(ben, id)).toThrow(/author/);
    expect(() => temp.db.prepare('UPDATE comment_threads SET created_by = ? WHERE id = ?').run(ben, thread.id)).toThrow(
      /cannot change/,
    );
    expect(() => temp.db.prepare("UPDATE comment_threads SET anchor = '{}' WHERE id = ?").run(thread.id)).toThrow(
      /cannot change/,
    );
    expect(() => temp.db.prepare('DELETE FROM comments').run()).toThrow(/tombstone/);
    expect(() => temp.db.prepare('DELETE FROM comment_threads').run()).toThrow(/never removed/);
    expect(() => temp.db.prepare("UPDATE comment_events SET action = 'reply'").run()).toThrow(/append-only/);
    expect(() => temp.db.prepare('DELETE FROM comment_events').run()).toThrow(/append-only/);
    expect(() => temp.db.prepare("UPDATE comments SET deleted_at = 'now' WHERE id = ?").run(id)).toThrow(/CHECK/);
    await store.delete(id, ana);
    expect(() =>
      temp.db.prepare("UPDATE comments SET body = 'revived', deleted_at = NULL WHERE id = ?").run(id),
    ).toThrow(/deleted comment cannot change/);
    expect(() => temp.db.prepare("UPDATE comment_threads SET status = 'resolved' WHERE id = ?").run(thread.id)).toThrow(
      /CHECK/,
    );
  });
});
