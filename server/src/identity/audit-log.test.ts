import { describe, expect, it } from 'vitest';
import { identityFixture } from './testing.js';

const fx = identityFixture('audit');

describe('SqliteAuditLog', () => {
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
    expect(() => fx.temp.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});
