/**
 * The append-only audit log: who did which administrative action when. The table refuses
 * updates and deletes by trigger (migration 0002), so appending is the only write there is.
 * Its sequence number doubles as a change feed: the WebSocket layer watches it to re-check
 * open connections after a role change or a revocation, even one made by the CLI in another
 * process.
 */
import type { AuditEntry } from '@accord/schema';
import type { Queryable } from '../storage/sql/types.js';

/** What is appended; `actorPersonId` null means the CLI or the system. */
export interface NewAuditEntry {
  actorPersonId: string | null;
  action: string;
  workspaceId?: string | null;
  /** A person id, document id or other key the entry is about. */
  target?: string | null;
  detail?: Record<string, unknown>;
}

interface AuditRow {
  seq: number;
  at: string;
  actor_person_id: string | null;
  action: string;
  workspace_id: string | null;
  target: string | null;
  detail: string;
}

const toEntry = (r: AuditRow): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  actorPersonId: r.actor_person_id,
  action: r.action,
  workspaceId: r.workspace_id,
  target: r.target,
  detail: JSON.parse(r.detail) as Record<string, unknown>,
});

/**
 * Appends one entry at time `at`; call with the transaction of the change it records.
 * Readers follow the log by sequence number, so numbers must be in commit order: SQLite has
 * one writer at a time; PostgreSQL's schema makes each insert wait for the previous
 * inserter's transaction (trigger `audit_log_in_commit_order`, migration 0002).
 */
export async function writeAudit(sql: Queryable, at: string, entry: NewAuditEntry): Promise<AuditEntry> {
  const detail = JSON.stringify(entry.detail ?? {});
  const row = await sql.get<{ seq: number }>(
    'INSERT INTO audit_log (at, actor_person_id, action, workspace_id, target, detail) VALUES (?, ?, ?, ?, ?, ?) RETURNING seq',
    [at, entry.actorPersonId, entry.action, entry.workspaceId ?? null, entry.target ?? null, detail],
  );
  return toEntry({
    seq: row!.seq,
    at,
    actor_person_id: entry.actorPersonId,
    action: entry.action,
    workspace_id: entry.workspaceId ?? null,
    target: entry.target ?? null,
    detail,
  });
}

export interface AuditQuery {
  /** Only entries of this workspace, plus workspace-less entries about its people (sign-ins, tokens). */
  workspaceId?: string;
  afterSeq?: number;
  limit?: number;
}

/** Entries in sequence order, at most 1000 per call. */
async function readAudit(sql: Queryable, query: AuditQuery = {}): Promise<AuditEntry[]> {
  const limit = Math.min(Math.max(query.limit ?? 100, 1), 1000);
  const after = query.afterSeq ?? 0;
  const rows =
    query.workspaceId === undefined
      ? await sql.all<AuditRow>('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?', [after, limit])
      : await sql.all<AuditRow>(
          `SELECT * FROM audit_log
            WHERE seq > ? AND (workspace_id = ?
               OR (workspace_id IS NULL AND target IN (SELECT person_id FROM workspace_roles WHERE workspace_id = ?)))
            ORDER BY seq LIMIT ?`,
          [after, query.workspaceId, query.workspaceId, limit],
        );
  return rows.map(toEntry);
}

/** The newest sequence number, 0 when empty: one read of the primary key's last entry, cheap enough to poll. */
async function lastAuditSeq(sql: Queryable): Promise<number> {
  const row = await sql.get<{ seq: number }>('SELECT COALESCE(MAX(seq), 0) AS seq FROM audit_log');
  return row?.seq ?? 0;
}

/**
 * The audit log as a store, for appends that stand alone (a sign-in, an export) and for
 * reading. Changes that are audited append inside their own transaction with {@link writeAudit}.
 */
export class SqlAuditLog {
  readonly #sql: Queryable;
  readonly #now: () => Date;

  constructor(sql: Queryable, options: { now?: () => Date } = {}) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
  }

  /** Appends one entry; the table refuses updates and deletes, so this is the only write. */
  async append(entry: NewAuditEntry): Promise<AuditEntry> {
    return writeAudit(this.#sql, this.#now().toISOString(), entry);
  }

  /** Entries in order, optionally of one workspace (with its people's sign-ins) and after a sequence number. */
  async list(query: AuditQuery = {}): Promise<AuditEntry[]> {
    return readAudit(this.#sql, query);
  }

  /** The newest sequence number, 0 when empty. */
  async lastSeq(): Promise<number> {
    return lastAuditSeq(this.#sql);
  }
}
