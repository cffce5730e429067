/**
 * Words for the compilation desk, the margin and the public pages, as whole sentences of the
 * page's language with their data in place. Each takes the page's `IntlShape` (`useIntl()` in a
 * component), so a test can word them in any of the six languages.
 */
import type { MessageKey } from '@accord/i18n';
import type { ContributionKind } from '@accord/schema';
import type { IntlShape } from 'react-intl';
import { countryName } from '../consult/countries.js';

/** The kinds of initiative, in the order the form offers them, with their names' keys. */
export const KIND_KEYS: Readonly<Record<ContributionKind, MessageKey>> = {
  national: 'compilation.kind.national',
  regional: 'compilation.kind.regional',
  youth: 'compilation.kind.youth',
  'dynamic-coalition': 'compilation.kind.dynamicCoalition',
  bpf: 'compilation.kind.bpf',
  other: 'compilation.kind.other',
};

/** A kind's name; an unknown one (a newer server) as it is. */
export const kindName = (intl: IntlShape, kind: string): string =>
  kind in KIND_KEYS ? intl.formatMessage({ id: KIND_KEYS[kind as ContributionKind] }) : kind;

/** Regions a regional initiative may answer for: stored by their English name (the API takes a name or an ISO code), shown in the page's language. */
export const REGION_KEYS = {
  Africa: 'compilation.region.africa',
  'Asia-Pacific': 'compilation.region.asiaPacific',
  Europe: 'compilation.region.europe',
  'Latin America and the Caribbean': 'compilation.region.latinAmerica',
  'Middle East and North Africa': 'compilation.region.mena',
  'North America': 'compilation.region.northAmerica',
  Global: 'compilation.region.global',
} as const satisfies Record<string, MessageKey>;

/** Where a contribution comes from, in the page's language: an ISO code as the country's name, a known region translated, anything else as stored. */
export function placeName(intl: IntlShape, place: string): string {
  if (/^[A-Za-z]{2}$/.test(place)) return countryName(place, intl.locale);
  const key = (REGION_KEYS as Record<string, MessageKey>)[place];
  return key ? intl.formatMessage({ id: key }) : place;
}

/** A paragraph's margin label as text: "¶4bis" (Arabic and Chinese word it their own way). */
export const paragraphName = (intl: IntlShape, label: string): string =>
  intl.formatMessage({ id: 'common.paragraph' }, { number: label });

/** The insert button's words: after the caret's paragraph, or at the top when the caret is nowhere yet. */
export function insertLabel(intl: IntlShape, count: number, at: { label: string | null } | null): string {
  if (at === null) return intl.formatMessage({ id: 'compilation.desk.insertAtTop' }, { count });
  if (at.label === null) return intl.formatMessage({ id: 'compilation.desk.insertAfterBlock' }, { count });
  return intl.formatMessage(
    { id: 'compilation.desk.insertAfter' },
    { count, paragraph: paragraphName(intl, at.label) },
  );
}
