/**
 * The line under a date-time field (a call's opening and closing, a silence procedure's
 * deadline): the browser's `datetime-local` field shows its own format, which the page cannot
 * choose, so the typed time is read back in the page's language, with the zone it is typed in
 * named — the viewer's own, from which it is converted to UTC when sent.
 */
import { FormattedMessage, useIntl } from 'react-intl';
import { describeLocalInput, localInputToUtc, zoneLabel } from '../rounds/datetime.js';

/** The typed time in words of `locale` ('' while unreadable), and its zone named with the offset in force then. */
export function typedTime(value: string, timeZone: string, locale: string): { when: string; zone: string } {
  const iso = localInputToUtc(value, timeZone);
  const at = iso === null ? Date.now() : Date.parse(iso);
  return { when: describeLocalInput(value, timeZone, locale), zone: zoneLabel(timeZone, at) };
}

export function TimeHint({ value, timeZone }: { value: string; timeZone: string }) {
  const intl = useIntl();
  const { when, zone } = typedTime(value, timeZone, intl.locale);
  const named = <bdi>{zone}</bdi>;
  return when ? (
    <FormattedMessage id="compilation.time.readBack" values={{ when, zone: named }} />
  ) : (
    <FormattedMessage id="compilation.time.zone" values={{ zone: named }} />
  );
}
