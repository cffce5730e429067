import { beforeEach, describe, expect, it } from 'vitest';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { endingOf, SqlSuggestionStore, type SuggestionDelta } from './store.js';

const seen = (id: string, by: string, text: string, blockId = 'p1'): SuggestionDelta => ({
  seen: [{ id, kind: 'insert', by, blockId, text }],
  gone: [],
  actorId: by,
  action: undefined,
});
const gone = (id: string, actorId: string | undefined, action?: string): SuggestionDelta => ({
  seen: [],
  gone: [id],
  actorId,
  action,
});

describe.each(dialects)('SqlSuggestionStore on %s', (dialect) => {
  const temp = testDatabase(dialect, 'suggestions');
  let store: SqlSuggestionStore;
  let ana: string;
  let ben: string;
  let clock: number;

  beforeEach(async () => {
    ({ ana, ben } = await seedTwoPeople(temp.sql));
    clock = Date.parse('2026-03-01T10:00:00Z');
    store = new SqlSuggestionStore(temp.sql, { now: () => new Date((clock += 1000)) });
  });

  it('records a suggestion once by the server clock, keeps its text current, and its ending with who decided', async () => {
    await store.record('d', [seen('s1', ana, 'a')]);
    await store.record('d', [seen('s1', ana, 'ab', 'p2')]);
    expect(await store.get('d', 's1')).toMatchObject({
      authorId: ana,
      kind: 'insert',
      text: 'ab',
      blockId: 'p2',
      status: 'pending',
      createdAt: '2026-03-01T10:00:01.000Z',
      updatedAt: '2026-03-01T10:00:02.000Z',
    });
    await store.record('d', [gone('s1', ben, 'suggestion.accept')]);
    expect(await store.get('d', 's1')).toMatchObject({ status: 'accepted', decidedBy: ben });
    // An ended suggestion does not end twice.
    await store.record('d', [gone('s1', ana, 'suggestion.reject')]);
    expect((await store.events('d', 's1')).map((e) => [e.event, e.actorId, e.text])).toEqual([
      ['created', ana, 'a'],
      ['accepted', ben, 'ab'],
    ]);
  });

  it('comes back pending when an undo restores its text', async () => {
    await store.record('d', [seen('s1', ana, 'a'), gone('s1', ben)]);
    expect(await store.get('d', 's1')).toMatchObject({ status: 'removed', decidedBy: ben });
    await store.record('d', [seen('s1', ana, 'a')]);
    expect(await store.get('d', 's1')).toMatchObject({ status: 'pending', decidedBy: null, decidedAt: null });
    expect((await store.events('d', 's1')).map((e) => e.event)).toEqual(['created', 'removed', 'restored']);
  });

  it('keeps the history append-only', async () => {
    await store.record('d', [seen('s1', ana, 'a')]);
    await expect(temp.sql.run("UPDATE suggestion_events SET text = 'forged'")).rejects.toThrow(/never change/);
    await expect(temp.sql.run('DELETE FROM suggestion_events')).rejects.toThrow(/never deleted/);
  });

  it('holds the document’s rule for members, open until set, and reads agreed paragraphs', async () => {
    expect(await store.members('d')).toBe('open');
    expect(await store.setMembers('d', 'agreed', ana)).toBe('open');
    expect(await store.members('d')).toBe('agreed');
    // A second store on the same database (another instance, a restart) reads it back.
    expect(await new SqlSuggestionStore(temp.sql).members('d')).toBe('agreed');
    await agree('p1');
    expect(await store.isAgreed('d', 'p1')).toBe(true);
    expect(await store.isAgreed('d', 'p2')).toBe(false);
    expect(await store.agreedBlocks('d')).toEqual(['p1']);
  });

  it('reads the rules of several documents in one answer, every one asked for included', async () => {
    const at = '2026-03-01T09:00:00.000Z';
    await temp.sql.run(
      "INSERT INTO documents (id, workspace_id, title, kind, created_at, updated_at) VALUES ('d2', 'w', 'D2', 'summary', ?, ?)",
      [at, at],
    );
    await store.setMembers('d2', 'all', ana);
    await agree('p1');
    await agree('p2', 'agreed-ad-ref');
    await agree('p3', 'contested');
    const rules = await store.rulesOf(['d', 'd2', 'none']);
    expect([...rules].map(([id, r]) => [id, r.members, [...r.agreed].sort()])).toEqual([
      ['d', 'open', ['p1', 'p2']],
      ['d2', 'all', []],
      ['none', 'open', []],
    ]);
  });

  it('records a suggestion once when two instances record it at the same moment', async () => {
    const other = new SqlSuggestionStore(temp.sql, { now: () => new Date((clock += 1000)) });
    await Promise.all([store.record('d', [seen('s1', ana, 'a')]), other.record('d', [seen('s1', ana, 'a')])]);
    await Promise.all([
      store.record('d', [gone('s1', ben, 'suggestion.accept')]),
      other.record('d', [gone('s1', ben, 'suggestion.accept')]),
    ]);
    expect((await store.events('d', 's1')).map((e) => e.event)).toEqual(['created', 'accepted']);
  });

  async function agree(blockId: string, status = 'agreed'): Promise<void> {
    await temp.sql.run(
      "INSERT INTO paragraph_status (document_id, block_id, status, agreed_hash, set_at, set_by) VALUES ('d', ?, ?, ?, 't', ?)",
      [blockId, status, status.startsWith('agreed') ? 'h' : null, ana],
    );
  }
});

describe('endingOf', () => {
  it('names the decision from the server write, else withdrawn by the author, else removed', () => {
    expect(endingOf('suggestion.accept', 'c', 'a')).toBe('accepted');
    expect(endingOf('suggestion.reject', 'c', 'a')).toBe('rejected');
    expect(endingOf('suggestion.withdraw', 'a', 'a')).toBe('withdrawn');
    expect(endingOf(undefined, 'a', 'a')).toBe('withdrawn');
    expect(endingOf(undefined, 'b', 'a')).toBe('removed');
    expect(endingOf('bracket.resolve', 'b', 'a')).toBe('removed');
    expect(endingOf(undefined, undefined, 'a')).toBe('removed');
  });
});
