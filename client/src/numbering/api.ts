/** The numbering endpoints (issue 13: numbers that stay put), through the app's one request helper. */
import { Numbering, type SetNumberingBody } from '@accord/schema';
import { request } from '../api.js';

const path = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/numbering`;

export const getNumbering = (documentId: string, signal?: AbortSignal) =>
  request(path(documentId), Numbering, { signal });

/** Freezes numbering at a saved version, or makes it live again (coordinators: `version.create`). */
export const setNumbering = (documentId: string, body: SetNumberingBody) =>
  request(path(documentId), Numbering, { method: 'PUT', body });

/** The explicit renumber: labels become 1 … n again, still frozen. */
export const renumber = (documentId: string) => request(`${path(documentId)}/renumber`, Numbering, { method: 'POST' });
