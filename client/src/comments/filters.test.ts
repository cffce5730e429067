import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  groupChoices,
  paragraphChoices,
  statusCounts,
  visibleThreads,
  type Placement,
} from './filters.js';
import { comment, jonas, lucas, mei, thread } from './testing/fixtures.js';

const t1 = thread('t1', [comment('c1', mei, 'a')], { location: { blockId: 'b3', number: 3 } });
const t2 = thread('t2', [comment('c2', jonas, 'b'), comment('c3', mei, 'reply')], {
  location: { blockId: 'b1', number: 1 },
});
const t3 = thread('t3', [comment('c4', lucas, 'c', { mentions: [mei.id] })], {
  status: 'resolved',
  location: { blockId: 'b2', number: 2 },
});
const t4 = thread('t4', [comment('c5', jonas, 'd')], { textRemoved: true, location: null });
const all = [t1, t2, t3, t4];
const none = new Map<string, Placement>();
const ids = (threads: { id: string }[]) => threads.map((t) => t.id);

describe('filters', () => {
  it('shows open threads in document order by default, removed text last', () => {
    expect(ids(visibleThreads(all, DEFAULT_FILTERS, mei.id, none))).toEqual(['t2', 't1', 't4']);
  });

  it('prefers the live placement over what the server said', () => {
    const places = new Map<string, Placement>([
      ['t1', { found: true, blockId: 'b3', number: 1, order: 0, start: 5, end: 6 }],
      ['t2', { found: true, blockId: 'b1', number: 2, order: 4, start: 0, end: 1 }],
      ['t4', { found: true, blockId: 'b9', number: null, order: 2, start: 0, end: 1 }],
    ]);
    expect(ids(visibleThreads(all, DEFAULT_FILTERS, mei.id, places))).toEqual(['t1', 't4', 't2']);
    expect(ids(visibleThreads(all, { ...DEFAULT_FILTERS, paragraph: 1 }, mei.id, places))).toEqual(['t1']);
    expect(paragraphChoices(all, places)).toEqual([1, 2]);
  });

  it('filters by status, mine, paragraph and group', () => {
    expect(ids(visibleThreads(all, { ...DEFAULT_FILTERS, status: 'resolved' }, mei.id, none))).toEqual(['t3']);
    expect(ids(visibleThreads(all, { ...DEFAULT_FILTERS, status: 'all', mine: true }, mei.id, none))).toEqual([
      't2',
      't3',
      't1',
    ]);
    expect(ids(visibleThreads(all, { ...DEFAULT_FILTERS, status: 'all', paragraph: 3 }, mei.id, none))).toEqual(['t1']);
    expect(
      ids(visibleThreads(all, { ...DEFAULT_FILTERS, status: 'all', group: 'private-sector' }, mei.id, none)),
    ).toEqual(['t2', 't4']);
  });

  it('counts each status under the other filters, and offers the choices present', () => {
    expect(statusCounts(all, DEFAULT_FILTERS, mei.id, none)).toEqual({ open: 3, resolved: 1, all: 4 });
    expect(statusCounts(all, { ...DEFAULT_FILTERS, group: 'civil-society' }, mei.id, none)).toEqual({
      open: 0,
      resolved: 1,
      all: 1,
    });
    expect(paragraphChoices(all, none)).toEqual([1, 2, 3]);
    expect(groupChoices(all)).toEqual(['civil-society', 'private-sector', 'technical-community']);
  });
});
