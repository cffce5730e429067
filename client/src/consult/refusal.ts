/** What the page says when the server refuses something: its own words, and when to try again. */
import { RequestError } from '../api.js';
import { describeError } from '../errors.js';
import { translate } from '../i18n/current.js';
import type { T } from '../i18n/useT.js';

/** "You can try again in 45 seconds.", "… in 2 minutes.": a wait as a sentence of the page's language. */
export function waitSentence(seconds: number, t: T = translate): string {
  if (seconds < 90) return t('rounds.refusal.waitSeconds', { count: seconds });
  return t('rounds.refusal.waitMinutes', { count: Math.ceil(seconds / 60) });
}

// A sentence already ends here (Latin, Chinese, Arabic and Spanish marks).
const ENDED = /[.!?。！？؟…]\s*$/u;

/**
 * The server's message verbatim (not reworded: it says exactly what was refused; it comes in the
 * page's language, which the page sends as Accept-Language), followed, for a 429, by how long
 * to wait. Anything that is not a server answer is described as usual.
 */
export function refusalMessage(error: unknown, t: T = translate): string {
  if (!(error instanceof RequestError)) return describeError(error);
  if (error.status === 429 && error.retryAfter !== null) {
    const refusal = ENDED.test(error.message) ? error.message : t('rounds.refusal.ended', { refusal: error.message });
    return t('rounds.refusal.withWait', { refusal, wait: waitSentence(error.retryAfter, t) });
  }
  return error.message;
}
