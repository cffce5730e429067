/**
 * F10: a live stream (Server-Sent Events: comments, consensus) ends within about a second of
 * its reader losing access — a token revoked, a sign-out, the audience narrowed, the role
 * removed — as WebSockets do, instead of at its next heartbeat (15 s). Streams of people whose
 * access did not change stay open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from './helpers/accord-process.js';
import { bearer, demo, sessionHeaders, signIn } from './helpers/auth.js';
import { castOf, type Cast } from './helpers/cast.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { openSse, type SseClient } from './helpers/sse.js';

let server: InProcessAccord;
let cast: Cast;
beforeAll(async () => {
  server = await inProcessAccord();
  cast = await castOf(server);
});
afterAll(() => server?.close());

/** The target is 1 s (one 250 ms poll and a re-check); the bound leaves room for a loaded two-core machine, and is a tenth of the old 15 s. */
const BOUND_MS = 1_500;

async function stream(
  documentId: string,
  channel: 'comments' | 'consensus',
  headers: Record<string, string>,
): Promise<SseClient> {
  const client = await openSse(`${server.url}/api/documents/${documentId}/${channel}/live`, headers);
  expect(client.status).toBe(200);
  // Ready: the subscription exists before access changes.
  const deadline = Date.now() + 10_000;
  while (!client.named.includes('ready') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  expect(client.named).toContain('ready');
  return client;
}

/** A token of its own (tokenFor's are shared by the file, and this one gets revoked). */
async function freshToken(email: string): Promise<string> {
  const session = await signIn(server.url, email);
  const response = await fetch(`${server.url}/api/tokens`, {
    method: 'POST',
    headers: sessionHeaders(session),
    body: JSON.stringify({ name: 'revoked in a test' }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

/** How long the stream took to end after `change` returned, or Infinity past the bound. */
async function endsAfter(client: SseClient, change: () => Promise<Response>): Promise<number> {
  const response = await change();
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  const start = Date.now();
  const ended = await Promise.race([
    client.ended.then(() => true),
    new Promise<false>((r) => setTimeout(() => r(false), BOUND_MS * 3)),
  ]);
  client.close();
  return ended ? Date.now() - start : Infinity;
}

/** True if the stream is still open after a poll and a bit. */
async function stillOpen(client: SseClient): Promise<boolean> {
  const open = await Promise.race([
    client.ended.then(() => false),
    new Promise<true>((r) => setTimeout(() => r(true), 600)),
  ]);
  client.close();
  return open;
}

describe('live streams after access is removed', () => {
  it('end when the reader’s token is revoked', async () => {
    const documentId = await createDocument(server);
    const token = await freshToken(demo.member);
    const client = await stream(documentId, 'comments', bearer(token));
    const bystander = await stream(documentId, 'comments', bearer(cast.token('member2')));
    expect(
      await endsAfter(client, () =>
        fetch(`${server.url}/api/tokens/revoke`, {
          method: 'POST',
          headers: bearer(token),
          body: JSON.stringify({ token }),
        }),
      ),
    ).toBeLessThan(BOUND_MS);
    expect(await stillOpen(bystander)).toBe(true);
  });

  it('end when the reader signs out', async () => {
    const documentId = await createDocument(server);
    const session = await signIn(server.url, demo.member);
    const client = await stream(documentId, 'consensus', { cookie: session.cookie });
    expect(
      await endsAfter(client, () =>
        fetch(`${server.url}/api/session`, { method: 'DELETE', headers: sessionHeaders(session) }),
      ),
    ).toBeLessThan(BOUND_MS);
  });

  it('end when the document’s audience is narrowed to others', async () => {
    const documentId = await createDocument(server);
    const client = await stream(documentId, 'comments', bearer(cast.token('member')));
    const included = await stream(documentId, 'comments', bearer(cast.token('member2')));
    const narrow = () =>
      cast.api('coordinator', 'PUT', `/api/documents/${documentId}/audience`, {
        people: [cast.id('coordinator'), cast.id('member2')],
      });
    expect(await endsAfter(client, narrow)).toBeLessThan(BOUND_MS);
    expect(await stillOpen(included)).toBe(true);
  });

  it('end when the reader’s role is removed', async () => {
    const documentId = await createDocument(server);
    const consensus = await stream(documentId, 'consensus', bearer(cast.token('observer')));
    const comments = await stream(documentId, 'comments', bearer(cast.token('observer')));
    const remove = () => cast.api('secretariat', 'DELETE', `/api/workspaces/demo/people/${cast.id('observer')}/role`);
    expect(await endsAfter(consensus, remove)).toBeLessThan(BOUND_MS);
    await expect(
      Promise.race([comments.ended.then(() => 'ended'), new Promise((r) => setTimeout(() => r('open'), BOUND_MS))]),
    ).resolves.toBe('ended');
  });
});
