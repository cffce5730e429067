/**
 * Brackets in the editor: wrapping the selection in a `BracketNode` (the toolbar's button
 * dispatches WRAP_IN_BRACKET_COMMAND; Ctrl/Cmd+Alt+B), and the popover a click on a bracket
 * opens (alternatives, proposing, resolving). The bracket's `[ … ]` is drawn by CSS on
 * `.accord-bracket`, so nobody can delete half of it.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  COMMAND_PRIORITY_NORMAL,
  createCommand,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { useEffect, useState } from 'react';
import { usePaperHost } from './usePaperHost.js';
import { createPortal } from 'react-dom';
import '../styles/consensus.css';
import { BracketPopover } from '../consensus/BracketPopover.js';
import type { ConsensusRoom } from '../consensus/room.js';
import type { MessageKey } from '@accord/i18n';
import { useT } from '../i18n/useT.js';
import { $wrapSelectionInBracket, BracketError, type BracketRefusal } from './model.js';
import { matches, type Shortcut } from './shortcuts.js';

/** Wraps the current selection in a new bracket. */
export const WRAP_IN_BRACKET_COMMAND = createCommand<void>('WRAP_IN_BRACKET');
export const BRACKET_SHORTCUT: Shortcut = { code: 'KeyB', mod: true, alt: true };

/** Why a passage cannot be bracketed, as a sentence of the page's language. */
const REFUSALS: Record<BracketRefusal | 'no-selection', MessageKey> = {
  'no-selection': 'document.bracket.selectFirst',
  empty: 'document.bracket.empty',
  'across-blocks': 'document.bracket.acrossParagraphs',
  nested: 'document.bracket.nested',
  other: 'document.bracket.other',
};

export function BracketPlugin({ room, canEdit }: { room: ConsensusRoom; canEdit: boolean }) {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const host = usePaperHost();
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [open, setOpen] = useState<{ id: string; top: number; start: number } | null>(null);
  const enabled = canEdit && room.may.bracket;

  useEffect(() => {
    if (!enabled) return;
    const wrap = () => {
      let refused: MessageKey | null = null;
      editor.update(
        () => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) {
            refused = REFUSALS['no-selection'];
            return;
          }
          try {
            $wrapSelectionInBracket(selection);
          } catch (error) {
            if (!(error instanceof BracketError)) throw error;
            refused = REFUSALS[error.reason];
          }
        },
        { discrete: true },
      );
      setProblem(refused);
      // The new bracket's record comes with the next content event; ask now too.
      if (!refused) setTimeout(() => room.live.refresh(), 1200);
      return true;
    };
    return mergeRegister(
      editor.registerCommand(WRAP_IN_BRACKET_COMMAND, wrap, COMMAND_PRIORITY_LOW),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!matches(event, BRACKET_SHORTCUT)) return false;
          event.preventDefault();
          return wrap();
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    );
  }, [editor, enabled, room.live]);

  // A click on a bracket opens its popover, below it.
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root || !host) return;
    const onClick = (event: MouseEvent) => {
      const target =
        event.target instanceof Element ? event.target.closest<HTMLElement>('.accord-bracket[data-bracket-id]') : null;
      if (!target) return;
      const rect = target.getBoundingClientRect();
      const base = host.getBoundingClientRect();
      // Under the bracket's start: its left edge, or its right edge in a right-to-left page.
      const rtl = getComputedStyle(host).direction === 'rtl';
      const start = rtl ? base.right - rect.right : rect.left - base.left;
      setOpen({
        id: target.dataset.bracketId!,
        top: rect.bottom - base.top + 6,
        start: Math.max(8, Math.min(start, base.width - 420)),
      });
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [editor, host]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(null);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  if (!host) return null;
  return createPortal(
    <>
      {problem && (
        <p className="bracket-problem" role="alert">
          {t(problem)}
          <button
            type="button"
            className="cs-close"
            aria-label={t('document.bracket.dismiss')}
            onClick={() => setProblem(null)}
          >
            ×
          </button>
        </p>
      )}
      {open && (
        <div className="bracket-slot" style={{ insetBlockStart: open.top, insetInlineStart: open.start }}>
          <BracketPopover key={open.id} room={room} bracketId={open.id} onClose={() => setOpen(null)} />
        </div>
      )}
    </>,
    host,
  );
}
