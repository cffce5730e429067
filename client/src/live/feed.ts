/**
 * The browser's side of the server's live channels (server/src/live/hub.ts, http/live-route.ts):
 * one Server-Sent Events stream per document and channel. The protocol is the route's: open the
 * stream, wait for its `ready` event, then fetch the current state (the snapshot) — no change
 * made after `ready` can be missed. Each later `message` is one event as JSON, applied to what
 * is shown (a patch); an event this client cannot apply, or one that arrived while the snapshot
 * was loading, makes it fetch the snapshot again. Every reconnect sends `ready` again, and the
 * snapshot is fetched again.
 *
 * One retry policy for the stream and the snapshot: exponential backoff with jitter, reset once
 * the feed is live again. A snapshot refused with 401, 403 or 404 stops the feed ('refused'):
 * retrying cannot help, and the page says why.
 */
import { RequestError } from '../api.js';

/** The part of `EventSource` used here (tests pass a fake). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}

/** Where a feed is: waiting for its first snapshot, current, catching up after a break, or stopped for good. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

/** How long to wait before trying again. */
export interface RetryPolicy {
  /** The first wait, in ms. */
  baseMs: number;
  /** The longest wait, in ms. */
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 2000, maxMs: 60_000 };

/**
 * The wait before retry number `attempt` (0 for the first): doubling from `baseMs` up to `maxMs`,
 * then a random point in its upper half, so the pages of a whole meeting that lost the server at
 * once do not all come back in the same instant. `random` is in [0, 1).
 */
export function retryDelay(attempt: number, policy: RetryPolicy, random: number): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** A snapshot refused for good: signed out, no longer allowed, or the document is gone. */
const isRefusal = (error: unknown): error is RequestError =>
  error instanceof RequestError && [401, 403, 404].includes(error.status);

export interface LiveFeedOptions<S, E> {
  url: string;
  open(url: string): EventSourceLike;
  /** One message's JSON as an event, or null for one this client does not know (a newer server's). */
  parse(data: unknown): E | null;
  /** Fetches the current state. */
  load(signal: AbortSignal): Promise<S>;
  onSnapshot(snapshot: S): void;
  /** Applies an event to what is shown; false when it cannot, and the snapshot is fetched again instead. */
  onEvent(event: E): boolean;
  onStatus(status: LiveStatus, problem: string | null): void;
  retry?: Partial<RetryPolicy>;
  /** For tests: the source of jitter. */
  random?: () => number;
}

const CLOSED = 2;
/**
 * Snapshots fetched in a row only because applied events kept arriving during the fetch; then
 * the next event's fetch will do. An event that could not be applied always gets its fetch.
 */
const MAX_ROUNDS = 3;

/** One live channel of one document: the stream, the snapshot it guards, and the retries of both. */
export class LiveFeed<S, E> {
  readonly #o: LiveFeedOptions<S, E>;
  readonly #policy: RetryPolicy;
  #source: EventSourceLike | null = null;
  #loading: AbortController | null = null;
  /** An event was applied while the snapshot loaded: the snapshot may predate it. */
  #appliedWhileLoading = false;
  /** An event could not be applied: a fresh snapshot is needed. */
  #needed = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #attempt = 0;
  #disposed = false;

  constructor(options: LiveFeedOptions<S, E>) {
    this.#o = options;
    this.#policy = { ...DEFAULT_RETRY, ...options.retry };
  }

  /** Opens the stream (once; again only after it was lost). */
  start(): void {
    if (this.#disposed || this.#source) return;
    const source = this.#o.open(this.#o.url);
    this.#source = source;
    source.addEventListener('ready', () => {
      if (this.#source === source) this.#load(0);
    });
    source.addEventListener('message', (message) => {
      if (this.#source !== source) return;
      const event = this.#o.parse(typeof message.data === 'string' ? safeJson(message.data) : undefined);
      if (event === null) return;
      if (this.#o.onEvent(event)) this.applied();
      else this.refresh();
    });
    source.addEventListener('error', () => {
      if (this.#source !== source) return;
      // The snapshot in flight may miss what happens until the stream is back; the next `ready` fetches anew.
      this.#loading?.abort();
      this.#loading = null;
      if (source.readyState === CLOSED) {
        // EventSource gives up after a refused or failed answer; try again later ourselves.
        this.#source = null;
        this.#schedule(() => this.start());
      }
      this.#o.onStatus('reconnecting', null);
    });
  }

  /** Fetches the snapshot now, or once more after the fetch in flight. */
  refresh(): void {
    if (this.#disposed) return;
    if (this.#loading) this.#needed = true;
    else this.#load(0);
  }

  /**
   * Says a change from elsewhere (the answer to the person's own write) was applied to what is
   * shown: a snapshot loading now may predate it, so it is fetched once more afterwards.
   */
  applied(): void {
    if (this.#loading) this.#appliedWhileLoading = true;
  }

  /** Opens the stream again now, without waiting out the backoff (the browser came back online). */
  reconnect(): void {
    if (this.#disposed) return;
    this.#clearTimer();
    this.#attempt = 0;
    if (this.#source && this.#source.readyState !== CLOSED) return;
    this.#source?.close();
    this.#source = null;
    this.start();
  }

  dispose(): void {
    this.#disposed = true;
    this.#loading?.abort();
    this.#clearTimer();
    this.#source?.close();
    this.#source = null;
  }

  #load(round: number): void {
    this.#loading?.abort();
    const controller = new AbortController();
    this.#loading = controller;
    this.#appliedWhileLoading = false;
    this.#needed = false;
    this.#o.load(controller.signal).then(
      (snapshot) => {
        if (controller.signal.aborted || this.#disposed) return;
        this.#loading = null;
        this.#attempt = 0;
        this.#o.onSnapshot(snapshot);
        this.#o.onStatus('live', null);
        if (this.#needed) this.#load(0);
        else if (this.#appliedWhileLoading && round + 1 < MAX_ROUNDS) this.#load(round + 1);
      },
      (error: unknown) => {
        if (controller.signal.aborted || this.#disposed) return;
        this.#loading = null;
        if (isRefusal(error)) {
          this.#o.onStatus('refused', error.message);
          this.#source?.close();
          this.#source = null;
          return;
        }
        // A network failure or a server hiccup while the stream is open: fetch again after a wait.
        // No problem to show: pages show one only for a refusal, which does not pass by itself.
        this.#o.onStatus('reconnecting', null);
        this.#schedule(() => {
          if (this.#source) this.#load(0);
        });
      },
    );
  }

  #schedule(retry: () => void): void {
    if (this.#disposed || this.#timer) return;
    const delay = retryDelay(this.#attempt++, this.#policy, (this.#o.random ?? Math.random)());
    this.#timer = setTimeout(() => {
      this.#timer = null;
      retry();
    }, delay);
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
