import { describe, expect, it } from 'vitest';
import { unzip } from '../../../../test/helpers/unzip.js';
import { reportDocx } from './docx.js';
import { ordered, SECRETS, sampleInput } from './testing.js';
import type { ReportInput } from './model.js';

/** The document's text runs, XML entities as Word stores them. */
async function wordText(input: ReportInput): Promise<{ xml: string; texts: string[] }> {
  const bytes = await reportDocx(input);
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
  const xml = unzip(bytes).get('word/document.xml')!.toString('utf8');
  return { xml, texts: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!) };
}

describe('reportDocx', () => {
  it('opens as a DOCX with the title, dates, revised version and statistics tables', async () => {
    const { xml, texts } = await wordText(sampleInput());
    const all = texts.join('|');
    expect(texts[0]).toBe(
      'Comment-response report: Spring consultation &quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;',
    );
    expect(all).toContain(
      'Framework &lt;on&gt; data, version “Draft for consultation” saved on 1 March 2031, 12:00 UTC.',
    );
    expect(all).toContain('Revised version: Revised version, published 25 March 2031, 10:00 UTC.');
    expect(all).toContain(
      'Participants by country|Participants who chose to show only their stakeholder group are counted under “Not shown”.|Country|Participants|Brazil|1|Kenya|1|Not shown|3',
    );
    expect(all).toContain('No disposition yet|3');
    expect(all).toContain(
      'Paragraph|Agree|Disagree|Paragraph 1|4|1|Paragraph 2|0|2|Paragraph 3|0|0|All paragraphs|4|3',
    );
    // Four count tables, the agree/disagree table, one table per section.
    expect(xml.match(/<w:tbl>/g)?.length).toBe(5 + 5);
  });

  it('has each comment once, in report order, in its section table with author, disposition and response', async () => {
    const { texts } = await wordText(sampleInput());
    const all = texts.join('|');
    const positions = ordered.map((c) =>
      texts.indexOf(
        c.text
          .split('\n')[0]!
          .replaceAll('&', '&amp;')
          .replaceAll('"', '&quot;')
          .replaceAll('<', '&lt;')
          .replaceAll('>', '&gt;'),
      ),
    );
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(all.split('Charlie is too vague.').length - 1).toBe(1);
    expect(all).toContain(
      'Paragraph 1|1. |Alpha one, with &lt;b&gt;markup&lt;/b&gt; typed as text.|4 agree, 1 disagree.|#|Author|Comment|Disposition|Response|4|Technical community|=SUM(A1) on paragraph one',
    );
    expect(all).toContain('Ada Lovelace (Civil society, Kenya)|On the passage “|one|”:|On one:');
    expect(all).toContain('Accepted. Changed paragraph 1 of the consulted text.|Response to p1-block-b: ');
    expect(all).toContain('Other comments|These comments refer to text that is not in the consulted version.');
  });

  it('shows a group-only participant as their group alone', async () => {
    const { xml } = await wordText(sampleInput());
    for (const secret of SECRETS) expect(xml).not.toContain(secret);
  });

  it('keeps line breaks and drops characters XML cannot hold', async () => {
    const [first] = ordered;
    const { xml } = await wordText(sampleInput({ comments: [{ ...first!, text: 'Line one\u0001\nLine two' }] }));
    expect(xml).toMatch(/<w:t[^>]*>Line one<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>Line two<\/w:t>/);
    expect(xml).not.toContain('\u0001');
  });
});
