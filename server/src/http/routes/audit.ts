/** `GET /api/workspaces/:workspaceId/audit`: the append-only log for the secretariat, newest last, paged by `after`. */
import { Hono } from 'hono';
import * as z from 'zod';
import { Id, type AuditList } from '@accord/schema';
import type { Identity } from '../../identity/identity.js';
import type { AppEnv } from '../env.js';
import { param } from '../errors.js';
import { Refusal } from '../../refusal.js';
import type { Gate } from '../gate.js';

const Query = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export function auditRoutes(deps: { identity: Identity; gate: Gate }): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/workspaces/:workspaceId/audit', async (c) => {
    const { workspace } = await deps.gate.workspace(c, param(c, 'workspaceId', Id, 'workspace'), 'audit.read');
    const query = Query.safeParse({ after: c.req.query('after'), limit: c.req.query('limit') });
    if (!query.success) throw new Refusal(400, 'invalid_query', { key: 'errors.http.auditQuery' });
    const entries = await deps.identity.audit.list({
      workspaceId: workspace.id,
      afterSeq: query.data.after,
      limit: query.data.limit,
    });
    const names = new Map<string, string | null>();
    for (const id of new Set(entries.map((e) => e.actorPersonId).filter((id): id is string => id !== null))) {
      names.set(id, (await deps.identity.people.getPerson(id))?.name ?? null);
    }
    const body: AuditList = {
      entries: entries.map((e) => ({
        ...e,
        actorName: e.actorPersonId === null ? null : (names.get(e.actorPersonId) ?? null),
      })),
    };
    return c.json(body);
  });
}
