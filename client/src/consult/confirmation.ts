/**
 * The email confirmation as the public page sees it: the mailed link opens the page with
 * `?confirm=CODE`; the page takes the code out of the address at once (a reload must not send
 * a used code again, and the address bar should not keep a secret) and POSTs it.
 */
import type { PublicParticipant } from '@accord/schema';
import type { T } from '../i18n/useT.js';

/** The code in a page address's `confirm` parameter, or null. */
export function confirmationCode(href: string): string | null {
  const code = new URL(href).searchParams.get('confirm');
  return code && /^[\w-]{10,100}$/.test(code) ? code : null;
}

/** The same address without its `confirm` parameter (path, other parameters and hash kept). */
export function withoutConfirmation(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('confirm');
  return `${url.pathname}${url.search}${url.hash}`;
}

/** What the page says to a participant about their confirmation; null once there is nothing to say. */
export function confirmationNotice(
  participant: Pick<PublicParticipant, 'confirmed'>,
  justConfirmed: boolean,
  t: T,
): string | null {
  if (!participant.confirmed) return t('rounds.confirm.pending');
  return justConfirmed ? t('rounds.confirm.done') : null;
}
