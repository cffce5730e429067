import { translatorFor } from '@accord/i18n/all';
import type { ModeratedComment } from '@accord/schema';
import { describe, expect, it } from 'vitest';
import { filterCounts, filterQueue, MODERATION_FILTERS, replaceComment, statusText } from './moderation.js';

type Item = Pick<ModeratedComment, 'id' | 'status' | 'flagged' | 'hiddenReason'>;

const queue: Item[] = [
  { id: 'a', status: 'pending', flagged: false },
  { id: 'b', status: 'published', flagged: true },
  { id: 'c', status: 'hidden', flagged: false, hiddenReason: 'spam' },
  { id: 'd', status: 'published', flagged: false },
];

describe('moderation filters', () => {
  it('shows a status, and flagged across statuses', () => {
    expect(filterQueue(queue, 'pending').map((c) => c.id)).toEqual(['a']);
    expect(filterQueue(queue, 'published').map((c) => c.id)).toEqual(['b', 'd']);
    expect(filterQueue(queue, 'hidden').map((c) => c.id)).toEqual(['c']);
    expect(filterQueue(queue, 'flagged').map((c) => c.id)).toEqual(['b']);
    expect(filterCounts(queue)).toEqual({ pending: 1, flagged: 1, hidden: 1, published: 2 });
  });

  it('labels each filter with its count', () => {
    const en = translatorFor('en');
    const counts = filterCounts(queue);
    expect(MODERATION_FILTERS.map((f) => en(f.label, { count: counts[f.filter] }))).toEqual([
      'Pending (1)',
      'Flagged (1)',
      'Hidden (1)',
      'Published (2)',
    ]);
  });

  it('replaces an answered comment in place', () => {
    const next = replaceComment(queue, { id: 'a', status: 'hidden', flagged: false });
    expect(next.map((c) => `${c.id}:${c.status}`)).toEqual(['a:hidden', 'b:published', 'c:hidden', 'd:published']);
  });

  it('describes the status with the flag, in the page’s language', () => {
    const en = translatorFor('en');
    expect(statusText(queue[2]!, en)).toBe('Hidden');
    expect(statusText(queue[1]!, en)).toBe('Published, flagged');
    expect(statusText(queue[0]!, en)).toBe('Pending');
    expect(statusText(queue[1]!, translatorFor('fr'))).not.toBe('Published, flagged');
  });
});
