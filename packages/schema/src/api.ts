import * as z from 'zod';
import { DocumentRecord } from './document.js';
import { Workspace } from './workspace.js';

/** Every error response of the HTTP API has this shape; `issues` lists field-level problems. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

/** `GET /api/workspaces` */
export const WorkspaceList = z.object({ workspaces: z.array(Workspace) });
export type WorkspaceList = z.infer<typeof WorkspaceList>;

/** `GET /api/workspaces/:workspaceId/documents` */
export const DocumentList = z.object({ documents: z.array(DocumentRecord) });
export type DocumentList = z.infer<typeof DocumentList>;

/** `GET /healthz` */
export const Health = z.object({ status: z.literal('ok'), version: z.string(), uptimeSeconds: z.number() });
export type Health = z.infer<typeof Health>;
