/**
 * Language versions over HTTP (issue 15; routes in server/src/http/routes/languages.ts and
 * rounds.ts): a document's family, making a version, a version's alignment with its original,
 * marking a paragraph up to date, bringing a version in line, and a paragraph's threads in
 * every language. Through the app's one request helper, parsed with the shared schemas.
 */
import {
  Alignment,
  AlignmentSynced,
  LanguageFamily,
  LanguageVersion,
  ParagraphThreads,
  RoundLanguageList,
  type CreateLanguageVersionBody,
  type OfferRoundLanguageBody,
  type SyncAlignmentBody,
} from '@accord/schema';
import { request } from '../api.js';

const seg = encodeURIComponent;
const doc = (documentId: string) => `/api/documents/${seg(documentId)}`;

/** The original and every language version of it the caller may read, from any of them. */
export const getFamily = (documentId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/languages`, LanguageFamily, { signal });

/** Makes a language version of an original (`translation.manage`). */
export const createLanguageVersion = (documentId: string, body: CreateLanguageVersionBody) =>
  request(`${doc(documentId)}/languages`, LanguageVersion, { method: 'POST', body });

/** A language version's paragraphs beside its original's, with where each stands. */
export const getAlignment = (documentId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/alignment`, Alignment, { signal });

/** Says a paragraph's translation is still right for the original as it is now. */
export const markUpToDate = (documentId: string, blockId: string) =>
  request(`${doc(documentId)}/alignment/${seg(blockId)}/translated`, Alignment, { method: 'POST' });

/** Adds the original's new paragraphs to the version and removes those it no longer has. */
export const syncWithOriginal = (documentId: string, body: SyncAlignmentBody) =>
  request(`${doc(documentId)}/alignment/sync`, AlignmentSynced, { method: 'POST', body });

/** The threads on one paragraph in every language of the family the caller may read. */
export const getParagraphThreads = (documentId: string, blockId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/paragraphs/${seg(blockId)}/threads?languages=all`, ParagraphThreads, { signal });

/** The languages a round offers its text in, the round's own first. */
export const getRoundLanguages = (roundId: string, signal?: AbortSignal) =>
  request(`/api/rounds/${seg(roundId)}/languages`, RoundLanguageList, { signal });

/** Offers a saved version of a language version beside the round's own (`translation.manage`). */
export const offerRoundLanguage = (roundId: string, body: OfferRoundLanguageBody) =>
  request(`/api/rounds/${seg(roundId)}/languages`, RoundLanguageList, { method: 'POST', body });
