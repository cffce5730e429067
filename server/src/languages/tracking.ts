/**
 * Translation tracking: when a person changes a paragraph of a language version, the paragraph
 * is recorded as translated against the original's text as it stands then, with when and by
 * whom. The alignment compares that text with the original's current text: when they differ,
 * the original changed since the paragraph was translated.
 *
 * Hot path: which documents are language versions is read when a document loads, so checking an
 * update reads no database; `blockChanges` is shared with attribution, and a block's text is
 * read only in a version. What the check saw counts once the update is stored; the records are
 * written after the batch, off the relay's path, one write at a time per document, so a burst
 * of keystrokes reads the original once. A person's own change only: the server's sync with the
 * original (which copies the original's text) translates nothing.
 */
import { blockChanges } from '@accord/editor';
import type {
  AfterStorePayload,
  CheckUpdatePayload,
  Extension,
  LoadPayload,
  RoomPayload,
} from '../collab/extension.js';
import type { LiveState } from '../content/live-state.js';
import { OnBehalfOf, personOfOrigin } from '../extensions/on-behalf-of.js';
import type { Logger } from '../logger.js';
import type { RecordStore } from '../storage/types.js';
import type { SqlLanguageStore } from './store.js';
import { blockTexts } from './texts.js';

/** The action of the server's sync with the original (`OnBehalfOf`): not a translation. */
export const SYNC_ACTION = 'translation.sync';

export interface TranslationTrackingOptions {
  records: Pick<RecordStore, 'getDocument'>;
  store: Pick<SqlLanguageStore, 'translated'>;
  liveState: LiveState;
  logger: Logger;
  now?: (() => Date) | undefined;
}

interface Noted {
  blockIds: string[];
  personId: string;
  at: string;
}

export class TranslationTracking implements Extension {
  readonly name = 'translation-tracking';
  /** After the schema (100), suggestions (110) and compilation (120) checks: only accepted updates are seen. */
  readonly priority = 130;
  readonly #records: Pick<RecordStore, 'getDocument'>;
  readonly #store: Pick<SqlLanguageStore, 'translated'>;
  readonly #liveState: LiveState;
  readonly #log: Logger;
  readonly #now: () => Date;
  /** Open documents that are language versions: their original's id. */
  readonly #originals = new Map<string, string>();
  readonly #noted = new WeakMap<Uint8Array, Noted>();
  /** Stored changes not yet recorded, per version: block id → who and when (the latest counts). */
  readonly #pending = new Map<string, Map<string, { personId: string; at: string }>>();
  readonly #writing = new Map<string, Promise<void>>();

  constructor(options: TranslationTrackingOptions) {
    this.#records = options.records;
    this.#store = options.store;
    this.#liveState = options.liveState;
    this.#log = options.logger.child({ extension: 'translation-tracking' });
    this.#now = options.now ?? (() => new Date());
  }

  async onLoadDocument({ documentId }: LoadPayload): Promise<void> {
    // A document's original never changes (migration 0018), so reading it once per load is enough.
    const originalId = (await this.#records.getDocument(documentId))?.originalId;
    if (originalId) this.#originals.set(documentId, originalId);
  }

  onCheckUpdate({ documentId, transaction, update, origin }: CheckUpdatePayload): string | undefined {
    if (!this.#originals.has(documentId)) return undefined;
    if (origin instanceof OnBehalfOf && origin.action === SYNC_ACTION) return undefined;
    const personId = personOfOrigin(origin);
    if (!personId) return undefined;
    const blockIds = blockChanges(transaction)
      .filter((c) => c.blockId !== '' && !c.removed && (c.before?.base ?? '') !== (c.after?.base ?? ''))
      .map((c) => c.blockId);
    if (blockIds.length > 0) this.#noted.set(update, { blockIds, personId, at: this.#now().toISOString() });
    return undefined;
  }

  afterStoreUpdates({ documentId, updates }: AfterStorePayload): void {
    let pending: Map<string, { personId: string; at: string }> | undefined;
    for (const update of updates) {
      const noted = this.#noted.get(update);
      if (!noted) continue;
      pending ??= this.#pending.get(documentId) ?? new Map();
      for (const blockId of noted.blockIds) pending.set(blockId, { personId: noted.personId, at: noted.at });
    }
    if (!pending) return;
    this.#pending.set(documentId, pending);
    this.#schedule(documentId);
  }

  /** Resolves once every stored change of the document is recorded (the alignment reads after it). */
  async recorded(documentId: string): Promise<void> {
    while (this.#writing.has(documentId)) await this.#writing.get(documentId);
  }

  async beforeUnloadDocument({ documentId }: RoomPayload): Promise<void> {
    await this.recorded(documentId);
  }

  afterUnloadDocument({ documentId }: { documentId: string }): void {
    // Its records were written before it unloaded (beforeUnloadDocument).
    this.#originals.delete(documentId);
  }

  async onDestroy(): Promise<void> {
    await Promise.all([...this.#writing.keys()].map((id) => this.recorded(id)));
  }

  /** One write at a time per document; changes stored meanwhile wait for the next. */
  #schedule(documentId: string): void {
    if (this.#writing.has(documentId)) return;
    const written = (async () => {
      for (let batch = this.#take(documentId); batch; batch = this.#take(documentId)) {
        try {
          await this.#write(documentId, batch);
        } catch (error) {
          // The text is stored; only the record lags: the paragraph shows as it was until edited or marked again.
          this.#log.error('could not record translated paragraphs', { error, documentId });
        }
      }
    })();
    this.#writing.set(documentId, written);
    void written.finally(() => {
      this.#writing.delete(documentId);
      // Stored between the last take and here: write it too.
      if (this.#pending.has(documentId)) this.#schedule(documentId);
    });
  }

  #take(documentId: string): Map<string, { personId: string; at: string }> | undefined {
    const batch = this.#pending.get(documentId);
    this.#pending.delete(documentId);
    return batch;
  }

  async #write(documentId: string, batch: Map<string, { personId: string; at: string }>): Promise<void> {
    const originalId = this.#originals.get(documentId);
    if (!originalId) return;
    const original = blockTexts(await this.#liveState(originalId));
    const entries = [...batch].flatMap(([blockId, { personId, at }]) => {
      // A paragraph the original does not have (a translator's own) has nothing to be up to date with.
      const text = original.get(blockId)?.text;
      return text === undefined ? [] : [{ blockId, originalText: text, personId, at }];
    });
    await this.#store.translated(documentId, entries);
  }
}
