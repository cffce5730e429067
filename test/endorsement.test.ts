/**
 * Endorsement by silence procedure end to end (issue 14), on the server's clock moved by the
 * test: a coordinator puts a saved version of the Policy Menus to the workspace and the members
 * are mailed; with no objection by the deadline the version is endorsed, stamped in its exports
 * and API, and public; a member's objection makes it not endorsed, lists the objection in the
 * register of differences and keeps the version unpublished; an objection after the deadline
 * is refused naming it; a contributor or an observer cannot break silence.
 */
import { readOutbox } from '@accord/server';
import { SilenceProcedure } from '@accord/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castOf, type Cast } from './helpers/cast.js';
import { inProcessAccord, type InProcessAccord } from './helpers/in-process.js';

const DOC = 'policy-menus-cnb';
const HOUR = 3_600_000;

let server: InProcessAccord;
let cast: Cast;
let clock = new Date();
const later = (ms: number): string => new Date(clock.getTime() + ms).toISOString();

async function json<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

/** A saved version of the Policy Menus; its id. */
async function saveVersion(name: string): Promise<string> {
  return (
    await json<{ id: string }>(await cast.api('coordinator', 'POST', `/api/documents/${DOC}/versions`, { name }), 201)
  ).id;
}

const start = (versionId: string, deadline: string) =>
  cast.api('coordinator', 'POST', `/api/documents/${DOC}/endorsements`, { versionId, deadline });

beforeAll(async () => {
  server = await inProcessAccord({}, { now: () => clock });
  cast = await castOf(server);
  // A call, one contribution, one compiled paragraph citing it (slices A and B).
  const call = await json<{ id: string }>(
    await cast.api('coordinator', 'POST', `/api/documents/${DOC}/calls`, {
      title: 'Policy Menus: contributions',
      pillars: [{ title: 'Access', question: 'What connects the next billion?' }],
      opensAt: later(-HOUR),
      closesAt: later(100 * 24 * HOUR),
      participation: 'invited',
    }),
    201,
  );
  const contribution = await json<{ id: string }>(
    await cast.api('contributor', 'POST', `/api/calls/${call.id}/contributions`, {
      title: 'From Brazil',
      organisation: 'Brazil IGF',
      kind: 'national',
      country: 'BR',
      pillars: ['access'],
      paragraphs: ['Community networks need spectrum.'],
    }),
    201,
  );
  await json(
    await cast.api('coordinator', 'POST', `/api/documents/${DOC}/compilation/insert`, {
      contributionId: contribution.id,
      paragraphs: [0],
      afterBlockId: null,
    }),
    201,
  );
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('a silence procedure nobody breaks', () => {
  let versionId: string;
  let procedure: SilenceProcedure;

  it('starts on a saved version, running until the deadline, and mails the members who may break silence', async () => {
    versionId = await saveVersion('Draft for endorsement');
    const before = (await readOutbox(server.accord.sql)).length;
    procedure = SilenceProcedure.parse(await json(await start(versionId, later(HOUR)), 201));
    expect(procedure).toMatchObject({
      versionId,
      state: 'running',
      objections: [],
      versionName: 'Draft for endorsement',
    });
    const mailed = (await readOutbox(server.accord.sql)).slice(before).map((m) => m.to);
    expect(mailed).toContain('member@demo.example');
    expect(mailed).toContain('coordinator@demo.example');
    expect(mailed).not.toContain('observer@demo.example');
    expect(mailed).not.toContain('contributor@demo.example');
  });

  it('refuses a second procedure on the same version while one runs, and a deadline in the past', async () => {
    expect((await json<{ error: { code: string } }>(await start(versionId, later(2 * HOUR)), 409)).error.code).toBe(
      'silence_running',
    );
    const other = await saveVersion('Another draft');
    expect((await json<{ error: { code: string } }>(await start(other, later(-1)), 400)).error.code).toBe(
      'deadline_passed',
    );
  });

  it('lets neither a contributor nor an observer break silence', async () => {
    for (const who of ['contributor', 'observer'] as const) {
      const res = await cast.api(who, 'POST', `/api/endorsements/${procedure.id}/objections`, { reason: 'No.' });
      expect(res.status, who).toBe(403);
    }
    expect(
      SilenceProcedure.parse(await json(await cast.api('member', 'GET', `/api/endorsements/${procedure.id}`), 200))
        .objections,
    ).toEqual([]);
  });

  it('is not public while it runs', async () => {
    expect((await fetch(`${server.url}/api/public/versions/${versionId}`)).status).toBe(404);
  });

  it('endorses the version at the deadline: stamped in its API and exports, and public', async () => {
    clock = new Date(clock.getTime() + 2 * HOUR);
    const read = SilenceProcedure.parse(
      await json(await cast.api('member', 'GET', `/api/endorsements/${procedure.id}`), 200),
    );
    expect(read).toMatchObject({ state: 'endorsed', publicPath: `/published/${versionId}` });
    const version = await json<{ endorsement?: { endorsedAt: string } }>(
      await cast.api('observer', 'GET', `/api/documents/${DOC}/versions/${versionId}`),
      200,
    );
    expect(version.endorsement?.endorsedAt).toBe(procedure.deadline);
    const md = await (
      await cast.api('observer', 'GET', `/api/documents/${DOC}/versions/${versionId}/content?format=markdown`)
    ).text();
    expect(md).toContain('**Endorsed by silence procedure on ');
    expect(md).toMatch(/\[\^1\]: Sources: Brazil IGF/);

    const res = await fetch(`${server.url}/api/public/versions/${versionId}`);
    const published = await json<{
      endorsement: { text: string };
      paragraphs: { label: string | null; text: string; sources: { organisation: string }[] }[];
      annex: { organisation: string; kind: string }[];
    }>(res, 200);
    expect(published.endorsement.text).toMatch(/^Endorsed by silence procedure on /);
    const cited = published.paragraphs.find((p) => p.text === 'Community networks need spectrum.');
    expect(cited?.sources.map((s) => s.organisation)).toEqual(['Brazil IGF']);
    expect(published.paragraphs.some((p) => p.label !== null)).toBe(true);
    expect(published.annex).toEqual([expect.objectContaining({ organisation: 'Brazil IGF', kind: 'national' })]);
  });

  it('records the outcome once, audited', async () => {
    await cast.api('member', 'GET', `/api/documents/${DOC}/endorsements`);
    const rows = await server.accord.sql.all<{ n: number }>(
      'SELECT COUNT(*) AS n FROM silence_outcomes WHERE procedure_id = ?',
      [procedure.id],
    );
    expect(Number(rows[0]!.n)).toBe(1);
    const audited = await server.accord.sql.all<{ detail: string }>(
      "SELECT detail FROM audit_log WHERE action = 'endorsement.outcome'",
    );
    expect(audited.filter((a) => a.detail.includes(procedure.id))).toHaveLength(1);
    expect((await start(versionId, later(HOUR))).status).toBe(409);
  });
});

describe('a silence procedure a member breaks', () => {
  let versionId: string;
  let procedure: SilenceProcedure;

  it('takes a member’s objection before the deadline', async () => {
    versionId = await saveVersion('Draft two');
    procedure = SilenceProcedure.parse(await json(await start(versionId, later(HOUR)), 201));
    const objected = SilenceProcedure.parse(
      await json(
        await cast.api('member', 'POST', `/api/endorsements/${procedure.id}/objections`, {
          reason: 'Paragraph 3 overstates <spectrum> needs',
        }),
        201,
      ),
    );
    expect(objected.state).toBe('running');
    expect(objected.objections.map((o) => o.reason)).toEqual(['Paragraph 3 overstates <spectrum> needs']);
  });

  it('refuses an objection after the deadline, naming it', async () => {
    clock = new Date(clock.getTime() + 2 * HOUR);
    const refused = await json<{ error: { code: string; message: string } }>(
      await cast.api('member2', 'POST', `/api/endorsements/${procedure.id}/objections`, { reason: 'Late.' }),
      409,
    );
    expect(refused.error.code).toBe('silence_ended');
    expect(refused.error.message).toMatch(/ended on \w+ \d+, \d{4} at \d\d:\d\d UTC/);
  });

  it('is not endorsed: the objection is in the register, and the version is not public', async () => {
    const read = SilenceProcedure.parse(
      await json(await cast.api('member', 'GET', `/api/endorsements/${procedure.id}`), 200),
    );
    expect(read.state).toBe('not-endorsed');
    expect(read.objections).toHaveLength(1);
    expect(read.publicPath).toBeUndefined();
    const register = await (await cast.api('observer', 'GET', `/api/documents/${DOC}/register?format=markdown`)).text();
    expect(register).toContain('## Silence broken');
    expect(register).toMatch(/- Broke silence: Paragraph 3 overstates \\<spectrum\\> needs — [^,]+, [^,]+, /);
    expect(register).toContain('Version “Draft two”');

    const unpublished = await fetch(`${server.url}/api/public/versions/${versionId}`);
    const unknownId = `x${versionId.slice(1)}`;
    const unknown = await fetch(`${server.url}/api/public/versions/${unknownId}`);
    expect(unpublished.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect((await unpublished.text()).replaceAll(versionId, 'ID')).toBe(
      (await unknown.text()).replaceAll(unknownId, 'ID'),
    );
    const version = await json<{ endorsement?: unknown }>(
      await cast.api('observer', 'GET', `/api/documents/${DOC}/versions/${versionId}`),
      200,
    );
    expect(version.endorsement).toBeUndefined();
  });
});
