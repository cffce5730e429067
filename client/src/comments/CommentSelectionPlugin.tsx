/**
 * Commenting on the selection: Ctrl+Alt+M (or Cmd+Alt+M), a small "Comment" button under the
 * selected text, and the panel's Comment button all start a draft anchored to the selection.
 * The selection is read from the DOM, so this works in a read-only editor too (contributors
 * comment but do not edit). A click on highlighted text opens its thread.
 */
import { BlockIndex } from '@accord/editor';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { offsetOfPoint } from './dom-text.js';
import type { CommentsRoom } from './room.js';
import { COMMENT_SHORTCUT } from './room.js';
import { anchorFor, targetOf, type SelectionTarget } from './selection.js';
import { useCommentsState } from './useCommentsRoom.js';
import { blockElement } from './CommentAnchorsPlugin.js';
import { describe } from '../editor/shortcuts.js';
import { useT } from '../i18n/useT.js';

/** Ctrl+Alt+M or Cmd+Alt+M on any keyboard (the code, not the character: Option+M types µ). */
export const isCommentShortcut = (e: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>) =>
  e.code === COMMENT_SHORTCUT.code && e.altKey && (e.ctrlKey || e.metaKey) && !e.shiftKey;

/** The selection inside the editor, as a target, and the rectangle of its end. */
function readSelection(root: HTMLElement): { target: SelectionTarget; rect: DOMRect | null } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const target = targetOf<Node>(
    root,
    { node: range.startContainer, offset: range.startOffset },
    { node: range.endContainer, offset: range.endOffset },
  );
  if (!target) return null;
  const rects = range.getClientRects();
  return { target, rect: rects.length > 0 ? rects[rects.length - 1]! : null };
}

export function CommentSelectionPlugin({ room, doc, host }: { room: CommentsRoom; doc: Y.Doc; host: HTMLElement }) {
  const [editor] = useLexicalComposerContext();
  const state = useCommentsState(room);
  const t = useT();
  // From the host's inline-start edge (the right one in a right-to-left page).
  const [button, setButton] = useState<{ top: number; start: number } | null>(null);
  const dragging = useRef(false);
  const canComment = room.canComment;

  useEffect(() => {
    const start = () => {
      const root = editor.getRootElement();
      const read = root && readSelection(root);
      if (!read) return room.notify({ id: 'comments.notice.selectInDocument' });
      const choice = anchorFor(new BlockIndex(doc), read.target);
      if ('problem' in choice) return room.notify(choice.problem);
      setButton(null);
      // Back to the editor when the comment is cancelled (in a read-only editor the page had the focus).
      const before = document.activeElement;
      room.startDraft(choice, before instanceof HTMLElement && before !== document.body ? before : null);
    };
    const onSelectionChange = () => {
      const root = editor.getRootElement();
      const read = root ? readSelection(root) : null;
      room.setSelectionHandler(read ? start : null, read !== null);
      if (!read || read.target.start === read.target.end || !read.rect) return setButton(null);
      const base = host.getBoundingClientRect();
      // Under the end of the selection: its right side in left-to-right text, its left side in right-to-left.
      const rtl = getComputedStyle(host).direction === 'rtl';
      const inline = rtl ? base.right - read.rect.left - 16 : read.rect.right - base.left - 16;
      setButton({ top: read.rect.bottom - base.top + 6, start: Math.max(0, inline) });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isCommentShortcut(event) || !room.canComment) return;
      const focus = document.activeElement;
      // In a comment box or a form field the shortcut is not about the document.
      if (
        focus instanceof HTMLTextAreaElement ||
        focus instanceof HTMLInputElement ||
        focus instanceof HTMLSelectElement
      )
        return;
      event.preventDefault();
      event.stopPropagation();
      start();
    };
    const onPointerDown = () => void (dragging.current = true);
    const onPointerUp = () => {
      dragging.current = false;
      onSelectionChange();
    };
    // A click on commented text opens its thread (the caret has moved there by now).
    const onClick = () => {
      const root = editor.getRootElement();
      const selection = document.getSelection();
      if (!root || !selection?.isCollapsed || !selection.anchorNode || !root.contains(selection.anchorNode)) return;
      const { places, threads, activeId } = room.getSnapshot();
      for (const thread of threads) {
        const place = places.get(thread.id);
        if (!place?.found || thread.anchor.kind !== 'passage' || (thread.status !== 'open' && thread.id !== activeId))
          continue;
        const element = blockElement(root, place.blockId);
        if (!element?.contains(selection.anchorNode)) continue;
        const offset = offsetOfPoint(element, selection.anchorNode, selection.anchorOffset);
        if (offset !== null && offset > place.start && offset < place.end) return room.activate(thread.id);
      }
    };
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerup', onPointerUp);
    const offRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('pointerdown', onPointerDown);
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('pointerdown', onPointerDown);
      root?.addEventListener('click', onClick);
    });
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerup', onPointerUp);
      offRoot();
      const root = editor.getRootElement();
      root?.removeEventListener('pointerdown', onPointerDown);
      root?.removeEventListener('click', onClick);
      room.setSelectionHandler(null, false);
    };
  }, [editor, doc, room, host]);

  if (!canComment || !button || state.draft || dragging.current) return null;
  return (
    <button
      type="button"
      className="comment-on-selection"
      style={{ top: button.top, insetInlineStart: button.start }}
      // Keep the selection: the click reads it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => room.commentOnSelection()}
      aria-keyshortcuts={describe(COMMENT_SHORTCUT, 'aria')}
      title={t('comments.compose.title', { shortcut: describe(COMMENT_SHORTCUT) })}
    >
      <svg
        width="14"
        height="14"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.4A8 8 0 1 1 21 12Z" />
        <path d="M12 8v6M9 11h6" />
      </svg>
      {t('comments.compose.button')}
    </button>
  );
}
