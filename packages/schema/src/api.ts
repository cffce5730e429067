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

/** One dependency in `GET /healthz`: whether it answered, and why not. */
export const HealthCheck = z.object({ ok: z.boolean(), error: z.string().optional() });
export type HealthCheck = z.infer<typeof HealthCheck>;

/**
 * `GET /healthz`: 503 with `status: 'unavailable'` when the database is down; 200 with
 * `degraded` when only Redis is (the instance still serves, catching up from the database).
 */
export const Health = z.object({
  status: z.enum(['ok', 'degraded', 'unavailable']),
  version: z.string(),
  uptimeSeconds: z.number(),
  /** Which instance answered (`ACCORD_INSTANCE_ID`). */
  instance: z.string(),
  database: HealthCheck.extend({ dialect: z.enum(['sqlite', 'postgres']) }),
  /** Present when instances share Redis. */
  redis: HealthCheck.optional(),
});
export type Health = z.infer<typeof Health>;
