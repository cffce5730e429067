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
import { SCORE_MEANING, STATUS_LOOK } from '../consensus/labels.js';
import { AppHeader } from '../components/AppHeader.js';
import { Loading, Problem } from '../components/Message.js';
import { Link, paths } from '../router.js';
import '../styles/consensus.css';
import '../styles/dashboard.css';

function Total({ value, label, tone }: { value: number | string; label: string; tone?: 'bad' | 'warn' | 'ok' }) {
  return (
    <div className="dash-total" data-tone={tone}>
      <span className="dash-total-value">{value}</span>
      <span className="dash-total-label">{label}</span>
    </div>
  );
}

export function DashboardPage({ documentId }: { documentId: string }) {
  const header = useDocumentHeader(documentId, 'Dashboard');
  const live = useLiveView(documentId, getDashboard);
  const data = live.value;

  return (
    <>
      <AppHeader crumbs={header.crumbs} workspaceId={header.workspaceId} />
      <main className="page dash-page" aria-busy={!data}>
        <div className="dash-head">
          <h1>Where “{header.title || 'the document'}” stands</h1>
          <p className="dash-links">
            <Link href={paths.document(documentId)}>Open the document</Link>
            <Link href={paths.register(documentId)}>Register of differences</Link>
            <span className="dash-live" data-status={live.status}>
              {live.status === 'live' ? 'Live' : live.status === 'refused' ? 'Not available' : 'Connecting…'}
            </span>
          </p>
        </div>
        {header.error || live.problem ? (
          <Problem title="The dashboard cannot be shown">{live.problem ?? header.error?.message}</Problem>
        ) : !data ? (
          <Loading />
        ) : (
          <>
            <section className="dash-totals" aria-label="Totals">
              <Total
                value={`${data.totals.byStatus.agreed + data.totals.byStatus['agreed-ad-ref']} / ${data.totals.paragraphs}`}
                label="paragraphs agreed"
                tone="ok"
              />
              <Total
                value={data.totals.byStatus.contested}
                label="contested"
                tone={data.totals.byStatus.contested ? 'bad' : undefined}
              />
              <Total
                value={data.totals.openBrackets}
                label="open brackets"
                tone={data.totals.openBrackets ? 'bad' : undefined}
              />
              <Total
                value={data.totals.changedSinceAgreed}
                label="changed since agreed"
                tone={data.totals.changedSinceAgreed ? 'warn' : undefined}
              />
              <Total value={data.totals.positions} label="positions recorded" />
            </section>
            <section className="dash-card" aria-labelledby="dash-map">
              <h2 id="dash-map">Paragraphs</h2>
              <ul className="dash-legend" aria-label="Legend">
                {STATUSES.map((s) => (
                  <li key={s}>
                    <StatusGlyph status={s} /> {STATUS_LOOK[s].label} ({data.totals.byStatus[s]})
                  </li>
                ))}
                <li>
                  <span className="legend-swatch legend-changed" /> changed since agreed
                </li>
                <li>
                  <span className="legend-ramp" /> group opposed → supported; ✕ someone opposes; blank: no positions
                </li>
                <li>
                  Consensus row: ✓ support across the groups that responded, ± divided, ✕ opposed{' '}
                  <details className="score-meaning">
                    <summary>What the consensus score means</summary>
                    <p>{SCORE_MEANING}</p>
                  </details>
                </li>
              </ul>
              <DashboardCharts data={data} />
            </section>
            <div className="dash-row">
              <section className="dash-card" aria-labelledby="dash-trend-h">
                <h2 id="dash-trend-h">Over time</h2>
                <TrendChart trend={data.trend} total={data.totals.paragraphs} />
              </section>
              <section className="dash-card dash-summary" aria-labelledby="dash-summary-h" aria-live="polite">
                <h2 id="dash-summary-h">In words</h2>
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
