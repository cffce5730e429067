/**
 * Language versions as records (migration 0018), in either dialect: making a version (its
 * document row, who made it, the original's audience, the audit entry — one transaction),
 * what each paragraph's original said when it was last translated, and the languages a
 * consultation round offers. The text itself lives in the update log like any document's.
 */
import type { DocumentKind, Locale } from '@accord/schema';
import { writeAudit } from '../identity/audit-log.js';
import { isUniqueViolation, type Queryable, type SqlDatabase } from '../storage/sql/types.js';

/** A language version as made: who made it, when, from the original's text or empty. */
export interface MadeVersion {
  documentId: string;
  createdAt: string;
  createdBy: string;
  start: 'original' | 'empty';
}

/** A paragraph of a language version, last translated by `translatedBy` when the original said `originalText`. */
export interface Translated {
  blockId: string;
  originalText: string;
  translatedAt: string;
  translatedBy: string;
}

/** A language version's saved version that a round offers beside its own. */
export interface OfferedLanguage {
  roundId: string;
  language: Locale;
  documentId: string;
  versionId: string;
  offeredAt: string;
  offeredBy: string;
}

/** What making a version needs: the original's row as the record store gives it, and the new one's id and title. */
export interface NewLanguageVersion {
  id: string;
  original: { id: string; workspaceId: string; kind: DocumentKind };
  language: Locale;
  title: string;
  start: 'original' | 'empty';
  createdBy: string;
}

export class SqlLanguageStore {
  readonly #sql: SqlDatabase;
  readonly #now: () => Date;

  constructor(sql: SqlDatabase, options: { now?: (() => Date) | undefined } = {}) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
  }

  /**
   * Makes the version's document in the original's workspace, open to the original's audience,
   * recorded and audited in one transaction; 'exists' when the original has a version in that
   * language already (the unique key decides, so two at once cannot both succeed).
   */
  async create(input: NewLanguageVersion): Promise<MadeVersion | 'exists'> {
    const at = this.#now().toISOString();
    try {
      await this.#sql.transaction(async (tx) => {
        await tx.run(
          'INSERT INTO documents (id, workspace_id, title, kind, created_at, updated_at, language, original_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [
            input.id,
            input.original.workspaceId,
            input.title,
            input.original.kind,
            at,
            at,
            input.language,
            input.original.id,
          ],
        );
        await tx.run('INSERT INTO language_versions (document_id, created_at, created_by, start) VALUES (?, ?, ?, ?)', [
          input.id,
          at,
          input.createdBy,
          input.start,
        ]);
        // The same people as the original: a version restricted differently would show the original's text to others.
        await tx.run(
          'INSERT INTO document_audience (document_id, person_id) SELECT ?, person_id FROM document_audience WHERE document_id = ?',
          [input.id, input.original.id],
        );
        await writeAudit(tx, at, {
          actorPersonId: input.createdBy,
          action: 'document.language',
          workspaceId: input.original.workspaceId,
          target: input.id,
          detail: { originalId: input.original.id, language: input.language, start: input.start, title: input.title },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) return 'exists';
      throw error;
    }
    return { documentId: input.id, createdAt: at, createdBy: input.createdBy, start: input.start };
  }

  /** How the given versions were made, by document id. */
  async made(documentIds: readonly string[]): Promise<Map<string, MadeVersion>> {
    if (documentIds.length === 0) return new Map();
    const rows = await this.#sql.all<{ document_id: string; created_at: string; created_by: string; start: string }>(
      `SELECT document_id, created_at, created_by, start FROM language_versions WHERE document_id IN (${documentIds.map(() => '?').join(', ')})`,
      [...documentIds],
    );
    return new Map(
      rows.map((r) => [
        r.document_id,
        {
          documentId: r.document_id,
          createdAt: r.created_at,
          createdBy: r.created_by,
          start: r.start as MadeVersion['start'],
        },
      ]),
    );
  }

  /** Records paragraphs as translated now against the original's given text (the latest translation counts). */
  async translated(
    documentId: string,
    entries: ReadonlyArray<{ blockId: string; originalText: string; personId: string; at?: string }>,
  ): Promise<void> {
    if (entries.length === 0) return;
    const now = this.#now().toISOString();
    await this.#sql.transaction(async (tx) => {
      for (const e of entries) await upsert(tx, documentId, e.blockId, e.originalText, e.at ?? now, e.personId);
    });
  }

  /** A version's translated paragraphs by block id. */
  async translations(documentId: string): Promise<Map<string, Translated>> {
    const rows = await this.#sql.all<{
      block_id: string;
      original_text: string;
      translated_at: string;
      translated_by: string;
    }>(
      'SELECT block_id, original_text, translated_at, translated_by FROM translated_paragraphs WHERE document_id = ?',
      [documentId],
    );
    return new Map(
      rows.map((r) => [
        r.block_id,
        {
          blockId: r.block_id,
          originalText: r.original_text,
          translatedAt: r.translated_at,
          translatedBy: r.translated_by,
        },
      ]),
    );
  }

  /** Offers a language version's saved version in a round; 'exists' when the round offers that language already. */
  async offer(input: Omit<OfferedLanguage, 'offeredAt'>): Promise<OfferedLanguage | 'exists'> {
    const offeredAt = this.#now().toISOString();
    try {
      await this.#sql.run(
        'INSERT INTO round_languages (round_id, language, document_id, version_id, offered_at, offered_by) VALUES (?, ?, ?, ?, ?, ?)',
        [input.roundId, input.language, input.documentId, input.versionId, offeredAt, input.offeredBy],
      );
    } catch (error) {
      if (isUniqueViolation(error)) return 'exists';
      throw error;
    }
    return { ...input, offeredAt };
  }

  /** The languages a round offers besides its own version's, in the order they were offered. */
  async offered(roundId: string): Promise<OfferedLanguage[]> {
    const rows = await this.#sql.all<{
      round_id: string;
      language: Locale;
      document_id: string;
      version_id: string;
      offered_at: string;
      offered_by: string;
    }>('SELECT * FROM round_languages WHERE round_id = ? ORDER BY offered_at, language', [roundId]);
    return rows.map((r) => ({
      roundId: r.round_id,
      language: r.language,
      documentId: r.document_id,
      versionId: r.version_id,
      offeredAt: r.offered_at,
      offeredBy: r.offered_by,
    }));
  }
}

async function upsert(
  tx: Queryable,
  documentId: string,
  blockId: string,
  originalText: string,
  at: string,
  personId: string,
): Promise<void> {
  await tx.run(
    `INSERT INTO translated_paragraphs (document_id, block_id, original_text, translated_at, translated_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (document_id, block_id) DO UPDATE SET original_text = excluded.original_text,
       translated_at = excluded.translated_at, translated_by = excluded.translated_by`,
    [documentId, blockId, originalText, at, personId],
  );
}
