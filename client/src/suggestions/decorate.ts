/**
 * The suggestions in the text wear their author's colour and say who made them: on every
 * `.accord-suggestion` element the editor drew, the colour variables (from the person id the
 * node carries) and a title — the hover tooltip and the element's accessible description —
 * with the author's name, group and time as the server recorded them, in the page's language.
 * Until the server has answered the title names no one: a node's own `data-by` is a claim, not
 * a name.
 */
import type { IntlShape } from 'react-intl';
import { currentIntl } from '../i18n/current.js';
import { formatWith } from '../i18n/format.js';
import type { SuggestionRecord } from './api.js';
import { suggestionColors } from './colors.js';
import { quote } from './wording.js';

/** The tooltip of one suggestion in the text. */
export function suggestionTitle(
  kind: string,
  text: string,
  record: SuggestionRecord | undefined,
  intl: IntlShape = currentIntl(),
): string {
  const passage = quote(text, 40);
  const deletion = kind === 'delete';
  if (!record)
    return intl.formatMessage(
      { id: deletion ? 'consensus.suggestion.deletionTitle' : 'consensus.suggestion.insertionTitle' },
      { text: passage },
    );
  const { name, groupName } = record.author;
  const author = groupName ? intl.formatMessage({ id: 'consensus.byline' }, { name, group: groupName }) : name;
  return intl.formatMessage(
    { id: deletion ? 'consensus.suggestion.deletionTitleBy' : 'consensus.suggestion.insertionTitleBy' },
    { text: passage, author, when: formatWith(intl).dateTime(record.createdAt) },
  );
}

/** Colours and titles on every suggestion element under `root`. */
export function decorateSuggestions(
  root: HTMLElement,
  records: ReadonlyMap<string, SuggestionRecord>,
  intl: IntlShape = currentIntl(),
): void {
  for (const element of root.querySelectorAll<HTMLElement>('.accord-suggestion')) {
    const by = element.dataset.by ?? '';
    const { ink, soft } = suggestionColors(by);
    if (element.style.getPropertyValue('--sg-ink') !== ink) {
      element.style.setProperty('--sg-ink', ink);
      element.style.setProperty('--sg-soft', soft);
    }
    const id = element.dataset.suggestionId ?? '';
    const title = suggestionTitle(element.dataset.kind ?? '', element.textContent ?? '', records.get(id), intl);
    if (element.title !== title) element.title = title;
  }
}
