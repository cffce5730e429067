/**
 * The toolbar's link field. It remembers the editor selection when it opens (focus moves into
 * the field) and applies the link to that selection; an empty URL removes the link.
 */
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $getSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n/useT.js';
import { normaliseUrl } from './urls.js';

export function LinkField({
  editor,
  initial,
  onClose,
}: {
  editor: LexicalEditor;
  initial: string;
  onClose: () => void;
}) {
  const t = useT();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const saved = useRef<BaseSelection | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    saved.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    input.current?.focus();
    input.current?.select();
  }, [editor]);

  const apply = (url: string | null) => {
    editor.update(() => {
      if (saved.current) $setSelection(saved.current.clone());
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    });
    onClose();
    // After this event is done: focusing the editor inside the keydown of Enter would let the
    // rest of that key press reach the editor and replace the freshly linked text.
    setTimeout(() => editor.focus(), 0);
  };

  const submit = (event: FormEvent | KeyboardEvent) => {
    event.preventDefault();
    const url = normaliseUrl(value);
    if (url === null) return setError(t('document.link.invalid'));
    apply(url === '' ? null : url);
  };

  return (
    <form
      className="link-field"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
          setTimeout(() => editor.focus(), 0);
        }
      }}
    >
      <label className="visually-hidden" htmlFor="link-url">
        {t('document.link.address')}
      </label>
      <input
        id="link-url"
        ref={input}
        type="text"
        dir="ltr"
        inputMode="url"
        placeholder="https://…"
        value={value}
        onChange={(e) => (setValue(e.target.value), setError(null))}
        onKeyDown={(e) => e.key === 'Enter' && submit(e)}
        aria-invalid={error !== null}
        aria-describedby={error ? 'link-error' : undefined}
      />
      <button type="submit" className="btn btn-primary btn-small">
        {t('document.link.apply')}
      </button>
      {initial && (
        <button type="button" className="btn btn-small" onClick={() => apply(null)}>
          {t('document.link.remove')}
        </button>
      )}
      <FormError id="link-error" problem={error} inline />
    </form>
  );
}
