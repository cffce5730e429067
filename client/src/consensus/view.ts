/** Pure helpers over the consensus views: patching with live paragraphs, per-person lookups. */
import type { DocumentConsensus, ParagraphConsensus, Position } from '@accord/schema';

/** The view with `paragraph` replaced; null when it is not in the view (a new block: refetch). */
export function patchParagraph(view: DocumentConsensus, paragraph: ParagraphConsensus): DocumentConsensus | null {
  const index = view.paragraphs.findIndex((p) => p.blockId === paragraph.blockId);
  if (index < 0) return null;
  const paragraphs = view.paragraphs.slice();
  paragraphs[index] = paragraph;
  return { ...view, paragraphs };
}

/** Paragraphs by block id, for the margin. */
export function byBlock(view: DocumentConsensus | null): ReadonlyMap<string, ParagraphConsensus> {
  return new Map((view?.paragraphs ?? []).map((p) => [p.blockId, p]));
}

/** The person's own current position on a paragraph, if any. */
export function positionOf(paragraph: ParagraphConsensus, personId: string): Position | null {
  return paragraph.positions.find((p) => p.person.id === personId) ?? null;
}

/** The open bracket with this id in any paragraph, with its paragraph. */
export function findBracket(view: DocumentConsensus | null, bracketId: string) {
  for (const paragraph of view?.paragraphs ?? []) {
    const bracket = paragraph.brackets.find((b) => b.id === bracketId);
    if (bracket) return { paragraph, bracket };
  }
  return null;
}
