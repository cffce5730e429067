/**
 * Signing in and out of the browser. `POST /api/session` checks email and password (rate
 * limited per address; failures limited per email and address, see `SignInGuard`; audited)
 * and sets the HttpOnly session
 * cookie; `GET` says who is signed in and hands the CSRF token to the page again;
 * `DELETE` signs out, revoking the session (or, with a bearer token, that token) at once,
 * which also closes its open WebSockets. `PUT /api/session/locale` remembers the person's
 * interface language (null: follow the browser), for every browser they use and their mails.
 */
import { Hono, type Context } from 'hono';
import { SetLocaleBody, SignInBody, type Session } from '@accord/schema';
import type { Authenticated } from '../../identity/authenticator.js';
import { clearedSessionCookie, sessionCookie } from '../../identity/credentials.js';
import type { Identity } from '../../identity/identity.js';
import type { NewSession } from '../../identity/session-store.js';
import type { SignInLimits } from '../../identity/sign-in-guard.js';
import { csrfFor } from '../../identity/secrets.js';
import type { KeyedLimiter } from '../../limits/keyed-limiter.js';
import type { AppEnv } from '../env.js';
import { readJson } from '../errors.js';
import { Refusal } from '../../refusal.js';
import type { Gate } from '../gate.js';

export interface SessionDeps {
  identity: Identity;
  gate: Gate;
  secureCookies: boolean;
  /** Sign-in attempts per IP, whatever the email. */
  signInLimiter: KeyedLimiter;
  /** Failed sign-ins per email and address (refused) and per email (slowed). */
  signInGuard: SignInLimits;
  onLimited: () => void;
}

/** The Session answer for a person; `csrfToken` is empty for bearer-token callers, who need none. */
export function sessionBody(
  auth: Pick<Authenticated, 'person' | 'principal' | 'locale'>,
  csrfToken: string,
  expiresAt: string,
): Session {
  return {
    person: auth.person,
    csrfToken,
    expiresAt,
    workspaces: [...auth.principal.roles].map(([workspaceId, role]) => ({ workspaceId, role })),
    locale: auth.locale ?? null,
  };
}

/** Sets the cookie of a new session and answers with the Session body; shared by sign-in and invitations. */
export async function startSession(
  c: Context<AppEnv>,
  identity: Identity,
  secure: boolean,
  personId: string,
  via: string,
): Promise<Response> {
  const session: NewSession = await identity.sessions.createSession(personId);
  const { person, locale } = (await identity.people.getPersonAndLocale(personId))!;
  const roles = await identity.people.rolesOf(personId);
  await identity.audit.append({
    actorPersonId: personId,
    action: 'session.create',
    target: personId,
    detail: { via, ip: c.get('ip') },
  });
  const maxAge = Math.max(0, Math.floor((Date.parse(session.expiresAt) - Date.now()) / 1000));
  c.header('set-cookie', sessionCookie(session.sessionSecret, maxAge, secure), { append: true });
  c.header('cache-control', 'no-store');
  return c.json(sessionBody({ person, principal: { personId, roles }, locale }, session.csrfToken, session.expiresAt));
}

export function sessionRoutes(deps: SessionDeps): Hono<AppEnv> {
  const { identity, gate, secureCookies } = deps;
  const limited = (retry: number): never => {
    deps.onLimited();
    throw new Refusal(
      429,
      'too_many_requests',
      { key: 'errors.limit.signIns', values: { seconds: retry } },
      { retryAfter: retry },
    );
  };

  return new Hono<AppEnv>()
    .post('/session', async (c) => {
      const ip = c.get('ip');
      if (!deps.signInLimiter.take(`ip:${ip}`)) limited(deps.signInLimiter.retryAfterSeconds(`ip:${ip}`));
      const body = await readJson(c, SignInBody);
      const verdict = await deps.signInGuard.check(body.email, ip);
      if (verdict.refuse) limited(verdict.retryAfterSeconds);
      else if (verdict.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, verdict.delayMs));
      const person = await identity.people.checkPassword(body.email, body.password);
      if (!person) {
        const record = await deps.signInGuard.failed(body.email, ip);
        if (record.audit) {
          // Target the person when the email is theirs, so their workspaces' secretariat sees it.
          const target = (await identity.people.findPersonByEmail(body.email))?.id ?? null;
          const unaudited = record.unauditedBefore > 0 ? { unauditedBefore: record.unauditedBefore } : {};
          await identity.audit.append({
            actorPersonId: null,
            action: 'sign-in.failed',
            target,
            detail: { email: body.email, ip, ...unaudited },
          });
        }
        throw new Refusal(401, 'invalid_credentials', { key: 'errors.auth.wrongPassword' });
      }
      return startSession(c, identity, secureCookies, person.id, 'password');
    })
    .get('/session', async (c) => {
      const auth = gate.signedIn(c);
      c.header('cache-control', 'no-store');
      return c.json(sessionBody(auth, auth.session ? csrfFor(auth.secret) : '', auth.session?.expiresAt ?? ''));
    })
    .put('/session/locale', async (c) => {
      const auth = gate.signedIn(c);
      const { locale } = await readJson(c, SetLocaleBody);
      // Signed in a moment ago and deleted since: the same answer as a revoked credential.
      if (!(await identity.people.setLocale(auth.person.id, locale, { actorPersonId: auth.person.id })))
        throw new Refusal(401, 'unauthenticated', { key: 'errors.auth.signIn' });
      c.header('cache-control', 'no-store');
      return c.json({ locale } satisfies SetLocaleBody);
    })
    .delete('/session', async (c) => {
      const auth = gate.signedIn(c);
      const actor = { actorPersonId: auth.person.id, via: 'sign-out' };
      if (auth.via === 'session') {
        await identity.sessions.revokeSession(auth.secret, actor);
        c.header('set-cookie', clearedSessionCookie(secureCookies), { append: true });
      } else {
        await identity.sessions.revokeApiToken(auth.secret, actor);
      }
      return c.body(null, 204);
    });
}
