import { describe, expect, it } from 'vitest';
import { $bracketedText } from './brackets.js';
import { $collectBlocks } from './blocks.js';
import { renderYDoc } from './render-doc.js';
import { $suggestDelete, $suggestInsertText } from './suggestions.js';
import { appendParagraphs, openTestClient } from './testing/harness.js';
import { $select } from './testing/suggestion-text.js';

/** "Meet <on Monday>" with " in Geneva" suggested by ana after "Meet" and "Monday" struck by ben. */
function suggested() {
  const client = openTestClient();
  appendParagraphs(client.editor, 'Meet on Monday.');
  client.editor.update(
    () => {
      $select(0, 'Meet'.length);
      $suggestInsertText(' in Geneva', { personId: 'ana' });
    },
    { discrete: true },
  );
  client.editor.update(
    () => {
      $select(0, 'Meet in Geneva on '.length, 'Meet in Geneva on Monday'.length);
      $suggestDelete(true, { personId: 'ben' });
    },
    { discrete: true },
  );
  return client;
}

describe('renderings and suggestions', () => {
  it('show the base text by default: insertions left out, deletions kept as plain text', () => {
    const client = suggested();
    const [block] = renderYDoc(client.doc, 'json').paragraphs;
    expect(block).toMatchObject({ text: 'Meet on Monday.', runs: [{ text: 'Meet on Monday.' }] });
    expect(renderYDoc(client.doc, 'markdown')).toContain('**1.** Meet on Monday.');
    expect(renderYDoc(client.doc, 'html')).toContain('<span class="num">1</span> Meet on Monday.</p>');
    // What consensus hashes: a pending suggestion does not change an agreed paragraph.
    expect(client.editor.getEditorState().read(() => $bracketedText($collectBlocks()[0]!))).toBe('Meet on Monday.');
    client.close();
  });

  it('mark them on request: CriticMarkup in Markdown, <ins>/<del> in HTML, with the authors named', () => {
    const client = suggested();
    const authors = new Map([
      ['ana', 'Ana <A>'],
      ['ben', 'Ben'],
    ]);
    expect(renderYDoc(client.doc, 'markdown', { suggestions: 'include', authors })).toContain(
      '**1.** Meet{++ in Geneva++}{>>Ana \\<A\\><<} on {--Monday--}{>>Ben<<}.',
    );
    const html = renderYDoc(client.doc, 'html', { suggestions: 'include', authors });
    expect(html).toMatch(
      /Meet<ins class="suggestion" data-suggestion-id="s[\w-]+" data-by="ana" title="Suggested insertion by Ana &lt;A&gt;"> in Geneva<\/ins> on <del class="suggestion" data-suggestion-id="s[\w-]+" data-by="ben" title="Suggested deletion by Ben">Monday<\/del>\./,
    );
    // The choice holds for one rendering only.
    expect(renderYDoc(client.doc, 'markdown')).toContain('**1.** Meet on Monday.');
    client.close();
  });
});
