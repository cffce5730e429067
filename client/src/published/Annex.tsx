/** The annex "Contributions" of a published version: every contribution of the document's calls. */
import { countryName } from '../consult/countries.js';
import { KINDS } from '../contribute/choices.js';
import { formatDate } from '../time-zones.js';
import type { AnnexEntry } from './api.js';

/** An ISO code as the country's name; a region's name as it is. */
const place = (country: string) => (/^[A-Za-z]{2}$/.test(country) ? countryName(country) : country);

export function Annex({ annex }: { annex: readonly AnnexEntry[] }) {
  if (annex.length === 0) return null;
  return (
    <section className="published-annex" aria-labelledby="published-annex-title">
      <h2 id="published-annex-title">Annex: Contributions</h2>
      <ol className="published-annex-list">
        {annex.map((a) => (
          <li key={a.contributionId} id={`contribution-${a.contributionId}`}>
            <strong>{a.organisation}</strong>
            <span className="published-annex-title">{a.title}</span>
            <span className="published-annex-meta">
              {`${KINDS.find((k) => k.value === a.kind)?.label ?? a.kind} · ${place(a.country)} · ${formatDate(a.submittedAt)}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
