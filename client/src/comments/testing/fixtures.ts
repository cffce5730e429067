/** Test support: comment threads and people as the server sends them. */
import type { Comment, PersonShown, CommentThread } from '@accord/schema';

export const mei: PersonShown = { id: 'p-mei', name: 'Mei Tanaka', stakeholderGroup: 'technical-community' };
export const jonas: PersonShown = { id: 'p-jonas', name: 'Jonas Berg', stakeholderGroup: 'private-sector' };
export const lucas: PersonShown = { id: 'p-lucas', name: 'Lucas Ferreira', stakeholderGroup: 'civil-society' };

let clock = 0;
/** An ISO time, later on every call. */
export const later = () => new Date(Date.UTC(2026, 0, 1) + ++clock * 1000).toISOString();

export function comment(id: string, author: PersonShown, body: string, extra: Partial<Comment> = {}): Comment {
  return {
    id,
    threadId: 't?',
    author,
    body,
    mentions: [],
    createdAt: later(),
    editedAt: null,
    deletedAt: null,
    ...extra,
  };
}

export function thread(id: string, comments: Comment[], extra: Partial<CommentThread> = {}): CommentThread {
  return {
    id,
    documentId: 'doc',
    anchor: { kind: 'block', blockId: 'b1' },
    status: 'open',
    textRemoved: false,
    location: { blockId: 'b1', number: 1 },
    createdAt: comments[0]?.createdAt ?? later(),
    resolvedAt: null,
    resolvedBy: null,
    comments: comments.map((c) => ({ ...c, threadId: id })),
    ...extra,
  };
}
