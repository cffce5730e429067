/**
 * What a compilation cites now: each block's sources (slice B's store) and the annex of every
 * contribution to the document's calls (slice A's store), oldest first. Kept with a version
 * when it is saved, so the version's exports cite the sources as they were then.
 */
import type { BlockSource } from '@accord/schema';
import type { VersionCitations } from './store.js';
import type { AnnexEntry, CitedSource, CompilationReads, ContributionReads } from './types.js';

export class Citations {
  readonly #compilation: CompilationReads | undefined;
  readonly #contributions: ContributionReads | undefined;

  constructor(deps: { compilation?: CompilationReads | undefined; contributions?: ContributionReads | undefined }) {
    this.#compilation = deps.compilation;
    this.#contributions = deps.contributions;
  }

  /** The document's citations now; empty maps and lists when it has no sources and no calls. */
  async of(documentId: string): Promise<VersionCitations> {
    const sources: Record<string, CitedSource[]> = {};
    const byBlock: ReadonlyMap<string, readonly BlockSource[]> =
      (await this.#compilation?.sourcesOf(documentId)) ?? new Map();
    for (const [blockId, cited] of byBlock) {
      if (cited.length > 0)
        sources[blockId] = cited.map((s) => ({
          contributionId: s.contributionId,
          organisation: s.organisation,
          paragraph: s.paragraph,
        }));
    }
    const annex: AnnexEntry[] = [];
    for (const call of (await this.#contributions?.callsOfDocument(documentId)) ?? []) {
      for (const c of await this.#contributions!.contributionsOfCall(call.id))
        annex.push({
          contributionId: c.id,
          title: c.title,
          organisation: c.organisation,
          kind: c.kind,
          country: c.country,
          submittedAt: c.submittedAt,
        });
    }
    annex.sort(
      (a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.contributionId.localeCompare(b.contributionId),
    );
    return { sources, annex };
  }

  /** Whether citations say anything (a version saved without them keeps no row). */
  static empty(c: VersionCitations): boolean {
    return c.annex.length === 0 && Object.keys(c.sources).length === 0;
  }
}
