/**
 * What aligning a language version with its original reads of a document: each block's text by
 * block id, and the original's paragraphs in order with the numbers and labels its readers see.
 * The text is the base text (pending suggestions left out, as exports and consensus read it),
 * read straight from Yjs, so the tracking extension can afford it after every stored batch.
 */
import { blockViews, labelParagraphs, labelsByBlock, renderYDoc, type BlockType } from '@accord/editor';
import type { BaselineParagraph } from '@accord/schema';
import * as Y from 'yjs';

/** A block's kind and text. */
export interface BlockText {
  type: BlockType;
  text: string;
}

/** Every block of a stored state by id (the first, should a corrupt document hold an id twice); lists have no text of their own. */
export function blockTexts(state: Uint8Array): Map<string, BlockText> {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const texts = new Map<string, BlockText>();
    for (const view of blockViews(doc)) {
      if (view.blockId !== '' && !texts.has(view.blockId))
        texts.set(view.blockId, { type: view.type, text: view.base });
    }
    return texts;
  } finally {
    doc.destroy();
  }
}

/** One block of the original as the alignment lists it: in document order, with its number as the original shows it. */
export interface OriginalParagraph {
  blockId: string;
  type: BlockType;
  /** The ordinal among numbered paragraphs; null for headings, quotes, list items, empty paragraphs. */
  number: number | null;
  /** "4", "4bis" while the original's numbering is frozen; numbered paragraphs only. */
  label?: string;
  text: string;
}

/**
 * The original's blocks with text of their own (every block but lists, whose items are listed),
 * in document order, numbered and labelled as the original's margin and exports show them.
 */
export function originalParagraphs(state: Uint8Array, baseline?: readonly BaselineParagraph[]): OriginalParagraph[] {
  const { paragraphs } = renderYDoc(state, 'json');
  const labels = labelsByBlock(labelParagraphs(paragraphs, baseline));
  const texts = blockTexts(state);
  const seen = new Set<string>();
  const out: OriginalParagraph[] = [];
  for (const p of paragraphs) {
    if (p.type === 'list' || p.id === '' || seen.has(p.id)) continue;
    seen.add(p.id);
    const label = p.number === null ? undefined : labels.get(p.id);
    out.push({
      blockId: p.id,
      type: p.type,
      number: p.number,
      ...(label === undefined ? {} : { label }),
      text: texts.get(p.id)?.text ?? p.text,
    });
  }
  return out;
}

/** The original's numbers by block id, which a language version shows for the same paragraphs. */
export function sharedNumbers(
  paragraphs: readonly OriginalParagraph[],
): Map<string, { number: number; label: string }> {
  const numbers = new Map<string, { number: number; label: string }>();
  for (const p of paragraphs)
    if (p.number !== null) numbers.set(p.blockId, { number: p.number, label: p.label ?? String(p.number) });
  return numbers;
}
