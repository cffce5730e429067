/**
 * Where suggestion cards go in the margin the comment cards already use: each as close as it
 * can be to its paragraph's top, in paragraph order, never over another suggestion card and
 * never over a comment card (those stay where the comments put them; suggestions flow around
 * them, so neither kind hides the other). The active card goes first to its own place when
 * nothing is in the way there.
 */
import type { MarginItem } from '../comments/margin-layout.js';

/** A span of the margin taken by something else (a comment card). */
export interface Taken {
  top: number;
  bottom: number;
}

/** The first top at or below `top` where `height` fits without meeting any of `taken`. */
function firstFree(top: number, height: number, taken: readonly Taken[], gap: number): number {
  let at = top;
  for (let moved = true; moved; ) {
    moved = false;
    for (const t of taken) {
      if (at < t.bottom + gap && at + height + gap > t.top) {
        at = t.bottom + gap;
        moved = true;
      }
    }
  }
  return at;
}

export function layoutAround(
  items: readonly MarginItem[],
  obstacles: readonly Taken[],
  activeId: string | null,
  gap = 10,
): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.top - b.top);
  const tops = new Map<string, number>();
  const taken: Taken[] = [...obstacles];
  const active = sorted.find((item) => item.id === activeId);
  if (active) {
    const top = firstFree(Math.max(0, active.top), active.height, taken, gap);
    tops.set(active.id, top);
    taken.push({ top, bottom: top + active.height });
  }
  for (const item of sorted) {
    if (item === active) continue;
    const top = firstFree(Math.max(0, item.top), item.height, taken, gap);
    tops.set(item.id, top);
    taken.push({ top, bottom: top + item.height });
  }
  return tops;
}
