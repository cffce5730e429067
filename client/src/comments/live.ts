/**
 * The live channel of a document's comments (Server-Sent Events). The protocol the server
 * documents: open the stream, wait for `ready`, then fetch the list — nothing changed after
 * `ready` can be missed; fetch again after every reconnect. Events are whole threads.
 *
 * An event that arrives while the list is loading may describe a change the list already has
 * or one it lacks; it is applied at once and the list fetched once more afterwards, so the
 * result is right either way.
 */
import { CommentLiveEvent, type CommentThread } from '@accord/schema';
import { RequestError } from '../api.js';

/** The part of `EventSource` used here (tests pass a fake). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}

export type FeedStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

export interface FeedOptions {
  url: string;
  open(url: string): EventSourceLike;
  list(signal: AbortSignal): Promise<CommentThread[]>;
  onList(threads: CommentThread[]): void;
  onThread(thread: CommentThread): void;
  onStatus(status: FeedStatus, problem: string | null): void;
  /** First wait before opening a closed stream again; doubles up to a minute. */
  retryMs?: number;
}

const CLOSED = 2;
/** Lists fetched in a row because events kept arriving during the fetch; then the next event's refetch will do. */
const MAX_REFETCH = 3;

export class CommentFeed {
  readonly #options: FeedOptions;
  #source: EventSourceLike | null = null;
  #loading: AbortController | null = null;
  #eventsWhileLoading = false;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  #retryMs: number;
  #disposed = false;

  constructor(options: FeedOptions) {
    this.#options = options;
    this.#retryMs = options.retryMs ?? 2000;
  }

  start(): void {
    if (this.#disposed || this.#source) return;
    const source = this.#options.open(this.#options.url);
    this.#source = source;
    source.addEventListener('ready', () => {
      if (this.#source === source) void this.#load(0);
    });
    source.addEventListener('message', (event) => {
      if (this.#source !== source) return;
      const parsed = typeof event.data === 'string' ? safeJson(event.data) : undefined;
      const live = CommentLiveEvent.safeParse(parsed);
      if (!live.success) return; // A newer server's event type: not for this client.
      if (this.#loading) this.#eventsWhileLoading = true;
      this.#options.onThread(live.data.thread);
    });
    source.addEventListener('error', () => {
      if (this.#source !== source) return;
      this.#loading?.abort();
      this.#loading = null;
      if (source.readyState === CLOSED) {
        // EventSource gives up after a refused answer; try again later ourselves.
        this.#source = null;
        this.#scheduleReopen();
      }
      this.#options.onStatus('reconnecting', null);
    });
  }

  /** Opens the stream again now (the browser came back online). */
  reconnect(): void {
    if (this.#disposed) return;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    if (this.#source && this.#source.readyState !== CLOSED) return;
    this.#source?.close();
    this.#source = null;
    this.start();
  }

  dispose(): void {
    this.#disposed = true;
    this.#loading?.abort();
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#source?.close();
    this.#source = null;
  }

  async #load(round: number): Promise<void> {
    this.#loading?.abort();
    const controller = new AbortController();
    this.#loading = controller;
    this.#eventsWhileLoading = false;
    try {
      const threads = await this.#options.list(controller.signal);
      if (controller.signal.aborted || this.#disposed) return;
      this.#loading = null;
      this.#retryMs = this.#options.retryMs ?? 2000;
      this.#options.onList(threads);
      this.#options.onStatus('live', null);
      if (this.#eventsWhileLoading && round + 1 < MAX_REFETCH) void this.#load(round + 1);
    } catch (error) {
      if (controller.signal.aborted || this.#disposed) return;
      this.#loading = null;
      if (error instanceof RequestError && [401, 403, 404].includes(error.status)) {
        this.#options.onStatus('refused', error.message);
        this.#source?.close();
        this.#source = null;
        return;
      }
      // A network failure or a server hiccup: the stream is open, so fetch again shortly.
      this.#options.onStatus('reconnecting', null);
      this.#retryTimer = setTimeout(() => {
        this.#retryTimer = null;
        if (this.#source) void this.#load(0);
      }, this.#nextDelay());
    }
  }

  #scheduleReopen(): void {
    if (this.#disposed || this.#retryTimer) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      this.start();
    }, this.#nextDelay());
  }

  #nextDelay(): number {
    const delay = this.#retryMs;
    this.#retryMs = Math.min(this.#retryMs * 2, 60_000);
    return delay;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
