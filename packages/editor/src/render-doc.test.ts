import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { renderYDoc } from './render-doc.js';
import { appendParagraphs, openTestClient } from './testing/harness.js';

describe('renderYDoc', () => {
  it('renders a live, bound doc in all three formats without touching it or its editor', () => {
    const client = openTestClient();
    appendParagraphs(client.editor, 'Written by a client.');
    const before = Y.encodeStateAsUpdate(client.doc);

    const json = renderYDoc(client.doc, 'json');
    const [block] = json.paragraphs;
    expect(json.paragraphs).toEqual([
      {
        id: block!.id,
        number: 1,
        type: 'paragraph',
        text: 'Written by a client.',
        runs: [{ text: 'Written by a client.' }],
      },
    ]);
    expect(renderYDoc(client.doc, 'markdown')).toBe(`**1.** Written by a client. <!-- id: ${block!.id} -->\n`);
    expect(renderYDoc(Y.encodeStateAsUpdate(client.doc), 'html')).toBe(
      `<p id="${block!.id}" data-number="1"><span class="num">1</span> Written by a client.</p>`,
    );

    expect(Y.encodeStateAsUpdate(client.doc)).toEqual(before);
    // The client's own binding still works.
    appendParagraphs(client.editor, 'And more.');
    expect(renderYDoc(client.doc, 'json').paragraphs.map((p) => p.number)).toEqual([1, 2]);
    client.close();
  });

  it('renders an empty doc as an empty document', () => {
    expect(renderYDoc(new Y.Doc(), 'json')).toEqual({ paragraphs: [] });
    expect(renderYDoc(new Y.Doc(), 'html')).toBe('');
  });
});
