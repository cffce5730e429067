/**
 * The consensus endpoints (docs/CONSENSUS.md, "The API (for the browser)"), through the
 * app's one request helper so answers are parsed with the shared zod contract and refusals
 * arrive as RequestErrors whose message can be shown as is.
 */
import {
  BracketAlternative,
  ConsensusDashboard,
  DocumentConsensus,
  ParagraphConsensus,
  ParagraphHistory,
  RegisterOfDifferences,
  StatusChange,
  type ParagraphStatus,
  type PositionKind,
  type RegisterFormat,
} from '@accord/schema';
import { request } from '../api.js';

const seg = encodeURIComponent;
const doc = (documentId: string) => `/api/documents/${seg(documentId)}`;

/** Every numbered paragraph (and any block with records) with its consensus view. */
export const getConsensus = (documentId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/consensus`, DocumentConsensus, { signal });

/** The dashboard's data: strip, heatmap, totals, trend. */
export const getDashboard = (documentId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/consensus/dashboard`, ConsensusDashboard, { signal });

/** The register of differences as JSON (the page renders it). */
export const getRegister = (documentId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/register?format=json`, RegisterOfDifferences, { signal });

/** Where a download of the register in `format` is served. */
export const registerUrl = (documentId: string, format: RegisterFormat) =>
  `${doc(documentId)}/register?format=${format}`;

/** The live channel's URL (Server-Sent Events). */
export const consensusLiveUrl = (documentId: string) => `${doc(documentId)}/consensus/live`;

/** A paragraph's recorded status changes and proposals, and every position taken on it, oldest first. */
export const getParagraphHistory = (documentId: string, blockId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/paragraphs/${seg(blockId)}/history`, ParagraphHistory, { signal });

/** Coordinators: sets a paragraph's status (re-confirming `agreed` is allowed). */
export const setStatus = (documentId: string, blockId: string, status: ParagraphStatus, note = '') =>
  request(`${doc(documentId)}/paragraphs/${seg(blockId)}/status`, ParagraphConsensus, {
    method: 'PUT',
    body: { status, note },
  });

/** Members: proposes a status (nothing changes until a coordinator sets it). */
export const proposeStatus = (documentId: string, blockId: string, status: ParagraphStatus, note = '') =>
  request(`${doc(documentId)}/paragraphs/${seg(blockId)}/status-proposals`, StatusChange, {
    method: 'POST',
    body: { status, note },
  });

/** Records (replaces) the caller's own position on a paragraph. */
export const recordPosition = (documentId: string, blockId: string, position: PositionKind, reason = '') =>
  request(`${doc(documentId)}/paragraphs/${seg(blockId)}/position`, ParagraphConsensus, {
    method: 'PUT',
    body: { position, reason },
  });

/** Proposes an alternative to a bracket's text, attributed to the caller. */
export const addAlternative = (documentId: string, bracketId: string, text: string) =>
  request(`${doc(documentId)}/brackets/${seg(bracketId)}/alternatives`, BracketAlternative, {
    method: 'POST',
    body: { text },
  });

/** What a coordinator chose for a bracket. */
export type Resolution =
  | { choice: 'bracketed'; note?: string }
  | { choice: 'alternative'; alternativeId: string; note?: string };

/** Coordinators: resolves a bracket; the server changes the live text for everyone. */
export const resolveBracket = (documentId: string, bracketId: string, resolution: Resolution) =>
  request(`${doc(documentId)}/brackets/${seg(bracketId)}/resolution`, ParagraphConsensus, {
    method: 'POST',
    body: resolution,
  });
