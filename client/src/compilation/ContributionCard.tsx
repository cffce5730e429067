/**
 * One contribution at the desk: who sent it (organisation, kind, country), its paragraphs with
 * a checkbox each. A paragraph already used in the compilation says so ("Used in ¶4"), so the
 * coordinator sees what is left without leaving the card.
 */
import type { Contribution, Coverage } from '@accord/schema';
import { KIND_LABELS } from './labels.js';

type Used = Coverage['contributions'][number]['paragraphs'][number]['usedIn'];

export function ContributionCard({
  contribution,
  selected,
  usedIn,
  onToggle,
}: {
  contribution: Contribution;
  /** The selected paragraph indexes of this contribution. */
  selected: ReadonlySet<number>;
  /** Where each paragraph is used, by index (from the coverage). */
  usedIn: ReadonlyMap<number, Used>;
  onToggle: (index: number) => void;
}) {
  const c = contribution;
  const headingId = `contribution-${c.id}`;
  return (
    <article className="desk-contribution" aria-labelledby={headingId} data-contribution-id={c.id}>
      <h3 id={headingId}>{c.title}</h3>
      <p className="desk-meta">
        {c.organisation} · {KIND_LABELS[c.kind]} · {c.country}
        {c.pillars.length > 0 && ` · ${c.pillars.join(', ')}`}
      </p>
      <ul className="desk-paragraphs">
        {c.paragraphs.map((p) => {
          const used = usedIn.get(p.index) ?? [];
          const where = used.map((u) => (u.label === null ? 'a block' : `¶${u.label}`)).join(', ');
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
                  {p.text}
                  {used.length > 0 && <span className="desk-used">Used in {where}</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
