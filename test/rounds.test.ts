/**
 * Consultation rounds end to end (issue 7), with the server clock injected: a round refuses
 * writes before it opens and after it closes whatever the client's clock says; listed
 * organisations only; hidden and pending comments are absent from every public read path;
 * the confirmation mail (no SMTP here) waits in the outbox and its link confirms; registration
 * and commenting answer 429 past their limits. (Unconfirmed participants: rounds-trust.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castOf, type Cast } from './helpers/cast.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { confirm, outboxLink } from './helpers/participants.js';

const documentId = 'mag-2015-03-03-summary';
let server: InProcessAccord;
let cast: Cast;
let clock = new Date('2030-01-01T00:00:00Z');
let versionId: string;
let paragraphIds: string[];

const publicApi = (method: string, path: string, body?: unknown, token?: string) =>
  fetch(`${server.url}/api/public/rounds/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { 'x-participant-token': token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const person = (email: string, extra: Record<string, unknown> = {}) => ({
  name: 'Ada Lovelace',
  email,
  stakeholderGroup: 'civil-society',
  country: 'ke',
  ...extra,
});

async function openRound(body: Record<string, unknown>): Promise<string> {
  const response = await cast.api('coordinator', 'POST', `/api/documents/${documentId}/rounds`, {
    versionId,
    title: 'Round',
    ...body,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Registers and opens the mailed link in the same browser; answers the confirmed token. */
async function register(roundId: string, email: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await publicApi('POST', `${roundId}/participants`, person(email, extra));
  expect(response.status, await response.clone().text()).toBe(201);
  expect(response.headers.get('set-cookie')).toMatch(/accord_participant=.*HttpOnly/i);
  const token = ((await response.json()) as { token: string }).token;
  const confirmed = await confirm(server, await outboxLink(server, email), token);
  expect(confirmed.status, await confirmed.clone().text()).toBe(200);
  return ((await confirmed.json()) as { token: string }).token;
}

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000' }, { now: () => clock });
  cast = await castOf(server);
  versionId = (
    (await (
      await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name: 'Draft for consultation' })
    ).json()) as { id: string }
  ).id;
  const page = (await (await publicApi('GET', 'nope')).json()) as unknown;
  expect(page).toMatchObject({ error: { code: 'not_found' } });
});
afterAll(() => server?.close());

describe('a consultation round', () => {
  let roundId: string;

  it('opens on a version, refuses a clashing one and shows its frozen paragraphs publicly', async () => {
    roundId = await openRound({ opensAt: '2030-02-01T00:00:00Z', closesAt: '2030-02-10T00:00:00Z' });
    const clash = await cast.api('coordinator', 'POST', `/api/documents/${documentId}/rounds`, {
      versionId,
      title: 'Clash',
      opensAt: '2030-02-05T00:00:00Z',
      closesAt: '2030-02-20T00:00:00Z',
    });
    expect(clash.status).toBe(409);
    expect((await cast.api('observer', 'POST', `/api/rounds/${roundId}/close`)).status).toBe(403);
    const page = (await (await publicApi('GET', roundId)).json()) as {
      round: { state: string };
      version: { name: string; title: string };
      paragraphs: { id: string; number: number | null }[];
    };
    expect(page.round.state).toBe('scheduled');
    expect(page.version).toMatchObject({
      name: 'Draft for consultation',
      title: expect.stringContaining('Advisory Group Meeting V'),
    });
    paragraphIds = page.paragraphs.filter((p) => p.number !== null).map((p) => p.id);
    expect(paragraphIds.length).toBeGreaterThan(3);
  });

  it('refuses registration before the opening, by the server clock', async () => {
    const early = await publicApi('POST', `${roundId}/participants`, person('early@example.org'));
    expect(early.status).toBe(403);
    expect(((await early.json()) as { error: { message: string } }).error.message).toMatch(
      /opens at February 1, 2030 at \d\d:\d\d UTC/,
    );
  });

  it('takes registrations, comments and reactions while open; the confirmation mail is in the outbox', async () => {
    clock = new Date('2030-02-02T00:00:00Z');
    const token = await register(roundId, 'ada@example.org');
    const mail = await server.accord.sql.all('SELECT to_address, subject FROM outbox');
    expect(mail).toEqual([{ to_address: 'ada@example.org', subject: 'Confirm your participation in "Round"' }]);
    expect((await outboxLink(server, 'ada@example.org')).href).toMatch(
      new RegExp(`^${server.url}/consult/${roundId}\\?confirm=`),
    );
    expect(JSON.stringify(await server.accord.sql.all('SELECT * FROM participant_sessions'))).not.toContain(token);
    const third = paragraphIds[2]!;
    expect(
      (
        await publicApi(
          'POST',
          `${roundId}/comments`,
          { anchor: { kind: 'block', blockId: third }, text: '<img src=x onerror=alert(1)>' },
          token,
        )
      ).status,
    ).toBe(201);
    expect(
      (await publicApi('POST', `${roundId}/comments`, { anchor: { kind: 'general' }, text: 'x'.repeat(5001) }, token))
        .status,
    ).toBe(400);
    expect(
      (await publicApi('POST', `${roundId}/comments`, { anchor: { kind: 'general' }, text: 'No token' })).status,
    ).toBe(401);
    expect(
      (await publicApi('POST', `${roundId}/reactions`, { blockId: third, reaction: 'disagree' }, token)).status,
    ).toBe(204);
    expect((await publicApi('POST', `${roundId}/reactions`, { blockId: third, reaction: null }, token)).status).toBe(
      204,
    );
    expect(
      ((await (await publicApi('GET', roundId)).json()) as { reactions: Record<string, unknown> }).reactions[third],
    ).toBeUndefined();
    expect((await publicApi('POST', `${roundId}/reactions`, { blockId: third, reaction: 'agree' }, token)).status).toBe(
      204,
    );
    expect(
      ((await (await publicApi('GET', roundId)).json()) as { reactions: Record<string, unknown> }).reactions[third],
    ).toEqual({ agree: 1, disagree: 0 });
    const comments = (await (await publicApi('GET', `${roundId}/comments`)).json()) as {
      comments: { text: string; author: { name?: string } }[];
    };
    expect(comments.comments).toEqual([
      expect.objectContaining({
        text: '<img src=x onerror=alert(1)>',
        author: { name: 'Ada Lovelace', stakeholderGroup: 'civil-society', country: 'KE' },
      }),
    ]);
  });

  it('keeps hidden comments out of every public read path, and shows them again when restored', async () => {
    const token = await register(roundId, 'bo@example.org', { showOnly: 'group-only' });
    const posted = await publicApi(
      'POST',
      `${roundId}/comments`,
      { anchor: { kind: 'general' }, text: 'SECRET-ABUSE' },
      token,
    );
    const { id } = (await posted.json()) as { id: string };
    expect(
      (await cast.api('coordinator', 'POST', `/api/rounds/${roundId}/comments/${id}/hide`, { reason: 'abusive' }))
        .status,
    ).toBe(200);
    for (const path of [roundId, `${roundId}/comments`])
      expect(await (await publicApi('GET', path)).text()).not.toContain('SECRET-ABUSE');
    for (const format of ['json', 'markdown', 'html']) {
      expect(
        await (
          await cast.api(
            'coordinator',
            'GET',
            `/api/documents/${documentId}/versions/${versionId}/content?format=${format}`,
          )
        ).text(),
      ).not.toContain('SECRET-ABUSE');
    }
    const moderation = (await (await cast.api('coordinator', 'GET', `/api/rounds/${roundId}/moderation`)).json()) as {
      comments: { id: string; status: string; hiddenReason?: string }[];
    };
    expect(moderation.comments.find((c) => c.id === id)).toMatchObject({ status: 'hidden', hiddenReason: 'abusive' });
    await cast.api('coordinator', 'POST', `/api/rounds/${roundId}/comments/${id}/restore`, {});
    const shown = (await (await publicApi('GET', `${roundId}/comments`)).json()) as {
      comments: { text: string; author: unknown }[];
    };
    expect(shown.comments.find((c) => c.text === 'SECRET-ABUSE')?.author).toEqual({
      stakeholderGroup: 'civil-society',
    });
  });

  it('answers 429 past the per-participant comment limit', async () => {
    const token = await register(roundId, 'cy@example.org');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (await publicApi('POST', `${roundId}/comments`, { anchor: { kind: 'general' }, text: `Comment ${i}` }, token))
          .status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('refuses writes after the close, with a clear message', async () => {
    const token = await register(roundId, 'dee@example.org');
    clock = new Date('2030-02-10T00:00:00Z');
    const late = await publicApi(
      'POST',
      `${roundId}/comments`,
      { anchor: { kind: 'general' }, text: 'Too late' },
      token,
    );
    expect(late.status).toBe(403);
    expect(((await late.json()) as { error: { message: string } }).error.message).toMatch(/closed/);
    expect(
      (await publicApi('POST', `${roundId}/reactions`, { blockId: paragraphIds[0], reaction: 'disagree' }, token))
        .status,
    ).toBe(403);
    expect((await publicApi('POST', `${roundId}/participants`, person('late@example.org'))).status).toBe(403);
    expect(((await (await publicApi('GET', roundId)).json()) as { round: { state: string } }).round.state).toBe(
      'closed',
    );
  });

  it('lets only listed organisations take part, and answers 429 past the registration limit', async () => {
    const listed = await openRound({
      opensAt: '2030-03-01T00:00:00Z',
      closesAt: '2030-03-10T00:00:00Z',
      participation: 'listed-organisations',
      organisations: ['KICTANet'],
    });
    clock = new Date('2030-03-02T00:00:00Z');
    // Four registrations so far from this address and this refusal make five, the burst the limit allows.
    const refused = await publicApi(
      'POST',
      `${listed}/participants`,
      person('eve@example.org', { affiliation: 'Somewhere else' }),
    );
    expect(refused.status).toBe(403);
    expect(
      (await publicApi('POST', `${listed}/participants`, person('eve@example.org', { affiliation: 'kictanet' })))
        .status,
    ).toBe(429);
  });
});
