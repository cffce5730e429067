/**
 * Keeps the compilation's sources on their blocks as the text changes. Sources are kept by block
 * id, so an edit inside a block needs nothing; only a block that goes or comes back matters:
 *
 * - a block that disappears because its text joined another block (Backspace at the start of a
 *   paragraph merges it into the previous one) is a merge: its sources move to that block;
 * - a block deleted outright keeps its sources, recorded as removed;
 * - a block that comes back under its id (an undo) gets them back.
 *
 * Hot path: `blockChanges` is shared with attribution and suggestions, and `added`/`removed` cost
 * nothing; a block's text is read only when a block was removed, and nothing is read from the
 * database while checking. Whether a removed block cited anything is left to the store, which
 * is written after the batch is stored, off the relay's path, one write at a time per document.
 */
import { blockChanges, type BlockChange } from '@accord/editor';
import type { AfterStorePayload, CheckUpdatePayload, Extension, RoomPayload } from '../collab/extension.js';
import { personOfOrigin } from '../extensions/on-behalf-of.js';
import type { Logger } from '../logger.js';
import type { BlockEvent, SqlCompilationStore } from './store.js';

export interface CompilationExtensionOptions {
  store: Pick<SqlCompilationStore, 'apply'>;
  logger: Logger;
  /** Called after a document's sources changed (a live channel tells open margins). */
  onChanged?(documentId: string): void;
}

interface Noted {
  events: BlockEvent[];
  actorId: string | null;
}

/** How many characters of a removed block's end must reappear at a survivor's end to call it a merge. */
const TAIL = 24;

export class CompilationExtension implements Extension {
  readonly name = 'compilation';
  /** After the document schema (100) and suggestions (110): only accepted updates are looked at. */
  readonly priority = 120;
  readonly #store: Pick<SqlCompilationStore, 'apply'>;
  readonly #log: Logger;
  readonly #onChanged: ((documentId: string) => void) | undefined;
  readonly #noted = new WeakMap<Uint8Array, Noted>();
  readonly #writing = new Map<string, Promise<void>>();

  constructor(options: CompilationExtensionOptions) {
    this.#store = options.store;
    this.#log = options.logger.child({ extension: 'compilation' });
    this.#onChanged = options.onChanged;
  }

  onCheckUpdate({ transaction, update, origin }: CheckUpdatePayload): string | undefined {
    const changes = blockChanges(transaction);
    if (!changes.some((c) => c.blockId !== '' && (c.removed || c.added))) return undefined;
    const events = blockEvents(changes);
    if (events.length > 0) this.#noted.set(update, { events, actorId: personOfOrigin(origin) ?? null });
    return undefined;
  }

  afterStoreUpdates({ documentId, updates }: AfterStorePayload): void {
    const batch: Noted[] = [];
    for (const update of updates) {
      const noted = this.#noted.get(update);
      if (noted) batch.push(noted);
    }
    if (batch.length === 0) return;
    const written = (this.#writing.get(documentId) ?? Promise.resolve()).then(async () => {
      let changed = 0;
      try {
        for (const { events, actorId } of batch) changed += await this.#store.apply(documentId, events, actorId);
      } catch (error) {
        // The text is stored; only the sources lag (a merged paragraph shows the sources it had).
        this.#log.error('could not record what stored updates did to cited blocks', { error, documentId });
      }
      if (changed > 0) this.#onChanged?.(documentId);
    });
    this.#writing.set(documentId, written);
    void written.then(() => {
      if (this.#writing.get(documentId) === written) this.#writing.delete(documentId);
    });
  }

  /** Resolves once what stored updates did to the document's cited blocks is recorded (tests, reads that need it). */
  async recorded(documentId: string): Promise<void> {
    await this.#writing.get(documentId);
  }

  async beforeUnloadDocument({ documentId }: RoomPayload): Promise<void> {
    await this.#writing.get(documentId);
  }

  async onDestroy(): Promise<void> {
    await Promise.all(this.#writing.values());
  }
}

/** What one transaction's block changes mean for sources: merges, removals, returns. */
export function blockEvents(changes: readonly BlockChange[]): BlockEvent[] {
  const events: BlockEvent[] = [];
  let survivors: Array<{ blockId: string; text: string }> | undefined;
  for (const change of changes) {
    if (change.blockId === '') continue;
    if (change.added && !change.removed) {
      events.push({ kind: 'restored', blockId: change.blockId });
      continue;
    }
    if (!change.removed) continue;
    const text = change.before?.text ?? '';
    survivors ??= changes
      .filter((c) => c.blockId !== '' && !c.removed)
      .map((c) => ({ blockId: c.blockId, text: c.after?.text ?? '' }));
    const into = text === '' ? undefined : mergedInto(text, survivors, change.blockId);
    events.push(into ? { kind: 'merged', from: change.blockId, into } : { kind: 'removed', blockId: change.blockId });
  }
  return events;
}

/**
 * The block a removed block's text joined: one ending with all of it (a Backspace merge), else
 * one holding all of it, else one ending with its last characters (a selection from inside the
 * previous paragraph into this one, deleted: the rest of this one joins that one).
 */
function mergedInto(
  text: string,
  survivors: ReadonlyArray<{ blockId: string; text: string }>,
  self: string,
): string | undefined {
  const others = survivors.filter((s) => s.blockId !== self);
  const tail = text.slice(-TAIL);
  return (
    others.find((s) => s.text.endsWith(text)) ??
    others.find((s) => s.text.includes(text)) ??
    others.find((s) => s.text.endsWith(tail))
  )?.blockId;
}
