/**
 * Positions by stakeholder group and the consensus score (docs/CONSENSUS.md has the formula
 * and worked examples). Pure, so the numbers can be checked by hand.
 *
 * - Support with reservation counts as support: the person can live with the text, which is
 *   what consensus asks; the reservation stays visible in the counts and the register.
 * - Abstaining is not responding: it neither helps nor hurts, as "standing aside" does not
 *   block consensus.
 */
import type { GroupAggregate, Position } from '@accord/schema';

/** Each group's smoothed agreement: (supporters + 1) / (respondents + 2). */
export function agreementOf(supporters: number, respondents: number): number {
  return (supporters + 1) / (respondents + 2);
}

/**
 * Positions counted by stakeholder group: only groups with at least one position (abstentions
 * included), in the order of `groupNames` (then unknown groups by id).
 */
export function aggregateByGroup(
  positions: readonly Position[],
  groupNames: ReadonlyMap<string, string>,
): GroupAggregate[] {
  const groups = new Map<string, GroupAggregate>();
  for (const p of positions) {
    let g = groups.get(p.stakeholderGroup);
    if (!g) {
      g = {
        stakeholderGroup: p.stakeholderGroup,
        name: groupNames.get(p.stakeholderGroup) ?? p.stakeholderGroup,
        support: 0,
        supportWithReservation: 0,
        oppose: 0,
        abstain: 0,
        respondents: 0,
        agreement: 0,
      };
      groups.set(p.stakeholderGroup, g);
    }
    if (p.position === 'support') g.support++;
    else if (p.position === 'support-with-reservation') g.supportWithReservation++;
    else if (p.position === 'oppose') g.oppose++;
    else g.abstain++;
  }
  const order = [...groupNames.keys()];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...groups.values()]
    .map((g) => {
      const supporters = g.support + g.supportWithReservation;
      const respondents = supporters + g.oppose;
      return { ...g, respondents, agreement: agreementOf(supporters, respondents) };
    })
    .sort(
      (a, b) =>
        rank(a.stakeholderGroup) - rank(b.stakeholderGroup) || a.stakeholderGroup.localeCompare(b.stakeholderGroup),
    );
}

/**
 * The product of every group's agreement; null when no group responded. `constituency` lists
 * the groups that can take positions here (the stakeholder groups of the workspace's people who
 * may record one): a silent group counts as (0 + 1) / (0 + 2) = 1/2, so a group's first
 * supporter raises the score (1/2 → 2/3) and support from more groups always counts for more.
 * Groups that responded from outside the constituency (a role changed since) count too.
 */
export function consensusScore(groups: readonly GroupAggregate[], constituency: Iterable<string> = []): number | null {
  const responding = groups.filter((g) => g.respondents > 0);
  if (responding.length === 0) return null;
  const heard = new Set(responding.map((g) => g.stakeholderGroup));
  let product = responding.reduce((p, g) => p * g.agreement, 1);
  for (const id of new Set(constituency)) if (!heard.has(id)) product *= agreementOf(0, 0);
  return product;
}
