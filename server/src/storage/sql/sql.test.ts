import { describe, expect, it } from 'vitest';
import { dialects, testDatabase } from '../testing.js';
import { isUniqueViolation } from './types.js';

describe.each(dialects)('the SQL database on %s', (dialect) => {
  const t = testDatabase(dialect, 'sql');

  it('binds blobs, numbers and nulls and reads them back', async () => {
    await t.sql.run(
      'CREATE TABLE probe (id TEXT PRIMARY KEY, n INTEGER, b ' +
        (dialect === 'postgres' ? 'BYTEA' : 'BLOB') +
        ', s TEXT)',
    );
    await t.sql.run('INSERT INTO probe (id, n, b, s) VALUES (?, ?, ?, ?)', ['a', 7, new Uint8Array([1, 2, 3]), null]);
    const row = await t.sql.get<{ n: number; b: Buffer; s: string | null; c: number }>(
      'SELECT n, b, s, (SELECT COUNT(*) FROM probe) AS c FROM probe WHERE id = ?',
      ['a'],
    );
    expect(row).toEqual({ n: 7, b: Buffer.from([1, 2, 3]), s: null, c: 1 });
  });

  it('rolls back a transaction that throws, and keeps what commits', async () => {
    await t.sql.run('CREATE TABLE probe (id TEXT PRIMARY KEY)');
    await expect(
      t.sql.transaction(async (tx) => {
        await tx.run("INSERT INTO probe (id) VALUES ('gone')");
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await t.sql.transaction(async (tx) => {
      await tx.run("INSERT INTO probe (id) VALUES ('kept')");
      // A nested transaction that fails takes only its own statements with it.
      await tx
        .transaction(async (inner) => {
          await inner.run("INSERT INTO probe (id) VALUES ('inner')");
          throw new Error('no');
        })
        .catch(() => {});
    });
    expect(await t.sql.all('SELECT id FROM probe ORDER BY id')).toEqual([{ id: 'kept' }]);
  });

  it('keeps a statement made while a transaction is open out of it', async () => {
    await t.sql.run('CREATE TABLE probe (id TEXT PRIMARY KEY)');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const tx = t.sql
      .transaction(async (q) => {
        await q.run("INSERT INTO probe (id) VALUES ('rolled-back')");
        await held;
        throw new Error('abort');
      })
      .catch(() => {});
    // Written by someone else while the transaction waits: it must survive the rollback.
    const outside = t.sql.run("INSERT INTO probe (id) VALUES ('outside')");
    release();
    await Promise.all([tx, outside]);
    expect(await t.sql.all('SELECT id FROM probe ORDER BY id')).toEqual([{ id: 'outside' }]);
  });

  it('tells a unique violation apart', async () => {
    await t.sql.run('CREATE TABLE probe (id TEXT PRIMARY KEY)');
    await t.sql.run("INSERT INTO probe (id) VALUES ('x')");
    const error = await t.sql.run("INSERT INTO probe (id) VALUES ('x')").catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('lets one holder of a lock in at a time and tells a try that it is taken', async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = t.sql.withLock('k', async () => {
      order.push('first in');
      await held;
      order.push('first out');
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(await t.sql.tryWithLock('k', async () => 'got it')).toBeUndefined();
    const second = t.sql.withLock('k', async () => order.push('second in'));
    await new Promise((r) => setTimeout(r, 50));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second in']);
    expect(await t.sql.tryWithLock('k', async () => 'got it')).toBe('got it');
  });
});
