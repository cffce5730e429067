import { withDOM } from '@lexical/headless/dom';
import { $createLinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openHeadlessCollabEditor } from './headless.js';
import { $listBlocks } from './numbering.js';
import { $ensureParagraphIds } from './paragraph-id.js';
import { $renderHtml, escapeHtml } from './render-html.js';
import { $buildSampleDocument } from './testing/sample.js';

function render(build: () => void): { html: string; ids: string[] } {
  const session = openHeadlessCollabEditor(new Y.Doc());
  session.editor.update(build, { discrete: true });
  const result = session.editor.read(() => ({ html: $renderHtml(), ids: $listBlocks().map((b) => b.id) }));
  session.close();
  return result;
}

/** Minimal DOM shapes for parsing the output in happy-dom (the package compiles without DOM types). */
interface ParsedElement {
  tagName: string;
  getAttributeNames(): string[];
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface ParsedDocument {
  body: { querySelectorAll(selector: string): ArrayLike<ParsedElement>; children: ArrayLike<ParsedElement> };
}

function parse(html: string): ParsedDocument {
  return withDOM((window) => {
    const Parser = (
      window as unknown as { DOMParser: new () => { parseFromString(s: string, t: string): ParsedDocument } }
    ).DOMParser;
    return new Parser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  });
}

describe('$renderHtml', () => {
  it('renders every block type with its id, and numbered paragraphs with their number', () => {
    const { html, ids } = render($buildSampleDocument);
    const [h1, p1, empty, h2, p2, quote, ul, first, wrapper, ol, nested, second, last] = ids;
    expect(html).toBe(
      [
        `<h1 id="${h1}">Policy Menus</h1>`,
        `<p id="${p1}" data-number="1"><span class="num">1</span> The group met <strong>online</strong> and <em><u>agreed</u></em> on the <a href="https://www.intgovforum.org/?a=1&amp;b=2" rel="noopener noreferrer nofollow">draft</a>.</p>`,
        `<p id="${empty}"></p>`,
        `<h2 id="${h2}">Findings</h2>`,
        `<p id="${p2}" data-number="2"><span class="num">2</span> &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt;<br>1. not a list, not a link and <code>x = y</code> <s>gone</s></p>`,
        `<blockquote id="${quote}">Access is a right. <strong>*Stars*</strong></blockquote>`,
        `<ul id="${ul}"><li id="${first}">first</li><li id="${wrapper}"><ol id="${ol}"><li id="${nested}">nested</li></ol></li><li id="${second}">- second</li></ul>`,
        `<p id="${last}" data-number="3"><span class="num">3</span> # Last paragraph</p>`,
      ].join('\n'),
    );
  });

  it('leaves script typed as text inert: no script element, no event handler, no unsafe link', () => {
    const { html } = render(() => {
      $getRoot().append(
        $createParagraphNode().append(
          $createTextNode('<script>alert(1)</script><img src=x onerror=alert(2)>"\' onmouseover=alert(3) x="'),
          $createLinkNode('javascript:alert(4)').append($createTextNode('js')),
          $createLinkNode(' JaVaScRiPt:alert(5)').append($createTextNode('js2')),
          $createLinkNode('data:text/html,<script>alert(6)</script>').append($createTextNode('data')),
          $createLinkNode('https://example.org/"><script>alert(7)</script>').append($createTextNode('quoted')),
          $createLinkNode('mailto:mag@example.org').append($createTextNode('mail')),
        ),
      );
      $ensureParagraphIds();
    });
    const doc = parse(html);
    expect(doc.body.querySelectorAll('script').length).toBe(0);
    expect(doc.body.querySelectorAll('img').length).toBe(0);
    const all = Array.from(doc.body.querySelectorAll('*'));
    expect(all.flatMap((el) => el.getAttributeNames()).filter((name) => name.startsWith('on'))).toEqual([]);
    const hrefs = Array.from(doc.body.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/%22%3E%3Cscript%3Ealert(7)%3C/script%3E', 'mailto:mag@example.org']);
    // The text reads exactly as typed.
    expect(doc.body.children[0]!.textContent).toBe(
      '1 <script>alert(1)</script><img src=x onerror=alert(2)>"\' onmouseover=alert(3) x="jsjs2dataquotedmail',
    );
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});
