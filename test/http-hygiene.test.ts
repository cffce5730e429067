/**
 * F9: a request refused before its body was read (bad token, foreign origin, no such route,
 * a gate refusal, the rate limit) leaves the keep-alive connection usable for the next
 * request — the body is read away — or says `connection: close` when it is too large to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { rawHttp } from './helpers/raw-http.js';

let server: InProcessAccord;
beforeAll(async () => {
  server = await inProcessAccord();
});
afterAll(() => server?.close());

const json = { 'content-type': 'application/json' };
/** A body larger than the socket's first read, so an unread rest really is left on the wire. */
const bigBody = JSON.stringify({ title: 'x'.repeat(256 * 1024), kind: 'outcome' });

const refusals: Array<[string, string, string, Record<string, string>, number]> = [
  ['a bad bearer token', 'POST', '/api/workspaces/demo/documents', { ...json, authorization: 'Bearer not-a-token' }, 401],
  ['a foreign origin', 'POST', '/api/workspaces/demo/documents', { ...json, origin: 'https://evil.example' }, 403],
  ['no such API route', 'POST', '/api/no-such-route', json, 404],
  ['a gate refusal (not signed in)', 'POST', '/api/workspaces/demo/documents', json, 401],
  ['a gate refusal on PUT', 'PUT', '/api/documents/nope/audience', json, 401],
  ['a POST to a page', 'POST', '/consult/some-round', json, 404],
];

describe('early refusals on a keep-alive connection', () => {
  for (const [what, method, path, headers, status] of refusals) {
    it(`keep the connection usable after ${what}`, async () => {
      const connection = await rawHttp(server.url);
      try {
        const refused = await connection.request(method, path, headers, bigBody);
        expect(refused.status).toBe(status);
        expect(refused.headers.connection ?? 'keep-alive').not.toBe('close');
        const next = await connection.request('GET', '/healthz');
        expect(next.status).toBe(200);
        // And once more, so the second answer did not leave anything behind either.
        expect((await connection.request('GET', '/healthz')).status).toBe(200);
      } finally {
        connection.close();
      }
    });
  }

  for (const path of ['/api/no-such-route', '/consult/some-round']) {
    it(`say \`connection: close\` when the refused body is too large to read away (${path})`, async () => {
      const connection = await rawHttp(server.url);
      try {
        // 20 MiB declared, only the start sent: the server must answer without waiting for the rest.
        const refused = await connection.request('POST', path, { ...json, 'content-length': String(20 * 1024 * 1024) }, 'x'.repeat(1024));
        expect([404, 413]).toContain(refused.status);
        expect(refused.headers.connection).toBe('close');
      } finally {
        connection.close();
      }
    });
  }
});

describe('the rate limit', () => {
  let limited: InProcessAccord;
  beforeAll(async () => {
    limited = await inProcessAccord({ ACCORD_LIMIT_REQUESTS_PER_SECOND: '1' });
  });
  afterAll(() => limited?.close());

  it('refuses with 429 and the connection stays usable', async () => {
    const connection = await rawHttp(limited.url);
    try {
      let refused;
      for (let i = 0; i < 20 && !refused; i++) {
        const answer = await connection.request('POST', '/api/no-such-route', json, bigBody);
        if (answer.status === 429) refused = answer;
      }
      expect(refused?.status).toBe(429);
      expect(refused!.headers.connection ?? 'keep-alive').not.toBe('close');
      expect((await connection.request('GET', '/healthz')).status).toBe(200);
    } finally {
      connection.close();
    }
  });
});
