/** The update log on both dialects (SQLite-only behaviour: sqlite/document-store.test.ts and compactor.test.ts). */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { documentStoreOn } from './open.js';
import { PostgresDocumentStore } from './postgres/document-store.js';
import { SqlRecordStore } from './record-store.js';
import { PostgresSql } from './sql/postgres.js';
import type { SqlDatabase } from './sql/types.js';
import { dialects, freshPostgres, testDatabase } from './testing.js';
import type { DocumentStore } from './types.js';

/** Edits a doc and returns the update each edit produced. */
function edits(doc: Y.Doc, texts: string[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  const listener = (u: Uint8Array) => out.push(u);
  doc.on('update', listener);
  for (const t of texts) doc.getText('t').insert(doc.getText('t').length, t);
  doc.off('update', listener);
  return out;
}

function rebuild(stored: { snapshot: Uint8Array | undefined; updates: Uint8Array[] }): string {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

async function withDocuments(sql: SqlDatabase, ...ids: string[]): Promise<void> {
  const records = new SqlRecordStore(sql);
  await records.createWorkspace({ id: 'w', name: 'W' });
  for (const id of ids) await records.createDocument({ id, workspaceId: 'w', title: id, kind: 'outcome' });
}

describe.each(dialects)('the document store on %s', (dialect) => {
  const t = testDatabase(dialect, 'document_store');
  let store: DocumentStore;
  const open = async () => {
    await withDocuments(t.sql, 'd', 'other');
    store = documentStoreOn(t.sql);
  };

  it('starts empty', async () => {
    await open();
    expect(await store.load('d')).toEqual({ snapshot: undefined, updates: [], lastSeq: 0 });
    expect(await store.heads(['d', 'ghost'])).toEqual(
      new Map([
        ['d', 0],
        ['ghost', 0],
      ]),
    );
  });

  it('appends in order, keeps documents apart, and says where each batch landed', async () => {
    await open();
    const doc = new Y.Doc();
    const [a, b, c] = edits(doc, ['a', 'b', 'c']);
    const first = await store.append('d', [a!, b!]);
    const other = await store.append('other', edits(new Y.Doc(), ['x']));
    const second = await store.append('d', [c!]);
    expect(first.previousSeq).toBe(0);
    expect(first.lastSeq).toBeGreaterThan(0);
    expect(other.previousSeq).toBe(0);
    expect(second.previousSeq).toBe(first.lastSeq);
    expect(second.lastSeq).toBeGreaterThan(second.previousSeq);
    const stored = await store.load('d');
    expect(stored.updates).toHaveLength(3);
    expect(stored.lastSeq).toBe(second.lastSeq);
    expect(rebuild(stored)).toBe('abc');
    expect(rebuild(await store.load('other'))).toBe('x');
    expect(await store.heads(['d', 'other'])).toEqual(
      new Map([
        ['d', second.lastSeq],
        ['other', other.lastSeq],
      ]),
    );
  });

  it('compacts a prefix into a snapshot and keeps what came after; the head and the chain go on from it', async () => {
    await open();
    const doc = new Y.Doc();
    const { lastSeq: upto } = await store.append('d', edits(doc, ['1', '2', '3']));
    const snapshot = Y.encodeStateAsUpdate(doc);
    await store.compact('d', snapshot, upto);
    expect(await store.heads(['d'])).toEqual(new Map([['d', upto]]));
    expect((await store.append('d', edits(doc, ['4']))).previousSeq).toBe(upto);
    const stored = await store.load('d');
    expect(stored.snapshot).toBeDefined();
    expect(stored.updates).toHaveLength(1);
    expect(rebuild(stored)).toBe('1234');
    expect(await store.countUpdates('d')).toBe(1);
  });

  it('never lets an older snapshot replace a newer one', async () => {
    await open();
    const doc = new Y.Doc();
    const s1 = (await store.append('d', edits(doc, ['a']))).lastSeq;
    const old = Y.encodeStateAsUpdate(doc);
    const s2 = (await store.append('d', edits(doc, ['b']))).lastSeq;
    await store.compact('d', Y.encodeStateAsUpdate(doc), s2);
    await store.compact('d', old, s1);
    expect(rebuild(await store.load('d'))).toBe('ab');
  });

  it('loads what came after a seq: the updates, or the snapshot when a compaction folded some of them', async () => {
    await open();
    const doc = new Y.Doc();
    const first = await store.append('d', edits(doc, ['a', 'b']));
    const second = await store.append('d', edits(doc, ['c']));
    const since = await store.loadSince('d', first.lastSeq);
    expect(since.snapshot).toBeUndefined();
    expect(since.updates).toHaveLength(1);
    expect(since.lastSeq).toBe(second.lastSeq);
    const caughtUp = await store.loadSince('d', second.lastSeq);
    expect(caughtUp).toEqual({ snapshot: undefined, updates: [], lastSeq: second.lastSeq });

    await store.compact('d', Y.encodeStateAsUpdate(doc), second.lastSeq);
    const third = await store.append('d', edits(doc, ['d']));
    // Behind the snapshot: it comes whole, with what followed it.
    const behind = await store.loadSince('d', first.lastSeq);
    expect(behind.snapshot).toBeDefined();
    expect(behind.updates).toHaveLength(1);
    expect(behind.lastSeq).toBe(third.lastSeq);
    expect(rebuild(behind)).toBe('abcd');
    // Past the snapshot: only the log after.
    const after = await store.loadSince('d', second.lastSeq);
    expect(after.snapshot).toBeUndefined();
    expect(after.updates).toHaveLength(1);
  });

  it('refuses updates for a document that has no record', async () => {
    await open();
    await expect(store.append('ghost', edits(new Y.Doc(), ['x']))).rejects.toThrow(/FOREIGN KEY|no record/);
  });
});

describe.runIf(dialects.includes('postgres'))('PostgresDocumentStore', () => {
  const t = testDatabase('postgres', 'pg_document_store');

  it('folds the stored log into the snapshot and keeps what came after', async () => {
    await withDocuments(t.sql, 'd');
    const store = new PostgresDocumentStore(t.sql as PostgresSql);
    const doc = new Y.Doc();
    const { lastSeq: upto } = await store.append('d', edits(doc, ['fold', 'ed']));
    await store.append('d', edits(doc, [' later']));
    const bytes = await store.fold('d', upto);
    expect(bytes).toBeGreaterThan(0);
    const stored = await store.load('d');
    expect(stored.snapshot?.length).toBe(bytes);
    expect(stored.updates).toHaveLength(1);
    expect(rebuild(stored)).toBe('folded later');
    expect(await store.countUpdates('d')).toBe(1);
  });

  it('leaves the log alone while another instance folds the same document', async () => {
    await withDocuments(t.sql, 'd');
    const store = new PostgresDocumentStore(t.sql as PostgresSql);
    const { lastSeq } = await store.append('d', edits(new Y.Doc(), ['a', 'b']));
    await t.sql.withLock('compact:d', async () => {
      expect(await store.fold('d', lastSeq)).toBe(0);
    });
    expect(await store.countUpdates('d')).toBe(2);
  });

  it('chains the batches of two instances appending to one document at once, without gap or duplicate', async () => {
    const pg = await freshPostgres('pg_document_chain');
    const second = new PostgresSql({ url: process.env.DATABASE_URL!, schema: pg.sql.schema, max: 4 });
    try {
      await withDocuments(pg.sql, 'd');
      const stores = [new PostgresDocumentStore(pg.sql), new PostgresDocumentStore(second)];
      const writers = stores.map((store, i) => {
        const doc = new Y.Doc();
        return Promise.all(Array.from({ length: 40 }, (_, n) => store.append('d', edits(doc, [`${i}:${n} `, 'x']))));
      });
      const batches = (await Promise.all(writers)).flat().sort((a, b) => a.previousSeq - b.previousSeq);
      expect(batches).toHaveLength(80);
      // Each batch starts where exactly one other ended: one chain from 0 to the head.
      expect(batches[0]!.previousSeq).toBe(0);
      for (let i = 1; i < batches.length; i++) expect(batches[i]!.previousSeq).toBe(batches[i - 1]!.lastSeq);
      expect(await stores[1]!.heads(['d'])).toEqual(new Map([['d', batches.at(-1)!.lastSeq]]));
      expect((await stores[0]!.load('d')).updates).toHaveLength(160);
    } finally {
      await second.close();
      await pg.drop();
    }
  });
});
