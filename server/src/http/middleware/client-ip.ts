/** Sets `ip` from the TCP peer. Accord does not trust X-Forwarded-For: behind a proxy, limits apply per proxy. */
import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from '../env.js';

export const clientIp = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  let ip = 'unknown';
  try {
    ip = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Requests handed to app.fetch directly (tests) have no socket.
  }
  c.set('ip', ip);
  await next();
};
