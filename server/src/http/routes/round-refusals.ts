/** Turns a {@link RoundRefusal} from the rounds service into the matching HTTP error. */
import { RoundRefusal } from '../../rounds/service.js';
import { HttpError } from '../errors.js';

/** Runs `work`, answering a refusal with its status, code and message (and Retry-After on a 429). */
export async function refusals<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RoundRefusal) {
      throw new HttpError(
        error.status,
        error.code,
        error.message,
        undefined,
        error.retryAfter ? { 'retry-after': String(error.retryAfter) } : undefined,
      );
    }
    throw error;
  }
}
