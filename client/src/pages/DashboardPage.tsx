/**
 * The consensus dashboard: where the document stands at a glance — totals, the status strip
 * and group heatmap, the trend — drawn as SVG from `GET …/consensus/dashboard`, refetched on
 * every event of the live channel, with the same picture in words below.
 */
import { STATUSES } from '../consensus/labels.js';
import { getDashboard } from '../consensus/api.js';
import { DashboardCharts } from '../consensus/DashboardCharts.js';
import { summarise } from '../consensus/dashboard-model.js';
import { StatusGlyph } from '../consensus/StatusForm.js';
import { TrendChart } from '../consensus/TrendChart.js';
import { useDocumentHeader } from '../consensus/useDocumentHeader.js';
import { useLiveView } from '../consensus/useLiveView.js';
import { STATUS_LOOK } from '../consensus/labels.js';
import type { MessageKey } from '@accord/i18n';
import { FormattedMessage } from 'react-intl';
import { AppHeader } from '../components/AppHeader.js';
import { LiveStatus } from '../components/LiveStatus.js';
import { Loading, Problem } from '../components/Message.js';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { Link, paths } from '../router.js';
import '../styles/consensus.css';
import '../styles/dashboard.css';

/** One figure and what it counts; the label's plural follows `count` (the figure, or the total it is out of). */
function Total({
  value,
  label,
  count,
  tone,
}: {
  value: number | string;
  label: MessageKey;
  count: number;
  tone?: 'bad' | 'warn' | 'ok';
}) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="dash-total" data-tone={tone}>
      <span className="dash-total-value">{typeof value === 'number' ? format.number(value) : value}</span>
      <span className="dash-total-label">{t(label, { count })}</span>
    </div>
  );
}

export function DashboardPage({ documentId }: { documentId: string }) {
  const t = useT();
  const header = useDocumentHeader(documentId, t('shell.docLinks.dashboard'));
  const live = useLiveView(documentId, getDashboard);
  const data = live.value;

  return (
    <>
      <AppHeader crumbs={header.crumbs} workspaceId={header.workspaceId} />
      <main className="page dash-page" aria-busy={!data}>
        <div className="dash-head">
          <h1>
            {header.title ? (
              <FormattedMessage id="shell.dashboard.title" values={{ title: <bdi>{header.title}</bdi> }} />
            ) : (
              t('shell.dashboard.titleUntitled')
            )}
          </h1>
          <p className="dash-links">
            <Link href={paths.document(documentId)}>{t('shell.docLinks.open')}</Link>
            <Link href={paths.register(documentId)}>{t('shell.docLinks.register')}</Link>
            <LiveStatus status={live.status} />
          </p>
        </div>
        {header.error || live.problem ? (
          <Problem title={t('shell.dashboard.unavailable')}>{live.problem ?? header.error?.message}</Problem>
        ) : !data ? (
          <Loading />
        ) : (
          <>
            <section className="dash-totals" aria-label={t('shell.dashboard.totals')}>
              <Total
                value={t('shell.dashboard.agreedOf', {
                  agreed: data.totals.byStatus.agreed + data.totals.byStatus['agreed-ad-ref'],
                  total: data.totals.paragraphs,
                })}
                label="shell.dashboard.total.agreed"
                count={data.totals.paragraphs}
                tone="ok"
              />
              <Total
                value={data.totals.byStatus.contested}
                label="shell.dashboard.total.contested"
                count={data.totals.byStatus.contested}
                tone={data.totals.byStatus.contested ? 'bad' : undefined}
              />
              <Total
                value={data.totals.openBrackets}
                label="shell.dashboard.total.openBrackets"
                count={data.totals.openBrackets}
                tone={data.totals.openBrackets ? 'bad' : undefined}
              />
              <Total
                value={data.totals.changedSinceAgreed}
                label="shell.dashboard.total.changedSinceAgreed"
                count={data.totals.changedSinceAgreed}
                tone={data.totals.changedSinceAgreed ? 'warn' : undefined}
              />
              <Total
                value={data.totals.positions}
                label="shell.dashboard.total.positions"
                count={data.totals.positions}
              />
            </section>
            <section className="dash-card" aria-labelledby="dash-map">
              <h2 id="dash-map">{t('shell.dashboard.paragraphs')}</h2>
              <ul className="dash-legend" aria-label={t('shell.dashboard.legend')}>
                {STATUSES.map((s) => (
                  <li key={s}>
                    <StatusGlyph status={s} />{' '}
                    {t('shell.dashboard.legendStatus', {
                      status: STATUS_LOOK[s].label,
                      count: data.totals.byStatus[s],
                    })}
                  </li>
                ))}
                <li>
                  <span className="legend-swatch legend-changed" /> {t('shell.dashboard.legendChanged')}
                </li>
                <li>
                  <span className="legend-ramp" /> {t('shell.dashboard.legendRamp')}
                </li>
                <li>
                  {t('shell.dashboard.legendConsensus')}{' '}
                  <details className="score-meaning">
                    <summary>{t('shell.dashboard.scoreMeaning')}</summary>
                    <p>{t('consensus.score.meaning')}</p>
                  </details>
                </li>
              </ul>
              <DashboardCharts data={data} />
            </section>
            <div className="dash-row">
              <section className="dash-card" aria-labelledby="dash-trend-h">
                <h2 id="dash-trend-h">{t('shell.dashboard.overTime')}</h2>
                <TrendChart trend={data.trend} total={data.totals.paragraphs} />
              </section>
              <section className="dash-card dash-summary" aria-labelledby="dash-summary-h" aria-live="polite">
                <h2 id="dash-summary-h">{t('shell.dashboard.inWords')}</h2>
                <ul>
                  {summarise(data).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </section>
            </div>
          </>
        )}
      </main>
    </>
  );
}
