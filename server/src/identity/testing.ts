/**
 * For the identity stores' tests: before each test, a fresh database with workspaces `mag` and
 * `bpf` and document `d` in `mag`, the identity stores over it, and a clock the test moves.
 */
import { beforeEach } from 'vitest';
import { SqlRecordStore } from '../storage/record-store.js';
import { SqliteSql } from '../storage/sql/sqlite.js';
import { tempDatabase } from '../storage/sqlite/testing.js';
import { type Identity, sqliteIdentity } from './identity.js';

/** Registers the hooks; call at file level and read `identity`, `clock` and `temp.db` inside tests. */
export function identityFixture(name: string): {
  readonly temp: ReturnType<typeof tempDatabase>;
  identity: Identity;
  clock: Date;
} {
  const temp = tempDatabase(name);
  const fixture = { temp, identity: undefined as unknown as Identity, clock: new Date(0) };
  beforeEach(async () => {
    fixture.clock = new Date('2026-03-03T09:00:00.000Z');
    fixture.identity = sqliteIdentity(temp.db, { now: () => fixture.clock, sessionTtlMs: 60_000 });
    const records = new SqlRecordStore(new SqliteSql(temp.db));
    await records.createWorkspace({ id: 'mag', name: 'MAG' });
    await records.createWorkspace({ id: 'bpf', name: 'BPF' });
    await records.createDocument({ id: 'd', workspaceId: 'mag', title: 'D', kind: 'outcome' });
  });
  return fixture;
}

/** A person to create in those tests. */
export const ana = {
  email: 'ana@example.org',
  name: 'Ana Silva',
  stakeholderGroup: 'civil-society',
  affiliation: 'CGI.br',
  country: 'BR',
};
