/** Downloads of the comment-response report in each format. */
import { reportUrl } from './api.js';
import { REPORT_FORMATS } from './labels.js';

export function ReportLinks({ roundId }: { roundId: string }) {
  return (
    <section className="round-section" aria-labelledby="round-report">
      <h2 id="round-report">Report</h2>
      <p className="round-meta">
        The comment-response report, with every published comment and the group's disposition and response.
      </p>
      <ul className="round-downloads">
        {REPORT_FORMATS.map((f) => (
          <li key={f.format}>
            <a href={reportUrl(roundId, f.format)} download>
              {f.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
