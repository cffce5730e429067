import * as Y from 'yjs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SqliteSql } from '../sql/sqlite.js';
import { SqliteDocumentStore } from './document-store.js';
import { foldStoredLog } from './fold.js';
import { SqlRecordStore } from '../record-store.js';
import { testDatabase } from '../testing.js';

const database = testDatabase('sqlite', 'fold');
let store: SqliteDocumentStore;

beforeEach(async () => {
  store = new SqliteDocumentStore(database.sql as SqliteSql);
  const records = new SqlRecordStore(database.sql);
  await records.createWorkspace({ id: 'w', name: 'W' });
  await records.createDocument({ id: 'd', workspaceId: 'w', title: 'D', kind: 'outcome' });
});

/** One update per character typed at the end of `t`. */
function typed(doc: Y.Doc, text: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  const listener = (u: Uint8Array) => out.push(u);
  doc.on('update', listener);
  for (const ch of text) doc.getText('t').insert(doc.getText('t').length, ch);
  doc.off('update', listener);
  return out;
}

const textOf = (stored: { snapshot: Uint8Array | undefined; updates: Uint8Array[] }): string => {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
};

describe('foldStoredLog', () => {
  it('folds a log read in many small chunks into the same state, and keeps what came after', async () => {
    const doc = new Y.Doc();
    const upto = (await store.append('d', typed(doc, 'hello, chunked world'))).lastSeq;
    await store.append('d', typed(doc, '!'));
    // A chunk of 40 bytes holds a couple of updates: the log is applied in many transactions.
    const stats = await foldStoredLog(store, 'd', upto, 40);
    expect(stats).toMatchObject({ updates: 20, uptoSeq: upto });
    const stored = await store.load('d');
    expect(stored.snapshot?.length).toBe(stats.bytes);
    expect(stored.updates).toHaveLength(1);
    expect(textOf(stored)).toBe('hello, chunked world!');
    expect(stats.heapPeakBytes).toBeGreaterThanOrEqual(stats.heapBeforeBytes);
  });

  it('folds onto an earlier snapshot, deletions included', async () => {
    const doc = new Y.Doc();
    await foldStoredLog(store, 'd', (await store.append('d', typed(doc, 'abcdef'))).lastSeq, 40);
    const changes: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => changes.push(u));
    doc.getText('t').delete(1, 3);
    doc.getText('t').insert(1, 'X');
    const upto = (await store.append('d', changes)).lastSeq;
    const stats = await foldStoredLog(store, 'd', upto, 40);
    expect(stats.updates).toBe(2);
    const stored = await store.load('d');
    expect(stored.updates).toHaveLength(0);
    expect(textOf(stored)).toBe('aXef');
  });

  it('leaves the snapshot as it is when there is nothing to fold', async () => {
    const upto = (await store.append('d', typed(new Y.Doc(), 'same'))).lastSeq;
    const first = await foldStoredLog(store, 'd', upto);
    const before = (await store.load('d')).snapshot;
    const again = await foldStoredLog(store, 'd', upto);
    expect(again).toMatchObject({ updates: 0, bytes: first.bytes, uptoSeq: upto });
    expect((await store.load('d')).snapshot).toEqual(before);
  });

  it('fails on an update Yjs cannot read and leaves the log untouched', async () => {
    await store.append('d', typed(new Y.Doc(), 'kept'));
    const bad = (await store.append('d', [Uint8Array.of(0xff, 0x00, 0xff)])).lastSeq;
    await expect(foldStoredLog(store, 'd', bad)).rejects.toThrow();
    const stored = await store.load('d');
    expect(stored.snapshot).toBeUndefined();
    expect(stored.updates).toHaveLength(5);
  });
});

describe('SqliteDocumentStore.scan', () => {
  it('hands over the snapshot alone, then the log in chunks of about the given size, in order', async () => {
    const doc = new Y.Doc();
    const first = (await store.append('d', typed(doc, 'ab'))).lastSeq;
    await store.compact('d', Y.encodeStateAsUpdate(doc), first);
    const updates = typed(doc, 'cdefgh');
    const last = (await store.append('d', updates)).lastSeq;
    const seen: { count: number; snapshot: boolean }[] = [];
    const oneUpdate = updates[0]!.length;
    const result = await store.scan('d', last, oneUpdate * 2, (chunk, snapshot) =>
      seen.push({ count: chunk.length, snapshot }),
    );
    expect(result).toEqual({ lastSeq: last, updates: 6, snapshotBytes: expect.any(Number) });
    expect(seen[0]).toEqual({ count: 1, snapshot: true });
    expect(seen.slice(1).every((s) => !s.snapshot && s.count <= 2)).toBe(true);
    expect(seen.slice(1).reduce((n, s) => n + s.count, 0)).toBe(6);
  });
});
