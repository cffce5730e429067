/**
 * The HTTP side of a running Accord process: health, the JSON API with its error shape,
 * Prometheus metrics, configuration errors at start, and idempotent demo seeding.
 */
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { connect as netConnect } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ApiError, DocumentList, DocumentRecord, DocumentWithAccess, Health, WorkspaceList } from '@accord/schema';
import { createDocument, removeDir, startAccord, tempDataDir, type AccordProcess } from './helpers/accord-process.js';
import { bearer, demo, tokenFor } from './helpers/auth.js';
import { runCli } from './helpers/cli.js';
import { serverArgs } from './helpers/server-build.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';

const seededIds = [
  'mag-2015-03-03-summary',
  'policy-menus-cnb',
  'bpf-spam',
  'bpf-csirts',
  'bpf-multistakeholder',
  'bpf-women-online',
  'bpf-ipv6',
  'bpf-ixps',
];

let accord: AccordProcess;
const clients: StockClient[] = [];
const extraProcesses: AccordProcess[] = [];
const dirs: string[] = [];

let sharedDir: string;
/** The demo coordinator, who may read every demo document and create new ones. */
let token: string;

beforeAll(async () => {
  sharedDir = tempDataDir();
  accord = await startAccord({ dataDir: sharedDir });
  token = await tokenFor(accord.url, demo.coordinator);
});
afterEach(async () => {
  clients.splice(0).forEach((c) => c.destroy());
  await Promise.all(extraProcesses.splice(0).map((p) => p.kill()));
  dirs.splice(0).forEach(removeDir);
});
afterAll(async () => {
  await accord?.stop();
  removeDir(sharedDir);
});

/** A stock client of the demo member, who may edit every demo document. */
async function connect(target: AccordProcess, documentId: string): Promise<StockClient> {
  const client = stockClient(target.wsUrl, documentId, { token: await tokenFor(target.url, demo.member) });
  clients.push(client);
  return client;
}

/** A request to the shared process as the demo coordinator (the given headers win). */
const api = (path: string, init: RequestInit = {}) =>
  fetch(`${accord.url}${path}`, {
    ...init,
    headers: { ...bearer(token), ...(init.headers as Record<string, string> | undefined) },
  });

async function demoDocumentIds(base = accord.url): Promise<string[]> {
  const response = await fetch(`${base}/api/workspaces/demo/documents`, {
    headers: bearer(await tokenFor(base, demo.coordinator)),
  });
  expect(response.status).toBe(200);
  return DocumentList.parse(await response.json()).documents.map((d) => d.id);
}

const postDocument = (body: string, contentType = 'application/json', workspace = 'demo') =>
  api(`/api/workspaces/${workspace}/documents`, { method: 'POST', headers: { 'content-type': contentType }, body });

/**
 * POSTs a JSON body to the demo workspace on a socket of its own. The server may answer
 * before it read the body; a pooled fetch socket would then carry that into the next test
 * (see the keep-alive test below, which checks exactly that on purpose).
 */
function postOnOwnSocket(chunks: string[], chunked: boolean): Promise<Response> {
  const { hostname, port } = new URL(accord.url);
  const length = chunks.reduce((sum, c) => sum + Buffer.byteLength(c), 0);
  return new Promise((resolvePromise, reject) => {
    const request = httpRequest(
      {
        host: hostname,
        port,
        path: '/api/workspaces/demo/documents',
        method: 'POST',
        agent: false,
        headers: { ...bearer(token), ...(chunked ? {} : { 'content-length': String(length) }) },
      },
      (response) => {
        let text = '';
        response.on('error', reject);
        response.on('data', (d: Buffer) => (text += d.toString()));
        response.on('end', () =>
          resolvePromise(
            new Response(text, {
              status: response.statusCode!,
              headers: { 'content-type': response.headers['content-type'] ?? '' },
            }),
          ),
        );
      },
    );
    let answered = false;
    request.on('response', () => (answered = true));
    // The server may close once it has answered, while the rest of the body is still on its way.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

async function expectApiError(response: Response, status: number, code?: string): Promise<ApiError> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const parsed = ApiError.safeParse(await response.json());
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  const body = parsed.data!;
  expect(body.error.message.length).toBeGreaterThan(0);
  if (code) expect(body.error.code).toBe(code);
  return body;
}

/** Sums a metric's samples over all its label sets; undefined when the metric is absent. */
function metric(text: string, name: string): number | undefined {
  const samples = text
    .split('\n')
    .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
    .map((line) => Number(line.slice(line.lastIndexOf(' ') + 1)));
  return samples.length ? samples.reduce((a, b) => a + b, 0) : undefined;
}

describe('health and listing', () => {
  it('GET /healthz answers 200 with status ok', async () => {
    const response = await api('/healthz');
    expect(response.status).toBe(200);
    const body = Health.parse(await response.json());
    expect(body.status).toBe('ok');
  });

  it('GET /api/workspaces lists the demo workspace, and only the workspaces the caller has a role in', async () => {
    // A workspace nobody has a role in yet, created by an operator next to the running server.
    const created = await runCli(sharedDir, ['workspace', 'create', '--id', 'elsewhere', '--name', 'Elsewhere']);
    expect(created.code, created.stderr).toBe(0);
    const response = await api('/api/workspaces');
    expect(response.status).toBe(200);
    const { workspaces } = WorkspaceList.parse(await response.json());
    expect(workspaces.map((w) => w.id)).toEqual(['demo']);
    // Not listed, and not there as far as the caller can tell.
    await expectApiError(await api('/api/workspaces/elsewhere'), 404, 'not_found');
    await expectApiError(await api('/api/workspaces/elsewhere/documents'), 404, 'not_found');
    // Without credentials there is no list at all.
    await expectApiError(await fetch(`${accord.url}/api/workspaces`), 401, 'unauthenticated');
  });

  it('GET /api/workspaces/demo/documents lists the seeded documents', async () => {
    const ids = await demoDocumentIds();
    for (const id of seededIds) expect(ids).toContain(id);
  });

  it('answers 404 with an ApiError for an unknown workspace, and for an invalid workspace id', async () => {
    await expectApiError(await api('/api/workspaces/no-such-group/documents'), 404, 'not_found');
    await expectApiError(await api('/api/workspaces/no-such-group'), 404, 'not_found');
    await expectApiError(await api('/api/workspaces/Not%20An%20Id/documents'), 404, 'not_found');
    const before = await demoDocumentIds();
    await expectApiError(
      await postDocument(JSON.stringify({ title: 'Lost' }), 'application/json', 'no-such-group'),
      404,
      'not_found',
    );
    expect(await demoDocumentIds()).toEqual(before);
  });
});

describe('POST /api/workspaces/:id/documents', () => {
  it('creates a document: 201, a Location that serves it, a DocumentRecord body, and it is listed', async () => {
    const response = await postDocument(JSON.stringify({ title: '  Draft outcome on IXPs ', kind: 'report' }));
    expect(response.status).toBe(201);
    const record = DocumentRecord.parse(await response.json());
    expect(record).toMatchObject({ workspaceId: 'demo', title: 'Draft outcome on IXPs', kind: 'report' });
    const location = response.headers.get('location');
    expect(location).toBe(`/api/documents/${record.id}`);
    const fetched = await api(location!);
    expect(fetched.status).toBe(200);
    // The record, and what the caller (a coordinator) may do with it.
    const json: unknown = await fetched.json();
    const { access } = DocumentWithAccess.parse(json);
    expect(json).toEqual({ ...record, access });
    expect(access.role).toBe('coordinator');
    expect(access.allowed).toEqual(
      expect.arrayContaining(['document.read', 'document.edit', 'document.create', 'status.set', 'version.create']),
    );
    expect(access.allowed).not.toContain('role.change');
    expect(access.allowed).not.toContain('audit.read');
    expect(await demoDocumentIds()).toContain(record.id);

    const defaulted = DocumentRecord.parse(await (await postDocument(JSON.stringify({ title: 'Plain' }))).json());
    expect(defaulted.kind).toBe('outcome');
    expect(defaulted.id).not.toBe(record.id);
  });

  const invalid: [string, () => Promise<Response>, number, string][] = [
    ['an empty title', () => postDocument(JSON.stringify({ title: '   ' })), 400, 'invalid_body'],
    ['a missing title', () => postDocument(JSON.stringify({})), 400, 'invalid_body'],
    ['a wrong kind', () => postDocument(JSON.stringify({ title: 'T', kind: 'novel' })), 400, 'invalid_body'],
    ['an extra field', () => postDocument(JSON.stringify({ title: 'T', id: 'chosen-by-client' })), 400, 'invalid_body'],
    ['a body that is not JSON', () => postDocument('{"title": "T"'), 400, 'invalid_json'],
    ['a JSON body that is not an object', () => postDocument('"T"'), 400, 'invalid_body'],
    [
      'a wrong content type',
      () => postDocument(JSON.stringify({ title: 'T' }), 'text/plain'),
      415,
      'unsupported_media_type',
    ],
    [
      'a body over 1 MiB',
      () => postOnOwnSocket([JSON.stringify({ title: 'T', pad: 'x'.repeat(1024 * 1024) })], false),
      413,
      'body_too_large',
    ],
    [
      'a body over 1 MiB sent chunked, without Content-Length',
      () =>
        postOnOwnSocket(
          ['{"title":"T","pad":"', ...Array.from({ length: 20 }, () => 'x'.repeat(64 * 1024)), '"}'],
          true,
        ),
      413,
      'body_too_large',
    ],
  ];

  it.each(invalid)('refuses %s with an ApiError and creates nothing', async (_name, send, status, code) => {
    const before = await demoDocumentIds();
    const body = await expectApiError(await send(), status, code);
    if (code === 'invalid_body') expect(body.error.issues?.length).toBeGreaterThan(0);
    expect(await demoDocumentIds()).toEqual(before);
  });
});

describe('a refusal from the domain', () => {
  it('answers a stakeholder group id that exists with the store’s 409 conflict, through the one error mapping', async () => {
    const headers = { ...bearer(await tokenFor(accord.url, demo.secretariat)), 'content-type': 'application/json' };
    const post = () =>
      fetch(`${accord.url}/api/workspaces/demo/stakeholder-groups`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ id: 'refused-twice', name: 'Refused twice' }),
      });
    expect((await post()).status).toBe(201);
    const body = await expectApiError(await post(), 409, 'conflict');
    expect(body.error.message).toBe('stakeholder group refused-twice already exists');
    expect(body.error.issues).toBeUndefined();
  });
});

describe('keep-alive after an early refusal', () => {
  it('answers the next request on a connection whose oversized body it refused, or announces the close', async () => {
    const { hostname, port } = new URL(accord.url);
    const body = JSON.stringify({ title: 'T', pad: 'x'.repeat(1100 * 1024) });
    const socket = netConnect(Number(port), hostname);
    let received = '';
    socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
    socket.on('error', () => {});
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.write(
      `POST /api/workspaces/demo/documents HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body);
    try {
      await until(
        () => /HTTP\/1\.1 413[\s\S]*?\r\n\r\n[\s\S]*"body_too_large"[\s\S]*?\}\}/.test(received),
        'the 413 answer',
        3_000,
      );
      const announcedClose = /^connection: close\r$/im.test(received.split('\r\n\r\n')[0]!);
      // What fetch (undici) and browsers do with a keep-alive socket: send the next request on it.
      socket.write(`GET /healthz HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
      await Promise.race([
        closed,
        until(
          () => (received.match(/HTTP\/1\.1 \d{3}/g) ?? []).length >= 2,
          'an answer to the second request',
          3_000,
        ).catch(() => {}),
      ]);
      const statuses = received.match(/HTTP\/1\.1 \d{3}/g) ?? [];
      expect(
        announcedClose || statuses[1] === 'HTTP/1.1 200',
        `the 413 said keep-alive but the next request on that connection got ${statuses[1] ?? 'no answer'} (socket ${socket.destroyed ? 'closed' : 'open'})`,
      ).toBe(true);
    } finally {
      socket.destroy();
    }
  });
});

describe('GET /metrics', () => {
  it('is Prometheus text that counts a stock client connecting and editing', async () => {
    const scrape = async () => {
      const response = await api('/metrics');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      return response.text();
    };
    const before = await scrape();
    for (const name of [
      'accord_update_store_seconds_bucket',
      'accord_documents_open',
      'accord_connections_open',
      'accord_ws_messages_received_total',
    ]) {
      expect(metric(before, name), name).toBeDefined();
    }
    expect(before).toMatch(/^# TYPE accord_update_store_seconds histogram$/m);
    expect(before).toMatch(/^accord_update_store_seconds_bucket\{le="\+Inf"\} \d+$/m);
    // Every sample line is `name[{labels}] number`.
    for (const line of before.split('\n').filter((l) => l && !l.startsWith('#'))) {
      expect(line).toMatch(/^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})? (-?[0-9.e+-]+|NaN|[+-]Inf)$/);
    }

    const documentId = await createDocument(accord, 'Metrics');
    const writer = await connect(accord, documentId);
    const reader = await connect(accord, documentId);
    await Promise.all([synced(writer), synced(reader)]);
    writer.doc.getText('text').insert(0, 'counted');
    // The reader seeing it means the server stored it.
    await until(() => reader.doc.getText('text').toString() === 'counted', 'the reader to see the edit');

    const after = await scrape();
    expect(metric(after, 'accord_connections_open')).toBeGreaterThanOrEqual(2);
    expect(metric(after, 'accord_documents_open')).toBeGreaterThanOrEqual(1);
    expect(metric(after, 'accord_updates_stored_total')).toBeGreaterThan(
      metric(before, 'accord_updates_stored_total') ?? 0,
    );
    expect(metric(after, 'accord_ws_messages_received_total')).toBeGreaterThan(
      metric(before, 'accord_ws_messages_received_total') ?? 0,
    );
    expect(metric(after, 'accord_update_store_seconds_count')).toBeGreaterThan(
      metric(before, 'accord_update_store_seconds_count') ?? 0,
    );
  });
});

describe('starting', () => {
  it('exits with code 2 naming every bad environment variable', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const child = spawn(process.execPath, serverArgs('main'), {
      cwd: resolve(import.meta.dirname, '..'),
      env: { ...process.env, PORT: 'abc', ACCORD_COMPACT_EVERY: '0', ACCORD_DATA_DIR: dataDir, HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await new Promise<number | null>((r) => child.once('close', (c) => r(c)));
    clearTimeout(timer);
    expect(code, output).toBe(2);
    expect(output).toMatch(/PORT="abc"/);
    expect(output).toMatch(/ACCORD_COMPACT_EVERY="0"/);
    expect(output).not.toContain('listening');
  });

  it('does not seed the demo twice when restarted on the same data directory', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const first = await startAccord({ dataDir });
    extraProcesses.push(first);
    expect(first.output()).toContain('seeded the demo workspace');
    const mine = await createDocument(first, 'Survives the restart');
    const documentsBefore = await demoDocumentIds(first.url);
    const workspacesOf = async (target: AccordProcess) =>
      WorkspaceList.parse(
        await (
          await fetch(`${target.url}/api/workspaces`, { headers: bearer(await tokenFor(target.url, demo.coordinator)) })
        ).json(),
      ).workspaces;
    const workspacesBefore = await workspacesOf(first);
    expect(documentsBefore).toHaveLength(seededIds.length + 1);
    const reader = await connect(first, 'bpf-ixps');
    await synced(reader);
    const stateBefore = Y.decodeStateVector(Y.encodeStateVector(reader.doc));
    expect(stateBefore.size).toBeGreaterThan(0);
    reader.destroy();
    clients.splice(clients.indexOf(reader), 1);
    expect(await first.stop()).toBe(0);

    const second = await startAccord({ dataDir });
    extraProcesses.push(second);
    expect(second.output()).not.toContain('seeded the demo workspace');
    expect(await demoDocumentIds(second.url)).toEqual(documentsBefore);
    expect(documentsBefore).toContain(mine);
    expect(await workspacesOf(second)).toEqual(workspacesBefore);
    // Seeding content again would add a writer (a new client id) to the seeded document.
    const again = await connect(second, 'bpf-ixps');
    await synced(again);
    expect(Y.decodeStateVector(Y.encodeStateVector(again.doc))).toEqual(stateBefore);
  });
});
