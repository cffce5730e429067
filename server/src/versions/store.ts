/**
 * Versions, in SQLite or PostgreSQL: written once, read many times. The triggers of migration
 * 0005 (both dialects) refuse any UPDATE or DELETE, so a version's state and blocks stay
 * byte-identical to what was saved. Who may save is decided before this store is called (the
 * Gate, `version.create`).
 */
import type { PersonShown, Version, VersionBlock, VersionRef } from '@accord/schema';
import { SqlPeopleStore } from '../identity/people-store.js';
import type { Queryable, SqlDatabase } from '../storage/sql/types.js';
import { newId } from '../storage/ids.js';

/** A version with its frozen content. */
export interface StoredVersion {
  version: Version;
  /** The document's Yjs state when saved. */
  state: Uint8Array;
  blocks: VersionBlock[];
}

export interface NewVersion {
  documentId: string;
  name: string;
  note?: string | undefined;
  title: string;
  state: Uint8Array;
  blocks: VersionBlock[];
  createdBy: string;
}

interface VersionRow {
  id: string;
  document_id: string;
  name: string;
  note: string | null;
  title: string;
  based_on: string | null;
  created_at: string;
  created_by: string;
  based_on_document: string | null;
  based_on_name: string | null;
  answers_round: string | null;
  answers_title: string | null;
}

/** A version's record without its content, which only {@link SqlVersionStore.get} reads. */
const SELECT = `SELECT v.id, v.document_id, v.name, v.note, v.title, v.based_on, v.created_at, v.created_by,
    b.document_id AS based_on_document, b.name AS based_on_name, r.id AS answers_round, r.title AS answers_title`;
const FROM = `FROM versions v LEFT JOIN versions b ON b.id = v.based_on
    LEFT JOIN round_revisions rr ON rr.version_id = v.id LEFT JOIN rounds r ON r.id = rr.round_id`;

export interface VersionStoreOptions {
  /** The clock versions are dated by; tests move it. */
  now?: () => Date;
  /** Who saved each version; by default the people store on the same database. */
  people?: Pick<SqlPeopleStore, 'peopleByIds'>;
}

export class SqlVersionStore {
  readonly #sql: SqlDatabase | Queryable;
  readonly #now: () => Date;
  readonly #people: Pick<SqlPeopleStore, 'peopleByIds'>;

  constructor(sql: SqlDatabase | Queryable, options: VersionStoreOptions = {}) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
    this.#people = options.people ?? new SqlPeopleStore(sql);
  }

  /** Saves a version; it records the version the document was started from, if any. */
  async create(input: NewVersion): Promise<Version> {
    const id = newId();
    const origin = await this.origin(input.documentId);
    await this.#sql.run(
      'INSERT INTO versions (id, document_id, name, note, title, state, blocks, based_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        id,
        input.documentId,
        input.name,
        input.note ?? null,
        input.title,
        input.state,
        JSON.stringify(input.blocks),
        origin?.versionId ?? null,
        this.#now().toISOString(),
        input.createdBy,
      ],
    );
    return (await this.get(input.documentId, id))!.version;
  }

  /** A document's versions, newest first (two saved in the same millisecond: by id). */
  async list(documentId: string): Promise<Version[]> {
    const rows = await this.#sql.all<VersionRow>(
      `${SELECT} ${FROM} WHERE v.document_id = ? ORDER BY v.created_at DESC, v.id DESC`,
      [documentId],
    );
    const people = await this.#people.peopleByIds(rows.map((r) => r.created_by));
    return rows.map((r) => toVersion(r, people));
  }

  /** One version of a document with its content; undefined when the document has no such version. */
  async get(documentId: string, versionId: string): Promise<StoredVersion | undefined> {
    const row = await this.#sql.get<VersionRow & { state: Uint8Array; blocks: string }>(
      `${SELECT}, v.state, v.blocks ${FROM} WHERE v.id = ? AND v.document_id = ?`,
      [versionId, documentId],
    );
    if (!row) return undefined;
    return {
      version: toVersion(row, await this.#people.peopleByIds([row.created_by])),
      state: new Uint8Array(row.state),
      blocks: JSON.parse(row.blocks) as VersionBlock[],
    };
  }

  /** The version a document was started from, if it was. */
  async origin(documentId: string): Promise<VersionRef | undefined> {
    const row = await this.#sql.get<{ document_id: string; id: string; name: string }>(
      'SELECT v.document_id, v.id, v.name FROM draft_origins o JOIN versions v ON v.id = o.version_id WHERE o.document_id = ?',
      [documentId],
    );
    return row ? { documentId: row.document_id, versionId: row.id, name: row.name } : undefined;
  }

  /** Records that `documentId` was started from `versionId` (once: the trigger refuses a change). */
  async recordOrigin(documentId: string, versionId: string, personId: string): Promise<void> {
    await this.#sql.run(
      'INSERT INTO draft_origins (document_id, version_id, created_at, created_by) VALUES (?, ?, ?, ?)',
      [documentId, versionId, this.#now().toISOString(), personId],
    );
  }
}

function toVersion(row: VersionRow, people: ReadonlyMap<string, PersonShown>): Version {
  return {
    id: row.id,
    documentId: row.document_id,
    name: row.name,
    ...(row.note ? { note: row.note } : {}),
    title: row.title,
    createdAt: row.created_at,
    createdBy: people.get(row.created_by)!,
    ...(row.based_on && row.based_on_document && row.based_on_name
      ? { basedOn: { documentId: row.based_on_document, versionId: row.based_on, name: row.based_on_name } }
      : {}),
    ...(row.answers_round && row.answers_title
      ? { answersRound: { roundId: row.answers_round, title: row.answers_title } }
      : {}),
  };
}
