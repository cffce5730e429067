/**
 * Dispositions and revised versions (migration 0007), in SQLite or PostgreSQL. Each decision on a comment is
 * a new row and the newest counts, so changing one's mind keeps what was decided before. Only
 * published comments are read here: pending, hidden and held ones never reach processing or
 * reports. The published report is kept as rendered at publication (migration 0009).
 */
import type { CommentDisposition, Disposition, PersonShown, ReportFormat, RoundRevision } from '@accord/schema';
import type { Queryable } from '../storage/sql/types.js';
import type { RenderedReport } from './report/index.js';

export interface NewDisposition {
  roundId: string;
  commentId: string;
  disposition: Disposition;
  response: string;
  changedBlockId: string | null;
  personId: string;
}

/** One format of the published report as rendered at publication. */
export interface StoredReport extends RenderedReport {
  format: ReportFormat;
}

interface DispositionRow {
  comment_id: string;
  disposition: Disposition;
  response: string;
  changed_block_id: string | null;
  decided_at: string;
  decided_by: string;
}

/** Names the people who decided (the identity part's people store has this method). */
export interface PeopleNames {
  peopleByIds(ids: Iterable<string>): Promise<ReadonlyMap<string, PersonShown>>;
}

export interface ProcessingStoreOptions {
  now?: () => Date;
  /** Who decided each disposition: the people store of the same database. */
  people: PeopleNames;
}

/** Dispositions, revised versions and published reports of rounds; one implementation for both dialects. */
export class SqlProcessingStore {
  readonly #sql: Queryable;
  readonly #now: () => Date;
  readonly #people: PeopleNames;

  constructor(sql: Queryable, options: ProcessingStoreOptions) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
    this.#people = options.people;
  }

  /** How many comments of a round still wait for a coordinator to let them through. */
  async awaitingModeration(roundId: string): Promise<number> {
    const row = await this.#sql.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM public_comments WHERE round_id = ? AND status = 'pending' AND held_by IS NULL",
      [roundId],
    );
    return Number(row?.n ?? 0);
  }

  /** The current disposition of each comment of a round that has one. */
  async dispositions(roundId: string): Promise<Map<string, CommentDisposition>> {
    const rows = await this.#sql.all<DispositionRow>(
      `SELECT d.comment_id, d.disposition, d.response, d.changed_block_id, d.decided_at, d.decided_by
       FROM comment_dispositions d
       WHERE d.seq IN (SELECT MAX(seq) FROM comment_dispositions WHERE round_id = ? GROUP BY comment_id)`,
      [roundId],
    );
    const people = await this.#people.peopleByIds(rows.map((r) => r.decided_by));
    return new Map(rows.map((r) => [r.comment_id, toDisposition(r, people)]));
  }

  /** Records a decision on a published comment of the round; undefined when there is no such comment. */
  async decide(input: NewDisposition): Promise<CommentDisposition | undefined> {
    const exists = await this.#sql.get(
      "SELECT 1 AS one FROM public_comments WHERE id = ? AND round_id = ? AND status = 'published' AND held_by IS NULL",
      [input.commentId, input.roundId],
    );
    if (!exists) return undefined;
    await this.#sql.run(
      'INSERT INTO comment_dispositions (comment_id, round_id, disposition, response, changed_block_id, decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [
        input.commentId,
        input.roundId,
        input.disposition,
        input.response,
        input.changedBlockId,
        this.#now().toISOString(),
        input.personId,
      ],
    );
    return (await this.history(input.roundId, input.commentId)).at(-1);
  }

  /** Every decision ever taken on a comment, oldest first. */
  async history(roundId: string, commentId: string): Promise<CommentDisposition[]> {
    const rows = await this.#sql.all<DispositionRow>(
      `SELECT d.comment_id, d.disposition, d.response, d.changed_block_id, d.decided_at, d.decided_by
       FROM comment_dispositions d WHERE d.round_id = ? AND d.comment_id = ? ORDER BY d.seq`,
      [roundId, commentId],
    );
    const people = await this.#people.peopleByIds(rows.map((r) => r.decided_by));
    return rows.map((r) => toDisposition(r, people));
  }

  /** The revised version published in answer to a round, if any. */
  async revision(roundId: string): Promise<RoundRevision | null> {
    const row = await this.#sql.get<{ document_id: string; version_id: string; name: string; published_at: string }>(
      'SELECT v.document_id, v.id AS version_id, v.name, r.published_at FROM round_revisions r JOIN versions v ON v.id = r.version_id WHERE r.round_id = ?',
      [roundId],
    );
    return row
      ? { documentId: row.document_id, versionId: row.version_id, name: row.name, publishedAt: row.published_at }
      : null;
  }

  /** The report as stored at publication, in `format`; undefined before. */
  async storedReport(roundId: string, format: ReportFormat): Promise<StoredReport | undefined> {
    const row = await this.#sql.get<{ format: ReportFormat; content_type: string; extension: string; body: Buffer }>(
      'SELECT format, content_type, extension, body FROM round_reports WHERE round_id = ? AND format = ?',
      [roundId, format],
    );
    if (!row) return undefined;
    const binary = format === 'docx';
    return {
      format: row.format,
      contentType: row.content_type,
      extension: row.extension,
      body: binary ? new Uint8Array(row.body) : Buffer.from(row.body).toString('utf8'),
    };
  }

  /** Keeps the published report's formats, once: a format already kept stays as it was. */
  async storeReports(roundId: string, reports: readonly StoredReport[]): Promise<void> {
    const at = this.#now().toISOString();
    await this.#sql.transaction(async (tx) => {
      for (const r of reports)
        await tx.run(
          'INSERT INTO round_reports (round_id, format, content_type, extension, body, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
          [
            roundId,
            r.format,
            r.contentType,
            r.extension,
            typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : Buffer.from(r.body),
            at,
          ],
        );
    });
  }

  /** Links a round to its revised version; false when the round already has one. */
  async linkRevision(roundId: string, versionId: string, personId: string): Promise<boolean> {
    const result = await this.#sql.run(
      'INSERT INTO round_revisions (round_id, version_id, published_at, published_by) VALUES (?, ?, ?, ?) ON CONFLICT (round_id) DO NOTHING',
      [roundId, versionId, this.#now().toISOString(), personId],
    );
    return result.changes === 1;
  }
}

function toDisposition(r: DispositionRow, people: ReadonlyMap<string, PersonShown>): CommentDisposition {
  return {
    commentId: r.comment_id,
    disposition: r.disposition,
    response: r.response,
    changedBlockId: r.changed_block_id,
    decidedAt: r.decided_at,
    // decided_by references people, who are never deleted.
    decidedBy: people.get(r.decided_by)!,
  };
}
