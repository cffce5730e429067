/**
 * The consensus live channel (Server-Sent Events). As the server documents it: open the
 * stream, wait for `ready`, then fetch the view — nothing after `ready` can be missed; every
 * reconnect sends `ready` again, and the view is fetched again. Events either carry a whole
 * paragraph (a view may patch itself with it) or say the text changed (refetch).
 *
 * Fetches are coalesced: events arriving while one is in flight cause exactly one more.
 */
import { ConsensusLiveEvent, type ParagraphConsensus } from '@accord/schema';
import { RequestError } from '../api.js';

/** The part of `EventSource` used here (tests pass a fake). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

export interface LiveViewOptions<T> {
  url: string;
  open(url: string): EventSourceLike;
  load(signal: AbortSignal): Promise<T>;
  /** Patches the view with a paragraph; null means "refetch instead". Without it every event refetches. */
  patch?: (value: T, paragraph: ParagraphConsensus) => T | null;
  onValue(value: T): void;
  onStatus(status: LiveStatus, problem: string | null): void;
  retryMs?: number;
}

const CLOSED = 2;

export class LiveView<T> {
  readonly #o: LiveViewOptions<T>;
  #source: EventSourceLike | null = null;
  #value: T | null = null;
  #loading: AbortController | null = null;
  #again = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #disposed = false;

  constructor(options: LiveViewOptions<T>) {
    this.#o = options;
  }

  start(): void {
    if (this.#disposed || this.#source) return;
    const source = this.#o.open(this.#o.url);
    this.#source = source;
    source.addEventListener('ready', () => this.#source === source && this.refresh());
    source.addEventListener('message', (event) => {
      if (this.#source !== source) return;
      const parsed = ConsensusLiveEvent.safeParse(typeof event.data === 'string' ? safeJson(event.data) : undefined);
      if (!parsed.success) return; // a newer server's event: not for this client
      const live = parsed.data;
      if (live.type === 'paragraph') this.apply(live.paragraph);
      else this.refresh();
    });
    source.addEventListener('error', () => {
      if (this.#source !== source) return;
      if (source.readyState === CLOSED) {
        // EventSource gives up after a refused answer; try again later ourselves.
        this.#source = null;
        this.#timer ??= setTimeout(() => ((this.#timer = null), this.start()), this.#o.retryMs ?? 3000);
      }
      this.#o.onStatus('reconnecting', null);
    });
  }

  /** Patches the view with a paragraph (from the channel, or a write's answer); refetches when it cannot. */
  apply(paragraph: ParagraphConsensus): void {
    const patched =
      this.#value !== null && this.#o.patch && !this.#loading ? this.#o.patch(this.#value, paragraph) : null;
    if (patched === null) {
      this.refresh();
      return;
    }
    this.#value = patched;
    this.#o.onValue(patched);
  }

  /** Fetches the view now (or once more after the fetch in flight). */
  refresh(): void {
    if (this.#disposed) return;
    if (this.#loading) {
      this.#again = true;
      return;
    }
    const controller = new AbortController();
    this.#loading = controller;
    this.#again = false;
    this.#o.load(controller.signal).then(
      (value) => {
        if (this.#disposed) return;
        this.#loading = null;
        this.#value = value;
        this.#o.onValue(value);
        this.#o.onStatus('live', null);
        if (this.#again) this.refresh();
      },
      (error: unknown) => {
        if (this.#disposed) return;
        this.#loading = null;
        if (error instanceof RequestError && [401, 403, 404].includes(error.status)) {
          this.#o.onStatus('refused', error.message);
          this.#source?.close();
          this.#source = null;
          return;
        }
        this.#o.onStatus('reconnecting', error instanceof Error ? error.message : null);
        this.#timer ??= setTimeout(() => ((this.#timer = null), this.refresh()), this.#o.retryMs ?? 3000);
      },
    );
  }

  dispose(): void {
    this.#disposed = true;
    this.#loading?.abort();
    if (this.#timer) clearTimeout(this.#timer);
    this.#source?.close();
    this.#source = null;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
