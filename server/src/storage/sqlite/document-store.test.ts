/** What only SQLite's update log does; the behaviour both dialects share is tested in ../document-store.test.ts. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { SqlRecordStore } from '../record-store.js';
import { SqliteSql } from '../sql/sqlite.js';
import { openDatabase } from './database.js';
import { SqliteDocumentStore } from './document-store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SqliteDocumentStore', () => {
  it('survives reopening the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-store-'));
    dirs.push(dir);
    const sql = new SqliteSql(openDatabase(dir));
    await new SqlRecordStore(sql).createWorkspace({ id: 'w', name: 'W' });
    await new SqlRecordStore(sql).createDocument({ id: 'd', workspaceId: 'w', title: 'D', kind: 'outcome' });
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'durable');
    await new SqliteDocumentStore(sql).append('d', [Y.encodeStateAsUpdate(doc)]);
    await sql.close();

    const reopened = new SqliteSql(openDatabase(dir));
    try {
      const stored = await new SqliteDocumentStore(reopened).load('d');
      const copy = new Y.Doc();
      for (const update of stored.updates) Y.applyUpdate(copy, update);
      expect(copy.getText('t').toString()).toBe('durable');
    } finally {
      await reopened.close();
    }
  });

  it('keeps a statement made while another store holds a transaction out of that transaction', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-store-'));
    dirs.push(dir);
    const sql = new SqliteSql(openDatabase(dir));
    try {
      await new SqlRecordStore(sql).createWorkspace({ id: 'w', name: 'W' });
      await new SqlRecordStore(sql).createDocument({ id: 'd', workspaceId: 'w', title: 'D', kind: 'outcome' });
      const store = new SqliteDocumentStore(sql);
      let appended: Promise<unknown> | undefined;
      await expect(
        sql.transaction(async (tx) => {
          await tx.run("UPDATE workspaces SET name = 'rolled back' WHERE id = 'w'");
          // Runs after the transaction ends, not inside it: the rollback must not take it along.
          appended = store.append('d', [Uint8Array.of(0, 0)]);
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      await appended;
      expect(await store.countUpdates('d')).toBe(1);
      expect((await sql.get<{ name: string }>("SELECT name FROM workspaces WHERE id = 'w'"))?.name).toBe('W');
    } finally {
      await sql.close();
    }
  });
});
