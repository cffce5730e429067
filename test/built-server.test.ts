/**
 * The production build (server/dist/, what `npm start` runs and the rest of the suite tests)
 * serves the same API as the TypeScript sources run through tsx (development): the same
 * answers to the same requests, the same status on every route, stock y-websocket clients
 * syncing — and it runs with no TypeScript loader at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccordProcess, createDocument, removeDir, startAccord, tempDataDir } from './helpers/accord-process.js';
import { bearer, demo, tokenFor } from './helpers/auth.js';
import { stockClient, synced, until } from './helpers/clients.js';
import { inProcessAccord } from './helpers/in-process.js';

/** Lifted so that probing every route in a burst cannot meet a rate limit on one server and not the other. */
const env = {
  ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000000',
  ACCORD_LIMIT_SIGNINS_PER_MINUTE: '1000000',
  // Every update is folded into a snapshot at once: the built server must find its compaction worker.
  ACCORD_COMPACT_EVERY: '1',
};

const servers: { dev?: AccordProcess; built?: AccordProcess } = {};
let moduleLog = '';

beforeAll(async () => {
  const logDir = tempDataDir();
  moduleLog = join(logDir, 'modules.log');
  [servers.dev, servers.built] = await Promise.all([
    startAccord({ server: 'tsx', env }),
    startAccord({
      server: 'built',
      env: { ...env, ACCORD_MODULE_LOG: moduleLog },
      nodeArgs: ['--import', './test/helpers/module-log.mjs'],
    }),
  ]);
});

afterAll(async () => {
  for (const server of [servers.dev, servers.built]) {
    if (!server) continue;
    await server.stop();
    removeDir(server.dataDir);
  }
  if (moduleLog) removeDir(join(moduleLog, '..'));
});

/**
 * A JSON value with what differs between two fresh servers (ids, secrets, times) abstracted
 * away: each leaf becomes its type, arrays the shapes of their elements, objects keep their keys.
 */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shape(v)]),
    );
  return value === null ? null : typeof value;
}

interface Answer {
  status: number;
  contentType: string | null;
  body: unknown;
}

/** One request to a server; the answer with its body as JSON when it is JSON, else its length and first bytes. */
async function ask(server: AccordProcess, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, { ...init, signal: AbortSignal.timeout(20_000) });
  const contentType = response.headers.get('content-type');
  const bytes = new Uint8Array(await response.arrayBuffer());
  const body = contentType?.includes('json')
    ? shape(JSON.parse(new TextDecoder().decode(bytes)))
    : { bytes: bytes.length > 0, start: new TextDecoder().decode(bytes.slice(0, 2)) };
  return { status: response.status, contentType, body };
}

/** The same request to both servers, with the server's own credentials from `init(server)`. */
async function askBoth(
  path: (server: AccordProcess) => Promise<string> | string,
  init = async (_s: AccordProcess) => ({}) as RequestInit,
) {
  const answers = [];
  for (const server of [servers.dev!, servers.built!])
    answers.push(await ask(server, await path(server), await init(server)));
  return { dev: answers[0]!, built: answers[1]! };
}

const documentIds = new Map<AccordProcess, string>();

describe('the built server answers as the development one', () => {
  const cases: [string, (s: AccordProcess) => Promise<string> | string, (s: AccordProcess) => Promise<RequestInit>][] =
    [
      ['health', () => '/healthz', async () => ({})],
      [
        'sign-in',
        () => '/api/session',
        async () => ({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: demo.member, password: 'accord-demo' }),
        }),
      ],
      [
        'a refused sign-in',
        () => '/api/session',
        async () => ({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: demo.member, password: 'not the password' }),
        }),
      ],
      [
        'the workspace list',
        () => '/api/workspaces',
        async (s) => ({ headers: bearer(await tokenFor(s.url, demo.member)) }),
      ],
      [
        "a workspace's documents",
        () => '/api/workspaces/demo/documents',
        async (s) => ({ headers: bearer(await tokenFor(s.url, demo.member)) }),
      ],
      [
        'a document created',
        () => '/api/workspaces/demo/documents',
        async (s) => ({
          method: 'POST',
          headers: bearer(await tokenFor(s.url, demo.coordinator)),
          body: JSON.stringify({ title: 'Built or not' }),
        }),
      ],
      [
        'a document read',
        async (s) => `/api/documents/${await firstDocument(s)}`,
        async (s) => ({ headers: bearer(await tokenFor(s.url, demo.member)) }),
      ],
      [
        'a document nobody has',
        () => '/api/documents/no-such-document',
        async (s) => ({ headers: bearer(await tokenFor(s.url, demo.member)) }),
      ],
      [
        'an observer creating a document (refused)',
        () => '/api/workspaces/demo/documents',
        async (s) => ({
          method: 'POST',
          headers: bearer(await tokenFor(s.url, demo.observer)),
          body: JSON.stringify({ title: 'Not allowed' }),
        }),
      ],
      ['no credentials', () => '/api/workspaces', async () => ({})],
      ['an unknown API path', () => '/api/no-such-thing', async () => ({})],
      [
        // docx is loaded on first use: in the build it is a chunk of its own.
        'the register of differences as DOCX',
        async (s) => `/api/documents/${await firstDocument(s)}/register?format=docx`,
        async (s) => ({ headers: bearer(await tokenFor(s.url, demo.coordinator)) }),
      ],
      ['the page when the client is not built', () => '/', async () => ({})],
    ];

  for (const [what, path, init] of cases) {
    it(what, async () => {
      const { dev, built } = await askBoth(path, init);
      expect(built).toEqual(dev);
    });
  }

  it('answers every route with the same status', async () => {
    // The route table as the app declares it, read in process (the child processes do not expose it).
    const inProcess = await inProcessAccord();
    const routes = inProcess.accord.routes;
    await inProcess.close();
    expect(routes.length).toBeGreaterThan(20);
    const statuses = async (server: AccordProcess) => {
      const seen: Record<string, number> = {};
      for (const route of routes) {
        const [method, path] = route.split(' ') as [string, string];
        const concrete = path.replace(/:[A-Za-z]+/g, 'x').replace(/\*$/, 'x');
        const response = await fetch(`${server.url}${concrete}`, {
          method,
          ...(method === 'GET' || method === 'HEAD'
            ? {}
            : { headers: { 'content-type': 'application/json' }, body: '{}' }),
          signal: AbortSignal.timeout(20_000),
        });
        await response.body?.cancel();
        seen[route] = response.status;
      }
      return seen;
    };
    const dev = await statuses(servers.dev!);
    expect(await statuses(servers.built!)).toEqual(dev);
    // A route answered by the catch-all 404 in both would prove nothing: most must reach their handler.
    expect(Object.values(dev).filter((s) => s !== 404).length).toBeGreaterThan(routes.length / 2);
  });

  it('syncs stock y-websocket clients and folds their updates into a snapshot', async () => {
    for (const server of [servers.dev!, servers.built!]) await editAndFold(server);
  });
});

describe('the built server', () => {
  it("finds the repository's files from server/dist/ as the sources do from server/src/: the client, the version", async () => {
    const root = join(import.meta.dirname, '..');
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    for (const server of [servers.dev!, servers.built!])
      expect(((await (await fetch(`${server.url}/healthz`)).json()) as { version: string }).version).toBe(version);
    // ACCORD_CLIENT_DIR empty: the default, resolved from the module's own URL.
    const started = await Promise.all(
      (['tsx', 'built'] as const).map((server) => startAccord({ server, env: { ACCORD_CLIENT_DIR: '' } })),
    );
    try {
      for (const server of started)
        expect(/clientDir=(\S+)/.exec(server.output())?.[1], server.output()).toBe(join(root, 'client', 'dist'));
    } finally {
      for (const server of started) {
        await server.stop();
        removeDir(server.dataDir);
      }
    }
  });

  it('runs without tsx or any TypeScript source, its compaction worker included', async () => {
    const built = servers.built!;
    const cmdline = readFileSync(`/proc/${built.child.pid}/cmdline`, 'utf8').split('\0');
    expect(cmdline).toContain('server/dist/main.js');
    expect(cmdline.join(' ')).not.toMatch(/tsx/);
    // After a fold the worker thread has loaded its modules too.
    await editAndFold(built);
    const loaded = readFileSync(moduleLog, 'utf8').trim().split('\n');
    expect(loaded.some((url) => url.endsWith('/server/dist/main.js'))).toBe(true);
    expect(loaded.filter((url) => /\/tsx\/|\.[cm]?tsx?$/.test(url))).toEqual([]);
  });
});

/**
 * Two stock clients on a new document: one types, the other sees it; with ACCORD_COMPACT_EVERY=1
 * the update is then folded by the compaction worker (compiled JavaScript in the build).
 */
async function editAndFold(server: AccordProcess): Promise<void> {
  const before = await compactions(server);
  const documentId = await createDocument(server, 'Synced');
  const token = await tokenFor(server.url, demo.member);
  const wsUrl = `${server.url.replace(/^http/, 'ws')}/collab`;
  const writer = stockClient(wsUrl, documentId, { token });
  const reader = stockClient(wsUrl, documentId, { token });
  try {
    await Promise.all([synced(writer), synced(reader)]);
    writer.doc.getText('text').insert(0, 'typed by a stock client');
    await until(
      () => reader.doc.getText('text').toString() === 'typed by a stock client',
      'the reader to see the edit',
    );
    await until(async () => (await compactions(server)) > before, 'a compaction', 20_000);
  } finally {
    writer.destroy();
    reader.destroy();
  }
}

async function firstDocument(server: AccordProcess): Promise<string> {
  let id = documentIds.get(server);
  if (!id) {
    const response = await fetch(`${server.url}/api/workspaces/demo/documents`, {
      headers: bearer(await tokenFor(server.url, demo.member)),
    });
    id = ((await response.json()) as { documents: { id: string }[] }).documents[0]!.id;
    documentIds.set(server, id);
  }
  return id;
}

/** How many compactions the server has finished, from /metrics (open on loopback). */
async function compactions(server: AccordProcess): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(/^accord_compaction_seconds_count(?:\{[^}]*\})? (\d+)/m.exec(text)?.[1] ?? 0);
}
