/**
 * Comments in the browser (issue 5): threads on paragraphs and passages, live over
 * Server-Sent Events, written through the REST API, kept in an outbox while offline.
 *
 * ## Wiring it into the document page
 *
 * One `CommentsRoom` per document page, shared by two components:
 *
 * 1. In `DocumentPage`, create the room (it follows `access` as it changes):
 *
 *        const comments = useCommentsRoom({ documentId, person, access });
 *
 *    `person` is the session's Person (id, name, stakeholderGroup); `access` is
 *    `GET /api/documents/:id`'s `access` (null while unknown: nothing can be written).
 *
 * 2. Inside the LexicalComposer — a child of `DocumentEditor`'s composer, next to the other
 *    plugins (DocumentEditor needs a `children` / `plugins` prop rendered there):
 *
 *        <CommentsPlugin room={comments} doc={session.doc} />
 *
 *    `doc` is the CollabSession's Y.Doc, the one the CollaborationPlugin binds. It resolves
 *    anchors, highlights passages, handles Ctrl/Cmd+Alt+M and the "Comment" button on the
 *    selection (also in a read-only editor), and renders badges and thread cards into the
 *    `.paper` element around the editor.
 *
 * 3. Beside the editor (anywhere in the page; it is fixed to the inline-end edge, the left one in Arabic):
 *
 *        <CommentsPanel room={comments} />
 *
 *    The panel lists and filters threads, holds the aria-live announcement and notices, and
 *    reserves its width (comments.css shifts `.editor-shell` via `:has()`; nothing else in
 *    the page's CSS needs to change).
 */
export { CommentsPanel, CommentsToggle } from './CommentsPanel.js';
export { CommentsPlugin, type CommentsPluginProps } from './CommentsPlugin.js';
export { CommentsRoom, COMMENT_SHORTCUT, type CommentsState, type Draft } from './room.js';
export { useCommentsRoom, useCommentsState, type UseCommentsRoomOptions } from './useCommentsRoom.js';
export { CommentText } from './CommentText.js';
