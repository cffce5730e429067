/**
 * Where every thread is in this browser's copy of the document, and its passage highlighted.
 * On every change of the shared Y.Doc (once a frame at most) the anchors are resolved with
 * `@accord/editor`'s `resolveAnchor` — the same code the server uses — and the placements go
 * to the comments room (paragraph numbers, order, margin positions). Passages are painted with
 * the CSS Custom Highlight API: ranges over the text, nothing written into the document's DOM
 * (which belongs to Lexical) or into the document itself. Browsers without it show no highlight.
 */
import { BlockIndex, labelParagraphs, labelsByBlock, resolveAnchor, type AnchorLike } from '@accord/editor';
import type { BaselineParagraph } from '@accord/schema';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type * as Y from 'yjs';
import { blockTextOf, pointAtOffset } from './dom-text.js';
import type { Placement } from './filters.js';
import type { CommentsRoom, CommentsState } from './room.js';

/** The draft's key among the placements. */
export const DRAFT_PLACE = 'draft';
const NORMAL = 'accord-comment';
const ACTIVE = 'accord-comment-active';

/** The element Lexical rendered for a block, found by the id ParagraphNumbersPlugin writes. */
export function blockElement(root: HTMLElement, blockId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
}

/** Anchors to resolve: threads, threads not sent yet, and the draft. */
function anchorsOf(state: CommentsState): Array<{ id: string; anchor: AnchorLike }> {
  const anchors: Array<{ id: string; anchor: AnchorLike }> = state.threads.map((t) => ({ id: t.id, anchor: t.anchor }));
  for (const e of state.outbox) if (e.target.kind === 'thread') anchors.push({ id: e.id, anchor: e.target.anchor });
  if (state.draft) anchors.push({ id: DRAFT_PLACE, anchor: state.draft.anchor });
  return anchors;
}

function placeAll(
  doc: Y.Doc,
  state: CommentsState,
  baseline: readonly BaselineParagraph[] | null,
  shared: ReadonlyMap<string, string> | null,
): { places: Map<string, Placement>; texts: Map<string, string> } {
  const index = new BlockIndex(doc);
  const order = new Map(index.blocks.map((block, i) => [block, i]));
  // The labels the margin shows (ParagraphNumbersPlugin): "4bis" while numbering is frozen.
  const labels = labelsByBlock(labelParagraphs(index.blocks, baseline));
  const places = new Map<string, Placement>();
  const texts = new Map<string, string>();
  for (const { id, anchor } of anchorsOf(state)) {
    const found = resolveAnchor(index, anchor);
    if (!found.found) {
      places.set(id, { found: false });
      continue;
    }
    // A language version numbers its paragraphs as its original does (issue 15): label "4bis", number 4.
    const sharedLabel = shared && (shared.get(found.block.id) ?? null);
    const number = shared ? (sharedLabel ? Number.parseInt(sharedLabel, 10) : null) : found.block.number;
    const label = sharedLabel || (found.block.id && labels.get(found.block.id)) || String(found.block.number);
    places.set(id, {
      found: true,
      blockId: found.block.id,
      number,
      ...(number === null ? {} : { label }),
      order: order.get(found.block) ?? 0,
      start: found.start,
      end: found.end,
    });
    texts.set(found.block.id, found.block.text);
  }
  return { places, texts };
}

/** Paints the highlights; false when the DOM has not caught up with the document yet. */
function paint(
  root: HTMLElement,
  state: CommentsState,
  places: Map<string, Placement>,
  texts: Map<string, string>,
): boolean {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return true;
  const normal: Range[] = [];
  const active: Range[] = [];
  let current = true;
  const add = (id: string, strong: boolean) => {
    const place = places.get(id);
    if (!place?.found || place.start === place.end) return;
    const element = blockElement(root, place.blockId);
    if (!element) return;
    if (blockTextOf(element) !== texts.get(place.blockId)) {
      current = false;
      return;
    }
    const from = pointAtOffset(element, place.start, 'start');
    const to = pointAtOffset(element, place.end, 'end');
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    (strong ? active : normal).push(range);
  };
  for (const thread of state.threads) {
    const isActive = thread.id === state.activeId;
    // A whole-paragraph thread is marked by its badge; its text only while it is the active one.
    if (thread.anchor.kind === 'block' && !isActive) continue;
    if (thread.status === 'open' || isActive) add(thread.id, isActive);
  }
  for (const entry of state.outbox) if (entry.target.kind === 'thread') add(entry.id, entry.id === state.activeId);
  if (state.draft) add(DRAFT_PLACE, true);
  const strong = new Highlight(...active);
  strong.priority = 1;
  CSS.highlights.set(NORMAL, new Highlight(...normal));
  CSS.highlights.set(ACTIVE, strong);
  return current;
}

function clear(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(NORMAL);
  CSS.highlights.delete(ACTIVE);
}

export function CommentAnchorsPlugin({
  room,
  doc,
  baseline = null,
  shared = null,
}: {
  room: CommentsRoom;
  doc: Y.Doc;
  /** The document's frozen numbering; null while live. */
  baseline?: readonly BaselineParagraph[] | null;
  /** A language version's numbers: its original's labels by block id; null for an original. */
  shared?: ReadonlyMap<string, string> | null;
}): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let frame = 0;
    let retries = 0;
    const run = () => {
      frame = 0;
      const state = room.getSnapshot();
      const { places, texts } = placeAll(doc, state, baseline, shared);
      room.setPlaces(places);
      const root = editor.getRootElement();
      const current = root ? paint(root, state, places, texts) : true;
      // Lexical renders a remote change a moment after the doc has it: look again next frame.
      if (!current && retries++ < 30) schedule();
      if (current) retries = 0;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(run);
    };
    // Re-resolve when the document, the rendered editor, or the set of anchors changes.
    let seen = room.getSnapshot();
    const offRoom = room.subscribe(() => {
      const next = room.getSnapshot();
      if (
        next.threads !== seen.threads ||
        next.outbox !== seen.outbox ||
        next.draft !== seen.draft ||
        next.activeId !== seen.activeId
      )
        schedule();
      seen = next;
    });
    const offEditor = editor.registerUpdateListener(schedule);
    doc.on('update', schedule);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      offRoom();
      offEditor();
      doc.off('update', schedule);
      clear();
    };
  }, [editor, doc, room, baseline, shared]);
  return null;
}
