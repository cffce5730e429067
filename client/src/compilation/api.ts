/** The compilation's endpoints (issue 14: calls, contributions, insert, sources, coverage, divergences), through the app's one request helper. */
import {
  Call,
  CallList,
  ContributionList,
  Coverage,
  Divergence,
  DivergenceList,
  InsertedParagraphs,
  SourceMap,
  type CreateCallBody,
  type DivergenceBody,
  type InsertContributionBody,
} from '@accord/schema';
import type { z } from 'zod';
import { request } from '../api.js';

const seg = encodeURIComponent;
const doc = (documentId: string) => `/api/documents/${seg(documentId)}`;

export const listCalls = (documentId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/calls`, CallList, { signal });

export const createCall = (documentId: string, body: z.input<typeof CreateCallBody>) =>
  request(`${doc(documentId)}/calls`, Call, { method: 'POST', body });

export const listContributions = (callId: string, signal?: AbortSignal) =>
  request(`/api/calls/${seg(callId)}/contributions?format=json`, ContributionList, { signal });

export const getCoverage = (callId: string, signal?: AbortSignal) =>
  request(`/api/calls/${seg(callId)}/coverage`, Coverage, { signal });

export const insertContribution = (documentId: string, body: InsertContributionBody) =>
  request(`${doc(documentId)}/compilation/insert`, InsertedParagraphs, { method: 'POST', body });

export const getSources = (documentId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/compilation/sources`, SourceMap, { signal });

export const recordDivergence = (documentId: string, blockId: string, body: z.input<typeof DivergenceBody>) =>
  request(`${doc(documentId)}/paragraphs/${seg(blockId)}/divergences`, Divergence, { method: 'POST', body });

export const listDivergences = (documentId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/divergences`, DivergenceList, { signal });
