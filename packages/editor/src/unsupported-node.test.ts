import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openHeadlessCollabEditor } from './headless.js';
import { renderYDoc } from './render-doc.js';
import { appendParagraphs, openTestClient } from './testing/harness.js';
import { appendUnknownBlock, appendUnknownInline } from './testing/unknown-nodes.js';

/** A doc with two paragraphs, an unknown inline element in the first and an unknown block after them. */
function brokenDoc(): Y.Doc {
  const client = openTestClient();
  appendParagraphs(client.editor, 'First paragraph.', 'Second paragraph.');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(client.doc));
  client.close();
  appendUnknownInline(doc, 0, 'sticker', ' inner words');
  appendUnknownBlock(doc, 'mystery-block', 'Hidden block text');
  return doc;
}

describe('nodes of an unregistered type', () => {
  it('crafted content in the Lexical layout loads when its type is known (the helper is faithful)', () => {
    const doc = new Y.Doc();
    appendUnknownBlock(doc, 'paragraph', 'A crafted paragraph');
    expect(renderYDoc(doc, 'markdown')).toContain('A crafted paragraph');
  });

  it('render as a visible placeholder in JSON, Markdown and HTML, with the rest of the document', () => {
    const doc = brokenDoc();
    const before = Y.encodeStateAsUpdate(doc);

    const json = renderYDoc(doc, 'json');
    expect(json.paragraphs.map((p) => p.text)).toEqual([
      'First paragraph.[unsupported content: sticker] inner words',
      'Second paragraph.',
    ]);
    expect(json.paragraphs.map((p) => p.number)).toEqual([1, 2]);

    const markdown = renderYDoc(doc, 'markdown');
    expect(markdown).toContain('Second paragraph.');
    expect(markdown).toContain('\\[unsupported content: sticker\\]');
    expect(markdown).toContain('\\[unsupported content: mystery-block\\]');
    expect(markdown).toContain('Hidden block text');

    const html = renderYDoc(doc, 'html');
    expect(html).toContain('[unsupported content: sticker] inner words');
    expect(html).toContain('[unsupported content: mystery-block]Hidden block text');

    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('an edit elsewhere leaves the unknown nodes as they are in Yjs', () => {
    const doc = brokenDoc();
    const session = openHeadlessCollabEditor(doc);
    session.editor.update(
      () => $getRoot().append($createParagraphNode().append($createTextNode('Added by the server.'))),
      { discrete: true },
    );
    session.close();
    const root = doc.get('root', Y.XmlText);
    const types = root.toDelta().map((op: { insert: Y.XmlText }) => op.insert.getAttribute('__type'));
    expect(types).toEqual(['paragraph', 'paragraph', 'mystery-block', 'paragraph']);
    expect(renderYDoc(doc, 'json').paragraphs.map((p) => p.text)).toContain('Added by the server.');
  });
});
