import type { Session } from '@accord/schema';
import { describe, expect, it, vi } from 'vitest';
import { RequestError } from '../api.js';
import { SessionStore, type SessionApi } from './store.js';

const person = {
  id: 'p1',
  email: 'a@example.org',
  name: 'Amina Diallo',
  stakeholderGroup: 'government',
  affiliation: null,
  country: null,
  createdAt: '2026-01-01T00:00:00Z',
};
const session = (csrfToken = 'tok-1', role: Session['workspaces'][number]['role'] = 'secretariat'): Session => ({
  person,
  csrfToken,
  expiresAt: '2026-02-01T00:00:00Z',
  workspaces: [{ workspaceId: 'demo', role }],
  locale: null,
});
const unauthenticated = () => new RequestError('sign in first', 401, 'unauthenticated');

function store(api: Partial<SessionApi>) {
  const s = new SessionStore({
    getSession: api.getSession ?? (async () => session()),
    signIn: api.signIn ?? (async () => session()),
    signOut: api.signOut ?? (async () => {}),
  });
  const seen: string[] = [];
  s.subscribe(() => seen.push(s.getSnapshot().status));
  return { s, seen };
}

describe('SessionStore', () => {
  it('starts loading and becomes signed in from GET /api/session', async () => {
    const { s, seen } = store({});
    expect(s.getSnapshot()).toEqual({ status: 'loading' });
    await s.load();
    expect(s.getSnapshot()).toEqual({ status: 'signed-in', session: session() });
    expect(s.csrfToken).toBe('tok-1');
    expect(s.roleIn('demo')).toBe('secretariat');
    expect(s.roleIn('other')).toBeNull();
    expect(seen).toEqual(['loading', 'signed-in']);
  });

  it('is signed out (without a reason) when the server answers 401, and in error when it cannot answer', async () => {
    const out = store({ getSession: async () => Promise.reject(unauthenticated()) }).s;
    await out.load();
    expect(out.getSnapshot()).toEqual({ status: 'signed-out', reason: null });
    expect(out.csrfToken).toBeNull();

    const down = store({ getSession: async () => Promise.reject(new TypeError('Failed to fetch')) }).s;
    await down.load();
    expect(down.getSnapshot()).toMatchObject({ status: 'error', error: { message: 'Failed to fetch' } });
  });

  it('signs in, and leaves the state alone when the password is wrong', async () => {
    const signIn = vi.fn(async ({ password }: { email: string; password: string }) => {
      if (password !== 'accord-demo')
        throw new RequestError('the email or password is wrong', 401, 'invalid_credentials');
      return session();
    });
    const { s } = store({ getSession: async () => Promise.reject(unauthenticated()), signIn });
    await s.load();
    await expect(s.signIn('a@example.org', 'wrong')).rejects.toMatchObject({ code: 'invalid_credentials' });
    expect(s.getSnapshot().status).toBe('signed-out');
    await s.signIn('a@example.org', 'accord-demo');
    expect(s.session?.person.name).toBe('Amina Diallo');
  });

  it('signs out; a 401 from DELETE means it was over already; other failures keep the session', async () => {
    const { s } = store({});
    await s.load();
    await s.signOut();
    expect(s.getSnapshot()).toEqual({ status: 'signed-out', reason: 'signed-out' });

    const gone = store({ signOut: async () => Promise.reject(unauthenticated()) }).s;
    await gone.load();
    await gone.signOut();
    expect(gone.getSnapshot().status).toBe('signed-out');

    const down = store({ signOut: async () => Promise.reject(new TypeError('Failed to fetch')) }).s;
    await down.load();
    await expect(down.signOut()).rejects.toThrow('Failed to fetch');
    expect(down.getSnapshot().status).toBe('signed-in');
  });

  it('expires a signed-in session once, and does nothing when not signed in', async () => {
    const { s, seen } = store({});
    s.expire();
    expect(s.getSnapshot().status).toBe('loading');
    await s.load();
    s.expire();
    s.expire();
    expect(s.getSnapshot()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(seen).toEqual(['loading', 'signed-in', 'signed-out']);
  });

  it('refreshes without passing through loading, handing out the new CSRF token and roles', async () => {
    const answers = [session('tok-1', 'member'), session('tok-2', 'observer')];
    const { s, seen } = store({ getSession: async () => answers.shift() ?? Promise.reject(unauthenticated()) });
    await s.load();
    await expect(s.refresh()).resolves.toBe('tok-2');
    expect(s.roleIn('demo')).toBe('observer');
    await expect(s.refresh()).resolves.toBeNull();
    expect(s.getSnapshot()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(seen).toEqual(['loading', 'signed-in', 'signed-in', 'signed-out']);
  });

  it('adopts a session started by accepting an invitation', () => {
    const { s } = store({});
    s.adopt(session('tok-9'));
    expect(s.csrfToken).toBe('tok-9');
  });
});
