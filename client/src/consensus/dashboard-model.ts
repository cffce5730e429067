/**
 * Pure helpers for the SVG dashboard: the colour of a heatmap cell, the stacked trend areas,
 * and the text summary that says in words what the picture shows (for screen readers, and
 * for anyone who wants the list of what still needs work).
 */
import type { ConsensusDashboard, GroupAggregate, ParagraphStatus, StatusCounts } from '@accord/schema';
import { currentIntl, translate } from '../i18n/current.js';
import type { T } from '../i18n/useT.js';
import { STATUSES } from './labels.js';

type DashParagraph = ConsensusDashboard['paragraphs'][number];

/** "¶4", or "unnumbered block". */
export const paragraphName = (p: { number: number | null; label?: string | undefined }, t: T = translate) =>
  p.number === null ? t('consensus.unnumberedBlock') : t('common.paragraph', { number: p.label ?? p.number });

/**
 * A cell's colour from the group's smoothed agreement: red (opposed) through pale sand
 * (split) to green (supported). Null when the group has not responded (drawn empty).
 */
export function agreementColor(group: GroupAggregate | undefined): string | null {
  if (!group || group.respondents === 0) return null;
  const t = Math.max(0, Math.min(1, (group.agreement - 0.2) / 0.6)); // agreement spans roughly 0.2–0.8 in practice
  const from = t < 0.5 ? [210, 69, 59] : [240, 228, 196];
  const to = t < 0.5 ? [240, 228, 196] : [47, 143, 91];
  const k = t < 0.5 ? t * 2 : (t - 0.5) * 2;
  const c = from.map((v, i) => Math.round(v + (to[i]! - v) * k));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** One status's band of the stacked trend: an SVG path in a `width` × `height` box. */
export interface TrendBand {
  status: ParagraphStatus;
  path: string;
}

/**
 * Stacked areas of paragraph counts by status over the days of the trend, agreed at the
 * bottom (what is done grows from the floor), drafting on top. One day draws as a bar.
 */
export function trendBands(
  trend: ReadonlyArray<{ date: string; byStatus: StatusCounts }>,
  width: number,
  height: number,
): TrendBand[] {
  if (trend.length === 0) return [];
  const max = Math.max(1, ...trend.map((d) => STATUSES.reduce((n, s) => n + d.byStatus[s], 0)));
  const xs = trend.length === 1 ? [0, width] : trend.map((_, i) => (i / (trend.length - 1)) * width);
  const days = trend.length === 1 ? [trend[0]!, trend[0]!] : trend;
  const order = [...STATUSES].reverse();
  const below = days.map(() => 0);
  const y = (count: number) => +(height - (count / max) * height).toFixed(1);
  return order.map((status) => {
    const lower = below.slice();
    days.forEach((d, i) => (below[i]! += d.byStatus[status]));
    const top = xs.map((x, i) => `${x.toFixed(1)},${y(below[i]!)}`);
    const bottom = xs.map((x, i) => `${x.toFixed(1)},${y(lower[i]!)}`).reverse();
    return { status, path: `M${top.join('L')}L${bottom.join('L')}Z` };
  });
}

/** What the dashboard shows, in sentences of the page's language: counts, then what still needs work. */
export function summarise(d: ConsensusDashboard, t: T = translate): string[] {
  const list = (ps: readonly DashParagraph[]) =>
    currentIntl().formatList(
      ps.map((p) => paragraphName(p, t)),
      { type: 'conjunction' },
    );
  const { totals } = d;
  const lines = [
    t('consensus.summary.totals', {
      agreed: totals.byStatus.agreed + totals.byStatus['agreed-ad-ref'],
      total: totals.paragraphs,
      final: totals.byStatus.agreed,
      adRef: totals.byStatus['agreed-ad-ref'],
      drafting: totals.byStatus.drafting,
      underDiscussion: totals.byStatus['under-discussion'],
      contested: totals.byStatus.contested,
    }),
  ];
  const contested = d.paragraphs.filter((p) => p.status === 'contested');
  const bracketed = d.paragraphs.filter((p) => p.openBrackets > 0);
  const changed = d.paragraphs.filter((p) => p.changedSinceAgreed);
  const opposed = d.paragraphs.filter((p) => p.groups.some((g) => g.oppose > 0));
  if (contested.length) lines.push(t('consensus.summary.contested', { list: list(contested) }));
  lines.push(
    totals.openBrackets === 0
      ? t('consensus.summary.noBrackets')
      : t('consensus.summary.brackets', { count: totals.openBrackets, list: list(bracketed) }),
  );
  if (changed.length) lines.push(t('consensus.summary.changed', { list: list(changed) }));
  if (opposed.length) lines.push(t('consensus.summary.opposed', { list: list(opposed) }));
  lines.push(t('consensus.summary.positions', { count: totals.positions }));
  return lines;
}
