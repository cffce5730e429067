/** Once the group has published its revised version: where to read how every comment was answered. */
import type { ReportFormat, RoundRevision } from '@accord/schema';
import { reportUrl } from './api.js';
import { formatDate } from '../time-zones.js';

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
    </section>
  );
}
