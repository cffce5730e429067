/**
 * Reading attribution: a paragraph's text history (who, when, from what to what, word by word)
 * and "changes since my last visit". Written records come from the table; the ones the
 * attribution extension has not written yet (a run still being typed, the last second) are
 * laid over them, so a change shows as soon as it is stored.
 */
import type { ChangedParagraph, DocumentVisit, ParagraphChange, ParagraphChanges, PersonShown } from '@accord/schema';
import { wordDiff } from '../versions/word-diff.js';
import type { ChangeRecord } from './coalescer.js';
import type { SqlHistoryStore } from './store.js';

export interface HistoryServiceDeps {
  store: SqlHistoryStore;
  /** The runs not yet written (the attribution extension), or none when attribution is off. */
  unwritten?: (documentId: string, blockId?: string) => ChangeRecord[];
  /** The people store's lookup (structural, so either storage's store fits). */
  people: { peopleByIds(ids: Iterable<string>): Promise<Map<string, PersonShown>> };
  /** The server clock visits are dated by. */
  now?: () => Date;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** Written records with the unwritten ones laid over them by id, oldest first. */
function merged(written: ChangeRecord[], unwritten: ChangeRecord[]): ChangeRecord[] {
  const byId = new Map(written.map((r) => [r.id, r]));
  for (const r of unwritten) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => a.startedAt - b.startedAt);
}

export class HistoryService {
  readonly #deps: HistoryServiceDeps;
  readonly #now: () => Date;

  constructor(deps: HistoryServiceDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
  }

  /** A paragraph's changes, oldest first, each with its person and word diff. */
  async paragraphChanges(documentId: string, blockId: string): Promise<ParagraphChanges> {
    const records = merged(
      await this.#deps.store.ofBlock(documentId, blockId),
      this.#deps.unwritten?.(documentId, blockId) ?? [],
    );
    const people = await this.#people(records);
    return {
      changes: records.map(
        (r): ParagraphChange => ({
          id: r.id,
          at: iso(r.startedAt),
          endedAt: iso(r.endedAt),
          person: (r.personId && people.get(r.personId)) || null,
          before: r.before,
          after: r.after,
          diff: wordDiff(r.before ?? '', r.after ?? ''),
        }),
      ),
    };
  }

  /**
   * Records that `personId` opens the document now; answers the previous visit and the
   * paragraphs others changed since (none at a first visit: there is nothing to compare with).
   */
  async visit(documentId: string, personId: string): Promise<DocumentVisit> {
    const previousVisit = await this.#deps.store.visit(personId, documentId, this.#now().toISOString());
    if (previousVisit === null) return { previousVisit, changed: [] };
    const since = Date.parse(previousVisit);
    const records = merged(
      await this.#deps.store.changedSince(documentId, previousVisit, personId),
      (this.#deps.unwritten?.(documentId) ?? []).filter((r) => r.endedAt > since && r.personId !== personId),
    );
    const people = await this.#people(records);
    const byBlock = new Map<string, { lastAt: number; people: Map<string, number> }>();
    for (const r of records) {
      const entry = byBlock.get(r.blockId) ?? { lastAt: 0, people: new Map<string, number>() };
      entry.lastAt = Math.max(entry.lastAt, r.endedAt);
      if (r.personId) entry.people.set(r.personId, Math.max(entry.people.get(r.personId) ?? 0, r.endedAt));
      byBlock.set(r.blockId, entry);
    }
    const changed = [...byBlock].map(
      ([blockId, entry]): ChangedParagraph => ({
        blockId,
        people: [...entry.people]
          .sort((a, b) => a[1] - b[1])
          .flatMap(([id]) => {
            const person = people.get(id);
            return person ? [person] : [];
          }),
        lastAt: iso(entry.lastAt),
      }),
    );
    return { previousVisit, changed };
  }

  #people(records: readonly ChangeRecord[]): Promise<Map<string, PersonShown>> {
    return this.#deps.people.peopleByIds(records.flatMap((r) => (r.personId ? [r.personId] : [])));
  }
}
