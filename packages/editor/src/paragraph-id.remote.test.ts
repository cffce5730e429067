import { $createParagraphNode, $createTextNode, $getRoot, $parseSerializedNode, $setState } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openHeadlessCollabEditor } from './headless.js';
import { blockIdState } from './paragraph-id.js';
import {
  $blockAt,
  $serializeTree,
  appendParagraphs,
  copyOf,
  expectValidIds,
  useTestClients,
  pressEnter,
  readBlocks,
  type TestClient,
} from './testing/harness.js';
import { NETWORK_ORIGIN } from './testing/network.js';

// Duplicates and missing ids can only arrive from elsewhere: concurrent edits that each were
// fine locally, a peer without registerParagraphIds, an undo that restores a block whose id a
// peer reused meanwhile. Each editable client repairs them after the remote update.

const client = useTestClients();

/** Exchanges all missing updates between the docs until nothing is left to send. */
async function syncAll(...docs: Y.Doc[]): Promise<void> {
  for (let round = 0; round < 10; round++) {
    let sent = false;
    for (const from of docs) {
      for (const to of docs) {
        if (from === to) continue;
        const update = Y.encodeStateAsUpdate(from, Y.encodeStateVector(to));
        if (update.length > 2) {
          const before = Y.encodeStateVector(to);
          Y.applyUpdate(to, update, NETWORK_ORIGIN);
          if (!bytesEqual(before, Y.encodeStateVector(to))) sent = true;
        }
      }
    }
    // Let the scheduled repair updates commit and reach Yjs.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!sent) return;
  }
  throw new Error('docs did not settle');
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

describe('concurrent creation', () => {
  it('two people splitting the same paragraph at the same moment create different ids', async () => {
    const a = client();
    appendParagraphs(a.editor, 'one two three');
    const b = client(copyOf(a.doc));
    const [original] = readBlocks(a.editor);
    pressEnter(a.editor, 0, 4);
    pressEnter(b.editor, 0, 8);
    await syncAll(a.doc, b.doc);
    const merged = readBlocks(a.editor);
    expect(readBlocks(b.editor)).toEqual(merged);
    expect(merged[0]).toEqual({ ...original, text: 'one ' });
    expect(merged).toHaveLength(3);
    expectValidIds(merged.map((x) => x.id));
  });
});

describe('ids that arrive broken from peers are repaired', () => {
  it('two people move the same paragraph at once: the first copy in document order keeps its id', async () => {
    const a = client();
    appendParagraphs(a.editor, 'alpha', 'beta', 'gamma');
    const b = client(copyOf(a.doc));
    const [alpha, beta, gamma] = readBlocks(a.editor);
    // A moves "alpha" below "beta"; B, at the same time, moves it below "gamma". Each is a
    // cut-and-paste, which keeps the id locally because the original is gone.
    const move = (c: TestClient, after: number): void =>
      c.editor.update(
        () => {
          const json = $serializeTree($blockAt(0));
          const target = $blockAt(after);
          $blockAt(0).remove();
          target.insertAfter($parseSerializedNode(json));
        },
        { discrete: true },
      );
    move(a, 1);
    move(b, 2);
    expect(readBlocks(a.editor).map((x) => x.id)).toEqual([beta!.id, alpha!.id, gamma!.id]);
    expect(readBlocks(b.editor).map((x) => x.id)).toEqual([beta!.id, gamma!.id, alpha!.id]);

    await syncAll(a.doc, b.doc);
    const merged = readBlocks(a.editor);
    expect(readBlocks(b.editor)).toEqual(merged);
    expect(merged.map((x) => x.text)).toEqual(['beta', 'alpha', 'gamma', 'alpha']);
    expect(merged.map((x) => x.id).slice(0, 3)).toEqual([beta!.id, alpha!.id, gamma!.id]);
    expectValidIds(merged.map((x) => x.id));
  });

  it('an undo that restores a block whose id a peer reused: the first in document order keeps it', async () => {
    const a = client();
    appendParagraphs(a.editor, 'alpha', 'beta');
    a.undoManager.clear();
    const b = client(copyOf(a.doc));
    const [alpha, beta] = readBlocks(a.editor);
    a.editor.update(() => $blockAt(0).remove(), { discrete: true });
    await syncAll(a.doc, b.doc);
    // B pastes the paragraph A deleted (from an old clipboard, edited): nobody holds its id any
    // more, so it keeps it, as a moved paragraph does.
    b.editor.update(
      () => {
        const pasted = $createParagraphNode().append($createTextNode('alpha again'));
        $getRoot().append($setState(pasted, blockIdState, alpha!.id));
      },
      { discrete: true },
    );
    expect(readBlocks(b.editor).map((x) => x.id)).toEqual([beta!.id, alpha!.id]);
    // A undoes its deletion concurrently.
    a.undoManager.undo();
    expect(readBlocks(a.editor).map((x) => x.id)).toEqual([alpha!.id, beta!.id]);

    await syncAll(a.doc, b.doc);
    const merged = readBlocks(a.editor);
    expect(readBlocks(b.editor)).toEqual(merged);
    expect(merged.map((x) => [x.text, x.id === alpha!.id])).toEqual([
      ['alpha', true],
      ['beta', false],
      ['alpha again', false],
    ]);
    expectValidIds(merged.map((x) => x.id));
  });

  it('blocks written without ids (by an editor without registerParagraphIds) get them from every client alike', async () => {
    const plain = openHeadlessCollabEditor(new Y.Doc());
    appendParagraphs(plain.editor, 'one', 'two');
    expect(readBlocks(plain.editor).map((x) => x.id)).toEqual(['', '']);
    // Two clients load the doc at the same time; both repair, concurrently.
    const a = client(copyOf(plain.doc));
    const b = client(copyOf(plain.doc));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expectValidIds(readBlocks(a.editor).map((x) => x.id));
    expectValidIds(readBlocks(b.editor).map((x) => x.id));
    expect(readBlocks(a.editor)).not.toEqual(readBlocks(b.editor));

    await syncAll(a.doc, b.doc, plain.doc);
    const merged = readBlocks(a.editor);
    expect(readBlocks(b.editor)).toEqual(merged);
    expect(readBlocks(plain.editor)).toEqual(merged);
    expectValidIds(merged.map((x) => x.id));
    plain.close();
  });

  it('a client that may not edit never repairs', async () => {
    const plain = openHeadlessCollabEditor(new Y.Doc());
    appendParagraphs(plain.editor, 'one');
    const reader = client(new Y.Doc());
    reader.editor.setEditable(false);
    const before = Y.encodeStateVector(reader.doc);
    Y.applyUpdate(reader.doc, Y.encodeStateAsUpdate(plain.doc), NETWORK_ORIGIN);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(readBlocks(reader.editor).map((x) => x.id)).toEqual(['']);
    expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(plain.doc));
    expect(before).not.toEqual(Y.encodeStateVector(reader.doc));
    plain.close();
  });
});
