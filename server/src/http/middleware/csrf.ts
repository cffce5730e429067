/**
 * Cross-site request forgery defence for cookie-authenticated writes, in two layers: an
 * `Origin` that is not this server's is refused for every unsafe request (browsers always
 * send it cross-site), and a session-authenticated write must carry the session's CSRF
 * token in `X-CSRF-Token`. Bearer-token requests need neither: no browser attaches a bearer
 * token by itself.
 */
import type { MiddlewareHandler } from 'hono';
import { csrfMatches } from '../../identity/session-store.js';
import type { AppEnv } from '../env.js';
import { errorBodyIn } from '../errors.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether `origin` is the origin of `host` (scheme either way) or one of `allowed`. */
export function sameOrigin(origin: string, host: string | undefined, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  if (!host) return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}

export function csrf(allowedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin !== undefined && !sameOrigin(origin, c.req.header('host'), allowedOrigins)) {
      return c.json(errorBodyIn(c, 'csrf', { key: 'errors.http.foreignOrigin', values: { origin } }), 403);
    }
    const auth = c.get('auth');
    if (auth?.session && !csrfMatches(auth.session, c.req.header('x-csrf-token'))) {
      return c.json(errorBodyIn(c, 'csrf', { key: 'errors.http.csrfToken' }), 403);
    }
    await next();
  };
}
