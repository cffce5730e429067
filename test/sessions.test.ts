/**
 * Browser sessions and bearer tokens end to end: the cookie's flags, CSRF refusals, the
 * stored password hash, invitation links, and what a signed-out caller gets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, demo, sessionHeaders, signIn, tokenFor } from './helpers/auth.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';

let server: InProcessAccord;
beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_SIGNINS_PER_MINUTE: '600' });
});
afterAll(() => server?.close());

const json = { 'content-type': 'application/json' };

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie for the whole site, and never a readable one', async () => {
    const response = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: demo.member, password: 'accord-demo' }),
    });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(/^accord_session=acs_[A-Za-z0-9_-]{43}; /);
    expect(cookies[0]).toMatch(/; HttpOnly(;|$)/);
    expect(cookies[0]).toMatch(/; SameSite=Lax(;|$)/);
    expect(cookies[0]).toMatch(/; Path=\/(;|$)/);
    expect(cookies[0]).toMatch(/; Max-Age=\d+/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { person: { email: string }; csrfToken: string; workspaces: unknown[] };
    expect(body.person.email).toBe(demo.member);
    expect(body.csrfToken).toMatch(/^acx_/);
    expect(body.workspaces).toEqual([{ workspaceId: 'demo', role: 'member' }]);
    expect(JSON.stringify(body)).not.toContain(cookies[0]!.split(';')[0]!.split('=')[1]);
  });

  it('marks the cookie Secure with the __Host- prefix when configured for https', async () => {
    const secure = await inProcessAccord({ ACCORD_SECURE_COOKIES: 'true' });
    try {
      const response = await fetch(`${secure.url}/api/session`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: demo.member, password: 'accord-demo' }),
      });
      expect(response.headers.getSetCookie()[0]).toMatch(/^__Host-accord_session=acs_.*; Secure$/);
    } finally {
      await secure.close();
    }
  });

  it('refuses a wrong password and an unknown email alike, and audits the failure', async () => {
    const wrong = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: demo.member, password: 'not the password' }),
    });
    const unknown = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'nobody@example.org', password: 'not the password' }),
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.getSetCookie()).toEqual([]);
    const audit = await fetch(`${server.url}/api/workspaces/demo/audit?limit=1000`, {
      headers: bearer(await tokenFor(server.url, demo.secretariat)),
    });
    const actions = ((await audit.json()) as { entries: { action: string }[] }).entries.map((e) => e.action);
    expect(actions).toContain('session.create');
    const failures = await server.accord.sql.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'sign-in.failed'",
    );
    expect(failures!.n).toBeGreaterThanOrEqual(2);
  });

  it('stores passwords only as scrypt hashes with N=2^15, r=8, p=1 and a per-person salt', async () => {
    const rows = await server.accord.sql.all<{ hash: string }>('SELECT hash FROM passwords');
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const { hash } of rows) {
      expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
      expect(hash).not.toContain('accord-demo');
    }
    expect(new Set(rows.map((r) => r.hash.split('$')[4])).size).toBe(rows.length);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token, with a wrong token, or from another origin, and creates nothing', async () => {
    const session = await signIn(server.url, demo.coordinator);
    const create = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/workspaces/demo/documents`, {
        method: 'POST',
        headers: { ...json, cookie: session.cookie, ...headers },
        body: JSON.stringify({ title: 'Forged' }),
      });
    const before = (
      (await (
        await fetch(`${server.url}/api/workspaces/demo/documents`, { headers: { cookie: session.cookie } })
      ).json()) as { documents: unknown[] }
    ).documents.length;
    const refused = [
      await create({}),
      await create({ 'x-csrf-token': 'acx_' + 'A'.repeat(43) }),
      await create({ 'x-csrf-token': session.csrfToken, origin: 'https://evil.example' }),
    ];
    for (const response of refused) {
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('csrf');
    }
    const after = (
      (await (
        await fetch(`${server.url}/api/workspaces/demo/documents`, { headers: { cookie: session.cookie } })
      ).json()) as { documents: unknown[] }
    ).documents.length;
    expect(after).toBe(before);
    expect((await create({ 'x-csrf-token': session.csrfToken, origin: server.url })).status).toBe(201);
  });

  it('gives the page its CSRF token again after a reload, and needs none for bearer tokens', async () => {
    const session = await signIn(server.url, demo.coordinator);
    const again = (await (
      await fetch(`${server.url}/api/session`, { headers: { cookie: session.cookie } })
    ).json()) as { csrfToken: string };
    expect(again.csrfToken).toBe(session.csrfToken);
    const token = await tokenFor(server.url, demo.coordinator);
    const created = await fetch(`${server.url}/api/workspaces/demo/documents`, {
      method: 'POST',
      headers: bearer(token),
      body: JSON.stringify({ title: 'By script' }),
    });
    expect(created.status).toBe(201);
  });

  it('refuses a cross-site WebSocket that carries the session cookie', async () => {
    const session = await signIn(server.url, demo.member);
    const { probeSocket } = await import('./helpers/probe-socket.js');
    const socket = await probeSocket(`${server.wsUrl}/mag-2015-03-03-summary`, undefined, {
      cookie: session.cookie,
      origin: 'https://evil.example',
    });
    const closed = await socket.closed;
    expect(closed.code).toBe(4403);
    expect(closed.reason).toMatch(/evil\.example/);
  });
});

describe('signed out', () => {
  it('answers 401 "sign in first" on every workspace route, and clears a stale cookie', async () => {
    for (const path of ['/api/workspaces', '/api/workspaces/demo', '/api/documents/mag-2015-03-03-summary/content']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: 'unauthenticated', message: 'sign in first' } });
    }
    const stale = await fetch(`${server.url}/api/workspaces`, {
      headers: { cookie: 'accord_session=acs_' + 'x'.repeat(43) },
    });
    expect(stale.status).toBe(401);
    expect(stale.headers.getSetCookie()[0]).toMatch(/^accord_session=; .*Max-Age=0/);
  });
});

describe('invitations', () => {
  it('lets the secretariat invite (the link waits in the outbox without SMTP); the invitee creates an account, is signed in with the role, and the link dies', async () => {
    const secretariat = await signIn(server.url, demo.secretariat);
    const created = await fetch(`${server.url}/api/workspaces/demo/invitations`, {
      method: 'POST',
      headers: sessionHeaders(secretariat),
      body: JSON.stringify({ email: 'kofi@example.org', role: 'contributor' }),
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ email: 'kofi@example.org', delivery: 'outbox' });
    const mail = await server.accord.sql.get<{ body: string }>(
      "SELECT body FROM outbox WHERE to_address = 'kofi@example.org'",
    );
    const token = /\/invite\/(\S+)/.exec(mail!.body)![1]!;
    const info = (await (await fetch(`${server.url}/api/invitations/${token}`)).json()) as {
      role: string;
      existingPerson: boolean;
      workspace: { id: string };
    };
    expect(info).toMatchObject({ role: 'contributor', existingPerson: false, workspace: { id: 'demo' } });
    const accepted = await fetch(`${server.url}/api/invitations/${token}/accept`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        name: 'Kofi Mensah',
        stakeholderGroup: 'technical-community',
        password: 'kofi has a long password',
      }),
    });
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { workspaces: unknown[] }).workspaces).toEqual([
      { workspaceId: 'demo', role: 'contributor' },
    ]);
    const cookie = accepted.headers.getSetCookie()[0]!.split(';')[0]!;
    expect((await fetch(`${server.url}/api/workspaces/demo`, { headers: { cookie } })).status).toBe(200);
    const reused = await fetch(`${server.url}/api/invitations/${token}/accept`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({}),
    });
    expect(reused.status).toBe(404);
    expect((await signIn(server.url, 'kofi@example.org', 'kofi has a long password')).personId).toBeTruthy();
  });
});
