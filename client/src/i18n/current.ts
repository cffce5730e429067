/**
 * The page's `IntlShape` for code that words things outside a component (describing an error,
 * a role's name in a helper). The page speaks one language at a time, so one current value
 * is enough; the provider sets it before its children render.
 */
import { createIntl, type IntlShape } from 'react-intl';
import type { MessageKey, Messages } from '@accord/i18n';
import type { MessageValues } from './useT.js';

// Replaced before anything renders; until then a message is its key.
let current: IntlShape = createIntl({ locale: 'en', messages: {} as Messages, onError: () => {} });

export function setCurrentIntl(intl: IntlShape): void {
  current = intl;
}

export function currentIntl(): IntlShape {
  return current;
}

/** A message of the page's language, outside React. */
export function translate(id: MessageKey, values?: MessageValues): string {
  return current.formatMessage({ id }, values);
}
