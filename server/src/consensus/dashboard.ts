/**
 * The dashboard's data: where each paragraph stands (status strip, group × paragraph heatmap),
 * totals, and the trend of statuses over time, replayed from the recorded status changes.
 * Pure; the browser draws it.
 */
import { ParagraphStatus, type ConsensusDashboard, type StatusCounts } from '@accord/schema';
import type { LiveDocument } from './document.js';
import type { ConsensusIndex } from './view.js';

/** At most this many days of trend, ending today. */
export const TREND_DAYS = 366;

const DAY_MS = 24 * 60 * 60 * 1000;

const zeroCounts = (): StatusCounts => ({
  drafting: 0,
  'under-discussion': 0,
  contested: 0,
  'agreed-ad-ref': 0,
  agreed: 0,
});

export function buildDashboard(input: {
  documentId: string;
  title: string;
  live: LiveDocument;
  index: ConsensusIndex;
  now: Date;
}): ConsensusDashboard {
  const { live, index } = input;
  const paragraphs = index.paragraphs(live).map((p) => ({
    blockId: p.blockId,
    number: p.number,
    ...(p.label === undefined ? {} : { label: p.label }),
    status: p.status,
    changedSinceAgreed: p.changedSinceAgreed,
    openBrackets: p.openBrackets,
    groups: p.groups,
    score: p.score,
  }));
  const byStatus = zeroCounts();
  for (const p of paragraphs) byStatus[p.status]++;
  return {
    documentId: input.documentId,
    title: input.title,
    stakeholderGroups: [...index.groupNames].map(([id, name]) => ({ id, name })),
    paragraphs,
    totals: {
      paragraphs: paragraphs.length,
      byStatus,
      openBrackets: paragraphs.reduce((n, p) => n + p.openBrackets, 0),
      changedSinceAgreed: paragraphs.filter((p) => p.changedSinceAgreed).length,
      positions: paragraphs.reduce((n, p) => n + p.groups.reduce((m, g) => m + g.respondents + g.abstain, 0), 0),
    },
    trend: trend(
      paragraphs.map((p) => p.blockId),
      index.events.filter((e) => e.kind === 'set'),
      input.now,
    ),
  };
}

/**
 * Counts by status at the end of each UTC day, from the day of the first status change (or
 * today) to today, for the paragraphs listed today: a paragraph is `drafting` until its
 * first change. Days without changes repeat the previous counts, so the series is continuous.
 */
export function trend(
  blockIds: readonly string[],
  changes: ReadonlyArray<{ blockId: string; to: ParagraphStatus; at: string }>,
  now: Date,
): ConsensusDashboard['trend'] {
  const listed = new Set(blockIds);
  const relevant = changes.filter((c) => listed.has(c.blockId));
  const today = startOfDay(now.getTime());
  const first = relevant.length > 0 ? startOfDay(Date.parse(relevant[0]!.at)) : today;
  const start = Math.max(first, today - (TREND_DAYS - 1) * DAY_MS);
  const status = new Map<string, ParagraphStatus>(blockIds.map((id) => [id, 'drafting']));
  const points: ConsensusDashboard['trend'] = [];
  let next = 0;
  for (let day = start; day <= today; day += DAY_MS) {
    const end = day + DAY_MS;
    while (next < relevant.length && Date.parse(relevant[next]!.at) < end) {
      status.set(relevant[next]!.blockId, relevant[next]!.to);
      next++;
    }
    const counts = zeroCounts();
    for (const s of status.values()) counts[s]++;
    points.push({ date: new Date(day).toISOString().slice(0, 10), byStatus: counts });
  }
  return points;
}

const startOfDay = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;

/** The statuses in the order the dashboard shows them. */
export const statusOrder = ParagraphStatus.options;
