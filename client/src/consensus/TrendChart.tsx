/** Paragraph counts by status per day, as stacked areas (agreed at the bottom). */
import type { ConsensusDashboard } from '@accord/schema';
import { trendBands } from './dashboard-model.js';
import { STATUS_LOOK } from './labels.js';

const W = 420;
const H = 150;
const PAD = { left: 30, bottom: 22, top: 8, right: 8 };

export function TrendChart({ trend, total }: { trend: ConsensusDashboard['trend']; total: number }) {
  if (trend.length === 0)
    return <p className="cs-muted">No status changes yet: the trend starts with the first one.</p>;
  const w = W - PAD.left - PAD.right;
  const h = H - PAD.top - PAD.bottom;
  const first = trend[0]!;
  const last = trend.at(-1)!;
  const lastAgreed = last.byStatus.agreed + last.byStatus['agreed-ad-ref'];
  return (
    <svg className="dash-trend" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="dash-trend-title">
      <title id="dash-trend-title">{`Trend from ${first.date} to ${last.date}: ${lastAgreed} of ${total} paragraphs agreed at the end, ${last.byStatus.contested} contested`}</title>
      <g transform={`translate(${PAD.left},${PAD.top})`}>
        {trendBands(trend, w, h).map((band) => (
          <path
            key={band.status}
            d={band.path}
            fill={STATUS_LOOK[band.status].color}
            stroke="#fff"
            strokeWidth={0.8}
            data-status={band.status}
          >
            <title>{STATUS_LOOK[band.status].label}</title>
          </path>
        ))}
        <line x1={0} y1={h} x2={w} y2={h} stroke="#8a919e" />
        <text x={0} y={h + 15} className="dash-small">
          {first.date}
        </text>
        <text x={w} y={h + 15} className="dash-small" textAnchor="end">
          {last.date}
        </text>
        <text x={-6} y={6} className="dash-small" textAnchor="end">
          {Math.max(...trend.map((d) => Object.values(d.byStatus).reduce((a, b) => a + b, 0)))}
        </text>
        <text x={-6} y={h} className="dash-small" textAnchor="end">
          0
        </text>
      </g>
    </svg>
  );
}
