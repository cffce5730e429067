/**
 * The formatting toolbar: history, block type, inline styles, lists, quote, link. Every button
 * has an aria-label, shows its shortcut in the tooltip and reports its state with aria-pressed.
 * Buttons keep the editor focused (mousedown is cancelled) so the caret does not jump.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT.js';
import {
  $readSelectionFormat,
  BLOCK_LABELS,
  EMPTY_FORMAT,
  setBlockKind,
  type BlockKind,
  type SelectionFormat,
} from './blocks.js';
import { OPEN_LINK_EDITOR_COMMAND } from './commands.js';
import {
  BoldIcon,
  BulletListIcon,
  ItalicIcon,
  LinkIcon,
  NumberListIcon,
  QuoteIcon,
  RedoIcon,
  UnderlineIcon,
  UndoIcon,
} from './icons.js';
import { LinkField } from './LinkField.js';
import { BRACKET_SHORTCUT, WRAP_IN_BRACKET_COMMAND } from './BracketPlugin.js';
import { BLOCK_SHORTCUTS, BUILTIN_SHORTCUTS, describe, type Shortcut } from './shortcuts.js';

function ToolButton({
  label,
  shortcut,
  pressed,
  disabled,
  onClick,
  children,
}: {
  label: string;
  shortcut?: Shortcut;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut ? describe(shortcut, 'aria') : undefined}
      title={shortcut ? t('document.toolbar.withShortcut', { action: label, shortcut: describe(shortcut) }) : label}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

const HEADING_CHOICES: BlockKind[] = ['paragraph', 'h1', 'h2', 'h3'];

export function Toolbar({
  disabled,
  suggesting = false,
  mode,
  children,
}: {
  disabled: boolean;
  /** Typing makes suggestions: formatting, lists, links and brackets cannot be suggested, so they are off. */
  suggesting?: boolean;
  /** The editing / suggesting toggle (suggestions/ModeToggle), first in the bar. */
  mode?: ReactNode;
  children?: ReactNode;
}) {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const [format, setFormat] = useState<SelectionFormat>(EMPTY_FORMAT);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);

  useEffect(() => {
    // Keep the previous object when nothing changed: no re-render per keystroke.
    const show = (next: SelectionFormat) =>
      setFormat((prev) =>
        prev.block === next.block &&
        prev.bold === next.bold &&
        prev.italic === next.italic &&
        prev.underline === next.underline &&
        prev.link === next.link
          ? prev
          : next,
      );
    const refresh = () => show(editor.getEditorState().read($readSelectionFormat));
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => show(editorState.read($readSelectionFormat))),
      editor.registerCommand(SELECTION_CHANGE_COMMAND, () => (refresh(), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(OPEN_LINK_EDITOR_COMMAND, () => (setLinkOpen(true), true), COMMAND_PRIORITY_LOW),
    );
  }, [editor]);

  const text = (type: TextFormatType) => () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const block = (kind: BlockKind) => () => setBlockKind(editor, kind, format.block);
  const formatting = disabled || suggesting;

  return (
    <div className="toolbar" role="toolbar" aria-label={t('document.toolbar.label')} aria-disabled={disabled}>
      {mode && <div className="tool-group tool-mode">{mode}</div>}
      <div className="tool-group">
        <ToolButton
          label={t('document.toolbar.undo')}
          shortcut={BUILTIN_SHORTCUTS.undo}
          disabled={disabled || !canUndo}
          onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        >
          <UndoIcon />
        </ToolButton>
        <ToolButton
          label={t('document.toolbar.redo')}
          shortcut={BUILTIN_SHORTCUTS.redo}
          disabled={disabled || !canRedo}
          onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        >
          <RedoIcon />
        </ToolButton>
      </div>
      <div className="tool-group">
        <label className="visually-hidden" htmlFor="block-type">
          {t('document.toolbar.textStyle')}
        </label>
        <select
          id="block-type"
          className="block-select"
          disabled={formatting}
          value={HEADING_CHOICES.includes(format.block) ? format.block : ''}
          onChange={(e) => setBlockKind(editor, e.target.value as BlockKind, format.block)}
          title={t('document.toolbar.textStyleTitle', {
            shortcuts: HEADING_CHOICES.map((k) =>
              t('document.toolbar.styleShortcut', {
                style: t(BLOCK_LABELS[k]),
                shortcut: describe(BLOCK_SHORTCUTS[k]),
              }),
            ).join(t('consensus.listSeparator')),
          })}
        >
          {!HEADING_CHOICES.includes(format.block) && <option value="">{t(BLOCK_LABELS[format.block])}</option>}
          {HEADING_CHOICES.map((kind) => (
            <option key={kind} value={kind}>
              {t(BLOCK_LABELS[kind])}
            </option>
          ))}
        </select>
      </div>
      <div className="tool-group">
        <ToolButton
          label={t('document.toolbar.bold')}
          shortcut={BUILTIN_SHORTCUTS.bold}
          pressed={format.bold}
          disabled={formatting}
          onClick={text('bold')}
        >
          <BoldIcon />
        </ToolButton>
        <ToolButton
          label={t('document.toolbar.italic')}
          shortcut={BUILTIN_SHORTCUTS.italic}
          pressed={format.italic}
          disabled={formatting}
          onClick={text('italic')}
        >
          <ItalicIcon />
        </ToolButton>
        <ToolButton
          label={t('document.toolbar.underline')}
          shortcut={BUILTIN_SHORTCUTS.underline}
          pressed={format.underline}
          disabled={formatting}
          onClick={text('underline')}
        >
          <UnderlineIcon />
        </ToolButton>
      </div>
      <div className="tool-group">
        <ToolButton
          label={t('document.toolbar.bulletedList')}
          shortcut={BLOCK_SHORTCUTS.bullet}
          pressed={format.block === 'bullet'}
          disabled={formatting}
          onClick={block('bullet')}
        >
          <BulletListIcon />
        </ToolButton>
        <ToolButton
          label={t('document.toolbar.numberedList')}
          shortcut={BLOCK_SHORTCUTS.number}
          pressed={format.block === 'number'}
          disabled={formatting}
          onClick={block('number')}
        >
          <NumberListIcon />
        </ToolButton>
        <ToolButton
          label={t('document.toolbar.quote')}
          shortcut={BLOCK_SHORTCUTS.quote}
          pressed={format.block === 'quote'}
          disabled={formatting}
          onClick={block(format.block === 'quote' ? 'paragraph' : 'quote')}
        >
          <QuoteIcon />
        </ToolButton>
        <ToolButton
          label={t('document.toolbar.link')}
          shortcut={BLOCK_SHORTCUTS.link}
          pressed={format.link !== null}
          disabled={formatting}
          onClick={() => setLinkOpen((open) => !open)}
        >
          <LinkIcon />
        </ToolButton>
      </div>
      <div className="tool-group">
        {/* Bracket language not yet agreed (BracketPlugin does the wrapping and says why when it cannot). */}
        <ToolButton
          label={t('document.toolbar.bracket')}
          shortcut={BRACKET_SHORTCUT}
          disabled={formatting}
          onClick={() => editor.dispatchCommand(WRAP_IN_BRACKET_COMMAND, undefined)}
        >
          <span className="tool-bracket" aria-hidden="true">
            [ ]
          </span>
        </ToolButton>
      </div>
      {children && <div className="toolbar-end">{children}</div>}
      {linkOpen && <LinkField editor={editor} initial={format.link ?? ''} onClose={() => setLinkOpen(false)} />}
    </div>
  );
}
