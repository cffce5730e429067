import { describe, expect, it } from 'vitest';
import type { Placement } from './filters.js';
import { badgeCounts, marginEntries } from './margin-entries.js';
import { comment, jonas, mei, thread } from './testing/fixtures.js';

const at = (blockId: string, order: number, start: number): Placement => ({
  found: true,
  blockId,
  number: order + 1,
  order,
  start,
  end: start + 1,
});

describe('marginEntries', () => {
  const t = (id: string, status: 'open' | 'resolved' = 'open') =>
    thread(id, [comment(`c-${id}`, mei, 'x')], { status });
  const threads = [t('a'), t('b'), t('c'), t('d'), t('e', 'resolved'), t('gone')];
  const places = new Map<string, Placement>([
    ['a', at('p2', 1, 5)],
    ['b', at('p2', 1, 1)],
    ['c', at('p2', 1, 9)],
    ['d', at('p1', 0, 0)],
    ['e', at('p1', 0, 3)],
    ['gone', { found: false }],
  ]);
  const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

  it('lists open threads by paragraph and offset, stacking a crowded paragraph', () => {
    expect(ids(marginEntries({ threads, outbox: [], hasDraft: false, places, activeId: null }, new Set()))).toEqual([
      'd',
      'stack:p2',
    ]);
  });

  it('opens a stack on request or when one of its threads is active; shows an active resolved thread', () => {
    expect(
      ids(marginEntries({ threads, outbox: [], hasDraft: false, places, activeId: null }, new Set(['p2']))),
    ).toEqual(['d', 'b', 'a', 'c']);
    expect(ids(marginEntries({ threads, outbox: [], hasDraft: false, places, activeId: 'a' }, new Set()))).toEqual([
      'd',
      'b',
      'a',
      'c',
    ]);
    expect(ids(marginEntries({ threads, outbox: [], hasDraft: false, places, activeId: 'e' }, new Set()))).toEqual([
      'd',
      'e',
      'stack:p2',
    ]);
  });

  it('places the draft and unsent threads by their anchors', () => {
    const pending = {
      id: 'l1',
      documentId: 'doc',
      target: { kind: 'thread' as const, anchor: { kind: 'block' as const, blockId: 'p3' }, about: 'x' },
      body: 'b',
      mentions: [],
      createdAt: '',
      state: 'waiting' as const,
      problem: null,
      attempts: 0,
    };
    const more = new Map([...places, ['l1', at('p3', 2, 0)], ['draft', at('p1', 0, 1)]]);
    expect(
      ids(
        marginEntries(
          { threads: [t('d')], outbox: [pending], hasDraft: true, places: more, activeId: null },
          new Set(),
        ),
      ),
    ).toEqual(['d', 'draft', 'l1']);
  });

  it('counts open threads per paragraph for the badges', () => {
    expect(badgeCounts(threads, places)).toEqual(
      new Map([
        ['p2', { count: 3, number: 2, first: 'b' }],
        ['p1', { count: 1, number: 1, first: 'd' }],
      ]),
    );
    expect(badgeCounts([thread('x', [comment('c', jonas, 'y')])], new Map())).toEqual(new Map());
  });
});
