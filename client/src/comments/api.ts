/**
 * The comments endpoints, through the app's one request helper (CSRF on writes, 401 signal,
 * answers parsed with the schemas the server validates with).
 */
import {
  CommentThread,
  CommentThreadList,
  MentionablePeople,
  ThreadHistory,
  type CreateThreadBody,
  type EditCommentBody,
  type ReplyBody,
} from '@accord/schema';
import { request } from '../api.js';

const seg = encodeURIComponent;

/** What the comments store needs from the server; tests pass a fake. */
export interface CommentsApi {
  list(documentId: string, signal?: AbortSignal): Promise<CommentThread[]>;
  create(documentId: string, body: CreateThreadBody): Promise<CommentThread>;
  reply(threadId: string, body: ReplyBody): Promise<CommentThread>;
  edit(commentId: string, body: EditCommentBody): Promise<CommentThread>;
  remove(commentId: string): Promise<CommentThread>;
  resolve(threadId: string): Promise<CommentThread>;
  reopen(threadId: string): Promise<CommentThread>;
  people(documentId: string, signal?: AbortSignal): Promise<MentionablePeople['people']>;
}

export const commentsApi: CommentsApi = {
  list: async (documentId, signal) =>
    (await request(`/api/documents/${seg(documentId)}/comments`, CommentThreadList, { signal })).threads,
  create: (documentId, body) =>
    request(`/api/documents/${seg(documentId)}/comments`, CommentThread, { method: 'POST', body }),
  reply: (threadId, body) =>
    request(`/api/comment-threads/${seg(threadId)}/replies`, CommentThread, { method: 'POST', body }),
  edit: (commentId, body) => request(`/api/comments/${seg(commentId)}`, CommentThread, { method: 'PATCH', body }),
  remove: (commentId) => request(`/api/comments/${seg(commentId)}`, CommentThread, { method: 'DELETE' }),
  resolve: (threadId) => request(`/api/comment-threads/${seg(threadId)}/resolve`, CommentThread, { method: 'POST' }),
  reopen: (threadId) => request(`/api/comment-threads/${seg(threadId)}/reopen`, CommentThread, { method: 'POST' }),
  people: async (documentId, signal) =>
    (await request(`/api/documents/${seg(documentId)}/people`, MentionablePeople, { signal })).people,
};

/** A thread's recorded changes (who did what when). */
export const threadHistory = (threadId: string, signal?: AbortSignal) =>
  request(`/api/comment-threads/${seg(threadId)}/history`, ThreadHistory, { signal });

/** The live channel's address (Server-Sent Events; the session cookie authenticates it). */
export const liveUrl = (documentId: string) => `/api/documents/${seg(documentId)}/comments/live`;
