/**
 * Where thread cards go in the margin: each as close as possible to the top of its paragraph,
 * none overlapping. The active card gets its own place exactly; the cards above it move up
 * and those below move down to make room (and if that would push any above the top, all are
 * laid out downwards from the top instead).
 */

export interface MarginItem {
  id: string;
  /** Where the card would like to be: its paragraph's top. */
  top: number;
  height: number;
}

export function layoutMargin(items: readonly MarginItem[], activeId: string | null, gap = 8): Map<string, number> {
  const sorted = items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.top - b.item.top || a.i - b.i)
    .map((e) => e.item);
  const tops = new Map<string, number>();
  const downFrom = (start: number, floor: number) => {
    let next = floor;
    for (let i = start; i < sorted.length; i++) {
      const item = sorted[i]!;
      const top = Math.max(item.top, next);
      tops.set(item.id, top);
      next = top + item.height + gap;
    }
  };
  const active = activeId === null ? -1 : sorted.findIndex((item) => item.id === activeId);
  if (active === -1) {
    downFrom(0, 0);
    return tops;
  }
  const anchor = sorted[active]!;
  tops.set(anchor.id, Math.max(0, anchor.top));
  downFrom(active + 1, tops.get(anchor.id)! + anchor.height + gap);
  let ceiling = tops.get(anchor.id)! - gap;
  for (let i = active - 1; i >= 0; i--) {
    const item = sorted[i]!;
    const top = Math.min(item.top, ceiling - item.height);
    if (top < 0) {
      tops.clear();
      downFrom(0, 0);
      return tops;
    }
    tops.set(item.id, top);
    ceiling = top - gap;
  }
  return tops;
}
