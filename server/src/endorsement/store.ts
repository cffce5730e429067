/**
 * Silence procedures and what saved versions cited, in SQLite or PostgreSQL (migration 0016).
 * Every table is a record (append-only by trigger): a procedure and its objections are written
 * once; its outcome is written once, by the first read after the deadline; a version's sources
 * and annex once, when it is saved. Who may do what is decided before this store is called.
 */
import type { PersonShown } from '@accord/schema';
import type { SqlPeopleStore } from '../identity/people-store.js';
import type { SqlDatabase } from '../storage/sql/types.js';
import type { AnnexEntry, CitedSource } from './types.js';

/** How a procedure ended, once recorded. */
export type Outcome = 'endorsed' | 'not-endorsed';

export interface StoredObjection {
  id: string;
  by: PersonShown;
  reason: string;
  at: string;
}

/** A procedure as stored, with its version's name, its objections and its outcome if recorded. */
export interface StoredProcedure {
  id: string;
  documentId: string;
  workspaceId: string;
  versionId: string;
  versionName: string;
  deadline: string;
  note: string | null;
  startedAt: string;
  startedBy: PersonShown;
  objections: StoredObjection[];
  outcome: { outcome: Outcome; decidedAt: string } | null;
}

/** What a version cited when saved. */
export interface VersionCitations {
  sources: Record<string, CitedSource[]>;
  annex: AnnexEntry[];
}

interface ProcedureRow {
  id: string;
  document_id: string;
  workspace_id: string;
  version_id: string;
  version_name: string;
  deadline: string;
  note: string | null;
  started_at: string;
  started_by: string;
  outcome: Outcome | null;
  decided_at: string | null;
}

interface ObjectionRow {
  id: string;
  procedure_id: string;
  person_id: string;
  reason: string;
  at: string;
}

const SELECT = `SELECT p.id, p.document_id, d.workspace_id, p.version_id, v.name AS version_name, p.deadline, p.note, p.started_at,
    p.started_by, o.outcome, o.decided_at
  FROM silence_procedures p JOIN versions v ON v.id = p.version_id JOIN documents d ON d.id = p.document_id
  LEFT JOIN silence_outcomes o ON o.procedure_id = p.id`;

const unknownPerson = (id: string): PersonShown => ({ id, name: 'Unknown person', stakeholderGroup: 'unknown' });

export class SqlEndorsementStore {
  readonly #sql: SqlDatabase;
  readonly #people: Pick<SqlPeopleStore, 'peopleByIds'>;

  constructor(sql: SqlDatabase, options: { people: Pick<SqlPeopleStore, 'peopleByIds'> }) {
    this.#sql = sql;
    this.#people = options.people;
  }

  /**
   * Starts a procedure unless the version has one still running at `now` or is already
   * endorsed; answers which of those stopped it, or `started`. Check and insert are one transaction.
   */
  async start(input: {
    id: string;
    documentId: string;
    versionId: string;
    deadline: string;
    note: string | null;
    startedBy: string;
    now: string;
  }): Promise<'started' | { running: string } | { endorsed: string }> {
    return this.#sql.transaction(async (tx) => {
      const running = await tx.get<{ id: string }>(
        'SELECT id FROM silence_procedures WHERE version_id = ? AND deadline > ? ORDER BY started_at LIMIT 1',
        [input.versionId, input.now],
      );
      if (running) return { running: running.id };
      const endorsed = await tx.get<{ procedure_id: string }>(
        "SELECT procedure_id FROM silence_outcomes WHERE version_id = ? AND outcome = 'endorsed' LIMIT 1",
        [input.versionId],
      );
      if (endorsed) return { endorsed: endorsed.procedure_id };
      await tx.run(
        `INSERT INTO silence_procedures (id, document_id, version_id, deadline, note, started_at, started_by)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [input.id, input.documentId, input.versionId, input.deadline, input.note, input.now, input.startedBy],
      );
      return 'started';
    });
  }

  /**
   * Records an objection made before `deadline`; false when the outcome is already recorded.
   * Under the procedure's lock (every instance), so an objection is never stored after its outcome.
   */
  async object(input: {
    id: string;
    procedureId: string;
    personId: string;
    reason: string;
    at: string;
    deadline: string;
  }): Promise<boolean> {
    return this.#sql.withLock(`silence:${input.procedureId}`, async () => {
      if (Date.parse(input.at) >= Date.parse(input.deadline)) return false;
      const decided = await this.#sql.get('SELECT 1 AS decided FROM silence_outcomes WHERE procedure_id = ?', [
        input.procedureId,
      ]);
      if (decided) return false;
      await this.#sql.run(
        'INSERT INTO silence_objections (id, procedure_id, person_id, reason, at) VALUES (?, ?, ?, ?, ?)',
        [input.id, input.procedureId, input.personId, input.reason, input.at],
      );
      return true;
    });
  }

  /**
   * Decides a procedure past its deadline from the objections stored (under the same lock as
   * objections) and writes the outcome unless one is recorded. Answers the outcome and whether
   * this call wrote it.
   */
  async settle(input: {
    procedureId: string;
    versionId: string;
    deadline: string;
    recordedAt: string;
  }): Promise<{ outcome: Outcome; objections: number; wrote: boolean }> {
    return this.#sql.withLock(`silence:${input.procedureId}`, async () => {
      const recorded = await this.#sql.get<{ outcome: Outcome }>(
        'SELECT outcome FROM silence_outcomes WHERE procedure_id = ?',
        [input.procedureId],
      );
      const count = await this.#sql.get<{ n: number }>(
        'SELECT COUNT(*) AS n FROM silence_objections WHERE procedure_id = ?',
        [input.procedureId],
      );
      const objections = Number(count?.n ?? 0);
      if (recorded) return { outcome: recorded.outcome, objections, wrote: false };
      const outcome: Outcome = objections > 0 ? 'not-endorsed' : 'endorsed';
      await this.#sql.run(
        'INSERT INTO silence_outcomes (procedure_id, version_id, outcome, decided_at, recorded_at) VALUES (?, ?, ?, ?, ?)',
        [input.procedureId, input.versionId, outcome, input.deadline, input.recordedAt],
      );
      return { outcome, objections, wrote: true };
    });
  }

  async get(id: string): Promise<StoredProcedure | undefined> {
    const row = await this.#sql.get<ProcedureRow>(`${SELECT} WHERE p.id = ?`, [id]);
    return row ? (await this.#complete([row]))[0] : undefined;
  }

  /** A document's procedures, newest first. */
  async list(documentId: string): Promise<StoredProcedure[]> {
    const rows = await this.#sql.all<ProcedureRow>(
      `${SELECT} WHERE p.document_id = ? ORDER BY p.started_at DESC, p.id`,
      [documentId],
    );
    return this.#complete(rows);
  }

  /** The recorded endorsement of a version (its first), if any. */
  async endorsement(versionId: string): Promise<{ procedureId: string; decidedAt: string } | undefined> {
    const row = await this.#sql.get<{ procedure_id: string; decided_at: string }>(
      `SELECT procedure_id, decided_at FROM silence_outcomes WHERE version_id = ? AND outcome = 'endorsed'
       ORDER BY decided_at LIMIT 1`,
      [versionId],
    );
    return row ? { procedureId: row.procedure_id, decidedAt: row.decided_at } : undefined;
  }

  /** The document a version belongs to, if the version exists. */
  async documentOfVersion(versionId: string): Promise<string | undefined> {
    const row = await this.#sql.get<{ document_id: string }>('SELECT document_id FROM versions WHERE id = ?', [
      versionId,
    ]);
    return row?.document_id;
  }

  /** Keeps what a version cites (once; a second call for the same version changes nothing). */
  async recordCitations(versionId: string, citations: VersionCitations, at: string): Promise<void> {
    await this.#sql.run(
      'INSERT INTO version_compilation (version_id, sources, annex, recorded_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      [versionId, JSON.stringify(citations.sources), JSON.stringify(citations.annex), at],
    );
  }

  /** What a version cited when saved; undefined for versions saved without sources or calls. */
  async citations(versionId: string): Promise<VersionCitations | undefined> {
    const row = await this.#sql.get<{ sources: string; annex: string }>(
      'SELECT sources, annex FROM version_compilation WHERE version_id = ?',
      [versionId],
    );
    return row ? { sources: JSON.parse(row.sources), annex: JSON.parse(row.annex) } : undefined;
  }

  async #complete(rows: readonly ProcedureRow[]): Promise<StoredProcedure[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const objections = await this.#sql.all<ObjectionRow>(
      `SELECT id, procedure_id, person_id, reason, at FROM silence_objections
       WHERE procedure_id IN (${ids.map(() => '?').join(', ')}) ORDER BY at, id`,
      ids,
    );
    const people = await this.#people.peopleByIds([
      ...rows.map((r) => r.started_by),
      ...objections.map((o) => o.person_id),
    ]);
    const shown = (id: string): PersonShown => people.get(id) ?? unknownPerson(id);
    return rows.map((r) => ({
      id: r.id,
      documentId: r.document_id,
      workspaceId: r.workspace_id,
      versionId: r.version_id,
      versionName: r.version_name,
      deadline: r.deadline,
      note: r.note,
      startedAt: r.started_at,
      startedBy: shown(r.started_by),
      objections: objections
        .filter((o) => o.procedure_id === r.id)
        .map((o) => ({ id: o.id, by: shown(o.person_id), reason: o.reason, at: o.at })),
      outcome: r.outcome === null || r.decided_at === null ? null : { outcome: r.outcome, decidedAt: r.decided_at },
    }));
  }
}
