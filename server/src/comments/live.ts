/**
 * Live delivery of comment changes: the per-document hub and SSE stream of ../live/hub.ts,
 * carrying `CommentLiveEvent`s (the whole thread after each change).
 */
import type { CommentLiveEvent } from '@accord/schema';
import { DocumentHub, type LiveSink as Sink } from '../live/hub.js';

export { LiveStream, type LiveStreamOptions } from '../live/hub.js';

/** Something that receives a document's comment events. */
export type LiveSink = Sink<CommentLiveEvent>;

/** Comment subscribers by document. */
export class CommentHub extends DocumentHub<CommentLiveEvent> {}
