/**
 * A message for the person that a model (the comments room, the selection reader) decides but
 * does not word: its catalog key and values, worded by the component that shows it, so it is in
 * the page's language at that moment — also after the language is switched.
 */
import type { MessageKey } from '@accord/i18n';
import type { MessageValues } from '../i18n/useT.js';

export interface Said {
  id: MessageKey;
  values?: MessageValues;
}

/** The value a paragraph label goes into a message as: a number (written in the language's digits) or "4bis" as it is. */
export const paragraphValue = (label: string | number): string | number =>
  typeof label === 'number' ? label : /^\d+$/.test(label) ? Number(label) : label;
