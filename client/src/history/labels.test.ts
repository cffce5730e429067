import { catalogs } from '@accord/i18n/all';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { asParagraphDiff, CHANGE_MESSAGES, changedSinceLabel, changeKind, peopleList } from './labels.js';

const en = createIntl({ locale: 'en', messages: catalogs.en });
const fr = createIntl({ locale: 'fr', messages: catalogs.fr });
const zh = createIntl({ locale: 'zh', messages: catalogs.zh });
const groups: Record<string, string> = { 'civil-society': 'Civil society', government: 'Government' };
const groupName = (id: string) => groups[id] ?? id;
const ana = { id: 'ana', name: 'Ana Silva', stakeholderGroup: 'civil-society' };
const ben = { id: 'ben', name: 'Ben Okafor', stakeholderGroup: 'government' };

describe('attribution labels', () => {
  it('names one, two, three or many people with their groups, in the page’s language', () => {
    expect(peopleList(en, [ana], groupName)).toBe('Ana Silva (Civil society)');
    expect(peopleList(en, [ana, ben], groupName)).toBe('Ana Silva (Civil society) and Ben Okafor (Government)');
    expect(peopleList(en, [ana, ben, ana, ben], groupName)).toBe(
      'Ana Silva (Civil society), Ben Okafor (Government), and 2 others',
    );
    expect(peopleList(en, [], groupName)).toBe('');
    expect(peopleList(fr, [ana, ben, ana, ben], groupName)).toBe(
      // French keeps a name with its group on one line (a no-break space).
      'Ana Silva\u00a0(Civil society), Ben Okafor\u00a0(Government) et 2 autres',
    );
    expect(peopleList(zh, [ana], groupName)).toBe('Ana Silva（Civil society）');
  });

  it('says who changed a paragraph since the last visit, or only that it changed', () => {
    expect(changedSinceLabel(en, { blockId: 'b', people: [ben], lastAt: '' }, groupName, '5 minutes ago')).toBe(
      'Changed since your last visit by Ben Okafor (Government), 5 minutes ago — dismiss',
    );
    expect(changedSinceLabel(en, { blockId: 'b', people: [], lastAt: '' }, groupName, 'yesterday')).toBe(
      'Changed since your last visit, yesterday — dismiss',
    );
    const summary = (count: number) => en.formatMessage({ id: 'history.since.summary' }, { count });
    expect(summary(1)).toBe('1 paragraph changed since your last visit');
    expect(summary(3)).toBe('3 paragraphs changed since your last visit');
  });

  it('tells a new, removed, emptied and changed paragraph apart', () => {
    const said = (change: { before: string | null; after: string | null }) =>
      en.formatMessage({ id: CHANGE_MESSAGES[changeKind(change)] }, { person: 'Ana', when: 'now' });
    expect(said({ before: null, after: 'x' })).toBe('Ana wrote the paragraph now');
    expect(said({ before: 'x', after: null })).toBe('Ana removed the paragraph now');
    expect(said({ before: 'x', after: '' })).toBe('Ana emptied the paragraph now');
    expect(said({ before: 'x', after: 'y' })).toBe('Ana changed the text now');
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
