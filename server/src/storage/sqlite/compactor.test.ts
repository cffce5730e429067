import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Compactor } from './compactor.js';
import { databaseFile, openDatabase, type Db } from './database.js';
import { SqliteSql } from '../sql/sqlite.js';
import { SqliteDocumentStore } from './document-store.js';
import { SqlRecordStore } from '../record-store.js';

let dir: string;
let db: Db;
let compactor: Compactor;
let store: SqliteDocumentStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accord-compactor-'));
  db = openDatabase(dir);
  compactor = new Compactor(databaseFile(dir), 'full');
  store = new SqliteDocumentStore(new SqliteSql(db), { compactor });
  const records = new SqlRecordStore(new SqliteSql(db));
  await records.createWorkspace({ id: 'w', name: 'W' });
  await records.createDocument({ id: 'd', workspaceId: 'w', title: 'D', kind: 'outcome' });
});
afterEach(async () => {
  await compactor.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function typed(doc: Y.Doc, words: string[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  const listener = (u: Uint8Array) => out.push(u);
  doc.on('update', listener);
  for (const w of words) doc.getText('t').insert(doc.getText('t').length, w);
  doc.off('update', listener);
  return out;
}

const text = (stored: { snapshot: Uint8Array | undefined; updates: Uint8Array[] }) => {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  stored.updates.forEach((u) => Y.applyUpdate(doc, u));
  return doc.getText('t').toString();
};

describe('Compactor (worker thread)', () => {
  it('folds the log up to a seq into the snapshot and keeps what came after', async () => {
    const doc = new Y.Doc();
    const upto = (await store.append('d', typed(doc, ['a', 'b', 'c']))).lastSeq;
    await store.append('d', typed(doc, ['d']));
    const bytes = await store.fold!('d', upto);
    expect(bytes).toBeGreaterThan(0);
    const stored = await store.load('d');
    expect(stored.snapshot).toBeDefined();
    expect(stored.updates).toHaveLength(1);
    expect(text(stored)).toBe('abcd');
  });

  it('folds on top of an earlier snapshot, and an older fold changes nothing', async () => {
    const doc = new Y.Doc();
    const first = (await store.append('d', typed(doc, ['x', 'y']))).lastSeq;
    await store.fold!('d', first);
    const second = (await store.append('d', typed(doc, ['z']))).lastSeq;
    await store.fold!('d', second);
    await store.fold!('d', first);
    const stored = await store.load('d');
    expect(stored.updates).toHaveLength(0);
    expect(stored.lastSeq).toBe(second);
    expect(text(stored)).toBe('xyz');
  });

  it('stops an idle worker and starts a new one for the next job', async () => {
    const quick = new Compactor(databaseFile(dir), 'full', { idleStopMs: 100 });
    const quickStore = new SqliteDocumentStore(new SqliteSql(db), { compactor: quick });
    try {
      const doc = new Y.Doc();
      await quickStore.fold!('d', (await quickStore.append('d', typed(doc, ['one']))).lastSeq);
      expect(quick.running).toBe(true);
      await new Promise((r) => setTimeout(r, 400));
      expect(quick.running).toBe(false);
      await quickStore.fold!('d', (await quickStore.append('d', typed(doc, [' two']))).lastSeq);
      expect(text(await quickStore.load('d'))).toBe('one two');
    } finally {
      await quick.close();
    }
  });

  it('reports a failure without touching the log', async () => {
    await store.append('d', typed(new Y.Doc(), ['kept']));
    db.prepare("INSERT INTO document_updates (document_id, data) VALUES ('d', x'ff00ff')").run();
    const seq = (db.prepare('SELECT MAX(seq) AS s FROM document_updates').get() as { s: number }).s;
    await expect(store.fold!('d', seq)).rejects.toThrow();
    expect((await store.load('d')).updates).toHaveLength(2);
  });
});

describe('appends while the worker folds', () => {
  it('never fail with "database is locked": the append takes the write lock before it reads the head', async () => {
    const doc = new Y.Doc();
    const updates = typed(
      doc,
      Array.from({ length: 12000 }, (_, i) => `w${i} `),
    );
    let folds = 0;
    let appending = true;
    // The worker folds again and again while the appends go on: its commits land between them.
    // Without IMMEDIATE this failed about every other run here (the race is a few microseconds wide).
    const folding = (async () => {
      while (appending) {
        const { lastSeq } = await store.loadSince('d', Number.MAX_SAFE_INTEGER);
        if (lastSeq > 0) await store.fold!('d', lastSeq);
        folds++;
      }
    })();
    try {
      for (let i = 0; i < updates.length; i += 2) {
        await store.append('d', updates.slice(i, i + 2));
        // Let the worker's commit in, as the relay's other work would.
        if (i % 4 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      appending = false;
      await folding;
    }
    expect(folds).toBeGreaterThan(0);
    expect(text(await store.load('d'))).toBe(doc.getText('t').toString());
  }, 60_000);
});
