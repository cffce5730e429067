/**
 * Once the group has published its revised version: where to read how every comment was
 * answered, and the revised text itself with what changed since the consultation marked.
 */
import type { ReportFormat, RoundRevision } from '@accord/schema';
import { FormattedMessage } from 'react-intl';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { REPORT_FORMATS } from '../rounds/labels.js';
import { ChangedText, ChangeLegend } from '../versions/ChangedText.js';
import { numberLabel } from '../versions/labels.js';
import { reportUrl } from './api.js';
import { useOutcome } from './outcome.js';

// The web page first: it is what a phone opens without another app.
const ORDER: readonly ReportFormat[] = ['html', 'markdown', 'docx', 'csv'];
const FORMATS = ORDER.map((format) => REPORT_FORMATS.find((f) => f.format === format)!);

export function RevisionNotice({ roundId, revision }: { roundId: string; revision: RoundRevision }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="consult-revision notice" aria-labelledby="consult-revision-title">
      <h2 id="consult-revision-title" className="consult-section-title">
        {t('rounds.consult.outcome')}
      </h2>
      <p>
        <FormattedMessage
          id="rounds.consult.revisionPublished"
          values={{ name: <bdi key="name">{revision.name}</bdi>, date: format.date(revision.publishedAt) }}
        />
      </p>
      <ul className="consult-downloads">
        {FORMATS.map(({ format: f, label }) => (
          <li key={f}>
            <a href={reportUrl(roundId, f)} download={f === 'html' ? undefined : true}>
              {t(label)}
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
  const t = useT();
  const outcome = useOutcome();
  if (!outcome) return null;
  const shown = outcome.paragraphs.filter((p) => p.type !== 'list' && (p.toText ?? p.fromText ?? '').trim() !== '');
  const changed = shown.filter((p) => p.kind !== 'unchanged' && p.kind !== 'moved').length;
  return (
    <details className="consult-revised">
      <summary>{t('rounds.consult.readRevised', { count: changed })}</summary>
      <ChangeLegend />
      {shown.map((p, i) => (
        <div key={`${p.id}-${i}`} className={`consult-revised-block consult-revised-${p.kind}`} data-block-id={p.id}>
          <span className="consult-number">{numberLabel(p, t)}</span>
          <p className="consult-text" dir="auto">
            <ChangedText paragraph={p} />
          </p>
        </div>
      ))}
    </details>
  );
}
