/**
 * What every version export reads of a block's text: its formatted runs, or, for versions
 * saved before runs were kept, runs rebuilt from its bracketed segments (or its plain text),
 * so old versions render as they always did. And list items grouped into nested lists.
 */
import { safeLinkTarget, type ListPlace, type VersionBlock } from '@accord/schema';
import type { Run } from '@accord/editor';

/** A block's runs; links that are not http, https or mailto are dropped (their text stays). */
export function runsOf(block: VersionBlock): Run[] {
  if (block.runs) {
    return block.runs.map(({ href, ...run }) => {
      const safe = href === undefined ? null : safeLinkTarget(href);
      return safe === null ? run : { ...run, href: safe };
    });
  }
  if (block.segments.length > 0)
    return block.segments.map((s) => (s.bracket ? { text: s.text, bracket: '' } : { text: s.text }));
  return block.text === '' ? [] : [{ text: block.text }];
}

/** A list item's place; old versions kept none, so their items read as a flat bulleted list. */
export const placeOf = (block: VersionBlock): ListPlace => block.list ?? { ordered: false, depth: 0 };

/**
 * Whether a list item only carries a nested list (Lexical nests a list in an item of its own):
 * it has no text and the next block is a list. Exports nest that list under the item before.
 */
export function isListWrapper(blocks: readonly VersionBlock[], i: number): boolean {
  const block = blocks[i]!;
  return block.type === 'listitem' && block.text === '' && blocks[i + 1]?.type === 'list';
}

/** One piece of a version's body: a single block, or consecutive list items forming one list. */
export type BodyPart = { kind: 'block'; block: VersionBlock } | { kind: 'list'; items: VersionBlock[] };

/**
 * The blocks in order, consecutive list items gathered into one list (two lists of different
 * kinds side by side stay one part; renderers switch kind where it changes); `list` blocks
 * and wrapper items are dropped.
 */
export function bodyParts(blocks: readonly VersionBlock[]): BodyPart[] {
  const parts: BodyPart[] = [];
  let open: VersionBlock[] | null = null;
  blocks.forEach((block, i) => {
    if (block.type === 'list' || isListWrapper(blocks, i)) return;
    if (block.type !== 'listitem') {
      open = null;
      parts.push({ kind: 'block', block });
    } else if (open) open.push(block);
    else {
      open = [block];
      parts.push({ kind: 'list', items: open });
    }
  });
  return parts;
}
