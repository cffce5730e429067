/** On a revised version's page: the consultation it answers and its comment-response report, which is public. */
import type { ReportFormat, Version } from '@accord/schema';
import { Link, paths } from '../router.js';

const formats: ReadonlyArray<[ReportFormat, string]> = [
  ['html', 'Web page (HTML)'],
  ['markdown', 'Markdown'],
  ['docx', 'Word (DOCX)'],
  ['csv', 'Spreadsheet (CSV)'],
];

export function RevisionOf({ round }: { round: NonNullable<Version['answersRound']> }) {
  const report = (format: ReportFormat) =>
    `/api/public/rounds/${encodeURIComponent(round.roundId)}/report?format=${format}`;
  return (
    <p className="version-note version-revision">
      The revised version after the consultation “<Link href={paths.consult(round.roundId)}>{round.title}</Link>”.
      Comment-response report:{' '}
      {formats.map(([format, label], i) => (
        <span key={format}>
          {i > 0 && ' · '}
          <a href={report(format)} download={format !== 'html' ? '' : undefined}>
            {label}
          </a>
        </span>
      ))}
    </p>
  );
}
