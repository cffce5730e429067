/** What the server stored: the contribution's paragraphs as it split them, and a way to edit until the deadline. */
import type { Call, Contribution } from '@accord/schema';
import { forwardRef } from 'react';
import { formatInstant } from '../time-zones.js';
import { KINDS } from './choices.js';

export const Receipt = forwardRef<
  HTMLHeadingElement,
  { call: Call; contribution: Contribution; onEdit: (() => void) | null }
>(function Receipt({ call, contribution, onEdit }, heading) {
  const kind = KINDS.find((k) => k.value === contribution.kind)?.label ?? contribution.kind;
  const pillars = call.pillars.filter((p) => contribution.pillars.includes(p.id)).map((p) => p.title);
  return (
    <section className="consult-register contribute-receipt" aria-labelledby="contribute-receipt-title">
      <h2 id="contribute-receipt-title" className="consult-section-title" tabIndex={-1} ref={heading}>
        Your contribution is stored
      </h2>
      <p role="status">
        {`“${contribution.title}” from ${contribution.organisation} (${kind}), last saved ${formatInstant(contribution.updatedAt)}.`}
      </p>
      {pillars.length > 0 && <p>{`Pillars: ${pillars.join(', ')}.`}</p>}
      <p className="consult-hint">
        {contribution.paragraphs.length === 1
          ? 'It has 1 paragraph, as stored:'
          : `It has ${contribution.paragraphs.length} paragraphs, as stored:`}
      </p>
      <ol className="contribute-stored">
        {contribution.paragraphs.map((p) => (
          <li key={p.index} data-index={p.index}>
            {p.text}
          </li>
        ))}
      </ol>
      {onEdit ? (
        <button type="button" className="btn consult-tap" onClick={onEdit}>
          Edit the contribution
        </button>
      ) : (
        <p className="consult-hint">The call is closed: the contribution can no longer be changed.</p>
      )}
    </section>
  );
});
