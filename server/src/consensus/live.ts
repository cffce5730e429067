/**
 * Live delivery of consensus changes: the per-document hub of ../live/hub.ts carrying
 * `ConsensusLiveEvent`s, and the extension that tells its subscribers when a document's text
 * changed (brackets are made by editing; "changed since agreed" follows the text), throttled
 * so a dashboard refetches at most once per interval however fast people type.
 */
import type { ConsensusLiveEvent } from '@accord/schema';
import type { ChangePayload, Extension } from '../collab/index.js';
import { fromOtherInstance } from '../cluster/origin.js';
import { DocumentHub } from '../live/hub.js';

/** Consensus subscribers by document. */
export class ConsensusHub extends DocumentHub<ConsensusLiveEvent> {}

/** Publishes `{ type: 'content' }` to a document's consensus subscribers after its text changed, at most once per `intervalMs`. */
export class ContentChangeNotifier implements Extension {
  readonly name = 'consensus-content-notifier';
  readonly #hub: ConsensusHub;
  readonly #intervalMs: number;
  readonly #timers = new Map<string, NodeJS.Timeout>();

  constructor(hub: ConsensusHub, intervalMs = 1000) {
    this.#hub = hub;
    this.#intervalMs = intervalMs;
  }

  // Hot path: a map lookup and, at most once per interval and document, a timer.
  onChange({ documentId, origin }: ChangePayload): void {
    if (this.#timers.has(documentId)) return;
    // With several instances the one that stored a change tells everyone (its hub relays), so
    // it must not skip for want of local subscribers, and the others must not tell again.
    if (this.#hub.relayed ? fromOtherInstance(origin) : this.#hub.count(documentId) === 0) return;
    const timer = setTimeout(() => {
      this.#timers.delete(documentId);
      this.#hub.publish(documentId, { type: 'content', at: new Date().toISOString() });
    }, this.#intervalMs);
    timer.unref();
    this.#timers.set(documentId, timer);
  }

  onDestroy(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
