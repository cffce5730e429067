/**
 * Once the group has published its revised version: where to read how every comment was
 * answered, and the revised text itself with what changed since the consultation marked.
 */
import type { ReportFormat, RoundRevision } from '@accord/schema';
import { reportUrl } from './api.js';
import { useOutcome } from './outcome.js';
import { formatDate } from '../time-zones.js';
import { CHANGE_LEGEND, ChangedText } from '../versions/ChangedText.js';
import { numberLabel } from '../versions/labels.js';

const FORMATS: ReadonlyArray<{ format: ReportFormat; label: string }> = [
  { format: 'html', label: 'Web page (HTML)' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'csv', label: 'Spreadsheet (CSV)' },
];

export function RevisionNotice({ roundId, revision }: { roundId: string; revision: RoundRevision }) {
  return (
    <section className="consult-revision notice" aria-labelledby="consult-revision-title">
      <h2 id="consult-revision-title" className="consult-section-title">
        Outcome
      </h2>
      <p>
        The revised version “{revision.name}” was published on {formatDate(revision.publishedAt)}. Read the
        comment-response report:
      </p>
      <ul className="consult-downloads">
        {FORMATS.map(({ format, label }) => (
          <li key={format}>
            <a href={reportUrl(roundId, format)} download={format === 'html' ? undefined : true}>
              {label}
            </a>
          </li>
        ))}
      </ul>
      <RevisedText />
    </section>
  );
}

/** The whole revised text, each paragraph against the consulted one; folded, since the page below is the consulted text. */
function RevisedText() {
  const outcome = useOutcome();
  if (!outcome) return null;
  const shown = outcome.paragraphs.filter((p) => p.type !== 'list' && (p.toText ?? p.fromText ?? '').trim() !== '');
  const changed = shown.filter((p) => p.kind !== 'unchanged' && p.kind !== 'moved').length;
  return (
    <details className="consult-revised">
      <summary>
        Read the revised text (
        {changed === 0 ? 'no paragraph changed' : `${changed} paragraph${changed === 1 ? '' : 's'} changed`})
      </summary>
      <p className="change-legend">{CHANGE_LEGEND}</p>
      {shown.map((p, i) => (
        <div key={`${p.id}-${i}`} className={`consult-revised-block consult-revised-${p.kind}`} data-block-id={p.id}>
          <span className="consult-number">{numberLabel(p)}</span>
          <p className="consult-text">
            <ChangedText paragraph={p} />
          </p>
        </div>
      ))}
    </details>
  );
}
