/**
 * What issue 14 adds to views other modules serve: a saved version's citations (recorded when
 * it is saved) and endorsement stamp for its exports and its API, the compilation's part of
 * the register of differences, and the public JSON of a published (endorsed) version.
 */
import type { PublishedVersion } from '@accord/schema';
import { longDate, type RegisterCompilation } from '../consensus/register.js';
import type { Logger } from '../logger.js';
import type { SqlVersionStore } from '../versions/store.js';
import { Citations } from './citations.js';
import { annexRows, kindLabels, notesOf } from './notes.js';
import { type EndorsementService, type EndorsementStamp, stampText } from './service.js';
import type { SqlEndorsementStore } from './store.js';
import type { CompilationExtras, CompilationReads } from './types.js';

export interface CompilationViewsDeps {
  store: SqlEndorsementStore;
  endorsements: EndorsementService;
  versions: Pick<SqlVersionStore, 'get'>;
  citations: Citations;
  compilation?: CompilationReads | undefined;
  now?: (() => Date) | undefined;
  logger?: Logger | undefined;
}

export class CompilationViews {
  readonly #deps: CompilationViewsDeps;

  constructor(deps: CompilationViewsDeps) {
    this.#deps = deps;
  }

  /**
   * Keeps what the document cites now with a just-saved version, so its exports cite the
   * sources as they were (block ids are stable, but sources move on merges and are removed
   * with deleted paragraphs afterwards). Nothing is written for a document without any.
   */
  async versionSaved(documentId: string, versionId: string): Promise<void> {
    const citations = await this.#deps.citations.of(documentId);
    if (Citations.empty(citations)) return;
    await this.#deps.store.recordCitations(versionId, citations, (this.#deps.now?.() ?? new Date()).toISOString());
  }

  /** What a version's exports add: its citations and stamp; undefined when it has neither. */
  async exportExtras(documentId: string, versionId: string): Promise<CompilationExtras | undefined> {
    const [citations, stamp] = await Promise.all([
      this.#deps.store.citations(versionId),
      this.#deps.endorsements.stampOf(documentId, versionId),
    ]);
    if (!citations && !stamp) return undefined;
    return {
      sources: citations?.sources ?? {},
      annex: citations?.annex ?? [],
      ...(stamp ? { endorsedAt: stamp.endorsedAt } : {}),
    };
  }

  /** What an export of the live document adds: what it cites now, and a caption saying it is live. */
  async liveExtras(documentId: string): Promise<CompilationExtras> {
    const citations = await this.#deps.citations.of(documentId);
    const now = (this.#deps.now?.() ?? new Date()).toISOString();
    return { ...citations, caption: `The live document as of ${longDate(now)}; it may change at any time.` };
  }

  /** A version's endorsement stamp, for the version's API. */
  stampOf(documentId: string, versionId: string): Promise<EndorsementStamp | undefined> {
    return this.#deps.endorsements.stampOf(documentId, versionId);
  }

  /** The compilation's part of the register: divergences, sources, broken silences. */
  async register(documentId: string): Promise<RegisterCompilation> {
    const [divergences, sources, silence] = await Promise.all([
      this.#deps.compilation?.divergencesOf(documentId),
      this.#deps.compilation?.sourcesOf(documentId),
      this.#deps.endorsements.objectionsOf(documentId),
    ]);
    return {
      divergences,
      sources,
      silence: silence.map((p) => ({
        procedureId: p.id,
        versionName: p.versionName,
        deadline: p.deadline,
        objections: p.objections.map((o) => ({ by: o.by, reason: o.reason, at: o.at })),
      })),
    };
  }

  /** An endorsed version for the public; undefined for anything else (unknown or not endorsed alike). */
  async published(versionId: string): Promise<PublishedVersion | undefined> {
    const documentId = await this.#deps.store.documentOfVersion(versionId);
    if (!documentId) return undefined;
    const stamp = await this.#deps.endorsements.stampOf(documentId, versionId);
    if (!stamp) return undefined;
    const stored = await this.#deps.versions.get(documentId, versionId);
    if (!stored) return undefined;
    const citations = await this.#deps.store.citations(versionId);
    const extras = { sources: citations?.sources ?? {}, annex: citations?.annex ?? [] };
    const notes = notesOf(
      stored.blocks.map((b) => b.id),
      extras,
    );
    const dates = annexRows(extras.annex).map((row) => row[3]!);
    return {
      versionId,
      documentId,
      title: stored.version.title,
      name: stored.version.name,
      savedAt: stored.version.createdAt,
      endorsement: { ...stamp, text: stampText(stamp) },
      paragraphs: stored.blocks
        .filter((b) => b.type !== 'list')
        .map((b) => ({
          id: b.id,
          type: b.type,
          ...(b.tag ? { tag: b.tag } : {}),
          ...(b.list ? { list: b.list } : {}),
          label: b.number === null ? null : (b.label ?? String(b.number)),
          text: b.text,
          sources: [...(extras.sources[b.id] ?? [])],
          note: notes.get(b.id)?.n ?? null,
        })),
      annex: extras.annex.map((a, i) => ({ ...a, kindLabel: kindLabels[a.kind] ?? a.kind, date: dates[i]! })),
    };
  }
}
