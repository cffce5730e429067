/**
 * Named versions: saving the live document as an immutable version, reading and comparing
 * versions (and the live document), and starting a new draft from a version. A new draft is a
 * new document seeded with the version's Yjs state, so the original keeps its whole history
 * and the new draft keeps the block ids (which is what lets paragraphs be matched across them).
 */
import { labelParagraphs, labelsByBlock, renderYDoc } from '@accord/editor';
import type {
  BaselineParagraph,
  CompareSide,
  CreateVersionBody,
  DocumentRecord,
  DocumentReset,
  ParagraphStatus,
  RestoredDraft,
  Version,
  VersionComparison,
  VersionBlock,
  VersionList,
} from '@accord/schema';
import { titleWithSuffix } from '@accord/schema';
import { blocksOfState, type LiveReset } from '../content/live-reset.js';
import type { LiveState } from '../content/live-state.js';
import { OnBehalfOf } from '../extensions/on-behalf-of.js';
import { Refusal } from '../refusal.js';
import { newId } from '../storage/ids.js';
import type { DocumentStore, RecordStore } from '../storage/types.js';
import { countKinds, diffBlocks, type DiffBlock } from './diff.js';
import { freezeBlocks, type AlternativesByBracket } from './freeze.js';
import type { SqlVersionStore, StoredVersion } from './store.js';

/** A version asked for that this document does not have: a 404. */
export class NoSuchVersion extends Refusal {
  override name = 'NoSuchVersion';
  constructor(readonly versionId: string) {
    super(404, 'not_found', { key: 'errors.notFound.versionOfDocument', values: { id: versionId } });
  }
}

export interface VersionServiceDeps {
  store: SqlVersionStore;
  liveState: LiveState;
  documents: DocumentStore;
  records: RecordStore;
  /** Paragraph statuses of a document now, by block id (from consensus). */
  statuses: (documentId: string) => Promise<ReadonlyMap<string, ParagraphStatus>>;
  /** Replaces a document's live content through the collaboration pipeline (for {@link VersionService.reset}). */
  liveReset?: LiveReset;
  /** The alternatives proposed to a document's brackets now, texts by bracket id (frozen with a version). */
  alternatives?: (documentId: string) => Promise<AlternativesByBracket>;
  /** The document's frozen numbering, if any: a version saved meanwhile keeps its labels ("4bis"). */
  baseline?: (documentId: string) => Promise<readonly BaselineParagraph[] | undefined>;
  /** Told of every saved version, e.g. to keep what a compilation cites with it (issue 14). */
  saved?: (documentId: string, versionId: string) => Promise<void>;
}

/** Either side of a comparison: `live` or a version id. */
export type CompareRef = 'live' | string;

export class VersionService {
  readonly #deps: VersionServiceDeps;

  constructor(deps: VersionServiceDeps) {
    this.#deps = deps;
  }

  /** Freezes the live document as a version. */
  async save(
    document: DocumentRecord,
    personId: string,
    body: { name: string; note?: string | undefined } & Partial<CreateVersionBody>,
  ): Promise<Version> {
    const { state, blocks } = await this.live(document.id);
    const note = body.note?.trim() ? body.note.trim() : undefined;
    const version = await this.#deps.store.create({
      documentId: document.id,
      name: body.name,
      note,
      title: document.title,
      state,
      blocks,
      createdBy: personId,
    });
    await this.#deps.saved?.(document.id, version.id);
    return version;
  }

  /** The live document's blocks as a version would freeze them now (statuses, alternatives, labels), with its state. */
  async live(documentId: string): Promise<{ state: Uint8Array; blocks: VersionBlock[] }> {
    const state = await this.#deps.liveState(documentId);
    const blocks = freezeBlocks(
      state,
      await this.#deps.statuses(documentId),
      await this.#deps.alternatives?.(documentId),
      await this.#deps.baseline?.(documentId),
    );
    return { state, blocks };
  }

  async list(documentId: string): Promise<VersionList> {
    const origin = await this.#deps.store.origin(documentId);
    return { versions: await this.#deps.store.list(documentId), ...(origin ? { origin } : {}) };
  }

  /** A version with its content, or {@link NoSuchVersion}. */
  async get(documentId: string, versionId: string): Promise<StoredVersion> {
    const found = await this.#deps.store.get(documentId, versionId);
    if (!found) throw new NoSuchVersion(versionId);
    return found;
  }

  /** Compares two versions of a document, or a version and the live document. */
  async compare(document: DocumentRecord, from: CompareRef, to: CompareRef): Promise<VersionComparison> {
    const [a, b] = await Promise.all([this.#side(document, from), this.#side(document, to)]);
    const paragraphs = diffBlocks(a.blocks, b.blocks);
    return { documentId: document.id, from: a.side, to: b.side, paragraphs, counts: countKinds(paragraphs) };
  }

  /**
   * Starts a new document in the same workspace from a version: "<title> — from <version>",
   * seeded with the version's state and recorded as based on it. The original is not touched.
   */
  async restore(document: DocumentRecord, versionId: string, personId: string): Promise<RestoredDraft> {
    const { version, state } = await this.get(document.id, versionId);
    const suffix = ` — from ${version.name}`;
    const title = titleWithSuffix(document.title, suffix);
    const created = await this.#deps.records.createDocument({
      id: newId(),
      workspaceId: document.workspaceId,
      title,
      kind: document.kind,
      // A draft from a language version's version is written in that language, standing on its own.
      language: document.language,
    });
    // Written as stored content while nobody can have the new document open yet, as the seed does.
    await this.#deps.documents.append(created.id, [state]);
    await this.#deps.store.recordOrigin(created.id, version.id, personId);
    return {
      documentId: created.id,
      title: created.title,
      basedOn: { documentId: document.id, versionId: version.id, name: version.name },
    };
  }

  /**
   * Replaces the live document's content with a version's, through the room's pipeline: stored
   * before anyone sees it, then relayed to every open editor. Block ids come back with the
   * version's paragraphs, so comments and consensus records on them stay attached; nodes of
   * unknown types in the live document are removed (the way to repair a broken document).
   */
  async reset(document: DocumentRecord, versionId: string, actorId: string): Promise<DocumentReset> {
    const liveReset = this.#deps.liveReset;
    if (!liveReset) throw new Error('resetting needs the collaboration server: pass liveReset to VersionService');
    const { version, state } = await this.get(document.id, versionId);
    const outcome = await liveReset(document.id, blocksOfState(state), new OnBehalfOf(actorId, 'document.reset'));
    return {
      documentId: document.id,
      version: { documentId: document.id, versionId: version.id, name: version.name },
      ...outcome,
    };
  }

  async #side(document: DocumentRecord, ref: CompareRef): Promise<{ side: CompareSide; blocks: DiffBlock[] }> {
    if (ref === 'live') {
      // The live text only: brackets and statuses do not matter to a comparison; labels do, while numbering is frozen.
      const blocks = renderYDoc(await this.#deps.liveState(document.id), 'json').paragraphs;
      const baseline = await this.#deps.baseline?.(document.id);
      const labels = baseline ? labelsByBlock(labelParagraphs(blocks, baseline)) : undefined;
      return {
        side: { kind: 'live', title: document.title },
        blocks: labels ? blocks.map((b) => ({ ...b, label: labels.get(b.id) })) : blocks,
      };
    }
    const { version, blocks } = await this.get(document.id, ref);
    return { side: { kind: 'version', version }, blocks };
  }
}
