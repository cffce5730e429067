/** What the page says when the server refuses something: its own words, and when to try again. */
import { RequestError } from '../api.js';
import { describeError } from '../errors.js';

/** "45 seconds", "2 minutes": a wait in words. */
export function waitInWords(seconds: number): string {
  if (seconds < 90) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

/**
 * The server's message verbatim (not reworded: it says exactly what was refused), followed,
 * for a 429, by how long to wait. Anything that is not a server answer is described as usual.
 */
export function refusalMessage(error: unknown): string {
  if (!(error instanceof RequestError)) return describeError(error);
  if (error.status === 429 && error.retryAfter !== null)
    return `${error.message}. You can try again in ${waitInWords(error.retryAfter)}.`;
  return error.message;
}
