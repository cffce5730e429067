import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openHeadlessCollabEditor } from './headless.js';
import { $listBlocks } from './numbering.js';
import { $ensureParagraphIds } from './paragraph-id.js';
import { $renderMarkdown } from './render-markdown.js';
import { $buildSampleDocument } from './testing/sample.js';

function render(build: () => void): { markdown: string; ids: string[] } {
  const session = openHeadlessCollabEditor(new Y.Doc());
  session.editor.update(build, { discrete: true });
  const result = session.editor.read(() => ({ markdown: $renderMarkdown(), ids: $listBlocks().map((b) => b.id) }));
  session.close();
  return result;
}

describe('$renderMarkdown', () => {
  it('renders headings, bold numbers, quotes, nested lists, formats, safe links and an id comment per block', () => {
    const { markdown, ids } = render($buildSampleDocument);
    const [h1, p1, empty, h2, p2, quote, ul, first, wrapper, ol, nested, second, last] = ids;
    expect(markdown).toBe(
      [
        `# Policy Menus <!-- id: ${h1} -->`,
        '',
        `**1.** The group met **online** and *<u>agreed</u>* on the [draft](https://www.intgovforum.org/?a=1\\&b=2). <!-- id: ${p1} -->`,
        '',
        `<!-- id: ${empty} -->`,
        '',
        `## Findings <!-- id: ${h2} -->`,
        '',
        `**2.** \\<script\\>alert(1)\\</script\\> and \\<img src=x onerror=alert(2)\\>\\`,
        `1\\. not a list, not a link and \`x = y\` ~~gone~~ <!-- id: ${p2} -->`,
        '',
        `> Access is a right. **\\*Stars\\*** <!-- id: ${quote} -->`,
        '',
        `<!-- id: ${ul} -->`,
        `- first <!-- id: ${first} -->`,
        `  <!-- id: ${wrapper} -->`,
        `  <!-- id: ${ol} -->`,
        `  1. nested <!-- id: ${nested} -->`,
        `- \\- second <!-- id: ${second} -->`,
        '',
        `**3.** \\# Last paragraph <!-- id: ${last} -->`,
        '',
      ].join('\n'),
    );
  });

  it('escapes markup typed as text and keeps numbered list values and task items', () => {
    const { markdown } = render(() => {
      $getRoot().append(
        $createParagraphNode().append($createTextNode('*not bold* _nor_ [a](link) <b> &amp; `code` ~~x~~ | a')),
        $createListNode('number', 3).append(
          $createListItemNode().append($createTextNode('three')),
          $createListItemNode().append($createTextNode('> not a quote')),
        ),
        $createListNode('check').append($createListItemNode(true).append($createTextNode('done'))),
      );
      $ensureParagraphIds();
    });
    const lines = markdown.split('\n').map((line) => line.replace(/ <!-- id: p[\w-]+ -->$/, ''));
    expect(lines.filter((line) => !line.startsWith('<!--'))).toEqual([
      '**1.** \\*not bold\\* \\_nor\\_ \\[a\\](link) \\<b\\> \\&amp; \\`code\\` \\~\\~x\\~\\~ \\| a',
      '',
      '3. three',
      '4. \\> not a quote',
      '',
      '- [x] done',
      '',
    ]);
  });
});
