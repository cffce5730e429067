/** Where a public comment is, as the coordinators' pages name it (authors: consult/comments.ts). */
import type { PublicComment } from '@accord/schema';
import type { T } from '../i18n/useT.js';

/** "General comment", "¶4", "Passage in ¶4"; unnumbered paragraphs are said to be so. */
export function anchorLabel(
  anchor: PublicComment['anchor'],
  paragraphNumber: (blockId: string) => number | null,
  t: T,
): string {
  if (anchor.kind === 'general') return t('rounds.anchor.general');
  const n = paragraphNumber(anchor.blockId);
  if (n === null) return t(anchor.kind === 'passage' ? 'rounds.anchor.passageUnnumbered' : 'rounds.anchor.unnumbered');
  const paragraph = t('common.paragraph', { number: n });
  return anchor.kind === 'passage' ? t('rounds.anchor.passage', { paragraph }) : paragraph;
}
