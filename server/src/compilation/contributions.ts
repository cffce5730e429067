/**
 * What the compilation reads of calls and contributions (slice A's tables, migration 0014):
 * a contribution with the document its call is on, and the contributions of a call or of a
 * document's calls. Read here directly so that the compilation does not wait on the calls'
 * service; only these few columns are relied on.
 */
import type { Queryable, SqlDatabase } from '../storage/sql/types.js';

/** A contribution as the compilation uses it. */
export interface CompiledContribution {
  id: string;
  callId: string;
  /** The compilation document the call is on. */
  documentId: string;
  title: string;
  organisation: string;
  /** The paragraphs' texts in order (a paragraph's index is its position). */
  paragraphs: string[];
}

interface Row {
  id: string;
  call_id: string;
  document_id: string;
  title: string;
  organisation: string;
  paragraphs: string;
}

const SELECT = `SELECT c.id, c.call_id, k.document_id, c.title, c.organisation, c.paragraphs
  FROM contributions c JOIN calls k ON k.id = c.call_id`;

export class SqlContributionReads {
  readonly #sql: SqlDatabase | Queryable;

  constructor(sql: SqlDatabase | Queryable) {
    this.#sql = sql;
  }

  /** One contribution, or undefined when there is none by that id. */
  async contribution(id: string): Promise<CompiledContribution | undefined> {
    const row = await this.#sql.get<Row>(`${SELECT} WHERE c.id = ?`, [id]);
    return row && toContribution(row);
  }

  /** A call's document and its contributions in the order they came; undefined for an unknown call. */
  async ofCall(callId: string): Promise<{ documentId: string; contributions: CompiledContribution[] } | undefined> {
    const call = await this.#sql.get<{ document_id: string }>('SELECT document_id FROM calls WHERE id = ?', [callId]);
    if (!call) return undefined;
    const rows = await this.#sql.all<Row>(`${SELECT} WHERE c.call_id = ? ORDER BY c.submitted_at, c.id`, [callId]);
    return { documentId: call.document_id, contributions: rows.map(toContribution) };
  }

  /** The contributions (among `ids`) to calls on the document. */
  async ofDocument(documentId: string, ids: readonly string[]): Promise<Map<string, CompiledContribution>> {
    if (ids.length === 0) return new Map();
    const rows = await this.#sql.all<Row>(
      `${SELECT} WHERE k.document_id = ? AND c.id IN (${ids.map(() => '?').join(', ')})`,
      [documentId, ...ids],
    );
    return new Map(rows.map((r) => [r.id, toContribution(r)]));
  }
}

function toContribution(row: Row): CompiledContribution {
  return {
    id: row.id,
    callId: row.call_id,
    documentId: row.document_id,
    title: row.title,
    organisation: row.organisation,
    paragraphs: JSON.parse(row.paragraphs) as string[],
  };
}
