/**
 * The consensus live channel, on the shared {@link LiveFeed}: the snapshot is a view of the
 * document (paragraph views, dashboard, register); an event either carries a whole paragraph,
 * which a view may patch itself with, or says the text changed, and the view is fetched again.
 */
import { ConsensusLiveEvent, type ParagraphConsensus } from '@accord/schema';
import { type EventSourceLike, LiveFeed, type LiveStatus, type RetryPolicy } from '../live/feed.js';

export type { EventSourceLike, LiveStatus } from '../live/feed.js';

export interface LiveViewOptions<T> {
  url: string;
  open(url: string): EventSourceLike;
  load(signal: AbortSignal): Promise<T>;
  /** Patches the view with a paragraph; null means "refetch instead". Without it every event refetches. */
  patch?: (value: T, paragraph: ParagraphConsensus) => T | null;
  onValue(value: T): void;
  onStatus(status: LiveStatus, problem: string | null): void;
  retry?: Partial<RetryPolicy>;
}

/** A view of a document kept current by the consensus channel. */
export class LiveView<T> {
  readonly #feed: LiveFeed<T, ConsensusLiveEvent>;
  readonly #o: LiveViewOptions<T>;
  #value: T | null = null;

  constructor(options: LiveViewOptions<T>) {
    this.#o = options;
    this.#feed = new LiveFeed<T, ConsensusLiveEvent>({
      url: options.url,
      open: options.open,
      load: options.load,
      onStatus: options.onStatus,
      ...(options.retry ? { retry: options.retry } : {}),
      parse: (data) => {
        const live = ConsensusLiveEvent.safeParse(data);
        return live.success ? live.data : null;
      },
      onSnapshot: (value) => this.#show(value),
      onEvent: (event) => event.type === 'paragraph' && this.#patch(event.paragraph),
    });
  }

  start(): void {
    this.#feed.start();
  }

  /** Patches the view with a paragraph (from the channel, or a write's answer); refetches when it cannot. */
  apply(paragraph: ParagraphConsensus): void {
    if (this.#patch(paragraph)) this.#feed.applied();
    else this.#feed.refresh();
  }

  /** Fetches the view now (or once more after the fetch in flight). */
  refresh(): void {
    this.#feed.refresh();
  }

  dispose(): void {
    this.#feed.dispose();
  }

  #patch(paragraph: ParagraphConsensus): boolean {
    const patched = this.#value !== null && this.#o.patch ? this.#o.patch(this.#value, paragraph) : null;
    if (patched === null) return false;
    this.#show(patched);
    return true;
  }

  #show(value: T): void {
    this.#value = value;
    this.#o.onValue(value);
  }
}
