/** A form's one error area: the sentence of a failed submit, announced when it appears. */

/**
 * Renders nothing without a problem. `inline` is the quiet variant for small forms inside a
 * list or a card (a moderation row, a comment composer), where a boxed panel would shout.
 * `id` lets a field point at it with `aria-describedby`.
 */
export function FormError({
  problem,
  id,
  inline = false,
}: {
  problem: string | null | undefined;
  id?: string;
  inline?: boolean;
}) {
  if (!problem) return null;
  return (
    <p id={id} className={inline ? 'form-error form-error-inline' : 'form-error'} role="alert">
      {problem}
    </p>
  );
}
