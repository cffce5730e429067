/** A small form for one comment: on a paragraph, on a passage in it, or on the document in general. */
import { PublicCommentText, type PublicCommentAnchor } from '@accord/schema';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { postComment, type PostedComment } from './api.js';
import { refusalMessage } from './refusal.js';

export interface CommentFormProps {
  roundId: string;
  anchor: PublicCommentAnchor;
  /** The field's label: "Your comment on ¶3", "Your general comment". */
  label: string;
  onPosted: (status: PostedComment['status']) => void;
  onCancel?: () => void;
}

export function CommentForm({ roundId, anchor, label, onPosted, onCancel }: CommentFormProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);

  // Opened on request (not the general form, always there): the cursor goes where the typing is.
  useEffect(() => {
    if (onCancel) field.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = PublicCommentText.safeParse(text);
    if (!checked.success) {
      setProblem(`The comment ${checked.error.issues[0]?.message ?? 'is not valid'}.`);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const posted = await postComment(roundId, { anchor, text: checked.data });
      setText('');
      setBusy(false);
      onPosted(posted.status);
    } catch (error) {
      setProblem(refusalMessage(error));
      setBusy(false);
    }
  };

  return (
    <form className="consult-comment-form" onSubmit={submit} noValidate>
      {anchor.kind === 'passage' && <blockquote className="consult-quote">{anchor.quote}</blockquote>}
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        ref={field}
        className="text-input consult-textarea"
        rows={4}
        maxLength={5000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />
      {problem && (
        <p className="form-error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <div className="consult-actions">
        <button type="submit" className="btn btn-primary consult-tap" disabled={busy}>
          {busy ? 'Sending…' : 'Send comment'}
        </button>
        {onCancel && (
          <button type="button" className="btn consult-tap" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
