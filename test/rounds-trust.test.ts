/**
 * Consultation rounds people can trust (issue 12, F3, F5, F6), with a real SMTP server on
 * loopback and the server clock injected:
 * - F6: registering twice answers exactly like registering once (no oracle); the mail says the
 *   rest, with a single-use, expiring link; until it is opened a participant's reactions do
 *   not count and their comments are neither public nor in moderation — then they are;
 * - F5: a passage comment's quote and offsets must match the frozen paragraph;
 * - F3: once the revised version is out, moderation is refused and the report is the
 *   snapshot stored at publication, whatever happens to the records afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castOf, type Cast } from './helpers/cast.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';
import { confirm, registerConfirmed, registerOnly, sinkLink, type Registration } from './helpers/participants.js';
import { startSmtpSink, type SmtpSink } from './helpers/smtp.js';

const documentId = 'mag-2015-03-03-summary';
let sink: SmtpSink;
let server: InProcessAccord;
let cast: Cast;
let clock = new Date('2030-01-01T00:00:00Z');
let versionId: string;
let roundId: string;
let paragraphs: { id: string; text: string }[];

const publicApi = (method: string, path: string, body?: unknown, token?: string) =>
  fetch(`${server.url}/api/public/rounds/${roundId}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { 'x-participant-token': token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const person = (email: string, name = 'Ada Lovelace'): Registration => ({
  name,
  email,
  stakeholderGroup: 'civil-society',
  country: 'KE',
});
const counts = async (blockId: string) =>
  ((await (await publicApi('GET', '')).json()) as { reactions: Record<string, unknown> }).reactions[blockId];
const publicTexts = async () =>
  ((await (await publicApi('GET', '/comments')).json()) as { comments: { text: string }[] }).comments.map(
    (c) => c.text,
  );
const moderationTexts = async () =>
  (
    (await (await cast.api('coordinator', 'GET', `/api/rounds/${roundId}/moderation`)).json()) as {
      comments: { text: string; status: string }[];
    }
  ).comments.map((c) => `${c.status}:${c.text}`);
const code = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

async function openRound(opensAt: string, closesAt: string, more: Record<string, unknown> = {}): Promise<string> {
  const response = await cast.api('coordinator', 'POST', `/api/documents/${documentId}/rounds`, {
    versionId,
    title: 'Trust round',
    opensAt,
    closesAt,
    ...more,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

beforeAll(async () => {
  sink = await startSmtpSink();
  const many = { perSecond: 1, burst: 100 };
  server = await inProcessAccord(
    { ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000', ACCORD_SMTP_URL: sink.url },
    { now: () => clock, roundLimits: { registerPerIp: many, commentPerIp: many, commentPerParticipant: many } },
  );
  cast = await castOf(server);
  versionId = (
    (await (
      await cast.api('coordinator', 'POST', `/api/documents/${documentId}/versions`, { name: 'Draft for consultation' })
    ).json()) as { id: string }
  ).id;
  roundId = await openRound('2030-02-01T00:00:00Z', '2030-02-10T00:00:00Z');
  const page = (await (await publicApi('GET', '')).json()) as {
    paragraphs: { id: string; number: number | null; text: string }[];
  };
  paragraphs = page.paragraphs.filter((p) => p.number !== null && p.text.length > 20);
  clock = new Date('2030-02-02T00:00:00Z');
});
afterAll(async () => {
  await server?.close();
  await sink?.close();
});

describe('F6: registration and email confirmation', () => {
  it('answers a repeat registration exactly like a first one; each gets a mail with a fresh link', async () => {
    const register = () => publicApi('POST', '/participants', person('twice@example.org'));
    const first = await register();
    const second = await register();
    expect(second.status).toBe(first.status);
    const [a, b] = [(await first.json()) as Record<string, unknown>, (await second.json()) as Record<string, unknown>];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(JSON.stringify(b)).not.toMatch(/already|registered/i);
    const one = await sinkLink(sink, 'twice@example.org');
    const two = await sinkLink(sink, 'twice@example.org', 1);
    expect(one.href).toMatch(new RegExp(`^${server.url}/consult/${roundId}\\?confirm=`));
    expect(two.searchParams.get('confirm')).not.toBe(one.searchParams.get('confirm'));
    // Only hashes of the codes are stored.
    const stored = JSON.stringify(await server.accord.sql.all('SELECT * FROM participant_confirmations'));
    expect(stored).not.toContain(one.searchParams.get('confirm'));
  });

  it('counts no reaction and shows no comment of an unconfirmed participant, then does once the mailed link is opened', async () => {
    const block = paragraphs[0]!.id;
    const token = await registerOnly(server, roundId, person('invented@example.org', 'Nobody Real'));
    expect((await publicApi('POST', '/reactions', { blockId: block, reaction: 'agree' }, token)).status).toBe(204);
    expect(await counts(block)).toBeUndefined();
    const posted = await publicApi(
      'POST',
      '/comments',
      { anchor: { kind: 'block', blockId: block }, text: 'HELD-UNTIL-CONFIRMED' },
      token,
    );
    expect(posted.status).toBe(201);
    expect(((await posted.json()) as { status: string }).status).toBe('awaiting-confirmation');
    expect(await publicTexts()).not.toContain('HELD-UNTIL-CONFIRMED');
    expect((await moderationTexts()).join('|')).not.toContain('HELD-UNTIL-CONFIRMED');
    // The registering browser still knows itself, and its own reaction.
    const me = (await (await publicApi('GET', '/participant', undefined, token)).json()) as {
      name: string;
      confirmed: boolean;
      reactions: Record<string, string>;
    };
    expect(me).toMatchObject({ name: 'Nobody Real', confirmed: false, reactions: { [block]: 'agree' } });

    // Opened on a phone: another browser, no cookie.
    const link = await sinkLink(sink, 'invented@example.org');
    const confirmed = await confirm(server, link);
    expect(confirmed.status, await confirmed.clone().text()).toBe(200);
    expect(confirmed.headers.get('set-cookie')).toMatch(/accord_participant=.*HttpOnly/i);
    const phone = ((await confirmed.json()) as { token: string }).token;
    expect(await counts(block)).toEqual({ agree: 1, disagree: 0 });
    expect(await publicTexts()).toContain('HELD-UNTIL-CONFIRMED');
    expect(
      (await (await publicApi('GET', '/participant', undefined, phone)).json()) as { confirmed: boolean },
    ).toMatchObject({ confirmed: true });
    expect(
      (await (await publicApi('GET', '/participant', undefined, token)).json()) as { confirmed: boolean },
    ).toMatchObject({ confirmed: true });
    // Single use.
    const again = await confirm(server, link);
    expect(again.status).toBe(400);
    expect(await code(again)).toBe('invalid_confirmation');
    expect((await confirm(server, new URL(`${server.url}/consult/${roundId}?confirm=invented-code-123`))).status).toBe(
      400,
    );
  });

  it('lets a repeat registration change nothing until the mailbox owner opens its link', async () => {
    const block = paragraphs[1]!.id;
    const owner = await registerConfirmed(server, roundId, person('owner@example.org', 'Olga Owner'), sink);
    expect((await publicApi('POST', '/reactions', { blockId: block, reaction: 'agree' }, owner)).status).toBe(204);
    const mailsBefore = sink.mails.filter((m) => m.to.includes('owner@example.org')).length;
    const intruder = await registerOnly(server, roundId, person('owner@example.org', 'Ivan Intruder'));
    // The intruder's session learns nothing about the owner.
    const seen = await (await publicApi('GET', '/participant', undefined, intruder)).text();
    expect(seen).not.toContain('Olga');
    expect((await publicApi('POST', '/reactions', { blockId: block, reaction: 'disagree' }, intruder)).status).toBe(
      204,
    );
    expect(
      (await publicApi('POST', '/comments', { anchor: { kind: 'general' }, text: 'INTRUDER-WORDS' }, intruder)).status,
    ).toBe(201);
    expect(await counts(block)).toEqual({ agree: 1, disagree: 0 });
    expect(await publicTexts()).not.toContain('INTRUDER-WORDS');
    // The owner is told, and the link in that mail is the only way the words would count.
    await sinkLink(sink, 'owner@example.org', mailsBefore);
  });

  it('lets a link expire', async () => {
    await registerOnly(server, roundId, person('slow@example.org'));
    const link = await sinkLink(sink, 'slow@example.org');
    const saved = clock;
    clock = new Date(clock.getTime() + 3 * 24 * 3600 * 1000);
    const late = await confirm(server, link);
    clock = saved;
    expect(late.status).toBe(400);
    expect(((await late.json()) as { error: { message: string } }).error.message).toMatch(/expired|register again/i);
  });
});

describe('F5: passage quotes', () => {
  it('refuses a quote that is not the frozen text at those offsets, and offsets out of range', async () => {
    const token = await registerConfirmed(server, roundId, person('quoter@example.org'), sink);
    const { id: blockId, text } = paragraphs[0]!;
    const anchor = (start: number, end: number, quote: string) => ({ kind: 'passage', blockId, start, end, quote });
    const invented = await publicApi(
      'POST',
      '/comments',
      { anchor: anchor(4, 15, 'we demand abolition'), text: 'Invented' },
      token,
    );
    expect(invented.status).toBe(400);
    expect(await code(invented)).toBe('quote_mismatch');
    const beyond = await publicApi(
      'POST',
      '/comments',
      { anchor: anchor(text.length - 2, text.length + 5, text.slice(-2)), text: 'Beyond' },
      token,
    );
    expect(beyond.status).toBe(400);
    expect(await code(beyond)).toBe('passage_out_of_range');
    const good = await publicApi(
      'POST',
      '/comments',
      { anchor: anchor(4, 15, text.slice(4, 15)), text: 'GOOD-PASSAGE' },
      token,
    );
    expect(good.status, await good.clone().text()).toBe(201);
  });
});

describe('F3: published means frozen', () => {
  it('refuses moderation after publication and serves the report stored at publication', async () => {
    const token = await registerConfirmed(server, roundId, person('frozen@example.org'), sink);
    const posted = await publicApi(
      'POST',
      '/comments',
      { anchor: { kind: 'general' }, text: 'STAYS-IN-REPORT' },
      token,
    );
    const commentId = ((await posted.json()) as { id: string }).id;
    clock = new Date('2030-02-10T00:00:00Z');
    const view = (await (await cast.api('coordinator', 'GET', `/api/rounds/${roundId}/processing`)).json()) as {
      general: { id: string }[];
      paragraphs: { comments: { id: string }[] }[];
    };
    for (const c of [...view.general, ...view.paragraphs.flatMap((p) => p.comments)]) {
      expect(
        (
          await cast.api('coordinator', 'PUT', `/api/rounds/${roundId}/comments/${c.id}/disposition`, {
            disposition: 'noted',
            response: 'Thank you.',
          })
        ).status,
      ).toBe(200);
    }
    expect(
      (await cast.api('coordinator', 'POST', `/api/rounds/${roundId}/revision`, { name: 'Revised version' })).status,
    ).toBe(201);
    const before = await (await publicApi('GET', '/report?format=markdown')).text();
    expect(before).toContain('STAYS-IN-REPORT');

    for (const [action, body] of [
      ['hide', { reason: 'second thoughts' }],
      ['flag', {}],
      ['restore', {}],
    ] as const) {
      const refused = await cast.api(
        'coordinator',
        'POST',
        `/api/rounds/${roundId}/comments/${commentId}/${action}`,
        body,
      );
      expect(refused.status, action).toBe(409);
      expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({
        code: 'already_published',
        message: expect.stringMatching(/published/),
      });
    }
    expect(await publicTexts()).toContain('STAYS-IN-REPORT');

    // Even a change behind the API's back does not rewrite what was published.
    await server.accord.sql.run("UPDATE public_comments SET status = 'hidden', hidden_reason = 'bypass' WHERE id = ?", [
      commentId,
    ]);
    for (const format of ['markdown', 'html', 'csv']) {
      expect(await (await publicApi('GET', `/report?format=${format}`)).text(), format).toContain('STAYS-IN-REPORT');
      expect(
        await (await cast.api('member', 'GET', `/api/rounds/${roundId}/report?format=${format}`)).text(),
        format,
      ).toContain('STAYS-IN-REPORT');
    }
    expect(await (await publicApi('GET', '/report?format=markdown')).text()).toBe(before);
    await expect(server.accord.sql.run('DELETE FROM round_reports')).rejects.toThrow(/cannot change/);
  });
});

describe('held comments in a moderated round', () => {
  it('enter the moderation queue only once confirmed', async () => {
    roundId = await openRound('2030-03-01T00:00:00Z', '2030-03-10T00:00:00Z', { moderation: 'after-moderation' });
    clock = new Date('2030-03-02T00:00:00Z');
    const token = await registerOnly(server, roundId, person('later@example.org'));
    expect(
      (await publicApi('POST', '/comments', { anchor: { kind: 'general' }, text: 'MODERATE-ME-LATER' }, token)).status,
    ).toBe(201);
    expect((await moderationTexts()).join('|')).not.toContain('MODERATE-ME-LATER');
    const processing = (await (await cast.api('coordinator', 'GET', `/api/rounds/${roundId}/processing`)).json()) as {
      awaitingModeration: number;
    };
    expect(processing.awaitingModeration).toBe(0);
    expect((await confirm(server, await sinkLink(sink, 'later@example.org'), token)).status).toBe(200);
    expect(await moderationTexts()).toContain('pending:MODERATE-ME-LATER');
    expect(await publicTexts()).not.toContain('MODERATE-ME-LATER');
  });
});
