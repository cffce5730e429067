import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../storage/sql/types.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { createLogger } from '../logger.js';
import { OutboxMailer, readOutbox } from '../mail/index.js';
import { SqlVersionStore } from '../versions/store.js';
import { RoundService } from './service.js';
import { SqlRoundStore } from './store.js';

let clock = new Date('2026-11-30T12:00:00Z');
const now = () => clock;
const blocks = [{ id: 'p1', type: 'paragraph', number: 1, text: 'One', segments: [], status: null }];
const ada = {
  name: 'Ada',
  email: 'ada@example.org',
  stakeholderGroup: 'civil-society',
  country: 'KE',
  affiliation: 'KICTANet',
  showOnly: 'name-and-group' as const,
};

async function setup(
  sql: SqlDatabase,
  extra: {
    participation?: 'anyone' | 'listed-organisations';
    organisations?: string[];
    moderation?: 'immediate' | 'after-moderation';
  } = {},
) {
  clock = new Date('2026-11-30T12:00:00Z');
  const { ana } = await seedTwoPeople(sql);
  await sql.run(
    "INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('v', 'd', 'Draft', 'D', ?, ?, ?, ?)",
    [new Uint8Array([0]), JSON.stringify(blocks), clock.toISOString(), ana],
  );
  const service = new RoundService({
    store: new SqlRoundStore(sql, { now }),
    versions: new SqlVersionStore(sql, { now }),
    mailer: new OutboxMailer(sql, createLogger('silent')),
    publicUrl: () => 'https://accord.example.org',
    now,
    limits: {
      registerPerIp: { perSecond: 0.001, burst: 3 },
      commentPerIp: { perSecond: 0.001, burst: 100 },
      commentPerParticipant: { perSecond: 0.001, burst: 2 },
    },
  });
  const round = await service.create('d', ana, {
    versionId: 'v',
    title: 'Round',
    introduction: '',
    opensAt: '2026-12-01T00:00:00Z',
    closesAt: '2026-12-10T00:00:00Z',
    participation: extra.participation ?? 'anyone',
    moderation: extra.moderation ?? 'immediate',
    ...(extra.organisations ? { organisations: extra.organisations } : {}),
  });
  return { service, round, ana };
}

describe.each(dialects)('RoundService on %s', (dialect) => {
  const t = testDatabase(dialect, 'rounds-service');
  /** Registers, opens the mailed link (from the outbox) in the same browser and answers its token. */
  const joined = (service: RoundService, roundId: string, body: typeof ada, ip: string) =>
    joinedOn(t.sql, service, roundId, body, ip);

  it('refuses writes before the opening and after the close, by the server clock', async () => {
    const { service, round } = await setup(t.sql);
    await expect(service.register(round.id, ada, '1.1.1.1')).rejects.toThrow(/opens at December 1, 2026 at 00:00 UTC/);
    clock = new Date('2026-12-02T00:00:00Z');
    const token = await joined(service, round.id, ada, '1.1.1.1');
    await service.comment(round.id, token, { kind: 'block', blockId: 'p1' }, 'Fine', '1.1.1.1');
    await expect(service.comment(round.id, token, { kind: 'block', blockId: 'nope' }, 'x', '1.1.1.1')).rejects.toThrow(
      /no such paragraph/,
    );
    clock = new Date('2026-12-10T00:00:00Z');
    await expect(service.comment(round.id, token, { kind: 'general' }, 'Late', '1.1.1.1')).rejects.toThrow(/closed/);
    await expect(service.react(round.id, token, 'p1', 'agree', '1.1.1.1')).rejects.toThrow(/closed/);
    expect((await service.published(round.id)).map((c) => c.text)).toEqual(['Fine']);
  });

  it('lets only listed organisations take part, and holds comments for moderation when asked', async () => {
    const { service, round, ana } = await setup(t.sql, {
      participation: 'listed-organisations',
      organisations: ['KICTANet'],
      moderation: 'after-moderation',
    });
    clock = new Date('2026-12-02T00:00:00Z');
    await expect(
      service.register(round.id, { ...ada, email: 'x@example.org', affiliation: 'Other' }, '1.1.1.1'),
    ).rejects.toThrow(/listed/);
    const token = await joined(service, round.id, { ...ada, affiliation: 'kictanet' }, '1.1.1.1');
    const c = await service.comment(round.id, token, { kind: 'general' }, 'Held', '1.1.1.1');
    expect(await service.published(round.id)).toEqual([]);
    await service.moderate(round.id, c.id, ana, { kind: 'restore' });
    expect((await service.published(round.id)).map((x) => x.text)).toEqual(['Held']);
  });

  it('refuses a passage quote that is not the frozen text, and moderation once the report is published', async () => {
    const { service, round, ana } = await setup(t.sql);
    clock = new Date('2026-12-02T00:00:00Z');
    const token = await joined(service, round.id, ada, '6.6.6.6');
    await expect(
      service.comment(
        round.id,
        token,
        { kind: 'passage', blockId: 'p1', start: 0, end: 3, quote: 'Two' },
        'x',
        '6.6.6.6',
      ),
    ).rejects.toMatchObject({ status: 400, code: 'quote_mismatch' });
    await expect(
      service.comment(
        round.id,
        token,
        { kind: 'passage', blockId: 'p1', start: 1, end: 4, quote: 'ne.' },
        'x',
        '6.6.6.6',
      ),
    ).rejects.toMatchObject({ status: 400, code: 'passage_out_of_range' });
    // Refusals count against the participant's limit too: a second participant posts the good one.
    const other = await joined(service, round.id, { ...ada, email: 'other@example.org' }, '6.6.6.6');
    const c = await service.comment(
      round.id,
      other,
      { kind: 'passage', blockId: 'p1', start: 1, end: 3, quote: 'ne' },
      'On "ne"',
      '6.6.6.6',
    );
    expect(c.status).toBe('published');
    await t.sql.run(
      'INSERT INTO round_revisions (round_id, version_id, published_at, published_by) VALUES (?, ?, ?, ?)',
      [round.id, 'v', clock.toISOString(), ana],
    );
    await expect(service.moderate(round.id, c.id, ana, { kind: 'hide', reason: 'late' })).rejects.toThrow(
      expect.objectContaining({ status: 409, code: 'already_published' }),
    );
  });

  it('answers 429 past the registration and comment limits, and 409 for a clashing round', async () => {
    const { service, round, ana } = await setup(t.sql);
    clock = new Date('2026-12-02T00:00:00Z');
    const token = await joined(service, round.id, ada, '2.2.2.2');
    await service.register(round.id, { ...ada, email: 'b@example.org' }, '2.2.2.2');
    await service.register(round.id, { ...ada, email: 'c@example.org' }, '2.2.2.2');
    await expect(service.register(round.id, { ...ada, email: 'd@example.org' }, '2.2.2.2')).rejects.toMatchObject({
      status: 429,
    });
    await service.comment(round.id, token, { kind: 'general' }, '1', '3.3.3.3');
    await service.comment(round.id, token, { kind: 'general' }, '2', '4.4.4.4');
    await expect(service.comment(round.id, token, { kind: 'general' }, '3', '5.5.5.5')).rejects.toMatchObject({
      status: 429,
    });
    await expect(
      service.create('d', ana, {
        versionId: 'v',
        title: 'Again',
        introduction: '',
        opensAt: '2026-12-05T00:00:00Z',
        closesAt: '2026-12-20T00:00:00Z',
        participation: 'anyone',
        moderation: 'immediate',
      }),
    ).rejects.toMatchObject({ status: 409 });
  });
});

async function joinedOn(
  sql: SqlDatabase,
  service: RoundService,
  roundId: string,
  body: typeof ada,
  ip: string,
): Promise<string> {
  const { token } = await service.register(roundId, body, ip);
  const mail = (await readOutbox(sql)).filter((m) => m.to === body.email).at(-1)!;
  expect(mail.text).toContain(`https://accord.example.org/consult/${roundId}?confirm=`);
  const code = /confirm=([\w-]+)/.exec(mail.text)![1]!;
  return (await service.confirm(roundId, code, token)).token;
}
