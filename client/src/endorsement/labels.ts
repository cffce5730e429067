/**
 * Words for silence procedures, as whole sentences of the page's language with their data in
 * place: a string for names (`aria-label`), and {@link ProcedureHeadline} for the page, where the
 * version's name is isolated.
 */
import type { MessageKey } from '@accord/i18n';
import type { SilenceProcedure } from '@accord/schema';
import type { IntlShape } from 'react-intl';
import { formatWith } from '../i18n/format.js';

type Headline = Pick<SilenceProcedure, 'state' | 'versionName' | 'deadline'>;

const HEADLINES: Readonly<Record<SilenceProcedure['state'], MessageKey>> = {
  running: 'compilation.silence.running',
  endorsed: 'compilation.silence.endorsed',
  'not-endorsed': 'compilation.silence.broken',
};

/** The headline's message and values: the deadline in the viewer's zone (`timeZone` fixes it), named. */
export function headlineMessage(
  intl: IntlShape,
  p: Headline,
  timeZone?: string,
): { id: MessageKey; values: { version: string; deadline: string } } {
  const deadline = formatWith(intl).dateTime(p.deadline, timeZone ? { timeZone } : {});
  return { id: HEADLINES[p.state], values: { version: p.versionName, deadline } };
}

/** "Silence procedure on “Draft 3” until 4 Dec 2026, 17:00 GMT+1". */
export function procedureHeadline(intl: IntlShape, p: Headline, timeZone?: string): string {
  const { id, values } = headlineMessage(intl, p, timeZone);
  return intl.formatMessage({ id }, values);
}

/** "2 members broke silence.", "1 member broke silence.", "No one has broken silence." */
export const objectionsLabel = (intl: IntlShape, count: number): string =>
  intl.formatMessage({ id: 'compilation.silence.objections' }, { count });
