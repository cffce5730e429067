/**
 * Words for attribution in the browser: who changed a paragraph since the reader's last visit,
 * and what one recorded change did, so the margin marks, their tooltips and the History tab
 * say the same thing in the same words.
 */
import type { ChangedParagraph, ParagraphChange, ParagraphDiff, PersonShown } from '@accord/schema';
import { byline } from '@accord/schema';

/** "Ana Silva (Civil society)", "Ana and Ben", "Ana, Ben and 2 others". */
export function peopleList(people: readonly PersonShown[], groupName: (id: string) => string): string {
  const named = people.map((p) => byline(p, groupName(p.stakeholderGroup)));
  if (named.length === 0) return '';
  if (named.length === 1) return named[0]!;
  if (named.length <= 3) return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return `${named.slice(0, 2).join(', ')} and ${named.length - 2} others`;
}

/** The accessible name and tooltip of a paragraph's "changed since your last visit" mark. */
export function changedSinceLabel(changed: ChangedParagraph, groupName: (id: string) => string): string {
  const who = peopleList(changed.people, groupName);
  return who ? `Changed since your last visit by ${who}` : 'Changed since your last visit';
}

/** "3 paragraphs changed since your last visit". */
export function changedSinceSummary(count: number): string {
  return count === 1
    ? '1 paragraph changed since your last visit'
    : `${count} paragraphs changed since your last visit`;
}

/** What a change did, in a few words: "added the paragraph", "removed it", "changed the text". */
export function changeVerb(change: Pick<ParagraphChange, 'before' | 'after'>): string {
  if (change.before === null || change.before === '') return 'wrote the paragraph';
  if (change.after === null) return 'removed the paragraph';
  if (change.after === '') return 'emptied the paragraph';
  return 'changed the text';
}

/** A change as the shared word-diff renderer (`ChangedText`) takes a compared paragraph. */
export function asParagraphDiff(change: ParagraphChange): ParagraphDiff {
  return {
    id: change.id,
    kind: change.before === null ? 'added' : change.after === null ? 'removed' : 'changed',
    moved: false,
    type: 'paragraph',
    fromNumber: null,
    toNumber: null,
    ...(change.before === null ? {} : { fromText: change.before }),
    ...(change.after === null ? {} : { toText: change.after }),
    words: change.diff,
  };
}
