import { describe, expect, it } from 'vitest';
import { isRefusedByTrigger } from '../storage/sql/types.js';
import { dialects } from '../storage/testing.js';
import { writeAudit } from './audit-log.js';
import { identityFixture } from './testing.js';

describe.each(dialects)('on %s', (dialect) => {
  const fx = identityFixture(dialect, 'audit');

  describe('SqlAuditLog', () => {
    it('appends and lists in order, by workspace and page', async () => {
      const first = await fx.identity.audit.append({
        actorPersonId: null,
        action: 'role.change',
        workspaceId: 'mag',
        target: 'p1',
        detail: { role: 'member' },
      });
      expect(first).toEqual({
        seq: first.seq,
        at: fx.clock.toISOString(),
        actorPersonId: null,
        action: 'role.change',
        workspaceId: 'mag',
        target: 'p1',
        detail: { role: 'member' },
      });
      await fx.identity.audit.append({ actorPersonId: 'p9', action: 'session.sign-in' });
      const third = await fx.identity.audit.append({
        actorPersonId: null,
        action: 'role.change',
        workspaceId: 'bpf',
        target: 'p2',
      });
      expect((await fx.identity.audit.list()).map((e) => e.action)).toEqual([
        'role.change',
        'session.sign-in',
        'role.change',
      ]);
      expect((await fx.identity.audit.list({ workspaceId: 'bpf' })).map((e) => e.seq)).toEqual([third.seq]);
      expect((await fx.identity.audit.list({ afterSeq: first.seq, limit: 1 })).map((e) => e.action)).toEqual([
        'session.sign-in',
      ]);
      // Append-only in the database itself, whichever it is.
      const refused = await fx.t.sql.run('DELETE FROM audit_log').catch((error: unknown) => error);
      expect(isRefusedByTrigger(refused)).toBe(true);
      expect(String(refused)).toMatch(/append-only/);
      await expect(fx.t.sql.run("UPDATE audit_log SET action = 'x'")).rejects.toThrow(/append-only/);
      expect(await fx.identity.audit.lastSeq()).toBe(third.seq);
    });
  });

  // PostgreSQL numbers rows at insert, not at commit; SQLite has one writer, so only PG can show this.
  it.runIf(dialect === 'postgres')(
    'never shows an entry before one with a lower number that is not yet committed',
    async () => {
      const at = fx.clock.toISOString();
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let holder!: number;
      let inserted!: () => void;
      const firstInserted = new Promise<void>((resolve) => {
        inserted = resolve;
      });
      const first = fx.t.sql.transaction(async (tx) => {
        holder = (await tx.get<{ pid: number }>('SELECT pg_backend_pid() AS pid'))!.pid;
        const entry = await writeAudit(tx, at, { actorPersonId: null, action: 'role.change', target: 'p1' });
        inserted();
        await held;
        return entry;
      });
      await firstInserted;
      // A second append while the first transaction is open: it must wait for it, not commit a higher number first.
      let secondDone = false;
      const second = fx.identity.audit
        .append({ actorPersonId: null, action: 'session.revoke', target: 'p2' })
        .finally(() => {
          secondDone = true;
        });
      for (;;) {
        const waiting = await fx.t.sql.get<{ n: number }>(
          'SELECT COUNT(*) AS n FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))',
          [holder],
        );
        if (waiting!.n > 0) break;
        expect(secondDone, 'the second append committed while the first was open').toBe(false);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(await fx.identity.audit.lastSeq()).toBe(0);
      expect(await fx.identity.audit.list()).toEqual([]);
      release();
      const [a, b] = await Promise.all([first, second]);
      expect(b.seq).toBeGreaterThan(a.seq);
      expect((await fx.identity.audit.list()).map((e) => e.action)).toEqual(['role.change', 'session.revoke']);
    },
  );
});
