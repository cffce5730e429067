/**
 * The browser's view of Accord's HTTP API. Responses are parsed with the same zod schemas
 * the server validates with, so a contract drift shows up as a clear error, not as
 * `undefined` somewhere in the page.
 */
import { ApiError, DocumentList, DocumentRecord, Workspace, WorkspaceList } from '@accord/schema';
import type { z } from 'zod';

/** An API error with its HTTP status, so pages can tell "not found" from "server down". */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function get<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.output<S>> {
  const response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = ApiError.safeParse(body);
    throw new RequestError(error.success ? error.data.error.message : `${path} answered ${response.status}`, response.status);
  }
  return schema.parse(body);
}

const seg = encodeURIComponent;

export const listWorkspaces = (signal?: AbortSignal) => get('/api/workspaces', WorkspaceList, signal);
export const getWorkspace = (workspaceId: string, signal?: AbortSignal) => get(`/api/workspaces/${seg(workspaceId)}`, Workspace, signal);
export const listDocuments = (workspaceId: string, signal?: AbortSignal) =>
  get(`/api/workspaces/${seg(workspaceId)}/documents`, DocumentList, signal);
export const getDocument = (documentId: string, signal?: AbortSignal) => get(`/api/documents/${seg(documentId)}`, DocumentRecord, signal);

/** The collaboration endpoint on the page's own origin (ws: beside http:, wss: beside https:). */
export function collabUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/collab`;
}
