/**
 * Calls for contributions end to end (issue 14, items 1–2), with the server clock injected: a
 * coordinator opens a call on the Policy Menus compilation; a workspace contributor types a
 * contribution; a person from a national initiative confirms their email with the mailed code
 * (read from the outbox) and uploads a real DOCX made here with the `docx` library; the
 * coordinators list them as JSON and CSV. Every refusal — after the deadline, an unknown call,
 * an oversized or malformed file, an unconfirmed email — says why and stores nothing.
 */
import { readOutbox } from '@accord/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castOf, type Cast, type Who } from './helpers/cast.js';
import { brazilDocx, form, mailedCode as mailedCodeOn, plainZip } from './helpers/contributions.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';

const documentId = 'policy-menus-cnb';
let server: InProcessAccord;
let cast: Cast;
let clock = new Date('2030-03-01T00:00:00Z');
let callId: string;
let publicToken: string;

const publicApi = (method: string, path: string, body?: unknown, token?: string) =>
  fetch(`${server.url}/api/public/calls/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { 'x-contributor-token': token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const mailedCode = (email: string) => mailedCodeOn(server, email);

const uploadPublic = (id: string, data: FormData, token?: string) =>
  fetch(`${server.url}/api/public/calls/${id}/contributions`, {
    method: 'POST',
    headers: token ? { 'x-contributor-token': token } : {},
    body: data,
  });

const uploadAs = (who: Who, id: string, data: FormData) =>
  fetch(`${server.url}/api/calls/${id}/contributions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${cast.token(who)}` },
    body: data,
  });

const count = async (table: string): Promise<number> =>
  Number((await server.accord.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n);

const stored = async () => ({
  contributions: await count('contributions'),
  events: await count('contribution_events'),
});

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...body.error };
}

const national = {
  title: 'Messages from the Brazil IGF',
  organisation: 'Brazil IGF',
  kind: 'national',
  country: 'BR',
  group: 'civil-society',
};

beforeAll(async () => {
  server = await inProcessAccord({ ACCORD_LIMIT_REQUESTS_PER_SECOND: '1000' }, { now: () => clock });
  cast = await castOf(server);
});
afterAll(() => server?.close());

describe('a call for contributions', () => {
  it('is opened by a coordinator with pillar ids from titles, listed, and shown publicly by the server clock', async () => {
    const body = {
      title: 'Policy Menus for Connecting the Next Billion',
      introduction: 'Send the messages of your initiative.',
      pillars: [
        { title: 'Access & infrastructure', question: 'What works?' },
        { id: 'skills', title: 'Skills', question: '' },
        { title: 'Access & infrastructure', question: 'Again' },
      ],
      opensAt: '2030-03-10T00:00:00Z',
      closesAt: '2030-04-10T00:00:00Z',
      participation: 'public',
    };
    expect((await cast.api('member', 'POST', `/api/documents/${documentId}/calls`, body)).status).toBe(403);
    const created = await cast.api('coordinator', 'POST', `/api/documents/${documentId}/calls`, body);
    expect(created.status, await created.clone().text()).toBe(201);
    const call = (await created.json()) as { id: string; pillars: { id: string }[]; state: string; publicPath: string };
    callId = call.id;
    expect(call.pillars.map((p) => p.id)).toEqual(['access-infrastructure', 'skills', 'access-infrastructure-2']);
    expect(call).toMatchObject({ state: 'scheduled', publicPath: `/contribute/${callId}` });
    const listed = (await (await cast.api('observer', 'GET', `/api/documents/${documentId}/calls`)).json()) as {
      calls: { id: string }[];
    };
    expect(listed.calls.map((c) => c.id)).toEqual([callId]);
    const page = (await (await publicApi('GET', callId)).json()) as { call: { state: string; title: string } };
    expect(page.call).toMatchObject({ state: 'scheduled', title: body.title });
    expect((await publicApi('GET', 'nosuchcall2345')).status).toBe(404);
    const backwards = await cast.api('coordinator', 'POST', `/api/documents/${documentId}/calls`, {
      ...body,
      closesAt: '2030-03-01T00:00:00Z',
    });
    expect(await errorOf(backwards)).toMatchObject({
      status: 400,
      message: expect.stringMatching(/closesAt must be after opensAt/),
    });
  });

  it('refuses contributions before it opens', async () => {
    const early = await cast.api('contributor', 'POST', `/api/calls/${callId}/contributions`, {
      ...national,
      paragraphs: ['Too early.'],
    });
    expect(await errorOf(early)).toMatchObject({
      status: 409,
      code: 'call_not_open',
      message: expect.stringMatching(/opens at March 10, 2030 at \d\d:\d\d UTC/),
    });
    expect(await stored()).toEqual({ contributions: 0, events: 0 });
  });

  it('takes a typed contribution from a workspace contributor, acknowledged by mail, editable by its author', async () => {
    clock = new Date('2030-03-11T00:00:00Z');
    const response = await cast.api('contributor', 'POST', `/api/calls/${callId}/contributions`, {
      title: 'EuroDIG messages',
      organisation: 'EuroDIG',
      kind: 'regional',
      country: 'Europe',
      pillars: ['skills'],
      paragraphs: ['Digital skills for all ages.', 'Libraries as access points.'],
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const contribution = (await response.json()) as { id: string; source: string; paragraphs: unknown[] };
    expect(contribution).toMatchObject({
      source: 'typed',
      paragraphs: [
        { index: 0, text: 'Digital skills for all ages.' },
        { index: 1, text: 'Libraries as access points.' },
      ],
    });
    const ack = (await readOutbox(server.accord.sql)).filter((m) => m.to === 'contributor@demo.example').at(-1)!;
    expect(ack.subject).toBe('Contribution received: "EuroDIG messages"');
    expect(ack.text).toContain(`/contribute/${callId}?contribution=${contribution.id}`);

    const unknownPillar = await cast.api('contributor', 'POST', `/api/calls/${callId}/contributions`, {
      ...national,
      pillars: ['nope'],
      paragraphs: ['x'],
    });
    expect(await errorOf(unknownPillar)).toMatchObject({
      status: 400,
      message: expect.stringMatching(/no pillar "nope"/),
    });
    expect(
      (await cast.api('observer', 'POST', `/api/calls/${callId}/contributions`, { ...national, paragraphs: ['x'] }))
        .status,
    ).toBe(403);

    const edit = {
      title: 'EuroDIG messages',
      organisation: 'EuroDIG',
      kind: 'regional',
      country: 'Europe',
      paragraphs: ['One.'],
    };
    expect(
      (await cast.api('member', 'PUT', `/api/calls/${callId}/contributions/${contribution.id}`, edit)).status,
    ).toBe(403);
    const edited = await cast.api('contributor', 'PUT', `/api/calls/${callId}/contributions/${contribution.id}`, edit);
    expect(edited.status, await edited.clone().text()).toBe(200);
    expect(await stored()).toEqual({ contributions: 1, events: 2 });
  });

  it('takes a DOCX from a public contributor once the mailed code confirms their email', async () => {
    clock = new Date('2030-03-12T00:00:00Z');
    const before = await stored();
    const docx = await brazilDocx();
    const fields = { ...national, pillars: ['access-infrastructure', 'skills'] };

    // Not confirmed yet: no token, or a code asked for but never typed.
    expect((await publicApi('POST', `${callId}/contributors`, { name: 'Bia', email: 'bia@example.br' })).status).toBe(
      202,
    );
    for (const token of [undefined, 'made-up-token']) {
      const refused = await uploadPublic(callId, form(fields, { name: 'brazil.docx', bytes: docx }), token);
      expect(await errorOf(refused)).toMatchObject({
        status: 403,
        code: 'unconfirmed_email',
        message: expect.stringMatching(/confirmed emails only/),
      });
    }
    const wrong = await publicApi('POST', `${callId}/contributors/confirm`, {
      email: 'bia@example.br',
      code: '0000000',
    });
    expect(await errorOf(wrong)).toMatchObject({ status: 400, code: 'invalid_confirmation' });
    expect(await stored()).toEqual(before);

    const confirmed = await publicApi('POST', `${callId}/contributors/confirm`, {
      email: 'bia@example.br',
      code: await mailedCode('bia@example.br'),
    });
    expect(confirmed.status, await confirmed.clone().text()).toBe(200);
    publicToken = ((await confirmed.json()) as { token: string }).token;

    const response = await uploadPublic(callId, form(fields, { name: 'brazil.docx', bytes: docx }), publicToken);
    expect(response.status, await response.clone().text()).toBe(201);
    const contribution = (await response.json()) as { id: string };
    expect(contribution).toMatchObject({
      organisation: 'Brazil IGF',
      kind: 'national',
      source: 'docx',
      pillars: ['access-infrastructure', 'skills'],
      contributor: { name: 'Bia' },
      paragraphs: [
        { index: 0, text: 'Access and affordability' },
        { index: 1, text: 'Community networks are key to connect the next billion.' },
        { index: 2, text: 'Spectrum for community use' },
        { index: 3, text: 'Local content in local languages' },
        { index: 4, text: 'Read more at the forum (https://forumdainternet.cgi.br/)' },
      ],
    });
    // Its author may send it again (here the same file) while the call is open; every change is recorded.
    const again = await fetch(`${server.url}/api/public/calls/${callId}/contributions/${contribution.id}`, {
      method: 'PUT',
      headers: { 'x-contributor-token': publicToken },
      body: form(fields, { name: 'brazil.docx', bytes: docx }),
    });
    expect(again.status, await again.clone().text()).toBe(200);
    expect(await stored()).toEqual({ contributions: before.contributions + 1, events: before.events + 2 });
    const own = await publicApi('GET', `${callId}/contributions/${contribution.id}`, undefined, publicToken);
    expect(own.status).toBe(200);
    expect((await readOutbox(server.accord.sql)).filter((m) => m.to === 'bia@example.br').at(-1)!.subject).toBe(
      'Contribution received: "Messages from the Brazil IGF"',
    );
    // The token is for this person on this call: nobody else's contribution, no other route.
    const other = (await (await cast.api('coordinator', 'GET', `/api/calls/${callId}/contributions`)).json()) as {
      contributions: { id: string; contributor: { email?: string } }[];
    };
    const eurodig = other.contributions.find((c) => c.id !== contribution.id)!;
    expect((await publicApi('GET', `${callId}/contributions/${eurodig.id}`, undefined, publicToken)).status).toBe(404);
    expect(other.contributions.map((c) => c.contributor.email)).toEqual(['contributor@demo.example', 'bia@example.br']);
  });

  it('takes public contributions to an invited call only on behalf of an invited organisation', async () => {
    const invited = async (organisations?: string[]) => {
      const response = await cast.api('coordinator', 'POST', `/api/documents/${documentId}/calls`, {
        title: 'Invited',
        pillars: [{ title: 'Access' }],
        opensAt: '2030-03-01T00:00:00Z',
        closesAt: '2030-05-01T00:00:00Z',
        participation: 'invited',
        ...(organisations ? { organisations } : {}),
      });
      expect(response.status, await response.clone().text()).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    const workspaceOnly = await invited();
    const refused = await publicApi('POST', `${workspaceOnly}/contributors`, { name: 'Bia', email: 'bia@example.br' });
    expect(await errorOf(refused)).toMatchObject({ status: 403, code: 'invited_only' });
    const listed = await invited(['EuroDIG']);
    expect((await publicApi('GET', listed)).status).toBe(200);
    expect((await publicApi('POST', `${listed}/contributors`, { name: 'Eva', email: 'eva@eurodig.org' })).status).toBe(
      202,
    );
    const confirmed = await publicApi('POST', `${listed}/contributors/confirm`, {
      email: 'eva@eurodig.org',
      code: await mailedCode('eva@eurodig.org'),
    });
    const token = ((await confirmed.json()) as { token: string }).token;
    const before = await stored();
    const body = { ...national, pillars: ['access'], paragraphs: ['Our view.'] };
    const notListed = await publicApi('POST', `${listed}/contributions`, body, token);
    expect(await errorOf(notListed)).toMatchObject({
      status: 403,
      code: 'not_invited',
      message: expect.stringMatching(/EuroDIG/),
    });
    expect(await stored()).toEqual(before);
    // The token is for that call alone.
    expect((await publicApi('POST', `${callId}/contributions`, body, token)).status).toBe(403);
    const ok = await publicApi('POST', `${listed}/contributions`, { ...body, organisation: 'eurodig' }, token);
    expect(ok.status, await ok.clone().text()).toBe(201);
  });

  it('refuses oversized and malformed files, saying what was wrong, and stores nothing', async () => {
    const before = await stored();
    const cases: [string, Uint8Array, number, RegExp][] = [
      ['big.txt', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61), 413, /over 5 MB/],
      ['random.docx', new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 251), 400, /not a DOCX file/],
      ['archive.docx', plainZip(), 400, /not a DOCX document/],
      ['scan.pdf', new TextEncoder().encode('%PDF-1.7'), 400, /not a DOCX, Markdown/],
    ];
    for (const [name, bytes, status, message] of cases) {
      const refused = await uploadPublic(callId, form(national, { name, bytes }), publicToken);
      expect(await errorOf(refused), name).toMatchObject({ status, message });
      if (status === 400)
        expect((await errorOf(await uploadPublic(callId, form(national, { name, bytes }), publicToken))).code).toBe(
          'import_failed',
        );
    }
    const huge = await uploadAs(
      'contributor',
      callId,
      form(national, { name: 'huge.txt', bytes: new Uint8Array(7 * 1024 * 1024).fill(0x61) }),
    );
    expect(huge.status).toBe(413);
    expect(await stored()).toEqual(before);
  });

  it('refuses contributions to an unknown call', async () => {
    const before = await stored();
    const unknown = await uploadPublic(
      'nosuchcall2345',
      form(national, { name: 'a.txt', bytes: new TextEncoder().encode('Hi') }),
      publicToken,
    );
    expect(await errorOf(unknown)).toMatchObject({ status: 404, code: 'not_found' });
    expect(
      (
        await cast.api('contributor', 'POST', '/api/calls/nosuchcall2345/contributions', {
          ...national,
          paragraphs: ['x'],
        })
      ).status,
    ).toBe(404);
    expect(await stored()).toEqual(before);
  });

  it('lists contributions for coordinators as JSON with filters and as formula-safe CSV, one row per paragraph', async () => {
    expect((await cast.api('member', 'GET', `/api/calls/${callId}/contributions`)).status).toBe(403);
    const filtered = (await (
      await cast.api('coordinator', 'GET', `/api/calls/${callId}/contributions?kind=national&country=br`)
    ).json()) as {
      contributions: { organisation: string }[];
    };
    expect(filtered.contributions.map((c) => c.organisation)).toEqual(['Brazil IGF']);
    const csv = await cast.api('secretariat', 'GET', `/api/calls/${callId}/contributions?format=csv&pillar=skills`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^contribution id,title,organisation,kind/);
    // EuroDIG's edit left it without pillars: only the Brazil IGF's five paragraphs.
    expect(lines).toHaveLength(1 + 5);
    expect(
      lines.some(
        (l) =>
          l.includes('"Read more at the forum (https://forumdainternet.cgi.br/)"') ||
          l.includes('Read more at the forum (https://forumdainternet.cgi.br/)'),
      ),
    ).toBe(true);
  });

  it('refuses contributions and edits after the deadline, naming it, and stores nothing', async () => {
    clock = new Date('2030-04-10T00:00:00Z');
    const before = await stored();
    const late = await uploadPublic(
      callId,
      form(national, { name: 'late.md', bytes: new TextEncoder().encode('# Late') }),
      publicToken,
    );
    expect(await errorOf(late)).toMatchObject({
      status: 409,
      code: 'call_closed',
      message: expect.stringMatching(/closed at April 10, 2030 at 00:00 UTC/),
    });
    const typed = await cast.api('contributor', 'POST', `/api/calls/${callId}/contributions`, {
      ...national,
      paragraphs: ['Late.'],
    });
    expect(await errorOf(typed)).toMatchObject({ status: 409, code: 'call_closed' });
    const mine = (await (await cast.api('coordinator', 'GET', `/api/calls/${callId}/contributions`)).json()) as {
      contributions: { id: string; organisation: string }[];
    };
    const eurodig = mine.contributions.find((c) => c.organisation === 'EuroDIG')!;
    const frozen = await cast.api('contributor', 'PUT', `/api/calls/${callId}/contributions/${eurodig.id}`, {
      ...national,
      paragraphs: ['Changed.'],
    });
    expect(await errorOf(frozen)).toMatchObject({
      status: 409,
      code: 'call_closed',
      message: expect.stringMatching(/frozen/),
    });
    expect(await stored()).toEqual(before);
  });
});
