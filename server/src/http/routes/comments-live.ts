/**
 * `GET /api/documents/:documentId/comments/live`: the document's comment changes as
 * Server-Sent Events, each a `CommentLiveEvent` (the whole thread after the change); see
 * ../live-route.ts for the stream's contract (ready event, heartbeats, access re-checked).
 */
import type { Hono } from 'hono';
import type { CommentHub } from '../../comments/live.js';
import type { AppEnv } from '../env.js';
import { liveRoute, type LiveRouteDeps } from '../live-route.js';

export interface CommentLiveDeps extends LiveRouteDeps {
  hub: CommentHub;
}

export function commentLiveRoutes(deps: CommentLiveDeps): Hono<AppEnv> {
  return liveRoute(deps, deps.hub, 'comments/live');
}
