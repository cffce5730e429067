/**
 * The fan-out results' section on the guards of the hot path (issue 18, item 5): every guard
 * together against none (accord against accord-bare), the update schema check alone (accord
 * against accord-unchecked), and what each guard costs in process.
 */
import type { GuardCosts } from './guard-costs.js';
import type { UpdateCheckCost } from './update-check.js';

/** One variant of Accord against another, as fanout.ts computes it from its runs. */
export interface Comparison {
  updatesPerSecond: Record<string, number>;
  /** The first variant's best throughput as a share of the second's, in per cent. */
  percent: number;
  serverCpuPerUpdateUs: Record<string, number>;
  /** Server CPU per update the first variant adds to the second's, in per cent. */
  cpuAddedPercent: number;
  /** The throughput share in each round. */
  percentPerRound: number[];
}

export interface GuardSectionInput {
  guards: Comparison | undefined;
  updateCheck: Comparison | undefined;
  checkCost: UpdateCheckCost;
  guardCosts: GuardCosts;
}

const f = (n: number, digits = 1): string => n.toFixed(digits);

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function comparisonLine(title: string, c: Comparison, a: string, b: string, aName: string, bName: string): string {
  return (
    `${title}: **${f(c.percent)} %** of the ${bName} throughput (${f(c.updatesPerSecond[a]!, 0)} updates/s ${aName}, ` +
    `${f(c.updatesPerSecond[b]!, 0)} ${bName}; requirement: at least 90 %; by round: ${c.percentPerRound.map((p) => `${f(p)} %`).join(', ')}, ` +
    `median ${f(median(c.percentPerRound))} %); ` +
    `server CPU ${f(c.serverCpuPerUpdateUs[a]!, 0)} µs per update ${aName}, ${f(c.serverCpuPerUpdateUs[b]!, 0)} ${bName} ` +
    `(${c.cpuAddedPercent >= 0 ? '+' : ''}${f(c.cpuAddedPercent)} %).`
  );
}

/** The section's Markdown lines. */
export function guardSection({ guards, updateCheck, checkCost, guardCosts }: GuardSectionInput): string[] {
  // The guarded server's CPU per update, to put each per-update cost in proportion.
  const perUpdateUs = guards?.serverCpuPerUpdateUs['accord'] ?? updateCheck?.serverCpuPerUpdateUs['accord'];
  const share = (addedUs: number): string => (perUpdateUs ? `${f((100 * addedUs) / perUpdateUs, 2)} %` : '—');
  const checkAdded = checkCost.withCheckUs - checkCost.withoutCheckUs;
  const attributionAdded = Math.max(0, checkCost.withAttributionUs - checkCost.withCheckUs);
  const byName = (prefix: string) => guardCosts.costs.find((c) => c.guard.startsWith(prefix))!;
  const metrics = byName('metrics');
  const limits = byName('rate limits');
  const awareness = byName('awareness');
  const poll = byName('access watcher poll');
  const recheck = byName('access re-check');
  const us = (n: number) => (n < 1 ? f(n, 3) : f(n));
  const perUpdateAdded = checkAdded + attributionAdded + metrics.addedUs + limits.addedUs;
  return [
    '## The guards on the hot path',
    '',
    ...(guards
      ? [
          comparisonLine(
            'Every guard together (update schema check, metrics, access re-checks, rate limits)',
            guards,
            'accord',
            'accord-bare',
            'guarded',
            'unguarded',
          ),
          '',
        ]
      : []),
    ...(updateCheck
      ? [
          comparisonLine(
            'The update schema check alone (issue 12)',
            updateCheck,
            'accord',
            'accord-unchecked',
            'with it',
            'unchecked',
          ),
          '',
        ]
      : []),
    `What each guard costs in process (CPU time per operation, best of 3 alternated runs with and without it; the share is of the guarded server's CPU per update in this run${perUpdateUs ? `, ${f(perUpdateUs, 0)} µs` : ''}):`,
    '',
    '| guard | per | µs with | µs without | added µs | added per update |',
    '|---|---|---|---|---|---|',
    `| update schema check (replica, dependencies, schema; no sockets or SQLite) | update | ${us(checkCost.withCheckUs)} | ${us(checkCost.withoutCheckUs)} | ${us(checkAdded)} | ${share(checkAdded)} |`,
    `| attribution (issue 13: the paragraphs an update changed and who it stands for, recorded once stored; all writers are one person here, so runs continue) | update | ${us(checkCost.withAttributionUs)} | ${us(checkCost.withCheckUs)} (with the check) | ${us(attributionAdded)} | ${share(attributionAdded)} |`,
    `| metrics (${metrics.guard.replace(/^metrics \((.*)\)$/, '$1')}, to ${guardCosts.fanOut} connections) | update | ${us(metrics.withUs)} | ${us(metrics.withoutUs)} | ${us(metrics.addedUs)} | ${share(metrics.addedUs)} |`,
    `| rate limits (message and byte token buckets) | frame (one per update) | ${us(limits.withUs)} | ${us(limits.withoutUs)} | ${us(limits.addedUs)} | ${share(limits.addedUs)} |`,
    `| awareness policy (server's name, cursor check, size bound) | presence frame | ${us(awareness.withUs)} | ${us(awareness.withoutUs)} (decode + encode) | ${us(awareness.addedUs)} | none: this trace has no presence |`,
    `| access watcher poll of the audit log (SQLite), nothing changed | poll, 4 per second | ${us(poll.withUs)} | — | ${us(poll.addedUs)} | none: ${f(guardCosts.accessPollCorePercent, 3)} % of one core whatever the traffic |`,
    `| access re-check of one open connection (token, role, audience from SQLite) | connection re-checked | ${us(recheck.withUs)} | — | ${us(recheck.addedUs)} | none: only on an access change that concerns it, and once a minute for all (a shared credential or grant is read once per pass; the loop yields every 50) |`,
    '',
    `Together, the guards that run for every update add ${us(perUpdateAdded)} µs of CPU per update in process (update check, attribution, metrics, rate limits)` +
      (perUpdateUs
        ? `: ${f((100 * perUpdateAdded) / perUpdateUs)} % of the guarded server's ${f(perUpdateUs, 0)} µs per update here. It varies far less with other work on the machine than the throughput share above: read it when the load average is above the core count.`
        : '.'),
    '',
    `Always on, in accord-bare too: the full decode of every update before anything else sees it (\`checkUpdate\`, ${us(checkCost.decodeUs)} µs per update, counted in both in-process runs above), ` +
      "the read-only check (one field per update), the document size estimate (one addition per update) and the send-buffer check per relayed frame: they keep one client's bad input from reaching anyone else and cost too little to be worth a switch.",
    '',
  ];
}
