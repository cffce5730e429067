/** The coordinators' and editors' round endpoints (ARCHITECTURE, "Rounds"), through the app's one request helper. */
import {
  CommentDisposition,
  ModeratedComment,
  ModerationQueue,
  Round,
  RoundList,
  RoundProcessing,
  RoundRevision,
  type CreateRoundBody,
  type DispositionBody,
  type PublishRevisionBody,
  type ReportFormat,
} from '@accord/schema';
import { z } from 'zod';
import { request } from '../api.js';

const seg = encodeURIComponent;
const round = (roundId: string) => `/api/rounds/${seg(roundId)}`;

export const listRounds = (documentId: string, signal?: AbortSignal) =>
  request(`/api/documents/${seg(documentId)}/rounds`, RoundList, { signal });

export const openRound = (documentId: string, body: CreateRoundBody) =>
  request(`/api/documents/${seg(documentId)}/rounds`, Round, { method: 'POST', body });

export const closeRound = (roundId: string) => request(`${round(roundId)}/close`, Round, { method: 'POST' });

export const getModeration = (roundId: string, signal?: AbortSignal) =>
  request(`${round(roundId)}/moderation`, ModerationQueue, { signal });

/** One moderation action on a comment; hide needs a reason, flag and restore take an optional note. */
export type ModerationAction =
  | { kind: 'flag'; note?: string }
  | { kind: 'hide'; reason: string }
  | { kind: 'restore'; note?: string };

export function moderate(roundId: string, commentId: string, action: ModerationAction) {
  const { kind, ...body } = action;
  return request(`${round(roundId)}/comments/${seg(commentId)}/${kind}`, ModeratedComment, { method: 'POST', body });
}

export const getProcessing = (roundId: string, signal?: AbortSignal) =>
  request(`${round(roundId)}/processing`, RoundProcessing, { signal });

export const saveDisposition = (roundId: string, commentId: string, body: DispositionBody) =>
  request(`${round(roundId)}/comments/${seg(commentId)}/disposition`, CommentDisposition, { method: 'PUT', body });

export const publishRevision = (roundId: string, body: PublishRevisionBody) =>
  request(`${round(roundId)}/revision`, z.object({ revision: RoundRevision }), { method: 'POST', body });

/** Where the comment-response report is downloaded in `format`. */
export const reportUrl = (roundId: string, format: ReportFormat) => `${round(roundId)}/report?format=${format}`;
