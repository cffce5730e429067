import { beforeEach, describe, expect, it } from 'vitest';
import { SqliteRecordStore } from '../storage/sqlite/record-store.js';
import { tempDatabase } from '../storage/sqlite/testing.js';
import { type Identity, sqliteIdentity } from './identity.js';

const temp = tempDatabase('audiences');
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

describe('SqliteAudienceStore', () => {
  it('keeps a document audience, empty meaning the whole workspace', async () => {
    const a = await identity.people.createPerson(ana);
    expect(await identity.audiences.getDocumentAudience('d')).toEqual([]);
    await identity.audiences.setDocumentAudience('d', [a.id, a.id]);
    expect(await identity.audiences.getDocumentAudience('d')).toEqual([a.id]);
    await identity.audiences.setDocumentAudience('d', []);
    expect(await identity.audiences.getDocumentAudience('d')).toEqual([]);
    // Each change is audited so that open connections of those left out are re-checked.
    expect((await identity.audit.list()).map((e) => [e.action, e.target, e.detail])).toEqual([
      ['document.audience', 'd', { people: [a.id, a.id] }],
      ['document.audience', 'd', { people: [] }],
    ]);
  });
});
