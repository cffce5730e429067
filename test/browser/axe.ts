/**
 * axe-core in the browser tests: WCAG 2.2 AA rules run on the page as it is now, answering
 * what a test asserts on (the serious and critical violations, one line each: rule, where,
 * what) and a tally per page for the run's log. A check, not a report: callers expect the
 * list to be empty.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The rule sets the pages must pass: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeTally {
  where: string;
  /** Violations by impact (nodes counted once per rule). */
  serious: number;
  critical: number;
  moderate: number;
  minor: number;
  /** How long axe took on the page (ms). */
  ms: number;
}

export interface AxeAudit {
  tally: AxeTally;
  /** "rule-id at target: summary", one per failing node of a serious or critical rule. */
  failures: string[];
  /** The same for moderate and minor rules (logged, not asserted). */
  lesser: string[];
}

/** Runs axe on `page` and sorts what it found by impact. */
export async function axeAudit(page: Page, where: string): Promise<AxeAudit> {
  const started = performance.now();
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  const tally: AxeTally = { where, serious: 0, critical: 0, moderate: 0, minor: 0, ms: 0 };
  tally.ms = Math.round(performance.now() - started);
  const failures: string[] = [];
  const lesser: string[] = [];
  for (const violation of results.violations) {
    const impact = violation.impact ?? 'minor';
    tally[impact] += violation.nodes.length;
    for (const node of violation.nodes) {
      const line = `${where}: ${violation.id} (${impact}) at ${node.target.join(' ')} — ${(node.failureSummary ?? violation.help).replace(/\s+/g, ' ').slice(0, 240)}`;
      (impact === 'serious' || impact === 'critical' ? failures : lesser).push(line);
    }
  }
  return { tally, failures, lesser };
}
