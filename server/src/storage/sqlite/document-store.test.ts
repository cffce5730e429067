import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './database.js';
import { SqliteSql } from '../sql/sqlite.js';
import { SqliteDocumentStore } from './document-store.js';
import { SqlRecordStore } from '../record-store.js';

let dir: string;
let db: Db;
let store: SqliteDocumentStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accord-store-'));
  db = openDatabase(dir);
  store = new SqliteDocumentStore(new SqliteSql(db));
  const records = new SqlRecordStore(new SqliteSql(db));
  await records.createWorkspace({ id: 'w', name: 'W' });
  await records.createDocument({ id: 'd', workspaceId: 'w', title: 'D', kind: 'outcome' });
  await records.createDocument({ id: 'other', workspaceId: 'w', title: 'O', kind: 'outcome' });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

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

describe('SqliteDocumentStore', () => {
  it('starts empty', async () => {
    expect(await store.load('d')).toEqual({ snapshot: undefined, updates: [], lastSeq: 0 });
  });

  it('appends in order and keeps documents apart', async () => {
    const doc = new Y.Doc();
    const [a, b, c] = edits(doc, ['a', 'b', 'c']);
    await store.append('d', [a!, b!]);
    const last = (await store.append('d', [c!])).lastSeq;
    await store.append('other', edits(new Y.Doc(), ['x']));
    const stored = await store.load('d');
    expect(stored.updates).toHaveLength(3);
    expect(stored.lastSeq).toBe(last);
    expect(rebuild(stored)).toBe('abc');
    expect(rebuild(await store.load('other'))).toBe('x');
  });

  it('compacts a prefix into a snapshot and keeps what came after', async () => {
    const doc = new Y.Doc();
    const updates = edits(doc, ['1', '2', '3']);
    const upto = (await store.append('d', updates)).lastSeq;
    const snapshot = Y.encodeStateAsUpdate(doc);
    const later = edits(doc, ['4']);
    await store.append('d', later);
    await store.compact('d', snapshot, upto);
    const stored = await store.load('d');
    expect(stored.snapshot).toBeDefined();
    expect(stored.updates).toHaveLength(1);
    expect(rebuild(stored)).toBe('1234');
    expect(await store.countUpdates('d')).toBe(1);
  });

  it('never lets an older snapshot replace a newer one', async () => {
    const doc = new Y.Doc();
    const s1 = (await store.append('d', edits(doc, ['a']))).lastSeq;
    const old = Y.encodeStateAsUpdate(doc);
    const s2 = (await store.append('d', edits(doc, ['b']))).lastSeq;
    await store.compact('d', Y.encodeStateAsUpdate(doc), s2);
    await store.compact('d', old, s1);
    expect(rebuild(await store.load('d'))).toBe('ab');
  });

  it('survives reopening the file', async () => {
    await store.append('d', edits(new Y.Doc(), ['durable']));
    db.close();
    db = openDatabase(dir);
    expect(rebuild(await new SqliteDocumentStore(new SqliteSql(db)).load('d'))).toBe('durable');
  });

  it('refuses updates for a document that has no record', async () => {
    await expect(store.append('ghost', edits(new Y.Doc(), ['x']))).rejects.toThrow(/FOREIGN KEY/);
  });
});
