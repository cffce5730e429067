/** Endorsement by silence procedure (issue 14): start one on a saved version, break silence, read where they stand. */
import { SilenceProcedure, SilenceProcedureList, type StartSilenceBody, type ObjectionBody } from '@accord/schema';
import { z } from 'zod';
import { request } from '../api.js';

const seg = encodeURIComponent;

export const listProcedures = (documentId: string, signal?: AbortSignal) =>
  request(`/api/documents/${seg(documentId)}/endorsements`, SilenceProcedureList, { signal });

export const startSilence = (documentId: string, body: z.input<typeof StartSilenceBody>) =>
  request(`/api/documents/${seg(documentId)}/endorsements`, SilenceProcedure, { method: 'POST', body });

export const breakSilence = (procedureId: string, body: z.input<typeof ObjectionBody>) =>
  // What the answer holds is the procedure's business; the banner reads the list again after it.
  request(`/api/endorsements/${seg(procedureId)}/objections`, z.unknown(), { method: 'POST', body });
