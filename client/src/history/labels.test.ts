import { describe, expect, it } from 'vitest';
import { asParagraphDiff, changedSinceLabel, changedSinceSummary, changeVerb, peopleList } from './labels.js';

const groups: Record<string, string> = { 'civil-society': 'Civil society', government: 'Government' };
const groupName = (id: string) => groups[id] ?? id;
const ana = { id: 'ana', name: 'Ana Silva', stakeholderGroup: 'civil-society' };
const ben = { id: 'ben', name: 'Ben Okafor', stakeholderGroup: 'government' };

describe('attribution labels', () => {
  it('names one, two, three or many people with their groups', () => {
    expect(peopleList([ana], groupName)).toBe('Ana Silva (Civil society)');
    expect(peopleList([ana, ben], groupName)).toBe('Ana Silva (Civil society) and Ben Okafor (Government)');
    expect(peopleList([ana, ben, ana, ben], groupName)).toBe(
      'Ana Silva (Civil society), Ben Okafor (Government) and 2 others',
    );
    expect(peopleList([], groupName)).toBe('');
  });

  it('says who changed a paragraph since the last visit, or only that it changed', () => {
    expect(changedSinceLabel({ blockId: 'b', people: [ben], lastAt: '' }, groupName)).toBe(
      'Changed since your last visit by Ben Okafor (Government)',
    );
    expect(changedSinceLabel({ blockId: 'b', people: [], lastAt: '' }, groupName)).toBe(
      'Changed since your last visit',
    );
    expect(changedSinceSummary(1)).toBe('1 paragraph changed since your last visit');
    expect(changedSinceSummary(3)).toBe('3 paragraphs changed since your last visit');
  });

  it('tells a new, removed and changed paragraph apart', () => {
    expect(changeVerb({ before: null, after: 'x' })).toBe('wrote the paragraph');
    expect(changeVerb({ before: 'x', after: null })).toBe('removed the paragraph');
    expect(changeVerb({ before: 'x', after: 'y' })).toBe('changed the text');
  });

  it('gives the word-diff renderer a compared paragraph with the server diff', () => {
    const diff = [
      { op: 'equal' as const, text: 'The ' },
      { op: 'insert' as const, text: 'open ' },
    ];
    const change = { id: 'c', at: '', endedAt: '', person: ana, before: 'The ', after: 'The open ', diff };
    expect(asParagraphDiff(change)).toMatchObject({
      kind: 'changed',
      fromText: 'The ',
      toText: 'The open ',
      words: diff,
    });
    expect(asParagraphDiff({ ...change, before: null })).toMatchObject({ kind: 'added' });
    expect(asParagraphDiff({ ...change, after: null }).toText).toBeUndefined();
  });
});
