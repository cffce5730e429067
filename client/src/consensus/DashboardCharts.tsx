/**
 * The dashboard's main picture, one SVG: paragraph numbers on top, the status strip (a cell
 * per paragraph, coloured, shaped by letter, marked for open brackets and changes since
 * agreement), then the stakeholder-group × paragraph heatmap of positions and a row of
 * consensus scores. Every cell has a <title>; the page adds a text summary beside it.
 * In a right-to-left language the picture is mirrored: labels on the right, paragraphs
 * running leftwards, as the text they stand for reads.
 */
import { useLocale } from '../i18n/I18nProvider.js';
import { directionOf } from '@accord/i18n';
import type { ConsensusDashboard, GroupAggregate } from '@accord/schema';
import { useFormat } from '../i18n/format.js';
import { type T, useT } from '../i18n/useT.js';
import { countsInWords } from './GroupBars.js';
import { agreementColor, paragraphName } from './dashboard-model.js';
import { formatScore, STATUS_LOOK, standing, statusLetter, statusName, type Standing } from './labels.js';

/** A mark per standing in the score row (the words are in each cell's title and the legend). */
const TONE_MARK: Record<Standing['tone'], string> = { none: '', support: '✓', divided: '±', opposed: '✕' };

/** "Divided — 2 groups in favour, 1 against (consensus score 0.06 of 1)". */
function scoreTitle(groups: readonly GroupAggregate[], score: number | null, t: T): string {
  const s = standing(groups, t);
  return s.tone === 'none'
    ? s.words
    : t('consensus.chart.scoreTitle', { words: s.words, detail: s.detail, score: formatScore(score, t) });
}

const WIDTH = 960;
const LABEL_W = 215;
const STRIP_H = 34;
const ROW_H = 26;
const TOP = 22;

export function DashboardCharts({ data }: { data: ConsensusDashboard }) {
  const t = useT();
  const format = useFormat();
  const rtl = directionOf(useLocale()) === 'rtl';
  const ps = data.paragraphs;
  const cw = Math.max(6, Math.min(46, (WIDTH - LABEL_W - 8) / Math.max(ps.length, 1)));
  // Where a box of `width` starting at `at` (measured from the labels' side) is drawn.
  const place = (at: number, width = 0) => (rtl ? WIDTH - at - width : at);
  const x = (i: number) => LABEL_W + i * cw;
  const labelX = place(LABEL_W - 10);
  const marksY = TOP + STRIP_H + 4;
  const heatTop = marksY + 22;
  const rows = data.stakeholderGroups;
  const scoreY = heatTop + rows.length * ROW_H + 6;
  const height = scoreY + ROW_H + 4;
  const everyNth = cw >= 20 ? 1 : cw >= 10 ? 5 : 10;

  return (
    <svg className="dash-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-labelledby="dash-chart-title">
      <title id="dash-chart-title">{t('consensus.chart.title')}</title>
      {ps.map((p, i) =>
        p.number !== null && (p.number % everyNth === 0 || everyNth === 1 || i === 0) ? (
          <text key={`n${p.blockId}`} x={place(x(i) + cw / 2)} y={TOP - 7} className="dash-num" textAnchor="middle">
            {p.label ?? format.number(p.number)}
          </text>
        ) : null,
      )}
      {/* `end` is the side towards the cells in either direction: SVG text follows the page's. */}
      <text x={labelX} y={TOP + STRIP_H / 2 + 4} className="dash-rowlabel" textAnchor="end">
        {t('consensus.chart.status')}
      </text>
      {ps.map((p, i) => {
        const look = STATUS_LOOK[p.status];
        const letter = statusLetter(p.status, t);
        return (
          <g key={`s${p.blockId}`} className="dash-status" data-status={p.status} data-block-id={p.blockId}>
            <title>
              {t('consensus.chart.statusTitle', {
                paragraph: paragraphName(p, t),
                status: statusName(p.status, t),
                changed: p.changedSinceAgreed ? 'yes' : 'no',
                brackets: p.openBrackets,
              })}
            </title>
            <rect x={place(x(i) + 1, cw - 2)} y={TOP} width={cw - 2} height={STRIP_H} rx={3} fill={look.color} />
            {p.status === 'drafting' && (
              <rect
                x={place(x(i) + 1.5, cw - 3)}
                y={TOP + 0.5}
                width={cw - 3}
                height={STRIP_H - 1}
                rx={3}
                fill="none"
                stroke="#98a0ad"
                strokeDasharray="3 2"
              />
            )}
            {cw >= 14 && (
              <text
                x={place(x(i) + cw / 2)}
                y={TOP + STRIP_H / 2 + 4}
                textAnchor="middle"
                className="dash-letter"
                fill={look.ink}
                // Two letters ("AR", "Сп") are fitted to the cell.
                {...(letter.length > 1
                  ? { textLength: Math.min(cw - 6, 16), lengthAdjust: 'spacingAndGlyphs' as const }
                  : {})}
              >
                {letter}
              </text>
            )}
            {p.openBrackets > 0 && (
              <text x={place(x(i) + cw / 2)} y={marksY + 12} textAnchor="middle" className="dash-bracket">
                [{format.number(p.openBrackets)}]
              </text>
            )}
            {p.changedSinceAgreed && (
              <circle cx={place(x(i) + cw - 5)} cy={TOP + 5} r={4} fill="#b7791f" stroke="#fff" strokeWidth={1.5} />
            )}
          </g>
        );
      })}
      <text x={labelX} y={marksY + 12} className="dash-rowlabel dash-small" textAnchor="end">
        {t('consensus.chart.openBrackets')}
      </text>
      {rows.map((group, r) => (
        <g key={group.id}>
          <text x={labelX} y={heatTop + r * ROW_H + ROW_H / 2 + 4} className="dash-rowlabel" textAnchor="end">
            {group.name}
          </text>
          {ps.map((p, i) => {
            const agg = p.groups.find((g) => g.stakeholderGroup === group.id);
            const fill = agreementColor(agg);
            return (
              <g
                key={p.blockId}
                className="dash-cell"
                data-group={group.id}
                data-block-id={p.blockId}
                data-responded={fill ? '' : undefined}
              >
                <title>
                  {t('consensus.chart.cellTitle', {
                    paragraph: paragraphName(p, t),
                    group: group.name,
                    counts: agg ? countsInWords(agg, t) : t('consensus.counts.none'),
                  })}
                </title>
                <rect
                  x={place(x(i) + 1, cw - 2)}
                  y={heatTop + r * ROW_H + 1}
                  width={cw - 2}
                  height={ROW_H - 2}
                  rx={2}
                  fill={fill ?? '#f6f5f1'}
                  stroke={fill ? 'none' : '#e6e3dc'}
                />
                {agg && agg.oppose > 0 && cw >= 12 && (
                  <text
                    x={place(x(i) + cw / 2)}
                    y={heatTop + r * ROW_H + ROW_H / 2 + 4}
                    textAnchor="middle"
                    className="dash-oppose"
                  >
                    ✕
                  </text>
                )}
              </g>
            );
          })}
        </g>
      ))}
      <text x={labelX} y={scoreY + ROW_H / 2 + 4} className="dash-rowlabel" textAnchor="end">
        {t('consensus.chart.consensus')}
      </text>
      {ps.map((p, i) => (
        <g key={`c${p.blockId}`} className="dash-score" data-tone={standing(p.groups, t).tone}>
          <title>
            {t('consensus.chart.paragraphTitle', {
              paragraph: paragraphName(p, t),
              what: scoreTitle(p.groups, p.score, t),
            })}
          </title>
          <rect x={place(x(i) + 1, cw - 2)} y={scoreY + 1} width={cw - 2} height={ROW_H - 2} rx={2} fill="#f6f5f1" />
          {p.score !== null && (
            <rect
              x={place(x(i) + 1, cw - 2)}
              y={scoreY + 1 + (ROW_H - 2) * (1 - p.score)}
              width={cw - 2}
              height={(ROW_H - 2) * p.score}
              rx={2}
              fill="#1f4e8c"
              opacity={0.35}
            />
          )}
          {p.score !== null && cw >= 14 && (
            <text x={place(x(i) + cw / 2)} y={scoreY + ROW_H / 2 + 4} textAnchor="middle" className="dash-scoretext">
              {TONE_MARK[standing(p.groups, t).tone]}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
