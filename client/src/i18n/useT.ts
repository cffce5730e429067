/** `t('comments.reply', { count })`: a message of the page's language as a string, for attributes and plain text. */
import type { MessageKey } from '@accord/i18n';
import { useCallback } from 'react';
import { useIntl } from 'react-intl';

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

export type T = (id: MessageKey, values?: MessageValues) => string;

export function useT(): T {
  const intl = useIntl();
  return useCallback((id, values) => intl.formatMessage({ id }, values), [intl]);
}
