import { describe, expect, it } from 'vitest';
import type { VersionBlock, VersionContent } from '@accord/schema';
import { unzip } from '../../../test/helpers/unzip.js';
import { versionHtml, versionMarkdown } from './export.js';
import { versionDocx } from './export-docx.js';
import { bodyParts } from './export-runs.js';

const block = (b: Partial<VersionBlock> & Pick<VersionBlock, 'id' | 'text'>): VersionBlock => ({
  number: null,
  type: 'paragraph',
  segments: [],
  status: null,
  ...b,
});

const blocks: VersionBlock[] = [
  block({
    id: 'p1',
    number: 1,
    text: 'We agree <script>alert(1)</script> on the draft and [shall] act *now*.',
    status: 'contested',
    runs: [
      { text: 'We ' },
      { text: 'agree', marks: ['bold'] },
      { text: ' ' },
      { text: '<script>alert(1)</script>', marks: ['italic'] },
      { text: ' on the ' },
      { text: 'draft', href: 'https://igf.example/draft?a=1&b=2', marks: ['underline'] },
      { text: ' and ' },
      { text: 'shall', bracket: 'b1' },
      { text: ' act ' },
      { text: '*now*', marks: ['strikethrough'] },
      { text: '.' },
    ],
    alternatives: [{ bracket: 'b1', texts: ['should', 'may <b>'] }],
  }),
  // A run that claims an unsafe link (a stored row edited by hand): the text stays, the link goes.
  block({ id: 'p2', number: 2, text: 'click me', runs: [{ text: 'click me', href: 'javascript:alert(2)' }] }),
  block({ id: 'l1', type: 'list', tag: 'ul', text: '' }),
  block({
    id: 'i1',
    type: 'listitem',
    text: 'first',
    runs: [{ text: 'first', marks: ['bold'] }],
    list: { ordered: false, depth: 0 },
  }),
  block({ id: 'i2', type: 'listitem', text: '', runs: [], list: { ordered: false, depth: 0 } }),
  block({ id: 'l2', type: 'list', tag: 'ol', text: '' }),
  block({
    id: 'i3',
    type: 'listitem',
    text: 'nested one',
    runs: [{ text: 'nested one' }],
    list: { ordered: true, depth: 1 },
  }),
  block({
    id: 'i4',
    type: 'listitem',
    text: 'nested two',
    runs: [{ text: 'nested two' }],
    list: { ordered: true, depth: 1 },
  }),
  block({ id: 'i5', type: 'listitem', text: 'second', runs: [{ text: 'second' }], list: { ordered: false, depth: 0 } }),
  // Saved before runs were kept: segments only.
  block({
    id: 'p3',
    number: 3,
    text: 'Old [bracketed] text.',
    segments: [
      { text: 'Old ', bracket: false },
      { text: 'bracketed', bracket: true },
      { text: ' text.', bracket: false },
    ],
  }),
  block({ id: 'p4', number: 4, text: 'Oldest plain text.' }),
];

const content: VersionContent = {
  version: {
    id: 'v1',
    documentId: 'd1',
    name: 'Draft',
    title: 'BPF <Gender>',
    createdAt: '2026-12-01T10:00:00.000Z',
    createdBy: { id: 'u1', name: 'Lucas', stakeholderGroup: 'civil-society' },
  },
  paragraphs: blocks,
};

describe('bodyParts', () => {
  it('gathers list items into one list, without list blocks or wrapper items', () => {
    expect(bodyParts(blocks).map((p) => (p.kind === 'list' ? p.items.map((i) => i.id) : p.block.id))).toEqual([
      'p1',
      'p2',
      ['i1', 'i3', 'i4', 'i5'],
      'p3',
      'p4',
    ]);
  });
});

describe('versionMarkdown', () => {
  const md = versionMarkdown(content);
  it('keeps bold, italic, underline (as <u>), strikethrough and safe links; escapes typed markup', () => {
    expect(md).toContain(
      '**1.** We **agree** *\\<script\\>alert(1)\\</script\\>* on the [<u>draft</u>](https://igf.example/draft?a=1\\&b=2) and \\[shall\\] act ~~\\*now\\*~~. *(Contested)*',
    );
    expect(md).not.toContain('<script>');
  });
  it('drops an unsafe link and keeps its text', () => {
    expect(md).toContain('**2.** click me');
    expect(md).not.toMatch(/javascript/i);
  });
  it('writes lists nested, numbered and bulleted', () => {
    expect(md).toContain(['- **first**', '    1. nested one', '    2. nested two', '- second'].join('\n'));
  });
  it('lists the alternatives of a bracket, escaped', () => {
    expect(md).toContain('> *Alternatives:* Alt 1: should / Alt 2: may \\<b\\>');
  });
  it('still renders versions saved before runs were kept', () => {
    expect(md).toContain('**3.** Old \\[bracketed\\] text.');
    expect(md).toContain('**4.** Oldest plain text.');
  });
});

describe('versionHtml', () => {
  const html = versionHtml(content);
  it('keeps the formatting with allow-listed tags, escaped text and safe links only', () => {
    expect(html).toContain(
      'We <strong>agree</strong> <em>&lt;script&gt;alert(1)&lt;/script&gt;</em> on the <a href="https://igf.example/draft?a=1&amp;b=2" rel="noopener noreferrer nofollow"><u>draft</u></a>',
    );
    expect(html).toContain('<span class="bracket" data-bracket-id="b1">[shall]</span>');
    expect(html).toContain('<s>*now*</s>');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/javascript/i);
    expect(html).toContain('<title>BPF &lt;Gender&gt; — Draft</title>');
  });
  it('nests lists', () => {
    expect(html).toContain(
      '<ul><li data-block-id="i1"><strong>first</strong><ol><li data-block-id="i3">nested one</li><li data-block-id="i4">nested two</li></ol></li><li data-block-id="i5">second</li></ul>',
    );
  });
  it('lists alternatives and still renders old versions', () => {
    expect(html).toContain('Alternatives: Alt 1: should / Alt 2: may &lt;b&gt;');
    expect(html).toContain('<span class="num">3.</span>Old <span class="bracket">[bracketed]</span> text.');
  });
});

describe('versionDocx', () => {
  it('writes bold, italics, underline, strike, hyperlinks and list numbering into the document', async () => {
    const files = unzip(await versionDocx(content));
    const xml = files.get('word/document.xml')!.toString('utf8');
    const rels = files.get('word/_rels/document.xml.rels')!.toString('utf8');
    const runWith = (property: string, text: string) =>
      new RegExp(
        `<w:r>\\s*<w:rPr>(?:(?!</w:rPr>).)*${property}(?:(?!</w:rPr>).)*</w:rPr>\\s*<w:t[^>]*>${text}</w:t>`,
        's',
      );
    expect(xml).toMatch(runWith('<w:b/>', 'agree'));
    expect(xml).toMatch(runWith('<w:i/>', '&lt;script&gt;alert\\(1\\)&lt;/script&gt;'));
    expect(xml).toMatch(runWith('<w:u w:val="single"/>', 'draft'));
    expect(xml).toMatch(runWith('<w:strike/>', '\\*now\\*'));
    expect(xml).toMatch(/<w:hyperlink[^>]*r:id="([^"]+)"/);
    expect(rels).toContain('Target="https://igf.example/draft?a=1&amp;b=2" TargetMode="External"');
    expect(rels).not.toMatch(/javascript/i);
    expect(xml).toContain('>[</w:t>');
    expect(xml).toContain('Alt 1: should / Alt 2: may &lt;b&gt;');
    // Numbered items reference the numbering at level 1, bullets at level 0.
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="1"\/><w:numId w:val="\d+"\/><\/w:numPr>(?:(?!<\/w:p>).)*nested one/s);
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>(?:(?!<\/w:p>).)*first/s);
    expect(files.get('word/numbering.xml')!.toString('utf8')).toContain('w:val="decimal"');
  });
});

describe('a compilation version (issue 14)', () => {
  const extras = {
    sources: {
      p1: [
        { contributionId: 'c1', organisation: 'Brazil IGF' },
        { contributionId: 'c2', organisation: 'EuroDIG <eu>' },
      ],
      i3: [{ contributionId: 'c2', organisation: 'EuroDIG <eu>' }],
    },
    annex: [
      {
        contributionId: 'c1',
        title: 'Access first',
        organisation: 'Brazil IGF',
        kind: 'national' as const,
        country: 'BR',
        submittedAt: '2026-03-12T10:00:00.000Z',
      },
      {
        contributionId: 'c2',
        title: 'Pipes | and <b>bold</b>',
        organisation: 'EuroDIG <eu>',
        kind: 'regional' as const,
        country: 'Europe',
        submittedAt: '2026-03-14T10:00:00.000Z',
      },
    ],
    endorsedAt: '2026-04-01T12:00:00.000Z',
  };

  it('cites sources as [^n] footnotes in document order, with the annex and the stamp, in Markdown', () => {
    const md = versionMarkdown(content, extras);
    expect(md).toContain('[^1] *(Contested)*');
    expect(md).toContain('nested one[^2]');
    expect(md).toContain('[^1]: Sources: Brazil IGF, EuroDIG \\<eu\\>');
    expect(md).toContain('[^2]: Sources: EuroDIG \\<eu\\>');
    expect(md).toContain('## Annex: Contributions');
    expect(md).toContain('| Brazil IGF | National initiative | BR | 12 March 2026 | Access first |');
    expect(md).toContain('Pipes \\| and');
    expect(md).toContain('**Endorsed by silence procedure on 1 April 2026, 12:00 UTC.**');
  });

  it('leaves a version without sources or calls as it was', () => {
    expect(versionMarkdown(content, { sources: {}, annex: [] })).toBe(versionMarkdown(content));
    expect(versionHtml(content, { sources: {}, annex: [] })).toBe(versionHtml(content));
  });

  it('writes HTML notes with back-links, an escaped annex and the stamp', () => {
    const html = versionHtml(content, extras);
    expect(html).toContain('<sup id="ref-1"><a href="#note-1">1</a></sup>');
    expect(html).toContain('<li id="note-1">Sources: Brazil IGF, EuroDIG &lt;eu&gt; <a href="#ref-1"');
    expect(html).toContain('<td>Pipes | and &lt;b&gt;bold&lt;/b&gt;</td>');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('<p class="stamp">Endorsed by silence procedure on 1 April 2026, 12:00 UTC.</p>');
  });

  it('writes real Word footnotes and the annex table', async () => {
    const files = unzip(await versionDocx(content, extras));
    const footnotes = files.get('word/footnotes.xml')?.toString('utf8') ?? '';
    expect(footnotes).toContain('Sources: Brazil IGF, EuroDIG &lt;eu&gt;');
    const xml = files.get('word/document.xml')!.toString('utf8');
    expect(xml.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(2);
    expect(xml).toContain('Annex: Contributions');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Endorsed by silence procedure on 1 April 2026');
  });
});
