/**
 * F9: a request refused before its body was read (bad token, foreign origin, no such route,
 * a gate refusal, the rate limit) leaves the keep-alive connection usable for the next
 * request — the body is read away — or says `connection: close` when it is too large to.
 * F10: app pages carry a CSP that forbids framing, every answer `nosniff` and no referrer; the
 * exports keep their stricter CSP; the service worker and manifest are revalidated on every use.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from './helpers/accord-process.js';
import { demo, tokenFor } from './helpers/auth.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { rawHttp } from './helpers/raw-http.js';

/** A stand-in for the built client: the files static.ts treats differently. */
const clientDir = mkdtempSync(join(tmpdir(), 'accord-client-'));
mkdirSync(join(clientDir, 'assets'));
writeFileSync(
  join(clientDir, 'index.html'),
  '<!doctype html><title>Accord</title><script type="module" src="/assets/app-1a2b.js"></script>',
);
writeFileSync(join(clientDir, 'assets', 'app-1a2b.js'), 'console.log(1)');
writeFileSync(join(clientDir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
writeFileSync(join(clientDir, 'manifest.webmanifest'), '{"name":"Accord"}');

let server: InProcessAccord;
beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_CLIENT_DIR: clientDir });
});
afterAll(async () => {
  await server?.close();
  rmSync(clientDir, { recursive: true, force: true });
});

const json = { 'content-type': 'application/json' };
/** A body larger than the socket's first read, so an unread rest really is left on the wire. */
const bigBody = JSON.stringify({ title: 'x'.repeat(256 * 1024), kind: 'outcome' });

const refusals: Array<[string, string, string, Record<string, string>, number]> = [
  [
    'a bad bearer token',
    'POST',
    '/api/workspaces/demo/documents',
    { ...json, authorization: 'Bearer not-a-token' },
    401,
  ],
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
        const refused = await connection.request(
          'POST',
          path,
          { ...json, 'content-length': String(20 * 1024 * 1024) },
          'x'.repeat(1024),
        );
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
      let refused: Awaited<ReturnType<typeof connection.request>> | undefined;
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

describe('security headers', () => {
  const directives = (csp: string | null) =>
    new Map(
      (csp ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values.join(' ')]),
    );

  for (const path of ['/', '/consult/some-round?confirm=secret-token', '/workspaces/demo/documents/x']) {
    it(`protect the app page ${path}`, async () => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('default-src')).toBe("'self'");
      expect(csp.get('script-src')).toBe("'self'");
      expect(csp.get('style-src')).toBe("'self'");
      expect(csp.get('connect-src')).toBe("'self'");
      expect(csp.get('img-src')).toBe("'self' data:");
      expect(csp.get('worker-src')).toBe("'self'");
      expect(csp.get('manifest-src')).toBe("'self'");
      expect(csp.get('frame-ancestors')).toBe("'none'");
      expect(csp.get('base-uri')).toBe("'none'");
      expect(csp.get('form-action')).toBe("'self'");
      expect(csp.get('object-src')).toBe("'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      // Over plain http there is nothing to pin.
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('no-cache');
    });
  }

  it('revalidate the service worker and the manifest, and cache hashed assets for good', async () => {
    for (const path of ['/sw.js', '/manifest.webmanifest']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    expect((await fetch(`${server.url}/manifest.webmanifest`)).headers.get('content-type')).toMatch(
      /^application\/manifest\+json/,
    );
    expect((await fetch(`${server.url}/sw.js`)).headers.get('content-type')).toMatch(/javascript/);
    const asset = await fetch(`${server.url}/assets/app-1a2b.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('mark API answers nosniff, refusals included', async () => {
    for (const response of [
      await fetch(`${server.url}/api/session`),
      await fetch(`${server.url}/api/no-such-route`),
      await fetch(`${server.url}/healthz`),
    ]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('leave an HTML export its own stricter CSP', async () => {
    const token = await tokenFor(server.url, demo.coordinator);
    const documentId = await createDocument(server, 'Exported', 'demo', token);
    const response = await fetch(`${server.url}/api/documents/${documentId}/content?format=html`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('over https', () => {
  let secure: InProcessAccord;
  beforeAll(async () => {
    secure = await inProcessAccord({ ACCORD_SECURE_COOKIES: 'true', ACCORD_CLIENT_DIR: clientDir });
  });
  afterAll(() => secure?.close());

  it('pins https', async () => {
    expect((await fetch(`${secure.url}/`)).headers.get('strict-transport-security')).toBe('max-age=15552000');
  });
});
