/** Where a public comment is, as the coordinators' pages name it (authors: consult/comments.ts). */
import type { PublicComment } from '@accord/schema';

/** "General comment", "¶ 4", "Passage in ¶ 4"; unnumbered paragraphs read as "a paragraph". */
export function anchorLabel(
  anchor: PublicComment['anchor'],
  paragraphNumber: (blockId: string) => number | null,
): string {
  if (anchor.kind === 'general') return 'General comment';
  const n = paragraphNumber(anchor.blockId);
  const where = n === null ? 'a paragraph' : `¶ ${n}`;
  return anchor.kind === 'passage' ? `Passage in ${where}` : where;
}
