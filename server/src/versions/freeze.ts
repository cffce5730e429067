/**
 * What a version keeps besides the Yjs state: every block as rendered when it was saved, with
 * its number, its bracketed runs and its consensus status then. Kept so that reading, comparing
 * and exporting a version never depend on later code rendering old state the same way.
 */
import { renderYDoc } from '@accord/editor';
import type { ParagraphStatus, VersionBlock } from '@accord/schema';
import { readLiveDocument } from '../consensus/document.js';

/** Renders `state` into the blocks a version stores; `statuses` by block id. */
export function freezeBlocks(state: Uint8Array, statuses: ReadonlyMap<string, ParagraphStatus>): VersionBlock[] {
  const rendered = renderYDoc(state, 'json').paragraphs;
  const live = readLiveDocument(state).blocks;
  return rendered.map((block, i) => {
    // Both walk the same blocks in document order; by index, so a repeated id cannot mix them up.
    const same = live[i]?.id === block.id ? live[i] : undefined;
    const segments = same ? same.segments.map((s) => ({ text: s.text, bracket: 'bracketId' in s })) : [{ text: block.text, bracket: false }];
    return { ...block, segments: segments.filter((s) => s.text !== ''), status: statuses.get(block.id) ?? null };
  });
}
