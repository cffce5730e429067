/** A small form for one comment: on a paragraph, on a passage in it, or on the document in general. */
import { PublicCommentText, type PublicCommentAnchor } from '@accord/schema';
import { useEffect, useId, useRef, useState } from 'react';
import { FormError } from '../components/FormError.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';
import { useRoundLanguage } from '../languages/RoundLanguageChoice.js';
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
  const t = useT();
  const [text, setText] = useState('');
  // The language of the text being read: the comment goes to that language's version (issue 15).
  const language = useRoundLanguage();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);

  // Opened on request (not the general form, always there): the cursor goes where the typing is.
  useEffect(() => {
    if (onCancel) field.current?.focus();
  }, []);

  // The consultation's refusals have their own words (a closed round, a rate limit) for people outside the workspace.
  const { busy, problem, fail, onSubmit } = useSubmit(
    async () => {
      const checked = PublicCommentText.safeParse(text);
      if (!checked.success) {
        fail(t(checked.error.issues[0]?.code === 'too_big' ? 'rounds.comment.tooLong' : 'rounds.comment.empty'));
        return;
      }
      const posted = await postComment(roundId, { anchor, text: checked.data, ...(language ? { language } : {}) });
      setText('');
      onPosted(posted.status);
    },
    { describe: refusalMessage },
  );

  return (
    <form className="consult-comment-form" onSubmit={onSubmit} noValidate>
      {anchor.kind === 'passage' && (
        <blockquote className="consult-quote" dir="auto">
          {anchor.quote}
        </blockquote>
      )}
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        ref={field}
        className="text-input consult-textarea"
        dir="auto"
        rows={4}
        maxLength={5000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />
      <FormError problem={problem} id={`${id}-problem`} inline />
      <div className="consult-actions">
        <button type="submit" className="btn btn-primary consult-tap" disabled={busy}>
          {busy ? t('rounds.comment.sending') : t('rounds.comment.send')}
        </button>
        {onCancel && (
          <button type="button" className="btn consult-tap" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
