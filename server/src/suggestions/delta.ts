/**
 * What one update did to suggestions, read from the blocks it changed (`blockChanges`, inside
 * the transaction that applied it): the suggestions it made or changed, and those it removed
 * from the whole document. A suggestion split over several blocks (an Enter inside it) is one
 * suggestion; its text is joined from the blocks the update touched.
 */
import * as Y from 'yjs';
import { SUGGESTION_TYPE, type BlockChange } from '@accord/editor';
import type { SeenSuggestion } from './store.js';

/** Suggestions seen after the changes, and ids that left the touched blocks and are nowhere else in `doc` now. */
export function suggestionChanges(
  changes: readonly BlockChange[],
  doc: Y.Doc,
): { seen: SeenSuggestion[]; gone: string[] } {
  const before = new Map<string, string>();
  const after = new Map<string, SeenSuggestion>();
  for (const change of changes) {
    for (const s of change.before?.suggestions ?? []) if (s.id !== '') before.set(s.id, s.text);
    for (const s of change.after?.suggestions ?? []) {
      if (s.id === '') continue;
      const known = after.get(s.id);
      if (known) known.text += `\n${s.text}`;
      else after.set(s.id, { id: s.id, kind: s.kind, by: s.by, blockId: change.blockId, text: s.text });
    }
  }
  const seen = [...after.values()].filter((s) => before.get(s.id) !== s.text || !before.has(s.id));
  const left = [...before.keys()].filter((id) => !after.has(id));
  if (left.length === 0) return { seen, gone: [] };
  // Rare (a suggestion decided, withdrawn or deleted): one walk of the document says whether it lives on elsewhere.
  const present = suggestionIds(doc);
  return { seen, gone: left.filter((id) => !present.has(id)) };
}

/** Every suggestion id in the document's current state. */
export function suggestionIds(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  if (!doc.share.has('root')) return ids;
  const visit = (xml: Y.XmlText): void => {
    for (let item = xml._start; item !== null; item = item.right) {
      const content = item.content;
      if (item.deleted || !(content instanceof Y.ContentType) || !(content.type instanceof Y.XmlText)) continue;
      const child = content.type;
      if (child.getAttribute('__type') === SUGGESTION_TYPE) {
        const state = child.getAttribute('__state') as unknown;
        const id = state instanceof Y.Map ? state.get('sid') : undefined;
        if (typeof id === 'string') ids.add(id);
      } else visit(child);
    }
  };
  visit(doc.get('root', Y.XmlText));
  return ids;
}
