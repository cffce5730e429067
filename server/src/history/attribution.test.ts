/**
 * The attribution extension inside a real room's update pipeline (screen on a replica, store,
 * apply), with the SQLite store: an update is attributed to the person its origin stands for,
 * only once it is stored; an update refused by a later check, or whose storing failed, leaves
 * no trace; unwritten runs show at once and reach the table on flush and when the room unloads.
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { appendParagraphs, openTestClient, type TestClient } from '../../../packages/editor/src/testing/harness.js';
import type { CheckUpdatePayload, Extension } from '../collab/extension.js';
import { Hooks } from '../collab/hooks.js';
import { Room } from '../collab/room.js';
import { DocumentSchema } from '../extensions/document-schema.js';
import { OnBehalfOf } from '../extensions/on-behalf-of.js';
import { createLogger } from '../logger.js';
import { seedTwoPeople, tempDatabase } from '../storage/sqlite/testing.js';
import { Attribution } from './attribution.js';
import { SqliteHistoryStore } from './store.js';

const t = tempDatabase('attribution');
const log = createLogger('silent');
const open: TestClient[] = [];
afterEach(() => {
  for (const client of open.splice(0)) client.close();
});

/** A later check that refuses any update leaving "REFUSED" in the text. */
const refuser: Extension = {
  name: 'refuser',
  priority: 300,
  onCheckUpdate: ({ doc }: CheckUpdatePayload) =>
    doc.get('root', Y.XmlText).toString().includes('REFUSED') ? 'refused by the test' : undefined,
};

async function setup(extra: Extension[] = []) {
  const people = await seedTwoPeople(t.db);
  const store = new SqliteHistoryStore(t.db);
  const attribution = new Attribution({ store, logger: log });
  const hooks = new Hooks([new DocumentSchema(), attribution, refuser, ...extra]);
  const room = new Room('d', hooks, log, { unloadGraceMs: 60_000, onGone: () => {} });
  await room.loaded;
  // A person's editor on a doc of their own; its updates go to the room as a server write in their name.
  const editor = openTestClient(new Y.Doc());
  open.push(editor);
  const send = async (personId: string, edit: () => void): Promise<void> => {
    const updates: Uint8Array[] = [];
    const listen = (u: Uint8Array) => updates.push(u);
    editor.doc.on('update', listen);
    edit();
    editor.doc.off('update', listen);
    await room.submitServerUpdate(Y.mergeUpdates(updates), new OnBehalfOf(personId, 'test'));
  };
  return { ...people, store, attribution, room, editor, send, hooks };
}

describe('Attribution', () => {
  it('records a stored change in the name its origin stands for, at once and in the table after a flush', async () => {
    const { ana, attribution, store, editor, send } = await setup();
    await send(ana, () => appendParagraphs(editor.editor, 'Ana wrote this.'));
    const [change] = attribution.unwritten('d');
    expect(change).toMatchObject({ personId: ana, before: null, after: 'Ana wrote this.' });
    expect(await store.ofBlock('d', change!.blockId)).toEqual([]);
    attribution.flush();
    expect(await store.ofBlock('d', change!.blockId)).toMatchObject([{ personId: ana, after: 'Ana wrote this.' }]);
  });

  it('records nothing of an update a later check refused', async () => {
    const { ana, attribution, editor, send } = await setup();
    await expect(send(ana, () => appendParagraphs(editor.editor, 'REFUSED words.'))).rejects.toThrow(/refused/);
    expect(attribution.unwritten('d')).toEqual([]);
  });

  it('records nothing of an update whose storing failed', async () => {
    const failing: Extension = {
      name: 'failing-store',
      onStoreUpdates: () => {
        throw new Error('disk full');
      },
    };
    const { ana, attribution, editor, send } = await setup([failing]);
    await expect(send(ana, () => appendParagraphs(editor.editor, 'Lost words.'))).rejects.toThrow(/disk full/);
    expect(attribution.unwritten('d')).toEqual([]);
  });

  it('closes and writes the open runs of a document when it unloads', async () => {
    const { ana, attribution, room, store, editor, send } = await setup();
    await send(ana, () => appendParagraphs(editor.editor, 'Kept.'));
    const blockId = attribution.unwritten('d')[0]!.blockId;
    await room.unload();
    expect(attribution.unwritten('d')).toEqual([]);
    expect(await store.ofBlock('d', blockId)).toMatchObject([{ after: 'Kept.', closed: true }]);
  });
});
