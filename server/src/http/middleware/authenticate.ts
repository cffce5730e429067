/**
 * Identifies the caller of every API request and sets `auth`. A bearer token that does not
 * verify is refused at once (a script should hear its token is bad); a stale session cookie
 * is cleared and the request goes on anonymous, so public routes still answer.
 */
import type { MiddlewareHandler } from 'hono';
import type { Authenticator } from '../../identity/authenticator.js';
import { clearedSessionCookie, credentialOf } from '../../identity/credentials.js';
import type { AppEnv } from '../env.js';
import { errorBodyIn } from '../errors.js';

export function authenticate(authenticator: Authenticator, secureCookies: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const credential = credentialOf(
      { cookie: c.req.header('cookie'), authorization: c.req.header('authorization') },
      secureCookies,
    );
    const auth = credential && (await authenticator.authenticate(credential));
    if (credential && !auth) {
      if (credential.kind === 'token') {
        return c.json(errorBodyIn(c, 'invalid_token', { key: 'errors.http.invalidToken' }), 401);
      }
      c.header('set-cookie', clearedSessionCookie(secureCookies), { append: true });
    }
    c.set('auth', auth);
    await next();
  };
}
