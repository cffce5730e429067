/**
 * Numbers that stay put (issue 13): freezing a document's numbering at a saved version,
 * renumbering (the baseline becomes the live numbering, so labels are 1 … n again, still
 * frozen), going back to live numbers, and the labels every reader of the live document shows.
 * The labels are derived on each read (`labelParagraphs`), never stored: only the baseline is.
 */
import { labelParagraphs, renderYDoc, type LabelledParagraph, type NumberedBlockRef } from '@accord/editor';
import type { BaselineParagraph, DeletedParagraph, Numbering } from '@accord/schema';
import type { LiveState } from '../content/live-state.js';
import { type Msg, Refusal } from '../refusal.js';
import type { SqlVersionStore } from '../versions/store.js';
import type { SqlNumberingStore } from './store.js';

/** A change that would change nothing (unfreezing live numbering): 409, nothing recorded. */
export class NumberingUnchanged extends Refusal {
  override name = 'NumberingUnchanged';
  constructor(message: Msg) {
    super(409, 'numbering_unchanged', message);
  }
}

export interface NumberingServiceDeps {
  store: SqlNumberingStore;
  versions: Pick<SqlVersionStore, 'get'>;
  liveState: LiveState;
  /** Tells open document pages that the numbering changed (the consensus channel). */
  publish?: (documentId: string, numbering: Numbering) => void;
}

/** Numbered blocks as {@link labelParagraphs} takes them, from a rendering or a version. */
export function baselineOf(blocks: readonly NumberedBlockRef[]): BaselineParagraph[] {
  return blocks.flatMap((b) => (b.number === null ? [] : [{ blockId: b.id, number: b.number }]));
}

/** The deleted entries of a labelling, each between the live paragraphs around it (the content API's `deleted`). */
export function deletedParagraphs(entries: readonly LabelledParagraph[]): DeletedParagraph[] {
  return entries.flatMap((entry, i) => {
    if (!entry.deleted) return [];
    const after = entries.slice(0, i).findLast((e) => !e.deleted);
    const before = entries.slice(i + 1).find((e) => !e.deleted);
    return [
      { blockId: entry.blockId, label: entry.label, after: after?.blockId ?? null, before: before?.blockId ?? null },
    ];
  });
}

export class NumberingService {
  readonly #deps: NumberingServiceDeps;

  constructor(deps: NumberingServiceDeps) {
    this.#deps = deps;
  }

  /** The document's numbering setting. */
  get(documentId: string): Promise<Numbering> {
    return this.#deps.store.get(documentId);
  }

  /** The frozen baseline, or undefined while numbering is live. */
  async baseline(documentId: string): Promise<BaselineParagraph[] | undefined> {
    const numbering = await this.#deps.store.get(documentId);
    return numbering.mode === 'frozen' ? numbering.baseline : undefined;
  }

  /** Labels for blocks of the document's live text (in document order, numbered as `numberBlocks` does). */
  async label(documentId: string, blocks: readonly NumberedBlockRef[]): Promise<LabelledParagraph[]> {
    return labelParagraphs(blocks, await this.baseline(documentId));
  }

  /** Freezes numbering at a saved version of the document: its numbered paragraphs keep their numbers. */
  async freeze(documentId: string, versionId: string, by: string): Promise<Numbering> {
    const found = await this.#deps.versions.get(documentId, versionId);
    if (!found)
      throw new Refusal(404, 'not_found', { key: 'errors.notFound.versionOfDocument', values: { id: versionId } });
    const baseline = baselineOf(found.blocks);
    return this.#changed(
      documentId,
      await this.#deps.store.record({ documentId, action: 'freeze', baseline, versionId, by }),
    );
  }

  /** The explicit renumber: the baseline becomes the live document's numbering now (labels 1 … n). */
  async renumber(documentId: string, by: string): Promise<Numbering> {
    const baseline = baselineOf(renderYDoc(await this.#deps.liveState(documentId), 'json').paragraphs);
    return this.#changed(documentId, await this.#deps.store.record({ documentId, action: 'renumber', baseline, by }));
  }

  /** Back to live numbers (1 … n as the paragraphs stand, shifting as they change). */
  async unfreeze(documentId: string, by: string): Promise<Numbering> {
    if ((await this.#deps.store.get(documentId)).mode === 'live')
      throw new NumberingUnchanged({ key: 'errors.numbering.alreadyLive' });
    return this.#changed(documentId, await this.#deps.store.record({ documentId, action: 'unfreeze', by }));
  }

  #changed(documentId: string, numbering: Numbering): Numbering {
    this.#deps.publish?.(documentId, numbering);
    return numbering;
  }
}
