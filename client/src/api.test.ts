import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  configureApi,
  createInvitation,
  getSession,
  getWorkspace,
  listPeople,
  removeFromWorkspace,
  RequestError,
  signIn,
} from './api.js';

/** A fake fetch answering from a queue; records what it was asked. */
function fakeFetch(...answers: Array<{ status: number; body?: unknown; headers?: Record<string, string> }>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const answer = answers.shift() ?? { status: 500 };
    const body = answer.body === undefined ? null : JSON.stringify(answer.body);
    return new Response(body, {
      status: answer.status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const header = (init: RequestInit, name: string) => new Headers(init.headers).get(name);
const error = (status: number, code: string, message: string) => ({ status, body: { error: { code, message } } });
const person = {
  id: 'p1',
  email: 'a@example.org',
  name: 'Amina Diallo',
  stakeholderGroup: 'government',
  affiliation: null,
  country: null,
  createdAt: '2026-01-01T00:00:00Z',
};
const session = {
  person,
  csrfToken: 'tok-1',
  expiresAt: '2026-02-01T00:00:00Z',
  workspaces: [{ workspaceId: 'demo', role: 'secretariat' }],
  locale: null,
};

afterEach(() =>
  configureApi({ csrfToken: () => null, onUnauthenticated: () => {}, refreshCsrfToken: async () => null }),
);

describe('request', () => {
  it('sends the CSRF token and a JSON content type on writes, neither on reads', async () => {
    const { fetch, calls } = fakeFetch(
      { status: 200, body: { people: [] } },
      {
        status: 201,
        body: {
          id: 'inv1',
          email: 'b@example.org',
          role: 'member',
          workspaceId: 'demo',
          expiresAt: 'x',
          delivery: 'smtp',
        },
      },
      { status: 204 },
    );
    configureApi({ fetch, csrfToken: () => 'tok-1' });
    await listPeople('demo');
    await createInvitation('demo', { email: 'b@example.org', role: 'member' });
    await removeFromWorkspace('demo', 'p2');

    expect(header(calls[0]!.init, 'x-csrf-token')).toBeNull();
    expect(header(calls[0]!.init, 'content-type')).toBeNull();
    expect(calls[1]).toMatchObject({
      url: '/api/workspaces/demo/invitations',
      init: { method: 'POST', body: '{"email":"b@example.org","role":"member"}' },
    });
    expect(header(calls[1]!.init, 'x-csrf-token')).toBe('tok-1');
    expect(header(calls[1]!.init, 'content-type')).toBe('application/json');
    expect(calls[2]).toMatchObject({ url: '/api/workspaces/demo/people/p2/role', init: { method: 'DELETE' } });
    expect(header(calls[2]!.init, 'x-csrf-token')).toBe('tok-1');
  });

  it('reports a 401 on an ordinary call to the session, and rejects with the server message', async () => {
    const onUnauthenticated = vi.fn();
    configureApi({ fetch: fakeFetch(error(401, 'unauthenticated', 'sign in first')).fetch, onUnauthenticated });
    const refused = await getWorkspace('demo').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RequestError);
    expect(refused).toMatchObject({ status: 401, code: 'unauthenticated', message: 'sign in first' });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('does not treat a wrong password or the session probe as a lost session', async () => {
    const onUnauthenticated = vi.fn();
    configureApi({
      fetch: fakeFetch(
        error(401, 'invalid_credentials', 'the email or password is wrong'),
        error(401, 'unauthenticated', 'sign in first'),
      ).fetch,
      onUnauthenticated,
    });
    await expect(signIn({ email: 'a@example.org', password: 'nope' })).rejects.toMatchObject({
      code: 'invalid_credentials',
      message: 'the email or password is wrong',
    });
    await expect(getSession()).rejects.toMatchObject({ status: 401 });
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('keeps Retry-After of a 429, and field issues of a 400', async () => {
    configureApi({
      fetch: fakeFetch(
        {
          status: 429,
          body: { error: { code: 'too_many_requests', message: 'too many sign-in attempts; try again in 42 s' } },
          headers: { 'retry-after': '42' },
        },
        {
          status: 400,
          body: {
            error: {
              code: 'invalid_body',
              message: 'the body is invalid',
              issues: [{ path: 'email', message: 'must be an email' }],
            },
          },
        },
      ).fetch,
    });
    await expect(signIn({ email: 'a@example.org', password: 'x' })).rejects.toMatchObject({
      status: 429,
      retryAfter: 42,
    });
    await expect(signIn({ email: 'a', password: 'x' })).rejects.toMatchObject({
      status: 400,
      issues: [{ path: 'email', message: 'must be an email' }],
      retryAfter: null,
    });
  });

  it('retries a write once with a fresh token when the CSRF token was refused', async () => {
    const { fetch, calls } = fakeFetch(error(403, 'csrf', 'the request lacks this session’s security token'), {
      status: 204,
    });
    const refreshCsrfToken = vi.fn(async () => 'tok-2');
    configureApi({ fetch, csrfToken: () => 'tok-1', refreshCsrfToken });
    await removeFromWorkspace('demo', 'p2');
    expect(refreshCsrfToken).toHaveBeenCalledOnce();
    expect(calls.map((c) => header(c.init, 'x-csrf-token'))).toEqual(['tok-1', 'tok-2']);
  });

  it('does not retry other refusals', async () => {
    const { fetch, calls } = fakeFetch(error(403, 'forbidden', 'members cannot change roles in this workspace'));
    const refreshCsrfToken = vi.fn(async () => 'tok-2');
    configureApi({ fetch, refreshCsrfToken });
    await expect(removeFromWorkspace('demo', 'p2')).rejects.toMatchObject({
      code: 'forbidden',
      message: 'members cannot change roles in this workspace',
    });
    expect(refreshCsrfToken).not.toHaveBeenCalled();
    expect(calls).toHaveLength(1);
  });

  it('parses answers with the shared schemas', async () => {
    configureApi({ fetch: fakeFetch({ status: 200, body: session }, { status: 200, body: { nonsense: true } }).fetch });
    await expect(getSession()).resolves.toEqual(session);
    await expect(getSession()).rejects.toThrow();
  });

  it('names the path when the error body is not an ApiError', async () => {
    configureApi({ fetch: fakeFetch({ status: 502 }).fetch });
    await expect(listPeople('demo')).rejects.toMatchObject({
      status: 502,
      code: 'http_error',
      message: '/api/workspaces/demo/people answered 502',
    });
  });
});
