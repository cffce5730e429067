/** The refusal every identity store shares, kept apart so that callers need not import a store to catch it. */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type Msg, Refusal } from '../refusal.js';

/** A request the store refuses for a reason the caller can show (unknown group, taken email…); a 400 unless given. */
export class IdentityError extends Refusal {
  override name = 'IdentityError';
  constructor(message: string | Msg, status: ContentfulStatusCode = 400, code = 'invalid_body') {
    super(status, code, message);
  }
}
