/**
 * What sits under a `datetime-local` field: the typed time read back in the page's language
 * (the browser draws the field in its own format, which the page cannot choose) and the zone it
 * is typed in, named, with the offset in force at that time — so a closing time after the
 * summer change shows the summer offset.
 */
import { useIntl } from 'react-intl';
import { useT } from '../i18n/useT.js';
import { describeLocalInput, localInputToUtc, utcOffsetLabel, zoneName } from './datetime.js';
import './time-input-hint.css';

export function TimeInputHint({ value, timeZone }: { value: string; timeZone: string }) {
  const t = useT();
  const { locale } = useIntl();
  const typed = Date.parse(localInputToUtc(value, timeZone) ?? '');
  const at = Number.isNaN(typed) ? Date.now() : typed;
  const name = zoneName(timeZone, at, locale);
  const offset = utcOffsetLabel(at, timeZone);
  const zone = name ? t('rounds.time.zone', { name, offset }) : offset;
  const words = describeLocalInput(value, timeZone, locale);
  return (
    <span className="time-input-hint">
      {words && <span>{words}</span>}
      <span>{t('common.timeZone', { zone })}</span>
    </span>
  );
}
