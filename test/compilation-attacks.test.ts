/**
 * The compilation (issue 14) tried as an attacker would: a contributor token of one call used
 * on another, or on someone else's contribution; script in a contribution carried into the
 * compilation and its exports; a contribution of another document's call inserted here.
 * Each is refused or rendered inert, and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castOf, type Cast } from './helpers/cast.js';
import { mailedCode } from './helpers/contributions.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';

let server: InProcessAccord;
let cast: Cast;
const compilation = 'policy-menus-cnb';

const publicApi = (method: string, path: string, body?: unknown, token?: string) =>
  fetch(`${server.url}/api/public/calls/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { 'x-contributor-token': token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function openCall(title: string, documentId = compilation): Promise<string> {
  const response = await cast.api('coordinator', 'POST', `/api/documents/${documentId}/calls`, {
    title,
    pillars: [{ title: 'Access' }],
    opensAt: '2020-01-01T00:00:00Z',
    closesAt: '2090-01-01T00:00:00Z',
    participation: 'public',
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A confirmed public contributor's token for `callId`. */
async function contributorToken(callId: string, email: string): Promise<string> {
  expect((await publicApi('POST', `${callId}/contributors`, { name: 'Eve', email })).status).toBe(202);
  const confirmed = await publicApi('POST', `${callId}/contributors/confirm`, {
    email,
    code: await mailedCode(server, email),
  });
  expect(confirmed.status).toBe(200);
  return ((await confirmed.json()) as { token: string }).token;
}

const body = (text: string) => ({
  title: 'From Eve',
  organisation: 'Eve <b>IGF</b>',
  kind: 'national',
  country: 'BR',
  pillars: ['access'],
  paragraphs: [text],
});

const count = async (table: string) =>
  Number((await server.accord.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n);

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000' });
  cast = await castOf(server);
});
afterAll(() => server?.close());

describe('the compilation against an attacker', () => {
  it("refuses a contributor token on another call and on another person's contribution", async () => {
    const first = await openCall('First call');
    const second = await openCall('Second call');
    const eve = await contributorToken(first, 'eve@example.org');
    const before = await count('contributions');
    const elsewhere = await publicApi('POST', `${second}/contributions`, body('Not my call.'), eve);
    expect(elsewhere.status).toBe(403);
    expect(await count('contributions')).toBe(before);

    const ana = await contributorToken(first, 'ana@example.org');
    const anas = await publicApi('POST', `${first}/contributions`, body('Ana’s text.'), ana);
    expect(anas.status).toBe(201);
    const anaId = ((await anas.json()) as { id: string }).id;
    const events = await count('contribution_events');
    const rewrite = await publicApi('PUT', `${first}/contributions/${anaId}`, body('Rewritten by Eve.'), eve);
    expect(rewrite.status).toBe(403);
    expect(await count('contribution_events')).toBe(events);
    const read = await publicApi('GET', `${first}/contributions/${anaId}`, undefined, ana);
    expect(((await read.json()) as { paragraphs: { text: string }[] }).paragraphs[0]!.text).toBe('Ana’s text.');
  });

  it('carries script in a contribution into the compilation and its exports as inert text', async () => {
    const call = await openCall('Script call');
    const eve = await contributorToken(call, 'mallory@example.org');
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)> works.';
    const sent = await publicApi('POST', `${call}/contributions`, body(payload), eve);
    expect(sent.status).toBe(201);
    const contributionId = ((await sent.json()) as { id: string }).id;
    const inserted = await cast.api('coordinator', 'POST', `/api/documents/${compilation}/compilation/insert`, {
      contributionId,
      paragraphs: [0],
      afterBlockId: null,
    });
    expect(inserted.status, await inserted.clone().text()).toBe(201);
    const html = await (
      await cast.api('member', 'GET', `/api/documents/${compilation}/compilation/export?format=html`)
    ).text();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('Eve &lt;b&gt;IGF&lt;/b&gt;');
  });

  it("refuses to insert another document's contribution and leaves the text as it was", async () => {
    const otherDocument = (
      (await (
        await cast.api('coordinator', 'POST', '/api/workspaces/demo/documents', {
          title: 'Another compilation',
          kind: 'compilation',
        })
      ).json()) as { id: string }
    ).id;
    const call = await openCall('Elsewhere', otherDocument);
    const eve = await contributorToken(call, 'trent@example.org');
    const sent = await publicApi('POST', `${call}/contributions`, body('Meant for another text.'), eve);
    const contributionId = ((await sent.json()) as { id: string }).id;
    const before = await (
      await cast.api('member', 'GET', `/api/documents/${compilation}/content?format=markdown`)
    ).text();
    const refused = await cast.api('coordinator', 'POST', `/api/documents/${compilation}/compilation/insert`, {
      contributionId,
      paragraphs: [0],
      afterBlockId: null,
    });
    expect(refused.status).toBe(404);
    expect(
      await (await cast.api('member', 'GET', `/api/documents/${compilation}/content?format=markdown`)).text(),
    ).toBe(before);
  });
});
