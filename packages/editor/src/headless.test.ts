import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openHeadlessCollabEditor } from './headless.js';
import { $renderJson } from './render.js';
import { appendParagraphs, openTestClient, readBlocks } from './testing/harness.js';

describe('openHeadlessCollabEditor', () => {
  it('loads a stored doc, follows later changes and writes its own edits to the doc', () => {
    const writer = openTestClient();
    appendParagraphs(writer.editor, 'Stored.');
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(writer.doc));

    const session = openHeadlessCollabEditor(stored);
    expect(readBlocks(session.editor)).toEqual(readBlocks(writer.editor));

    appendParagraphs(writer.editor, 'Later.');
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(writer.doc, Y.encodeStateVector(stored)));
    expect(readBlocks(session.editor)).toEqual(readBlocks(writer.editor));

    session.editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('Server.'))), {
      discrete: true,
    });
    Y.applyUpdate(writer.doc, Y.encodeStateAsUpdate(stored, Y.encodeStateVector(writer.doc)));
    expect(readBlocks(writer.editor).map((b) => b.text)).toEqual(['Stored.', 'Later.', 'Server.']);
    session.close();
    writer.close();
  });

  it('never writes to the doc when only opened and rendered, even if ids are missing', () => {
    const plain = openHeadlessCollabEditor(new Y.Doc());
    appendParagraphs(plain.editor, 'No id yet.');
    // One binding per Y.Doc: @lexical/yjs keeps its bookkeeping on the shared types.
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(plain.doc));
    const before = Y.encodeStateAsUpdate(stored);
    const reader = openHeadlessCollabEditor(stored);
    const json = reader.editor.read(() => $renderJson());
    expect(json.paragraphs).toEqual([
      { id: '', number: 1, type: 'paragraph', text: 'No id yet.', runs: [{ text: 'No id yet.' }] },
    ]);
    expect(Y.encodeStateAsUpdate(stored)).toEqual(before);
    reader.close();
    plain.close();
  });
});
