import {
  $collectBlocks,
  $ensureParagraphIds,
  $getBlockId,
  $ownText,
  openHeadlessCollabEditor,
  renderYDoc,
} from '@accord/editor';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendUnknownBlock, appendUnknownInline } from '../../../packages/editor/src/testing/unknown-nodes.js';
import { CollabServer, type Extension } from '../collab/index.js';
import { createLogger } from '../logger.js';
import { blocksOfState, liveReset } from './live-reset.js';

/** Storage in memory: the initial state, then every stored batch. */
class MemoryStore implements Extension {
  readonly name = 'memory-store';
  readonly stored: Uint8Array[] = [];
  constructor(readonly initial: Uint8Array) {}
  onLoadDocument({ doc }: { doc: Y.Doc }): void {
    Y.applyUpdate(doc, this.initial);
    for (const update of this.stored) Y.applyUpdate(doc, update);
  }
  onStoreUpdates({ updates }: { updates: readonly Uint8Array[] }): void {
    this.stored.push(...updates);
  }
}

const servers: CollabServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.destroy()));
});

function server(store: MemoryStore): CollabServer {
  const collab = new CollabServer({
    extensions: [store],
    logger: createLogger('silent'),
    unloadGraceMs: 20,
    keepAliveMs: 60_000,
    maxQueuedBytes: 1 << 20,
  });
  servers.push(collab);
  return collab;
}

/** Edits `doc` with a Lexical editor bound to a copy (a doc takes one binding in its life), as a client would. */
function edit(doc: Y.Doc, change: () => void): void {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  const session = openHeadlessCollabEditor(copy);
  session.editor.update(change, { discrete: true });
  session.close();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(copy, before));
}

/** A doc with one paragraph per text, with ids. */
function docOf(...texts: string[]): Y.Doc {
  const doc = new Y.Doc();
  edit(doc, () => {
    for (const text of texts) $getRoot().append($createParagraphNode().append($createTextNode(text)));
    $ensureParagraphIds();
  });
  return doc;
}

/** Replaces the text of the paragraph at `index` (its id stays). */
function retype(doc: Y.Doc, index: number, text: string): void {
  edit(doc, () => $collectBlocks()[index]!.getFirstChildOrThrow().replace($createTextNode(text)));
}

const blocksOf = (doc: Y.Doc): Array<{ id: string; text: string }> => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const session = openHeadlessCollabEditor(copy);
  const blocks = session.editor.read(() => $collectBlocks().map((b) => ({ id: $getBlockId(b), text: $ownText(b) })));
  session.close();
  return blocks;
};

describe('liveReset (a document back to a saved state, through the room)', () => {
  it('keeps unchanged blocks as they are in Yjs, writes the others with their ids, removes unknown nodes, and stores it first', async () => {
    const live = docOf('Alpha.', 'Bravo.', 'Charlie.');
    const version = Y.encodeStateAsUpdate(live);
    const saved = blocksOf(live);
    retype(live, 1, 'Bravo, rewritten.');
    appendUnknownInline(live, 2, 'sticker', ' stuck');
    appendUnknownBlock(live, 'mystery-block', 'Hidden');
    const alphaItem = (live.get('root', Y.XmlText).toDelta()[0] as { insert: Y.XmlText }).insert._item!.id;

    const store = new MemoryStore(Y.encodeStateAsUpdate(live));
    const collab = server(store);
    const outcome = await liveReset(collab)('doc', blocksOfState(version), 'reset-test');

    expect(outcome).toEqual({ kept: 1, written: 2, removed: 3, rebuilt: false });
    expect(store.stored).toHaveLength(1);
    const room = collab.room('doc')!;
    expect(blocksOf(room.doc)).toEqual(saved);
    expect(renderYDoc(room.doc, 'markdown')).not.toContain('unsupported');
    // The kept paragraph is the same Yjs type: positions in it still resolve.
    const first = (room.doc.get('root', Y.XmlText).toDelta()[0] as { insert: Y.XmlText }).insert._item!.id;
    expect(first).toEqual(alphaItem);
  });

  it('writes nothing when the document already is the version', async () => {
    const live = docOf('Alpha.', 'Bravo.');
    const store = new MemoryStore(Y.encodeStateAsUpdate(live));
    const outcome = await liveReset(server(store))('doc', blocksOfState(Y.encodeStateAsUpdate(live)));
    expect(outcome).toEqual({ kept: 2, written: 0, removed: 0, rebuilt: false });
    expect(store.stored).toHaveLength(0);
  });

  it('rebuilds a document the editor cannot load at all', async () => {
    const live = docOf('Alpha.');
    const version = Y.encodeStateAsUpdate(live);
    const saved = blocksOf(live);
    // A decorator claiming a paragraph's type: no placeholder stands in for a known type.
    live.transact(() => {
      const root = live.get('root', Y.XmlText);
      const posing = new Y.XmlElement();
      root.insertEmbed(root.length, posing);
      posing.setAttribute('__type', 'paragraph');
    });
    // Renderers show it as a placeholder (readableCopy); an editor bound to it throws, hence `rebuilt` below.

    const store = new MemoryStore(Y.encodeStateAsUpdate(live));
    const collab = server(store);
    const outcome = await liveReset(collab)('doc', blocksOfState(version));
    expect(outcome).toEqual({ kept: 0, written: 1, removed: 2, rebuilt: true });
    expect(blocksOf(collab.room('doc')!.doc)).toEqual(saved);
  });
});
