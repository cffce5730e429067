/**
 * The public round endpoints (README, "Consultation rounds"), through the app's one request
 * helper. Every call expects a 401: here it means "not registered for this round", never
 * "signed out", so a member reading the page stays signed in.
 */
import {
  ConfirmedParticipant,
  PostedComment,
  PublicCommentList,
  PublicParticipant,
  PublicRoundOutcome,
  PublicRoundPage,
  RegisteredParticipant,
  type Locale,
  type PublicCommentBody,
  type ReactionBody,
  type RegisterParticipantBody,
  type ReportFormat,
} from '@accord/schema';
import { request, requestNoContent } from '../api.js';

export type { PostedComment };

const seg = encodeURIComponent;
const round = (roundId: string) => `/api/public/rounds/${seg(roundId)}`;

/** The page; `language`: the text in one of the languages the round offers (issue 15), else its own. */
export const getRoundPage = (roundId: string, signal?: AbortSignal, language?: Locale) =>
  request(language ? `${round(roundId)}?language=${seg(language)}` : round(roundId), PublicRoundPage, {
    signal,
    expectUnauthenticated: true,
  });

export const getPublishedComments = (roundId: string, signal?: AbortSignal) =>
  request(`${round(roundId)}/comments`, PublicCommentList, { signal, expectUnauthenticated: true });

/** Once the revised version is out: every comment's answer, which are this browser's participant's, the revised text. */
export const getOutcome = (roundId: string, signal?: AbortSignal) =>
  request(`${round(roundId)}/outcome`, PublicRoundOutcome, { signal, expectUnauthenticated: true });

/** Who this browser is registered as for the round; rejects with a 401 when nobody. */
export const getParticipant = (roundId: string, signal?: AbortSignal) =>
  request(`${round(roundId)}/participant`, PublicParticipant, { signal, expectUnauthenticated: true });

export const registerParticipant = (roundId: string, body: RegisterParticipantBody) =>
  request(`${round(roundId)}/participants`, RegisteredParticipant, {
    method: 'POST',
    body,
    expectUnauthenticated: true,
  });

/** Opens a mailed confirmation link's code: confirms the email and signs this browser in (the answer sets the cookie). */
export const confirmParticipant = (roundId: string, code: string) =>
  request(`${round(roundId)}/confirmations`, ConfirmedParticipant, {
    method: 'POST',
    body: { code },
    expectUnauthenticated: true,
  });

export const postComment = (roundId: string, body: PublicCommentBody) =>
  request(`${round(roundId)}/comments`, PostedComment, { method: 'POST', body, expectUnauthenticated: true });

export const postReaction = (roundId: string, body: ReactionBody) =>
  requestNoContent(`${round(roundId)}/reactions`, { method: 'POST', body, expectUnauthenticated: true });

/** Where the comment-response report is downloaded in `format`. */
export const reportUrl = (roundId: string, format: ReportFormat) => `${round(roundId)}/report?format=${format}`;
