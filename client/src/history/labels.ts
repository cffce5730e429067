/**
 * Words for attribution in the browser, in the page's language: who changed a paragraph since
 * the reader's last visit, and what one recorded change did, so the margin marks, their tooltips
 * and the History tab say the same thing in the same words.
 */
import type { MessageKey } from '@accord/i18n';
import type { ChangedParagraph, ParagraphChange, ParagraphDiff, PersonShown } from '@accord/schema';
import type { IntlShape } from 'react-intl';

/** "Ana Silva (Civil society)": a person with their stakeholder group. */
export function personWithGroup(intl: IntlShape, person: PersonShown, groupName: (id: string) => string): string {
  return intl.formatMessage({ id: 'history.person' }, { name: person.name, group: groupName(person.stakeholderGroup) });
}

/** "Ana Silva (Civil society)", "Ana and Ben", "Ana, Ben and 2 others" — with the language's own conjunction. */
export function peopleList(intl: IntlShape, people: readonly PersonShown[], groupName: (id: string) => string): string {
  const named = people.map((p) => personWithGroup(intl, p, groupName));
  if (named.length === 0) return '';
  const shown =
    named.length <= 3
      ? named
      : [...named.slice(0, 2), intl.formatMessage({ id: 'history.people.others' }, { count: named.length - 2 })];
  return intl.formatList(shown, { type: 'conjunction' });
}

/**
 * The accessible name and tooltip of a paragraph's "changed since your last visit" mark, which
 * dismisses it: who changed it (when known) and how long ago (`when`, already worded).
 */
export function changedSinceLabel(
  intl: IntlShape,
  changed: ChangedParagraph,
  groupName: (id: string) => string,
  when: string,
): string {
  const people = peopleList(intl, changed.people, groupName);
  return people
    ? intl.formatMessage({ id: 'history.since.markBy' }, { people, when })
    : intl.formatMessage({ id: 'history.since.mark' }, { when });
}

/** What a recorded change did to the paragraph. */
export type ChangeKind = 'wrote' | 'removed' | 'emptied' | 'changed';

export function changeKind(change: Pick<ParagraphChange, 'before' | 'after'>): ChangeKind {
  if (change.before === null || change.before === '') return 'wrote';
  if (change.after === null) return 'removed';
  if (change.after === '') return 'emptied';
  return 'changed';
}

/** "<b>{person}</b> changed the text {when}": one sentence per kind of change, so each language orders it its way. */
export const CHANGE_MESSAGES: Record<ChangeKind, MessageKey> = {
  wrote: 'history.change.wrote',
  removed: 'history.change.removed',
  emptied: 'history.change.emptied',
  changed: 'history.change.changed',
};

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
