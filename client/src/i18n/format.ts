/**
 * Dates, times and numbers in the interface language, never the browser's: an Arabic browser
 * showing the English interface gets English dates. Times name their zone, since one page is
 * read from many.
 */
import { useMemo } from 'react';
import { type IntlShape, useIntl } from 'react-intl';

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };

const at = (iso: string | number | Date): number | null => {
  const time = typeof iso === 'string' ? Date.parse(iso) : new Date(iso).getTime();
  return Number.isNaN(time) ? null : time;
};

/** Formatting in the page's language; '' for an unreadable date. */
export interface Format {
  /** "3 Dec 2026, 14:05 GMT+1", with the zone named; `timeZone` shows another zone than the viewer's. */
  dateTime(value: string | number | Date, options?: { timeZone?: string }): string;
  /** "3 Dec 2026". */
  date(value: string | number | Date): string;
  /** "5 minutes ago", "yesterday" for the last week; the date before that. */
  relative(value: string | number | Date, now?: number): string;
  number(value: number): string;
  /** "Ana, Ben and Chen", with the language's own conjunction. */
  list(items: readonly string[]): string;
  /** The viewer's time zone, named: "Central European Standard Time". */
  zoneName(timeZone?: string): string;
}

/** The {@link Format} of an `IntlShape`; for code outside components (tests, plugins given `intl`). */
export function formatWith(intl: IntlShape): Format {
  return {
    dateTime: (value, options = {}) => {
      const time = at(value);
      return time === null ? '' : intl.formatDate(time, { ...DATE_TIME, ...options });
    },
    date: (value) => {
      const time = at(value);
      return time === null ? '' : intl.formatDate(time, DATE);
    },
    relative: (value, now = Date.now()) => {
      const time = at(value);
      if (time === null) return '';
      const seconds = Math.round((time - now) / 1000);
      const abs = Math.abs(seconds);
      if (abs < 45) return intl.formatMessage({ id: 'common.justNow' });
      const numeric = { numeric: 'auto' } as const;
      if (abs < 3600) return intl.formatRelativeTime(Math.round(seconds / 60), 'minute', numeric);
      if (abs < 86400) return intl.formatRelativeTime(Math.round(seconds / 3600), 'hour', numeric);
      if (abs < 7 * 86400) return intl.formatRelativeTime(Math.round(seconds / 86400), 'day', numeric);
      return intl.formatDate(time, DATE);
    },
    number: (value) => intl.formatNumber(value),
    list: (items) => intl.formatList(items, { type: 'conjunction' }),
    zoneName: (timeZone) => {
      const parts = new Intl.DateTimeFormat(intl.locale, { timeZone, timeZoneName: 'long' }).formatToParts(Date.now());
      return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone ?? '';
    },
  };
}

/** {@link Format} in the page's language, for components. */
export function useFormat(): Format {
  const intl = useIntl();
  return useMemo(() => formatWith(intl), [intl]);
}
