import { describe, expect, it } from 'vitest';
import { seedTwoPeople, tempDatabase } from '../storage/sqlite/testing.js';
import { SqliteVersionStore } from '../versions/store.js';
import { RoundService } from './service.js';
import { SqliteRoundStore } from './store.js';

const t = tempDatabase('rounds-service');
let clock = new Date('2026-11-30T12:00:00Z');
const now = () => clock;
const blocks = [{ id: 'p1', type: 'paragraph', number: 1, text: 'One', segments: [], status: null }];
const ada = { name: 'Ada', email: 'ada@example.org', stakeholderGroup: 'civil-society', country: 'KE', affiliation: 'KICTANet', showOnly: 'name-and-group' as const };

async function setup(extra: { participation?: 'anyone' | 'listed-organisations'; organisations?: string[]; moderation?: 'immediate' | 'after-moderation' } = {}) {
  clock = new Date('2026-11-30T12:00:00Z');
  const { ana } = await seedTwoPeople(t.db);
  t.db
    .prepare("INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('v', 'd', 'Draft', 'D', x'00', ?, ?, ?)")
    .run(JSON.stringify(blocks), clock.toISOString(), ana);
  const service = new RoundService({
    store: new SqliteRoundStore(t.db, { now }),
    versions: new SqliteVersionStore(t.db, { now }),
    now,
    limits: { registerPerIp: { perSecond: 0.001, burst: 3 }, commentPerIp: { perSecond: 0.001, burst: 100 }, commentPerParticipant: { perSecond: 0.001, burst: 2 } },
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

describe('RoundService', () => {
  it('refuses writes before the opening and after the close, by the server clock', async () => {
    const { service, round } = await setup();
    expect(() => service.register(round.id, ada, '1.1.1.1')).toThrow(/opens at 2026-12-01T00:00:00.000Z/);
    clock = new Date('2026-12-02T00:00:00Z');
    const { token } = service.register(round.id, ada, '1.1.1.1');
    await service.comment(round.id, token, { kind: 'block', blockId: 'p1' }, 'Fine', '1.1.1.1');
    await expect(service.comment(round.id, token, { kind: 'block', blockId: 'nope' }, 'x', '1.1.1.1')).rejects.toThrow(/no such paragraph/);
    clock = new Date('2026-12-10T00:00:00Z');
    await expect(service.comment(round.id, token, { kind: 'general' }, 'Late', '1.1.1.1')).rejects.toThrow(/closed/);
    await expect(service.react(round.id, token, 'p1', 'agree', '1.1.1.1')).rejects.toThrow(/closed/);
    expect(service.published(round.id).map((c) => c.text)).toEqual(['Fine']);
  });

  it('lets only listed organisations take part, and holds comments for moderation when asked', async () => {
    const { service, round, ana } = await setup({ participation: 'listed-organisations', organisations: ['KICTANet'], moderation: 'after-moderation' });
    clock = new Date('2026-12-02T00:00:00Z');
    expect(() => service.register(round.id, { ...ada, email: 'x@example.org', affiliation: 'Other' }, '1.1.1.1')).toThrow(/listed/);
    const { token } = service.register(round.id, { ...ada, affiliation: 'kictanet' }, '1.1.1.1');
    const c = await service.comment(round.id, token, { kind: 'general' }, 'Held', '1.1.1.1');
    expect(service.published(round.id)).toEqual([]);
    service.moderate(round.id, c.id, ana, { kind: 'restore' });
    expect(service.published(round.id).map((x) => x.text)).toEqual(['Held']);
  });

  it('answers 429 past the registration and comment limits, and 409 for a clashing round', async () => {
    const { service, round, ana } = await setup();
    clock = new Date('2026-12-02T00:00:00Z');
    const { token } = service.register(round.id, ada, '2.2.2.2');
    service.register(round.id, { ...ada, email: 'b@example.org' }, '2.2.2.2');
    service.register(round.id, { ...ada, email: 'c@example.org' }, '2.2.2.2');
    expect(() => service.register(round.id, { ...ada, email: 'd@example.org' }, '2.2.2.2')).toThrow(expect.objectContaining({ status: 429 }));
    await service.comment(round.id, token, { kind: 'general' }, '1', '3.3.3.3');
    await service.comment(round.id, token, { kind: 'general' }, '2', '4.4.4.4');
    await expect(service.comment(round.id, token, { kind: 'general' }, '3', '5.5.5.5')).rejects.toMatchObject({ status: 429 });
    await expect(
      service.create('d', ana, { versionId: 'v', title: 'Again', introduction: '', opensAt: '2026-12-05T00:00:00Z', closesAt: '2026-12-20T00:00:00Z', participation: 'anyone', moderation: 'immediate' }),
    ).rejects.toMatchObject({ status: 409 });
  });
});
