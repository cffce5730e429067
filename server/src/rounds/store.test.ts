import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../storage/sql/types.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { hashToken, SqlRoundStore, type NewParticipant, type NewRound, type ParticipantSession } from './store.js';

let clock = new Date('2026-11-30T12:00:00Z');
const now = () => clock;

async function setup(sql: SqlDatabase) {
  clock = new Date('2026-11-30T12:00:00Z');
  const { ana } = await seedTwoPeople(sql);
  await sql.run(
    "INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('v', 'd', 'Draft', 'D', ?, '[]', ?, ?)",
    [new Uint8Array([0]), clock.toISOString(), ana],
  );
  const store = new SqlRoundStore(sql, { now });
  const base: NewRound = {
    documentId: 'd',
    versionId: 'v',
    title: 'Round',
    introduction: '',
    opensAt: '2026-12-01T09:00:00+01:00',
    closesAt: '2026-12-15T17:00:00Z',
    participation: 'anyone',
    organisations: [],
    moderation: 'immediate',
    createdBy: ana,
  };
  return { store, ana, base };
}

const ada = {
  name: 'Ada',
  email: 'ada@example.org',
  stakeholderGroup: 'civil-society',
  country: 'KE',
  affiliation: 'KICTANet',
  showOnly: 'name-and-group' as const,
};

describe.each(dialects)('SqlRoundStore on %s', (dialect) => {
  const t = testDatabase(dialect, 'rounds-store');

  it('stores times in UTC and derives the state from the clock, with an early close', async () => {
    const { store, ana, base } = await setup(t.sql);
    const round = await store.create(base);
    if (round === 'clash') throw new Error('unexpected clash');
    expect(round).toMatchObject({ opensAt: '2026-12-01T08:00:00.000Z', state: 'scheduled' });
    clock = new Date('2026-12-01T08:00:00Z');
    expect((await store.get(round.id))?.state).toBe('open');
    clock = new Date('2026-12-02T08:00:00Z');
    expect((await store.close(round.id, ana))?.state).toBe('closed');
    expect((await store.list('d')).map((r) => r.id)).toEqual([round.id]);
  });

  it('refuses a round overlapping an open or scheduled one, but not after a close', async () => {
    const { store, ana, base } = await setup(t.sql);
    const first = await store.create(base);
    if (first === 'clash') throw new Error('unexpected clash');
    expect(await store.create({ ...base, opensAt: '2026-12-10T00:00:00Z', closesAt: '2026-12-20T00:00:00Z' })).toBe(
      'clash',
    );
    expect(await store.create({ ...base, opensAt: '2026-12-16T00:00:00Z', closesAt: '2026-12-20T00:00:00Z' })).not.toBe(
      'clash',
    );
    await store.close(first.id, ana);
    expect(await store.create({ ...base, opensAt: '2026-11-30T12:00:00Z', closesAt: '2026-12-05T00:00:00Z' })).not.toBe(
      'clash',
    );
  });

  it('keeps only hashes, answers a repeat registration with a new session of the same participant, and confirms once', async () => {
    const { store, base } = await setup(t.sql);
    const round = await store.create(base);
    if (round === 'clash') throw new Error('unexpected clash');
    const first = await store.participants.register({ roundId: round.id, ...ada });
    const again = await store.participants.register({ roundId: round.id, ...ada, name: 'Not Ada' });
    expect([first.firstTime, again.firstTime]).toEqual([true, false]);
    expect(again.session.participant.id).toBe(first.session.participant.id);
    expect(again.session.id).not.toBe(first.session.id);
    expect(again.session.participant.name).toBe('Ada');
    const everything = JSON.stringify([
      await t.sql.all('SELECT * FROM participants'),
      await t.sql.all('SELECT * FROM participant_sessions'),
      await t.sql.all('SELECT * FROM participant_confirmations'),
    ]);
    for (const secret of [first.token, first.code, again.token, again.code]) expect(everything).not.toContain(secret);
    expect(await t.sql.get('SELECT token_hash FROM participant_sessions WHERE id = ?', [first.session.id])).toEqual({
      token_hash: hashToken(first.token),
    });
    expect(await store.participants.session(round.id, first.token)).toMatchObject({
      id: first.session.id,
      confirmed: false,
    });
    expect(await store.participants.session(round.id, 'nope')).toBeUndefined();
    const done = await store.participants.confirm(round.id, first.code, first.token);
    if (typeof done === 'string') throw new Error(done);
    expect(done.token).toBe(first.token);
    expect((await store.participants.session(round.id, first.token))?.confirmed).toBe(true);
    expect((await store.participants.session(round.id, again.token))?.confirmed).toBe(false);
    expect(await store.participants.confirm(round.id, first.code, undefined)).toBe('invalid');
    clock = new Date(clock.getTime() + 49 * 3600 * 1000);
    expect(await store.participants.confirm(round.id, again.code, undefined)).toBe('expired');
  });

  it('publishes only published comments, shows authors as they chose, and moderates through events', async () => {
    const { store, ana, base } = await setup(t.sql);
    const round = await store.create(base);
    if (round === 'clash') throw new Error('unexpected clash');
    const a = await confirmed(store, round.id, ada);
    const b = await confirmed(store, round.id, { ...ada, email: 'bo@example.org', name: 'Bo', showOnly: 'group-only' });
    const c1 = await store.addComment(a, { kind: 'block', blockId: 'p3' }, '<script>x</script>', 'published');
    const c2 = await store.addComment(b, { kind: 'general' }, 'Pending one', 'pending');
    expect((await store.published(round.id)).map((c) => c.text)).toEqual(['<script>x</script>']);
    await store.hide(round.id, c1.id, ana, 'off topic');
    expect(await store.published(round.id)).toEqual([]);
    expect(await store.comment(round.id, c1.id)).toMatchObject({ status: 'hidden', hiddenReason: 'off topic' });
    await store.restore(round.id, c2.id, ana);
    expect(await store.published(round.id)).toEqual([
      expect.objectContaining({ id: c2.id, author: { stakeholderGroup: 'civil-society' } }),
    ]);
    await store.flag(round.id, c2.id, ana, 'check');
    expect(await store.comment(round.id, c2.id)).toMatchObject({ status: 'published', flagged: true });
    const actions = (await t.sql.all<{ action: string }>('SELECT action FROM round_events ORDER BY seq')).map(
      (e) => e.action,
    );
    expect(actions).toEqual(['open', 'register', 'register', 'comment', 'comment', 'hide', 'restore', 'flag']);
  });

  it("holds an unconfirmed session's comments and reactions until its link is opened", async () => {
    const { store, base } = await setup(t.sql);
    const round = await store.create(base);
    if (round === 'clash') throw new Error('unexpected clash');
    const reg = await store.participants.register({ roundId: round.id, ...ada });
    expect((await store.addComment(reg.session, { kind: 'general' }, 'Held', 'published')).status).toBe(
      'awaiting-confirmation',
    );
    await store.participants.react(reg.session, 'p1', 'agree');
    expect(await store.published(round.id)).toEqual([]);
    expect(await store.all(round.id)).toEqual([]);
    expect(await store.reactions(round.id)).toEqual({});
    expect(await store.participants.reactionsOf(reg.session)).toEqual({ p1: 'agree' });
    await expect(t.sql.run("UPDATE public_comments SET held_by = 'x'")).rejects.toThrow(/released, not held again/);
    await store.participants.confirm(round.id, reg.code, undefined);
    expect((await store.published(round.id)).map((c) => c.text)).toEqual(['Held']);
    expect(await store.reactions(round.id)).toEqual({ p1: { agree: 1, disagree: 0 } });
  });

  it('keeps one reaction per participant and paragraph', async () => {
    const { store, base } = await setup(t.sql);
    const round = await store.create(base);
    if (round === 'clash') throw new Error('unexpected clash');
    const a = await confirmed(store, round.id, ada);
    await store.participants.react(a, 'p1', 'agree');
    await store.participants.react(a, 'p1', 'disagree');
    expect(await store.reactions(round.id)).toEqual({ p1: { agree: 0, disagree: 1 } });
  });

  it('lists comments written in the same millisecond in the order they were written', async () => {
    const { store, base } = await setup(t.sql);
    const round = await store.create(base);
    if (round === 'clash') throw new Error('unexpected clash');
    const a = await confirmed(store, round.id, ada);
    const written: string[] = [];
    for (let i = 0; i < 8; i++)
      written.push((await store.addComment(a, { kind: 'general' }, `Comment ${i}`, 'published')).id);
    expect((await store.published(round.id)).map((c) => c.id)).toEqual(written);
    expect(await store.publishedIdsOf(round.id, a.participant.id)).toEqual(written);
    expect((await store.all(round.id)).map((c) => c.id)).toEqual(written);
  });

  it('opens one of two clashing rounds asked for at once, and records one of two closes', async () => {
    const { store, ana, base } = await setup(t.sql);
    const both = await Promise.all([store.create(base), store.create(base)]);
    expect(both.filter((r) => r === 'clash')).toHaveLength(1);
    const round = both.find((r) => r !== 'clash')!;
    clock = new Date('2026-12-02T08:00:00Z');
    await Promise.all([store.close(round.id, ana), store.close(round.id, ana)]);
    const closes = await t.sql.all("SELECT seq FROM round_events WHERE round_id = ? AND action = 'close'", [round.id]);
    expect(closes).toHaveLength(1);
  });

  it('makes one participant of two first registrations of an email at once, and confirms a code once when opened twice', async () => {
    const { store, base } = await setup(t.sql);
    const round = await store.create(base);
    if (round === 'clash') throw new Error('unexpected clash');
    const [one, two] = await Promise.all([
      store.participants.register({ roundId: round.id, ...ada }),
      store.participants.register({ roundId: round.id, ...ada }),
    ]);
    expect(one.session.participant.id).toBe(two.session.participant.id);
    expect([one.firstTime, two.firstTime].sort()).toEqual([false, true]);
    const opened = await Promise.all([
      store.participants.confirm(round.id, one.code, undefined),
      store.participants.confirm(round.id, one.code, undefined),
    ]);
    expect(opened.filter((o) => o === 'invalid')).toHaveLength(1);
    expect(await t.sql.all('SELECT token_hash FROM participant_sessions WHERE confirmed_at IS NOT NULL')).toHaveLength(
      2,
    );
  });
});

/** Registers and confirms in the same browser; answers the confirmed session. */
async function confirmed(
  store: SqlRoundStore,
  roundId: string,
  person: Omit<NewParticipant, 'roundId'>,
): Promise<ParticipantSession> {
  const reg = await store.participants.register({ roundId, ...person });
  const done = await store.participants.confirm(roundId, reg.code, reg.token);
  if (typeof done === 'string') throw new Error(done);
  return done.session;
}
