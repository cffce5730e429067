/**
 * Paragraph counts by status per day, as stacked areas (agreed at the bottom). Dates and counts
 * in the page's language; in a right-to-left language time runs leftwards, as its text does.
 */
import { useLocale } from '../i18n/I18nProvider.js';
import { directionOf } from '@accord/i18n';
import type { ConsensusDashboard } from '@accord/schema';
import { useFormat } from '../i18n/format.js';
import { useT } from '../i18n/useT.js';
import { trendBands } from './dashboard-model.js';
import { STATUS_LOOK, statusName } from './labels.js';

const W = 420;
const H = 150;
const PAD = { start: 30, bottom: 22, top: 8, end: 8 };

/** A day of the trend ("2026-12-03", a calendar date) read at its noon, so no time zone moves it to another day. */
const calendarDay = (date: string) => `${date}T12:00:00`;

export function TrendChart({ trend, total }: { trend: ConsensusDashboard['trend']; total: number }) {
  const t = useT();
  const format = useFormat();
  const rtl = directionOf(useLocale()) === 'rtl';
  if (trend.length === 0) return <p className="cs-muted">{t('consensus.trend.empty')}</p>;
  const w = W - PAD.start - PAD.end;
  const h = H - PAD.top - PAD.bottom;
  const first = trend[0]!;
  const last = trend.at(-1)!;
  const from = format.date(calendarDay(first.date));
  const to = format.date(calendarDay(last.date));
  const most = Math.max(...trend.map((d) => Object.values(d.byStatus).reduce((a, b) => a + b, 0)));
  // Mirrored in right-to-left: the plot's origin at the right, the count axis on the right.
  const origin = rtl ? W - PAD.start - w : PAD.start;
  const at = (x: number) => (rtl ? w - x : x);
  return (
    <svg className="dash-trend" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="dash-trend-title">
      <title id="dash-trend-title">
        {t('consensus.trend.title', {
          from,
          to,
          agreed: last.byStatus.agreed + last.byStatus['agreed-ad-ref'],
          total,
          contested: last.byStatus.contested,
        })}
      </title>
      <g transform={`translate(${origin},${PAD.top})`}>
        <g transform={rtl ? `translate(${w},0) scale(-1,1)` : undefined}>
          {trendBands(trend, w, h).map((band) => (
            <path
              key={band.status}
              d={band.path}
              fill={STATUS_LOOK[band.status].color}
              stroke="#fff"
              strokeWidth={0.8}
              data-status={band.status}
            >
              <title>{statusName(band.status, t)}</title>
            </path>
          ))}
        </g>
        <line x1={0} y1={h} x2={w} y2={h} stroke="#8a919e" />
        {/* Text anchors follow the page's direction: `start` is the axis's start side in both. */}
        <text x={at(0)} y={h + 15} className="dash-small" textAnchor="start">
          {from}
        </text>
        <text x={at(w)} y={h + 15} className="dash-small" textAnchor="end">
          {to}
        </text>
        <text x={at(-6)} y={6} className="dash-small" textAnchor="end">
          {format.number(most)}
        </text>
        <text x={at(-6)} y={h} className="dash-small" textAnchor="end">
          {format.number(0)}
        </text>
      </g>
    </svg>
  );
}
