/**
 * Consensus records, in SQLite or PostgreSQL: paragraph statuses (every change in
 * `status_events`, in the same transaction), positions (current in `positions`, every one in
 * `position_events`), alternatives to bracketed text and bracket resolutions. The triggers of
 * migration 0004 (both dialects) keep histories append-only, attributions fixed and resolutions
 * final. Who may do what is decided before this store is called; the stakeholder group a
 * position or alternative counts for is read here, from the person's record, in the same
 * transaction: nobody states it.
 */
import {
  defaultStakeholderGroups,
  type BracketAlternative,
  type ParagraphStatus,
  type PersonShown,
  type Position,
  type PositionKind,
  type StatusChange,
} from '@accord/schema';
import { SqlPeopleStore } from '../identity/people-store.js';
import { isUniqueViolation, type Queryable, type SqlDatabase } from '../storage/sql/types.js';
import { newId } from '../storage/ids.js';
import { type Msg, Refusal } from '../refusal.js';
import {
  type AlternativeRow,
  type PositionRow,
  type ResolutionRow,
  type StatusEventRow,
  type StoredResolution,
  toAlternative,
  toPosition,
  toResolution,
  toStatusChange,
} from './rows.js';

export type { StoredResolution } from './rows.js';

/** "the paragraph is already under discussion", naming the status in the reader's words. */
const unchanged = (status: ParagraphStatus): Msg => ({
  key: 'errors.consensus.unchanged',
  values: {
    status: status === 'under-discussion' ? 'underDiscussion' : status === 'agreed-ad-ref' ? 'adRef' : status,
  },
});

/** A change the store refuses because of the records' state: a 409. */
export class ConsensusConflict extends Refusal {
  override name = 'ConsensusConflict';
  constructor(
    override readonly code: 'already_resolved' | 'no_change',
    message: Msg,
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

export interface ConsensusStoreOptions {
  /** The clock records are dated by; tests move it. */
  now?: () => Date;
  /** Who the people behind the records are; by default the people store on the same database. */
  people?: Pick<SqlPeopleStore, 'peopleByIds'>;
}

export class SqlConsensusStore {
  readonly #sql: SqlDatabase | Queryable;
  readonly #now: () => Date;
  readonly #people: Pick<SqlPeopleStore, 'peopleByIds'>;

  constructor(sql: SqlDatabase | Queryable, options: ConsensusStoreOptions = {}) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
    this.#people = options.people ?? new SqlPeopleStore(sql);
  }

  /** Every paragraph of the document with a stored status, by block id. */
  async statuses(documentId: string): Promise<Map<string, StoredStatus>> {
    const rows = await this.#sql.all<{
      block_id: string;
      status: ParagraphStatus;
      agreed_hash: string | null;
      set_at: string;
      set_by: string;
    }>('SELECT block_id, status, agreed_hash, set_at, set_by FROM paragraph_status WHERE document_id = ?', [
      documentId,
    ]);
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
    const seq = await this.#sql.transaction(async (tx) => {
      const from = await this.#currentStatus(tx, input.documentId, input.blockId);
      const agreed = input.to === 'agreed' || input.to === 'agreed-ad-ref';
      if (from === input.to && !agreed) throw new ConsensusConflict('no_change', unchanged(input.to));
      const at = this.#iso();
      await tx.run(
        `INSERT INTO paragraph_status (document_id, block_id, status, agreed_hash, set_at, set_by) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (document_id, block_id) DO UPDATE SET status = excluded.status, agreed_hash = excluded.agreed_hash, set_at = excluded.set_at, set_by = excluded.set_by`,
        [input.documentId, input.blockId, input.to, agreed ? input.agreedHash : null, at, input.actorId],
      );
      return this.#statusEvent(tx, input, 'set', from, at);
    });
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
    const seq = await this.#sql.transaction(async (tx) => {
      const from = await this.#currentStatus(tx, input.documentId, input.blockId);
      if (from === input.to) throw new ConsensusConflict('no_change', unchanged(input.to));
      return this.#statusEvent(tx, input, 'proposed', from, this.#iso());
    });
    return this.#statusChange(seq);
  }

  /** Status changes and proposals of a document (or one paragraph), oldest first. */
  async statusEvents(documentId: string, blockId?: string): Promise<StatusChange[]> {
    const rows =
      blockId === undefined
        ? await this.#sql.all<StatusEventRow>('SELECT * FROM status_events WHERE document_id = ? ORDER BY seq', [
            documentId,
          ])
        : await this.#sql.all<StatusEventRow>(
            'SELECT * FROM status_events WHERE document_id = ? AND block_id = ? ORDER BY seq',
            [documentId, blockId],
          );
    const people = await this.#people.peopleByIds(rows.map((r) => r.actor_id));
    return rows.map((r) => toStatusChange(r, people));
  }

  /** Records the person's position, replacing their current one; the history keeps every one. */
  async recordPosition(input: {
    documentId: string;
    blockId: string;
    personId: string;
    position: PositionKind;
    reason: string;
  }): Promise<Position> {
    const row = await this.#sql.transaction(async (tx) => {
      const at = this.#iso();
      const group = await this.#groupOf(tx, input.personId);
      const values = [input.documentId, input.blockId, input.personId, group, input.position, input.reason, at];
      const current = await tx.get<PositionRow>(
        `INSERT INTO positions (document_id, block_id, person_id, stakeholder_group, position, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (document_id, block_id, person_id) DO UPDATE SET stakeholder_group = excluded.stakeholder_group, position = excluded.position, reason = excluded.reason, at = excluded.at
         RETURNING *`,
        values,
      );
      await tx.run(
        'INSERT INTO position_events (document_id, block_id, person_id, stakeholder_group, position, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        values,
      );
      return current!;
    });
    return (await this.#positions([row]))[0]!;
  }

  /**
   * Current positions of a document, by paragraph then time; ties of time in the order the
   * people first took a position there (their first event).
   */
  async positions(documentId: string): Promise<Position[]> {
    return this.#positions(
      await this.#sql.all<PositionRow>(
        `SELECT p.* FROM positions p
           WHERE p.document_id = ?
           ORDER BY p.block_id, p.at, (SELECT MIN(e.seq) FROM position_events e
             WHERE e.document_id = p.document_id AND e.block_id = p.block_id AND e.person_id = p.person_id)`,
        [documentId],
      ),
    );
  }

  /** Every position ever recorded on a paragraph, oldest first. */
  async positionHistory(documentId: string, blockId: string): Promise<Position[]> {
    return this.#positions(
      await this.#sql.all<PositionRow>(
        'SELECT * FROM position_events WHERE document_id = ? AND block_id = ? ORDER BY seq',
        [documentId, blockId],
      ),
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
    // Two proposals at once on two instances can pick the same ordinal; the unique index refuses
    // the second, which then takes the next one.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.#sql.transaction(async (tx) => {
          if (await this.#resolution(tx, input.documentId, input.bracketId)) {
            throw new ConsensusConflict('already_resolved', {
              key: 'errors.consensus.alternativesClosed',
              values: { id: input.bracketId },
            });
          }
          const { next } = (await tx.get<{ next: number }>(
            'SELECT COALESCE(MAX(ordinal), 0) + 1 AS next FROM bracket_alternatives WHERE document_id = ? AND bracket_id = ?',
            [input.documentId, input.bracketId],
          ))!;
          await tx.run(
            'INSERT INTO bracket_alternatives (id, document_id, bracket_id, ordinal, text, proposed_by, stakeholder_group, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            [
              id,
              input.documentId,
              input.bracketId,
              next,
              input.text,
              input.personId,
              await this.#groupOf(tx, input.personId),
              this.#iso(),
            ],
          );
        });
        break;
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 5) throw error;
      }
    }
    return (
      await this.#alternatives(
        await this.#sql.all<AlternativeRow>('SELECT * FROM bracket_alternatives WHERE id = ?', [id]),
      )
    )[0]!;
  }

  /** Every alternative of a document's brackets, by bracket then order of proposal. */
  async alternatives(documentId: string): Promise<BracketAlternative[]> {
    return this.#alternatives(
      await this.#sql.all<AlternativeRow>(
        'SELECT * FROM bracket_alternatives WHERE document_id = ? ORDER BY bracket_id, ordinal',
        [documentId],
      ),
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
    const alreadyResolved = () =>
      new ConsensusConflict('already_resolved', {
        key: 'errors.consensus.bracketResolved',
        values: { id: input.bracketId },
      });
    try {
      await this.#sql.transaction(async (tx) => {
        if (await this.#resolution(tx, input.documentId, input.bracketId)) throw alreadyResolved();
        await tx.run(
          'INSERT INTO bracket_resolutions (document_id, bracket_id, block_id, choice, alternative_id, text, previous_text, note, resolved_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [
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
          ],
        );
      });
    } catch (error) {
      // Resolved by another instance between the check and the insert: the key refuses it.
      if (isUniqueViolation(error)) throw alreadyResolved();
      throw error;
    }
    return (await this.resolutions(input.documentId)).find((r) => r.bracketId === input.bracketId)!;
  }

  /** Every resolution of a document's brackets, oldest first (ties of time by bracket id). */
  async resolutions(documentId: string): Promise<StoredResolution[]> {
    const rows = await this.#sql.all<ResolutionRow>(
      'SELECT * FROM bracket_resolutions WHERE document_id = ? ORDER BY at, bracket_id',
      [documentId],
    );
    const people = await this.#people.peopleByIds(rows.map((r) => r.resolved_by));
    return rows.map((r) => toResolution(r, people));
  }

  /** Whether a bracket was resolved. */
  async isResolved(documentId: string, bracketId: string): Promise<boolean> {
    return this.#resolution(this.#sql, documentId, bracketId);
  }

  /**
   * The stakeholder groups that can take positions on a document: those of the people of its
   * workspace whose role may record one.
   */
  async constituency(documentId: string, roles: readonly string[]): Promise<string[]> {
    if (roles.length === 0) return [];
    const rows = await this.#sql.all<{ id: string }>(
      `SELECT DISTINCT p.stakeholder_group AS id FROM documents d
         JOIN workspace_roles r ON r.workspace_id = d.workspace_id
         JOIN people p ON p.id = r.person_id
        WHERE d.id = ? AND r.role IN (${roles.map(() => '?').join(', ')})
        ORDER BY p.stakeholder_group`,
      [documentId, ...roles],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Display names of the stakeholder groups, by id: the default groups in their own order,
   * then those added later in the order they were added.
   */
  async groupNames(): Promise<Map<string, string>> {
    const rows = await this.#sql.all<{ id: string; name: string }>(
      'SELECT id, name FROM stakeholder_groups ORDER BY created_at, id',
    );
    const defaults = defaultStakeholderGroups.map((g) => g.id as string);
    const rank = (id: string) => {
      const i = defaults.indexOf(id);
      return i === -1 ? defaults.length : i;
    };
    // A stable sort: groups that are not defaults keep the query's order.
    rows.sort((a, b) => rank(a.id) - rank(b.id));
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async #resolution(q: Queryable, documentId: string, bracketId: string): Promise<boolean> {
    return (
      (await q.get('SELECT 1 AS found FROM bracket_resolutions WHERE document_id = ? AND bracket_id = ?', [
        documentId,
        bracketId,
      ])) !== undefined
    );
  }

  /**
   * The paragraph's status, read for a change in `tx`. On PostgreSQL two instances may change
   * one paragraph at once: a transaction-scoped advisory lock on the paragraph makes the second
   * wait and read the first's result, even when the paragraph has no row yet to lock.
   */
  async #currentStatus(tx: Queryable, documentId: string, blockId: string): Promise<ParagraphStatus> {
    if (tx.dialect === 'postgres')
      await tx.get(
        "SELECT pg_advisory_xact_lock(hashtext(current_schema() || ' paragraph ' || ? || ' ' || ?)) AS locked",
        [documentId, blockId],
      );
    const row = await tx.get<{ status: ParagraphStatus }>(
      'SELECT status FROM paragraph_status WHERE document_id = ? AND block_id = ?',
      [documentId, blockId],
    );
    return row?.status ?? 'drafting';
  }

  async #statusEvent(
    tx: Queryable,
    input: { documentId: string; blockId: string; to: ParagraphStatus; note: string; actorId: string },
    kind: 'set' | 'proposed',
    from: ParagraphStatus,
    at: string,
  ): Promise<number> {
    const row = await tx.get<{ seq: number }>(
      'INSERT INTO status_events (document_id, block_id, kind, from_status, to_status, note, actor_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq',
      [input.documentId, input.blockId, kind, from, input.to, input.note, input.actorId, at],
    );
    return row!.seq;
  }

  async #statusChange(seq: number): Promise<StatusChange> {
    const row = (await this.#sql.get<StatusEventRow>('SELECT * FROM status_events WHERE seq = ?', [seq]))!;
    return toStatusChange(row, await this.#people.peopleByIds([row.actor_id]));
  }

  async #groupOf(tx: Queryable, personId: string): Promise<string> {
    const row = await tx.get<{ stakeholder_group: string }>('SELECT stakeholder_group FROM people WHERE id = ?', [
      personId,
    ]);
    if (!row) throw new Error(`no person ${personId}`);
    return row.stakeholder_group;
  }

  async #positions(rows: PositionRow[]): Promise<Position[]> {
    const people = await this.#people.peopleByIds(rows.map((r) => r.person_id));
    return rows.map((r) => toPosition(r, people));
  }

  async #alternatives(rows: AlternativeRow[]): Promise<BracketAlternative[]> {
    const people = await this.#people.peopleByIds(rows.map((r) => r.proposed_by));
    return rows.map((r) => toAlternative(r, people));
  }

  #iso(): string {
    return this.#now().toISOString();
  }
}
