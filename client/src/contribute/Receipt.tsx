/** What the server stored: the contribution's paragraphs as it split them, and a way to edit until the deadline. */
import type { Call, Contribution } from '@accord/schema';
import { forwardRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { kindName } from '../compilation/labels.js';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';

export const Receipt = forwardRef<
  HTMLHeadingElement,
  { call: Call; contribution: Contribution; onEdit: (() => void) | null }
>(function Receipt({ call, contribution, onEdit }, heading) {
  const intl = useIntl();
  const t = useT();
  const format = useFormat();
  const pillars = call.pillars.filter((p) => contribution.pillars.includes(p.id)).map((p) => p.title);
  return (
    <section className="consult-register contribute-receipt" aria-labelledby="contribute-receipt-title">
      <h2 id="contribute-receipt-title" className="consult-section-title" tabIndex={-1} ref={heading}>
        {t('compilation.receipt.title')}
      </h2>
      <p role="status">
        <FormattedMessage
          id="compilation.receipt.summary"
          values={{
            title: <bdi>{contribution.title}</bdi>,
            organisation: <bdi>{contribution.organisation}</bdi>,
            kind: kindName(intl, contribution.kind),
            when: format.dateTime(contribution.updatedAt),
          }}
        />
      </p>
      {pillars.length > 0 && (
        <p>
          <FormattedMessage id="compilation.receipt.pillars" values={{ pillars: <bdi>{format.list(pillars)}</bdi> }} />
        </p>
      )}
      <p className="consult-hint">{t('compilation.receipt.paragraphs', { count: contribution.paragraphs.length })}</p>
      <ol className="contribute-stored">
        {contribution.paragraphs.map((p) => (
          <li key={p.index} data-index={p.index} dir="auto">
            {p.text}
          </li>
        ))}
      </ol>
      {onEdit ? (
        <button type="button" className="btn consult-tap" onClick={onEdit}>
          {t('compilation.receipt.edit')}
        </button>
      ) : (
        <p className="consult-hint">{t('compilation.receipt.closed')}</p>
      )}
    </section>
  );
});
