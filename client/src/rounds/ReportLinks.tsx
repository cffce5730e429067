/** Downloads of the comment-response report in each format. */
import { useT } from '../i18n/useT.js';
import { reportUrl } from './api.js';
import { REPORT_FORMATS } from './labels.js';

export function ReportLinks({ roundId }: { roundId: string }) {
  const t = useT();
  return (
    <section className="round-section" aria-labelledby="round-report">
      <h2 id="round-report">{t('rounds.report.title')}</h2>
      <p className="round-meta">{t('rounds.report.what')}</p>
      <ul className="round-downloads">
        {REPORT_FORMATS.map((f) => (
          <li key={f.format}>
            <a href={reportUrl(roundId, f.format)} download>
              {t(f.label)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
