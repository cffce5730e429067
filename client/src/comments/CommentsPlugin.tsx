/**
 * Comments inside the editor: render this as a child of the document's LexicalComposer.
 * Resolves every thread's anchor on the shared Y.Doc and highlights passages
 * (CommentAnchorsPlugin), lets the person comment on the selection (CommentSelectionPlugin),
 * and draws badges and thread cards beside the paper (CommentMarginPlugin). The cards are
 * rendered into the `.paper` element around the editor (the nearest positioned box), so they
 * scroll with the text; nothing is written into the editor's own DOM.
 */
import { createPortal } from 'react-dom';
import type { BaselineParagraph } from '@accord/schema';
import type * as Y from 'yjs';
import '../styles/comments.css';
import '../styles/comment-threads.css';
import type { CommentsRoom } from './room.js';
import { CommentAnchorsPlugin } from './CommentAnchorsPlugin.js';
import { CommentMarginPlugin } from './CommentMarginPlugin.js';
import { CommentSelectionPlugin } from './CommentSelectionPlugin.js';
import { usePaperHost } from '../editor/usePaperHost.js';

export interface CommentsPluginProps {
  room: CommentsRoom;
  /** The document's shared Y.Doc (the CollabSession's `doc`, which the CollaborationPlugin binds). */
  doc: Y.Doc;
  /** The document's frozen numbering (issue 13): threads say "¶ 4bis" as the margin does; null while live. */
  baseline?: readonly BaselineParagraph[] | null;
  /** A language version's numbers, its original's labels by block id (issue 15): threads say ¶7 as the margin does. */
  shared?: ReadonlyMap<string, string> | null;
}

export function CommentsPlugin({ room, doc, baseline = null, shared = null }: CommentsPluginProps) {
  const host = usePaperHost();
  return (
    <>
      <CommentAnchorsPlugin room={room} doc={doc} baseline={baseline} shared={shared} />
      {host &&
        createPortal(
          <>
            <CommentMarginPlugin room={room} />
            <CommentSelectionPlugin room={room} doc={doc} host={host} />
          </>,
          host,
        )}
    </>
  );
}
