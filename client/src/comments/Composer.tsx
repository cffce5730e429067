/**
 * The box a comment, reply or edit is written in: a labelled textarea with @mention
 * autocomplete (from the people who can be mentioned), Ctrl/Cmd+Enter to send, Escape to
 * cancel. The text is sent as typed; it is rendered by CommentText, never as HTML.
 */
import type { PersonShown } from '@accord/schema';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { FormError } from '../components/FormError.js';
import { IS_APPLE } from '../editor/shortcuts.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { insertMention, matchPeople, mentionQuery } from './mentions.js';

const MAX_LENGTH = 10_000;

export interface ComposerProps {
  /** The textarea's accessible name ("Your comment", "Reply to Mei Tanaka"). */
  label: string;
  submitLabel: string;
  placeholder?: string;
  initial?: string;
  autoFocus?: boolean;
  /** People for @mentions; null when not available (the menu never opens). */
  people: readonly PersonShown[] | null;
  /** Asked when the box is first focused (loads the people lazily). */
  onFocus?: () => void;
  /** Resolves when done; a rejection's message is shown and the text kept. */
  onSubmit: (body: string) => void | Promise<void>;
  onCancel?: () => void;
  /** A reply box: one line until focused, no Cancel button. */
  collapsible?: boolean;
}

export function Composer({
  label,
  submitLabel,
  placeholder,
  initial = '',
  autoFocus,
  people,
  onFocus,
  onSubmit,
  onCancel,
  collapsible,
}: ComposerProps) {
  const id = useId();
  const t = useT();
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initial);
  const [caret, setCaret] = useState(initial.length);
  const [open, setOpen] = useState(true);
  const [highlight, setHighlight] = useState(0);
  const [focused, setFocused] = useState(false);

  useEffect(() => {
    if (!autoFocus) return;
    area.current?.focus();
    area.current?.setSelectionRange(initial.length, initial.length);
  }, [autoFocus, initial.length]);

  const query = mentionQuery(text, caret);
  const matches = useMemo(() => (query && people ? matchPeople(people, query.query) : []), [query?.query, people]);
  const menuOpen = open && matches.length > 0 && focused;
  const active = Math.min(highlight, matches.length - 1);

  const choose = (person: PersonShown) => {
    if (!query) return;
    const next = insertMention(text, query.start, caret, person.name);
    setText(next.text);
    setCaret(next.caret);
    requestAnimationFrame(() => area.current?.setSelectionRange(next.caret, next.caret));
  };

  // A rejection keeps the text, so nothing typed is lost to a refused send.
  const send = useSubmit(async (): Promise<void> => {
    const body = text.trim();
    if (!body) return;
    if (body.length > MAX_LENGTH) return send.fail(t('comments.composer.tooLong', { max: MAX_LENGTH }));
    await onSubmit(body);
    setText('');
    setCaret(0);
  });
  const { busy, problem } = send;
  const submit = send.run;

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (menuOpen) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setHighlight((active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        choose(matches[active]!);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  const expanded = !collapsible || focused || text !== '';
  const optionId = (i: number) => `${id}-person-${i}`;
  return (
    <div className={`composer${expanded ? '' : ' composer-collapsed'}`}>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <textarea
        ref={area}
        id={id}
        className="composer-input"
        // People write in their own language and direction; the box follows what they type.
        dir="auto"
        value={text}
        rows={expanded ? 3 : 1}
        placeholder={placeholder}
        maxLength={MAX_LENGTH + 1000}
        aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
        aria-autocomplete={people ? 'list' : undefined}
        aria-controls={menuOpen ? `${id}-people` : undefined}
        aria-activedescendant={menuOpen ? optionId(active) : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setCaret(e.target.selectionStart);
          setOpen(true);
          setHighlight(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          onFocus?.();
        }}
        onBlur={() => setFocused(false)}
        disabled={busy}
      />
      {menuOpen && (
        <ul className="mention-menu" id={`${id}-people`} role="listbox" aria-label={t('comments.composer.people')}>
          {matches.map((person, i) => (
            <li
              key={person.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="mention-option"
              // Keep the focus (and the caret) in the textarea.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(person);
              }}
            >
              <bdi>{person.name}</bdi>
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-hint`} className={expanded ? 'composer-hint' : 'visually-hidden'}>
        {t(people ? 'comments.composer.hintMentions' : 'comments.composer.hint', { mod: IS_APPLE ? '⌘' : 'Ctrl' })}
      </p>
      <FormError problem={problem} id={`${id}-error`} inline />
      {expanded && (
        <div className="composer-actions">
          {onCancel && (
            <button type="button" className="btn btn-small btn-quiet" onClick={onCancel} disabled={busy}>
              {t('common.cancel')}
            </button>
          )}
          <button
            type="button"
            className="btn btn-small btn-primary"
            onClick={() => void submit()}
            disabled={busy || text.trim() === ''}
          >
            {busy ? t('comments.composer.sending') : submitLabel}
          </button>
        </div>
      )}
    </div>
  );
}
