import { describe, expect, it } from 'vitest';
import { dialects } from '../storage/testing.js';
import { csrfMatches } from './session-store.js';
import { ana, identityFixture } from './testing.js';

describe.each(dialects)('on %s', (dialect) => {
  const fx = identityFixture(dialect, 'sessions');

  describe('SqlSessionStore sessions', () => {
    it('verifies a session until it expires, and stores only hashes', async () => {
      const a = await fx.identity.people.createPerson(ana);
      const session = await fx.identity.sessions.createSession(a.id);
      expect(session.sessionSecret).toMatch(/^acs_/);
      expect(session.expiresAt).toBe('2026-03-03T09:01:00.000Z');
      const active = await fx.identity.sessions.verifySession(session.sessionSecret);
      expect(active).toMatchObject({ personId: a.id, expiresAt: session.expiresAt });
      expect(csrfMatches(active!, session.csrfToken)).toBe(true);
      expect(csrfMatches(active!, undefined)).toBe(false);
      expect(csrfMatches(active!, (await fx.identity.sessions.createSession(a.id)).csrfToken)).toBe(false);
      const raw = JSON.stringify(await fx.t.sql.all('SELECT * FROM sessions'));
      expect(raw).not.toContain(session.sessionSecret.slice(4));
      expect(raw).not.toContain(session.csrfToken.slice(4));

      fx.clock = new Date('2026-03-03T09:01:00.000Z');
      expect(await fx.identity.sessions.verifySession(session.sessionSecret)).toBeUndefined();
    });

    it('refuses revoked, unknown and malformed sessions; sign-out everywhere', async () => {
      const a = await fx.identity.people.createPerson(ana);
      const one = await fx.identity.sessions.createSession(a.id);
      const two = await fx.identity.sessions.createSession(a.id);
      expect(await fx.identity.sessions.revokeSession(one.sessionSecret)).toBe(true);
      expect(await fx.identity.sessions.revokeSession(one.sessionSecret)).toBe(false);
      expect(await fx.identity.sessions.verifySession(one.sessionSecret)).toBeUndefined();
      expect(await fx.identity.sessions.verifySession(two.sessionSecret)).toBeDefined();
      expect(await fx.identity.sessions.verifySession('acs_' + 'A'.repeat(43))).toBeUndefined();
      expect(await fx.identity.sessions.verifySession('nonsense')).toBeUndefined();
      expect(await fx.identity.sessions.revokeSessionsOf(a.id)).toBe(1);
      expect(await fx.identity.sessions.verifySession(two.sessionSecret)).toBeUndefined();
    });

    it('audits one revocation when the same session is signed out twice at once', async () => {
      const a = await fx.identity.people.createPerson(ana);
      const { sessionSecret } = await fx.identity.sessions.createSession(a.id);
      const ended = await Promise.all([
        fx.identity.sessions.revokeSession(sessionSecret),
        fx.identity.sessions.revokeSession(sessionSecret),
      ]);
      expect(ended.sort()).toEqual([false, true]);
      expect((await fx.identity.audit.list()).map((e) => e.action)).toEqual(['session.revoke']);
    });
  });

  describe('SqlSessionStore API tokens', () => {
    it('verifies tokens until revoked; a session secret is not a token', async () => {
      const a = await fx.identity.people.createPerson(ana);
      const token = await fx.identity.sessions.createApiToken(a.id, 'export script');
      expect(token).toMatch(/^act_[A-Za-z0-9_-]{43}$/);
      expect(await fx.identity.sessions.verifyApiToken(token)).toEqual({ personId: a.id, name: 'export script' });
      expect(
        await fx.identity.sessions.verifyApiToken((await fx.identity.sessions.createSession(a.id)).sessionSecret),
      ).toBeUndefined();
      expect(await fx.identity.sessions.revokeApiToken(token)).toBe(true);
      expect(await fx.identity.sessions.verifyApiToken(token)).toBeUndefined();
      expect(JSON.stringify(await fx.t.sql.all('SELECT * FROM api_tokens'))).not.toContain(token.slice(4));
    });
    it('audits a token created for someone', async () => {
      const person = await fx.identity.people.createPerson(ana);
      await fx.identity.sessions.createApiToken(person.id, 'ci', { actorPersonId: null, via: 'cli' });
      expect((await fx.identity.audit.list()).map((e) => [e.action, e.target, e.detail])).toEqual([
        ['token.create', person.id, { name: 'ci', via: 'cli' }],
      ]);
    });
  });
});
