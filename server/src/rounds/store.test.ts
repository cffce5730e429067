import { describe, expect, it } from 'vitest';
import { seedTwoPeople, tempDatabase } from '../storage/sqlite/testing.js';
import { hashToken, SqliteRoundStore, type NewRound } from './store.js';

const t = tempDatabase('rounds-store');
let clock = new Date('2026-11-30T12:00:00Z');
const now = () => clock;

async function setup() {
  clock = new Date('2026-11-30T12:00:00Z');
  const { ana } = await seedTwoPeople(t.db);
  t.db
    .prepare("INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('v', 'd', 'Draft', 'D', x'00', '[]', ?, ?)")
    .run(clock.toISOString(), ana);
  const store = new SqliteRoundStore(t.db, { now });
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

const ada = { name: 'Ada', email: 'ada@example.org', stakeholderGroup: 'civil-society', country: 'KE', affiliation: 'KICTANet', showOnly: 'name-and-group' as const };
const mail = (p: { email: string }, token: string) => ({ to: p.email, subject: 'Confirm', body: `token ${token.length}` });

describe('SqliteRoundStore', () => {
  it('stores times in UTC and derives the state from the clock, with an early close', async () => {
    const { store, ana, base } = await setup();
    const round = store.create(base);
    if (round === 'clash') throw new Error('unexpected clash');
    expect(round).toMatchObject({ opensAt: '2026-12-01T08:00:00.000Z', state: 'scheduled' });
    clock = new Date('2026-12-01T08:00:00Z');
    expect(store.get(round.id)?.state).toBe('open');
    clock = new Date('2026-12-02T08:00:00Z');
    expect(store.close(round.id, ana)?.state).toBe('closed');
    expect(store.list('d').map((r) => r.id)).toEqual([round.id]);
  });

  it('refuses a round overlapping an open or scheduled one, but not after a close', async () => {
    const { store, ana, base } = await setup();
    const first = store.create(base);
    if (first === 'clash') throw new Error('unexpected clash');
    expect(store.create({ ...base, opensAt: '2026-12-10T00:00:00Z', closesAt: '2026-12-20T00:00:00Z' })).toBe('clash');
    expect(store.create({ ...base, opensAt: '2026-12-16T00:00:00Z', closesAt: '2026-12-20T00:00:00Z' })).not.toBe('clash');
    store.close(first.id, ana);
    expect(store.create({ ...base, opensAt: '2026-11-30T12:00:00Z', closesAt: '2026-12-05T00:00:00Z' })).not.toBe('clash');
  });

  it('keeps only the token hash, queues the confirmation mail and refuses a second registration per email', async () => {
    const { store, base } = await setup();
    const round = store.create(base);
    if (round === 'clash') throw new Error('unexpected clash');
    const reg = store.register({ roundId: round.id, ...ada }, mail);
    if (reg === 'taken') throw new Error('unexpected taken');
    expect(t.db.prepare('SELECT token_hash FROM participants').get()).toEqual({ token_hash: hashToken(reg.token) });
    expect(JSON.stringify(t.db.prepare('SELECT * FROM participants').all())).not.toContain(reg.token);
    expect(store.participantByToken(round.id, reg.token)?.id).toBe(reg.participant.id);
    expect(store.participantByToken(round.id, 'nope')).toBeUndefined();
    expect(store.outbox()).toEqual([expect.objectContaining({ to: 'ada@example.org', subject: 'Confirm' })]);
    expect(store.register({ roundId: round.id, ...ada }, mail)).toBe('taken');
  });

  it('publishes only published comments, shows authors as they chose, and moderates through events', async () => {
    const { store, ana, base } = await setup();
    const round = store.create(base);
    if (round === 'clash') throw new Error('unexpected clash');
    const a = store.register({ roundId: round.id, ...ada }, mail);
    const b = store.register({ roundId: round.id, ...ada, email: 'bo@example.org', name: 'Bo', showOnly: 'group-only' }, mail);
    if (a === 'taken' || b === 'taken') throw new Error('unexpected taken');
    const c1 = store.addComment(a.participant, { kind: 'block', blockId: 'p3' }, '<script>x</script>', 'published');
    const c2 = store.addComment(b.participant, { kind: 'general' }, 'Pending one', 'pending');
    expect(store.published(round.id).map((c) => c.text)).toEqual(['<script>x</script>']);
    store.hide(round.id, c1.id, ana, 'off topic');
    expect(store.published(round.id)).toEqual([]);
    expect(store.comment(round.id, c1.id)).toMatchObject({ status: 'hidden', hiddenReason: 'off topic' });
    store.restore(round.id, c2.id, ana);
    expect(store.published(round.id)).toEqual([expect.objectContaining({ id: c2.id, author: { stakeholderGroup: 'civil-society' } })]);
    store.flag(round.id, c2.id, ana, 'check');
    expect(store.comment(round.id, c2.id)).toMatchObject({ status: 'published', flagged: true });
    const actions = (t.db.prepare('SELECT action FROM round_events ORDER BY seq').all() as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(['open', 'register', 'register', 'comment', 'comment', 'hide', 'restore', 'flag']);
  });

  it('keeps one reaction per participant and paragraph', async () => {
    const { store, base } = await setup();
    const round = store.create(base);
    if (round === 'clash') throw new Error('unexpected clash');
    const a = store.register({ roundId: round.id, ...ada }, mail);
    if (a === 'taken') throw new Error('unexpected taken');
    store.react(a.participant, 'p1', 'agree');
    store.react(a.participant, 'p1', 'disagree');
    expect(store.reactions(round.id)).toEqual({ p1: { agree: 0, disagree: 1 } });
  });
});
