/**
 * A document's numbering setting, in SQLite or PostgreSQL (migration 0011): every change is a
 * row of the append-only `numbering_events`, and the setting is the newest row (no row: live
 * numbering). Who may change it is decided before this store is called (the Gate,
 * `version.create`).
 */
import type { BaselineParagraph, Numbering, PersonShown } from '@accord/schema';
import { SqlPeopleStore } from '../identity/people-store.js';
import type { Queryable, SqlDatabase } from '../storage/sql/types.js';

/** What a change did: froze at a version, renumbered at the live document, or went back to live numbers. */
export type NumberingAction = 'freeze' | 'renumber' | 'unfreeze';

export type NumberingChange =
  | { documentId: string; action: 'freeze'; baseline: BaselineParagraph[]; versionId: string; by: string }
  | { documentId: string; action: 'renumber'; baseline: BaselineParagraph[]; by: string }
  | { documentId: string; action: 'unfreeze'; by: string };

/** One recorded change, as the history lists it (the baseline is summarised by its size). */
export interface NumberingEvent {
  seq: number;
  action: NumberingAction;
  versionId: string | null;
  paragraphs: number | null;
  at: string;
  by: PersonShown;
}

interface EventRow {
  seq: number;
  action: NumberingAction;
  baseline: string | null;
  version_id: string | null;
  version_name: string | null;
  created_at: string;
  created_by: string;
}

const SELECT = `SELECT e.seq, e.action, e.baseline, e.version_id, v.name AS version_name, e.created_at, e.created_by
  FROM numbering_events e LEFT JOIN versions v ON v.id = e.version_id`;

export interface NumberingStoreOptions {
  now?: () => Date;
  people?: Pick<SqlPeopleStore, 'peopleByIds'>;
}

export class SqlNumberingStore {
  readonly #sql: SqlDatabase | Queryable;
  readonly #now: () => Date;
  readonly #people: Pick<SqlPeopleStore, 'peopleByIds'>;

  constructor(sql: SqlDatabase | Queryable, options: NumberingStoreOptions = {}) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
    this.#people = options.people ?? new SqlPeopleStore(sql);
  }

  /** The document's numbering now: its newest change, or live when it never changed. */
  async get(documentId: string): Promise<Numbering> {
    const row = await this.#sql.get<EventRow>(`${SELECT} WHERE e.document_id = ? ORDER BY e.seq DESC LIMIT 1`, [
      documentId,
    ]);
    if (!row || row.baseline === null) return { mode: 'live' };
    const by = (await this.#people.peopleByIds([row.created_by])).get(row.created_by);
    return {
      mode: 'frozen',
      baseline: JSON.parse(row.baseline) as BaselineParagraph[],
      frozenAt: row.created_at,
      ...(row.version_id ? { versionId: row.version_id } : {}),
      ...(row.version_name ? { versionName: row.version_name } : {}),
      by: row.created_by,
      ...(by ? { byPerson: by } : {}),
    };
  }

  /** Records a change; it becomes the document's setting. */
  async record(change: NumberingChange): Promise<Numbering> {
    await this.#sql.run(
      'INSERT INTO numbering_events (document_id, action, baseline, version_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
      [
        change.documentId,
        change.action,
        change.action === 'unfreeze' ? null : JSON.stringify(change.baseline),
        change.action === 'freeze' ? change.versionId : null,
        this.#now().toISOString(),
        change.by,
      ],
    );
    return this.get(change.documentId);
  }

  /** Every change of a document's numbering, oldest first. */
  async history(documentId: string): Promise<NumberingEvent[]> {
    const rows = await this.#sql.all<EventRow>(`${SELECT} WHERE e.document_id = ? ORDER BY e.seq`, [documentId]);
    const people = await this.#people.peopleByIds(rows.map((r) => r.created_by));
    return rows.map((r) => ({
      seq: r.seq,
      action: r.action,
      versionId: r.version_id,
      paragraphs: r.baseline === null ? null : (JSON.parse(r.baseline) as unknown[]).length,
      at: r.created_at,
      by: people.get(r.created_by)!,
    }));
  }
}
