import { describe, expect, it } from 'vitest';
import { insertMention, matchPeople, mentionQuery, mentionsIn } from './mentions.js';
import { jonas, lucas, mei } from './testing/fixtures.js';

const people = [mei, jonas, lucas, { id: 'p-ana', name: 'Ana María López', stakeholderGroup: 'government' }];

describe('mentions', () => {
  it('finds the @query before the caret', () => {
    expect(mentionQuery('Ask @Me', 7)).toEqual({ start: 4, query: 'Me' });
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQuery('Ask @Mei Tan', 12)).toEqual({ start: 4, query: 'Mei Tan' });
    expect(mentionQuery('mail@example', 12)).toBeNull();
    expect(mentionQuery('@x\nmore', 7)).toBeNull();
    expect(mentionQuery('@ Mei', 5)).toBeNull();
  });

  it('matches names and their words, ignoring case and accents', () => {
    expect(matchPeople(people, 'mar').map((p) => p.name)).toEqual(['Ana María López']);
    expect(matchPeople(people, 'b').map((p) => p.name)).toEqual(['Jonas Berg']);
    expect(matchPeople(people, '').length).toBe(4);
    expect(matchPeople(people, 'zz')).toEqual([]);
  });

  it('puts the chosen name in place of the query', () => {
    expect(insertMention('Ask @Me please', 4, 7, 'Mei Tanaka')).toEqual({ text: 'Ask @Mei Tanaka please', caret: 16 });
  });

  it('lists the people mentioned in the finished text', () => {
    expect(
      mentionsIn('Thanks @Mei Tanaka and (@Jonas Berg), not @Lucas Ferreiras or x@Lucas Ferreira', people),
    ).toEqual([mei.id, jonas.id]);
  });
});
