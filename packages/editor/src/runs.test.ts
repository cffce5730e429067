import { $createLinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $createBracketNode } from './bracket-node.js';
import { openHeadlessCollabEditor } from './headless.js';
import { $renderJson } from './render.js';
import { runsToHtml, runsToMarkdownLines } from './render-runs.js';
import { inlineToRuns, runsToInline, type Run } from './runs.js';
import { $buildSampleDocument } from './testing/sample.js';

function json(build: () => void) {
  const session = openHeadlessCollabEditor(new Y.Doc());
  session.editor.update(build, { discrete: true });
  const result = session.editor.read(() => $renderJson());
  session.close();
  return result.paragraphs;
}

describe('$renderJson runs and list places', () => {
  const blocks = json($buildSampleDocument);

  it('keeps bold, italic, underline and links as runs whose text is the block text', () => {
    const first = blocks.find((b) => b.number === 1)!;
    expect(first.runs).toEqual([
      { text: 'The group met ' },
      { text: 'online', marks: ['bold'] },
      { text: ' and ' },
      { text: 'agreed', marks: ['italic', 'underline'] },
      { text: ' on the ' },
      { text: 'draft', href: 'https://www.intgovforum.org/?a=1&b=2' },
      { text: '.' },
    ]);
    for (const block of blocks)
      if (block.runs) expect(block.runs.map((r) => r.text).join(''), block.id).toBe(block.text);
  });

  it('drops a javascript: link but keeps its text, and keeps line breaks, code and strikethrough', () => {
    const second = blocks.find((b) => b.number === 2)!;
    expect(second.runs).toEqual([
      { text: '<script>alert(1)</script> and <img src=x onerror=alert(2)>\n1. not a list, not a link and ' },
      { text: 'x = y', marks: ['code'] },
      { text: ' ' },
      { text: 'gone', marks: ['strikethrough'] },
    ]);
  });

  it('places list items in their list: bulleted or numbered, and how deep', () => {
    expect(blocks.filter((b) => b.type === 'listitem').map((b) => [b.text, b.list])).toEqual([
      ['first', { ordered: false, depth: 0 }],
      ['', { ordered: false, depth: 0 }],
      ['nested', { ordered: true, depth: 1 }],
      ['- second', { ordered: false, depth: 0 }],
    ]);
    expect(blocks.filter((b) => b.type === 'list').every((b) => b.runs === undefined)).toBe(true);
  });

  it('marks bracketed text with its bracket id', () => {
    const [block] = json(() => {
      $getRoot().append(
        $createParagraphNode().append(
          $createTextNode('We '),
          $createBracketNode('b0123456789abcdef').append($createTextNode('shall')),
          $createTextNode(' act.'),
        ),
      );
    });
    expect(block!.runs!.map((r) => [r.text, r.bracket])).toEqual([
      ['We ', undefined],
      ['shall', 'b0123456789abcdef'],
      [' act.', undefined],
    ]);
  });
});

const hostile: Run[] = [
  { text: '<script>alert(1)</script> ' },
  { text: '**not bold** _x_ [a](b) `c`', marks: ['bold'] },
  { text: ' ' },
  { text: 'evil', href: 'javascript:alert(1)' },
  { text: ' ' },
  { text: 'site', href: 'https://igf.example/?q="x"&y=<z>' },
  { text: ' ' },
  { text: 'under', marks: ['underline', 'italic'] },
  { text: '\n# not a heading ' },
  { text: 'contested', bracket: 'b1' },
];

describe('runsToHtml', () => {
  const html = runsToHtml(hostile);
  it('escapes typed markup and keeps the allowed tags', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<strong>**not bold** _x_ [a](b) `c`</strong>');
    expect(html).toContain('<em><u>under</u></em>');
    expect(html).toContain('<br>');
  });
  it('drops javascript: links, keeps safe ones with rel and escaped', () => {
    expect(html).not.toMatch(/javascript/i);
    expect(html).toContain('evil');
    expect(html).toContain(
      '<a href="https://igf.example/?q=%22x%22&amp;y=%3Cz%3E" rel="noopener noreferrer nofollow">site</a>',
    );
  });
  it('shows brackets as [ … ]', () => {
    expect(html).toContain('<span class="bracket" data-bracket-id="b1">[contested]</span>');
  });
});

describe('runsToMarkdownLines', () => {
  const lines = runsToMarkdownLines(hostile);
  it('escapes Markdown control characters typed as text', () => {
    expect(lines[0]).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(lines[0]).toContain('**\\*\\*not bold\\*\\* \\_x\\_ \\[a\\](b) \\`c\\`**');
  });
  it('writes underline as <u>, drops unsafe links and keeps safe ones', () => {
    expect(lines[0]).toContain('*<u>under</u>*');
    expect(lines[0]).not.toMatch(/javascript/i);
    expect(lines[0]).toContain(' evil ');
    expect(lines[0]).toContain('[site](https://igf.example/?q=%22x%22\\&y=%3Cz%3E)');
  });
  it('breaks lines, makes a typed heading inert and shows brackets escaped', () => {
    expect(lines[1]).toBe('\\# not a heading \\[contested\\]');
  });
});

describe('inlineToRuns ∘ runsToInline', () => {
  it('gives the runs back', () => {
    const safe = hostile.map((r) => (r.href?.startsWith('javascript') ? { text: r.text } : r));
    expect(
      inlineToRuns(runsToInline(safe))
        .map((r) => r.text)
        .join(''),
    ).toBe(hostile.map((r) => r.text).join(''));
    expect(inlineToRuns(runsToInline(safe)).find((r) => r.text === 'under')).toEqual({
      text: 'under',
      marks: ['italic', 'underline'],
    });
  });
});
