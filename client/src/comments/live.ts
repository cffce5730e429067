/**
 * The live channel of a document's comments, on the shared {@link LiveFeed}: the snapshot is
 * the list of threads, each event a whole thread that replaces its namesake. An event that
 * arrives while the list loads is applied at once and the list fetched once more afterwards,
 * so the result is right whether the list already had the change or not.
 */
import { CommentLiveEvent, type CommentThread } from '@accord/schema';
import { type EventSourceLike, LiveFeed, type LiveStatus, type RetryPolicy } from '../live/feed.js';

export type { EventSourceLike } from '../live/feed.js';
export type FeedStatus = LiveStatus;

export interface FeedOptions {
  url: string;
  open(url: string): EventSourceLike;
  list(signal: AbortSignal): Promise<CommentThread[]>;
  onList(threads: CommentThread[]): void;
  onThread(thread: CommentThread): void;
  onStatus(status: FeedStatus, problem: string | null): void;
  retry?: Partial<RetryPolicy>;
  random?: () => number;
}

/** A document's comment threads kept current: the list after every `ready`, then thread by thread. */
export class CommentFeed extends LiveFeed<CommentThread[], CommentThread> {
  constructor({ list, onList, onThread, ...rest }: FeedOptions) {
    super({
      ...rest,
      parse: (data) => {
        const live = CommentLiveEvent.safeParse(data);
        return live.success ? live.data.thread : null;
      },
      load: list,
      onSnapshot: onList,
      onEvent: (thread) => {
        onThread(thread);
        return true;
      },
    });
  }
}
