/** The call's coverage at the desk: contributed paragraphs used nowhere yet, so none is forgotten. */
import type { Coverage } from '@accord/schema';
import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/useT.js';

export function NotYetReflected({ coverage }: { coverage: Coverage }) {
  const t = useT();
  const left = coverage.notYetReflected;
  if (left.length === 0) return <p className="cs-muted">{t('compilation.coverage.all')}</p>;
  return (
    <section aria-labelledby="desk-unreflected-h">
      <h3 id="desk-unreflected-h">{t('compilation.coverage.heading', { count: left.length })}</h3>
      <ul className="desk-paragraphs desk-unreflected">
        {left.map((p) => (
          <li key={`${p.contributionId}-${p.index}`}>
            <FormattedMessage
              id="compilation.coverage.item"
              values={{
                organisation: p.organisation,
                text: <bdi>{p.text}</bdi>,
                b: (chunks) => (
                  <strong>
                    <bdi>{chunks}</bdi>
                  </strong>
                ),
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
