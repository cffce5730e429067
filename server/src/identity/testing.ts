/**
 * For the identity stores' tests: before each test, a fresh database of the given dialect with
 * workspaces `mag` and `bpf` and document `d` in `mag`, the identity stores over it, and a
 * clock the test moves.
 */
import { beforeEach } from 'vitest';
import type { Dialect } from '../storage/sql/types.js';
import { testDatabase } from '../storage/testing.js';
import { type Identity, sqlIdentity } from './identity.js';

/**
 * Registers the hooks; call inside a `describe.each(dialects)` and read `identity`, `clock`
 * and `t.sql` inside tests.
 */
export function identityFixture(
  dialect: Dialect,
  name: string,
): {
  readonly t: ReturnType<typeof testDatabase>;
  identity: Identity;
  clock: Date;
} {
  const t = testDatabase(dialect, name);
  const fixture = { t, identity: undefined as unknown as Identity, clock: new Date(0) };
  beforeEach(async () => {
    fixture.clock = new Date('2026-03-03T09:00:00.000Z');
    fixture.identity = sqlIdentity(t.sql, { now: () => fixture.clock, sessionTtlMs: 60_000 });
    const at = fixture.clock.toISOString();
    // Rows, not the record store: these tests are about identity, and need only the keys.
    await t.sql.run(
      "INSERT INTO workspaces (id, name, created_at, updated_at) VALUES ('mag', 'MAG', ?, ?), ('bpf', 'BPF', ?, ?)",
      [at, at, at, at],
    );
    await t.sql.run(
      "INSERT INTO documents (id, workspace_id, title, kind, created_at, updated_at) VALUES ('d', 'mag', 'D', 'outcome', ?, ?)",
      [at, at],
    );
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
