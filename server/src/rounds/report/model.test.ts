import { describe, expect, it } from 'vitest';
import { authorLine, buildReport, countryName, groupName, NOT_SHOWN, NO_DISPOSITION } from './model.js';
import { ids, ordered, paragraphs, sampleInput, shuffled } from './testing.js';

const flat = (input = sampleInput()) => buildReport(input).sections.flatMap((s) => s.entries);

describe('buildReport', () => {
  it('lists every comment exactly once, in report order, whatever order they come in', () => {
    expect(shuffled().map((c) => c.id)).not.toEqual(ids);
    expect(flat().map((e) => e.id)).toEqual(ids);
    expect(flat(sampleInput({ comments: [...ordered].reverse() })).map((e) => e.id)).toEqual(ids);
  });

  it('dates the consultation by when it really closed: an early close, or the planned time', () => {
    expect(buildReport(sampleInput()).closesAt).toBe('2031-03-20T00:00:00Z');
    const early = sampleInput();
    expect(buildReport({ ...early, round: { ...early.round, closedAt: '2031-03-12T08:00:00Z' } }).closesAt).toBe(
      '2031-03-12T08:00:00Z',
    );
  });

  it('puts general comments first, then paragraphs in document order, then the comments on no frozen paragraph', () => {
    const report = buildReport(sampleInput());
    expect(report.sections.map((s) => [s.kind, s.title, s.blockId])).toEqual([
      ['general', 'General comments', null],
      ['paragraph', 'Heading', 'h1'],
      ['paragraph', 'Paragraph 1', 'p1'],
      ['paragraph', 'Paragraph 3', 'p3'],
      ['other', 'Other comments', null],
    ]);
    expect(report.sections[2]!.text).toBe('Alpha one, with <b>markup</b> typed as text.');
    expect(report.sections[2]!.entries.map((e) => e.quote)).toEqual([null, null, 'Alpha', 'one']);
  });

  it('has no empty sections and no "Other comments" when every comment has its paragraph', () => {
    const report = buildReport(
      sampleInput({ comments: ordered.filter((c) => c.anchor.kind === 'block' && c.anchor.blockId === 'p3') }),
    );
    expect(report.sections.map((s) => s.title)).toEqual(['Paragraph 3']);
  });

  it('lists the comments of a block id the frozen version repeats only once', () => {
    const input = sampleInput({ paragraphs: [...paragraphs, { ...paragraphs[1]!, number: 9 }] });
    expect(flat(input).map((e) => e.id)).toEqual(ids);
  });

  it('shows group-only authors as their group alone, even when the raw record still has a name or a country', () => {
    const authors = new Map(flat().map((e) => [e.id, e.author]));
    expect(authors.get('g-early')).toEqual({ name: 'Ada Lovelace', group: 'Civil society', country: 'Kenya' });
    expect(authors.get('p1-block-b')).toEqual({ name: null, group: 'Technical community', country: null });
    expect(authors.get('p1-block-c')).toEqual({ name: null, group: 'Government', country: null });
    expect(authors.get('p3-block')).toEqual({ name: null, group: 'unknown-group', country: null });
    expect(authorLine(authors.get('g-early')!)).toBe('Ada Lovelace (Civil society, Kenya)');
    expect(authorLine(authors.get('p1-block-b')!)).toBe('Technical community');
    expect(JSON.stringify(buildReport(sampleInput()))).not.toMatch(/Hidden Name|SECRET-KEY|Iceland|participantKey/);
  });

  it('counts people once, hides group-only countries as "Not shown", and counts comments and dispositions', () => {
    const { stats } = buildReport(sampleInput());
    expect(stats.participants).toBe(5);
    expect(stats.comments).toBe(9);
    expect(stats.participantsByGroup).toEqual([
      { label: 'Civil society', count: 1 },
      { label: 'Government', count: 1 },
      { label: 'Private sector', count: 1 },
      { label: 'Technical community', count: 1 },
      { label: 'unknown-group', count: 1 },
    ]);
    expect(stats.participantsByCountry).toEqual([
      { label: 'Brazil', count: 1 },
      { label: 'Kenya', count: 1 },
      { label: NOT_SHOWN, count: 3 },
    ]);
    expect(stats.commentsByGroup[0]).toEqual({ label: 'Civil society', count: 4 });
    expect(stats.dispositions).toEqual([
      { label: 'Accepted', count: 2 },
      { label: 'Partly accepted', count: 1 },
      { label: 'Not accepted', count: 1 },
      { label: 'Noted', count: 1 },
      { label: 'Out of scope', count: 1 },
      { label: NO_DISPOSITION, count: 3 },
    ]);
  });

  it('hides a participant who is group-only on any of their comments everywhere in the country table', () => {
    const [first, second] = [ordered[0]!, ordered[2]!];
    const comments = [first, { ...second, author: { stakeholderGroup: 'civil-society' } }];
    expect(buildReport(sampleInput({ comments })).stats.participantsByCountry).toEqual([
      { label: NOT_SHOWN, count: 1 },
    ]);
  });

  it('tallies agree and disagree for every numbered paragraph, in order, and over all of them', () => {
    const report = buildReport(sampleInput());
    expect(report.stats.reactionsByParagraph).toEqual([
      { blockId: 'p1', number: 1, title: 'Paragraph 1', agree: 4, disagree: 1 },
      { blockId: 'p2', number: 2, title: 'Paragraph 2', agree: 0, disagree: 2 },
      { blockId: 'p3', number: 3, title: 'Paragraph 3', agree: 0, disagree: 0 },
    ]);
    // The heading's stray counts are not a paragraph's and do not reach the total.
    expect(report.stats.reactions).toEqual({ agree: 4, disagree: 3 });
    const tallies = new Map(report.sections.map((s) => [s.title, s.tally]));
    expect(tallies.get('Paragraph 1')).toEqual({ agree: 4, disagree: 1 });
    expect(tallies.get('Paragraph 3')).toEqual({ agree: 0, disagree: 0 });
    expect(tallies.get('Heading')).toBeNull();
    expect(tallies.get('General comments')).toBeNull();
  });

  it('describes decisions with their label and the paragraph they changed', () => {
    const decisions = new Map(flat().map((e) => [e.id, e.decision]));
    expect(decisions.get('p1-block-b')).toMatchObject({
      label: 'Accepted',
      changedBlockId: 'p1',
      changeNote: 'Changed paragraph 1 of the consulted text.',
    });
    expect(decisions.get('p1-at-0')?.changeNote).toBe('Changed the text (a paragraph added since the consultation).');
    expect(decisions.get('g-early')?.changeNote).toBeNull();
    expect(decisions.get('h-block')).toBeNull();
  });

  it('names groups and countries, falling back to what it was given', () => {
    expect(groupName('intergovernmental')).toBe('Intergovernmental organisation');
    expect(groupName('made-up')).toBe('made-up');
    expect(countryName('KE')).toBe('Kenya');
    expect(countryName('not a code')).toBe('not a code');
  });

  it('carries the round, version and revision', () => {
    const report = buildReport(sampleInput({ revision: null }));
    expect(report.title).toMatch(/^Comment-response report: Spring consultation/);
    expect(report).toMatchObject({
      documentTitle: 'Framework <on> data',
      versionName: 'Draft for consultation',
      generatedAt: '2031-03-26T11:45:00.000Z',
      revision: null,
    });
    expect(buildReport(sampleInput()).revision).toEqual({
      name: 'Revised version',
      publishedAt: '2031-03-25T10:00:00Z',
    });
  });
});
