import type { DocumentRecord } from '@accord/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import { sqlIdentity } from '../identity/identity.js';
import { createLogger } from '../logger.js';
import { OutboxMailer, readOutbox } from '../mail/index.js';
import { isRefusedByTrigger } from '../storage/sql/types.js';
import { dialects, seedTwoPeople, testDatabase } from '../storage/testing.js';
import { SqlVersionStore } from '../versions/store.js';
import { EndorsementService } from './service.js';
import { SqlEndorsementStore } from './store.js';

const document = { id: 'd', workspaceId: 'w', title: 'Policy <Menus>' } as DocumentRecord;

describe.each(dialects)('on %s', (dialect) => {
  const t = testDatabase(dialect, 'endorsement');
  let clock: Date;
  let store: SqlEndorsementStore;
  let service: EndorsementService;
  let ana: string;
  let ben: string;

  beforeEach(async () => {
    ({ ana, ben } = await seedTwoPeople(t.sql));
    await t.sql.run(
      "INSERT INTO versions (id, document_id, name, title, state, blocks, created_at, created_by) VALUES ('v', 'd', 'Draft 1', 'D', ?, '[]', '2026-12-01T09:00:00.000Z', ?)",
      [new Uint8Array([0]), ana],
    );
    const grant = (person: string, role: string) =>
      t.sql.run("INSERT INTO workspace_roles (person_id, workspace_id, role, granted_at) VALUES (?, 'w', ?, ?)", [
        person,
        role,
        '2026-12-01T08:00:00.000Z',
      ]);
    await grant(ana, 'coordinator');
    await grant(ben, 'observer');
    clock = new Date('2026-12-02T10:00:00.000Z');
    const identity = sqlIdentity(t.sql);
    store = new SqlEndorsementStore(t.sql, { people: identity.people });
    service = new EndorsementService({
      store,
      versions: new SqlVersionStore(t.sql, { people: identity.people }),
      identity,
      mailer: new OutboxMailer(t.sql, createLogger('error')),
      publicUrl: () => 'https://accord.example',
      now: () => clock,
    });
  });

  const later = (hours: number) => new Date(clock.getTime() + hours * 3_600_000).toISOString();

  it('runs until the deadline, then is endorsed with no objection — recorded once, on the first read after it', async () => {
    const started = await service.start(document, ana, { versionId: 'v', deadline: later(1) });
    expect(started).toMatchObject({ state: 'running', versionName: 'Draft 1', startedBy: { name: 'Ana' } });
    // Only the people who may break silence are mailed: the coordinator, not the observer.
    const mails = await readOutbox(t.sql);
    expect(mails.map((m) => m.to)).toEqual(['ana@example.org']);
    expect(mails[0]!.subject).toContain('Policy <Menus>');
    expect(await service.stampOf('d', 'v')).toBeUndefined();

    clock = new Date(clock.getTime() + 2 * 3_600_000);
    expect(await store.endorsement('v')).toBeUndefined();
    expect((await service.get(started.id)).state).toBe('endorsed');
    expect(await service.stampOf('d', 'v')).toEqual({ procedureId: started.id, endorsedAt: started.deadline });
    await service.list('d');
    expect(await t.sql.all('SELECT procedure_id FROM silence_outcomes')).toHaveLength(1);
    await expect(service.start(document, ana, { versionId: 'v', deadline: later(1) })).rejects.toMatchObject({
      status: 409,
      code: 'already_endorsed',
    });
  });

  it('is not endorsed once somebody broke silence; objections end at the deadline', async () => {
    const started = await service.start(document, ana, { versionId: 'v', deadline: later(1) });
    await expect(service.start(document, ana, { versionId: 'v', deadline: later(3) })).rejects.toMatchObject({
      code: 'silence_running',
    });
    await service.object(started.id, ben, 'Not ready.');
    clock = new Date(started.deadline);
    await expect(service.object(started.id, ana, 'Too late.')).rejects.toMatchObject({
      status: 409,
      code: 'silence_ended',
    });
    const ended = await service.get(started.id);
    expect(ended.state).toBe('not-endorsed');
    expect(ended.objections.map((o) => [o.by.name, o.reason])).toEqual([['Ben', 'Not ready.']]);
    expect((await service.objectionsOf('d')).map((p) => p.id)).toEqual([started.id]);
    expect(await service.stampOf('d', 'v')).toBeUndefined();
    // Not endorsed: the version may be put to the workspace again.
    expect((await service.start(document, ana, { versionId: 'v', deadline: later(1) })).state).toBe('running');
  });

  it('never stores an objection once the outcome is recorded, even one dated before the deadline', async () => {
    const started = await service.start(document, ana, { versionId: 'v', deadline: later(1) });
    const settle = { procedureId: started.id, versionId: 'v', deadline: started.deadline, recordedAt: later(2) };
    expect(await store.settle(settle)).toEqual({ outcome: 'endorsed', objections: 0, wrote: true });
    const late = {
      id: 'o1',
      procedureId: started.id,
      personId: ben,
      reason: 'Slow clock.',
      at: later(0.5),
      deadline: started.deadline,
    };
    expect(await store.object(late)).toBe(false);
    expect(await store.settle(settle)).toEqual({ outcome: 'endorsed', objections: 0, wrote: false });
    expect(await t.sql.all('SELECT id FROM silence_objections')).toEqual([]);
  });

  it('refuses a deadline that is not in the future and a version of another document', async () => {
    await expect(service.start(document, ana, { versionId: 'v', deadline: clock.toISOString() })).rejects.toMatchObject(
      {
        status: 400,
        code: 'deadline_passed',
      },
    );
    await expect(
      service.start({ ...document, id: 'other' } as DocumentRecord, ana, { versionId: 'v', deadline: later(1) }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await t.sql.all('SELECT id FROM silence_procedures')).toEqual([]);
  });

  it('keeps procedures, objections, outcomes and citations as a record', async () => {
    const started = await service.start(document, ana, { versionId: 'v', deadline: later(1) });
    await store.recordCitations(
      'v',
      { sources: { b1: [{ contributionId: 'c', organisation: 'EuroDIG' }] }, annex: [] },
      later(0),
    );
    await store.recordCitations('v', { sources: {}, annex: [] }, later(0));
    expect(await store.citations('v')).toEqual({
      sources: { b1: [{ contributionId: 'c', organisation: 'EuroDIG' }] },
      annex: [],
    });
    for (const statement of [
      'UPDATE silence_procedures SET deadline = ?',
      'DELETE FROM silence_procedures WHERE id = ?',
      'UPDATE version_compilation SET sources = ?',
    ]) {
      const error = await t.sql.run(statement, [started.id]).catch((e: unknown) => e);
      expect(isRefusedByTrigger(error), statement).toBe(true);
    }
  });
});
