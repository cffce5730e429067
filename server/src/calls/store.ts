/**
 * Calls for contributions and their contributions (migration 0014), one implementation for
 * SQLite and PostgreSQL. A call's state is never stored: it follows from its times and the
 * server clock (see {@link callState}). A contribution is kept current in `contributions`;
 * each submission and edit is also appended, whole, to `contribution_events`.
 *
 * Slice B (the compilation desk) reads contributions through {@link SqlCallStore.contribution},
 * {@link SqlCallStore.contributionsOfCall} and {@link SqlCallStore.callsOfDocument}.
 */
import type { Call, CallParticipation, CallState, Contribution, ContributionKind, Pillar } from '@accord/schema';
import { newId } from '../storage/ids.js';
import type { Queryable } from '../storage/sql/types.js';
import { SqlContributorStore } from './contributors.js';

/** Where a contribution came from: typed on the page, or imported from a file of that kind. */
export type ContributionSource = Contribution['source'];

/** Who wrote a contribution: a person of the workspace, or a confirmed public contributor. */
export type Author =
  | { kind: 'person'; id: string; name: string; email: string }
  | { kind: 'contributor'; id: string; name: string; email: string };

/** A call as created (pillar ids already unique). */
export interface NewCall {
  documentId: string;
  title: string;
  introduction: string;
  pillars: Pillar[];
  opensAt: string;
  closesAt: string;
  participation: CallParticipation;
  organisations: string[];
  createdBy: string;
}

/** The fields of a contribution its author sets (on submission and on each edit). */
export interface ContributionFields {
  title: string;
  organisation: string;
  kind: ContributionKind;
  country: string;
  group: string | null;
  pillars: string[];
  paragraphs: string[];
  source: ContributionSource;
}

/** A contribution with who wrote it, as the server knows it (the email is for coordinators only). */
export interface StoredContribution extends Contribution {
  author: Author;
}

/** A call's state at `now` by the server clock: scheduled before it opens, closed from its closing time. */
export function callState(call: { opensAt: string; closesAt: string }, now: Date): CallState {
  const t = now.getTime();
  if (t >= Date.parse(call.closesAt)) return 'closed';
  return t < Date.parse(call.opensAt) ? 'scheduled' : 'open';
}

interface CallRow {
  id: string;
  document_id: string;
  title: string;
  introduction: string;
  pillars: string;
  opens_at: string;
  closes_at: string;
  participation: CallParticipation;
  organisations: string;
  created_at: string;
}

interface ContributionRow {
  id: string;
  call_id: string;
  person_id: string | null;
  contributor_id: string | null;
  contributor_name: string;
  contributor_email: string;
  title: string;
  organisation: string;
  kind: ContributionKind;
  country: string;
  stakeholder_group: string | null;
  pillars: string;
  paragraphs: string;
  source: ContributionSource;
  submitted_at: string;
  updated_at: string;
}

export class SqlCallStore {
  readonly #sql: Queryable;
  readonly #now: () => Date;
  /** The public contributors of calls: their confirmation codes and bearer tokens. */
  readonly contributors: SqlContributorStore;

  constructor(sql: Queryable, options: { now?: (() => Date) | undefined } = {}) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
    this.contributors = new SqlContributorStore(sql, this.#now);
  }

  async create(input: NewCall): Promise<Call> {
    const id = newId();
    await this.#sql.run(
      `INSERT INTO calls (id, document_id, title, introduction, pillars, opens_at, closes_at, participation, organisations, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        input.documentId,
        input.title,
        input.introduction,
        JSON.stringify(input.pillars),
        new Date(input.opensAt).toISOString(),
        new Date(input.closesAt).toISOString(),
        input.participation,
        JSON.stringify(input.organisations),
        input.createdBy,
        this.#now().toISOString(),
      ],
    );
    return (await this.call(id))!;
  }

  /** A call with its state now, or undefined. */
  async call(id: string): Promise<Call | undefined> {
    const row = await this.#sql.get<CallRow>('SELECT * FROM calls WHERE id = ?', [id]);
    return row && this.#toCall(row);
  }

  /** The calls on a document, oldest first. */
  async callsOfDocument(documentId: string): Promise<Call[]> {
    const rows = await this.#sql.all<CallRow>('SELECT * FROM calls WHERE document_id = ? ORDER BY created_at, id', [
      documentId,
    ]);
    return rows.map((row) => this.#toCall(row));
  }

  /** Stores a new contribution and its first event; answers it. */
  async submit(callId: string, author: Author, fields: ContributionFields): Promise<StoredContribution> {
    const id = newId();
    const at = this.#now().toISOString();
    await this.#sql.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO contributions (id, call_id, person_id, contributor_id, contributor_name, contributor_email, title, organisation,
           kind, country, stakeholder_group, pillars, paragraphs, source, submitted_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          callId,
          author.kind === 'person' ? author.id : null,
          author.kind === 'contributor' ? author.id : null,
          author.name,
          author.email,
          fields.title,
          fields.organisation,
          fields.kind,
          fields.country,
          fields.group,
          JSON.stringify(fields.pillars),
          JSON.stringify(fields.paragraphs),
          fields.source,
          at,
          at,
        ],
      );
      await this.#event(tx, id, 1, 'submitted', author, at, fields);
    });
    return (await this.contribution(id))!;
  }

  /** Replaces a contribution's fields and appends the edit to its history; undefined when unknown. */
  async edit(id: string, author: Author, fields: ContributionFields): Promise<StoredContribution | undefined> {
    const at = this.#now().toISOString();
    const done = await this.#sql.transaction(async (tx) => {
      const changed = await tx.run(
        `UPDATE contributions SET title = ?, organisation = ?, kind = ?, country = ?, stakeholder_group = ?, pillars = ?,
           paragraphs = ?, source = ?, updated_at = ? WHERE id = ?`,
        [
          fields.title,
          fields.organisation,
          fields.kind,
          fields.country,
          fields.group,
          JSON.stringify(fields.pillars),
          JSON.stringify(fields.paragraphs),
          fields.source,
          at,
          id,
        ],
      );
      if (changed.changes !== 1) return false;
      const last = await tx.get<{ version: number }>(
        'SELECT MAX(version) AS version FROM contribution_events WHERE contribution_id = ?',
        [id],
      );
      await this.#event(tx, id, (last?.version ?? 0) + 1, 'edited', author, at, fields);
      return true;
    });
    return done ? this.contribution(id) : undefined;
  }

  /** One contribution, or undefined. */
  async contribution(id: string): Promise<StoredContribution | undefined> {
    const row = await this.#sql.get<ContributionRow>('SELECT * FROM contributions WHERE id = ?', [id]);
    return row && toContribution(row);
  }

  /** A call's contributions in the order they were submitted. */
  async contributionsOfCall(callId: string): Promise<StoredContribution[]> {
    const rows = await this.#sql.all<ContributionRow>(
      'SELECT * FROM contributions WHERE call_id = ? ORDER BY submitted_at, id',
      [callId],
    );
    return rows.map(toContribution);
  }

  /** A contribution's history, oldest first (what each submission or edit made it). */
  async history(
    id: string,
  ): Promise<
    { version: number; event: 'submitted' | 'edited'; actorKind: string; at: string; content: ContributionFields }[]
  > {
    const rows = await this.#sql.all<{
      version: number;
      event: 'submitted' | 'edited';
      actor_kind: string;
      at: string;
      content: string;
    }>(
      'SELECT version, event, actor_kind, at, content FROM contribution_events WHERE contribution_id = ? ORDER BY version',
      [id],
    );
    return rows.map((r) => ({
      version: r.version,
      event: r.event,
      actorKind: r.actor_kind,
      at: r.at,
      content: JSON.parse(r.content) as ContributionFields,
    }));
  }

  async #event(
    tx: Queryable,
    contributionId: string,
    version: number,
    event: 'submitted' | 'edited',
    author: Author,
    at: string,
    fields: ContributionFields,
  ): Promise<void> {
    await tx.run(
      'INSERT INTO contribution_events (contribution_id, version, event, actor_kind, actor_id, at, content) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [contributionId, version, event, author.kind, author.id, at, JSON.stringify(fields)],
    );
  }

  #toCall(row: CallRow): Call {
    const organisations = JSON.parse(row.organisations) as string[];
    return {
      id: row.id,
      documentId: row.document_id,
      title: row.title,
      introduction: row.introduction,
      pillars: JSON.parse(row.pillars) as Pillar[],
      opensAt: row.opens_at,
      closesAt: row.closes_at,
      participation: row.participation,
      ...(row.participation === 'invited' ? { organisations } : {}),
      state: callState({ opensAt: row.opens_at, closesAt: row.closes_at }, this.#now()),
      publicPath: `/contribute/${row.id}`,
      createdAt: row.created_at,
    };
  }
}

function toContribution(row: ContributionRow): StoredContribution {
  const author: Author =
    row.person_id !== null
      ? { kind: 'person', id: row.person_id, name: row.contributor_name, email: row.contributor_email }
      : { kind: 'contributor', id: row.contributor_id!, name: row.contributor_name, email: row.contributor_email };
  return {
    id: row.id,
    callId: row.call_id,
    title: row.title,
    organisation: row.organisation,
    kind: row.kind,
    country: row.country,
    group: row.stakeholder_group,
    pillars: JSON.parse(row.pillars) as string[],
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    contributor: { name: row.contributor_name, email: row.contributor_email },
    source: row.source,
    paragraphs: (JSON.parse(row.paragraphs) as string[]).map((text, index) => ({ index, text })),
    author,
  };
}
