/**
 * The attribution extension inside a real room's update pipeline (screen on a replica, store,
 * apply), with the SQL store on each dialect: an update is attributed to the person its origin stands for,
 * only once it is stored; an update refused by a later check, or whose storing failed, leaves
 * no trace; unwritten runs show at once and reach the table on flush and when the room unloads.
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { appendParagraphs, openTestClient, type TestClient } from '../../../packages/editor/src/testing/harness.js';
import type { CheckUpdatePayload, Extension } from '../collab/extension.js';
import type { Taken } from './coalescer.js';
import { Hooks } from '../collab/hooks.js';
import { Room } from '../collab/room.js';
import { DocumentSchema } from '../extensions/document-schema.js';
import { OnBehalfOf } from '../extensions/on-behalf-of.js';
import { createLogger } from '../logger.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { Attribution } from './attribution.js';
import { SqlHistoryStore } from './store.js';

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

describe.each(dialects)('Attribution on %s', (dialect) => {
  const t = testDatabase(dialect, 'attribution');
  const attributions: Attribution[] = [];
  afterEach(async () => {
    for (const a of attributions.splice(0)) await a.onDestroy();
  });

  async function setup(extra: Extension[] = []) {
    const people = await seedTwoPeople(t.sql);
    const store = new SqlHistoryStore(t.sql);
    const attribution = new Attribution({ store, logger: log });
    attributions.push(attribution);
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

  it('records a stored change in the name its origin stands for, at once and in the table after a flush', async () => {
    const { ana, attribution, store, editor, send } = await setup();
    await send(ana, () => appendParagraphs(editor.editor, 'Ana wrote this.'));
    const [change] = attribution.unwritten('d');
    expect(change).toMatchObject({ personId: ana, before: null, after: 'Ana wrote this.' });
    expect(await store.ofBlock('d', change!.blockId)).toEqual([]);
    await attribution.flush();
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

  it('writes one batch at a time, shows a batch while it is being written, and retries one that failed', async () => {
    const { ana, editor, send } = await setup();
    const real = new SqlHistoryStore(t.sql);
    let running = 0;
    let most = 0;
    let fail = true;
    let gated = true;
    const gates: Array<() => void> = [];
    const store = {
      closeLeftOpen: () => real.closeLeftOpen(),
      write: async (taken: Taken) => {
        most = Math.max(most, ++running);
        try {
          if (gated) await new Promise<void>((resolve) => gates.push(resolve));
          if (fail) throw new Error('database unreachable');
          await real.write(taken);
        } finally {
          running--;
        }
      },
    };
    const slow = new Attribution({ store, logger: log, sweepMs: 0 });
    attributions.push(slow);
    // The same stored update reaches this extension too, through a second room on its own hooks.
    const hooks = new Hooks([new DocumentSchema(), slow]);
    const room = new Room('d', hooks, log, { unloadGraceMs: 60_000, onGone: () => {} });
    await room.loaded;
    await send(ana, () => appendParagraphs(editor.editor, 'Slow words.'));
    await room.submitServerUpdate(Y.encodeStateAsUpdate(editor.doc), new OnBehalfOf(ana, 'test'));
    const blockId = slow.unwritten('d')[0]!.blockId;
    const first = slow.flush();
    const second = slow.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(gates).toHaveLength(1);
    expect(slow.unwritten('d', blockId)).toMatchObject([{ after: 'Slow words.' }]);
    gates.shift()!();
    await first;
    // Failed, put back: still shown, and written by the next write.
    expect(slow.unwritten('d', blockId)).toMatchObject([{ after: 'Slow words.' }]);
    fail = false;
    await new Promise((resolve) => setImmediate(resolve));
    gates.shift()!();
    await second;
    gated = false;
    expect(most).toBe(1);
    expect(await real.ofBlock('d', blockId)).toMatchObject([{ personId: ana, after: 'Slow words.' }]);
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
