/** A labelled textarea with hint and error wired like the shared fields (components/Field.tsx). */
import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';

export function TextAreaField({ label, hint, error, ...area }: { label: string; hint?: ReactNode; error?: string | null } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea id={id} className="text-input round-textarea" aria-invalid={error ? true : undefined} aria-describedby={described} {...area} />
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
