/**
 * The database itself keeps history: on both dialects an append-only row can be neither
 * changed nor removed, and a row that is "never removed" cannot be deleted — whatever code
 * (or bug) tries. Each case inserts one row on top of `seedRound` and tries.
 */
import { describe, expect, it } from 'vitest';
import { isRefusedByTrigger, type Queryable, type SqlValue } from '../sql/types.js';
import { dialects, seedRound, testDatabase } from '../testing.js';

const AT = '2026-12-01T10:00:00.000Z';
type Statement = [sql: string, params?: SqlValue[]];

const thread: Statement = [
  `INSERT INTO comment_threads (id, document_id, anchor, block_id, status, created_at, created_by) VALUES ('t', 'd', '{}', 'b', 'open', '${AT}', 'pAna')`,
];
const session: Statement = [
  `INSERT INTO participant_sessions (token_hash, id, participant_id, round_id, name, show_only, created_at) VALUES ('sh', 's1', 'p', 'r', 'Ada', 'group-only', '${AT}')`,
];

/** Tables whose rows never change nor go: what a row's insert needs, and an UPDATE to try. */
const appendOnly: { table: string; insert: Statement[]; update: string }[] = [
  {
    table: 'audit_log',
    insert: [[`INSERT INTO audit_log (at, action) VALUES ('${AT}', 'role.change')`]],
    update: "action = 'x'",
  },
  {
    table: 'comment_events',
    insert: [
      thread,
      [`INSERT INTO comment_events (thread_id, actor_id, at, action) VALUES ('t', 'pAna', '${AT}', 'create')`],
    ],
    update: "action = 'edit'",
  },
  {
    table: 'status_events',
    insert: [
      [
        `INSERT INTO status_events (document_id, block_id, kind, from_status, to_status, actor_id, at) VALUES ('d', 'b', 'set', 'drafting', 'contested', 'pAna', '${AT}')`,
      ],
    ],
    update: "note = 'x'",
  },
  {
    table: 'position_events',
    insert: [
      [
        `INSERT INTO position_events (document_id, block_id, person_id, stakeholder_group, position, at) VALUES ('d', 'b', 'pAna', 'civil-society', 'support', '${AT}')`,
      ],
    ],
    update: "reason = 'x'",
  },
  {
    table: 'bracket_alternatives',
    insert: [
      [
        `INSERT INTO bracket_alternatives (id, document_id, bracket_id, ordinal, text, proposed_by, stakeholder_group, created_at) VALUES ('a', 'd', 'k', 1, 'alt', 'pAna', 'civil-society', '${AT}')`,
      ],
    ],
    update: "text = 'other'",
  },
  {
    table: 'bracket_resolutions',
    insert: [
      [
        `INSERT INTO bracket_resolutions (document_id, bracket_id, block_id, choice, text, previous_text, resolved_by, at) VALUES ('d', 'k', 'b', 'bracketed', 't', 'p', 'pAna', '${AT}')`,
      ],
    ],
    update: "note = 'x'",
  },
  { table: 'versions', insert: [], update: "name = 'Renamed'" },
  {
    table: 'draft_origins',
    insert: [
      [
        `INSERT INTO draft_origins (document_id, version_id, created_at, created_by) VALUES ('d', 'v', '${AT}', 'pAna')`,
      ],
    ],
    update: "created_by = 'pBen'",
  },
  {
    table: 'round_events',
    insert: [
      [
        `INSERT INTO round_events (round_id, actor_kind, actor_id, at, action) VALUES ('r', 'person', 'pAna', '${AT}', 'open')`,
      ],
    ],
    update: "action = 'close'",
  },
  {
    table: 'comment_dispositions',
    insert: [
      [
        `INSERT INTO comment_dispositions (comment_id, round_id, disposition, decided_at, decided_by) VALUES ('c', 'r', 'noted', '${AT}', 'pAna')`,
      ],
    ],
    update: "disposition = 'accepted'",
  },
  {
    table: 'round_revisions',
    insert: [
      [
        `INSERT INTO round_revisions (round_id, version_id, published_at, published_by) VALUES ('r', 'v', '${AT}', 'pAna')`,
      ],
    ],
    update: "published_by = 'pBen'",
  },
  {
    table: 'round_reports',
    insert: [
      [
        `INSERT INTO round_reports (round_id, format, content_type, extension, body, created_at) VALUES ('r', 'csv', 'text/csv', 'csv', ?, '${AT}')`,
        [new Uint8Array([1, 2, 3])],
      ],
    ],
    update: "extension = 'txt'",
  },
  {
    table: 'numbering_events',
    insert: [
      [
        `INSERT INTO numbering_events (document_id, action, baseline, version_id, created_at, created_by) VALUES ('d', 'freeze', '[]', 'v', '${AT}', 'pAna')`,
      ],
    ],
    update: "baseline = '[{}]'",
  },
  {
    table: 'suggestion_events',
    insert: [
      [
        `INSERT INTO suggestion_events (document_id, suggestion_id, event, at, text) VALUES ('d', 's', 'created', '${AT}', 'x')`,
      ],
    ],
    update: "text = 'y'",
  },
];

/** Tables whose rows change but are never removed (deleting is refused). */
const neverRemoved: { table: string; insert: Statement[] }[] = [
  { table: 'comment_threads', insert: [thread] },
  {
    table: 'comments',
    insert: [
      thread,
      [`INSERT INTO comments (id, thread_id, author_id, body, created_at) VALUES ('m', 't', 'pAna', 'Hi', '${AT}')`],
    ],
  },
  {
    table: 'paragraph_status',
    insert: [
      [
        `INSERT INTO paragraph_status (document_id, block_id, status, set_at, set_by) VALUES ('d', 'b', 'drafting', '${AT}', 'pAna')`,
      ],
    ],
  },
  {
    table: 'positions',
    insert: [
      [
        `INSERT INTO positions (document_id, block_id, person_id, stakeholder_group, position, at) VALUES ('d', 'b', 'pAna', 'civil-society', 'support', '${AT}')`,
      ],
    ],
  },
  { table: 'rounds', insert: [] },
  { table: 'public_comments', insert: [] },
  {
    table: 'participant_confirmations',
    insert: [
      session,
      [
        `INSERT INTO participant_confirmations (token_hash, session_hash, round_id, created_at, expires_at) VALUES ('ch', 'sh', 'r', '${AT}', '${AT}')`,
      ],
    ],
  },
  {
    table: 'paragraph_changes',
    insert: [
      [
        `INSERT INTO paragraph_changes (id, document_id, block_id, started_at, ended_at, closed) VALUES ('pc', 'd', 'b', '${AT}', '${AT}', 1)`,
      ],
    ],
  },
];

/** Resolves to the error `attempt` rejected with; fails the test if it succeeded. */
async function refusal(attempt: Promise<unknown>): Promise<unknown> {
  try {
    await attempt;
  } catch (error) {
    return error;
  }
  throw new Error('the statement was accepted');
}

describe.each(dialects)('on %s', (dialect) => {
  const t = testDatabase(dialect, 'triggers');
  const prepare = async (insert: Statement[]) => {
    await seedRound(t.sql);
    for (const [sql, params] of insert) await t.sql.run(sql, params);
  };

  describe.each(appendOnly)('$table is append-only', ({ table, insert, update }) => {
    it('refuses an UPDATE and a DELETE, and the row stays as it was', async () => {
      await prepare(insert);
      const before = await t.sql.all(`SELECT * FROM ${table}`);
      expect(before).toHaveLength(1);
      expect(isRefusedByTrigger(await refusal(t.sql.run(`UPDATE ${table} SET ${update}`)))).toBe(true);
      expect(isRefusedByTrigger(await refusal(t.sql.run(`DELETE FROM ${table}`)))).toBe(true);
      expect(await t.sql.all(`SELECT * FROM ${table}`)).toEqual(before);
    });
  });

  describe.each(neverRemoved)('$table rows are never removed', ({ table, insert }) => {
    it('refuses a DELETE', async () => {
      await prepare(insert);
      const before = await t.sql.all(`SELECT * FROM ${table}`);
      expect(before).toHaveLength(1);
      expect(isRefusedByTrigger(await refusal(t.sql.run(`DELETE FROM ${table}`)))).toBe(true);
      expect(await t.sql.all(`SELECT * FROM ${table}`)).toEqual(before);
    });
  });

  it.runIf(dialect === 'postgres')('numbers audit entries in commit order when several write at once', async () => {
    const insert = (tx: Queryable, action: string) =>
      tx.get<{ seq: number }>(`INSERT INTO audit_log (at, action) VALUES ('${AT}', ?) RETURNING seq`, [action]);
    const seen = async () =>
      (await t.sql.all<{ action: string }>('SELECT action FROM audit_log ORDER BY seq')).map((r) => r.action);
    let finishFirst = () => {};
    const firstHolds = new Promise<void>((resolve) => {
      finishFirst = resolve;
    });
    let firstInserted = () => {};
    const firstHasInserted = new Promise<void>((resolve) => {
      firstInserted = resolve;
    });
    const first = t.sql.transaction(async (tx) => {
      const row = await insert(tx, 'first');
      firstInserted();
      await firstHolds;
      return row!.seq;
    });
    await firstHasInserted;
    const second = t.sql.transaction(async (tx) => (await insert(tx, 'second'))!.seq);
    try {
      // The second insert waits for the first transaction (without the trigger it would take the
      // next number and commit at once, and a reader would see it with the first's missing).
      for (let i = 0; ; i++) {
        const waiting = await t.sql.get<{ n: number }>(
          `SELECT COUNT(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objsubid = 1
              AND objid::text::bigint = (hashtext(current_schema() || '.audit_log:commit-order')::bigint & 4294967295)`,
        );
        if (waiting!.n > 0) break;
        if (i === 200) throw new Error('the second insert never waited for the first transaction');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(await seen()).toEqual([]);
    } finally {
      finishFirst();
    }
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBeLessThan(b);
    expect(await seen()).toEqual(['first', 'second']);
  });

  it.runIf(dialect === 'postgres')('refuses TRUNCATE of an append-only table', async () => {
    await prepare([]);
    const error = await refusal(t.sql.run('TRUNCATE suggestion_events'));
    expect(isRefusedByTrigger(error)).toBe(true);
    expect((error as Error).message).toBe('suggestion events are history and are never deleted');
  });
});
