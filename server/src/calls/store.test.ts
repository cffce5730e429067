import { beforeEach, describe, expect, it } from 'vitest';
import { isRefusedByTrigger } from '../storage/sql/types.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { callState, type ContributionFields, SqlCallStore } from './store.js';

const fields = (over: Partial<ContributionFields> = {}): ContributionFields => ({
  title: 'Brazil IGF messages',
  organisation: 'Brazil IGF',
  kind: 'national',
  country: 'BR',
  group: null,
  pillars: ['access'],
  paragraphs: ['First.', 'Second.'],
  source: 'typed',
  ...over,
});

describe('callState', () => {
  const call = { opensAt: '2030-01-01T00:00:00.000Z', closesAt: '2030-01-10T00:00:00.000Z' };
  it('is scheduled before the opening, open until the closing time, closed from it', () => {
    expect(callState(call, new Date('2029-12-31T23:59:59Z'))).toBe('scheduled');
    expect(callState(call, new Date('2030-01-01T00:00:00Z'))).toBe('open');
    expect(callState(call, new Date('2030-01-09T23:59:59Z'))).toBe('open');
    expect(callState(call, new Date('2030-01-10T00:00:00Z'))).toBe('closed');
  });
});

describe.each(dialects)('on %s', (dialect) => {
  const t = testDatabase(dialect, 'calls');
  let store: SqlCallStore;
  let clock: Date;

  beforeEach(async () => {
    await seedTwoPeople(t.sql);
    clock = new Date('2030-01-05T00:00:00Z');
    store = new SqlCallStore(t.sql, { now: () => clock });
  });

  const newCall = () =>
    store.create({
      documentId: 'd',
      title: 'Policy Menus',
      introduction: 'Tell us',
      pillars: [{ id: 'access', title: 'Access', question: 'How?' }],
      opensAt: '2030-01-01T00:00:00Z',
      closesAt: '2030-01-10T00:00:00Z',
      participation: 'invited',
      organisations: ['Brazil IGF'],
      createdBy: 'pAna',
    });

  it('creates calls with their state by the clock and lists them by document', async () => {
    const call = await newCall();
    expect(call).toMatchObject({
      documentId: 'd',
      state: 'open',
      opensAt: '2030-01-01T00:00:00.000Z',
      organisations: ['Brazil IGF'],
      publicPath: `/contribute/${call.id}`,
    });
    clock = new Date('2030-02-01T00:00:00Z');
    expect((await store.callsOfDocument('d')).map((c) => [c.id, c.state])).toEqual([[call.id, 'closed']]);
    expect(await store.call('nope')).toBeUndefined();
  });

  it('stores contributions by people and contributors, edits them and keeps every version in the history', async () => {
    const call = await newCall();
    const person = { kind: 'person', id: 'pAna', name: 'Ana', email: 'ana@example.org' } as const;
    const first = await store.submit(call.id, person, fields());
    expect(first).toMatchObject({
      callId: call.id,
      paragraphs: [
        { index: 0, text: 'First.' },
        { index: 1, text: 'Second.' },
      ],
      contributor: { name: 'Ana', email: 'ana@example.org' },
      author: person,
      source: 'typed',
    });
    const { contributor, code } = await store.contributors.start(call.id, 'Eve', 'Eve@Example.org');
    expect(contributor).toMatchObject({ email: 'eve@example.org', confirmed: false });
    const confirmed = await store.contributors.confirm(call.id, 'eve@example.org', code);
    if (typeof confirmed === 'string') throw new Error(confirmed);
    const eve = { kind: 'contributor', ...confirmed.contributor } as const;
    clock = new Date('2030-01-06T00:00:00Z');
    const second = await store.submit(call.id, eve, fields({ organisation: 'EuroDIG', kind: 'regional' }));
    expect((await store.contributionsOfCall(call.id)).map((c) => c.id)).toEqual([first.id, second.id]);

    clock = new Date('2030-01-07T00:00:00Z');
    const edited = await store.edit(first.id, person, fields({ paragraphs: ['Only one.'], source: 'markdown' }));
    expect(edited).toMatchObject({
      updatedAt: '2030-01-07T00:00:00.000Z',
      paragraphs: [{ index: 0, text: 'Only one.' }],
    });
    expect(await store.edit('nope', person, fields())).toBeUndefined();
    const history = await store.history(first.id);
    expect(history.map((h) => [h.version, h.event, h.content.paragraphs])).toEqual([
      [1, 'submitted', ['First.', 'Second.']],
      [2, 'edited', ['Only one.']],
    ]);
    await expect(t.sql.run('UPDATE contribution_events SET at = ?', ['x'])).rejects.toSatisfy(isRefusedByTrigger);
    await expect(t.sql.run('DELETE FROM contribution_events')).rejects.toSatisfy(isRefusedByTrigger);
  });

  it('confirms a contributor once per code, never with another email, an expired or a wrong code; keeps only hashes', async () => {
    const call = await newCall();
    const { code } = await store.contributors.start(call.id, 'Eve', 'eve@example.org');
    const other = await store.contributors.start(call.id, 'Zed', 'zed@example.org');
    expect(await store.contributors.confirm(call.id, 'zed@example.org', code === other.code ? '0' : code)).toBe(
      'invalid',
    );
    expect(await store.contributors.confirm(call.id, 'eve@example.org', '00000000x')).toBe('invalid');
    const done = await store.contributors.confirm(call.id, 'eve@example.org', code);
    if (typeof done === 'string') throw new Error(done);
    expect(await store.contributors.confirm(call.id, 'eve@example.org', code)).toBe('invalid');
    expect(await store.contributors.byToken(call.id, done.token)).toMatchObject({ name: 'Eve', confirmed: true });
    expect(await store.contributors.byToken('other', done.token)).toBeUndefined();
    const stored = JSON.stringify([
      await t.sql.all('SELECT * FROM call_contributor_codes'),
      await t.sql.all('SELECT * FROM call_contributor_tokens'),
    ]);
    expect(stored).not.toContain(done.token);
    expect(stored).not.toContain(code);
    clock = new Date(clock.getTime() + 3 * 3600_000);
    expect(await store.contributors.confirm(call.id, 'zed@example.org', other.code)).toBe('expired');
  });
});
