/** The attribution endpoints (issue 13), through the app's one request helper. */
import { DocumentVisit, ParagraphChanges } from '@accord/schema';
import { request } from '../api.js';

const seg = encodeURIComponent;
const doc = (documentId: string) => `/api/documents/${seg(documentId)}`;

/** Who changed a paragraph's text, when, from what to what; oldest first. */
export const getParagraphChanges = (documentId: string, blockId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/paragraphs/${seg(blockId)}/changes`, ParagraphChanges, { signal });

/** Records that this person opens the document now; answers what others changed since their previous visit. */
export const recordVisit = (documentId: string, signal?: AbortSignal) =>
  request(`${doc(documentId)}/visits`, DocumentVisit, { method: 'POST', signal });
