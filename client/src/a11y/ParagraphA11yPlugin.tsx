/**
 * The editor with a screen reader: each numbered paragraph is described to assistive technology
 * by its number and status ("Paragraph 3: Agreed") through `aria-describedby`, pointing at
 * visually hidden text kept beside the editor — never inside it, since Lexical owns the
 * contenteditable's children; the attribute is written after every update, as the margin numbers
 * are. When the caret settles in another paragraph, its number and status are said politely;
 * Ctrl+Alt+W says them again, Ctrl+Alt+P opens the paragraph's status and positions, and
 * Ctrl+↓ / Ctrl+↑ move to the start of the next / previous paragraph.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { ParagraphConsensus } from '@accord/schema';
import { markerLabel } from '../consensus/labels.js';
import type { ConsensusRoom } from '../consensus/room.js';
import { IS_APPLE, matches } from '../editor/shortcuts.js';
import { usePaperHost } from '../editor/usePaperHost.js';
import { translate } from '../i18n/current.js';
import { type T, useT } from '../i18n/useT.js';
import { announcer } from './announcer.js';
import {
  isModAlt,
  NEXT_PARAGRAPH_SHORTCUT,
  PANEL_SHORTCUT,
  PREVIOUS_PARAGRAPH_SHORTCUT,
  WHERE_SHORTCUT,
} from './shortcuts.js';

/** How long the caret stays in a paragraph before its number and status are said (ms). */
const SETTLE_MS = 700;

const descriptionId = (blockId: string) => `paragraph-about-${blockId}`;

/** "Paragraph 3: Agreed, 1 open bracket" ("4bis" while numbering is frozen): the margin marker's own words. */
const describeParagraph = (p: ParagraphConsensus, t: T = translate): string =>
  markerLabel(p.number === null ? null : (p.label ?? p.number), p.status, p.changedSinceAgreed, p.openBrackets, t);

/** The block id of the top-level block holding the caret, or null. */
function caretBlockId(editor: LexicalEditor): string | null {
  const key = editor.getEditorState().read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) ? (selection.focus.getNode().getTopLevelElement()?.getKey() ?? null) : null;
  });
  return key === null ? null : (editor.getElementByKey(key)?.getAttribute('data-block-id') ?? null);
}

/** Moves the caret to the start of the top-level block after (or before) the caret's; inside an update (a command). */
function $moveToParagraph(direction: 1 | -1): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const block = selection.focus.getNode().getTopLevelElement();
  if (!block) return false;
  // Backwards from inside a paragraph goes to its own start first, as word processors do.
  const first = block.getFirstDescendant() ?? block;
  const atStart = selection.isCollapsed() && selection.focus.offset === 0 && selection.focus.getNode().is(first);
  const target = direction === 1 ? block.getNextSibling() : atStart ? block.getPreviousSibling() : block;
  if (!target) return false;
  target.selectStart();
  return true;
}

export function ParagraphA11yPlugin({
  room,
  panelOpen,
  onOpenPanel,
}: {
  room: ConsensusRoom;
  /** The block whose paragraph panel is open, or null. */
  panelOpen: string | null;
  /** Opens (or closes, when it is the one open) the paragraph panel of `blockId`; the panel takes the focus. */
  onOpenPanel: (blockId: string) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const host = usePaperHost();
  // The descriptions are worded again when the page changes language.
  const t = useT();
  const paragraphs = room.live.value?.paragraphs ?? [];
  const byBlock = useRef(new Map<string, ParagraphConsensus>());
  byBlock.current = new Map(paragraphs.map((p) => [p.blockId, p]));
  const openPanel = useRef(onOpenPanel);
  openPanel.current = onOpenPanel;
  const shownPanel = useRef(panelOpen);
  shownPanel.current = panelOpen;
  // The panel opened from the text by its shortcut: when it closes, the focus goes back to the text.
  const fromText = useRef<string | null>(null);
  useEffect(() => {
    if (panelOpen !== null || fromText.current === null) return;
    fromText.current = null;
    const inPage = document.activeElement;
    // Unless the person went somewhere else meanwhile (the panel's close puts it on the margin marker).
    if (!inPage || inPage === document.body || inPage.closest('.status-slot')) editor.focus();
  }, [panelOpen, editor]);

  // aria-describedby on each described block, after every update (blocks are re-created by Lexical).
  const described = paragraphs.map((p) => p.blockId).join(' ');
  useEffect(() => {
    const ids = new Set(described.split(' '));
    const apply = () => {
      const root = editor.getRootElement();
      if (!root) return;
      for (const element of root.querySelectorAll<HTMLElement>(':scope > [data-block-id]')) {
        const blockId = element.getAttribute('data-block-id')!;
        const want = ids.has(blockId) ? descriptionId(blockId) : null;
        if (want === null) element.removeAttribute('aria-describedby');
        else if (element.getAttribute('aria-describedby') !== want) element.setAttribute('aria-describedby', want);
      }
    };
    apply();
    return editor.registerUpdateListener(apply);
  }, [editor, described]);

  // The caret settles in another paragraph: say which, and its status.
  useEffect(() => {
    let last: string | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unregister = editor.registerUpdateListener(() => {
      const root = editor.getRootElement();
      if (!root?.contains(document.activeElement)) return;
      const blockId = caretBlockId(editor);
      if (blockId === last) return;
      last = blockId;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const paragraph = blockId ? byBlock.current.get(blockId) : undefined;
        if (paragraph && caretBlockId(editor) === blockId) announcer.say(describeParagraph(paragraph));
      }, SETTLE_MS);
    });
    return () => {
      unregister();
      if (timer) clearTimeout(timer);
    };
  }, [editor]);

  // The shortcuts, while the text has the focus.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const root = editor.getRootElement();
      if (!root?.contains(document.activeElement)) return;
      if (isModAlt(event, WHERE_SHORTCUT)) {
        event.preventDefault();
        const blockId = caretBlockId(editor);
        const paragraph = blockId ? byBlock.current.get(blockId) : undefined;
        announcer.say(paragraph ? describeParagraph(paragraph) : translate('a11y.where.outside'));
      } else if (isModAlt(event, PANEL_SHORTCUT)) {
        const blockId = caretBlockId(editor);
        if (!blockId || !byBlock.current.has(blockId)) return;
        event.preventDefault();
        if (shownPanel.current === blockId) return;
        fromText.current = blockId;
        openPanel.current(blockId);
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [editor]);

  // Paragraph by paragraph (not on Apple keyboards: ⌘↓ is the end of the document there, ⌥↓ the system's paragraph key).
  useEffect(() => {
    if (IS_APPLE) return;
    return editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const direction = matches(event, NEXT_PARAGRAPH_SHORTCUT)
          ? 1
          : matches(event, PREVIOUS_PARAGRAPH_SHORTCUT)
            ? -1
            : 0;
        // Command listeners run inside an update: the caret moves in this one.
        if (direction === 0 || !$moveToParagraph(direction)) return false;
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_LOW,
    );
  }, [editor]);

  if (!host) return null;
  return createPortal(
    <div className="visually-hidden" data-paragraph-descriptions="">
      {paragraphs.map((p) => (
        <span key={p.blockId} id={descriptionId(p.blockId)}>
          {describeParagraph(p, t)}
        </span>
      ))}
    </div>,
    host,
  );
}
