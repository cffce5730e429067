import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readableCopy } from './readable-copy.js';
import { renderYDoc } from './render-doc.js';
import { appendParagraphs, openTestClient } from './testing/harness.js';

/** A doc with one paragraph, then `junk` appended to the root by hand. */
function withJunk(junk: (root: Y.XmlText) => void): Y.Doc {
  const client = openTestClient();
  appendParagraphs(client.editor, 'The rest of the document.');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(client.doc));
  client.close();
  doc.transact(() => junk(doc.get('root', Y.XmlText)));
  return doc;
}

const shapes: Record<string, [(root: Y.XmlText) => void, string]> = {
  'a decorator posing as a paragraph': [
    (root) => {
      const posing = new Y.XmlElement();
      root.insertEmbed(root.length, posing);
      posing.setAttribute('__type', 'paragraph');
    },
    '[unsupported content: unreadable decorator posing as paragraph]',
  ],
  'a text node whose type is a number': [
    (root) => {
      const text = new Y.Map<unknown>();
      root.insertEmbed(root.length, text);
      text.set('__type', 5);
    },
    '[unsupported content: unreadable node without a type]',
  ],
  'a root inside the root': [
    (root) => {
      const inner = new Y.XmlText();
      root.insertEmbed(root.length, inner);
      inner.setAttribute('__type', 'root');
      inner.insert(0, 'x');
    },
    '[unsupported content: unreadable root]',
  ],
};

describe('readableCopy', () => {
  for (const [name, [junk, label]] of Object.entries(shapes)) {
    it(`renders a document holding ${name}, with a placeholder, and leaves the source as it was`, () => {
      const doc = withJunk(junk);
      const before = Y.encodeStateAsUpdate(doc);
      const html = renderYDoc(doc, 'html');
      expect(html).toContain('The rest of the document.');
      expect(html).toContain(label);
      expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    });
  }

  it('changes nothing in a sound document', () => {
    const doc = withJunk(() => {});
    const copy = readableCopy(doc);
    expect(Y.encodeStateAsUpdate(copy)).toEqual(Y.encodeStateAsUpdate(doc));
  });
});
