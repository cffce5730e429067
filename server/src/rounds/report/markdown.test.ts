import { describe, expect, it } from 'vitest';
import { reportMarkdown } from './markdown.js';
import { ordered, SECRETS, sampleInput } from './testing.js';

const markdown = reportMarkdown(sampleInput());
const lines = markdown.split('\n');

describe('reportMarkdown', () => {
  it('starts with the title, the version, the dates and the revised version', () => {
    expect(lines[0]).toBe(
      '# Comment-response report: Spring consultation "\\>\\<img src=x onerror=alert(1)\\>\\<script\\>alert(2)\\</script\\>',
    );
    expect(markdown).toContain(
      '**Framework \\<on\\> data, version “Draft for consultation” saved on 1 March 2031, 12:00 UTC.**',
    );
    expect(markdown).toContain(
      'Consultation open from 2 March 2031, 00:00 UTC to 20 March 2031, 00:00 UTC. Report generated on 26 March 2031, 11:45 UTC.',
    );
    expect(markdown).toContain('Revised version: Revised version, published 25 March 2031, 10:00 UTC.');
    expect(reportMarkdown(sampleInput({ revision: null }))).toContain('The revised version is not published yet.');
  });

  it('has the statistics as tables, group-only people under "Not shown"', () => {
    expect(markdown).toContain('5 participants made 9 published comments.');
    expect(markdown).toContain(
      '| Country | Participants |\n| --- | ---: |\n| Brazil | 1 |\n| Kenya | 1 |\n| Not shown | 3 |',
    );
    expect(markdown).toContain('| Partly accepted | 1 |');
    expect(markdown).toContain('| No disposition yet | 3 |');
    expect(markdown).toContain(
      '| Paragraph | Agree | Disagree |\n| --- | ---: | ---: |\n| Paragraph 1 | 4 | 1 |\n| Paragraph 2 | 0 | 2 |\n| Paragraph 3 | 0 | 0 |\n| All paragraphs | 4 | 3 |',
    );
    expect(markdown).toContain('**1.** Alpha one');
    expect(markdown).toMatch(/\*\*3\.\*\* Charlie three\.\n\n\*0 agree, 0 disagree\.\*/);
  });

  it('lists each comment once, in report order, with author, quote, text as a quote, disposition and response', () => {
    const snippets = [
      'General, the earlier one.',
      'General, later:',
      'The heading is fine.',
      '\\=SUM(A1) on paragraph one',
      'Same time, larger id.',
      'On "Alpha".',
      'On one:',
      'Charlie is too vague.',
      'On a paragraph that is not there.',
    ];
    expect(snippets).toHaveLength(ordered.length);
    const positions = snippets.map((s) => markdown.indexOf(`> ${s}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(markdown.split('Charlie is too vague.').length - 1).toBe(1);
    expect(markdown).toContain('### Comment 1: Ada Lovelace (Civil society, Kenya)');
    expect(markdown).toContain('### Comment 4: Technical community\n');
    expect(markdown).toContain('On the passage “one”:');
    expect(markdown).toContain('**Disposition:** Accepted. Changed paragraph 1 of the consulted text.');
    expect(markdown).toContain('**Disposition:** No disposition yet.');
    expect(markdown).toContain('**Response:** Response to g-early: "\\>\\<img');
    expect(markdown).toContain('## Paragraph 1\n\n**1.** Alpha one, with \\<b\\>markup\\</b\\> typed as text.');
    expect(markdown).toContain(
      '## Other comments\n\n*These comments refer to text that is not in the consulted version.*',
    );
  });

  it('escapes what people typed, line starts included', () => {
    expect(markdown).not.toMatch(/(?<!\\)<(script|img|b>)/);
    expect(markdown).toContain('> \\# not a heading  \n> \\- not a list');
    expect(markdown).toContain('\\*not emphasis\\*');
    expect(markdown).not.toMatch(/^#{1,6} not a heading/m);
  });

  it('shows a group-only participant as their group alone', () => {
    for (const secret of SECRETS) expect(markdown).not.toContain(secret);
    expect(markdown).toContain('### Comment 5: Government\n');
    expect(markdown).toContain('### Comment 8: unknown-group\n');
  });

  it('says so when nothing was published', () => {
    const empty = reportMarkdown(sampleInput({ comments: [] }));
    expect(empty).toContain('No comments were published in this round.');
    expect(empty).toContain('| None | 0 |');
  });
});
