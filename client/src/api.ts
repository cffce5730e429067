/**
 * The browser's view of Accord's HTTP API. Responses are parsed with the same zod schemas
 * the server validates with, so a contract drift shows up as a clear error, not as
 * `undefined` somewhere in the page.
 */
import { ApiError, DocumentList, WorkspaceList } from '@accord/schema';
import type { z } from 'zod';

async function get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = ApiError.safeParse(body);
    throw new Error(error.success ? error.data.error.message : `${path} answered ${response.status}`);
  }
  return schema.parse(body);
}

export const listWorkspaces = () => get('/api/workspaces', WorkspaceList);
export const listDocuments = (workspaceId: string) => get(`/api/workspaces/${encodeURIComponent(workspaceId)}/documents`, DocumentList);
