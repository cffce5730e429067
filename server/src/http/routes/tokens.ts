/**
 * Bearer tokens for scripts: a signed-in person creates one for themselves (shown once);
 * whoever holds a token can revoke it, which also closes WebSockets opened with it.
 */
import { Hono } from 'hono';
import { CreateTokenBody, RevokeTokenBody, type CreatedToken } from '@accord/schema';
import type { Identity } from '../../identity/identity.js';
import type { AppEnv } from '../env.js';
import { readJson } from '../errors.js';
import { Refusal } from '../../refusal.js';
import type { Gate } from '../gate.js';

export function tokenRoutes(deps: { identity: Identity; gate: Gate }): Hono<AppEnv> {
  const { identity, gate } = deps;
  return new Hono<AppEnv>()
    .post('/tokens', async (c) => {
      const auth = gate.signedIn(c);
      const { name } = await readJson(c, CreateTokenBody);
      const token = await identity.sessions.createApiToken(auth.person.id, name, {
        actorPersonId: auth.person.id,
        via: 'api',
      });
      c.header('cache-control', 'no-store');
      return c.json({ token, name } satisfies CreatedToken, 201);
    })
    .post('/tokens/revoke', async (c) => {
      const { token } = await readJson(c, RevokeTokenBody);
      const owner = await identity.sessions.verifyApiToken(token);
      if (!owner) throw new Refusal(404, 'not_found', { key: 'errors.notFound.token' });
      await identity.sessions.revokeApiToken(token, { actorPersonId: owner.personId, via: 'api' });
      return c.body(null, 204);
    });
}
