/**
 * The compilation's record, in SQLite or PostgreSQL (migration 0015): which contribution
 * paragraphs each compiled block cites, and the divergences catalogued on compiled paragraphs.
 *
 * Sources are kept by block id (ids are stable, so a source survives any edit of its block's
 * text). `compilation_sources` is the current view; every change to it is also a row of the
 * append-only `compilation_source_events`. Slice C (register, exports) reads `sourcesOf` and
 * `divergencesOf`.
 */
import type { BlockSource, Divergence } from '@accord/schema';
import { newId } from '../storage/ids.js';
import type { Queryable, SqlDatabase } from '../storage/sql/types.js';

/** One paragraph of a contribution cited by a block. */
export interface Citation {
  blockId: string;
  contributionId: string;
  paragraph: number;
  /** The contribution's organisation as it stood when cited (shown in the margin and the content API). */
  organisation: string;
}

/**
 * What an edit did to blocks that may cite sources (the extension notes them; the store keeps
 * only those that do): a block merged into another, deleted outright, or back (an undo).
 */
export type BlockEvent =
  | { kind: 'merged'; from: string; into: string }
  | { kind: 'removed'; blockId: string }
  | { kind: 'restored'; blockId: string };

/** A divergence to record: the views with their holders already checked against the document's calls. */
export interface NewDivergence {
  documentId: string;
  blockId: string;
  views: Divergence['views'];
  note: string | null;
  by: string;
}

interface SourceRow {
  block_id: string;
  contribution_id: string;
  paragraph: number;
  organisation: string;
}

interface DivergenceRow {
  id: string;
  document_id: string;
  block_id: string;
  views: string;
  note: string | null;
  created_at: string;
}

export interface CompilationStoreOptions {
  now?: () => Date;
}

export class SqlCompilationStore {
  readonly #sql: SqlDatabase | Queryable;
  readonly #now: () => Date;

  constructor(sql: SqlDatabase | Queryable, options: CompilationStoreOptions = {}) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
  }

  /** Records that blocks cite contribution paragraphs (an insert into the compilation), on `by`'s behalf. */
  async cite(documentId: string, citations: readonly Citation[], by: string): Promise<void> {
    if (citations.length === 0) return;
    const at = this.#now().toISOString();
    await this.#sql.transaction(async (tx) => {
      for (const c of citations) {
        await tx.run(
          `INSERT INTO compilation_sources (document_id, block_id, contribution_id, paragraph, organisation, cited_by, cited_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (document_id, block_id, contribution_id, paragraph) DO UPDATE SET removed_at = NULL`,
          [documentId, c.blockId, c.contributionId, c.paragraph, c.organisation, by, at],
        );
        await this.#event(tx, documentId, c.blockId, c.contributionId, c.paragraph, 'inserted', null, by, at);
      }
    });
  }

  /**
   * Applies what edits did to cited blocks, in order: a merged block's sources move to the block
   * its text joined; a removed block's sources stay, marked removed; a restored block's come
   * back. Events about blocks that cite nothing change nothing (the extension cannot tell
   * without a read, so it sends every removal and every new block, and the store sorts them
   * out: one read first, so that the common case — a new paragraph or a deletion in text that
   * cites nothing — takes no write transaction (on SQLite, the one connection's write lock).
   */
  async apply(documentId: string, events: readonly BlockEvent[], actorId: string | null): Promise<number> {
    if (events.length === 0) return 0;
    const blockOf = (e: BlockEvent) => (e.kind === 'merged' ? e.from : e.blockId);
    const ids = [...new Set(events.map(blockOf))];
    const cited = new Set(
      (
        await this.#sql.all<{ block_id: string }>(
          `SELECT DISTINCT block_id FROM compilation_sources WHERE document_id = ? AND block_id IN (${ids.map(() => '?').join(', ')})`,
          [documentId, ...ids],
        )
      ).map((r) => r.block_id),
    );
    // In order: a block that a merge in this batch gave sources to counts for the events after it.
    const relevant = events.filter((e) => {
      if (!cited.has(blockOf(e))) return false;
      if (e.kind === 'merged') cited.add(e.into);
      return true;
    });
    if (relevant.length === 0) return 0;
    const at = this.#now().toISOString();
    return this.#sql.transaction(async (tx) => {
      let changed = 0;
      for (const e of relevant) {
        if (e.kind === 'merged') {
          const moving = await tx.all<SourceRow>(
            'SELECT block_id, contribution_id, paragraph, organisation FROM compilation_sources WHERE document_id = ? AND block_id = ? AND removed_at IS NULL',
            [documentId, e.from],
          );
          for (const s of moving) {
            await tx.run(
              `INSERT INTO compilation_sources (document_id, block_id, contribution_id, paragraph, organisation, cited_by, cited_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (document_id, block_id, contribution_id, paragraph) DO UPDATE SET removed_at = NULL`,
              [documentId, e.into, s.contribution_id, s.paragraph, s.organisation, actorId, at],
            );
            await this.#event(tx, documentId, e.into, s.contribution_id, s.paragraph, 'merged', e.from, actorId, at);
          }
          await tx.run(
            'DELETE FROM compilation_sources WHERE document_id = ? AND block_id = ? AND removed_at IS NULL',
            [documentId, e.from],
          );
          changed += moving.length;
        } else {
          const removing = e.kind === 'removed';
          const rows = await tx.all<SourceRow>(
            `SELECT block_id, contribution_id, paragraph, organisation FROM compilation_sources
             WHERE document_id = ? AND block_id = ? AND removed_at IS ${removing ? '' : 'NOT '}NULL`,
            [documentId, e.blockId],
          );
          if (rows.length === 0) continue;
          await tx.run('UPDATE compilation_sources SET removed_at = ? WHERE document_id = ? AND block_id = ?', [
            removing ? at : null,
            documentId,
            e.blockId,
          ]);
          for (const s of rows)
            await this.#event(tx, documentId, e.blockId, s.contribution_id, s.paragraph, e.kind, null, actorId, at);
          changed += rows.length;
        }
      }
      return changed;
    });
  }

  /** Every block's current sources (not those of removed blocks), in the order they were cited. */
  async sourcesOf(documentId: string): Promise<Map<string, BlockSource[]>> {
    const rows = await this.#sql.all<SourceRow>(
      `SELECT block_id, contribution_id, paragraph, organisation FROM compilation_sources
       WHERE document_id = ? AND removed_at IS NULL ORDER BY block_id, cited_at, contribution_id, paragraph`,
      [documentId],
    );
    const byBlock = new Map<string, BlockSource[]>();
    for (const r of rows) {
      const list = byBlock.get(r.block_id) ?? [];
      list.push({ contributionId: r.contribution_id, organisation: r.organisation, paragraph: r.paragraph });
      byBlock.set(r.block_id, list);
    }
    return byBlock;
  }

  /** Records a divergence on a compiled paragraph. */
  async recordDivergence(input: NewDivergence): Promise<Divergence> {
    const divergence: Divergence = {
      id: newId(),
      documentId: input.documentId,
      blockId: input.blockId,
      views: input.views,
      note: input.note,
      createdAt: this.#now().toISOString(),
    };
    await this.#sql.run(
      'INSERT INTO compilation_divergences (id, document_id, block_id, views, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [
        divergence.id,
        divergence.documentId,
        divergence.blockId,
        JSON.stringify(divergence.views),
        divergence.note,
        input.by,
        divergence.createdAt,
      ],
    );
    return divergence;
  }

  /** The document's divergences, oldest first. */
  async divergencesOf(documentId: string): Promise<Divergence[]> {
    const rows = await this.#sql.all<DivergenceRow>(
      'SELECT id, document_id, block_id, views, note, created_at FROM compilation_divergences WHERE document_id = ? ORDER BY created_at, id',
      [documentId],
    );
    return rows.map((r) => ({
      id: r.id,
      documentId: r.document_id,
      blockId: r.block_id,
      views: JSON.parse(r.views) as Divergence['views'],
      note: r.note,
      createdAt: r.created_at,
    }));
  }

  async #event(
    tx: Queryable,
    documentId: string,
    blockId: string,
    contributionId: string,
    paragraph: number,
    event: 'inserted' | 'merged' | 'removed' | 'restored',
    fromBlockId: string | null,
    actorId: string | null,
    at: string,
  ): Promise<void> {
    await tx.run(
      `INSERT INTO compilation_source_events (document_id, block_id, contribution_id, paragraph, event, from_block_id, actor_id, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [documentId, blockId, contributionId, paragraph, event, fromBlockId, actorId, at],
    );
  }
}
