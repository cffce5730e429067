import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../test/helpers/csv.js';
import { reportCsv, reportCsvColumns } from './csv.js';
import { HOSTILE, ids, SECRETS, sampleInput } from './testing.js';

const text = reportCsv(sampleInput());
const [header, ...rows] = parseCsv(text);
const byId = new Map(rows.map((r) => [r[0]!, Object.fromEntries(reportCsvColumns.map((c, i) => [c, r[i]!]))]));

describe('reportCsv', () => {
  it('has a header and one row per comment, in report order, with CRLF line ends', () => {
    expect(header).toEqual([...reportCsvColumns]);
    expect(rows.map((r) => r[0])).toEqual(ids);
    expect(rows.every((r) => r.length === reportCsvColumns.length)).toBe(true);
    expect(
      text
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .slice(0, -1)
        .every((line) => line.endsWith('\r')),
    ).toBe(true);
  });

  it('fills every column', () => {
    expect(byId.get('p1-at-0')).toEqual({
      'comment id': 'p1-at-0',
      section: '1',
      'block id': 'p1',
      'paragraph number': '1',
      'paragraph agree': '4',
      'paragraph disagree': '1',
      quote: 'Alpha',
      'author name': `Eve ${HOSTILE}`,
      'stakeholder group': 'Private sector',
      country: 'Brazil',
      comment: 'On "Alpha".',
      'submitted at': '2031-03-09T08:00:00Z',
      disposition: 'Partly accepted',
      response: `Response to p1-at-0: ${HOSTILE} *not emphasis*`,
      'changed paragraph (block id)': 'new-block',
      'changed paragraph (number as consulted)': '',
      'decided at': '2031-03-21T09:30:00Z',
    });
    expect(byId.get('g-early')).toMatchObject({
      section: 'general',
      'block id': '',
      'paragraph number': '',
      'paragraph agree': '',
      quote: '',
    });
    expect(byId.get('h-block')).toMatchObject({
      section: 'heading',
      'paragraph number': '',
      'paragraph agree': '',
      disposition: '',
      response: '',
    });
    expect(byId.get('p1-block-b')).toMatchObject({
      'paragraph number': '1',
      'changed paragraph (block id)': 'p1',
      'changed paragraph (number as consulted)': '1',
    });
    expect(byId.get('p3-block')).toMatchObject({
      'block id': 'p3',
      'paragraph number': '3',
      'paragraph agree': '0',
      'paragraph disagree': '0',
    });
    expect(byId.get('orphan')).toMatchObject({ section: 'other', 'block id': 'gone' });
    expect(byId.get('p1-at-6')!.comment).toBe(`On one: ${HOSTILE}\n# not a heading\n- not a list`);
  });

  it('leaves name and country empty for a group-only author', () => {
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(byId.get('p1-block-c')).toMatchObject({ 'author name': '', 'stakeholder group': 'Government', country: '' });
    expect(byId.get('p3-block')).toMatchObject({
      'author name': '',
      'stakeholder group': 'unknown-group',
      country: '',
    });
  });

  it('keeps a spreadsheet from running a comment as a formula', () => {
    expect(byId.get('p1-block-b')!.comment).toBe("'=SUM(A1) on paragraph one");
    expect(rows.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });
});
