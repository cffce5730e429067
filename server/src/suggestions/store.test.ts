import { beforeEach, describe, expect, it } from 'vitest';
import { seedTwoPeople, tempDatabase } from '../storage/sqlite/testing.js';
import { endingOf, SqliteSuggestionStore, type SuggestionDelta } from './store.js';

const temp = tempDatabase('suggestions');
let store: SqliteSuggestionStore;
let ana: string;
let ben: string;
let clock: number;

beforeEach(async () => {
  ({ ana, ben } = await seedTwoPeople(temp.db));
  clock = Date.parse('2026-03-01T10:00:00Z');
  store = new SqliteSuggestionStore(temp.db, { now: () => new Date((clock += 1000)) });
});

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

describe('SqliteSuggestionStore', () => {
  it('records a suggestion once by the server clock, keeps its text current, and its ending with who decided', async () => {
    store.record('d', [seen('s1', ana, 'a')]);
    store.record('d', [seen('s1', ana, 'ab', 'p2')]);
    expect(await store.get('d', 's1')).toMatchObject({
      authorId: ana,
      kind: 'insert',
      text: 'ab',
      blockId: 'p2',
      status: 'pending',
      createdAt: '2026-03-01T10:00:01.000Z',
      updatedAt: '2026-03-01T10:00:02.000Z',
    });
    store.record('d', [gone('s1', ben, 'suggestion.accept')]);
    expect(await store.get('d', 's1')).toMatchObject({ status: 'accepted', decidedBy: ben });
    // An ended suggestion does not end twice.
    store.record('d', [gone('s1', ana, 'suggestion.reject')]);
    expect((await store.events('d', 's1')).map((e) => [e.event, e.actorId, e.text])).toEqual([
      ['created', ana, 'a'],
      ['accepted', ben, 'ab'],
    ]);
  });

  it('comes back pending when an undo restores its text', async () => {
    store.record('d', [seen('s1', ana, 'a'), gone('s1', ben)]);
    expect(await store.get('d', 's1')).toMatchObject({ status: 'removed', decidedBy: ben });
    store.record('d', [seen('s1', ana, 'a')]);
    expect(await store.get('d', 's1')).toMatchObject({ status: 'pending', decidedBy: null, decidedAt: null });
    expect((await store.events('d', 's1')).map((e) => e.event)).toEqual(['created', 'removed', 'restored']);
  });

  it('keeps the history append-only', () => {
    store.record('d', [seen('s1', ana, 'a')]);
    expect(() => temp.db.prepare("UPDATE suggestion_events SET text = 'forged'").run()).toThrow(/never change/);
    expect(() => temp.db.prepare('DELETE FROM suggestion_events').run()).toThrow(/never deleted/);
  });

  it('holds the document’s rule for members, open until set, and reads agreed paragraphs', async () => {
    expect(store.members('d')).toBe('open');
    expect(await store.setMembers('d', 'agreed', ana)).toBe('open');
    expect(store.members('d')).toBe('agreed');
    // A second store on the same database (a restart) reads it back.
    expect(new SqliteSuggestionStore(temp.db).members('d')).toBe('agreed');
    temp.db
      .prepare(
        "INSERT INTO paragraph_status (document_id, block_id, status, agreed_hash, set_at, set_by) VALUES ('d', 'p1', 'agreed', 'h', 't', ?)",
      )
      .run(ana);
    expect(store.isAgreed('d', 'p1')).toBe(true);
    expect(store.isAgreed('d', 'p2')).toBe(false);
    expect(await store.agreedBlocks('d')).toEqual(['p1']);
  });
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
