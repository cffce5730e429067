/** The annex "Contributions" of a published version: every contribution of the document's calls. */
import { useIntl } from 'react-intl';
import { kindName, placeName } from '../compilation/labels.js';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import type { AnnexEntry } from './api.js';

export function Annex({ annex }: { annex: readonly AnnexEntry[] }) {
  const intl = useIntl();
  const t = useT();
  const format = useFormat();
  if (annex.length === 0) return null;
  return (
    <section className="published-annex" aria-labelledby="published-annex-title">
      <h2 id="published-annex-title">{t('compilation.published.annex')}</h2>
      <ol className="published-annex-list">
        {annex.map((a) => (
          <li key={a.contributionId} id={`contribution-${a.contributionId}`}>
            <strong>
              <bdi>{a.organisation}</bdi>
            </strong>
            <span className="published-annex-title">
              <bdi>{a.title}</bdi>
            </span>
            <span className="published-annex-meta">
              {kindName(intl, a.kind)} · <bdi>{placeName(intl, a.country)}</bdi> · {format.date(a.submittedAt)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
