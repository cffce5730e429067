/**
 * Suggestions on the collaboration channel. For every client update (on the screening replica,
 * inside the transaction that applied it):
 *
 * - a suggestion node may be made only in its sender's name, and nobody changes an existing
 *   one's id, kind, author or time (`suggestionAuthorProblem`);
 * - a connection that may only suggest — a contributor's, or a member's where the document
 *   says so (everywhere, or in agreed paragraphs) — changes nothing but suggestions
 *   (`suggestOnlyProblem`), and writes nothing outside the document's text.
 *
 * A refused update closes its sender with 4400 and is neither stored nor relayed (the core does
 * that). The server's own writes (accepting, rejecting) are not checked here.
 *
 * For every update, the server's included, what it did to suggestions is noted, and once the
 * batch is stored it goes into the suggestions record (`store.ts`): off the relay's path, one
 * record at a time per document, in the order the batches were stored.
 *
 * The document's rule for members and its agreed paragraphs are read per update, so they come
 * from a cache (`rules.ts`) loaded with the document, before any of its updates is checked.
 */
import { blockChanges, suggestionAuthorProblem, suggestOnlyProblem } from '@accord/editor';
import type * as Y from 'yjs';
import type {
  AfterStorePayload,
  CheckUpdatePayload,
  Extension,
  LoadPayload,
  RoomPayload,
} from '../collab/extension.js';
import { Connection } from '../collab/index.js';
import { OnBehalfOf, personOfOrigin } from '../extensions/on-behalf-of.js';
import type { Logger } from '../logger.js';
import { suggestionChanges } from './delta.js';
import type { SuggestionRules } from './rules.js';
import type { SqlSuggestionStore, SuggestionDelta } from './store.js';

export interface SuggestionsExtensionOptions {
  store: Pick<SqlSuggestionStore, 'record'>;
  /** The open documents' rules, loaded and dropped with them by this extension. */
  rules: SuggestionRules;
  logger: Logger;
  /** Called after the record of a document's suggestions changed (a live channel tells open pages). */
  onRecorded?(documentId: string): void;
}

export class SuggestionsExtension implements Extension {
  readonly name = 'suggestions';
  /** After the document schema check (100): only updates that make a valid document are judged here. */
  readonly priority = 110;
  readonly #store: Pick<SqlSuggestionStore, 'record'>;
  readonly #rules: SuggestionRules;
  readonly #log: Logger;
  readonly #onRecorded: ((documentId: string) => void) | undefined;
  /** What each checked update did to suggestions, until it is stored (or, refused, forgotten with it). */
  readonly #deltas = new WeakMap<Uint8Array, SuggestionDelta>();
  /** The record being written for each document; the next one waits for it. */
  readonly #recording = new Map<string, Promise<void>>();

  constructor(options: SuggestionsExtensionOptions) {
    this.#store = options.store;
    this.#rules = options.rules;
    this.#log = options.logger.child({ extension: 'suggestions' });
    this.#onRecorded = options.onRecorded;
  }

  /** Before any update of the document is checked: its rules (a throw refuses the load: the check could not be made). */
  async onLoadDocument({ documentId, room }: LoadPayload): Promise<void> {
    await this.#rules.load(documentId, room);
  }

  /** The record of what the document's last batches did is written before it is gone. */
  async beforeUnloadDocument({ documentId, room }: RoomPayload): Promise<void> {
    this.#rules.drop(documentId, room);
    await this.#recording.get(documentId);
  }

  async onDestroy(): Promise<void> {
    this.#rules.close();
    await Promise.all(this.#recording.values());
  }

  // Hot path: one pass over the blocks the update touched; the rules are read from memory.
  onCheckUpdate({ documentId, doc, transaction, update, origin }: CheckUpdatePayload): string | undefined {
    if (origin instanceof Connection) {
      const personId = personOfOrigin(origin) ?? '';
      const forged = suggestionAuthorProblem(transaction, personId);
      if (forged) return `update refused: it ${forged}`;
      const rule = this.#rule(documentId, origin);
      if (rule !== 'nowhere') {
        if (rule === 'all') {
          const outside = writesOutsideText(transaction, doc);
          if (outside) return `update refused: it ${outside}; while suggesting, only the text takes suggestions`;
        }
        const changes = blockChanges(transaction);
        const judged =
          rule === 'all'
            ? changes
            : changes.filter(
                (c) =>
                  (c.before && this.#rules.isAgreed(documentId, c.before.blockId)) ||
                  (c.after && this.#rules.isAgreed(documentId, c.after.blockId)),
              );
        const problem = suggestOnlyProblem(judged, personId);
        if (problem)
          return rule === 'all'
            ? `update refused: it ${problem}`
            : `update refused: agreed paragraphs change here only through suggestions, and it ${problem}`;
      }
    }
    // Only blocks where the update made, changed or removed a suggestion are read: a keystroke
    // in plain text (nearly every update) costs no pass over its paragraph.
    const changes = blockChanges(transaction).filter((c) => c.touchesSuggestions);
    if (changes.length === 0) return undefined;
    const { seen, gone } = suggestionChanges(changes, doc);
    if (seen.length === 0 && gone.length === 0) return undefined;
    this.#deltas.set(update, {
      seen,
      gone,
      actorId: personOfOrigin(origin),
      action: origin instanceof OnBehalfOf ? origin.action : undefined,
    });
    return undefined;
  }

  afterStoreUpdates({ documentId, updates }: AfterStorePayload): void {
    const deltas: SuggestionDelta[] = [];
    for (const update of updates) {
      const delta = this.#deltas.get(update);
      if (delta) deltas.push(delta);
    }
    if (deltas.length === 0) return;
    const recorded = (this.#recording.get(documentId) ?? Promise.resolve()).then(async () => {
      try {
        await this.#store.record(documentId, deltas);
      } catch (error) {
        // The text is stored; only the record lags. The list of pending suggestions reads the text itself.
        this.#log.error('could not record suggestions of stored updates', { error, documentId });
        return;
      }
      try {
        this.#onRecorded?.(documentId);
      } catch (error) {
        this.#log.error('could not tell open pages that suggestions changed', { error, documentId });
      }
    });
    this.#recording.set(documentId, recorded);
    void recorded.then(() => {
      if (this.#recording.get(documentId) === recorded) this.#recording.delete(documentId);
    });
  }

  /** Resolves once what stored batches did to the document's suggestions is recorded (tests, and reads that need it). */
  async recorded(documentId: string): Promise<void> {
    await this.#recording.get(documentId);
  }

  /** Where the sender's changes must be suggestions: their mode, their role and the document's setting. */
  #rule(documentId: string, connection: Connection): 'nowhere' | 'agreed' | 'all' {
    const { mode, role } = connection.context;
    if (mode === 'suggest') return 'all';
    if (role !== 'member') return 'nowhere';
    const members = this.#rules.members(documentId);
    return members === 'open' ? 'nowhere' : members;
  }
}

/** Why a transaction writes somewhere other than the document's text (another top-level type), or undefined. */
function writesOutsideText(transaction: Y.Transaction, doc: Y.Doc): string | undefined {
  const root = doc.share.get('root');
  for (const type of transaction.changed.keys()) {
    let top = type;
    while (top._item !== null) top = top._item.parent as typeof top;
    if (top !== root) return 'writes outside the document’s text';
  }
  return undefined;
}
