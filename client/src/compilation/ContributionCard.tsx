/**
 * One contribution at the desk: who sent it (organisation, kind, country), its paragraphs with
 * a checkbox each. A paragraph already used in the compilation says so ("Used in ¶4"), so the
 * coordinator sees what is left without leaving the card. What contributors wrote (title,
 * organisation, paragraphs) keeps its own direction inside the page's.
 */
import type { Contribution, Coverage } from '@accord/schema';
import { useIntl } from 'react-intl';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { kindName, paragraphName, placeName } from './labels.js';

type Used = Coverage['contributions'][number]['paragraphs'][number]['usedIn'];

export function ContributionCard({
  contribution,
  pillarTitles,
  selected,
  usedIn,
  onToggle,
}: {
  contribution: Contribution;
  /** The call's pillars' titles by id, to name the ones the contribution answers. */
  pillarTitles: ReadonlyMap<string, string>;
  /** The selected paragraph indexes of this contribution. */
  selected: ReadonlySet<number>;
  /** Where each paragraph is used, by index (from the coverage). */
  usedIn: ReadonlyMap<number, Used>;
  onToggle: (index: number) => void;
}) {
  const intl = useIntl();
  const t = useT();
  const format = useFormat();
  const c = contribution;
  const headingId = `contribution-${c.id}`;
  const pillars = c.pillars.map((id) => pillarTitles.get(id) ?? id);
  return (
    <article className="desk-contribution" aria-labelledby={headingId} data-contribution-id={c.id}>
      <h3 id={headingId}>
        <bdi>{c.title}</bdi>
      </h3>
      <p className="desk-meta">
        <bdi>{c.organisation}</bdi> · {kindName(intl, c.kind)} · <bdi>{placeName(intl, c.country)}</bdi>
        {pillars.length > 0 && (
          <>
            {' · '}
            <bdi>{format.list(pillars)}</bdi>
          </>
        )}
      </p>
      <ul className="desk-paragraphs">
        {c.paragraphs.map((p) => {
          const used = usedIn.get(p.index) ?? [];
          const places = used.map((u) =>
            u.label === null ? t('compilation.card.aBlock') : paragraphName(intl, u.label),
          );
          return (
            <li key={p.index} data-used={used.length > 0 || undefined}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.has(p.index)}
                  onChange={() => onToggle(p.index)}
                  data-paragraph-index={p.index}
                />
                <span>
                  <span dir="auto" className="desk-paragraph-text">
                    {p.text}
                  </span>
                  {used.length > 0 && (
                    <span className="desk-used">{t('compilation.card.usedIn', { places: format.list(places) })}</span>
                  )}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
