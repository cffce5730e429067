import { beforeEach, describe, expect, it } from 'vitest';
import { SqliteRecordStore } from '../storage/sqlite/record-store.js';
import { tempDatabase } from '../storage/sqlite/testing.js';
import { type Identity, sqliteIdentity } from './identity.js';

const temp = tempDatabase('audit');
let identity: Identity;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2026-03-03T09:00:00.000Z');
  identity = sqliteIdentity(temp.db, { now: () => clock, sessionTtlMs: 60_000 });
  const records = new SqliteRecordStore(temp.db);
  await records.createWorkspace({ id: 'mag', name: 'MAG' });
  await records.createWorkspace({ id: 'bpf', name: 'BPF' });
  await records.createDocument({ id: 'd', workspaceId: 'mag', title: 'D', kind: 'outcome' });
});

const ana = {
  email: 'ana@example.org',
  name: 'Ana Silva',
  stakeholderGroup: 'civil-society',
  affiliation: 'CGI.br',
  country: 'BR',
};

describe('SqliteAuditLog', () => {
  it('appends and lists in order, by workspace and page', async () => {
    const first = await identity.audit.append({
      actorPersonId: null,
      action: 'role.change',
      workspaceId: 'mag',
      target: 'p1',
      detail: { role: 'member' },
    });
    expect(first).toEqual({
      seq: first.seq,
      at: clock.toISOString(),
      actorPersonId: null,
      action: 'role.change',
      workspaceId: 'mag',
      target: 'p1',
      detail: { role: 'member' },
    });
    await identity.audit.append({ actorPersonId: 'p9', action: 'session.sign-in' });
    const third = await identity.audit.append({
      actorPersonId: null,
      action: 'role.change',
      workspaceId: 'bpf',
      target: 'p2',
    });
    expect((await identity.audit.list()).map((e) => e.action)).toEqual([
      'role.change',
      'session.sign-in',
      'role.change',
    ]);
    expect((await identity.audit.list({ workspaceId: 'bpf' })).map((e) => e.seq)).toEqual([third.seq]);
    expect((await identity.audit.list({ afterSeq: first.seq, limit: 1 })).map((e) => e.action)).toEqual([
      'session.sign-in',
    ]);
    expect(() => temp.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});
