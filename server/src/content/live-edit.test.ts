import {
  $bracketPassage,
  $collectBlocks,
  $ensureParagraphIds,
  $findBracket,
  $getBlockId,
  $ownText,
  $replaceBracket,
  openHeadlessCollabEditor,
} from '@accord/editor';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CollabServer, SERVER_ORIGIN, ServerWriteRefused, type Extension } from '../collab/index.js';
import { createLogger } from '../logger.js';
import { liveEdit } from './live-edit.js';

/** Storage in memory: every stored batch, in order; `failNext` makes the next store throw. */
class MemoryStore implements Extension {
  readonly name = 'memory-store';
  readonly stored: Uint8Array[] = [];
  readonly changes: unknown[] = [];
  failNext = false;
  loads = 0;
  constructor(readonly initial: Uint8Array) {}
  onLoadDocument({ doc }: { doc: Y.Doc }): void {
    this.loads++;
    Y.applyUpdate(doc, this.initial);
    for (const update of this.stored) Y.applyUpdate(doc, update);
  }
  onStoreUpdates({ updates }: { updates: readonly Uint8Array[] }): void {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('disk full');
    }
    this.stored.push(...updates);
  }
  onChange({ origin }: { origin: unknown }): void {
    this.changes.push(origin);
  }
}

/** A document with one paragraph with an id, made as a browser would. */
function seeded(text: string): Uint8Array {
  const doc = new Y.Doc();
  const session = openHeadlessCollabEditor(doc);
  session.editor.update(
    () => {
      $getRoot().append($createParagraphNode().append($createTextNode(text)));
      $ensureParagraphIds();
    },
    { discrete: true },
  );
  session.close();
  return Y.encodeStateAsUpdate(doc);
}

const servers: CollabServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.destroy()));
});

function server(store: MemoryStore, maxDocumentBytes?: number): CollabServer {
  const collab = new CollabServer({
    extensions: [store],
    logger: createLogger('silent'),
    unloadGraceMs: 20,
    keepAliveMs: 60_000,
    maxQueuedBytes: 1 << 20,
    ...(maxDocumentBytes === undefined ? {} : { maxDocumentBytes }),
  });
  servers.push(collab);
  return collab;
}

const textOf = (doc: Y.Doc): string[] => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const session = openHeadlessCollabEditor(copy);
  const texts = session.editor.read(() => $collectBlocks().map($ownText));
  session.close();
  return texts;
};

describe('liveEdit (server writes through the room)', () => {
  it('loads the document, stores the edit before applying it, and lets the room unload afterwards', async () => {
    const store = new MemoryStore(seeded('Access is a right.'));
    const collab = server(store);
    const refused = await liveEdit(collab)('doc', () => $bracketPassage('no-such-block', 0, 1)).catch(
      (error: Error) => error.message,
    );
    expect(refused).toBe('no block no-such-block');
    expect(store.stored).toEqual([]);

    const made = await liveEdit(collab)('doc', () => {
      $getRoot().append($createParagraphNode().append($createTextNode('Added by the server.')));
      return 'done';
    });
    expect(made).toBe('done');
    expect(store.stored).toHaveLength(1);
    expect(store.changes).toEqual([SERVER_ORIGIN]);
    expect(textOf(collab.room('doc')!.doc)).toEqual(['Access is a right.', 'Added by the server.']);
    await collab.room('doc')!.gone;
    expect(collab.room('doc')).toBeUndefined();
    expect(store.loads).toBe(1);
  });

  it('writes nothing when the edit changes nothing, and applies nothing when storing fails', async () => {
    const store = new MemoryStore(seeded('Unchanged.'));
    const collab = server(store);
    await liveEdit(collab)('doc', () => undefined);
    expect(store.stored).toEqual([]);
    store.failNext = true;
    await expect(
      liveEdit(collab)('doc', () => void $getRoot().append($createParagraphNode().append($createTextNode('Lost.')))),
    ).rejects.toThrow('disk full');
    await collab.withRoom('doc', (room) => expect(textOf(room.doc)).toEqual(['Unchanged.']));
  });

  it('is refused like a client’s edit when it would take the document over its size limit', async () => {
    const store = new MemoryStore(seeded('Small.'));
    const collab = server(store, 2048);
    const refused = await liveEdit(collab)(
      'doc',
      () => void $getRoot().append($createParagraphNode().append($createTextNode('x'.repeat(4096)))),
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ServerWriteRefused);
    expect((refused as ServerWriteRefused).code).toBe(4413);
    expect((refused as Error).message).toMatch(/size limit/);
    expect(store.stored).toEqual([]);
  });

  it('brackets and replaces a passage on the live doc', async () => {
    const store = new MemoryStore(seeded('Keep this text.'));
    const collab = server(store);
    const id = await liveEdit(collab)('doc', () => {
      const block = $collectBlocks()[0]!;
      return $bracketPassage($getBlockId(block), 5, 9, 'bOne').getKey() && 'bOne';
    });
    await liveEdit(collab)('doc', () => $replaceBracket($findBracket(id)!, 'that'));
    expect(textOf(collab.room('doc')!.doc)).toEqual(['Keep that text.']);
    expect(store.stored).toHaveLength(2);
  });

  it('writes an edit that only deletes (the state vector does not move)', async () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, seeded('Keep this text.'));
    // A second paragraph, in its own text node, written by another client.
    const session = openHeadlessCollabEditor(doc);
    session.editor.update(() => void $getRoot().append($createParagraphNode().append($createTextNode('Drop me.'))), {
      discrete: true,
    });
    session.close();
    const store = new MemoryStore(Y.encodeStateAsUpdate(doc));
    const collab = server(store);
    await liveEdit(collab)('doc', () => $getRoot().getLastChildOrThrow().remove());
    expect(textOf(collab.room('doc')!.doc)).toEqual(['Keep this text.']);
    expect(store.stored).toHaveLength(1);
  });
});
