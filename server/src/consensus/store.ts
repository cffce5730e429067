/**
 * Consensus records in SQLite: paragraph statuses (every change in `status_events`, in the
 * same transaction), positions (current in `positions`, every one in `position_events`),
 * alternatives to bracketed text and bracket resolutions. The triggers of migration 0004 keep
 * histories append-only, attributions fixed and resolutions final. Who may do what is decided
 * before this store is called; the stakeholder group a position or alternative counts for is
 * read here, from the person's record, in the same transaction: nobody states it.
 */
import type {
  BracketAlternative,
  BracketResolution,
  ParagraphStatus,
  PersonShown,
  Position,
  PositionKind,
  StatusChange,
} from '@accord/schema';
import { SqlitePeopleStore } from '../identity/people-store.js';
import type { Db } from '../storage/sqlite/database.js';
import { newId } from '../storage/ids.js';
import { Refusal } from '../refusal.js';

/** A change the store refuses because of the records' state: a 409. */
export class ConsensusConflict extends Refusal {
  override name = 'ConsensusConflict';
  constructor(
    override readonly code: 'already_resolved' | 'no_change',
    message: string,
  ) {
    super(409, code, message);
  }
}

/** A paragraph's stored status (paragraphs without a row are `drafting`). */
export interface StoredStatus {
  blockId: string;
  status: ParagraphStatus;
  /** SHA-256 of the agreed text, for agreed statuses; null otherwise. */
  agreedHash: string | null;
  setAt: string;
  setBy: PersonShown;
}

interface StatusEventRow {
  seq: number;
  block_id: string;
  kind: 'set' | 'proposed';
  from_status: ParagraphStatus;
  to_status: ParagraphStatus;
  note: string;
  actor_id: string;
  at: string;
}

interface PositionRow {
  block_id: string;
  person_id: string;
  stakeholder_group: string;
  position: PositionKind;
  reason: string;
  at: string;
}

interface AlternativeRow {
  id: string;
  bracket_id: string;
  ordinal: number;
  text: string;
  proposed_by: string;
  stakeholder_group: string;
  created_at: string;
}

interface ResolutionRow {
  bracket_id: string;
  block_id: string;
  choice: 'bracketed' | 'alternative';
  alternative_id: string | null;
  text: string;
  previous_text: string;
  note: string;
  resolved_by: string;
  at: string;
}

/** A resolution as stored, with the block the bracket was in. */
export type StoredResolution = BracketResolution & { blockId: string };

export interface ConsensusStoreOptions {
  /** The clock records are dated by; tests move it. */
  now?: () => Date;
  /** Who the people behind the records are; by default the people store on the same database. */
  people?: Pick<SqlitePeopleStore, 'peopleByIds'>;
}

export class SqliteConsensusStore {
  readonly #db: Db;
  readonly #now: () => Date;
  readonly #people: Pick<SqlitePeopleStore, 'peopleByIds'>;

  constructor(db: Db, options: ConsensusStoreOptions = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
    this.#people = options.people ?? new SqlitePeopleStore(db);
  }

  /** Every paragraph of the document with a stored status, by block id. */
  async statuses(documentId: string): Promise<Map<string, StoredStatus>> {
    const rows = this.#db
      .prepare('SELECT block_id, status, agreed_hash, set_at, set_by FROM paragraph_status WHERE document_id = ?')
      .all(documentId) as {
      block_id: string;
      status: ParagraphStatus;
      agreed_hash: string | null;
      set_at: string;
      set_by: string;
    }[];
    const people = await this.#people.peopleByIds(rows.map((r) => r.set_by));
    return new Map(
      rows.map((r) => [
        r.block_id,
        {
          blockId: r.block_id,
          status: r.status,
          agreedHash: r.agreed_hash,
          setAt: r.set_at,
          setBy: people.get(r.set_by)!,
        },
      ]),
    );
  }

  /**
   * Sets a paragraph's status and records the change. `agreedHash` is required for agreed
   * statuses (the text that was agreed) and ignored otherwise. Setting the current status
   * again is refused, except re-confirming an agreement (which records the text anew).
   */
  async setStatus(input: {
    documentId: string;
    blockId: string;
    to: ParagraphStatus;
    note: string;
    actorId: string;
    agreedHash: string | null;
  }): Promise<StatusChange> {
    const seq = this.#db.transaction(() => {
      const from = this.#currentStatus(input.documentId, input.blockId);
      const agreed = input.to === 'agreed' || input.to === 'agreed-ad-ref';
      if (from === input.to && !agreed)
        throw new ConsensusConflict('no_change', `the paragraph is already ${input.to}`);
      const at = this.#iso();
      this.#db
        .prepare(
          `INSERT INTO paragraph_status (document_id, block_id, status, agreed_hash, set_at, set_by) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (document_id, block_id) DO UPDATE SET status = excluded.status, agreed_hash = excluded.agreed_hash, set_at = excluded.set_at, set_by = excluded.set_by`,
        )
        .run(input.documentId, input.blockId, input.to, agreed ? input.agreedHash : null, at, input.actorId);
      return this.#statusEvent(input, 'set', from, at);
    })();
    return this.#statusChange(seq);
  }

  /** Records a member's proposal to change a paragraph's status; the status itself does not change. */
  async proposeStatus(input: {
    documentId: string;
    blockId: string;
    to: ParagraphStatus;
    note: string;
    actorId: string;
  }): Promise<StatusChange> {
    const seq = this.#db.transaction(() => {
      const from = this.#currentStatus(input.documentId, input.blockId);
      if (from === input.to) throw new ConsensusConflict('no_change', `the paragraph is already ${input.to}`);
      return this.#statusEvent(input, 'proposed', from, this.#iso());
    })();
    return this.#statusChange(seq);
  }

  /** Status changes and proposals of a document (or one paragraph), oldest first. */
  async statusEvents(documentId: string, blockId?: string): Promise<StatusChange[]> {
    const rows = (
      blockId === undefined
        ? this.#db.prepare('SELECT * FROM status_events WHERE document_id = ? ORDER BY seq').all(documentId)
        : this.#db
            .prepare('SELECT * FROM status_events WHERE document_id = ? AND block_id = ? ORDER BY seq')
            .all(documentId, blockId)
    ) as StatusEventRow[];
    const people = await this.#people.peopleByIds(rows.map((r) => r.actor_id));
    return rows.map((r) => ({
      seq: r.seq,
      blockId: r.block_id,
      kind: r.kind,
      from: r.from_status,
      to: r.to_status,
      note: r.note,
      actor: people.get(r.actor_id)!,
      at: r.at,
    }));
  }

  /** Records the person's position, replacing their current one; the history keeps every one. */
  async recordPosition(input: {
    documentId: string;
    blockId: string;
    personId: string;
    position: PositionKind;
    reason: string;
  }): Promise<Position> {
    this.#db.transaction(() => {
      const at = this.#iso();
      const group = this.#groupOf(input.personId);
      this.#db
        .prepare(
          `INSERT INTO positions (document_id, block_id, person_id, stakeholder_group, position, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (document_id, block_id, person_id) DO UPDATE SET stakeholder_group = excluded.stakeholder_group, position = excluded.position, reason = excluded.reason, at = excluded.at`,
        )
        .run(input.documentId, input.blockId, input.personId, group, input.position, input.reason, at);
      this.#db
        .prepare(
          'INSERT INTO position_events (document_id, block_id, person_id, stakeholder_group, position, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(input.documentId, input.blockId, input.personId, group, input.position, input.reason, at);
    })();
    const row = this.#db
      .prepare('SELECT * FROM positions WHERE document_id = ? AND block_id = ? AND person_id = ?')
      .get(input.documentId, input.blockId, input.personId) as PositionRow;
    return (await this.#positions([row]))[0]!;
  }

  /** Current positions of a document, by paragraph then time. */
  async positions(documentId: string): Promise<Position[]> {
    return this.#positions(
      this.#db
        .prepare('SELECT * FROM positions WHERE document_id = ? ORDER BY block_id, at, rowid')
        .all(documentId) as PositionRow[],
    );
  }

  /** Every position ever recorded on a paragraph, oldest first. */
  async positionHistory(documentId: string, blockId: string): Promise<Position[]> {
    return this.#positions(
      this.#db
        .prepare('SELECT * FROM position_events WHERE document_id = ? AND block_id = ? ORDER BY seq')
        .all(documentId, blockId) as PositionRow[],
    );
  }

  /** Adds an alternative to a bracket, attributed to the proposer and their stakeholder group; refused once the bracket is resolved. */
  async addAlternative(input: {
    documentId: string;
    bracketId: string;
    text: string;
    personId: string;
  }): Promise<BracketAlternative> {
    const id = newId();
    this.#db.transaction(() => {
      if (this.#resolution(input.documentId, input.bracketId)) {
        throw new ConsensusConflict(
          'already_resolved',
          `bracket ${input.bracketId} is already resolved; alternatives can no longer be added`,
        );
      }
      const { next } = this.#db
        .prepare(
          'SELECT COALESCE(MAX(ordinal), 0) + 1 AS next FROM bracket_alternatives WHERE document_id = ? AND bracket_id = ?',
        )
        .get(input.documentId, input.bracketId) as {
        next: number;
      };
      this.#db
        .prepare(
          'INSERT INTO bracket_alternatives (id, document_id, bracket_id, ordinal, text, proposed_by, stakeholder_group, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          id,
          input.documentId,
          input.bracketId,
          next,
          input.text,
          input.personId,
          this.#groupOf(input.personId),
          this.#iso(),
        );
    })();
    return (
      await this.#alternatives(
        this.#db.prepare('SELECT * FROM bracket_alternatives WHERE id = ?').all(id) as AlternativeRow[],
      )
    )[0]!;
  }

  /** Every alternative of a document's brackets, by bracket then order of proposal. */
  async alternatives(documentId: string): Promise<BracketAlternative[]> {
    return this.#alternatives(
      this.#db
        .prepare('SELECT * FROM bracket_alternatives WHERE document_id = ? ORDER BY bracket_id, ordinal')
        .all(documentId) as AlternativeRow[],
    );
  }

  /** Records a bracket's resolution; a bracket is resolved once. */
  async recordResolution(input: {
    documentId: string;
    bracketId: string;
    blockId: string;
    choice: 'bracketed' | 'alternative';
    alternativeId: string | null;
    text: string;
    previousText: string;
    note: string;
    actorId: string;
  }): Promise<StoredResolution> {
    this.#db.transaction(() => {
      if (this.#resolution(input.documentId, input.bracketId))
        throw new ConsensusConflict('already_resolved', `bracket ${input.bracketId} is already resolved`);
      this.#db
        .prepare(
          'INSERT INTO bracket_resolutions (document_id, bracket_id, block_id, choice, alternative_id, text, previous_text, note, resolved_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          input.documentId,
          input.bracketId,
          input.blockId,
          input.choice,
          input.alternativeId,
          input.text,
          input.previousText,
          input.note,
          input.actorId,
          this.#iso(),
        );
    })();
    return (await this.resolutions(input.documentId)).find((r) => r.bracketId === input.bracketId)!;
  }

  /** Every resolution of a document's brackets, oldest first. */
  async resolutions(documentId: string): Promise<StoredResolution[]> {
    const rows = this.#db
      .prepare('SELECT * FROM bracket_resolutions WHERE document_id = ? ORDER BY at, rowid')
      .all(documentId) as ResolutionRow[];
    const people = await this.#people.peopleByIds(rows.map((r) => r.resolved_by));
    return rows.map((r) => ({
      bracketId: r.bracket_id,
      blockId: r.block_id,
      choice: r.choice,
      alternativeId: r.alternative_id,
      text: r.text,
      previousText: r.previous_text,
      note: r.note,
      resolvedBy: people.get(r.resolved_by)!,
      at: r.at,
    }));
  }

  /** Whether a bracket was resolved. */
  async isResolved(documentId: string, bracketId: string): Promise<boolean> {
    return this.#resolution(documentId, bracketId);
  }

  /**
   * The stakeholder groups that can take positions on a document: those of the people of its
   * workspace whose role may record one.
   */
  async constituency(documentId: string, roles: readonly string[]): Promise<string[]> {
    const rows = this.#db
      .prepare(
        `SELECT DISTINCT p.stakeholder_group AS id FROM documents d
           JOIN workspace_roles r ON r.workspace_id = d.workspace_id
           JOIN people p ON p.id = r.person_id
          WHERE d.id = ? AND r.role IN (SELECT value FROM json_each(?))
          ORDER BY p.stakeholder_group`,
      )
      .all(documentId, JSON.stringify(roles)) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Display names of the stakeholder groups, by id. */
  async groupNames(): Promise<Map<string, string>> {
    const rows = this.#db.prepare('SELECT id, name FROM stakeholder_groups ORDER BY rowid').all() as {
      id: string;
      name: string;
    }[];
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  #resolution(documentId: string, bracketId: string): boolean {
    return (
      this.#db
        .prepare('SELECT 1 FROM bracket_resolutions WHERE document_id = ? AND bracket_id = ?')
        .get(documentId, bracketId) !== undefined
    );
  }

  #currentStatus(documentId: string, blockId: string): ParagraphStatus {
    const row = this.#db
      .prepare('SELECT status FROM paragraph_status WHERE document_id = ? AND block_id = ?')
      .get(documentId, blockId) as { status: ParagraphStatus } | undefined;
    return row?.status ?? 'drafting';
  }

  #statusEvent(
    input: { documentId: string; blockId: string; to: ParagraphStatus; note: string; actorId: string },
    kind: 'set' | 'proposed',
    from: ParagraphStatus,
    at: string,
  ): number {
    const result = this.#db
      .prepare(
        'INSERT INTO status_events (document_id, block_id, kind, from_status, to_status, note, actor_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(input.documentId, input.blockId, kind, from, input.to, input.note, input.actorId, at);
    return Number(result.lastInsertRowid);
  }

  async #statusChange(seq: number): Promise<StatusChange> {
    const row = this.#db.prepare('SELECT * FROM status_events WHERE seq = ?').get(seq) as StatusEventRow;
    const actor = (await this.#people.peopleByIds([row.actor_id])).get(row.actor_id)!;
    return {
      seq: row.seq,
      blockId: row.block_id,
      kind: row.kind,
      from: row.from_status,
      to: row.to_status,
      note: row.note,
      actor,
      at: row.at,
    };
  }

  #groupOf(personId: string): string {
    const row = this.#db.prepare('SELECT stakeholder_group FROM people WHERE id = ?').get(personId) as
      | { stakeholder_group: string }
      | undefined;
    if (!row) throw new Error(`no person ${personId}`);
    return row.stakeholder_group;
  }

  async #positions(rows: PositionRow[]): Promise<Position[]> {
    const people = await this.#people.peopleByIds(rows.map((r) => r.person_id));
    return rows.map((r) => ({
      blockId: r.block_id,
      person: people.get(r.person_id)!,
      stakeholderGroup: r.stakeholder_group,
      position: r.position,
      reason: r.reason,
      at: r.at,
    }));
  }

  async #alternatives(rows: AlternativeRow[]): Promise<BracketAlternative[]> {
    const people = await this.#people.peopleByIds(rows.map((r) => r.proposed_by));
    return rows.map((r) => ({
      id: r.id,
      bracketId: r.bracket_id,
      label: `Alt ${r.ordinal}`,
      text: r.text,
      proposedBy: people.get(r.proposed_by)!,
      stakeholderGroup: r.stakeholder_group,
      at: r.created_at,
    }));
  }

  #iso(): string {
    return this.#now().toISOString();
  }
}
