/**
 * Comments on paragraphs and passages: list and export, open a thread, reply, edit, delete,
 * resolve, reopen, history. Every route asks the Gate: reading needs `document.read`, writing
 * `comment.create`; who may edit or delete a comment (its author) and resolve or reopen a
 * thread (its author or a moderator) is decided by authz/comments.ts. A thread or comment of
 * a document the caller cannot read is a 404 naming only what they asked for.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod';
import {
  CreateThreadBody,
  EditCommentBody,
  Id,
  ReplyBody,
  type CommentThreadList,
  type ThreadHistory,
  type ThreadStatus,
} from '@accord/schema';
import { authorizeCommentChange, authorizeThreadStatus, type CommentChange } from '../../authz/comments.js';
import type { Action } from '../../authz/policy.js';
import { commentsCsv } from '../../comments/csv.js';
import type { CommentService } from '../../comments/service.js';
import type { StoredThread } from '../../comments/store.js';
import type { AppEnv } from '../env.js';
import { invalidFormat, param, readJson } from '../errors.js';
import { notFound } from '../../refusal.js';
import type { Asked, Gate } from '../gate.js';

const ListFormat = z.enum(['json', 'csv']);

export function commentRoutes(deps: { gate: Gate; comments: CommentService }): Hono<AppEnv> {
  const { gate, comments } = deps;

  /** A listed thread (or, with `hidden`, any thread) and its document, if the caller may perform `action` there. */
  const threadFor = async (c: Context<AppEnv>, action: Action, hidden = false) => {
    const id = param(c, 'threadId', Id, 'commentThread');
    gate.signedIn(c); // Unknown and hidden threads look alike only to someone signed in.
    const missing: Asked = { what: 'commentThread', id };
    const thread = hidden ? await comments.anyThread(id) : await comments.listedThread(id);
    if (!thread) throw notFound(missing.what, id);
    return { thread, missing, ...(await gate.document(c, thread.documentId, action, missing)) };
  };

  /** A comment the caller wrote and may still change; the refusal otherwise. */
  const ownComment = async (c: Context<AppEnv>, change: CommentChange) => {
    const id = param(c, 'commentId', Id, 'comment');
    gate.signedIn(c);
    const missing: Asked = { what: 'comment', id };
    const thread = await comments.threadOfComment(id);
    const comment = thread?.comments.find((m) => m.id === id);
    if (!thread || !comment) throw notFound(missing.what, id);
    const { resource, auth } = await gate.document(c, thread.documentId, 'document.read', missing);
    await gate.enforce(
      c,
      authorizeCommentChange(auth.principal, change, resource, comment.author.id),
      `comment.${change}`,
      resource,
      missing,
    );
    return { id, resource, auth };
  };

  const changeStatus = async (c: Context<AppEnv>, status: ThreadStatus) => {
    const { thread, resource, auth, missing } = await threadFor(c, 'document.read');
    const decision = authorizeThreadStatus(auth.principal, resource, threadAuthor(thread));
    await gate.enforce(c, decision, status === 'resolved' ? 'comment.resolve' : 'comment.reopen', resource, missing);
    return c.json(await comments.setStatus(thread.id, auth.person.id, status));
  };

  return new Hono<AppEnv>()
    .get('/documents/:documentId/comments', async (c) => {
      const id = param(c, 'documentId', Id, 'document');
      const format = ListFormat.safeParse(c.req.query('format') ?? 'json');
      if (!format.success) throw invalidFormat(ListFormat.options);
      await gate.document(c, id, 'document.read');
      const threads = await comments.list(id);
      if (format.data === 'json') return c.json({ threads } satisfies CommentThreadList);
      return c.body(commentsCsv(threads), 200, {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': `attachment; filename="${id}-comments.csv"`,
        'x-content-type-options': 'nosniff',
      });
    })
    .post('/documents/:documentId/comments', async (c) => {
      const { resource, auth } = await gate.document(c, param(c, 'documentId', Id, 'document'), 'comment.create');
      const body = await readJson(c, CreateThreadBody);
      const thread = await comments.open({ ...resource, documentId: resource.documentId! }, auth.person.id, body);
      return c.json(thread, 201);
    })
    .post('/comment-threads/:threadId/replies', async (c) => {
      const { thread, resource, auth } = await threadFor(c, 'comment.create');
      const body = await readJson(c, ReplyBody);
      return c.json(await comments.reply(resource, thread.id, auth.person.id, body), 201);
    })
    .patch('/comments/:commentId', async (c) => {
      const { id, resource, auth } = await ownComment(c, 'edit');
      const body = await readJson(c, EditCommentBody);
      return c.json(await comments.edit(resource, id, auth.person.id, body));
    })
    .delete('/comments/:commentId', async (c) => {
      const { id, auth } = await ownComment(c, 'delete');
      return c.json(await comments.delete(id, auth.person.id));
    })
    .post('/comment-threads/:threadId/resolve', (c) => changeStatus(c, 'resolved'))
    .post('/comment-threads/:threadId/reopen', (c) => changeStatus(c, 'open'))
    .get('/comment-threads/:threadId/history', async (c) => {
      // Also for a thread whose comments were all deleted: it is gone from lists, its record is not.
      const { thread } = await threadFor(c, 'document.read', true);
      return c.json({ events: await comments.history(thread.id) } satisfies ThreadHistory);
    });
}

/** Who opened a thread: the author of its first comment. */
const threadAuthor = (thread: StoredThread): string => thread.createdBy.id;
